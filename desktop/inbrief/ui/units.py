"""Offsets in a text (Python's, one a character) and positions in a Qt document (UTF-16
units: a character past U+FFFF, an emoji or a rare ideograph, takes two).

The Brief's offsets, and every span the analysis gives the editor, count characters; a
QTextCursor counts units. Without the conversion, each emoji before a summary sentence moved
its highlight one unit to the left, and a paste's article replaced the clipboard's text short
of its end.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

_WIDE = re.compile("[\U00010000-\U0010ffff]")


class Units:
    """The conversion for one text: identity when it has no character past U+FFFF."""

    def __init__(self, text: str) -> None:
        # One scan finds none in most texts; then no list is made.
        wide = [] if _WIDE.search(text) is None else [m.start() for m in _WIDE.finditer(text)]
        self._wide = wide
        # The unit position right after the first unit of each wide character.
        self._halves = [offset + k + 1 for k, offset in enumerate(wide)]

    def to_qt(self, offset: int) -> int:
        """Return the document position of character offset ``offset``."""
        return offset + bisect_left(self._wide, offset) if self._wide else offset

    def from_qt(self, position: int) -> int:
        """Return the character offset of document position ``position`` (one inside a wide
        character's two units reads as that character's start)."""
        return position - bisect_right(self._halves, position) if self._wide else position

    def spans_to_qt(self, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        return [(self.to_qt(start), self.to_qt(end)) for start, end in spans]

    def spans_from_qt(self, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        return [(self.from_qt(start), self.from_qt(end)) for start, end in spans]
