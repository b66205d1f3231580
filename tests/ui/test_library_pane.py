"""The Library pane in the window: kept on analysis, searched as you type, opened without
re-analysis, deleted, cleared, exported as a digest; Ctrl+L and the setting."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from ui_helpers import (
    ARTICLE,
    ARTICLE_TITLE,
    PLAIN_TEXT,
    CountingAnalyze,
    WindowFactory,
    wait_for_brief,
)

from inbrief.core.library import Library
from inbrief.ui.library_keeper import FIRST_RUN_NOTE, LibraryKeeper, is_edit_of
from inbrief.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def settle(qtbot: Any, keeper: LibraryKeeper, rows: int | None = None) -> None:
    """Wait until the keeper's database work is done (and the list has ``rows`` rows)."""
    qtbot.waitUntil(lambda: not keeper.runner.busy()
                    and (rows is None or keeper.pane.list.count() == rows), timeout=20_000)


@pytest.fixture
def analyze() -> CountingAnalyze:
    return CountingAnalyze()


@pytest.fixture
def kept(make_window: WindowFactory, analyze: CountingAnalyze, tmp_path: Path, qtbot: Any
         ) -> tuple[MainWindow, LibraryKeeper]:
    window = make_window(analyze)
    keeper = LibraryKeeper(window, tmp_path / "library.sqlite3")
    settle(qtbot, keeper, 0)
    return window, keeper


def paste(qtbot: Any, window: MainWindow, keeper: LibraryKeeper, text: str, rows: int) -> None:
    window.paste_and_summarize(text)
    qtbot.waitUntil(lambda: window.controller.analysed_text == window.editor.toPlainText(),
                    timeout=20_000)
    wait_for_brief(qtbot, window)
    settle(qtbot, keeper, rows)


def count(path: Path) -> int:
    with Library(path) as library:
        return library.count()


def test_analysed_articles_are_kept_newest_first_once_each(
        kept: tuple[MainWindow, LibraryKeeper], qtbot: Any, tmp_path: Path) -> None:
    window, keeper = kept
    assert "No articles yet" in keeper.pane.status.text()
    paste(qtbot, window, keeper, ARTICLE, 1)
    paste(qtbot, window, keeper, PLAIN_TEXT, 2)
    first = keeper.pane.list.item(0).data(Qt.ItemDataRole.UserRole + 1)
    assert "Vellmar" in first  # the newest on top, with its first summary sentence
    assert ARTICLE_TITLE in keeper.pane.list.item(1).data(Qt.ItemDataRole.UserRole + 1)
    # The same text pasted again is the entry it was, brought to the top.
    paste(qtbot, window, keeper, ARTICLE + "\n\n", 2)
    assert ARTICLE_TITLE in keeper.pane.list.item(0).data(Qt.ItemDataRole.UserRole + 1)
    assert keeper.pane.status.text() == "2 articles, newest first."
    assert count(tmp_path / "library.sqlite3") == 2


def test_an_edit_updates_its_entry_a_text_pasted_over_it_is_new(
        kept: tuple[MainWindow, LibraryKeeper], qtbot: Any, tmp_path: Path) -> None:
    window, keeper = kept
    paste(qtbot, window, keeper, ARTICLE, 1)
    # A sentence typed at the end: the same entry, now with it.
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    window.editor.insertPlainText(" The library cafe opens in May.")
    qtbot.waitUntil(lambda: window.controller.analysed_text == window.editor.toPlainText(),
                    timeout=20_000)
    wait_for_brief(qtbot, window)
    settle(qtbot, keeper, 1)
    with Library(tmp_path / "library.sqlite3") as library:
        assert library.search("cafe")[0].entry.id == keeper.pane.ids()[0]
    # Select all and paste another article as plain text (Ctrl+V): a second entry.
    window.editor.selectAll()
    window.editor.insertPlainText(PLAIN_TEXT)
    qtbot.waitUntil(lambda: window.controller.analysed_text == PLAIN_TEXT, timeout=20_000)
    wait_for_brief(qtbot, window)
    settle(qtbot, keeper, 2)
    assert count(tmp_path / "library.sqlite3") == 2


def test_is_edit_of() -> None:
    assert is_edit_of(ARTICLE, ARTICLE.replace("600 visitors", "700 visitors"))
    assert is_edit_of(ARTICLE, ARTICLE[: len(ARTICLE) // 2])
    assert not is_edit_of(ARTICLE, PLAIN_TEXT)
    assert not is_edit_of("", PLAIN_TEXT)


def test_search_as_you_type_shows_ranked_snippets(
        kept: tuple[MainWindow, LibraryKeeper], qtbot: Any) -> None:
    window, keeper = kept
    paste(qtbot, window, keeper, ARTICLE, 1)
    paste(qtbot, window, keeper, PLAIN_TEXT, 2)
    keeper.dock.show()
    qtbot.keyClicks(keeper.pane.search, "Castell")
    settle(qtbot, keeper, 1)
    qtbot.waitUntil(lambda: "found" in keeper.pane.status.text())
    row = keeper.pane.list.item(0).data(Qt.ItemDataRole.UserRole + 1)
    assert "<b>Castellano</b>" in row
    assert keeper.pane.status.text() == "1 found for “Castell”, best first."
    keeper.pane.search.setText("reservoir inspection")
    qtbot.waitUntil(lambda: "reservoir" in keeper.pane.status.text(), timeout=5000)
    settle(qtbot, keeper, 1)
    assert "Vellmar" in keeper.pane.list.item(0).data(Qt.ItemDataRole.UserRole + 1)
    keeper.pane.search.setText("zeppelin")
    qtbot.waitUntil(lambda: keeper.pane.status.text() == "Nothing found for “zeppelin”.")
    assert keeper.pane.list.count() == 0
    keeper.pane.search.clear()
    settle(qtbot, keeper, 2)


def test_opening_an_entry_restores_it_without_analysing(
        kept: tuple[MainWindow, LibraryKeeper], analyze: CountingAnalyze, qtbot: Any) -> None:
    window, keeper = kept
    paste(qtbot, window, keeper, ARTICLE, 1)
    summary = [s.text for s in window.controller.brief.summary]  # type: ignore[union-attr]
    paste(qtbot, window, keeper, PLAIN_TEXT, 2)
    calls = analyze.calls
    article_id = keeper.pane.ids()[1]
    keeper.pane.open_requested.emit(article_id)
    qtbot.waitUntil(lambda: window.editor.toPlainText() == ARTICLE, timeout=10_000)
    brief = wait_for_brief(qtbot, window)
    assert brief.title == ARTICLE_TITLE
    assert [s.text for s in brief.summary] == summary
    assert analyze.calls == calls  # shown from the library, not analysed again
    assert window.windowTitle().startswith(ARTICLE_TITLE)
    assert window.editor.extraSelections()  # the summary is highlighted in the text
    settle(qtbot, keeper, 2)
    assert keeper.pane.ids()[0] == article_id  # opened: now the newest
    # Changing an option analyses again, and the entry follows (no third entry).
    window.controller.set_algorithm("lead")
    qtbot.waitUntil(lambda: analyze.calls == calls + 1, timeout=20_000)
    wait_for_brief(qtbot, window)
    settle(qtbot, keeper, 2)
    # The other entry was made with "auto": opened, the controls say so, nothing analysed.
    keeper.pane.open_requested.emit(keeper.pane.ids()[1])
    qtbot.waitUntil(lambda: window.editor.toPlainText() == PLAIN_TEXT, timeout=10_000)
    wait_for_brief(qtbot, window)
    assert window.controller.algorithm == "auto"
    assert window.controls.algorithm.currentData() == "auto"
    assert analyze.calls == calls + 1


def test_a_reopened_entry_keeps_the_title_picked_and_the_date_typed_for_it(
        kept: tuple[MainWindow, LibraryKeeper], analyze: CountingAnalyze, qtbot: Any) -> None:
    import datetime as dt

    window, keeper = kept
    controller = window.controller
    paste(qtbot, window, keeper, ARTICLE, 1)
    calls = analyze.calls
    controller.set_title("The old reading room, built in 1931")
    controller.set_reference_date(dt.date(2025, 3, 1))
    qtbot.waitUntil(lambda: analyze.calls == calls + 2 and not controller.runner.busy(),
                    timeout=20_000)
    assert controller.brief.title == "The old reading room, built in 1931"  # type: ignore[union-attr]
    settle(qtbot, keeper, 1)
    paste(qtbot, window, keeper, PLAIN_TEXT, 2)
    assert controller.title == "" and controller.reference_date is None
    keeper.pane.open_requested.emit(keeper.pane.ids()[1])
    qtbot.waitUntil(lambda: window.editor.toPlainText() == ARTICLE, timeout=10_000)
    wait_for_brief(qtbot, window)
    assert controller.title == "The old reading room, built in 1931"
    assert controller.reference_date == dt.date(2025, 3, 1)
    # Analysed again (another algorithm): still the title and date chosen for it.
    calls = analyze.calls
    controller.set_algorithm("lead")
    qtbot.waitUntil(lambda: analyze.calls == calls + 1 and not controller.runner.busy(),
                    timeout=20_000)
    brief = wait_for_brief(qtbot, window)
    assert brief.title == "The old reading room, built in 1931"
    assert (brief.reference_date[:10], brief.reference_date_source) == ("2025-03-01", "user")


def test_delete_and_clear_all(kept: tuple[MainWindow, LibraryKeeper], qtbot: Any,
                              tmp_path: Path) -> None:
    window, keeper = kept
    paste(qtbot, window, keeper, ARTICLE, 1)
    paste(qtbot, window, keeper, PLAIN_TEXT, 2)
    keeper.pane.list.item(1).setSelected(True)
    # The Delete key elsewhere in the window does not delete the selected article.
    keeper.dock.show()
    qtbot.waitUntil(keeper.dock.isVisible)
    window.panes.setFocus()
    qtbot.keyClick(window.panes, Qt.Key.Key_Delete)
    settle(qtbot, keeper, 2)
    assert keeper.pane.delete_button.isEnabled()
    qtbot.mouseClick(keeper.pane.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, keeper, 1)
    assert "Vellmar" in keeper.pane.list.item(0).data(Qt.ItemDataRole.UserRole + 1)
    qtbot.mouseClick(keeper.pane.clear_button, Qt.MouseButton.LeftButton)
    box = keeper._dialog
    qtbot.waitUntil(box.isVisible)
    clear = next(b for b in box.buttons() if b.text() == "Clear All")
    clear.click()
    settle(qtbot, keeper, 0)
    assert "No articles yet" in keeper.pane.status.text()
    assert count(tmp_path / "library.sqlite3") == 0


def test_a_library_that_cannot_be_opened_is_said_once(
        make_window: WindowFactory, tmp_path: Path, qtbot: Any) -> None:
    window = make_window(CountingAnalyze())
    (tmp_path / "folder-not-file").mkdir()
    keeper = LibraryKeeper(window, tmp_path / "folder-not-file")  # a folder: cannot be opened
    qtbot.waitUntil(lambda: not keeper.runner.busy() and window.message_bar.isVisible(),
                    timeout=20_000)
    assert window.message_bar.label.text().startswith("The library could not be used: ")
    window.message_bar.dismiss()
    keeper.refresh()
    settle(qtbot, keeper)
    assert not window.message_bar.isVisible()
    assert window.statusBar().currentMessage().startswith("The library could not be used")


def test_keeping_can_be_turned_off(kept: tuple[MainWindow, LibraryKeeper], qtbot: Any,
                                   tmp_path: Path) -> None:
    window, keeper = kept
    assert keeper.pane.keep.isChecked()  # on by default
    keeper.pane.keep.setChecked(False)
    assert window.settings.get("library/keep") is False
    paste(qtbot, window, keeper, ARTICLE, 0)
    assert count(tmp_path / "library.sqlite3") == 0


def test_ctrl_l_toggles_the_pane_and_it_is_remembered(
        kept: tuple[MainWindow, LibraryKeeper], qtbot: Any) -> None:
    window, keeper = kept
    assert not keeper.dock.isVisible()
    assert keeper.toggle.shortcut().toString() == "Ctrl+L"
    assert keeper.toggle in window.actions_.view_menu.actions()
    window.activateWindow()
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(keeper.dock.isVisible)
    assert window.editor.toPlainText() == ""  # the key went to the pane, not the text
    window.close()
    assert window.settings.get("library/visible") is True


def test_digest_of_selected_entries(kept: tuple[MainWindow, LibraryKeeper], qtbot: Any,
                                    tmp_path: Path) -> None:
    window, keeper = kept
    paste(qtbot, window, keeper, ARTICLE, 1)
    paste(qtbot, window, keeper, PLAIN_TEXT, 2)
    written: list[Path] = []
    keeper.export_digest(keeper.pane.ids(), tmp_path / "digest.pdf", written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=30_000)
    assert len(PdfReader(written[0]).pages) == 1 + 2
    assert "Saved the digest of 2 articles" in window.statusBar().currentMessage()


def test_first_run_note_once_and_the_about_box(kept: tuple[MainWindow, LibraryKeeper]) -> None:
    window, keeper = kept
    keeper.first_run_note()
    assert window.message_bar.label.text() == FIRST_RUN_NOTE
    window.message_bar.dismiss()
    keeper.first_run_note()
    assert not window.message_bar.isVisible()
    assert "Keep a library of analysed articles" in FIRST_RUN_NOTE
    window.actions_.about()
    dialog = window.actions_.about_dialog
    assert "Keep a library of analysed articles" in dialog.body.toPlainText()
    dialog.copy_button.click()
    assert "library.sqlite3" in QGuiApplication.clipboard().text()  # where it is kept
    dialog.reject()
