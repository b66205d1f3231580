"""Footnotes of a PDF page: small print at the foot of a column, found from font sizes.

pypdf's text visitor reports each piece of text with its font size and position; the
footnotes (and the copyright block of a paper's first page) are the lines set smaller
than the body text, in the lower part of the page, with no body text below them in
their column. Their text is then blanked out of the page's layout rows.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from inbrief.core.ingest.pdf_text import plain_letters

SMALL = 0.88  # footnotes are set at most this size of the body text
LOW = 0.45  # and start in this lower share of the page
MIN_CHARS = 6  # shorter pieces are too ambiguous to blank


@dataclass
class _Line:
    """One line of text as the visitor reports it: text, position and size."""

    text: str
    x: float
    y: float
    size: float


def _lines(page: Any) -> list[_Line]:
    """Return the page's text lines with position and font size, in content order."""
    lines: list[_Line] = []
    current: list[_Line] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(tm[3] * cm[3] + tm[2] * cm[1]) or abs(tm[0] * cm[0]) or 1.0
        for part_index, part in enumerate(text.split("\n")):
            if part_index and current:
                lines.append(_Line("".join(p.text for p in current), current[0].x,
                                   current[0].y, max(p.size for p in current)))
                current.clear()
            if part.strip():
                current.append(_Line(part, x, y, round(float(size) * scale, 1)))

    page.extract_text(visitor_text=visit)
    if current:
        lines.append(_Line("".join(p.text for p in current), current[0].x, current[0].y,
                           max(p.size for p in current)))
    return lines


def footnote_lines(page: Any) -> list[str]:
    """Return the texts of a page's footnote lines (small print at the foot of a column)."""
    lines = [line for line in _lines(page) if any(c.isalnum() for c in line.text)]
    if len(lines) < 5:
        return []
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[line.size] += len(line.text)
    body = sizes.most_common(1)[0][0]
    box = page.mediabox
    bottom, height = float(box.bottom), float(box.height) or 1.0
    width = float(box.width) or 1.0
    body_lines = [line for line in lines if abs(line.size - body) < 0.5]
    notes = []
    for line in lines:
        if line.size > SMALL * body or (line.y - bottom) / height > LOW:
            continue
        # Body text further down in the same column means this is a caption or a table.
        if any(other.y < line.y - 1 and abs(other.x - line.x) < 0.3 * width
               for other in body_lines):
            continue
        notes.append(line.text)
    return notes


def blank_footnotes(rows: list[str], notes: list[str]) -> list[str]:
    """Return layout rows with the footnote texts replaced by spaces (the grid stays);
    rows left blank are removed, so they do not read as paragraph breaks."""
    rows = list(rows)
    emptied: set[int] = set()
    for note in notes:
        words = plain_letters(note).split()
        if sum(len(word) for word in words) < MIN_CHARS:
            continue
        pattern = re.compile(r"\s*".join(re.escape(word) for word in words))
        for index in range(len(rows) - 1, -1, -1):  # footnotes sit low: search upwards
            found = pattern.search(rows[index])
            if found:
                start, end = found.span()
                rows[index] = rows[index][:start] + " " * (end - start) + rows[index][end:]
                if not rows[index].strip():
                    emptied.add(index)
                break
    return [row for index, row in enumerate(rows) if index not in emptied]
