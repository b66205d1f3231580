"""The source editor: the user's text, summary highlights, marked mentions, removed text."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QTextBlock,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QWidget

from inbrief.core.ingest.text import repair_encoding, repair_note
from inbrief.ui import highlights
from inbrief.ui.removed_text import LineState, hidden_lines, left_out_counts, line_states
from inbrief.ui.theme import HIGHLIGHTS
from inbrief.ui.units import Units

PLACEHOLDER = (
    "Paste an article here (Ctrl+V), type, drop a file, or open one with Ctrl+O.\n\n"
    "InBrief summarises it by itself a moment after the text stops changing."
)
MAX_MARKS = 2000  # beyond this, marking every occurrence costs more than it helps
MAX_TITLE_CHARS = 200  # a title picked in the text is a headline, not a paragraph
USE_AS_TITLE = "Use as Tit&le"


def pasted_repair_note(count: int, example: str) -> str:
    """Return what to tell the user when a paste's mojibake was undone."""
    return f"{repair_note('the pasted text', count, example)} Ctrl+Z shows it as pasted."


class SourceEditor(QPlainTextEdit):
    """Plain-text editor that tells user edits apart from text the program puts in."""

    user_edited = Signal(str)
    file_dropped = Signal(str)
    html_pasted = Signal(str, str)  # plain text ("" when none) and HTML of a paste or drop
    text_pasted = Signal()  # a plain-text paste or drop went in (after its user_edited)
    title_chosen = Signal(str)  # "Use as Title" in the context menu: the text picked
    encoding_repaired = Signal(str)  # a paste's mojibake was undone: what to tell the user

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
        # Text the last analysis left out (editor offsets), drawn dimmed; [] once edited.
        self._removed_spans: list[tuple[int, int]] = []
        self._scroll_to_article = False  # a whole page was pasted and not yet analysed
        self._removed: list[QTextEdit.ExtraSelection] = []
        self._states: list[LineState] = []
        self._hide_removed = False
        self._hidden_blocks = 0
        self._relayout = False  # hiding or showing lines (no edit)
        self._last_position = 0
        self.summary_color, self.mark_color, self.dim_color = (
            QColor(c) for c in HIGHLIGHTS["light"])
        self.textChanged.connect(self._on_text_changed)
        self.document().contentsChange.connect(self._on_contents_change)
        self.cursorPositionChanged.connect(self._keep_cursor_visible)

    # ------------------------------------------------------------------ text
    def set_source_text(self, text: str) -> None:
        """Replace the text without it counting as a user edit (undo keeps the old text)."""
        self._programmatic = True
        try:
            cursor = QTextCursor(self.document())
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(text)  # through a cursor, so Ctrl+Z brings the previous text back
            self.clear_removed()
            self._show_all_blocks()
            self.moveCursor(QTextCursor.MoveOperation.Start)
        finally:
            self._programmatic = False

    def _on_text_changed(self) -> None:
        if not self._programmatic:
            # What the last analysis left out no longer matches the text: stop showing it as
            # such until the next analysis says again.
            self.clear_removed()
            self.user_edited.emit(self.toPlainText())

    def _on_contents_change(self, position: int, _removed: int, added: int) -> None:
        """Show every line again when an edit (undo, a merge of lines) reaches hidden text."""
        if not self._hidden_blocks or self._relayout:
            return
        document = self.document()
        block = document.findBlock(position)
        last = document.findBlock(position + added)
        while block.isValid():
            if not block.isVisible():
                self._show_all_blocks()
                return
            if block == last:
                return
            block = block.next()

    def undo(self) -> None:
        """Undo the last edit; an undone edit of several lines (a paste) is shown from its top."""
        self._from_top(super().undo)

    def redo(self) -> None:
        """Redo the last undone edit, shown from its top when it has several lines."""
        self._from_top(super().redo)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Ctrl+Z in the editor is handled here, not by the menu's action: the same undo.
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.redo()
        else:
            super().keyPressEvent(event)

    def title_candidate(self, cursor: QTextCursor | None = None) -> str:
        """Return what "Use as Title" takes at ``cursor`` (the caret when None): the selected
        text, else the line it is on, its spaces and line breaks made single spaces; "" when
        that is empty or longer than a headline."""
        cursor = cursor or self.textCursor()
        text = cursor.selectedText() if cursor.hasSelection() else cursor.block().text()
        title = " ".join(text.replace("\u2029", " ").split())
        return title if len(title) <= MAX_TITLE_CHARS else ""

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def context_menu(self, position: QPoint) -> QMenu:
        """Return the standard menu at ``position`` with "Use as Title" for the selection, or
        for the line clicked when nothing is selected."""
        menu = self.createStandardContextMenu(position)
        cursor = self.textCursor()
        if not cursor.hasSelection():
            cursor = self.cursorForPosition(position)
        title = self.title_candidate(cursor)
        menu.addSeparator()
        action = menu.addAction(USE_AS_TITLE)
        action.setEnabled(bool(title))
        action.setStatusTip("Make this line the brief's title (the headline InBrief missed)")
        action.triggered.connect(lambda _checked=False: self.title_chosen.emit(title))
        return menu

    def _from_top(self, step: Callable[[], None]) -> None:
        """Run an undo or redo ``step``; when it put back several lines, put the caret at the
        first of them so the view shows their top (Qt leaves it at their end)."""
        changes: list[tuple[int, int]] = []

        def note(position: int, _removed: int, added: int) -> None:
            changes.append((position, added))

        document = self.document()
        document.contentsChange.connect(note)
        try:
            step()
        finally:
            document.contentsChange.disconnect(note)
        if not changes:
            return
        start = min(position for position, _ in changes)
        end = max(position + added for position, added in changes)
        if document.findBlock(start) == document.findBlock(min(end, document.characterCount() - 1)):
            return  # a word or a line: the caret stays where Qt puts it
        cursor = self.textCursor()
        cursor.setPosition(start)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

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
        # A whole page pasted into an empty editor or over all its text (Ctrl+A, Ctrl+V): once
        # the analysis says where its article starts, show that. Asked before the paste: the
        # cursor's selection follows the edit. (Qt counts UTF-16 units: characterCount.)
        cursor = self.textCursor()
        whole = not self.toPlainText().strip() or (
            cursor.selectionStart() == 0
            and cursor.selectionEnd() == self.document().characterCount() - 1)
        pasted = source.text() if source.hasText() else ""
        repaired, count, example = repair_encoding(pasted)
        if count:
            # Text copied from a page that shows UTF-8 misread ("EspaÃ±a"): as pasted, then,
            # one Ctrl+Z away, repaired, so the text analysed is the text shown.
            _insert_then_replace(cursor, pasted, repaired)
            self.setTextCursor(cursor)
            self.encoding_repaired.emit(pasted_repair_note(count, example))
        else:
            super().insertFromMimeData(source)
        self._scroll_to_article = whole
        self.text_pasted.emit()

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
            start = _insert_then_replace(cursor, plain, article)
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
    def set_colors(self, summary: QColor, mark: QColor, dimmed: QColor | None = None) -> None:
        self.summary_color, self.mark_color = summary, mark
        self.dim_color = dimmed or self.dim_color
        document, spans_of = self.document(), highlights.spans_of
        self._summary = highlights.colored(document, spans_of(self._summary), summary)
        self._marks = highlights.colored(document, spans_of(self._marks), mark)
        self._removed = highlights.dimmed(document, spans_of(self._removed), self.dim_color)
        self._apply()

    def highlight_summary(self, spans: Sequence[tuple[int, int]]) -> None:
        """Give the summary sentences (editor offsets) a background, like AutoSummarize."""
        self._summary = highlights.colored(self.document(), spans, self.summary_color)
        self._apply()

    def mark(self, spans: Sequence[tuple[int, int]]) -> None:
        """Mark ``spans``, select the first one and scroll to it."""
        spans = sorted(spans)[:MAX_MARKS]
        self._marks = highlights.colored(self.document(), spans, self.mark_color)
        self._apply()
        if spans:
            units = Units(self.toPlainText())
            start, end = spans[0]
            cursor = self.textCursor()
            cursor.setPosition(units.to_qt(start))
            cursor.setPosition(units.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)
            self.centerCursor()

    def clear_marks(self) -> None:
        """Unmark the marked mentions, and drop the selection of the first one if it is still
        the selection (it meant something for the summary it came from, not the next one)."""
        if self._marks:
            cursor = self.textCursor()
            first = highlights.spans_of(self._marks[:1])[0]
            units = Units(self.toPlainText())
            if units.spans_from_qt([(cursor.selectionStart(), cursor.selectionEnd())])[0] == first:
                cursor.clearSelection()
                self.setTextCursor(cursor)
        self._marks = []
        self._apply()

    def clear_highlights(self) -> None:
        self._summary, self._marks = [], []
        self._apply()

    def summary_spans(self) -> list[tuple[int, int]]:
        return highlights.spans_of(self._summary)

    def marked_spans(self) -> list[tuple[int, int]]:
        return highlights.spans_of(self._marks)

    def _apply(self) -> None:
        # Later selections draw over earlier ones; the user's own selection over them all.
        self.setExtraSelections(self._removed + self._summary + self._marks)

    # ------------------------------------------------------------ removed text
    def show_removed(self, spans: Sequence[tuple[int, int]]) -> None:
        """Dim the text the analysis left out (editor offsets); hide its lines if asked to."""
        text = self.toPlainText()
        self._removed_spans = sorted((a, b) for a, b in spans if 0 <= a < b <= len(text))
        lines = _line_spans(self._blocks(), Units(text))
        self._states = line_states(text, lines, self._removed_spans)
        # Whitespace looks the same dimmed or not: no selection for it.
        shown = [(a, b) for a, b in self._removed_spans if text[a:b].strip()]
        self._removed = highlights.dimmed(self.document(), shown, self.dim_color)
        self._apply()
        self._layout_hidden()
        if self._scroll_to_article:  # also with nothing left out: from the article's top
            self._scroll_to_article = False
            self._show_first_kept(text)

    def _show_first_kept(self, text: str) -> None:
        """Put the cursor on the first character the analysis kept, that line at the top."""
        at = 0
        for start, end in self._removed_spans:
            if text[at:start].strip():
                break
            at = max(at, end)
        while at < len(text) and text[at].isspace():
            at += 1
        if at >= len(text):
            return
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()  # from the end back up: the line lands at the top
        cursor.setPosition(Units(text).to_qt(at))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def clear_removed(self) -> None:
        """Stop dimming (lines hidden stay hidden until the next analysis or the toggle)."""
        self._removed_spans, self._removed, self._states = [], [], []
        self._apply()

    def removed_spans(self) -> list[tuple[int, int]]:
        """Return the spans drawn dimmed."""
        return highlights.spans_of(self._removed)

    def left_out(self) -> tuple[int, int]:
        """Return (lines left out whole, lines left out in part) by the last analysis."""
        return left_out_counts(self._states)

    def set_removed_hidden(self, hidden: bool) -> None:
        """Hide the lines the analysis left out whole (the text stays, unseen), or show them."""
        self._hide_removed = hidden
        self._layout_hidden()

    def removed_hidden(self) -> bool:
        return self._hide_removed

    def hidden_block_count(self) -> int:
        return self._hidden_blocks

    def _blocks(self) -> list[QTextBlock]:
        blocks = []
        block = self.document().firstBlock()
        while block.isValid():
            blocks.append(block)
            block = block.next()
        return blocks

    def _layout_hidden(self) -> None:
        blocks = self._blocks()
        if self._hide_removed and self._removed_spans:
            text = self.toPlainText()
            lines = _line_spans(blocks, Units(text))
            wanted = hidden_lines(text, lines, self._removed_spans)
            if all(wanted):
                wanted = [False] * len(blocks)  # never an empty pane for a text with words
        else:
            wanted = [False] * len(blocks)
        self._set_visibility(blocks, wanted)

    def _show_all_blocks(self) -> None:
        if self._hidden_blocks:
            blocks = self._blocks()
            self._set_visibility(blocks, [False] * len(blocks))

    def _set_visibility(self, blocks: list[QTextBlock], hidden: list[bool]) -> None:
        changed = False
        top = self.firstVisibleBlock()  # the reader keeps their place
        for block, hide in zip(blocks, hidden, strict=True):
            if block.isVisible() == hide:
                block.setVisible(not hide)
                changed = True
        self._hidden_blocks = sum(hidden)
        if changed:
            document = self.document()
            self._relayout = True
            try:
                document.markContentsDirty(0, document.characterCount())  # lay lines out again
            finally:
                self._relayout = False
            self._keep_cursor_visible()
            while top.isValid() and not top.isVisible():
                top = top.next()
            if top.isValid():
                self.verticalScrollBar().setValue(top.firstLineNumber())
            self.viewport().update()

    def _keep_cursor_visible(self) -> None:
        """Move a caret that lands on a hidden line to the nearest shown one, the way it went."""
        cursor = self.textCursor()
        position = cursor.position()
        forward = position >= self._last_position
        self._last_position = position
        if cursor.hasSelection() or cursor.block().isVisible():
            return
        for ahead in (forward, not forward):
            block = cursor.block()
            while block.isValid() and not block.isVisible():
                block = block.next() if ahead else block.previous()
            if block.isValid():
                target = block.position() if ahead else block.position() + block.length() - 1
                cursor.setPosition(target)
                self.setTextCursor(cursor)
                return


def _line_spans(blocks: list[QTextBlock], units: Units) -> list[tuple[int, int]]:
    """Return each block's (start, end) in characters of the document's text."""
    spans = []
    for block in blocks:
        start = units.from_qt(block.position())
        spans.append((start, start + len(block.text())))
    return spans


def _insert_then_replace(cursor: QTextCursor, first: str, second: str) -> int:
    """Insert ``first`` at ``cursor`` as one undo step, then ``second`` in its place as another
    (Ctrl+Z gives ``first`` back); return where they start."""
    start = cursor.selectionStart()
    cursor.beginEditBlock()
    cursor.insertText(first)
    cursor.endEditBlock()
    if second != first:
        end = cursor.position()  # in the document's units: an emoji takes two
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.insertText(second)
        cursor.endEditBlock()
    return start
