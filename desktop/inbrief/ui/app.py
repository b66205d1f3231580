"""Start the Qt application and show the main window."""

from __future__ import annotations

import sys
from pathlib import Path


def run(path: Path | None = None) -> int:
    """Show the main window (with ``path`` loaded) and run the event loop; return its status."""
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("InBrief")
    window.setCentralWidget(QLabel("InBrief: the window is under construction."))
    window.resize(900, 600)
    window.show()
    return int(app.exec())
