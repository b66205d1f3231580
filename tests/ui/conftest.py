"""Fixtures for the window tests: isolated settings and drafts, windows that clean up."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QStandardPaths
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from ui_helpers import ARTICLE, WindowFactory

from inbrief.core.brief import Brief
from inbrief.ui.app import GIL_SWITCH_INTERVAL
from inbrief.ui.controller import Controller
from inbrief.ui.drafts import DraftStore
from inbrief.ui.main_window import MainWindow
from inbrief.ui.settings import Settings


@pytest.fixture(autouse=True)
def _app_interpreter_settings() -> Iterator[None]:
    """Run the window tests with the GIL hand-over the app sets at start-up (make_application)."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(GIL_SWITCH_INTERVAL)
    yield
    sys.setswitchinterval(previous)


@pytest.fixture(autouse=True)
def _test_paths() -> Iterator[None]:
    """Keep QStandardPaths away from the user's real folders."""
    QStandardPaths.setTestModeEnabled(True)
    yield
    QStandardPaths.setTestModeEnabled(False)


@pytest.fixture(autouse=True)
def _restore_palette(qapp: QApplication) -> Iterator[None]:
    """Give later tests (PDF rendering among them) the palette they started with."""
    palette = QPalette(qapp.palette())
    yield
    qapp.setPalette(palette)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.at(tmp_path / "settings.ini")


@pytest.fixture
def drafts(tmp_path: Path) -> DraftStore:
    return DraftStore(tmp_path / "drafts")


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "library.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def make_window(qtbot: Any, settings: Settings, drafts: DraftStore) -> Iterator[WindowFactory]:
    """Return a factory of shown windows; every one is shut down (threads joined) afterwards."""
    made: list[MainWindow] = []

    def factory(analyze: Callable[..., Brief] | None = None, *, settings_: Settings | None = None,
                drafts_: DraftStore | None = None, show: bool = True) -> MainWindow:
        controller = Controller(analyze=analyze, warm_up=lambda: None)
        window = MainWindow(settings_ or settings, drafts_ or drafts, controller)
        qtbot.addWidget(window)
        made.append(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
        return window

    yield factory
    for window in made:
        window.controller.shutdown()
        assert window.controller.runner.pool.activeThreadCount() == 0
        # Delete, not just close: a closed window that lingers still gets timer events, and
        # each one needs the GIL, which slows every later test's event loop.
        window.close()
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


