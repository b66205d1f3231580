"""Map offsets in Brief.text (the cleaned text) to offsets in the editor's text."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from inbrief.core.brief import Brief

# How far past the previous sentence a sentence may start in the editor: cleaning removes
# lines (advertisements, captions, credits), never pages.
_SEARCH_WINDOW = 20_000


class OffsetMap:
    """Translate Brief.text spans to editor spans, sentence by sentence."""

    def __init__(self, brief_text: str, editor_text: str, sentences: Sequence[tuple[int, int]]):
        self.identical = brief_text == editor_text
        self._starts: list[int] = []
        self._pieces: list[tuple[int, int, list[int] | int]] = []  # (start, end, where)
        if self.identical:
            return
        position = 0
        for start, end in sentences:
            piece = brief_text[start:end]
            found = editor_text.find(piece, position, position + len(piece) + _SEARCH_WINDOW)
            if found >= 0:
                self._add(start, end, found)
                position = found + len(piece)
                continue
            aligned = _align_loosely(piece, editor_text, position)
            if aligned is not None:
                self._add(start, end, aligned)
                position = aligned[-1] + 1

    def _add(self, start: int, end: int, where: list[int] | int) -> None:
        self._starts.append(start)
        self._pieces.append((start, end, where))

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """Return the editor span of the Brief.text span ``start:end``, None if not found."""
        if self.identical:
            return start, end
        a = self.position(start)
        b = self.position(max(start, end - 1))
        if a is None or b is None:
            return None
        return a, b + 1

    def position(self, offset: int) -> int | None:
        """Return the editor offset of the Brief.text character at ``offset``."""
        if self.identical:
            return offset
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return None
        start, end, where = self._pieces[i]
        if offset >= end:
            return None
        if isinstance(where, int):
            return where + offset - start
        return where[offset - start]


def _align_loosely(piece: str, text: str, position: int) -> list[int] | None:
    """Return editor offsets for each character of ``piece`` matched ignoring whitespace."""
    words = piece.split()
    if not words:
        return None
    first = text.find(words[0], position, position + _SEARCH_WINDOW)
    if first < 0:
        return None
    result: list[int] = []
    j = first
    limit = min(len(text), first + 4 * len(piece) + 100)
    for char in piece:
        if char.isspace():
            # Whitespace maps onto the next editor position, whatever it holds there.
            result.append(min(j, len(text) - 1) if text else 0)
            continue
        while j < limit and text[j].isspace():
            j += 1
        if j >= limit or text[j] != char:
            return None
        result.append(j)
        j += 1
    return result


def build_map(brief: Brief, editor_text: str) -> OffsetMap:
    """Return the map from ``brief``'s offsets into ``editor_text``."""
    return OffsetMap(brief.text, editor_text, [(s.start, s.end) for s in brief.sentences])
