"""The window's draft: what the user typed or pasted, saved soon after and offered back."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from inbrief.core.article import Article
from inbrief.ui.drafts import ARTICLE_FIELDS, DraftCorrupt
from inbrief.ui.text_source import edited

if TYPE_CHECKING:
    from inbrief.ui.main_window import MainWindow

DRAFT_DELAY_MS = 2000  # autosave this long after the last keystroke


class DraftAutosave(QObject):
    """Saves the editor's text to the window's DraftStore a moment after the user typed or
    pasted it, and offers a draft left by a session that did not close cleanly."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self.typed = False  # the editor holds something the user typed or pasted

    def note_typed(self) -> None:
        """Note that the editor holds text the user typed or pasted: save it as a draft soon."""
        self.typed = True
        self._timer.start()

    def save(self) -> None:
        """Write the editor's text to the draft file if the user typed or pasted it."""
        self._timer.stop()
        if self.typed:
            text = self.w.editor.toPlainText()
            try:
                self.w.drafts.save(text, self._article_of(text))
            except OSError as exc:
                self.w.statusBar().showMessage(f"Could not save a draft: {exc.strerror}", 6000)

    def offer(self) -> None:
        """Offer back text saved before InBrief last closed without clearing it."""
        try:
            draft = self.w.drafts.load()
        except DraftCorrupt as exc:
            self.w.show_message("warning", str(exc))
            return
        if draft is None:
            return
        words = len(draft.text.split())
        when = draft.saved.replace("T", " ")[:16]
        self.w.message_bar.show_message(
            "info",
            f"InBrief closed unexpectedly last time. Your text ({words:,} words, saved "
            f"{when}) was kept.",
            [("Restore te&xt", lambda: self.restore(draft.text, draft.article)),
             ("&Discard", self.w.drafts.clear)],
        )

    def _article_of(self, text: str) -> dict[str, str] | None:
        """Return the fields of the article a paste read from HTML that ``text`` is, or an
        edit of (what a restored draft is analysed as), None for other text."""
        source = self.w.controller.source
        article = source.article
        if article is None or source.from_file or article.format != "html" or not (
                text == article.text or edited(article.text, text)):
            return None
        fields = {key: getattr(article, key) for key in ARTICLE_FIELDS}
        return {key: value for key, value in fields.items() if isinstance(value, str) and value}

    def restore(self, text: str, article: dict[str, str] | None = None) -> None:
        """Put a draft's ``text`` back in the editor and analyse it (as the article a paste
        read from HTML when the draft says it was one)."""
        self.w.editor.set_source_text(text)
        self.typed = True  # no autosave: the draft on disk is this text
        shown = self.w.editor.toPlainText()
        self.w.controller.use_text(shown, _article(shown, article) if article else None)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _article(text: str, fields: dict[str, str]) -> Article:
    """Return the Article a draft's ``fields`` describe, with ``text``."""
    published = fields.get("published", "")
    return Article(text=text, title=fields.get("title", ""), source=fields.get("source", ""),
                   author=fields.get("author", ""),
                   published=published if _ISO_DAY.fullmatch(published) else None,
                   format=fields.get("format", "html"))
