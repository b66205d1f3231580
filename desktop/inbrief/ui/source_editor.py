"""The source editor: the user's text, summary highlights, marked mentions, file drops."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

PLACEHOLDER = (
    "Paste an article here (Ctrl+V), type, drop a file, or open one with Ctrl+O.\n\n"
    "InBrief summarises it by itself a moment after the text stops changing."
)
MAX_MARKS = 2000  # beyond this, marking every occurrence costs more than it helps


class SourceEditor(QPlainTextEdit):
    """Plain-text editor that tells user edits apart from text the program puts in."""

    user_edited = Signal(str)
    file_dropped = Signal(str)
    html_pasted = Signal(str, str)  # plain text ("" when none) and HTML of a paste or drop

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceEditor")
        self.setAccessibleName("Article text")
        self.setAccessibleDescription("The text to summarise; paste, type or drop a file.")
        self.setPlaceholderText(PLACEHOLDER)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)  # keyboard users can leave the editor with Tab
        self._programmatic = False
        self._paste_at: QTextCursor | None = None  # where a paste being read will go
        self._summary: list[QTextEdit.ExtraSelection] = []
        self._marks: list[QTextEdit.ExtraSelection] = []
        self.summary_color = QColor("#fff1a8")
        self.mark_color = QColor("#9fd3ff")
        self.textChanged.connect(self._on_text_changed)

    # ------------------------------------------------------------------ text
    def set_source_text(self, text: str) -> None:
        """Replace the text without it counting as a user edit (undo keeps the old text)."""
        self._programmatic = True
        try:
            cursor = QTextCursor(self.document())
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(text)  # through a cursor, so Ctrl+Z brings the previous text back
            self.moveCursor(QTextCursor.MoveOperation.Start)
        finally:
            self._programmatic = False

    def _on_text_changed(self) -> None:
        if not self._programmatic:
            self.user_edited.emit(self.toPlainText())

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt override
        return (bool(self._local_files(source)) or source.hasHtml()
                or super().canInsertFromMimeData(source))

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        files = self._local_files(source)
        if files:
            self.file_dropped.emit(files[0])
            return
        if source.hasHtml() and source.html().strip():
            # The article is read from the HTML off the UI thread; insert_paste() puts it here.
            self.begin_paste()
            self.html_pasted.emit(source.text() if source.hasText() else "", source.html())
            return
        super().insertFromMimeData(source)

    def begin_paste(self, replace_all: bool = False) -> None:
        """Note where a paste being read goes: the selection, or all the text."""
        cursor = QTextCursor(self.textCursor())  # a copy: it follows edits made meanwhile
        if replace_all:
            cursor.select(QTextCursor.SelectionType.Document)
        self._paste_at = cursor

    def insert_paste(self, plain: str, article: str) -> bool:
        """Put a read paste where it was made: ``plain`` (the clipboard's text), then, as a
        second undo step, ``article`` in its place. Return False when no paste was pending."""
        cursor, self._paste_at = self._paste_at, None
        if cursor is None:
            return False
        self._programmatic = True
        try:
            start = cursor.selectionStart()
            cursor.beginEditBlock()
            cursor.insertText(plain)
            cursor.endEditBlock()
            if article != plain:
                cursor.setPosition(start)
                cursor.setPosition(start + len(plain), QTextCursor.MoveMode.KeepAnchor)
                cursor.beginEditBlock()
                cursor.insertText(article)
                cursor.endEditBlock()
            if cursor.atEnd() and start == 0:
                cursor.setPosition(0)  # the article is all there is: show its headline
            self.setTextCursor(cursor)
        finally:
            self._programmatic = False
        self.ensureCursorVisible()
        return True

    @staticmethod
    def _local_files(source: QMimeData) -> list[str]:
        if not source.hasUrls():
            return []
        return [url.toLocalFile() for url in source.urls() if url.isLocalFile()]

    def set_direction(self, direction: Qt.LayoutDirection) -> None:
        """Lay the text out right to left (Arabic, Hebrew) or left to right, aligned to match."""
        self.setLayoutDirection(direction)
        option = self.document().defaultTextOption()
        option.setTextDirection(direction)
        rtl = direction == Qt.LayoutDirection.RightToLeft
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        self.document().setDefaultTextOption(option)

    # ------------------------------------------------------------- highlights
    def set_colors(self, summary: QColor, mark: QColor) -> None:
        self.summary_color, self.mark_color = summary, mark
        self._summary = self._selections(self._spans_of(self._summary), summary)
        self._marks = self._selections(self._spans_of(self._marks), mark)
        self._apply()

    def highlight_summary(self, spans: Sequence[tuple[int, int]]) -> None:
        """Give the summary sentences (editor offsets) a background, like AutoSummarize."""
        self._summary = self._selections(spans, self.summary_color)
        self._apply()

    def mark(self, spans: Sequence[tuple[int, int]]) -> None:
        """Mark ``spans``, select the first one and scroll to it."""
        spans = sorted(spans)[:MAX_MARKS]
        self._marks = self._selections(spans, self.mark_color)
        self._apply()
        if spans:
            start, end = spans[0]
            cursor = self.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)
            self.centerCursor()

    def clear_highlights(self) -> None:
        self._summary, self._marks = [], []
        self._apply()

    def summary_spans(self) -> list[tuple[int, int]]:
        return self._spans_of(self._summary)

    def marked_spans(self) -> list[tuple[int, int]]:
        return self._spans_of(self._marks)

    def _selections(
        self, spans: Sequence[tuple[int, int]], color: QColor
    ) -> list[QTextEdit.ExtraSelection]:
        length = self.document().characterCount() - 1
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        fmt.setForeground(QColor("#1a1a1a"))  # dark text on the light highlight in both themes
        result = []
        for start, end in spans:
            if not 0 <= start < end <= length:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            result.append(selection)
        return result

    @staticmethod
    def _spans_of(selections: list[QTextEdit.ExtraSelection]) -> list[tuple[int, int]]:
        return [
            (s.cursor.selectionStart(), s.cursor.selectionEnd())
            for s in selections
        ]

    def _apply(self) -> None:
        self.setExtraSelections(self._summary + self._marks)
