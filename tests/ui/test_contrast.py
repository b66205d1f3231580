"""WCAG AA contrast (4.5:1) of every text/background pair the window draws, in every theme."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette, QTextFormat
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from ui_helpers import ARTICLE, CountingAnalyze, WindowFactory, wait_for_brief

from inbrief.export import layout
from inbrief.ui import theme
from inbrief.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
AA = 4.5
Role = QPalette.ColorRole
TEXT_ON = [  # (text role, background role) of the palette: every pair Qt draws text with
    (Role.Text, Role.Base), (Role.Text, Role.AlternateBase), (Role.WindowText, Role.Window),
    (Role.ButtonText, Role.Button), (Role.HighlightedText, Role.Highlight),
    (Role.PlaceholderText, Role.Base), (Role.ToolTipText, Role.ToolTipBase),
    (Role.Link, Role.Base), (Role.Link, Role.Window),
]


def ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, written out here (not the app's function under test)."""
    def lum(c: QColor) -> float:
        ch = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
              for v in (c.redF(), c.greenF(), c.blueF())]
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2]
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_ratio_formula_on_known_pairs() -> None:
    assert ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert theme.contrast_ratio(QColor("#767676"), QColor("white")) == pytest.approx(
        ratio(QColor("#767676"), QColor("white")))


def _window(make_window: WindowFactory, qtbot: Any, scheme: str) -> MainWindow:
    window = make_window(CountingAnalyze())
    window.set_theme(scheme)
    assert theme.current() == scheme
    window.paste_and_summarize(ARTICLE)
    wait_for_brief(qtbot, window)
    return window


def _failures(pairs: list[tuple[str, QColor, QColor]]) -> list[str]:
    return [f"{what}: {fg.name()} on {bg.name()} = {ratio(fg, bg):.2f}"
            for what, fg, bg in pairs if ratio(fg, bg) < AA]


@pytest.mark.parametrize("scheme", theme.SCHEMES)
def test_every_pair_the_window_draws_passes_aa(make_window: WindowFactory, qtbot: Any,
                                               scheme: str) -> None:
    window = _window(make_window, qtbot, scheme)
    applied = QApplication.palette()
    window_color = window.palette().color(Role.Window)
    pairs = [(f"palette {fg.name}/{bg.name}", applied.color(fg), applied.color(bg))
             for fg, bg in TEXT_ON]
    # Every visible widget outside the message bar, with the palette it is drawn with
    # (disabled controls are exempt in WCAG 1.4.3, as everywhere).
    for widget in window.findChildren(QWidget):
        if (widget.isVisible() and widget.isEnabled()
                and not window.message_bar.isAncestorOf(widget)):
            widget.ensurePolished()
            p = widget.palette()
            background = p.color(widget.backgroundRole())
            if widget.backgroundRole() == Role.Window and not widget.autoFillBackground():
                background = window_color  # not painted: the window shows through
            pairs.append((f"{type(widget).__name__} {widget.accessibleName()!r}",
                          p.color(widget.foregroundRole()), background))
    # Source highlights: summary sentences, marked mentions, dimmed removed text.
    editor = window.editor
    editor.mark([(0, 10)])
    editor.show_removed([(len("Lakeside Library Reopens After Two-Year Renovation\n\n"),
                          len("Lakeside Library Reopens After Two-Year Renovation\n\n") + 13)])
    base = editor.palette().color(Role.Base)
    kinds = set()
    for selection in editor.extraSelections():
        fmt = selection.format
        background = (fmt.background().color()
                      if fmt.hasProperty(QTextFormat.Property.BackgroundBrush) else base)
        kinds.add((fmt.foreground().color().name(), background.name()))
        pairs.append(("source highlight", fmt.foreground().color(), background))
    assert len(kinds) >= 3, kinds  # summary, mark and dimmed were all checked
    # The brief preview is a white page whatever the theme.
    pairs += [(f"brief page {name}", QColor(color), QColor("white"))
              for name, color in (("ink", layout.INK), ("muted", layout.MUTED),
                                  ("accent", layout.ACCENT))]
    assert not _failures(pairs), _failures(pairs)


@pytest.mark.parametrize("scheme", theme.SCHEMES)
@pytest.mark.parametrize("kind", ["error", "warning", "info"])
def test_message_bars_and_their_buttons_pass_aa(make_window: WindowFactory, qtbot: Any,
                                                scheme: str, kind: str) -> None:
    window = make_window(CountingAnalyze())
    window.set_theme(scheme)
    bar = window.message_bar
    bar.show_message(kind, "InBrief closed unexpectedly last time. Your text was kept.",
                     [("&Restore text", lambda: None), ("&Discard", lambda: None)])
    qtbot.waitUntil(bar.isVisible)
    children = [w for w in bar.findChildren(QWidget) if isinstance(w, (QLabel, QAbstractButton))]
    assert len(children) == 4  # the text, two actions, the close button
    for widget in (bar, *children):
        widget.ensurePolished()
    background = bar.palette().color(bar.backgroundRole())
    # What is on screen, not only what the palette says: a pixel of the bar's margin.
    shot = bar.grab().toImage()
    drawn = shot.pixelColor(5, shot.height() // 2)
    assert drawn.name() == background.name()
    pairs = [("bar text", w.palette().color(w.foregroundRole()), background) for w in children]
    pairs += [("button face", w.palette().color(w.foregroundRole()),
               w.palette().color(w.backgroundRole()))
              for w in children if isinstance(w, QAbstractButton)]
    assert not _failures(pairs), _failures(pairs)


@pytest.mark.parametrize("scheme", theme.SCHEMES)
def test_frames_and_focus_stand_out(make_window: WindowFactory, scheme: str) -> None:
    """WCAG 1.4.11: a control's frame and the focus ring are >= 3:1 against what surrounds
    them. Fusion draws frames in the widget's Window colour darkened by 140 (qfusionstyle.cpp,
    outline()) and the focus ring in Highlight."""
    window = make_window(CountingAnalyze())
    window.set_theme(scheme)
    QApplication.processEvents()  # palette changes reach the widgets as events
    behind = window.palette().color(Role.Window)
    controls = window.controls
    for widget in (controls.avoid_quotes, controls.unit, controls.language, controls.reference):
        frame = widget.palette().color(Role.Window).darker(140)
        assert ratio(frame, behind) >= 3.0, (type(widget).__name__, frame.name(), behind.name())
    focus = QApplication.palette().color(Role.Highlight)
    for surface in (Role.Window, Role.Base):
        assert ratio(focus, QApplication.palette().color(surface)) >= 3.0, surface.name


def test_a_theme_change_restyles_a_bar_already_shown(make_window: WindowFactory,
                                                     qtbot: Any) -> None:
    window = make_window(CountingAnalyze())
    window.set_theme("light")
    window.message_bar.show_message("error", "Could not read the file.")
    window.set_theme("dark")
    label = window.message_bar.label
    label.ensurePolished()
    window.message_bar.ensurePolished()
    bar = window.message_bar
    background = bar.palette().color(bar.backgroundRole())
    assert background.lightness() < 100  # a dark bar in the dark theme
    assert ratio(label.palette().color(label.foregroundRole()), background) >= AA


def test_system_high_contrast_is_followed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(theme, "system_wants_contrast", lambda: True)
    assert theme.effective("system") == "contrast"
    assert theme.effective("light") == "light"  # an explicit choice wins
