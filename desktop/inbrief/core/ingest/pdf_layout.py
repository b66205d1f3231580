"""Reading order of PDF pages from pypdf's layout text: page furniture out, columns one by one.

pypdf's layout mode (``extract_text(extraction_mode="layout")``) places every glyph on a
fixed-width grid using the real font widths, one text row per baseline, top to bottom. On
that grid a column gutter is a band of blank characters that most rows have text on both
sides of, and running headers and footers are the outermost rows of each page.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

from inbrief.core.clean.pdf_copy import PAGE_ADDRESS, PRINT_STAMP

_GAP = re.compile(r"\s{5,}")
_DIGITS = re.compile(r"\d+")
_ROMAN = re.compile(r"^[ivxlc]{1,6}$", re.IGNORECASE)
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—(\[]\s*)?(?:page\s+|p\.\s*|seite\s+|página\s+)?\d{1,4}"
    r"(?:\s*(?:/|of|von|de|sur)\s*\d{1,4})?(?:\s*[-–—)\]])?$",
    re.IGNORECASE,
)
COLUMN_BREAK = "\f"  # between columns and pages: a paragraph may go on across it
EDGE_ROWS = 2  # rows at the top and at the bottom of a page where running lines live
MIN_COLUMN_ROWS = 6  # a gutter needs at least this many rows with text on both sides
INDENT = 4  # grid columns a paragraph's first line may be indented by
GUTTER_WIDTH = 1  # blank grid characters between two columns


def is_page_number(line: str) -> bool:
    """Return True for a line that is only a page number ("12", "Page 3 of 9", "- iv -")."""
    text = line.strip()
    return bool(_PAGE_NUMBER.match(text)) or bool(_ROMAN.match(text) and text.islower())


def _segments(row: str) -> list[str]:
    """Return the pieces of a grid row separated by wide gaps, each with single spaces."""
    return [" ".join(part.split()) for part in _GAP.split(row.strip()) if part.strip()]


def _signature(segment: str) -> str:
    """Return a running-line key: numbers replaced so "Page 3 of 9" matches "Page 4 of 9"."""
    return _DIGITS.sub("#", segment.casefold())


def _edge_indices(rows: list[str]) -> list[int]:
    """Return the indices of the first and last EDGE_ROWS non-blank rows of a page (only
    the very first and last of a short page, whose body would otherwise be all edge)."""
    filled = [i for i, row in enumerate(rows) if row.strip()]
    edge = EDGE_ROWS if len(filled) >= 4 * EDGE_ROWS else 1
    return sorted(set(filled[:edge] + filled[-edge:]))


@dataclass(frozen=True)
class Furniture:
    """Pages without their running lines, and the running line seen most (a book's title)."""

    pages: list[list[str]]
    running_title: str


def drop_furniture(pages: list[list[str]]) -> Furniture:
    """Return the pages' grid rows with running headers, footers and page numbers blanked.

    A piece of an edge row is furniture when it is a page number, or when the same piece
    (numbers aside) sits at the edge of at least three pages, or of 30% of a long document
    (left and right pages of a book often alternate two headers).
    """
    counts: Counter[str] = Counter()
    for rows in pages:
        counts.update({_signature(s) for i in _edge_indices(rows) for s in _segments(rows[i])})
    threshold = max(3, math.ceil(0.3 * len(pages)))
    running = {key for key, count in counts.items() if count >= threshold}
    cleaned: list[list[str]] = []
    seen: Counter[str] = Counter()

    def is_running(piece: str) -> bool:
        key = _signature(piece)
        # OCR text misreads a letter here and there ("VICKSBUEG"): close enough counts.
        return key in running or (len(key) >= 12 and any(
            SequenceMatcher(None, key, other).ratio() >= 0.9 for other in running))

    for rows in pages:
        rows = list(rows)
        for i in _edge_indices(rows):
            pieces = _segments(rows[i])
            if pieces and (all(is_page_number(p) or is_running(p) for p in pieces)
                           or _printed_by_browser(pieces)):
                rows[i] = ""
                seen.update(p for p in pieces if not is_page_number(p) and "#" not in
                            _signature(p) and sum(c.isalpha() for c in p) >= 8)
        cleaned.append(rows)
    return Furniture(cleaned, seen.most_common(1)[0][0] if seen else "")


PRINTED_PIECES = 3  # a browser's header or footer: two pieces, three with a centred one


def _printed_by_browser(pieces: list[str]) -> bool:
    """Return True for the header or footer a browser prints a web page with (a page's edge
    row, its pieces parted by wide gaps): the day and time it was printed beside the page's
    title or number (Chromium's "12/5/26, 11:13 AM   Title", Firefox's "1 of 2   12/5/26,
    11:13 AM"), the page's address beside its number (Chromium's "https://…   1/2") or after
    its title (Firefox's "Title   https://…")."""
    if len(pieces) > PRINTED_PIECES:
        return False
    if any(PRINT_STAMP.match(piece) for piece in pieces):
        return True
    if not any(PAGE_ADDRESS.match(piece) for piece in pieces):
        return False
    return any(is_page_number(piece) for piece in pieces) or (
        len(pieces) == 2 and bool(PAGE_ADDRESS.match(pieces[1])))


@dataclass(frozen=True)
class _Gutter:
    """Where two columns part on the grid: the blank band's column and the right margin."""

    column: int
    margin: int  # grid column where the right column's lines start

    def splits(self, row: str) -> bool:
        """Return True when the row is two column lines (or one), False when it crosses."""
        if row[self.column - 1:self.column + GUTTER_WIDTH - 1].strip():
            return False
        left = row[:self.column - 1].rstrip()
        right = row[self.column + GUTTER_WIDTH - 1:]
        if not left.strip() or not right.strip():
            return True
        start = self.column + GUTTER_WIDTH - 1 + len(right) - len(right.lstrip())
        gap = start - len(left)
        # A justified full-width line may have blanks there by chance: then its text goes
        # on after a word space or two, at some odd place rather than at the margin.
        if self.margin <= start <= self.margin + INDENT:
            return gap >= 2
        return start > self.margin and gap >= 4


def _right_starts(rows: list[str], column: int) -> Counter[int]:
    """Return how often text right of a blank band at ``column`` starts at each grid column."""
    starts: Counter[int] = Counter()
    for row in rows:
        if row[column - 1:column + GUTTER_WIDTH - 1].strip() or not row[:column - 1].strip():
            continue
        right = row[column + GUTTER_WIDTH - 1:]
        if right.strip():
            starts[column + GUTTER_WIDTH - 1 + len(right) - len(right.lstrip())] += 1
    return starts


def _gutter(rows: list[str]) -> _Gutter | None:
    """Return the gutter between two text columns, or None for a single column."""
    width = max((len(row.rstrip()) for row in rows), default=0)
    filled = [row for row in rows if row.strip()]
    if width < 20 or len(filled) < MIN_COLUMN_ROWS:
        return None
    best: tuple[int, _Gutter] | None = None
    for column in range(width // 4, 3 * width // 4):
        starts = _right_starts(filled, column)
        if not starts:
            continue
        gutter = _Gutter(column, starts.most_common(1)[0][0])
        both = sum(count for start, count in starts.items()
                   if gutter.margin <= start <= gutter.margin + INDENT)
        crossing = sum(not gutter.splits(row) for row in filled)
        # Rows crossing the gutter are allowed (a title, a wide figure) but must be fewer.
        if both >= max(MIN_COLUMN_ROWS, len(filled) // 4) and crossing < both:
            score = both - 3 * crossing
            if best is None or score >= best[0]:  # ties: the band next to the margin
                best = (score, gutter)
    return None if best is None else best[1]


def trim(lines: list[str]) -> list[str]:
    """Return lines without the blank ones at the start and the end."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return lines[filled[0]:filled[-1] + 1] if filled else []


def reading_order(rows: list[str], depth: int = 0) -> list[str]:
    """Return a page's lines in reading order: each column top to bottom, left to right.

    Rows that cross the gutter (a title, a full-width abstract or figure) end the column
    block above them, whose left column is read before its right one. Blank rows stay as
    "" so paragraph breaks survive; COLUMN_BREAK separates two columns.
    """
    # One split only: inside a column, wide word spaces of justified text or a table's
    # columns would pass for gutters.
    gutter = _gutter(rows) if depth < 1 else None
    if gutter is None:
        return [" ".join(row.split()) for row in rows]
    lines: list[str] = []
    left: list[str] = []
    right: list[str] = []

    def flush() -> None:
        lines.extend(trim(reading_order(left, depth + 1)))
        lines.append(COLUMN_BREAK)
        lines.extend(trim(reading_order(right, depth + 1)))
        lines.append("")
        left.clear()
        right.clear()

    cut = gutter.column - 1 + GUTTER_WIDTH // 2
    split = [gutter.splits(row) for row in rows]
    for index, row in enumerate(rows):
        # A lone row with text on both sides and no text row next to it (a line of authors
        # between blank rows) is one line whose word spaces happen to meet the gutter.
        both = row[:cut].strip() and row[cut:].strip()
        lone = both and not any(
            0 <= near < len(rows) and split[near] and rows[near].strip()
            for near in (index - 1, index + 1))
        if not split[index] or lone:
            if left or right:
                flush()
            lines.append(" ".join(row.split()))
            continue
        left.append(row[:cut])
        right.append(row[cut:])
    if left or right:
        flush()
    return lines
