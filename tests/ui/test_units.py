"""Character offsets and Qt's UTF-16 positions in the source editor (ui.units)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QTextDocument

from inbrief.ui import highlights
from inbrief.ui.source_editor import SourceEditor
from inbrief.ui.units import Units

TEXT = "😀 Ferry back. 👁👁 The island waits. Crossings resume Monday."


def test_offsets_and_positions_convert_both_ways() -> None:
    units = Units("😀a😀bc")
    # Positions: 😀 0-1, a 2, 😀 3-4, b 5, c 6, end 7.
    assert [units.to_qt(i) for i in range(6)] == [0, 2, 3, 5, 6, 7]
    assert [units.from_qt(p) for p in (0, 2, 3, 5, 6, 7)] == [0, 1, 2, 3, 4, 5]
    assert units.from_qt(1) == 0  # inside the emoji: its start
    plain = Units("no wide characters here")
    assert plain.to_qt(7) == 7 and plain.from_qt(7) == 7


def test_highlights_cover_the_characters_asked_for(qtbot: Any) -> None:
    document = QTextDocument()
    document.setPlainText(TEXT)
    start = TEXT.index("The island")
    end = TEXT.index("Crossings") - 1
    selections = highlights.colored(document, [(start, end)], QColor("yellow"))
    assert [s.cursor.selectedText() for s in selections] == ["The island waits."]
    assert highlights.spans_of(selections) == [(start, end)]


def test_the_editor_marks_and_dims_the_characters_asked_for(qtbot: Any) -> None:
    editor = SourceEditor()
    qtbot.addWidget(editor)
    editor.setPlainText(TEXT)
    start = TEXT.index("Crossings")
    editor.mark([(start, len(TEXT))])
    assert editor.textCursor().selectedText() == "Crossings resume Monday."
    assert editor.marked_spans() == [(start, len(TEXT))]
    editor.show_removed([(0, TEXT.index("The island"))])
    assert editor.removed_spans() == [(0, TEXT.index("The island"))]
