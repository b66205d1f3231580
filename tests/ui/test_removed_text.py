"""Text left out of the analysis: dimmed in the source, hidden on request, counted in the status."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextCharFormat
from ui_helpers import CountingAnalyze, WindowFactory, wait_for_brief

from inbrief.core.article import Article
from inbrief.core.clean import clean_article
from inbrief.core.textmap import Removed, TextMap
from inbrief.ui import theme
from inbrief.ui.removed_text import (
    LineState,
    hidden_lines,
    in_editor,
    left_out_note,
    line_states,
    metadata_spans,
    removed_line_kinds,
    text_lines,
    without,
)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

# An invented page, copied whole from a browser: menus, prompts and a footer around a story.
PAGE = (
    "Skip to content\n"
    "Home\n"
    "Search\n"
    "\n"
    "Harbour Ferry Service Returns After Winter Repairs\n"
    "\n"
    "The ferry between Port Alder and Keswin Island resumed service on Monday after four "
    "months of repairs to its engines and hull. The operator said crossings would run every "
    "ninety minutes until the summer timetable begins.\n"
    "\n"
    "Share this article\n"
    "\n"
    "Captain Miriam Okafor said the repaired vessel uses a third less fuel than before. "
    "Island residents had relied on a smaller water taxi since November, which carried no "
    "cars and was often cancelled in high winds.\n"
    "\n"
    "Advertisement\n"
    "\n"
    "The harbour authority paid for the work with a grant from the regional transport fund. "
    "A second ferry is expected to join the route in the autumn of next year.\n"
    "\n"
    "Sign up for our daily newsletter\n"
    "© 2025 Harbour Gazette. All rights reserved.\n"
)
HEADLINE = "Harbour Ferry Service Returns After Winter Repairs"
BOILERPLATE = ("Skip to content", "Home", "Search", "Share this article", "Advertisement",
               "Sign up for our daily newsletter", "© 2025 Harbour Gazette. All rights reserved.")


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def _contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _left_out_lines(text: str, offsets: TextMap) -> list[str]:
    """Lines with words none of which was analysed (worked out without the module under test)."""
    lines, position = [], 0
    for line in text.split("\n"):
        visible = [i for i in range(position, position + len(line)) if not text[i].isspace()]
        if visible and all(offsets.to_clean(i) is None for i in visible):
            lines.append(line)
        position += len(line) + 1
    return lines


def _visible_lines(window: Any) -> list[str]:
    block, shown = window.editor.document().firstBlock(), []
    while block.isValid():
        if block.isVisible():
            shown.append(block.text())
        block = block.next()
    return shown


def _paste(window: Any, qtbot: Any, text: str = PAGE) -> Any:
    window.paste_and_summarize(text)
    return wait_for_brief(qtbot, window)


# ------------------------------------------------------------------ pure parts
def test_line_states_tell_whole_partial_kept_and_blank_lines() -> None:
    text = "Menu\n\n(Wire) -- Rain fell.\nRain fell again.\n"
    removed = [(0, 6), (6, 15)]  # "Menu\n\n", "(Wire) --"
    states = line_states(text, text_lines(text), removed)
    assert states == [LineState.REMOVED, LineState.BLANK, LineState.PARTIAL, LineState.KEPT,
                      LineState.BLANK]
    # The blank line after the menu goes with it; the kept lines stay.
    assert hidden_lines(text, text_lines(text), removed) == [True, True, False, False, False]


def test_left_out_note_words() -> None:
    assert left_out_note(0, 0) == ""
    assert left_out_note(1, 0) == "left out 1 line"
    assert left_out_note(1212, 0) == "left out 1,212 lines"
    assert left_out_note(0, 2) == "left out part of 2 lines"
    assert left_out_note(12, 1) == "left out 12 lines and part of 1 more"


def test_left_out_note_names_the_main_kinds() -> None:
    assert left_out_note(212, 0, ["menu"] * 200 + ["other"] * 12) == (
        "left out 212 lines: a menu and other text")  # one stretch of menu
    assert left_out_note(212, 0, ["menu"] * 212) == "left out 212 lines of menus and links"
    kinds = ["menu"] * 9 + ["notice"] + ["menu"] + ["caption"]
    assert left_out_note(12, 0, kinds) == (
        "left out 12 lines: menus, a notice and a photo caption")
    assert left_out_note(1, 0, ["caption"]) == "left out 1 line: a photo caption"
    assert left_out_note(2, 0, ["caption", "menu", "caption"][::2]) == (
        "left out 2 lines: a photo caption")  # one caption over two lines
    assert left_out_note(3, 0, ["notice", "caption", "notice"]) == (
        "left out 3 lines: notices and a photo caption")
    # Two notices, the body between them: two stretches; a notice of two lines: one.
    assert left_out_note(2, 0, ["notice", None, "notice"]) == "left out 2 lines of notices"
    assert left_out_note(2, 0, ["notice", "notice"]) == "left out 2 lines: a notice"
    many = ["menu"] * 5 + ["comments"] * 4 + ["footer"] * 3 + ["related"] * 2 + ["caption"]
    assert left_out_note(15, 0, many) == (
        "left out 15 lines: a menu, comments, a footer and more")
    assert left_out_note(5, 1, ["footer"] * 5) == (
        "left out 5 lines of the footer and part of 1 more")
    assert left_out_note(4, 0, ["other"] * 4) == "left out 4 lines"  # nothing known to name


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_dimmed_text_is_legible_and_secondary_in_both_themes(scheme: str) -> None:
    palette = theme.palette(scheme)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    dimmed = theme.highlight_colors(scheme)[2]
    assert _contrast(dimmed, base) >= 4.5  # WCAG AA, like every text the window draws
    assert _contrast(text, base) - _contrast(dimmed, base) >= 5.0  # plainly not body text


# ---------------------------------------------------------------- in the window
def test_removed_text_is_dimmed_and_counted(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window(CountingAnalyze())
    brief = _paste(window, qtbot)
    editor, offsets = window.editor, window.controller.offsets
    assert offsets is not None
    text = editor.toPlainText()
    assert text == PAGE
    # The headline went to the brief's title: used, so neither dimmed nor counted.
    assert brief.title == HEADLINE
    left_out = [line for line in _left_out_lines(text, offsets) if line != HEADLINE]
    assert set(BOILERPLATE) <= set(left_out)
    dimmed = [text[a:b] for a, b in editor.removed_spans()]
    for line in BOILERPLATE:
        assert any(line in piece for piece in dimmed)
    assert not any(HEADLINE in piece for piece in dimmed)
    # Kept text is never dimmed: no analysed character lies in a dimmed span.
    for a, b in editor.removed_spans():
        assert all(offsets.to_clean(i) is None for i in range(a, b))
    for sentence in brief.sentences:
        for a, b in offsets.to_source_spans(sentence.start, sentence.end):
            assert not any(x < b and a < y for x, y in editor.removed_spans())
    # Dimming is a grey foreground drawn under the summary highlight, not over it.
    selections = editor.extraSelections()
    kinds = [s.format.property(QTextCharFormat.Property.UserProperty) for s in selections]
    assert "removed" in kinds and kinds.index("removed") == 0
    removed = [s for s, kind in zip(selections, kinds, strict=True) if kind == "removed"]
    assert {s.format.foreground().color().name() for s in removed} == {
        editor.dim_color.name()}
    assert all(not s.format.hasProperty(QTextCharFormat.Property.BackgroundBrush)
               for s in removed)
    # Skip to content, Home, Search; share, advertisement and newsletter prompts; copyright.
    assert len(left_out) == 7
    assert window.actions_.left_out_label.text() == (
        "left out 7 lines: a menu, notices and a footer")
    assert {r.kind for r in brief.removed} >= {"menu", "notice", "footer", "headline"}
    assert window.actions_.left_out_label.isVisibleTo(window)


def test_letters_ingest_replaced_are_not_dimmed(make_window: WindowFactory, qtbot: Any) -> None:
    # Text copied out of a PDF keeps its ligatures; ingest reads them as letters ("ﬁ" as
    # "fi"), which the editor's text does not hold: they are no text left out, even right
    # after a line that is.
    page = PAGE.replace("The harbour authority", "ﬁnally, the harbour authority").replace(
        "four months", "ﬁve months")
    window = make_window(CountingAnalyze())
    _paste(window, qtbot, page)
    text = window.editor.toPlainText()
    dimmed = window.editor.removed_spans()
    ligatures = [i for i, char in enumerate(text) if char == "ﬁ"]
    assert len(ligatures) == 2
    assert not any(a <= i < b for i in ligatures for a, b in dimmed)
    assert any("Advertisement" in text[a:b] for a, b in dimmed)
    assert window.actions_.left_out_label.text() == (
        "left out 7 lines: a menu, notices and a footer")


def test_nothing_removed_says_nothing(make_window: WindowFactory, qtbot: Any) -> None:
    from ui_helpers import PLAIN_TEXT

    window = make_window(CountingAnalyze())
    _paste(window, qtbot, PLAIN_TEXT)
    assert window.editor.removed_spans() == []
    assert window.actions_.left_out_label.text() == ""
    assert not window.actions_.left_out_label.isVisibleTo(window)


def test_hiding_removed_lines_keeps_text_offsets_and_settings(
    make_window: WindowFactory, qtbot: Any
) -> None:
    counting = CountingAnalyze()
    window = make_window(counting)
    brief = _paste(window, qtbot)
    editor, action = window.editor, window.actions_.show_removed
    offsets = window.controller.offsets
    assert offsets is not None and action.isChecked() and editor.hidden_block_count() == 0
    summary_before = editor.summary_spans()
    with qtbot.assertNotEmitted(editor.user_edited):
        action.trigger()  # View > Show Removed Text, unchecked
    shown = _visible_lines(window)
    for line in BOILERPLATE:
        assert line not in shown
    assert HEADLINE in shown
    assert all(sentence.text.split()[0] in "\n".join(shown) for sentence in brief.sentences)
    assert editor.toPlainText() == PAGE  # nothing altered or lost
    assert editor.summary_spans() == summary_before  # highlights on the same characters
    assert editor.textCursor().block().isVisible()  # the caret never rests on a hidden line
    assert window.actions_.left_out_label.text().endswith("(hidden)")
    assert window.settings.get("view/show_removed") is False
    # A click in the brief still lands on the right characters.
    name = "Miriam Okafor"
    start = brief.text.index(name)
    window.mark_spans([(start, start + len(name))])
    cursor = editor.textCursor()
    assert cursor.selectedText() == name and cursor.block().isVisible()
    # A new window remembers the choice.
    again = make_window(CountingAnalyze(), settings_=window.settings)
    assert not again.actions_.show_removed.isChecked() and again.editor.removed_hidden()
    action.trigger()  # shown again
    assert len(_visible_lines(window)) == PAGE.count("\n") + 1
    assert editor.toPlainText() == PAGE
    assert counting.calls == 1  # toggling is no reason to analyse again


def test_typing_clears_dimming_until_the_next_analysis(
    make_window: WindowFactory, qtbot: Any
) -> None:
    window = make_window(CountingAnalyze())
    _paste(window, qtbot)
    editor = window.editor
    assert editor.removed_spans()
    first = window.controller.base_brief
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "Ferries")
    assert editor.removed_spans() == []  # stale dimming never shows
    qtbot.waitUntil(lambda: window.controller.base_brief is not first
                    and not window.controller.runner.busy(), timeout=20_000)
    text = editor.toPlainText()
    assert text == PAGE + "Ferries"
    assert any("Skip to content" in text[a:b] for a, b in editor.removed_spans())


def test_an_edit_reaching_into_hidden_lines_shows_them(
    make_window: WindowFactory, qtbot: Any
) -> None:
    window = make_window(CountingAnalyze())
    window.actions_.show_removed.setChecked(False)
    _paste(window, qtbot)
    editor = window.editor
    assert editor.hidden_block_count() > 0
    cursor = editor.textCursor()
    cursor.setPosition(PAGE.index(HEADLINE))
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)  # joins the headline to the hidden line above
    assert editor.toPlainText() == PAGE.replace("\n" + HEADLINE, HEADLINE)
    assert editor.textCursor().block().isVisible()
    assert any(HEADLINE in line for line in _visible_lines(window))


def test_title_byline_and_date_lines_count_as_used() -> None:
    text = ("Menu\n\nRiver Levels Fall Again\n\nBy Ada Brennan\nMarch 4, 2025\n\n"
            "The river fell by a metre overnight, the harbour office said on Tuesday.\n"
            "\n© 2025 Gazette\n")
    cleaned = clean_article(Article(text=text))
    assert cleaned.article.title == "River Levels Fall Again"
    # The editor holds the same text: the kinds carry over unchanged.
    kinds = in_editor(TextMap.identity(len(text)), cleaned.removed)
    assert kinds == cleaned.removed
    removed = list(cleaned.text_map.removed)
    lifted = metadata_spans(kinds)
    assert [text[a:b].strip() for a, b in lifted] == [
        "River Levels Fall Again", "By Ada Brennan", "March 4, 2025"]  # not the footer's year
    rest = without(removed, lifted)
    lines = text_lines(text)
    states = line_states(text, lines, rest)
    assert [text[a:b] for (a, b), s in zip(lines, states, strict=True)
            if s is LineState.REMOVED] == ["Menu", "© 2025 Gazette"]
    assert removed_line_kinds(text, lines, states, kinds) == ["menu", None, "footer"]


def test_kinds_follow_the_editor_text() -> None:
    editor_text = "Menu   \n\n\n\nBody line one.\n"  # trailing spaces and blank lines
    given = "Menu\n\nBody line one."
    to_given = TextMap.between(editor_text, given)
    moved = in_editor(to_given, [Removed(0, 6, "menu")])
    assert [editor_text[r.start:r.end] for r in moved] == ["Menu", "\n\n"]
    assert {r.kind for r in moved} == {"menu"}


def test_hiding_and_showing_keeps_the_readers_place(qtbot: Any) -> None:
    from inbrief.ui.source_editor import SourceEditor

    editor = SourceEditor()
    qtbot.addWidget(editor)
    editor.resize(400, 300)
    editor.show()
    qtbot.waitExposed(editor)
    text = "\n".join(f"{'Menu item' if i % 2 else 'Kept line'} {i}" for i in range(200))
    editor.set_source_text(text)
    starts = [block.position() for block in editor._blocks()]
    editor.show_removed([(starts[i], min(len(text), starts[i] + len(f"Menu item {i}") + 1))
                         for i in range(1, 200, 2)])
    editor.verticalScrollBar().setValue(editor.document().findBlockByNumber(100)
                                        .firstLineNumber())
    assert editor.firstVisibleBlock().text() == "Kept line 100"
    editor.set_removed_hidden(True)
    assert editor.hidden_block_count() == 100
    assert editor.firstVisibleBlock().text() == "Kept line 100"
    editor.set_removed_hidden(False)
    assert editor.firstVisibleBlock().text() == "Kept line 100"
    assert editor.toPlainText() == text


def test_hidden_lines_keep_the_gaps_between_shown_lines() -> None:
    text = "Menu\n\nHeadline\n\nBy A. Writer\n\nBody one.\n\nShare\n\nBody two.\n"
    # Cleaning took out the menu and share bar, and the headline and byline lines to show
    # on top (the window does not count those as left out), newlines and all.
    removed = [(0, 6), (14, 16), (28, 30), (41, 48)]
    assert hidden_lines(text, text_lines(text), removed) == [
        True, True, False, False, False, False, False, False, True, True, False, False]


def test_a_whole_page_pasted_shows_where_its_article_starts(
    make_window: WindowFactory, qtbot: Any
) -> None:
    from PySide6.QtCore import QMimeData

    window = make_window(CountingAnalyze())
    window.resize(900, 500)
    menu = "".join(f"Section {n}\n" for n in range(1, 61))  # a menu taller than the window
    page = menu + "\n" + PAGE
    data = QMimeData()
    data.setText(page)
    window.editor.setFocus()
    window.editor.insertFromMimeData(data)  # the editor's own paste path, text/plain only
    wait_for_brief(qtbot, window)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.textCursor().position() > len(menu) - 1, timeout=5000)
    at = editor.textCursor().position()
    # The first analysed line (the headline, after the menu and "Skip to content / Home /
    # Search") has the cursor, and it is on screen: the menu scrolled away above it.
    assert editor.toPlainText()[at:].startswith(HEADLINE)
    first_shown = editor.firstVisibleBlock().blockNumber()
    headline_block = editor.document().findBlock(at).blockNumber()
    assert first_shown > 30 and first_shown <= headline_block


def test_a_paste_into_the_middle_of_text_stays_where_it_was_made(
    make_window: WindowFactory, qtbot: Any
) -> None:
    from PySide6.QtCore import QMimeData

    window = make_window(CountingAnalyze())
    window.paste_and_summarize(PAGE)
    wait_for_brief(qtbot, window)
    editor = window.editor
    cursor = editor.textCursor()
    cursor.setPosition(len(PAGE) - 1)
    editor.setTextCursor(cursor)
    data = QMimeData()
    data.setText(" Island residents cheered.")
    editor.insertFromMimeData(data)
    end = editor.textCursor().position()
    wait_for_brief(qtbot, window)
    assert editor.textCursor().position() == end


def test_a_long_clean_article_pasted_whole_shows_its_top(
    make_window: WindowFactory, qtbot: Any
) -> None:
    from PySide6.QtCore import QMimeData

    window = make_window(CountingAnalyze())
    window.resize(900, 500)
    towns = ["Port Alder", "Keswin", "Marlow Bay", "Tarn Cross", "Vell", "Oakridge"]
    story = "\n\n".join(
        f"The ferry to {towns[n % 6]} ran {n + 2} times on day {n + 1} of the trial, and the "
        f"operator said {n * 7 + 40} passengers used it before the harbour closed at dusk."
        for n in range(40)
    )  # taller than the window, nothing to leave out
    data = QMimeData()
    data.setText(story + "\n")
    window.editor.insertFromMimeData(data)
    wait_for_brief(qtbot, window)
    qtbot.waitUntil(lambda: window.editor.textCursor().position() == 0, timeout=5000)
    assert window.editor.firstVisibleBlock().blockNumber() == 0


def test_a_whole_page_pasted_over_all_the_text_shows_where_its_article_starts(
    make_window: WindowFactory, qtbot: Any
) -> None:
    from PySide6.QtCore import QMimeData

    window = make_window(CountingAnalyze())
    window.resize(900, 500)
    # A text already there (an emoji is two UTF-16 units to Qt, one character to Python).
    window.paste_and_summarize("An earlier note \U0001f642. " * 400)
    wait_for_brief(qtbot, window)
    editor = window.editor
    editor.selectAll()
    menu = "".join(f"Section {n}\n" for n in range(1, 61))
    data = QMimeData()
    data.setText(menu + "\n" + PAGE)
    editor.insertFromMimeData(data)  # Ctrl+V over the selection of everything
    wait_for_brief(qtbot, window)
    qtbot.waitUntil(lambda: editor.toPlainText()[editor.textCursor().position():]
                    .startswith(HEADLINE), timeout=5000)
    headline_block = editor.document().findBlock(editor.textCursor().position()).blockNumber()
    assert 30 < editor.firstVisibleBlock().blockNumber() <= headline_block
