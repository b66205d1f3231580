"""Layer rules: core never imports Qt, and never reaches into export or ui."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "desktop" / "inbrief" / "core"


def test_importing_core_loads_no_qt_module() -> None:
    code = (
        "import sys, pkgutil, importlib, inbrief.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'inbrief.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "from inbrief.core.pipeline import analyze\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    desktop = str(CORE.parents[1])
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        env={"PYTHONPATH": desktop, "PATH": "/usr/bin:/bin"},
    )
    assert result.stdout.strip() == ""


def test_core_sources_do_not_import_export_or_ui() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.startswith(("inbrief.export", "inbrief.ui", "PySide6", "shiboken6")):
                    offenders.append(f"{path.name}: {name}")
    assert offenders == []
