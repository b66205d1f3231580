"""Static checks as part of the test run: ruff (style, bugs) and mypy (types) stay clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True,
        timeout=300,
    )


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", "desktop", "tests", "build_scripts")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing() -> None:
    result = _run("mypy", "desktop/inbrief")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout
