"""Pasting and dropping from a browser: the article read from the HTML off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QGuiApplication

from inbrief.core.article import Article
from inbrief.core.errors import EmptyText
from inbrief.core.ingest.text import repair_encoding
from inbrief.ui.source_editor import pasted_repair_note
from inbrief.ui.worker import IsCancelled, Progress

if TYPE_CHECKING:
    from inbrief.ui.main_window import MainWindow

PasteFn = Callable[[str, str], tuple[str, Article]]  # (text, html) -> (plain text, Article)
READING = "Reading the pasted page…"


def default_paste(text: str, html: str) -> tuple[str, Article]:
    """Return the clipboard's plain text (the HTML's visible text when it has none) and the
    Article read from the paste."""
    from inbrief.core.ingest import load_paste
    from inbrief.core.ingest.paste import clipboard_html, visible_text

    plain = text if text.strip() else visible_text(clipboard_html(html))
    return plain, load_paste(text, html)


class Pasting(QObject):
    """A window's pastes and drops with HTML: read off the UI thread, then put where they were
    made as the clipboard's text and, one Ctrl+Z later, the article; then analysed."""

    def __init__(self, window: MainWindow, paste: PasteFn | None = None) -> None:
        super().__init__(window)
        self.w = window
        self.paste_fn: PasteFn = paste or default_paste
        window.editor.html_pasted.connect(self.read)

    def read(self, text: str, html: str) -> None:
        """Read a paste or drop with ``html`` (``text``: its plain flavour, "" when none); the
        editor already knows where it goes (SourceEditor.begin_paste)."""
        self.w.message_bar.dismiss()
        paste = self.paste_fn

        def task(progress: Progress, cancelled: IsCancelled) -> tuple[str, Article]:
            progress("load", 0.0)
            return paste(text, html)

        self.w.controller.read_input(READING, task, self._read, self._failed)

    def _read(self, result: tuple[str, Article]) -> None:
        """Show a read paste: the clipboard's text, then (one Ctrl+Z away) its article."""
        plain, article = result
        editor = self.w.editor
        shown, repaired, example = ((article.text, 0, "") if article.format == "html"
                                    else repair_encoding(plain))
        if not editor.insert_paste(plain, shown):
            return
        if repaired:
            self.w.show_message("info", pasted_repair_note(repaired, example))
        self.w.autosave.note_typed()
        self.w.controller.use_text(editor.toPlainText(), article)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, EmptyText):
            self.w.show_message("info", "The clipboard holds no text to paste.")
        else:
            self.w.controller.report_failure(exc)

    def drop(self, mime: QMimeData) -> bool:
        """Paste a selection dragged from a browser in place of the text; False without HTML."""
        if not mime.hasHtml():
            return False
        self.w.editor.begin_paste(replace_all=True)
        self.read(mime.text() if mime.hasText() else "", mime.html())
        return True

    def paste_and_summarize(self, text: str, html: str = "") -> None:
        """Replace the editor's text with ``text`` (undoable) and analyse it at once; with
        ``html``, with the article read from it."""
        if html.strip():
            self.w.editor.begin_paste(replace_all=True)
            self.read(text, html)
            return
        if not text.strip():
            self.w.show_message("info", "The clipboard holds no text to summarise.")
            return
        text, repaired, example = repair_encoding(text)
        self.w.editor.set_source_text(text)
        if repaired:
            self.w.show_message("info", pasted_repair_note(repaired, example))
        self.w.autosave.note_typed()
        self.w.controller.use_text(self.w.editor.toPlainText())

    def paste_clipboard_and_summarize(self) -> None:
        """Paste & Summarize: the clipboard's text and HTML in place of the editor's text."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            self.paste_and_summarize("")
            return
        self.paste_and_summarize(mime.text() if mime.hasText() else "",
                                 mime.html() if mime.hasHtml() else "")
