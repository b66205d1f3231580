"""The window's main workflows through the real widgets and the real analysis."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem
from ui_helpers import (
    ARTICLE_TITLE,
    PLAIN_TEXT,
    CountingAnalyze,
    WindowFactory,
    wait_for_brief,
)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _norm(text: str) -> str:
    return " ".join(text.split())


def _highlighted(window: Any) -> str:
    text = window.editor.toPlainText()
    return " ".join(_norm(text[a:b]) for a, b in window.editor.summary_spans())


def test_fresh_window_is_ready_for_text(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    assert window.windowTitle() == "InBrief"
    assert "Paste" in window.editor.placeholderText()
    assert "drop a file" in window.editor.placeholderText()
    qtbot.waitUntil(window.editor.hasFocus)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    assert window.controls.length.accessibleName()
    assert window.controls.algorithm.accessibleName() == "Summary algorithm"
    assert window.actions_.open.shortcut().toString() == "Ctrl+O"
    assert window.actions_.export_pdf.shortcut().toString() == "Ctrl+E"
    assert "F5" in [k.toString() for k in window.actions_.summarize.shortcuts()]


def test_load_file_shows_brief_and_highlights(
    make_window: WindowFactory, qtbot: Any, article_file: Path
) -> None:
    window = make_window(CountingAnalyze())
    window.open_path(str(article_file))
    brief = wait_for_brief(qtbot, window)
    assert window.windowTitle() == f"{ARTICLE_TITLE} — InBrief"
    editor_text = window.editor.toPlainText()
    assert "Ostrava Foundation" in editor_text
    assert window.panes.summary.count() == 5
    # The highlights cover exactly the summary sentences in the editor's own text.
    assert _highlighted(window) == " ".join(_norm(s.text) for s in brief.summary)
    assert "words" in window.stats_label.text() and "English" in window.stats_label.text()
    assert str(article_file.resolve()) == window.settings.get("files/recent")[0]


def test_paste_and_summarize(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window(CountingAnalyze())
    QGuiApplication.clipboard().setText(PLAIN_TEXT)
    window.actions_.paste_summarize.trigger()
    brief = wait_for_brief(qtbot, window)
    assert window.editor.toPlainText() == PLAIN_TEXT
    assert brief.stats.sentences == 6
    assert window.panes.summary.count() == 5


def test_typing_is_analysed_once_after_a_pause(make_window: WindowFactory, qtbot: Any) -> None:
    counting = CountingAnalyze()
    window = make_window(counting)
    qtbot.keyClicks(window.editor, PLAIN_TEXT[:200])
    wait_for_brief(qtbot, window)
    assert counting.calls == 1  # 200 keystrokes, one analysis (debounced)
    assert window.editor.toPlainText() == PLAIN_TEXT[:200]


def test_summary_length_changes_without_reanalysis(
    make_window: WindowFactory, qtbot: Any, article_file: Path
) -> None:
    counting = CountingAnalyze()
    window = make_window(counting)
    window.open_path(str(article_file))
    brief = wait_for_brief(qtbot, window)
    assert counting.calls == 1
    started: list[str] = []  # work started from now on (a re-analysis would show up here)
    window.controller.busy_changed.connect(lambda busy, label: busy and started.append(label))
    slider = window.controls.length
    assert slider.maximum() == brief.stats.sentences
    slider.setValue(2)
    assert window.panes.summary.count() == 2
    two = window.controller.brief.summary
    assert len(two) == 2 and {s.rank for s in two} == {1, 2}
    assert _highlighted(window) == " ".join(_norm(s.text) for s in two)
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_End)
    assert window.panes.summary.count() == brief.stats.sentences
    assert "100%" in window.controls.length_label.text()
    qtbot.wait(50)
    assert counting.calls == 1
    assert started == []


def _click_item(qtbot: Any, tree: QTreeWidget, item: QTreeWidgetItem) -> None:
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_an_entity_selects_it_in_the_source(
    make_window: WindowFactory, qtbot: Any, article_file: Path
) -> None:
    window = make_window()
    window.open_path(str(article_file))
    brief = wait_for_brief(qtbot, window)
    window.panes.setCurrentWidget(window.panes.names)
    matches = window.panes.names.findItems(
        "Ostrava Foundation", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0
    )
    assert matches, "the organization is listed"
    _click_item(qtbot, window.panes.names, matches[0])
    assert window.editor.textCursor().selectedText() == "Ostrava Foundation"
    entity = next(e for e in brief.entities if e.name == "Ostrava Foundation")
    marked = window.editor.marked_spans()
    assert len(marked) == entity.count == 2
    text = window.editor.toPlainText()
    assert all(text[a:b] == "Ostrava Foundation" for a, b in marked)


VOTE_PAGE = (
    "Harbour Plan Goes To A Vote\n\nADVERTISEMENT\n\n"
    "The council will vote on the harbour plan on Monday.   \n"
    "Share this article\n"
    "Last year the council voted against a smaller plan.\n\n\n\n"
    "Voters in the district said the vote matters. The vote is close, members said."
)


def test_clicking_a_keyword_marks_its_forms_and_not_longer_words(
    make_window: WindowFactory, qtbot: Any
) -> None:
    window = make_window()
    window.paste_and_summarize(VOTE_PAGE)
    brief = wait_for_brief(qtbot, window)
    assert _highlighted(window) == " ".join(_norm(s.text) for s in brief.summary)
    listing = window.panes.keywords
    window.panes.setCurrentWidget(listing)
    item = next(listing.item(i) for i in range(listing.count())
                if listing.item(i).text().startswith("vote  ("))
    listing.scrollToItem(item)
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton,
                     pos=listing.visualItemRect(item).center())
    text = window.editor.toPlainText()
    assert text == VOTE_PAGE  # the editor keeps the boilerplate; marks land on its text
    marked = [text[a:b] for a, b in window.editor.marked_spans()]
    assert marked == ["vote", "voted", "vote", "vote"]  # "voted" found, "Voters" not lit
    assert window.editor.textCursor().selectedText() == "vote"


def test_timeline_is_sorted_and_clicking_a_date_selects_it(
    make_window: WindowFactory, qtbot: Any, article_file: Path
) -> None:
    window = make_window()
    window.open_path(str(article_file))
    wait_for_brief(qtbot, window)
    tree = window.panes.dates
    window.panes.setCurrentWidget(tree)
    said = [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]
    # Written order differs from calendar order: 1931 comes first on the timeline.
    assert said[0] == "1931"
    assert said.index("March 3, 2025") < said.index("June 14, 2025")
    item = tree.topLevelItem(said.index("June 14, 2025"))
    assert "children's wing" in item.text(2)
    _click_item(qtbot, tree, item)
    assert window.editor.textCursor().selectedText() == "June 14, 2025"


def test_exports_write_files(
    make_window: WindowFactory, qtbot: Any, article_file: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    window.open_path(str(article_file))
    wait_for_brief(qtbot, window)
    window.controls.length.setValue(3)
    out = tmp_path / "out"
    out.mkdir()
    asked: list[str] = []

    def target(kind: str) -> str:
        asked.append(kind)
        return str(out / f"brief-{kind}")  # no extension: the window adds the right one

    monkeypatch.setattr(window.actions_, "export_target", target)
    for action in (window.actions_.export_pdf, window.actions_.export_md,
                   window.actions_.export_txt, window.actions_.export_json):
        action.trigger()
    files = [out / "brief-pdf.pdf", out / "brief-markdown.md", out / "brief-text.txt",
             out / "brief-json.json"]
    qtbot.waitUntil(lambda: all(f.exists() for f in files) and not window.controller.runner.busy(),
                    timeout=20_000)
    assert asked == ["pdf", "markdown", "text", "json"]
    assert files[0].read_bytes().startswith(b"%PDF-")
    markdown = files[1].read_text(encoding="utf-8")
    assert ARTICLE_TITLE in markdown
    summary_lines = [ln for ln in markdown.splitlines() if ln[:3] in ("1. ", "2. ", "3. ", "4. ")]
    assert len(summary_lines) == 3  # the slider's length, not the analysis default
    assert json.loads(files[3].read_text(encoding="utf-8"))["title"] == ARTICLE_TITLE
    assert not window.message_bar.isVisible()
    # Each export's "Saved" line goes to the status bar, not to the message bar.
    assert window.statusBar().currentMessage().startswith("Saved brief-")


def test_copy_summary_puts_text_and_html(
    make_window: WindowFactory, qtbot: Any, article_file: Path
) -> None:
    window = make_window()
    window.open_path(str(article_file))
    brief = wait_for_brief(qtbot, window)
    window.actions_.copy_summary.trigger()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasHtml() and mime.hasText()
    first = _norm(brief.summary[0].text)
    assert first in mime.text()
    assert "<li>" in mime.html() and "Lakeside" in mime.html()


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("scan.pdf", b"%PDF-1.4\n\x00\x01garbage that is not a pdf", "scan.pdf"),
        ("empty.txt", b"", "empty"),
        ("photo.docx", b"PK\x03\x04not really a zip", "photo.docx"),
    ],
)
def test_bad_file_shows_message_and_keeps_text(
    make_window: WindowFactory, qtbot: Any, tmp_path: Path, name: str, data: bytes, words: str
) -> None:
    window = make_window(CountingAnalyze())
    qtbot.keyClicks(window.editor, "My own notes, typed by hand.")
    bad = tmp_path / name
    bad.write_bytes(data)
    window.open_path(str(bad))
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=10_000)
    assert window.message_bar.kind == "error" or window.message_bar.kind == "warning"
    assert words in window.message_bar.label.text()
    assert "Traceback" not in window.message_bar.label.text()
    assert window.editor.toPlainText() == "My own notes, typed by hand."


def test_missing_file_message(make_window: WindowFactory, qtbot: Any, tmp_path: Path) -> None:
    window = make_window()
    window.open_path(str(tmp_path / "gone.txt"))
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=10_000)
    assert "gone.txt" in window.message_bar.label.text()


def test_f5_on_empty_editor_says_why(make_window: WindowFactory, qtbot: Any) -> None:
    counting = CountingAnalyze()
    window = make_window(counting)
    window.actions_.summarize.trigger()
    assert window.message_bar.isVisible()
    assert "no text" in window.message_bar.label.text()
    assert counting.calls == 0


def test_percent_length_cuts_from_the_same_ranks(
    make_window: WindowFactory, qtbot: Any, article_file: Path
) -> None:
    counting = CountingAnalyze()
    window = make_window(counting)
    window.open_path(str(article_file))
    brief = wait_for_brief(qtbot, window)
    controls = window.controls
    controls.unit.setCurrentIndex(controls.unit.findData("percent"))
    controls.length.setValue(50)
    expected = round(brief.stats.sentences * 0.5)
    assert window.panes.summary.count() == expected
    assert sorted(s.rank for s in window.controller.brief.summary) == list(range(1, expected + 1))
    assert "50%" in controls.length_label.text()
    assert counting.calls == 1


def test_keyboard_moves_through_names(
    make_window: WindowFactory, qtbot: Any, article_file: Path
) -> None:
    window = make_window()
    window.open_path(str(article_file))
    wait_for_brief(qtbot, window)
    window.panes.setCurrentWidget(window.panes.names)
    tree = window.panes.names
    tree.setFocus()
    before = window.editor.textCursor().selectedText()
    assert before == ""  # focusing the list alone does not jump around in the source
    people = tree.topLevelItem(0)
    tree.setCurrentItem(people)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    first = people.child(0)
    assert tree.currentItem() is first
    assert window.editor.textCursor().selectedText() in (first.text(0), *first.text(0).split())


def test_dropped_file_is_opened(make_window: WindowFactory, qtbot: Any,
                                article_file: Path) -> None:
    from PySide6.QtCore import QMimeData, QUrl

    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article_file))])
    assert window.editor.canInsertFromMimeData(mime)
    window.editor.insertFromMimeData(mime)  # what a drop or a paste of a copied file does
    wait_for_brief(qtbot, window)
    assert "Ostrava Foundation" in window.editor.toPlainText()
    assert str(article_file) not in window.editor.toPlainText()


def test_sample_article_and_recent_files(make_window: WindowFactory, qtbot: Any,
                                         article_file: Path) -> None:
    window = make_window()
    window.open_path(str(article_file))
    wait_for_brief(qtbot, window)
    window.help_sample = next(a for a in window.actions_.help_menu.actions()
                              if "Sample" in a.text())
    window.help_sample.trigger()
    qtbot.waitUntil(lambda: "Harbor City" in window.editor.toPlainText(), timeout=10_000)
    wait_for_brief(qtbot, window)
    recent = window.actions_.recent_menu.actions()
    assert [a.toolTip() for a in recent][1] == str(article_file.resolve())
    recent[1].trigger()
    qtbot.waitUntil(lambda: "Ostrava" in window.editor.toPlainText(), timeout=10_000)
    assert wait_for_brief(qtbot, window).title.startswith("Lakeside Library")


def test_algorithm_language_and_reference_date_reanalyse(
    make_window: WindowFactory, qtbot: Any, article_file: Path
) -> None:
    from PySide6.QtCore import QDate

    counting = CountingAnalyze()
    window = make_window(counting)
    window.open_path(str(article_file))
    wait_for_brief(qtbot, window)
    controls = window.controls
    lead = controls.algorithm.findData("lead")
    assert "opening sentences" in controls.algorithm.itemData(lead, Qt.ItemDataRole.ToolTipRole)
    controls.algorithm.setCurrentIndex(lead)
    qtbot.waitUntil(lambda: counting.calls == 2 and not window.controller.runner.busy(),
                    timeout=10_000)
    brief = window.controller.brief
    assert brief.algorithm == "lead"
    assert [s.index for s in brief.summary] == list(range(len(brief.summary)))
    assert controls.algorithm.toolTip().startswith("The opening sentences")
    controls.language.setCurrentIndex(controls.language.findData("en"))
    qtbot.waitUntil(lambda: counting.calls == 3 and not window.controller.runner.busy(),
                    timeout=10_000)
    assert window.controller.brief.language.method == "chosen"
    assert "English (chosen)" in window.stats_label.text()
    controls.reference.setDate(QDate(2024, 2, 29))
    qtbot.waitUntil(lambda: counting.calls == 4 and not window.controller.runner.busy(),
                    timeout=10_000)
    assert window.controller.brief.reference_date == "2024-02-29"
    assert window.controller.brief.reference_date_source == "user"


def test_brief_tab_previews_the_page(make_window: WindowFactory, qtbot: Any,
                                     article_file: Path) -> None:
    window = make_window()
    window.open_path(str(article_file))
    wait_for_brief(qtbot, window)
    window.panes.setCurrentWidget(window.panes.preview_scroll)
    qtbot.waitUntil(lambda: not window.panes.preview.pixmap().isNull(), timeout=5_000)
    pixmap = window.panes.preview.pixmap()
    assert pixmap.height() > pixmap.width() > 200  # a portrait page


def test_zoom_shortcuts(make_window: WindowFactory, qtbot: Any) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window only
    window.editor.setFocus()
    size = window.editor.font().pointSizeF()
    qtbot.keyClick(window.editor, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.editor, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.property("zoomSteps") == 2
    assert window.editor.font().pointSizeF() > size
    qtbot.keyClick(window.editor, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.property("zoomSteps") == 0
    assert window.editor.font().pointSizeF() == size


def test_export_names_default_to_the_title(
    make_window: WindowFactory, qtbot: Any, article_file: Path
) -> None:
    from inbrief.export.formats import default_file_name

    window = make_window()
    window.open_path(str(article_file))
    brief = wait_for_brief(qtbot, window)
    assert default_file_name(brief, "pdf") == f"{ARTICLE_TITLE}.pdf"
    assert default_file_name(brief, "json") == f"{ARTICLE_TITLE}.json"


def test_right_to_left_text_is_laid_out_right_to_left(
    make_window: WindowFactory, qtbot: Any
) -> None:
    window = make_window()
    window.editor.setPlainText(
        "وافق مجلس المدينة يوم الثلاثاء على بناء حاجز جديد للفيضانات. "
        "وقال رئيس البلدية إن المشروع سيحمي ثلاثمائة ألف ساكن من العواصف."
    )
    window.controller.analyze_now()
    brief = wait_for_brief(qtbot, window)
    assert brief.language.code == "ar"
    option = window.editor.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert window.panes.summary.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.editor.setPlainText(PLAIN_TEXT)
    window.controller.analyze_now()
    qtbot.waitUntil(lambda: window.controller.brief is not None
                    and window.controller.brief.language.code == "en", timeout=10_000)
    assert window.editor.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_paper_size_choice_changes_the_preview_and_is_kept(
    make_window: WindowFactory, qtbot: Any, article_file: Path
) -> None:
    window = make_window()
    window.open_path(str(article_file))
    wait_for_brief(qtbot, window)
    window.panes.setCurrentWidget(window.panes.preview_scroll)
    window.actions_.paper_actions["a4"].trigger()
    qtbot.waitUntil(lambda: not window.panes.preview.pixmap().isNull(), timeout=5_000)
    a4 = window.panes.preview.pixmap().size()
    assert abs(a4.height() / a4.width() - 297 / 210) < 0.01
    window.actions_.paper_actions["letter"].trigger()
    qtbot.waitUntil(lambda: window.panes.preview.pixmap().size() != a4, timeout=5_000)
    letter = window.panes.preview.pixmap().size()
    assert abs(letter.height() / letter.width() - 11 / 8.5) < 0.01
    assert window.settings.get("export/paper") == "letter"
    assert window.controller.paper == "letter"


def test_brief_notes_are_shown(make_window: WindowFactory, qtbot: Any) -> None:
    import dataclasses

    from ui_helpers import simple_brief

    def with_note(article: Any, *_: Any) -> Any:
        notes = ("No stemmer for Thai.",) if "Vellmar" in article.text else ()
        return dataclasses.replace(simple_brief(article.text), notes=notes)

    window = make_window(CountingAnalyze(with_note))
    window.editor.setPlainText(PLAIN_TEXT)
    window.controller.analyze_now()
    wait_for_brief(qtbot, window)
    assert window.message_bar.isVisible()
    assert "No stemmer for Thai." in window.message_bar.label.text()
    assert "1 note" in window.stats_label.text()
    assert "No stemmer for Thai." in window.stats_label.toolTip()
    assert window.stats_label.toolTip().startswith(window.stats_label.text())
    window.controller.set_algorithm("textrank")  # the same text again: the note stays
    qtbot.waitUntil(lambda: window.controller.analyze_fn.calls == 2, timeout=5_000)
    wait_for_brief(qtbot, window)
    assert "No stemmer for Thai." in window.message_bar.label.text()
    window.paste_and_summarize("A text of another kind. It needs no note at all.")
    qtbot.waitUntil(lambda: "note" not in window.stats_label.text(), timeout=5_000)
    assert not window.message_bar.isVisible()  # the older text's note went with it


def test_print_renders_the_brief_page(
    make_window: WindowFactory, qtbot: Any, article_file: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    window = make_window()
    window.open_path(str(article_file))
    wait_for_brief(qtbot, window)
    target = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        # No printer here: send the job to a PDF file, as "Print to file" would.
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return int(QPrintDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    window.actions_.print_.trigger()
    from pypdf import PdfReader

    assert target.read_bytes().startswith(b"%PDF-")
    pages = PdfReader(str(target)).pages
    assert len(pages) == 1
    assert "Ostrava Foundation" in " ".join(pages[0].extract_text().split())
    assert not window.message_bar.isVisible()


def test_clicking_a_summary_sentence_selects_it(
    make_window: WindowFactory, qtbot: Any, article_file: Path
) -> None:
    window = make_window()
    window.open_path(str(article_file))
    brief = wait_for_brief(qtbot, window)
    listing = window.panes.summary
    last = listing.item(listing.count() - 1)
    listing.scrollToItem(last)
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton,
                     pos=listing.visualItemRect(last).center())
    selected = window.editor.textCursor().selectedText().replace("\u2029", "\n")
    assert _norm(selected) == _norm(brief.summary[-1].text)
    assert window.editor.marked_spans() == [(window.editor.textCursor().selectionStart(),
                                             window.editor.textCursor().selectionEnd())]


def test_a_file_macos_hands_over_is_opened(
    make_window: WindowFactory, qtbot: Any, article_file: Path, qapp: QApplication
) -> None:
    # Finder's "Open With" arrives as a QFileOpenEvent sent to the application.
    from PySide6.QtGui import QFileOpenEvent

    from inbrief.ui.app import FileOpenHandler

    window = make_window(CountingAnalyze())
    handler = FileOpenHandler(window)
    qapp.installEventFilter(handler)
    try:
        QApplication.sendEvent(qapp, QFileOpenEvent(str(article_file)))
        wait_for_brief(qtbot, window)
        assert "Ostrava Foundation" in window.editor.toPlainText()
        assert window.windowTitle() == f"{ARTICLE_TITLE} — InBrief"
        other = QEvent(QEvent.Type.User)
        assert handler.eventFilter(qapp, other) is False  # other events pass through
    finally:
        qapp.removeEventFilter(handler)


def test_page_preview_follows_the_pane_width(make_window: WindowFactory, qtbot: Any,
                                             article_file: Path) -> None:
    window = make_window()
    window.resize(1400, 900)
    window.open_path(str(article_file))
    wait_for_brief(qtbot, window)
    window.panes.setCurrentWidget(window.panes.preview_scroll)
    qtbot.waitUntil(lambda: not window.panes.preview.pixmap().isNull(), timeout=5_000)
    wide = window.panes.preview.pixmap().width()
    window.resize(900, 900)
    qtbot.waitUntil(lambda: window.panes.preview.pixmap().width() < wide, timeout=5_000)
    # Still the page, drawn to fit the narrower pane.
    assert window.panes.preview.pixmap().width() <= window.panes.preview_scroll.viewport().width()


def test_a_short_post_s_fragments_are_no_summary_points_and_the_label_says_so(
    make_window: WindowFactory, qtbot: Any
) -> None:
    # Four sentences, two of them a post's credit line and a linked piece's title; the length
    # (5 sentences) has room for all four.
    post = ("The harbour board of Port Elwyn voted on Monday to rebuild the storm-damaged "
            "north pier, and its chair said the work would begin in March.\n\n"
            "Read the whole report on the board's site.\n\nThe north pier report\n\n"
            "(via Delta Notes)")
    window = make_window(CountingAnalyze())
    QGuiApplication.clipboard().setText(post)
    window.actions_.paste_summarize.trigger()
    brief = wait_for_brief(qtbot, window)
    assert brief.stats.sentences == 4
    assert window.panes.summary.count() == 2
    assert window.controls.length_label.text().startswith("2 of 4 sentences")
    window.controls.length.setValue(3)
    assert window.panes.summary.count() == 3
    assert window.controls.length_label.text().startswith("3 of 4 sentences")
