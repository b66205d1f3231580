"""How the window tells the user things: message bar, progress strip, error dialog, stats line."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QGuiApplication, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inbrief.ui import theme

if TYPE_CHECKING:
    from inbrief.core.brief import Brief

SHOW_PROGRESS_AFTER_MS = 500


class MessageBar(QFrame):
    """A dismissible strip above the editor, with optional action buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAccessibleName("Message")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self._actions: list[QPushButton] = []
        self._layout = layout
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAccessibleName("Dismiss message")
        self.close_button.setAccessibleDescription("Hide this message")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.close_button)
        self.kind = ""
        self.hide()

    def show_message(
        self, kind: str, text: str, actions: list[tuple[str, Callable[[], None]]] | None = None
    ) -> None:
        """Show ``text`` styled as ``kind`` (error, warning, info) with optional buttons."""
        for button in self._actions:
            self._layout.removeWidget(button)
            button.deleteLater()
        self._actions = []
        for label, callback in actions or []:
            button = QPushButton(label)
            button.setAccessibleName(label.replace("&", ""))
            button.setAccessibleDescription(text)  # what the button answers
            button.clicked.connect(callback)
            button.clicked.connect(self.dismiss)
            self._layout.insertWidget(self._layout.count() - 1, button)
            self._actions.append(button)
        self.kind = kind
        self.restyle()
        self.label.setText(text)
        self.show()
        # Screen readers announce the message as it appears, wherever the focus is.
        QAccessible.updateAccessibility(QAccessibleEvent(self.label, QAccessible.Event.Alert))

    def restyle(self) -> None:
        """Draw the bar in the colours of its kind in the theme now applied."""
        self.setStyleSheet(theme.bar_style(self.kind or "info"))

    def dismiss(self) -> None:
        self.hide()
        self.kind = ""


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when cut, so the reader knows there is more (in the
    tooltip); ``text()`` stays whole for screen readers and tests."""

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                              rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         shown)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(40, super().minimumSizeHint().height())


class ProgressStrip(QWidget):
    """Progress bar and Cancel button, shown only for work lasting over half a second."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setAccessibleName("Progress")
        self.bar.setRange(0, 100)
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setAccessibleName("Cancel the running work")
        self.cancel_button.setAccessibleDescription("Stop reading or analysing; the text stays")
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_PROGRESS_AFTER_MS)
        self._timer.timeout.connect(self.show)
        self.hide()

    def set_busy(self, busy: bool, label: str) -> None:
        if busy:
            self.label.setText(label)
            if not self.isVisible() and not self._timer.isActive():
                self.bar.setValue(0)
                self._timer.start()
        else:
            self._timer.stop()
            self.hide()

    def set_progress(self, fraction: float) -> None:
        self.bar.setValue(round(100 * max(0.0, min(1.0, fraction))))


class ErrorDialog(QDialog):
    """An unexpected error: what happened, the details, and "Copy details"."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("InBrief: unexpected error")
        self.resize(560, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Something went wrong inside InBrief. Your text is still there and the window "
            "keeps working. If this happens again, please report it with the details below."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName("Error details")
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton("&Copy details")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def format_exception(exc: BaseException) -> str:
    """Return the traceback of ``exc`` as text."""
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def install_excepthook(parent: Callable[[], QWidget | None]) -> None:
    """Show unexpected exceptions in a dialog instead of ending the app."""
    showing: list[bool] = []

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        sys.stderr.write(details)
        from inbrief.logs import log_exception

        log_exception(exc, "window", fault=True)
        if showing:  # one dialog at a time: an error in a paint loop must not stack dialogs
            return
        showing.append(True)
        try:
            ErrorDialog(details, parent()).exec()
        finally:
            showing.clear()

    sys.excepthook = hook


def stats_line(brief: Brief, seconds: float) -> str:
    """Return the status bar's line about ``brief``: language, words, reading time, summary,
    analysis time, how relative dates are measured, notes."""
    lang = brief.language
    how = {"detected": f"detected, {lang.confidence:.0%}", "chosen": "chosen",
           "default": "default"}.get(lang.method, lang.method)
    stats = brief.stats
    compression = stats.summary_words / stats.words if stats.words else 0.0
    parts = [
        f"{lang.name} ({how})",
        f"{stats.words:,} words",
        f"{reading_time(stats.reading_minutes)} read",
        f"summary {stats.summary_words:,} words ({compression:.0%})",
    ]
    # Where relative dates are measured from matters more than the timing: it comes first, so
    # a narrow window cuts the timing, not the date.
    if any(d.kind == "relative" for d in brief.dates) and brief.reference_note():
        parts.append(brief.reference_note())
    parts.append(f"analysed in {seconds:.1f} s" if seconds >= 0.1 else "analysed in < 0.1 s")
    if brief.notes:
        parts.append(f"⚠ {len(brief.notes)} note" + ("s" if len(brief.notes) > 1 else ""))
    return "  ·  ".join(parts)

def reading_time(minutes: float) -> str:
    """Return a reading time as "45 s", "3 min" or "7 h 15 min"."""
    if minutes < 1:
        return f"{max(1, round(minutes * 60))} s"
    if minutes < 60:
        return f"{round(minutes)} min"
    hours, rest = divmod(round(minutes), 60)
    return f"{hours} h {rest} min" if rest else f"{hours} h"
