"""Drafts, settings, responsiveness, errors, About and theme of the window."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QPushButton
from ui_helpers import PLAIN_TEXT, CountingAnalyze, WindowFactory, simple_brief, wait_for_brief

from inbrief.core.errors import Cancelled
from inbrief.ui.drafts import DraftStore
from inbrief.ui.feedback import ErrorDialog
from inbrief.ui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_draft_is_offered_back_after_a_crash(
    make_window: WindowFactory, qtbot: Any, tmp_path: Path
) -> None:
    store = DraftStore(tmp_path / "crash-drafts")
    first = make_window(simple_brief_analyze(), drafts_=store)
    qtbot.keyClicks(first.editor, "Notes nobody else has a copy of")
    qtbot.waitUntil(store.path.exists, timeout=5_000)  # autosaved a moment after typing
    # A crash: the first window never closes cleanly (its process, and the lock on its draft
    # slot, are gone); a new one starts on the same folder.
    first.controller.shutdown()
    store.release()
    second = make_window(simple_brief_analyze(), drafts_=DraftStore(tmp_path / "crash-drafts"))
    assert second.editor.toPlainText() == ""
    second.autosave.offer()
    assert second.message_bar.isVisible()
    assert "closed unexpectedly" in second.message_bar.label.text()
    restore = second.message_bar.findChildren(QPushButton)[0]  # the first action button
    assert "Restore" in restore.text()
    restore.click()
    assert second.editor.toPlainText() == "Notes nobody else has a copy of"
    assert not second.message_bar.isVisible()


def test_clean_close_leaves_no_draft(make_window: WindowFactory, qtbot: Any,
                                     drafts: DraftStore) -> None:
    window = make_window(simple_brief_analyze())
    qtbot.keyClicks(window.editor, "short lived")
    window.autosave.save()
    assert drafts.path.exists()
    window.close()
    assert not drafts.path.exists()


def test_corrupt_draft_is_set_aside_with_a_message(
    make_window: WindowFactory, drafts: DraftStore
) -> None:
    drafts.folder.mkdir(parents=True)
    drafts.path.write_bytes(b'{"version": 1, "text": "cut off in the mid')
    window = make_window()
    window.autosave.offer()
    assert window.message_bar.kind == "warning"
    assert "set aside" in window.message_bar.label.text()
    assert not drafts.path.exists()
    assert len(list(drafts.folder.glob("draft-unreadable-*.json"))) == 1


def test_settings_round_trip(make_window: WindowFactory, qtbot: Any, tmp_path: Path,
                             article_file: Path) -> None:
    ini = tmp_path / "round-trip.ini"
    first = make_window(simple_brief_analyze(), settings_=Settings.at(ini))
    first.resize(700, 520)
    first.controls.length.setValue(7)
    first.controls.algorithm.setCurrentIndex(first.controls.algorithm.findData("lexrank"))
    first.splitter.setSizes([300, 600])
    first.actions_.theme_actions["dark"].trigger()
    first.zoom(2)
    first.settings.add_recent(str(article_file))
    first.close()

    second = make_window(simple_brief_analyze(), settings_=Settings.at(ini))
    assert second.controller.length.sentences == 7
    assert second.controls.length.value() == 7
    assert second.controller.algorithm == "lexrank"
    assert second.controls.algorithm.currentData() == "lexrank"
    assert second.settings.get("view/theme") == "dark"
    assert second.actions_.theme_actions["dark"].isChecked()
    assert second.property("zoomSteps") == 2
    assert (second.width(), second.height()) == (700, 520)
    sizes = second.splitter.sizes()
    assert sizes[0] < sizes[1]
    recent = [a.toolTip() for a in second.actions_.recent_menu.actions()]
    assert recent == [str(article_file)]
    second.actions_.theme_actions["system"].trigger()


def simple_brief_analyze(delay: float = 0.0) -> CountingAnalyze:
    """Return a counting fake analysis that works the CPU for ``delay`` seconds."""

    def analyze(article: Any, options: Any, progress: Any = None, cancel: Any = None) -> Any:
        deadline = time.perf_counter() + delay
        steps = 0
        while time.perf_counter() < deadline:
            sum(i * i for i in range(2000))  # pure-Python work holding the GIL, like analysis
            steps += 1
            if progress and steps % 20 == 0:
                progress("summary", min(1.0, 1 - (deadline - time.perf_counter()) / delay))
            if cancel and cancel():
                raise Cancelled("Analysis cancelled")
        return simple_brief(article.text, title=article.text[:20])

    return CountingAnalyze(analyze)


def test_window_stays_responsive_during_a_long_analysis(
    make_window: WindowFactory, qtbot: Any
) -> None:
    window = make_window(simple_brief_analyze(delay=1.5))
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    window.editor.setPlainText(PLAIN_TEXT)
    timer.start()
    started = time.perf_counter()
    window.controller.analyze_now()
    # Half a second in, the progress strip with its Cancel button is showing.
    qtbot.waitUntil(window.progress.isVisible, timeout=1_200)
    window.panes.setCurrentIndex(2)  # the UI answers clicks while the worker runs
    assert window.panes.currentIndex() == 2
    wait_for_brief(qtbot, window, timeout=10_000)
    elapsed = time.perf_counter() - started
    timer.stop()
    assert elapsed >= 1.4
    during = [t for t in ticks if t < started + 1.4]
    assert len(during) >= 25  # ~70 expected at 20 ms; a blocked UI thread would give ~0
    gaps = [b - a for a, b in zip(during, during[1:], strict=False)]
    assert max(gaps) < 0.25
    assert not window.progress.isVisible()


def test_cancel_stops_the_analysis(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window(simple_brief_analyze(delay=5.0))
    window.editor.setPlainText(PLAIN_TEXT)
    window.controller.analyze_now()
    qtbot.waitUntil(window.progress.isVisible, timeout=1_200)
    started = time.perf_counter()
    window.progress.cancel_button.click()
    qtbot.waitUntil(lambda: not window.controller.runner.busy(), timeout=3_000)
    assert time.perf_counter() - started < 2.0
    assert window.controller.brief is None
    assert not window.progress.isVisible()
    assert window.editor.toPlainText() == PLAIN_TEXT


def test_new_input_drops_stale_results(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window(simple_brief_analyze(delay=0.6))
    window.editor.setPlainText("Old text about one thing. It has two sentences.")
    window.controller.analyze_now()
    qtbot.wait(100)
    window.editor.setPlainText("New text about another thing. It also has two.")
    window.controller.analyze_now()
    brief = wait_for_brief(qtbot, window)
    qtbot.wait(200)
    assert window.controller.brief is brief or window.controller.brief == brief
    assert window.controller.brief.text.startswith("New text")


def test_unexpected_error_shows_details_and_the_app_goes_on(
    make_window: WindowFactory, qtbot: Any
) -> None:
    def broken(*_args: Any) -> Any:
        raise RuntimeError("a bug in a ranker")

    window = make_window(CountingAnalyze(broken))
    window.editor.setPlainText(PLAIN_TEXT)
    window.controller.analyze_now()
    qtbot.waitUntil(lambda: getattr(window, "error_dialog", None) is not None, timeout=5_000)
    dialog: ErrorDialog = window.error_dialog
    assert "RuntimeError: a bug in a ranker" in dialog.details.toPlainText()
    copy = next(b for b in dialog.findChildren(QPushButton) if "Copy" in b.text())
    copy.click()
    assert "a bug in a ranker" in QGuiApplication.clipboard().text()
    dialog.reject()
    assert window.editor.toPlainText() == PLAIN_TEXT
    window.controller.analyze_fn = simple_brief_analyze()
    window.controller.analyze_now()
    assert wait_for_brief(qtbot, window).text == PLAIN_TEXT


def test_about_lists_licences_and_copies_diagnostics(
    make_window: WindowFactory, qtbot: Any
) -> None:
    window = make_window()
    window.actions_.about()
    dialog = window.actions_.about_dialog
    body = dialog.body.toPlainText()
    assert "InBrief 0.1.0" in body
    assert "PySide6-Essentials" in body and "LGPL" in body
    assert "sumy" in body and "spacy" in body
    # The given names taken from Faker, with Faker's MIT licence text.
    assert "LICENSE-faker.txt" in body and "Permission is hereby granted" in body
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("InBrief 0.1.0")
    assert "Qt 6." in copied and "Settings:" in copied
    dialog.reject()


def test_theme_toggle_switches_palette(make_window: WindowFactory) -> None:
    window = make_window()
    app = QApplication.instance()
    window.actions_.theme_actions["dark"].trigger()
    assert app.palette().color(QPalette.ColorRole.Base).lightness() < 60
    window.actions_.theme_actions["light"].trigger()
    assert app.palette().color(QPalette.ColorRole.Base).lightness() > 200
    window.actions_.theme_actions["system"].trigger()


def test_excepthook_shows_a_dialog_instead_of_ending(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import logging
    import sys

    from inbrief.logs import setup_logging
    from inbrief.ui import feedback

    log_file = setup_logging(tmp_path / "logs")
    window = make_window()
    shown: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(feedback.ErrorDialog, "exec",
                        lambda self: shown.append(self.details.toPlainText()) or 0)
    feedback.install_excepthook(lambda: window)
    try:
        raise ValueError("slot blew up")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1 and "ValueError: slot blew up" in shown[0]
    assert window.isVisible()
    logger = logging.getLogger("inbrief")
    for handler in list(logger.handlers):
        handler.close()
        logger.removeHandler(handler)
    assert log_file is not None and "slot blew up" in log_file.read_text(encoding="utf-8")


def test_export_into_a_missing_folder_says_so(
    make_window: WindowFactory, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(simple_brief_analyze())
    window.editor.setPlainText(PLAIN_TEXT)
    window.controller.analyze_now()
    wait_for_brief(qtbot, window)
    target = tmp_path / "no such folder" / "brief.md"
    monkeypatch.setattr(window.actions_, "export_target", lambda kind: str(target))
    window.actions_.export_md.trigger()
    qtbot.waitUntil(window.message_bar.isVisible, timeout=5_000)
    assert window.message_bar.kind == "error"
    assert "no such folder" in window.message_bar.label.text()
    assert window.editor.toPlainText() == PLAIN_TEXT


def test_percent_unit_is_remembered(make_window: WindowFactory, tmp_path: Path) -> None:
    ini = tmp_path / "unit.ini"
    first = make_window(simple_brief_analyze(), settings_=Settings.at(ini))
    first.controls.unit.setCurrentIndex(first.controls.unit.findData("percent"))
    first.controls.length.setValue(35)
    first.close()
    second = make_window(simple_brief_analyze(), settings_=Settings.at(ini))
    assert second.controls.current_unit() == "percent"
    assert second.controls.length.value() == 35
    assert second.controller.options().ratio == 0.35


def test_typing_during_an_analysis_cancels_it(make_window: WindowFactory, qtbot: Any) -> None:
    cancelled: list[str] = []

    def slow(article: Any, options: Any, progress: Any = None, cancel: Any = None) -> Any:
        deadline = time.perf_counter() + 5.0
        while time.perf_counter() < deadline:
            time.sleep(0.01)
            if cancel():
                cancelled.append(article.text)
                raise Cancelled("Analysis cancelled")
        return simple_brief(article.text)

    window = make_window(CountingAnalyze(slow))
    window.editor.setPlainText(PLAIN_TEXT)
    window.controller.analyze_now()
    qtbot.wait(100)
    qtbot.keyClicks(window.editor, " More.")
    qtbot.waitUntil(lambda: cancelled == [PLAIN_TEXT], timeout=1_000)
    assert window.controller.brief is None
    window.controller.analyze_fn = simple_brief_analyze()
    brief = wait_for_brief(qtbot, window, timeout=5_000)  # the debounced re-analysis
    assert "More." in brief.text and "Vellmar" in brief.text
    assert not window.message_bar.isVisible()  # a cancel caused by typing is not news
