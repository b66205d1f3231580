"""The brief's controls: summary length, algorithm, language and reference date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QWidget,
)

from inbrief.core.brief import Brief
from inbrief.core.summary.algorithms import ALGORITHMS
from inbrief.ui.date_field import ARTICLE_DATE, NO_DATE, ReferenceDateField

# How the reference date field names a date the analysis inferred (its tooltip says more).
_INFERRED = {
    "latest-date": "Latest date in text",
    "caption": "Caption's date",
    "shown-day": "Day shown, © year",
    "shown-day-latest": "Day shown, latest year",
    "copyright": "End of © year",
}


def language_names() -> list[tuple[str, str]]:
    """Return (code, English name) of every language that can be chosen, by name."""
    from inbrief.core.language import LANGUAGES

    return sorted(((code, info.name) for code, info in LANGUAGES.items()), key=lambda p: p[1])


class BriefControls(QWidget):
    """Length slider and combos; emits what the user changed, never re-analyses by itself."""

    length_changed = Signal(str, int)  # unit ("sentences", "percent" or "words"), value
    avoid_quotations_changed = Signal(bool)
    algorithm_changed = Signal(str)
    language_changed = Signal(str)
    reference_date_changed = Signal(object)  # datetime.date or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        self.length = QSlider(Qt.Orientation.Horizontal)
        self.length.setRange(1, 30)
        self.length.setPageStep(3)
        self.length.setMinimumWidth(72)  # a usable slider beside a long reference date
        self.length.setAccessibleName("Summary length")
        self.length.setAccessibleDescription("How long the summary is, in the unit chosen "
                                             "beside it; changes it at once")
        self.length.setToolTip("How many sentences the summary has (instant, no re-analysis)")
        self.length_label = QLabel()
        self.length_label.setMinimumWidth(150)
        self.unit = QComboBox()
        self.unit.setAccessibleName("Summary length unit")
        self.unit.setAccessibleDescription("Count the summary's length in sentences or as a "
                                           "share of the text")
        self.unit.addItem("sentences", "sentences")
        self.unit.addItem("% of the text", "percent")
        self.unit.addItem("words", "words")
        self._values = {"sentences": 5, "percent": 20, "words": 100}
        self.avoid_quotes = QCheckBox("Avoid &quotations")
        self.avoid_quotes.setAccessibleName("Avoid quotations")
        self.avoid_quotes.setAccessibleDescription(
            "Leave sentences that are mostly someone's quoted words out of the summary")
        self.avoid_quotes.setToolTip("Leave sentences that are mostly quoted words out of "
                                     "the summary (instant, no re-analysis)")
        self.algorithm = QComboBox()
        self.algorithm.setAccessibleName("Summary algorithm")
        for choice in ALGORITHMS.values():
            self.algorithm.addItem(choice.label, choice.name)
            index = self.algorithm.count() - 1
            self.algorithm.setItemData(index, choice.description, Qt.ItemDataRole.ToolTipRole)
        self.language = QComboBox()
        self.language.setAccessibleName("Language")
        self.language.setAccessibleDescription("The text's language: detected, or the one "
                                               "chosen here")
        self.language.addItem("Auto-detect", "auto")
        for code, name in language_names():
            self.language.addItem(name, code)
        self.reference_field = ReferenceDateField()
        self.reference = self.reference_field.edit
        self.reference.setToolTip("Relative dates such as “next Tuesday” count from this day. "
                                  "Type a date (2024-11-07) or pick one from the calendar.")
        labels = (("&Length", self.length), ("&Algorithm", self.algorithm),
                  ("Lan&guage", self.language), ("&Reference date", self.reference_field))
        length_row = QHBoxLayout()
        length_row.setContentsMargins(0, 0, 0, 0)
        length_row.addWidget(self.length, 1)
        length_row.addWidget(self.unit)
        for column, (text, widget) in enumerate(labels):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column)
            if widget is self.length:
                grid.addLayout(length_row, 1, column)
            else:
                grid.addWidget(widget, 1, column)
        grid.addWidget(self.length_label, 2, 0)
        grid.addWidget(self.avoid_quotes, 2, 1, 1, 2)
        grid.setColumnStretch(0, 2)
        self.length.valueChanged.connect(self._length_moved)
        self.unit.currentIndexChanged.connect(self._unit_chosen)
        self.avoid_quotes.toggled.connect(self.avoid_quotations_changed)
        self.algorithm.currentIndexChanged.connect(self._algorithm_chosen)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_changed.emit(self.language.currentData())
        )
        self.reference.date_chosen.connect(self._date_chosen)
        # Tab goes through the length settings first, then the analysis choices.
        chain = (self.length, self.unit, self.avoid_quotes, self.algorithm, self.language,
                 self.reference, self.reference_field.clear)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._sentences = 0
        self._words = 0  # of the text
        self._summary = (0, 0)  # sentences and words of the summary shown
        self._describe_algorithm()

    # -------------------------------------------------------------- programmatic
    def set_algorithm(self, name: str) -> None:
        index = self.algorithm.findData(name)
        if index >= 0:
            self.algorithm.blockSignals(True)
            self.algorithm.setCurrentIndex(index)
            self.algorithm.blockSignals(False)
            self._describe_algorithm()

    def current_unit(self) -> str:
        return str(self.unit.currentData())

    def set_avoid_quotations(self, avoid: bool) -> None:
        """Show the stored choice (no signal)."""
        self.avoid_quotes.blockSignals(True)
        self.avoid_quotes.setChecked(avoid)
        self.avoid_quotes.blockSignals(False)

    def set_length(self, unit: str, sentences: int, percent: int, words: int = 100) -> None:
        """Show the stored length (no signal: nothing changed for the controller)."""
        self._values = {"sentences": sentences, "percent": percent, "words": words}
        self.unit.blockSignals(True)
        self.unit.setCurrentIndex(max(0, self.unit.findData(unit)))
        self.unit.blockSignals(False)
        self._fit_slider()

    def _fit_slider(self) -> None:
        unit = self.current_unit()
        value = self._values[unit]
        self.length.blockSignals(True)
        if unit == "percent":
            self.length.setRange(1, 100)
            self.length.setPageStep(10)
        elif unit == "words":
            self.length.setRange(10, max(50, min(5000, self._words or 1000), value))
            self.length.setSingleStep(10)
            self.length.setPageStep(50)
        else:
            self.length.setRange(1, max(1, self._sentences, value) if self._sentences else 30)
            self.length.setPageStep(3)
        self.length.setValue(value)
        self.length.blockSignals(False)
        self._update_label()

    def show_brief(self, brief: Brief | None) -> None:
        """Fit the slider to the brief's sentences and show its reference date."""
        self._sentences = len(brief.sentences) if brief else 0
        self._words = brief.stats.words if brief else 0
        self._summary = (len(brief.summary), brief.stats.summary_words) if brief else (0, 0)
        self._fit_slider()
        if brief is not None and brief.reference_date:
            if brief.reference_date_source != "user":
                # The user chose no date: say which one the analysis used.
                # An inferred date is named for what it is: the end of a copyright year is
                # no article's date.
                named = _INFERRED.get(brief.reference_date_source, ARTICLE_DATE)
                self.reference_field.set_article_date(
                    "Today (no article date)" if brief.reference_date_source == "today"
                    else f"{named} ({brief.reference_date[:10]})")
            note = brief.reference_note()
            if note:
                self.reference.setToolTip(note[:1].upper() + note[1:])
        self._update_label()

    def reset_reference(self) -> None:
        self.reference_field.set_article_date(ARTICLE_DATE)
        self.reference_field.show_date(NO_DATE)

    # ----------------------------------------------------------------- signals
    def _length_moved(self, value: int) -> None:
        unit = self.current_unit()
        self._values[unit] = value
        self._update_label()
        self.length_changed.emit(unit, value)

    def _unit_chosen(self, _index: int) -> None:
        self._fit_slider()
        unit = self.current_unit()
        self.length_changed.emit(unit, self._values[unit])

    def _update_label(self) -> None:
        value = self.length.value()
        total = self._sentences
        if self.current_unit() == "words":
            count, words = self._summary
            self.length_label.setText(f"≤ {value} words: {count} sentences, {words} words"
                                      if total else f"about {value} words")
        elif self.current_unit() == "percent":
            count = max(1, round(total * value / 100)) if total else 0
            self.length_label.setText(f"{value}%: {count} of {total} sentences" if total
                                      else f"{value}% of the sentences")
        elif total:
            shown = min(value, total)
            if value >= total and self._summary[0]:
                # Room for every sentence: the summary leaves a page's fragments out.
                shown = min(shown, self._summary[0])
            percent = round(100 * shown / total)
            self.length_label.setText(f"{shown} of {total} sentences ({percent}%)")
        else:
            self.length_label.setText(f"{value} sentences")

    def _algorithm_chosen(self, _index: int) -> None:
        self._describe_algorithm()
        self.algorithm_changed.emit(self.algorithm.currentData())

    def _describe_algorithm(self) -> None:
        description = self.algorithm.currentData(Qt.ItemDataRole.ToolTipRole) or ""
        # A tooltip, not a status tip: a status tip stayed in the status bar over the statistics
        # after the choice was made.
        self.algorithm.setToolTip(description)
        self.algorithm.setAccessibleDescription(description)

    def _date_chosen(self, date: QDate) -> None:
        if date == NO_DATE:
            self.reference_date_changed.emit(None)
        else:
            self.reference_date_changed.emit(dt.date(date.year(), date.month(), date.day()))
