"""The window as a daily tool: honest status bar, the reference-date field, zoom, empty tabs
that say why, help and shortcuts, the keyboard and screen readers, reading views."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from ui_helpers import ARTICLE, CountingAnalyze, WindowFactory, wait_for_brief

from inbrief.ui.date_field import NO_DATE, DateEdit, parse_date
from inbrief.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _pasted(make_window: WindowFactory, qtbot: Any, text: str = ARTICLE,
            counting: CountingAnalyze | None = None) -> MainWindow:
    window = make_window(counting or CountingAnalyze())
    window.paste_and_summarize(text)
    wait_for_brief(qtbot, window)
    return window


# ------------------------------------------------------------------ status bar
def test_status_returns_to_the_statistics_after_an_algorithm_is_chosen(
        make_window: WindowFactory, qtbot: Any) -> None:
    counting = CountingAnalyze()
    window = _pasted(make_window, qtbot, counting=counting)
    controls, status = window.controls, window.statusBar()
    # What hovering the combo used to leave behind: its description as the status message.
    assert controls.algorithm.statusTip() == ""
    status.showMessage(controls.algorithm.toolTip())
    controls.algorithm.setCurrentIndex(controls.algorithm.findData("lead"))
    qtbot.waitUntil(lambda: counting.calls == 2 and not window.controller.runner.busy(),
                    timeout=10_000)
    assert status.currentMessage() == ""
    line = window.stats_label.text()
    assert window.stats_label.isVisible()
    for part in ("English", "words", "read", "summary", "analysed in"):
        assert part in line, (part, line)


def test_a_marked_mention_is_cleared_when_the_length_changes(
        make_window: WindowFactory, qtbot: Any) -> None:
    window = _pasted(make_window, qtbot)
    castellano = ARTICLE.index("Irene Castellano")
    brief = window.controller.brief
    assert brief is not None
    start = brief.text.index("Irene Castellano")
    window.mark_spans([(start, start + len("Irene Castellano"))])
    editor = window.editor
    assert editor.marked_spans() == [(castellano, castellano + len("Irene Castellano"))]
    assert editor.textCursor().selectedText() == "Irene Castellano"
    window.controls.length.setValue(window.controls.length.value() + 1)
    assert editor.marked_spans() == []
    assert editor.textCursor().selectedText() == ""


# --------------------------------------------------------------- reference date
def test_parse_date_reads_iso_locale_and_month_names() -> None:
    us, de = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), QLocale(
        QLocale.Language.German, QLocale.Country.Germany)
    assert parse_date("2024-11-07", us) == QDate(2024, 11, 7)
    assert parse_date("11/7/24", us) == QDate(2024, 11, 7)  # the US short format, this century
    assert parse_date("11/7/2024", us) == QDate(2024, 11, 7)
    assert parse_date("07.11.2024", de) == QDate(2024, 11, 7)
    assert parse_date("7 Nov 2024", de) == QDate(2024, 11, 7)
    assert not parse_date("2024-13-07", us).isValid()
    assert not parse_date("next week", us).isValid()


def test_a_date_typed_over_the_field_is_taken_whole(qtbot: Any) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    chosen: list[QDate] = []
    edit.date_chosen.connect(chosen.append)
    edit.show()
    edit.setFocus()
    assert edit.text() == "Article's date"
    qtbot.keyClicks(edit, "2024-11-07")  # typing over the special text replaces it
    assert chosen == []  # nothing re-analysed at every keystroke
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() == QDate(2024, 11, 7)
    assert chosen == [QDate(2024, 11, 7)]
    # Select all and type another date: the year typed is the year taken (was 2026-...).
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, "2023-02-28")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() == QDate(2023, 2, 28)
    assert chosen[-1] == QDate(2023, 2, 28)
    assert edit.calendarPopup()


def test_reference_field_in_the_window_and_its_clear_button(
        make_window: WindowFactory, qtbot: Any) -> None:
    counting = CountingAnalyze()
    window = _pasted(make_window, qtbot, counting=counting)
    field = window.controls.reference_field
    # The user chose nothing: the field says which date the analysis used, and why.
    brief = window.controller.brief
    assert brief is not None and brief.reference_date_source != "user"
    # The latest date the article gives, named as such (no publication date in it).
    assert brief.reference_date_source == "latest-date"
    assert field.edit.text() == f"Latest date in text ({brief.reference_date[:10]})"
    assert brief.reference_date[:10] == "2025-06-14"
    assert not field.clear.isEnabled()
    field.edit.setFocus()
    field.edit.lineEdit().selectAll()
    qtbot.keyClicks(field.edit, "2024-11-07")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counting.calls == 2 and not window.controller.runner.busy(),
                    timeout=10_000)
    assert window.controller.reference_date == dt.date(2024, 11, 7)
    assert window.controller.brief is not None
    assert window.controller.brief.reference_date_source == "user"
    assert field.clear.isEnabled()
    field.clear.click()
    qtbot.waitUntil(lambda: counting.calls == 3 and not window.controller.runner.busy(),
                    timeout=10_000)
    assert window.controller.reference_date is None
    assert field.edit.date() == NO_DATE
    assert field.edit.text().startswith("Latest date in text (")


# ------------------------------------------------------------------------ zoom
def test_zoom_reaches_the_panes_and_the_preview(make_window: WindowFactory, qtbot: Any) -> None:
    window = _pasted(make_window, qtbot)
    panes = window.panes
    window.resize(1200, 800)
    panes.setCurrentWidget(panes.preview_scroll)
    qtbot.waitUntil(lambda: not panes.preview.pixmap().isNull(), timeout=5_000)
    qtbot.wait(400)  # the pane settles at its size
    fitted = panes.preview.pixmap().width()
    # By default the page fits the pane's width.
    assert fitted <= panes.preview_scroll.viewport().width()
    sizes = [view.font().pointSizeF() for view in (panes.summary, panes.names, panes.dates,
                                                  panes.keywords)]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.editor.setFocus()
    for _ in range(3):
        qtbot.keyClick(window.editor, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom_steps() == 3
    assert [view.font().pointSizeF() for view in (panes.summary, panes.names, panes.dates,
                                                  panes.keywords)] == [s + 3 for s in sizes]
    qtbot.waitUntil(lambda: panes.preview.pixmap().width() > fitted * 1.4, timeout=5_000)
    qtbot.keyClick(window.editor, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert panes.summary.font().pointSizeF() == sizes[0]
    qtbot.waitUntil(lambda: panes.preview.pixmap().width()
                    <= panes.preview_scroll.viewport().width(), timeout=5_000)


def test_the_brief_page_opens_at_full_size(make_window: WindowFactory, qtbot: Any) -> None:
    window = _pasted(make_window, qtbot)
    panes = window.panes
    panes.setCurrentWidget(panes.preview_scroll)
    assert panes.full_size_button.isVisible()
    panes.full_size_button.click()
    dialog = window.full_size_preview
    qtbot.waitExposed(dialog)
    width = dialog.page.pixmap().width()
    from inbrief.export.pdf import default_paper

    paper_mm = 216 if default_paper() == "letter" else 210
    expected = window.logicalDpiX() * paper_mm / 25.4
    assert abs(width - expected) < 0.05 * expected  # the real size, not the pane's
    dialog.close()


# ------------------------------------------------------------------ empty tabs
# Invented Japanese news sentences (no dates, names in a script without capitals).
JAPANESE = (
    "市立図書館は改装工事を終えて再び開館した。館長は新しい閲覧室が好評だと話した。"
    "工事には多くの市民が寄付を寄せた。子ども向けの部屋も近く開かれる予定だ。"
    "図書館は平日の夜も開館を続けるという。"
)


def test_empty_names_and_timeline_say_why(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window(CountingAnalyze())
    window.editor.setPlainText(JAPANESE)  # non-ASCII: set, not typed (PySide6 6.12)
    window.controller.analyze_now()
    brief = wait_for_brief(qtbot, window)
    assert brief.language.code == "ja"
    assert not brief.entities and not brief.dates
    names, dates = window.panes.names, window.panes.dates
    assert names.topLevelItemCount() == 1
    note = names.topLevelItem(0).text(0)
    assert note.startswith("Names are found in English, French")
    assert note.endswith("this text is Japanese, whose script has none to go by.")
    assert names.topLevelItem(0).flags() == Qt.ItemFlag.NoItemFlags  # not a name to click
    assert dates.topLevelItem(0).text(0) == "No dates were found in this text."
    # A text with names and dates has no such row.
    window.paste_and_summarize(ARTICLE)
    qtbot.waitUntil(lambda: window.controller.brief is not None
                    and window.controller.brief.language.code == "en", timeout=20_000)
    assert all(names.topLevelItem(i).flags() != Qt.ItemFlag.NoItemFlags
               for i in range(names.topLevelItemCount()))
    assert "No dates" not in dates.topLevelItem(0).text(0)


# ------------------------------------------------------------------------ help
def test_shortcuts_list_every_action_shortcut_and_none_clash(
        make_window: WindowFactory, qtbot: Any) -> None:
    from PySide6.QtGui import QKeySequence

    from inbrief.ui.help import menu_actions

    window = make_window(CountingAnalyze())
    window.actions_.shortcuts.trigger()
    dialog = window.actions_.shortcuts_dialog
    qtbot.waitExposed(dialog)
    tree = dialog.tree
    listed = {}
    for i in range(tree.topLevelItemCount()):
        head = tree.topLevelItem(i)
        for j in range(head.childCount()):
            listed[(head.text(0), head.child(j).text(0))] = head.child(j).text(1)
    # Spelled out here, not read from the code: what a user must find in the list.
    assert listed[("File", "Open")] == "Ctrl+O"
    assert listed[("File", "Paste & Summarize")] == "Ctrl+Shift+V"
    assert listed[("View", "Zoom In")].startswith("Ctrl++")
    assert listed[("Help", "InBrief Help")] == "F1"
    assert listed[("Help", "Keyboard Shortcuts")] == "Ctrl+/"
    assert listed[("Go to", "Reference date")] == "Alt+R"
    assert listed[("Go to", "Timeline tab")] == "Alt+T"
    assert listed[("Go to", "Avoid quotations")] == "Alt+Q"
    keyed = [a for _, a in menu_actions(window.menuBar()) if a.shortcuts()]
    assert len(keyed) >= 18
    assert sum(section in {"File", "Edit", "View", "Help"} for section, _ in listed) == len(keyed)
    # No key does two things.
    keys = [k.toString(QKeySequence.SequenceFormat.PortableText) for a in keyed
            for k in a.shortcuts()]
    assert len(keys) == len(set(keys)), sorted(keys)


def test_f1_opens_the_local_help_page(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window(CountingAnalyze())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.editor, Qt.Key.Key_F1)
    dialog = window.actions_.help_dialog
    qtbot.waitExposed(dialog)
    text = dialog.browser.toPlainText()
    for topic in ("How the summary is chosen", "Names", "Dates", "Limits", "reference date"):
        assert topic in text
    assert not dialog.browser.openExternalLinks()


# ------------------------------------------------------------ keyboard and names
def test_tab_walks_every_control_in_order_each_named_and_described(
        make_window: WindowFactory, qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    window = _pasted(make_window, qtbot)
    window.message_bar.show_message("info", "InBrief closed unexpectedly last time.",
                                    [("&Restore text", lambda: None), ("&Discard", lambda: None)])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor)
    walked: list[QWidget] = []
    for _ in range(30):
        widget = QApplication.focusWidget()
        assert widget is not None
        if walked and widget is walked[0]:
            break
        walked.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    names = [w.accessibleName() for w in walked]
    assert names == [
        "Article text", "Summary length", "Summary length unit", "Avoid quotations",
        "Summary algorithm",
        "Language", "Reference date for relative dates", "Brief views", "Summary sentences",
        "Summarize now", "Restore text", "Discard", "Dismiss message",
    ]
    for widget in walked:
        assert widget.accessibleDescription(), widget.accessibleName()
    # Every control a mouse can reach is in the walk (internal line edits go with their box).
    focusable = [w for w in window.findChildren(QWidget)
                 if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                 and w.focusProxy() is None and not w.objectName().startswith("qt_spinbox")]
    missing = [f"{type(w).__name__} {w.accessibleName()!r}" for w in focusable
               if w not in walked and w is not window.panes]
    assert not missing, missing
    # Shift+Tab goes back the same way.
    qtbot.keyClick(window.editor, Qt.Key.Key_Backtab)
    focus = QApplication.focusWidget()
    assert focus is not None and focus.accessibleName() == "Dismiss message"


def test_every_menu_command_is_reachable_from_the_keyboard(make_window: WindowFactory) -> None:
    from inbrief.ui.help import menu_actions

    window = make_window(CountingAnalyze())
    menus = [a.text() for a in window.menuBar().actions()]
    assert all("&" in text for text in menus), menus  # Alt+letter opens each menu
    for section, action in menu_actions(window.menuBar()):
        if action.text().startswith("&") and action.text()[1:2].isdigit():
            continue  # recent files are numbered
        assert "&" in action.text().replace("&&", ""), (section, action.text())


# --------------------------------------------------------------- reading views
QUOTED = (
    "The council met on Monday to discuss the old bridge.\n\n"
    "“We will rebuild the bridge this year, whatever it costs,” the mayor said. "
    "Work on the new bridge starts in May and lasts two years. "
    "The ferry will run every hour while the bridge is closed.\n\n"
    "Engineers found cracks in two of the bridge's pillars last winter. "
    "The repairs will cost about 12 million euros, paid by the region."
)


def test_summary_only_text_keeps_paragraphs() -> None:
    from inbrief.ui.reading_views import summary_only_text

    text = "A one. B two.\n\nC three. D four."
    assert summary_only_text(text, [(0, 6), (7, 13), (15, 23)]) == "A one. B two.\n\nC three."
    assert summary_only_text(text, [(24, 31), (0, 6)]) == "A one.\n\nD four."
    assert summary_only_text(text, []) == ""


def test_summary_only_view_and_back(make_window: WindowFactory, qtbot: Any) -> None:
    window = _pasted(make_window, qtbot, QUOTED)
    window.controls.algorithm.setCurrentIndex(window.controls.algorithm.findData("lead"))
    qtbot.waitUntil(lambda: window.controller.brief is not None
                    and window.controller.brief.algorithm == "lead"
                    and not window.controller.runner.busy(), timeout=10_000)
    window.controls.set_length("sentences", 3, 20)
    window.controller.set_length("sentences", 3)
    window.actions_.summary_only.setChecked(True)
    assert window.source_stack.currentWidget() is window.summary_only
    assert window.summary_only.toPlainText() == (
        "The council met on Monday to discuss the old bridge.\n\n"
        "“We will rebuild the bridge this year, whatever it costs,” the mayor said. "
        "Work on the new bridge starts in May and lasts two years.")
    window.controller.set_length("sentences", 1)
    assert window.summary_only.toPlainText() == (
        "The council met on Monday to discuss the old bridge.")
    # Choosing a name or sentence in the brief shows it in the whole text again.
    brief = window.controller.brief
    assert brief is not None
    start = brief.text.index("ferry")
    window.mark_spans([(start, start + 5)])
    assert not window.actions_.summary_only.isChecked()
    assert window.source_stack.currentWidget() is window.editor
    assert window.editor.textCursor().selectedText() == "ferry"
    assert window.editor.toPlainText() == QUOTED  # nothing was edited


def test_avoid_quotations_and_length_in_words(make_window: WindowFactory, qtbot: Any) -> None:
    window = _pasted(make_window, qtbot, QUOTED)
    controls, controller = window.controls, window.controller
    controls.algorithm.setCurrentIndex(controls.algorithm.findData("lead"))
    qtbot.waitUntil(lambda: controller.brief is not None and controller.brief.algorithm == "lead"
                    and not controller.runner.busy(), timeout=10_000)
    controller.set_length("sentences", 2)
    assert controller.brief is not None
    assert [s.index for s in controller.brief.summary] == [0, 1]
    controls.avoid_quotes.setChecked(True)
    assert [s.index for s in controller.brief.summary] == [0, 2]  # the quotation left out
    controls.avoid_quotes.setChecked(False)
    assert [s.index for s in controller.brief.summary] == [0, 1]
    # Length in words: the best sentences that fit in 30 words (10 + 13 here).
    controls.unit.setCurrentIndex(controls.unit.findData("words"))
    controls.length.setValue(30)
    assert controller.length.unit == "words" and controller.length.words == 30
    assert [s.index for s in controller.brief.summary] == [0, 1]
    controls.length.setValue(10)
    assert [s.index for s in controller.brief.summary] == [0]  # never empty
    assert controls.length_label.text().startswith("≤ 10 words: 1 sentences")
    window.save_settings()
    assert window.settings.get("summary/unit") == "words"
    assert window.settings.get("summary/words") == 10


def test_alt_letters_do_not_clash_with_the_restore_prompt_shown(
        make_window: WindowFactory, drafts: Any) -> None:
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget

    drafts.save("Text typed before a crash, kept as a draft.")
    window = make_window(CountingAnalyze())
    window.autosave.offer()
    assert window.message_bar.isVisible()
    texts = [a.text() for a in window.menuBar().actions()]
    texts += [w.text() for w in window.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in window.findChildren(QAbstractButton) if w.isVisible()]
    tabs = window.panes
    assert isinstance(tabs, QTabWidget)
    texts += [tabs.tabText(i) for i in range(tabs.count())]
    letters = [m.group(1).lower() for t in texts for m in [re.search(r"&([^&])", t)] if m]
    assert "x" in letters  # Restore te&xt
    assert len(letters) == len(set(letters)), sorted(letters)


def test_the_status_says_where_dates_are_measured_from_before_the_timing() -> None:
    from inbrief.core.ingest import load_text
    from inbrief.core.pipeline import analyze
    from inbrief.ui.feedback import stats_line

    text = (
        "Published 12 March 2024\n\n"
        "The ferry operator said on Tuesday that a second boat will join the route. "
        "The council agreed to pay for a new pier, the mayor said. "
        "Work on the pier starts next month and ends in the autumn."
    )
    line = stats_line(analyze(load_text(text)), 0.4)
    assert "relative dates measured from" in line, line
    # A narrow window cuts the end of the line: the date comes before the timing.
    assert line.index("relative dates measured from") < line.index("analysed in 0.4 s"), line


def test_reference_field_names_a_date_from_the_copyright_or_the_publication_line(
        make_window: WindowFactory, qtbot: Any) -> None:
    body = ("The harbour council of Marenia voted on Tuesday to rebuild the old ferry pier. "
            "Engineers said the work would start within weeks and cost less than feared. "
            "The mayor said the pier had been closed since a storm damaged it last winter.")
    window = _pasted(make_window, qtbot, text=f"Ferry Pier Will Be Rebuilt\n\n{body}\n\n"
                                             "© 2011 Marenia Harbour News")
    field = window.controls.reference_field
    assert window.controller.brief is not None
    assert window.controller.brief.reference_date_source == "copyright"
    assert field.edit.text() == "End of © year (2011-12-31)"
    window.paste_and_summarize(f"Ferry Pier Will Be Rebuilt\n\nPublished March 13, 2024\n\n{body}")
    qtbot.waitUntil(lambda: window.controller.brief is not None
                    and window.controller.brief.reference_date_source == "published",
                    timeout=10_000)
    assert field.edit.text() == "Article's date (2024-03-13)"


def test_reference_field_names_a_day_shown_without_its_year(
        make_window: WindowFactory, qtbot: Any) -> None:
    body = ("The harbour council of Marenia voted on Tuesday to rebuild the old ferry pier. "
            "Engineers said the work would start within weeks and cost less than feared. "
            "The mayor said the pier had been closed since a storm damaged it last winter.")
    window = _pasted(make_window, qtbot, text="Ferry Pier Will Be Rebuilt\n\n"
                                             "Posted Nov 19, 6:51 AM\n\n"
                                             f"{body}\n\n© 2019 Marenia Harbour News")
    assert window.controller.brief is not None
    assert window.controller.brief.reference_date_source == "shown-day"
    assert window.controls.reference_field.edit.text() == "Day shown, © year (2019-11-19)"


# ------------------------------------------------------------------------ title
def test_a_line_of_the_text_picked_as_the_title_stays_with_that_text(
        make_window: WindowFactory, qtbot: Any) -> None:
    from PySide6.QtGui import QTextCursor

    from inbrief.ui.source_editor import USE_AS_TITLE

    counting = CountingAnalyze()
    window = _pasted(make_window, qtbot, counting=counting)
    controller, editor = window.controller, window.editor

    def analysed(calls: int) -> None:
        qtbot.waitUntil(lambda: counting.calls == calls and not controller.runner.busy(),
                        timeout=10_000)

    assert controller.brief.title == "Lakeside Library Reopens After Two-Year Renovation"
    # Part of a paragraph selected, then Edit > Use as Title (Ctrl+T).
    start = editor.toPlainText().index("The old reading room, built in 1931")
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("The old reading room, built in 1931"),
                       QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    window.actions_.use_as_title.trigger()
    analysed(2)
    assert controller.brief.title == "The old reading room, built in 1931"
    assert window.windowTitle().startswith("The old reading room, built in 1931")
    # Edit > Article's Own Title goes back to the headline the cleaning found.
    window.actions_.own_title.trigger()
    analysed(3)
    assert controller.brief.title == "Lakeside Library Reopens After Two-Year Renovation"
    # The right-click menu on a line, nothing selected: that whole line.
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    first_line = editor.cursorRect(editor.textCursor()).center()
    menu = editor.context_menu(first_line)
    action = next(a for a in menu.actions() if a.text() == USE_AS_TITLE)
    assert action.isEnabled()
    paragraph = editor.textCursor()
    paragraph.setPosition(editor.toPlainText().index("The Lakeside Public Library reopened"))
    assert paragraph.block().length() > 200
    # A paragraph longer than a headline is no title: the menu's item is greyed out.
    long_paragraph = editor.context_menu(editor.cursorRect(paragraph).center())
    assert not next(a for a in long_paragraph.actions() if a.text() == USE_AS_TITLE).isEnabled()
    action.trigger()
    analysed(4)
    assert controller.brief.title == "Lakeside Library Reopens After Two-Year Renovation"
    assert controller.title == "Lakeside Library Reopens After Two-Year Renovation"
    # A new paste is another article: its own title again.
    window.paste_and_summarize("Harbour Pier To Be Rebuilt\n\n" + ARTICLE.split("\n\n", 1)[1])
    analysed(5)
    assert controller.title == ""
    assert controller.brief.title == "Harbour Pier To Be Rebuilt"
