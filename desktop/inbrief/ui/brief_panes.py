"""The brief beside the source: summary, names, timeline, keywords and the page preview."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from inbrief.core.brief import Brief
from inbrief.core.dates.timex import chronological_key, describe

SPANS = Qt.ItemDataRole.UserRole  # list of (start, end) in Brief.text
ENTITY_GROUPS = (
    ("person", "People"),
    ("organization", "Organizations"),
    ("place", "Places"),
    ("other", "Other names"),
)


class PreviewArea(QScrollArea):
    """The scroll area of the page preview; says when its width changes (to re-render)."""

    width_changed = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.width_changed.emit()


class BriefPanes(QTabWidget):
    """Tabs showing one Brief; activating an item emits the spans it refers to."""

    spans_activated = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefPanes")
        self.setAccessibleName("Brief")
        self.summary = QListWidget()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Summary sentences")
        self.summary.setSpacing(3)
        self.summary.setAlternatingRowColors(True)
        self.names = self._tree("Names, people, organizations and places", ["Name", "Mentions"])
        self.dates = self._tree("Timeline of dates", ["Date", "Said as", "Sentence"])
        self.keywords = QListWidget()
        self.keywords.setAccessibleName("Keywords")
        self.preview = QLabel()
        self.preview.setAccessibleName("Brief page preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview_scroll = PreviewArea()
        self.preview_scroll.setWidget(self.preview)
        self.preview_scroll.setWidgetResizable(True)
        self.addTab(self.summary, "&Summary")
        self.addTab(self.names, "&Names")
        self.addTab(self.dates, "&Timeline")
        self.addTab(self.keywords, "&Keywords")
        self.addTab(self.preview_scroll, "&Brief")
        # Clicks, and arrow keys moving from one item to another, scroll the source. A list
        # getting focus makes its first item current (previous None): that must not scroll.
        for widget in (self.summary, self.keywords):
            widget.currentItemChanged.connect(self._list_moved)
            widget.itemClicked.connect(self._list_activated)
        for tree in (self.names, self.dates):
            tree.currentItemChanged.connect(self._tree_moved)
            tree.itemClicked.connect(self._tree_activated)
        self.show_empty()

    @staticmethod
    def _tree(name: str, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setAccessibleName(name)
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(True)
        tree.setUniformRowHeights(True)
        tree.setWordWrap(False)
        return tree

    # ------------------------------------------------------------------ fill
    def show_empty(self) -> None:
        for widget in (self.summary, self.names, self.dates, self.keywords):
            widget.clear()
        hint = QListWidgetItem("The summary appears here once there is text to analyse.")
        hint.setFlags(Qt.ItemFlag.NoItemFlags)
        self.summary.addItem(hint)
        self.preview.setPixmap(QPixmap())
        self.preview.setText("The one-page brief appears here.")

    def show_brief(self, brief: Brief) -> None:
        """Fill every tab from ``brief`` (keeps the selected tab)."""
        self.show_summary(brief)
        self.names.clear()
        for kind, heading in ENTITY_GROUPS:
            found = brief.entities_of(kind)  # type: ignore[arg-type]
            if not found:
                continue
            group = QTreeWidgetItem(self.names, [f"{heading} ({len(found)})", ""])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for entity in found:
                item = QTreeWidgetItem(group, [entity.name, str(entity.count)])
                item.setData(0, SPANS, [(m.start, m.end) for m in entity.mentions])
                aliases = ", ".join(a for a in entity.aliases if a != entity.name)
                tip = f"{entity.name}: {entity.count} mention(s)"
                item.setToolTip(0, tip + (f"; also written {aliases}" if aliases else ""))
            group.setExpanded(True)
        self.names.resizeColumnToContents(0)
        self.dates.clear()
        sentences = brief.sentences
        for date in sorted(brief.dates, key=lambda d: (chronological_key(d.value), d.start)):
            context = ""
            if 0 <= date.sentence < len(sentences):
                context = " ".join(sentences[date.sentence].text.split())
            item = QTreeWidgetItem(self.dates, [describe(date.value), date.text, context])
            item.setData(0, SPANS, [(date.start, date.end)])
            item.setToolTip(2, context)
            item.setToolTip(0, f"{date.value} ({date.kind})")
        for column in (0, 1):
            self.dates.resizeColumnToContents(column)
        self.keywords.clear()
        for keyword in brief.keywords:
            entry = QListWidgetItem(f"{keyword.text}  ({keyword.count})")
            entry.setData(SPANS, [(m.start, m.end) for m in keyword.mentions])
            self.keywords.addItem(entry)

    def set_names_pending(self, pending: bool) -> None:
        """Say quietly in the Names tab that names are still being looked for (or stop)."""
        first = self.names.topLevelItem(0)
        placeholder = (self.names.topLevelItemCount() == 1 and first is not None
                       and not first.flags() & Qt.ItemFlag.ItemIsEnabled)
        if pending:
            self.names.clear()
            item = QTreeWidgetItem(self.names, ["finding names…", ""])
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # greyed out, cannot be chosen
            self.names.resizeColumnToContents(0)
        elif placeholder:
            self.names.clear()

    def show_summary(self, brief: Brief) -> None:
        """Refill the summary list only (the length slider moved)."""
        self.summary.clear()
        for sentence in brief.summary:
            item = QListWidgetItem(f"#{sentence.rank}  {' '.join(sentence.text.split())}")
            item.setData(SPANS, [(sentence.start, sentence.end)])
            item.setToolTip(f"Rank {sentence.rank} of {len(brief.sentences)}, "
                            f"score {sentence.score:.3f}")
            self.summary.addItem(item)
        if not brief.summary:
            self.summary.addItem("The text has no sentences to summarise.")

    def set_preview(self, pixmap: QPixmap | None, message: str = "") -> None:
        if pixmap is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(message)
        else:
            self.preview.setPixmap(pixmap)

    # ------------------------------------------------------------ activation
    def _list_moved(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if previous is not None:
            self._list_activated(item)

    def _tree_moved(self, item: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if previous is not None:
            self._tree_activated(item)

    def _list_activated(self, item: QListWidgetItem | None, *_: object) -> None:
        if item is not None and item.data(SPANS):
            self.spans_activated.emit(list(item.data(SPANS)))

    def _tree_activated(self, item: QTreeWidgetItem | None, *_: object) -> None:
        if item is not None and item.data(0, SPANS):
            self.spans_activated.emit(list(item.data(0, SPANS)))
