"""Light and dark palettes: follow the system colour scheme, or the user's View choice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

_LIGHT = {
    QPalette.ColorRole.Window: "#f3f3f1",
    QPalette.ColorRole.WindowText: "#1d1d1f",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f0f0ee",
    QPalette.ColorRole.Text: "#1d1d1f",
    QPalette.ColorRole.PlaceholderText: "#6e6e73",
    QPalette.ColorRole.Button: "#ececea",
    QPalette.ColorRole.ButtonText: "#1d1d1f",
    QPalette.ColorRole.Highlight: "#2f6fdf",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffdc",
    QPalette.ColorRole.ToolTipText: "#1d1d1f",
    QPalette.ColorRole.Link: "#1f5fbf",
    QPalette.ColorRole.Mid: "#c8c8c4",
}
_DARK = {
    QPalette.ColorRole.Window: "#252628",
    QPalette.ColorRole.WindowText: "#e8e8ea",
    QPalette.ColorRole.Base: "#1b1c1e",
    QPalette.ColorRole.AlternateBase: "#2a2b2e",
    QPalette.ColorRole.Text: "#e8e8ea",
    QPalette.ColorRole.PlaceholderText: "#9a9aa0",
    QPalette.ColorRole.Button: "#333538",
    QPalette.ColorRole.ButtonText: "#e8e8ea",
    QPalette.ColorRole.Highlight: "#4c8dff",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#333538",
    QPalette.ColorRole.ToolTipText: "#e8e8ea",
    QPalette.ColorRole.Link: "#8ab4ff",
    QPalette.ColorRole.Mid: "#46484c",
}
# Highlights in the source: (summary sentences, marked mentions) backgrounds, and the text
# colour of what the analysis left out (secondary, still >= 3:1 against Base), per scheme.
HIGHLIGHTS = {"light": ("#fff0a0", "#a8d8ff", "#85858b"), "dark": ("#e8d27a", "#8cc8ff", "#7d7e84")}


def system_is_dark() -> bool:
    """Return True when the desktop asks for a dark colour scheme."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def effective(mode: str) -> str:
    """Return "light" or "dark" for the user's choice ``mode`` (system, light, dark)."""
    if mode == "system":
        return "dark" if system_is_dark() else "light"
    return "dark" if mode == "dark" else "light"


def palette(scheme: str) -> QPalette:
    """Return the palette of ``scheme`` (light or dark)."""
    roles = _DARK if scheme == "dark" else _LIGHT
    result = QPalette()
    for role, color in roles.items():
        result.setColor(role, QColor(color))
    disabled = QColor("#7a7a7f")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return result


def apply(app: QApplication, mode: str) -> str:
    """Apply ``mode`` to the whole application; return the scheme now in use."""
    scheme = effective(mode)
    if app.style().name().lower() != "fusion" and "Fusion" in list(QStyleFactory.keys()):
        # Fusion draws the same on every platform and honours the palette fully.
        app.setStyle("Fusion")
    app.setPalette(palette(scheme))
    return scheme


def highlight_colors(scheme: str) -> tuple[QColor, QColor, QColor]:
    """Return the (summary, mark) background colours and the removed-text colour of ``scheme``."""
    summary, mark, dimmed = HIGHLIGHTS["dark" if scheme == "dark" else "light"]
    return QColor(summary), QColor(mark), QColor(dimmed)
