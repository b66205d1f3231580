"""The source editor's highlights: extra selections over spans of its text, and back to spans.

Spans count the text's characters (as the Brief's offsets do), not the document's UTF-16 units
(see units.py)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from inbrief.ui.theme import HIGHLIGHT_TEXT
from inbrief.ui.units import Units


def colored(
    document: QTextDocument, spans: Sequence[tuple[int, int]], color: QColor
) -> list[QTextEdit.ExtraSelection]:
    """Return selections giving ``spans`` of ``document`` a ``color`` background."""
    fmt = QTextCharFormat()
    fmt.setBackground(color)
    fmt.setForeground(QColor(HIGHLIGHT_TEXT))  # dark text on the light highlight, any theme
    return formatted(document, spans, fmt)


def dimmed(
    document: QTextDocument, spans: Sequence[tuple[int, int]], color: QColor
) -> list[QTextEdit.ExtraSelection]:
    """Return selections drawing ``spans`` of ``document`` in the dimmed ``color``."""
    fmt = QTextCharFormat()
    fmt.setForeground(color)
    fmt.setProperty(QTextCharFormat.Property.UserProperty, "removed")  # tests tell it apart
    return formatted(document, spans, fmt)


def formatted(
    document: QTextDocument, spans: Sequence[tuple[int, int]], fmt: QTextCharFormat
) -> list[QTextEdit.ExtraSelection]:
    """Return selections with ``fmt`` over the ``spans`` that lie inside ``document``."""
    if not spans:
        return []
    length = document.characterCount() - 1
    units = Units(document.toPlainText())
    result = []
    for start, end in spans:
        start, end = units.to_qt(start), units.to_qt(end)
        if not 0 <= start < end <= length:
            continue
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        result.append(selection)
    return result


def spans_of(selections: list[QTextEdit.ExtraSelection]) -> list[tuple[int, int]]:
    """Return the (start, end) each of ``selections`` covers, in characters of its text."""
    if not selections:
        return []
    units = Units(selections[0].cursor.document().toPlainText())
    return units.spans_from_qt(
        [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in selections])


def join_adjacent(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Return ``spans`` with neighbours separated only by spaces merged (no unlit gaps)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and text[merged[-1][1]:start].strip(" \t") == "" and "\n" not in (
            text[merged[-1][1]:start]
        ):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
