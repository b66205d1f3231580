"""The Library pane: a search box over the kept articles, the list, and what to do with them.

Thin view: it shows the rows it is given and emits what the user asked for; LibraryKeeper
(library_keeper.py) does the work off the UI thread.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from inbrief.core.library import MATCH_END, MATCH_START, Entry, Hit
from inbrief.export.content import ellipsize, format_iso_date

SEARCH_DELAY_MS = 120  # search this long after the last keystroke
ID_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1


def entry_date(entry: Entry) -> str:
    """Return the article's date for people: its publication date, else when it was added."""
    if entry.published:
        return format_iso_date(entry.published)
    return "added " + format_iso_date(entry.added[:10])


def row_html(entry: Entry, snippet: str = "") -> str:
    """Return an entry as the list shows it: title, source and date, then the first summary
    sentence, or the matching passage with the matched words in bold."""
    meta = " · ".join(p for p in (entry.source, entry_date(entry)) if p)
    if snippet:
        body = (html.escape(snippet).replace(MATCH_START, "<b>").replace(MATCH_END, "</b>"))
    else:
        body = html.escape(ellipsize(entry.gist, 220))
    return (f"<div><b>{html.escape(ellipsize(entry.title or 'Untitled', 140))}</b><br/>"
            f"<span style='color: palette(placeholder-text);'>{html.escape(meta)}</span><br/>"
            f"<span>{body}</span></div>")


class RowDelegate(QStyledItemDelegate):
    """Draws a row's rich text, wrapped to the list's width."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                  selected: bool = False) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(6)
        markup = str(index.data(HTML_ROLE) or "")
        if selected:  # the dim colour would vanish on the selection's
            markup = markup.replace("palette(placeholder-text)", "palette(highlighted-text)")
        doc.setHtml(markup)
        doc.setTextWidth(max(120, option.rect.width()))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""  # the document below draws the text
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        doc = self._document(option, index, selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text,
                                 option.palette.color(role))
        painter.save()
        rect = option.rect
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)


class LibraryPane(QWidget):
    """Search box, newest-first list (or ranked results), and the entry commands."""

    search_changed = Signal(str)  # the words to find ("" for the whole list), debounced
    open_requested = Signal(int)
    delete_requested = Signal(list)  # ids
    clear_requested = Signal()
    digest_requested = Signal(list)  # ids, in the list's order
    keep_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPane")
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search words, names, keywords")
        self.search.setAccessibleName("Search the library")
        self.search.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setAccessibleName("Library status")
        self.status.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Library entries")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setItemDelegate(RowDelegate(self.list))
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.open_button = QPushButton("&Open")
        self.digest_button = QPushButton("&Digest…")
        self.digest_button.setToolTip("One PDF of the selected articles: a cover across them, "
                                      "then each one's brief")
        self.delete_button = QPushButton("De&lete")
        self.clear_button = QPushButton("Clear All…")
        self.keep = QCheckBox("Keep a library of analysed articles")
        self.keep.setToolTip("Every article you analyse is kept on this computer only, so you "
                             "can find and open it again without analysing it")
        buttons = QHBoxLayout()
        for button in (self.open_button, self.digest_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.keep)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.search_changed.emit(self.query()))
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._open_first)
        self.list.itemActivated.connect(lambda item: self.open_requested.emit(item.data(ID_ROLE)))
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.open_button.clicked.connect(self._open_current)
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.selected_ids()))
        self.digest_button.clicked.connect(lambda: self.digest_requested.emit(self.selected_ids()))
        self.clear_button.clicked.connect(self.clear_requested.emit)
        self.keep.toggled.connect(self.keep_toggled.emit)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list)
        # Only in the list: the Delete key in the editor deletes text, never articles.
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(lambda: self.delete_requested.emit(self.selected_ids()))
        self._update_buttons()

    def query(self) -> str:
        return self.search.text().strip()

    def show_entries(self, entries: Sequence[Entry], total: int) -> None:
        """Show ``entries`` newest first (``total`` kept in all)."""
        self._fill([(e.id, row_html(e)) for e in entries])
        if not total:
            self.status.setText("No articles yet: everything you analyse is kept here.")
        elif total > len(entries):
            self.status.setText(f"{total:,} articles, the newest {len(entries):,} shown; "
                                "search to find the others.")
        else:
            self.status.setText(f"{total:,} article{'s' * (total != 1)}, newest first.")

    def show_hits(self, query: str, hits: Sequence[Hit]) -> None:
        """Show the results of searching ``query``, best first."""
        self._fill([(h.entry.id, row_html(h.entry, h.snippet)) for h in hits])
        if hits:
            self.status.setText(f"{len(hits)} found for “{query}”, best first.")
        else:
            self.status.setText(f"Nothing found for “{query}”.")

    def _fill(self, rows: Sequence[tuple[int, str]]) -> None:
        self.list.clear()
        for entry_id, markup in rows:
            item = QListWidgetItem()
            item.setData(ID_ROLE, entry_id)
            item.setData(HTML_ROLE, markup)
            self.list.addItem(item)
        self._update_buttons()

    def ids(self) -> list[int]:
        return [int(self.list.item(i).data(ID_ROLE)) for i in range(self.list.count())]

    def selected_ids(self) -> list[int]:
        """Return the selected entries' ids in the list's order."""
        rows = sorted(self.list.row(item) for item in self.list.selectedItems())
        return [int(self.list.item(row).data(ID_ROLE)) for row in rows]

    def _open_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.open_requested.emit(int(item.data(ID_ROLE)))

    def _open_first(self) -> None:
        if self.list.count():
            self.list.setCurrentRow(0)
            self._open_current()

    def _update_buttons(self) -> None:
        chosen = len(self.list.selectedItems())
        self.open_button.setEnabled(chosen == 1)
        self.delete_button.setEnabled(chosen > 0)
        self.digest_button.setEnabled(chosen > 0)
        self.clear_button.setEnabled(self.list.count() > 0 or bool(self.query()))
