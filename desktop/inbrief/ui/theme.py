"""Light, dark and high-contrast palettes: follow the system, or the user's View choice.

Every text/background pair the window draws is declared here (palettes, message bars, source
highlights) so one test can check each against WCAG AA (4.5:1) in every scheme."""

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
    QPalette.ColorRole.Highlight: "#2f6fdf",  # white on it: 4.7:1 (#4c8dff was 3.2:1)
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#333538",
    QPalette.ColorRole.ToolTipText: "#e8e8ea",
    QPalette.ColorRole.Link: "#8ab4ff",
    QPalette.ColorRole.Mid: "#46484c",
}
# The system's high-contrast preference (Windows, GNOME, macOS "increase contrast"), or the
# user's View choice: white on black with yellow and cyan marks, as Windows' "High Contrast Black".
_CONTRAST = {
    QPalette.ColorRole.Window: "#000000",
    QPalette.ColorRole.WindowText: "#ffffff",
    QPalette.ColorRole.Base: "#000000",
    QPalette.ColorRole.AlternateBase: "#1a1a1a",
    QPalette.ColorRole.Text: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#c8c8c8",
    QPalette.ColorRole.Button: "#000000",
    QPalette.ColorRole.ButtonText: "#ffffff",
    QPalette.ColorRole.Highlight: "#1aebff",
    QPalette.ColorRole.HighlightedText: "#000000",
    QPalette.ColorRole.ToolTipBase: "#000000",
    QPalette.ColorRole.ToolTipText: "#ffffff",
    QPalette.ColorRole.Link: "#ffff00",
    QPalette.ColorRole.Mid: "#ffffff",
}
PALETTES = {"light": _LIGHT, "dark": _DARK, "contrast": _CONTRAST}
SCHEMES = tuple(PALETTES)
# Highlights in the source: (summary sentences, marked mentions) backgrounds, both under
# HIGHLIGHT_TEXT, and the text colour of what the analysis left out (secondary, still >= 4.5:1
# against Base), per scheme.
HIGHLIGHTS = {"light": ("#fff0a0", "#a8d8ff", "#6e6e73"),
              "dark": ("#e8d27a", "#8cc8ff", "#8e8f95"),
              "contrast": ("#ffff00", "#1aebff", "#c0c0c0")}
HIGHLIGHT_TEXT = "#1a1a1a"
# Message bars: (background, text, border) per scheme and kind. Every child of a bar (its
# text, its buttons, the close button) is drawn in the bar's text colour.
BARS = {
    "light": {"error": ("#fbe3e1", "#5c1410", "#e0a39d"),
              "warning": ("#fff4d6", "#4d3800", "#e5c76b"),
              "info": ("#e3effd", "#0f2f5c", "#a9c6ec")},
    "dark": {"error": ("#4a1c1a", "#ffd9d5", "#8c3a33"),
             "warning": ("#3d3212", "#ffe9a8", "#806a2a"),
             "info": ("#15294a", "#d6e6ff", "#3c5f95")},
    "contrast": {"error": ("#000000", "#ffffff", "#ff6b6b"),
                 "warning": ("#000000", "#ffffff", "#ffff00"),
                 "info": ("#000000", "#ffffff", "#1aebff")},
}
# Fusion draws the frame of check boxes, fields and combo boxes in the Window colour made
# 40% darker: on a dark window that frame vanished. These classes get a Window colour whose
# darker shade stands out (>= 3:1, WCAG 1.4.11) against the window behind them.
FRAMED = ("QCheckBox", "QRadioButton", "QLineEdit", "QAbstractSpinBox", "QComboBox", "QSlider",
          "QPushButton", "QToolButton")
FRAME_WINDOW = {"light": "#bcbcc2", "dark": "#bcbcc2",
                "contrast": "#ffffff"}
_current = "light"


def system_is_dark() -> bool:
    """Return True when the desktop asks for a dark colour scheme."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def system_wants_contrast() -> bool:
    """Return True when the desktop asks for high contrast."""
    hints = QGuiApplication.styleHints()
    return bool(hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast)


def effective(mode: str) -> str:
    """Return "light", "dark" or "contrast" for the user's choice ``mode`` (system, light,
    dark, contrast)."""
    if mode == "system":
        if system_wants_contrast():
            return "contrast"
        return "dark" if system_is_dark() else "light"
    return mode if mode in PALETTES else "light"


def palette(scheme: str) -> QPalette:
    """Return the palette of ``scheme`` (light, dark or contrast)."""
    roles = PALETTES.get(scheme, _LIGHT)
    result = QPalette()
    for role, color in roles.items():
        result.setColor(role, QColor(color))
    disabled = QColor("#7a7a7f" if scheme != "contrast" else "#a0a0a0")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return result


def apply(app: QApplication, mode: str) -> str:
    """Apply ``mode`` to the whole application; return the scheme now in use."""
    global _current
    scheme = effective(mode)
    if app.style().name().lower() != "fusion" and "Fusion" in list(QStyleFactory.keys()):
        # Fusion draws the same on every platform and honours the palette fully.
        app.setStyle("Fusion")
    app.setPalette(palette(scheme))
    framed = palette(scheme)
    framed.setColor(QPalette.ColorRole.Window, QColor(FRAME_WINDOW.get(scheme, "#f3f3f1")))
    for name in FRAMED:
        app.setPalette(framed, name)  # type: ignore[arg-type]  # the stub says bytes; str runs
    _current = scheme
    return scheme


def current() -> str:
    """Return the scheme last applied (light before any)."""
    return _current


def highlight_colors(scheme: str) -> tuple[QColor, QColor, QColor]:
    """Return the (summary, mark) background colours and the removed-text colour of ``scheme``."""
    summary, mark, dimmed = HIGHLIGHTS.get(scheme, HIGHLIGHTS["light"])
    return QColor(summary), QColor(mark), QColor(dimmed)


def bar_style(kind: str, scheme: str | None = None) -> str:
    """Return the style sheet of a message bar of ``kind`` (error, warning, info)."""
    bars = BARS.get(scheme or _current, BARS["light"])
    background, text, border = bars.get(kind, bars["info"])
    return (f"#messageBar {{ background: {background}; color: {text}; "
            f"border: 1px solid {border}; border-radius: 4px; }} "
            f"#messageBar QLabel {{ color: {text}; border: none; background: transparent; }} "
            f"#messageBar QToolButton, #messageBar QPushButton {{ color: {text}; "
            f"background: {background}; border: 1px solid {border}; border-radius: 3px; "
            "padding: 2px 8px; } "
            f"#messageBar QToolButton:focus, #messageBar QPushButton:focus {{ "
            f"border: 2px solid {text}; }} "
            f"#messageBar QToolButton:hover, #messageBar QPushButton:hover {{ "
            f"border: 1px solid {text}; }}")


def contrast_ratio(first: QColor, second: QColor) -> float:
    """Return the WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
                + 0.0722 * channel(color.blueF()))

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
