"""The window finds names in a second process: the same brief, and no child left on close."""

from __future__ import annotations

from typing import Any

import pytest
from ui_helpers import ARTICLE, WindowFactory, wait_for_brief

from inbrief.core.article import AnalysisOptions
from inbrief.core.entities.process import NameProcess
from inbrief.core.ingest import load_text
from inbrief.core.pipeline import analyze

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's note


def test_the_window_shows_the_names_the_child_found_and_stops_it_on_close(
    qtbot: Any, make_window: WindowFactory
) -> None:
    window = make_window()
    names = NameProcess()
    window.controller.use_name_process(names)
    shown: list[int] = []
    window.controller.brief_changed.connect(lambda brief: shown.append(len(brief.entities)))
    window.controller.use_text(ARTICLE)
    brief = wait_for_brief(qtbot, window)
    expected = analyze(load_text(ARTICLE), AnalysisOptions())  # all in this process
    assert brief.entities == expected.entities and brief.summary == expected.summary
    assert shown[-1] == len(expected.entities) > 0
    assert names.process.is_alive()
    window.close()  # closeEvent shuts the controller down, which stops the child
    assert not names.process.is_alive() and names.process.exitcode == 0


def test_closing_while_the_child_loads_ends_it_without_waiting_for_the_model(
    qtbot: Any, make_window: WindowFactory
) -> None:
    window = make_window()
    names = NameProcess()
    window.controller.use_name_process(names)
    window.controller.warm_up()  # waits in a worker thread for the child's model
    window.close()
    assert not names.process.is_alive()
    assert window.controller.runner.pool.activeThreadCount() == 0
