"""The brief beside the source: summary, names, timeline, keywords and the page preview."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inbrief.core.brief import Brief
from inbrief.core.dates.timex import chronological_key, describe, is_point_in_time

SPANS = Qt.ItemDataRole.UserRole  # list of (start, end) in Brief.text
ENTITY_GROUPS = (
    ("person", "People"),
    ("organization", "Organizations"),
    ("place", "Places"),
    ("other", "Other names"),
)


def names_empty_note(code: str, language: str) -> str:
    """Return why a brief of ``language`` has no names: none found, or none looked for."""
    from inbrief.core.entities.fallback import has_case
    from inbrief.core.language import LANGUAGES

    base = code.split("-")[0].lower()
    if has_case(base):
        return "No names of people, organizations or places were found in this text."
    cased = [c for c, info in LANGUAGES.items()
             if info.offered and has_case(c.split("-")[0].lower()) and c != "en"]
    first = [c for c in ("fr", "de", "es", "ru") if c in cased]
    named = ", ".join(["English", *(LANGUAGES[c].name for c in first)])
    return (f"Names are found in {named} and {len(cased) - len(first)} other languages "
            f"written with capital letters; this text is {language}, whose script has none "
            "to go by.")


def dates_empty_note(code: str, language: str) -> str:
    """Return why a brief of ``language`` has no dates on its timeline."""
    from inbrief.core.dates.languages import date_language

    if date_language(code) is None and not code.lower().startswith("en"):
        return (f"No dates were found. Dates in {language} are read with the English "
                "rules, so only dates written with digits are likely to be found.")
    return "No dates were found in this text."


class PreviewArea(QScrollArea):
    """The scroll area of the page preview; says when its width changes (to re-render)."""

    width_changed = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.width_changed.emit()


class FullSizePreview(QDialog):
    """The one-page brief at its real size, scrollable (View > Brief Page at Full Size)."""

    def __init__(self, pixmap: QPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Brief page at full size")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.page = QLabel()
        self.page.setAccessibleName("Brief page at full size")
        self.page.setPixmap(pixmap)
        self.page.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidget(self.page)
        scroll.setWidgetResizable(True)
        layout.addWidget(scroll)
        screen = self.screen().availableGeometry() if self.screen() else None
        height = min(pixmap.height() + 40, screen.height() - 80) if screen else 900
        self.resize(pixmap.width() + 40, height)


class BriefPanes(QTabWidget):
    """Tabs showing one Brief; activating an item emits the spans it refers to."""

    spans_activated = Signal(list)
    full_size_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefPanes")
        self.setAccessibleName("Brief")
        self.setAccessibleDescription("The summary, names, timeline, keywords and page preview")
        self.tabBar().setAccessibleName("Brief views")
        self.tabBar().setAccessibleDescription("Summary, Names, Timeline, Keywords, Brief page")
        self.summary = QListWidget()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Summary sentences")
        self.summary.setAccessibleDescription("The chosen sentences in order; Enter or a click "
                                              "shows one in the text")
        self.summary.setSpacing(3)
        self.summary.setAlternatingRowColors(True)
        self.names = self._tree("Names, people, organizations and places", ["Name", "Mentions"])
        self.dates = self._tree("Timeline of dates", ["Date", "Said as", "Sentence"])
        self.keywords = QListWidget()
        self.keywords.setAccessibleName("Keywords")
        self.keywords.setAccessibleDescription("The text's keywords with their counts; choose "
                                               "one to mark it in the text")
        self.preview = QLabel()
        self.preview.setAccessibleName("Brief page preview")
        self.preview.setAccessibleDescription("The one-page brief as the PDF export draws it")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview_scroll = PreviewArea()
        self.preview_scroll.setWidget(self.preview)
        self.preview_scroll.setWidgetResizable(True)
        self.addTab(self.summary, "&Summary")
        self.addTab(self.names, "&Names")
        self.addTab(self.dates, "&Timeline")
        self.addTab(self.keywords, "&Keywords")
        self.addTab(self.preview_scroll, "&Brief")
        # The preview fits the pane; this opens the page at its real size.
        self.full_size_button = QToolButton()
        self.full_size_button.setText("Full Size…")
        self.full_size_button.setAccessibleName("Show the brief page at full size")
        self.full_size_button.setAccessibleDescription("Opens the page at its real size")
        self.full_size_button.setToolTip("The one-page brief at its real size (Ctrl+Shift+B)")
        self.full_size_button.setAutoRaise(True)
        self.full_size_button.clicked.connect(self.full_size_requested)
        self.setCornerWidget(self.full_size_button, Qt.Corner.TopRightCorner)
        self.currentChanged.connect(lambda _i: self.full_size_button.setVisible(
            self.currentWidget() is self.preview_scroll))
        self.full_size_button.hide()
        # Clicks, and arrow keys moving from one item to another, scroll the source. A list
        # getting focus makes its first item current (previous None): that must not scroll.
        for widget in (self.summary, self.keywords):
            widget.currentItemChanged.connect(self._list_moved)
            widget.itemClicked.connect(self._list_activated)
        for tree in (self.names, self.dates):
            tree.currentItemChanged.connect(self._tree_moved)
            tree.itemClicked.connect(self._tree_activated)
        self.show_empty()

    def zoom(self, steps: int) -> None:
        """Show the summary, names, timeline and keywords ``steps`` points larger than set."""
        for view in (self.summary, self.names, self.dates, self.keywords):
            base = view.property("basePointSize")
            if base is None:
                base = view.font().pointSizeF()
                view.setProperty("basePointSize", base)
            font = view.font()
            font.setPointSizeF(max(4.0, float(base) + steps))
            view.setFont(font)

    @staticmethod
    def _tree(name: str, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setAccessibleName(name)
        tree.setAccessibleDescription(f"{name}; choose an entry to see it in the text")
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
        if not brief.entities:
            self._explain(self.names, names_empty_note(brief.language.code, brief.language.name))
        self.names.resizeColumnToContents(0)
        self.dates.clear()
        if not brief.dates:
            self._explain(self.dates, dates_empty_note(brief.language.code, brief.language.name))
        sentences = brief.sentences
        points = [d for d in brief.dates if is_point_in_time(d.value)]  # not "soon"
        for date in sorted(points, key=lambda d: (chronological_key(d.value), d.start)):
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

    @staticmethod
    def _explain(tree: QTreeWidget, note: str) -> None:
        """Say in an empty tab why it is empty (a row that cannot be selected)."""
        item = QTreeWidgetItem(tree, [note])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setFirstColumnSpanned(True)
        item.setToolTip(0, note)

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
            item = QListWidgetItem(f"#{sentence.rank}  {sentence.shown}")
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
