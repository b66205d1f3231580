"""Pasting and dropping HTML from a browser: the article, undo to the clipboard's text, drops."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent, QGuiApplication, QKeySequence
from ui_helpers import CountingAnalyze, WindowFactory, wait_for_brief

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

HEADLINE = "Lighthouse keepers return to Carrow Point after forty years"
PARAGRAPHS = [
    "The lighthouse on Carrow Point will have keepers again from next month, the coastal "
    "trust said on Monday, after volunteers raised the money to restore the keepers' cottage.",
    "The light has been automatic since the eighties, but the trust wants people on the point "
    "to welcome visitors and to look after the old lamp room, which still has its brass lens.",
    "Two retired sailors from the village will share the post and live in the cottage for "
    "six months each, keeping a log of ships and weather as the keepers used to do.",
]
MENU = "".join(f'<li><a href="/topic/{n}">Topic {n}</a></li>' for n in range(50))
PAGE_HTML = (
    "<html><body><!--StartFragment-->"
    f"<nav><ul>{MENU}</ul></nav><article><h1>{HEADLINE}</h1>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + "</article><footer><p>Subscribe to our newsletter for more stories like this.</p>"
    "</footer><!--EndFragment--></body></html>"
)
PAGE_TEXT = "Topic 1\nTopic 2\n" + HEADLINE + "\n" + "\n".join(PARAGRAPHS) + "\nSubscribe"


def _mime(text: str | None, html: str | None) -> QMimeData:
    mime = QMimeData()
    if text is not None:
        mime.setText(text)
    if html is not None:
        mime.setHtml(html)
    return mime


def _paste(window: Any, qtbot: Any, mime: QMimeData) -> None:
    QGuiApplication.clipboard().setMimeData(mime)
    window.editor.setFocus()
    window.editor.paste()


def test_paste_with_html_shows_the_article(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window(CountingAnalyze())
    _paste(window, qtbot, _mime(PAGE_TEXT, PAGE_HTML))
    brief = wait_for_brief(qtbot, window)
    text = window.editor.toPlainText()
    assert text.startswith(HEADLINE + "\n")
    assert PARAGRAPHS[2] in text
    assert "Topic 2" not in text and "newsletter" not in text
    assert brief.title == HEADLINE
    assert window.windowTitle().startswith(HEADLINE)


def test_undo_gives_the_clipboard_text_then_the_old_text(
    make_window: WindowFactory, qtbot: Any
) -> None:
    window = make_window(CountingAnalyze())
    qtbot.keyClicks(window.editor, "Notes before. ")
    _paste(window, qtbot, _mime(PAGE_TEXT, PAGE_HTML))
    qtbot.waitUntil(lambda: HEADLINE in window.editor.toPlainText(), timeout=20_000)
    assert "Topic 2" not in window.editor.toPlainText()
    window.editor.undo()
    assert window.editor.toPlainText() == "Notes before. " + PAGE_TEXT
    window.editor.undo()
    assert window.editor.toPlainText() == "Notes before. "
    window.editor.redo()
    window.editor.redo()
    assert "Topic 2" not in window.editor.toPlainText()
    assert HEADLINE in window.editor.toPlainText()


def test_ctrl_z_after_html_only_paste_gives_its_visible_text(
    make_window: WindowFactory, qtbot: Any
) -> None:
    window = make_window(CountingAnalyze())
    _paste(window, qtbot, _mime(None, PAGE_HTML))
    qtbot.waitUntil(lambda: HEADLINE in window.editor.toPlainText(), timeout=20_000)
    assert "Topic 3" not in window.editor.toPlainText()
    qtbot.keySequence(window.editor, QKeySequence.StandardKey.Undo)
    assert "Topic 3" in window.editor.toPlainText()
    assert PARAGRAPHS[1] in window.editor.toPlainText()


def test_html_only_selection_pastes(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window(CountingAnalyze())
    html = ("<html><body><!--StartFragment--><p>" + PARAGRAPHS[0]
            + "</p><!--EndFragment--></body></html>")
    mime = _mime(None, html)
    assert window.editor.canInsertFromMimeData(mime)
    _paste(window, qtbot, mime)
    wait_for_brief(qtbot, window)
    assert window.editor.toPlainText().strip() == PARAGRAPHS[0]


def test_plain_text_paste_is_unchanged(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window(CountingAnalyze())
    _paste(window, qtbot, _mime("Typed by hand, pasted as is.", None))
    assert window.editor.toPlainText() == "Typed by hand, pasted as is."


def test_paste_and_summarize_uses_the_html(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window(CountingAnalyze())
    qtbot.keyClicks(window.editor, "Old text")
    QGuiApplication.clipboard().setMimeData(_mime(PAGE_TEXT, PAGE_HTML))
    window.actions_.paste_summarize.trigger()
    brief = wait_for_brief(qtbot, window)
    assert window.editor.toPlainText().startswith(HEADLINE)
    assert "Old text" not in window.editor.toPlainText()
    assert brief.title == HEADLINE


def test_drop_of_a_browser_selection_reads_the_article(
    make_window: WindowFactory, qtbot: Any
) -> None:
    window = make_window(CountingAnalyze())
    mime = _mime(PAGE_TEXT, PAGE_HTML)
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert drop.isAccepted()
    brief = wait_for_brief(qtbot, window)
    assert window.editor.toPlainText().startswith(HEADLINE)
    assert brief.title == HEADLINE
    window.editor.undo()
    assert window.editor.toPlainText() == PAGE_TEXT


def test_drop_on_the_editor_goes_through_the_same_reading(
    make_window: WindowFactory, qtbot: Any
) -> None:
    window = make_window(CountingAnalyze())
    window.editor.insertFromMimeData(_mime(PAGE_TEXT, PAGE_HTML))  # what a drop there does
    wait_for_brief(qtbot, window)
    assert window.editor.toPlainText().startswith(HEADLINE)


def test_clipboard_without_text_says_so(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window(CountingAnalyze())
    _paste(window, qtbot, _mime(None, "<html><body><img src='x.png'></body></html>"))
    qtbot.waitUntil(lambda: window.message_bar.kind != "", timeout=20_000)
    assert "no text" in window.message_bar.label.text()
    assert window.editor.toPlainText() == ""


def test_undone_paste_is_analysed_without_the_pages_title_and_date(
    make_window: WindowFactory, qtbot: Any
) -> None:
    from inbrief.core.article import Article
    from inbrief.core.pipeline import analyze

    seen: list[Article] = []

    def recording(article: Article, *args: Any) -> Any:
        seen.append(article)
        return analyze(article, *args)

    window = make_window(CountingAnalyze(recording))
    body = "\n\n".join(PARAGRAPHS)
    read = Article(body, title="Title only the page had", author="Ann Page",
                   published="2001-02-03", format="html")
    window.pasting.paste_fn = lambda text, html: (text, read)
    qtbot.keyClicks(window.editor, "Notes before.")
    window.editor.selectAll()
    _paste(window, qtbot, _mime(PAGE_TEXT, PAGE_HTML))
    brief = wait_for_brief(qtbot, window)
    assert window.editor.toPlainText() == body
    assert brief.title == "Title only the page had" and seen[-1].published == "2001-02-03"

    window.editor.undo()  # the clipboard's text: no longer the article
    qtbot.waitUntil(lambda: seen[-1].text == PAGE_TEXT, timeout=20_000)
    assert (seen[-1].title, seen[-1].author, seen[-1].published) == ("", "", None)
    brief = wait_for_brief(qtbot, window)
    assert brief.title != "Title only the page had"
    assert window.windowTitle() == f"{brief.title} — InBrief"

    window.editor.undo()  # the text before the paste
    qtbot.waitUntil(lambda: seen[-1].text == "Notes before.", timeout=20_000)
    assert (seen[-1].title, seen[-1].published) == ("", None)

    window.editor.redo()
    window.editor.redo()  # the article again: its title and date apply again
    qtbot.waitUntil(lambda: seen[-1] is read, timeout=20_000)
    assert wait_for_brief(qtbot, window).title == "Title only the page had"


def test_paste_replacing_the_text_drops_a_typed_reference_date(
    make_window: WindowFactory, qtbot: Any
) -> None:
    import datetime as dt

    window = make_window(CountingAnalyze())
    qtbot.keyClicks(window.editor, "Notes typed on a day the user set.")
    window.controls.reference.setDate(window.controls.reference.date().addYears(100))
    assert window.controller.reference_date == dt.date(2000, 1, 1)
    window.editor.selectAll()
    _paste(window, qtbot, _mime(PAGE_TEXT, PAGE_HTML))
    wait_for_brief(qtbot, window)
    assert window.controller.reference_date is None
    assert window.controls.reference.date() == window.controls.reference.minimumDate() or (
        window.controller.brief is not None and window.controller.brief.reference_date)


def test_undoing_a_paste_shows_the_text_from_its_top(
    make_window: WindowFactory, qtbot: Any
) -> None:
    window = make_window(CountingAnalyze())
    long_text = PAGE_TEXT + "\n" + "\n".join(
        f"Reader comment {n}: the keepers should have come back years ago." for n in range(300))
    _paste(window, qtbot, _mime(long_text, PAGE_HTML))
    qtbot.waitUntil(lambda: "Topic 2" not in window.editor.toPlainText()
                    and HEADLINE in window.editor.toPlainText(), timeout=20_000)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.toPlainText() == long_text
    # The clipboard's text is back, seen from its first line (not scrolled to its end).
    assert window.editor.textCursor().position() == 0
    assert window.editor.verticalScrollBar().value() == 0


def test_plain_text_paste_is_analysed_at_once(make_window: WindowFactory, qtbot: Any) -> None:
    """A paste is whole: no waiting for the typing pause (issue 17: summary 0.3 s after it)."""
    counting = CountingAnalyze()
    window = make_window(counting)
    qtbot.keyClicks(window.editor, "Typed first")  # an edit: analysed after the pause
    assert not window.controller.runner.busy()
    _paste(window, qtbot, _mime(" and then a pasted sentence about the harbour.", None))
    assert window.controller.runner.busy()  # the analysis started at once, not a timer
    brief = wait_for_brief(qtbot, window, timeout=3_000)
    assert "harbour" in brief.text
    assert counting.calls == 1


def test_a_paste_with_emoji_is_replaced_whole_by_its_article(
    make_window: WindowFactory, qtbot: Any
) -> None:
    # Wired copied whole: two emoji in the page's text (each two UTF-16 units in the editor)
    # left the clipboard text's last two characters after the article ("... on your own.es").
    text = "👁 Topic 1\n📱 Topic 2\n" + HEADLINE + "\n" + "\n".join(PARAGRAPHS) + "\nAd Choices"
    window = make_window(CountingAnalyze())
    _paste(window, qtbot, _mime(text, PAGE_HTML))
    brief = wait_for_brief(qtbot, window)
    shown = window.editor.toPlainText()
    assert shown.endswith(PARAGRAPHS[2]) and "Choices" not in shown and "es" not in shown[-3:]
    # The summary's highlights cover its sentences, counted in characters.
    spans = window.editor.summary_spans()
    assert spans
    sentences = {" ".join(s.text.split()) for s in brief.summary}
    for start, end in spans:
        assert " ".join(shown[start:end].split()) in " ".join(sentences)
    window.editor.undo()
    assert window.editor.toPlainText() == text


LIST_BODY = "\n\n".join([
    PARAGRAPHS[0],
    "The trust says the keepers will have three duties:",
    "- Log the ships", "- Keep the lamp room", "- Meet the visitors",
    PARAGRAPHS[1], PARAGRAPHS[2],
])


def _recording_window(make_window: WindowFactory, seen: list[Any], **kwargs: Any) -> Any:
    from inbrief.core.pipeline import analyze

    def recording(article: Any, *args: Any) -> Any:
        seen.append(article)
        return analyze(article, *args)

    return make_window(CountingAnalyze(recording), **kwargs)


def test_an_edit_of_a_pasted_article_is_still_that_article(
    make_window: WindowFactory, qtbot: Any
) -> None:
    # A typo fixed in the article a paste read from HTML: its title and date went, and the
    # text was read as a whole page again, its list ("- Log the ships") dropped as a menu.
    from inbrief.core.article import Article

    seen: list[Article] = []
    window = _recording_window(make_window, seen)
    read = Article(LIST_BODY, title=HEADLINE, published="2001-02-03", format="html")
    window.pasting.paste_fn = lambda text, html: (text, read)
    _paste(window, qtbot, _mime(PAGE_TEXT, PAGE_HTML))
    assert wait_for_brief(qtbot, window).title == HEADLINE
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, " Tickets are free.")
    qtbot.waitUntil(lambda: seen[-1].text.endswith("Tickets are free."), timeout=20_000)
    assert (seen[-1].title, seen[-1].published, seen[-1].format) == (
        HEADLINE, "2001-02-03", "html")
    brief = wait_for_brief(qtbot, window)
    assert brief.title == HEADLINE
    assert window.controller.removed == ()  # nothing of the article left out


def test_a_draft_of_a_pasted_article_is_restored_as_that_article(
    make_window: WindowFactory, qtbot: Any, tmp_path: Any
) -> None:
    import json

    from inbrief.core.article import Article
    from inbrief.ui.drafts import DraftStore

    store = DraftStore(tmp_path / "drafts")
    first = _recording_window(make_window, [], drafts_=store)
    read = Article(LIST_BODY, title=HEADLINE, author="Ann Page", published="2001-02-03",
                   format="html")
    first.pasting.paste_fn = lambda text, html: (text, read)
    _paste(first, qtbot, _mime(PAGE_TEXT, PAGE_HTML))
    wait_for_brief(qtbot, first)
    qtbot.waitUntil(store.path.exists, timeout=5_000)
    saved = json.loads(store.path.read_text(encoding="utf-8"))
    assert saved["article"]["title"] == HEADLINE and saved["article"]["format"] == "html"
    first.controller.shutdown()  # a crash: no clean close
    store.release()
    seen: list[Article] = []
    second = _recording_window(make_window, seen, drafts_=DraftStore(tmp_path / "drafts"))
    second.autosave.offer()
    draft = second.drafts.load()
    assert draft is not None
    second.autosave.restore(draft.text, draft.article)
    brief = wait_for_brief(qtbot, second)
    assert (seen[-1].title, seen[-1].author, seen[-1].published, seen[-1].format) == (
        HEADLINE, "Ann Page", "2001-02-03", "html")
    assert brief.title == HEADLINE
    assert second.controller.removed == ()
