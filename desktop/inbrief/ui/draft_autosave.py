"""The window's draft: what the user typed or pasted, saved soon after and offered back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from inbrief.ui.drafts import DraftCorrupt

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
            try:
                self.w.drafts.save(self.w.editor.toPlainText())
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
            [("Restore te&xt", lambda: self.restore(draft.text)),
             ("&Discard", self.w.drafts.clear)],
        )

    def restore(self, text: str) -> None:
        """Put a draft's ``text`` back in the editor and analyse it."""
        self.w.editor.set_source_text(text)
        self.typed = True  # no autosave: the draft on disk is this text
        self.w.controller.use_text(self.w.editor.toPlainText())
