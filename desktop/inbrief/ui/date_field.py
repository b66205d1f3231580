"""The reference-date field: a date typed in one go (ISO or the locale's way), or picked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton, QWidget

NO_DATE = QDate(1900, 1, 1)  # the edit's "special value": use the article's date
ARTICLE_DATE = "Article's date"
_TYPED = frozenset("0123456789-/.,: ")
_EDIT_KEYS = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)


def parse_date(text: str, locale: QLocale | None = None) -> QDate:
    """Return the date ``text`` names: ISO (2024-11-07), the locale's short or long format (a
    two-digit year in this century), or "7 Nov 2024"; an invalid QDate otherwise."""
    text = " ".join(text.split())
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        pass
    else:
        return QDate(day.year, day.month, day.day)
    locale = locale or QLocale()
    formats = [locale.dateFormat(QLocale.FormatType.ShortFormat),
               locale.dateFormat(QLocale.FormatType.LongFormat),
               "d MMM yyyy", "d MMMM yyyy", "MMM d, yyyy", "MMMM d, yyyy", "yyyy/M/d"]
    short = formats[0]
    if "yyyy" not in short and "yy" in short:
        formats.insert(1, short.replace("yy", "yyyy"))
    for pattern in formats:
        date = locale.toDate(text, pattern, 2000)  # 2000: "24" is 2024, not 1924
        if not date.isValid() and locale.language() != QLocale.Language.C:
            date = QLocale.c().toDate(text, pattern, 2000)  # English month names everywhere
        if date.isValid():
            return date
    return QDate()


class DateEdit(QDateEdit):
    """A QDateEdit that takes a whole typed date (not one section at a time) and says when a
    date was chosen: at once from the calendar or the arrows, on Enter or leaving when typed."""

    date_chosen = Signal(QDate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typing = False
        self._chosen = NO_DATE
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(ARTICLE_DATE)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setDate(NO_DATE)
        self.dateChanged.connect(self._changed)
        self.editingFinished.connect(self._typed)

    # QDateTimeEdit reads and checks its text section by section: typing "2024-11-07" over
    # a selected date kept the old year. These overrides read the text as a whole instead.
    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        stripped = text.strip()
        if stripped == self.specialValueText() or parse_date(stripped, self.locale()).isValid():
            return QValidator.State.Acceptable, text, pos
        if len(stripped) <= 30 and all(c in _TYPED or c.isalpha() or c == "'"
                                       for c in stripped):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def fixup(self, text: str) -> str:  # noqa: D102 - Qt override
        return text

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802 - Qt override
        date = parse_date(text.strip(), self.locale())
        return QDateTime(date if date.isValid() else NO_DATE, self.time())

    def textFromDateTime(self, value: QDateTime) -> str:  # noqa: N802 - Qt override
        return str(value.date().toString("yyyy-MM-dd"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text()
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                          | Qt.KeyboardModifier.KeypadModifier)
        line = self.lineEdit()
        if plain and text and text.isprintable():
            if line.text() == self.specialValueText():
                line.selectAll()  # typing over "Article's date" replaces it
            self._typing = True
            line.insert(text)
            return
        if plain and event.key() in _EDIT_KEYS:
            self._typing = True
            line.backspace() if event.key() == Qt.Key.Key_Backspace else line.del_()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt override
        # Tab leaves the field (QDateTimeEdit moved between its sections instead).
        return QWidget.focusNextPrevChild(self, next)

    def _changed(self, date: QDate) -> None:
        if not self._typing:
            self._choose(date)

    def _typed(self) -> None:
        if self._typing:
            self._typing = False
            self.setDate(self.dateTimeFromText(self.lineEdit().text()).date())
            self._choose(self.date())

    def _choose(self, date: QDate) -> None:
        if date != self._chosen:
            self._chosen = date
            self.date_chosen.emit(date)

    def show_date(self, date: QDate) -> None:
        """Show ``date`` (NO_DATE: the article's) without it counting as the user's choice."""
        self.blockSignals(True)
        self._typing = False
        self.setDate(date)
        self._chosen = date
        self.blockSignals(False)
        self.lineEdit().setText(self.textFromDateTime(QDateTime(date, self.time()))
                                if date != NO_DATE else self.specialValueText())


class ReferenceDateField(QWidget):
    """The date edit and a button that goes back to the article's own date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = DateEdit()
        self.edit.setAccessibleName("Reference date for relative dates")
        self.edit.setAccessibleDescription(
            "Type a date such as 2024-11-07, or pick one; empty: the article's own date")
        self.clear = QToolButton()
        self.clear.setText("✕")
        self.clear.setAccessibleName("Use the article's date")
        self.clear.setAccessibleDescription("Measure relative dates from the article's own "
                                            "date again")
        self.clear.setToolTip("Measure relative dates from the article's own date again")
        self.clear.clicked.connect(lambda: self.edit.setDate(NO_DATE))
        self.edit.dateChanged.connect(lambda date: self.clear.setEnabled(date != NO_DATE))
        self.clear.setEnabled(False)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear)
        self.setFocusProxy(self.edit)

    def show_date(self, date: QDate) -> None:
        """Show ``date`` (NO_DATE: the article's) as it stands, not as a new choice."""
        self.edit.show_date(date)
        self.clear.setEnabled(date != NO_DATE)

    def set_article_date(self, label: str) -> None:
        """Name the date used when the user chose none: "Article's date (2024-11-07)"."""
        self.edit.setSpecialValueText(label)
        # Wide enough for the whole label, arrow and frame (it was cut to "e (2025-11-12)").
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance(label) + 48)
        if self.edit.date() == NO_DATE:
            self.show_date(NO_DATE)
