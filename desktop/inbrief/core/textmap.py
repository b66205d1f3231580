"""TextMap: where each piece of an analysed text sits in the text it was made from.

Cleaning only cuts text out (whole lines, a wire dateline, surplus blank lines, outer
whitespace), so the cleaned text is its source with some spans removed. A TextMap lists the
kept segments ``(source_start, source_end, clean_start)``, each a slice of the source equal to
a slice of the clean text, ordered and disjoint in both; what lies between them in the source
is removed. Offsets and spans map both ways exactly, and maps compose.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal

Segment = tuple[int, int, int]  # (source_start, source_end, clean_start)
Span = tuple[int, int]

# Why a span of the source was left out: page furniture (menus and link lists, notices such as
# cookie, newsletter or share bars, photo captions and credits, comment sections, related or
# teaser lists, footers), text lifted as metadata (headline, byline, dateline), blank lines.
RemovedKind = Literal["menu", "notice", "caption", "comments", "related", "references", "footer",
                      "headline", "byline", "dateline", "blank", "other"]
REMOVED_KINDS: tuple[RemovedKind, ...] = (
    "menu", "notice", "caption", "comments", "related", "references", "footer", "headline",
    "byline", "dateline", "blank", "other",
)
# Kinds of text used as the article's title, author and date rather than dropped as junk.
METADATA_KINDS: frozenset[RemovedKind] = frozenset({"headline", "byline", "dateline"})


@dataclass(frozen=True)
class Removed:
    """A span ``start:end`` of a source text left out of the clean text, and why."""

    start: int
    end: int
    kind: RemovedKind = "other"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Removed:
        kind = data.get("kind", "other")
        return cls(int(data["start"]), int(data["end"]), kind if kind in REMOVED_KINDS else "other")


# TextMap.between: how long a stretch both texts share must be to pick up the walk again after a
# replaced character, and how far ahead to look for it.
_ANCHOR = 8
_NEAR = 3  # characters a short replacement takes on each side at most
_NEAR_ANCHOR = 2
_RESYNC = 256


@dataclass(frozen=True)
class TextMap:
    """The kept segments of a source text of ``source_length`` characters, in order."""

    source_length: int
    segments: tuple[Segment, ...] = ()

    # ------------------------------------------------------------ building
    @classmethod
    def identity(cls, length: int) -> TextMap:
        """Return the map of a text kept whole."""
        return cls(length, ((0, length, 0),) if length else ())

    @classmethod
    def keeping(cls, source_length: int, spans: Iterable[Span]) -> TextMap:
        """Return the map of the text made by joining these ``spans`` of the source, in order."""
        segments: list[Segment] = []
        clean = 0
        last_end = 0
        for start, end in spans:
            if not 0 <= last_end <= start <= end <= source_length:
                raise ValueError(f"span {(start, end)} out of order or outside the source")
            last_end = end
            if start == end:
                continue
            if segments and segments[-1][1] == start:
                first, _, at = segments[-1]
                segments[-1] = (first, end, at)
            else:
                segments.append((start, end, clean))
            clean += end - start
        return cls(source_length, tuple(segments))

    @classmethod
    def between(cls, source: str, target: str) -> TextMap:
        """Return the map of ``target``, a copy of ``source`` with characters deleted.

        Exact for deletions (trailing spaces, blank lines, control characters). Where a character
        was replaced instead (Unicode composition, a line separator become a newline), the
        replaced pieces stay out of the map on both sides and the walk resumes at the next
        stretch both texts share.
        """
        if source == target:
            return cls.identity(len(source))
        segments: list[Segment] = []
        i = j = 0
        while i < len(source) and j < len(target):
            same = _common_prefix(source, i, target, j)
            if same:
                segments.append((i, i + same, j))
                i, j = i + same, j + same
                continue
            # Deleted whitespace or control characters: the target's character follows them.
            run = i
            while run < len(source) and (source[run].isspace() or not source[run].isprintable()):
                run += 1
            found = source.find(target[j], i, run + 1)
            if found > i:
                i = found
                continue
            resumed = _resync(source, i, target, j)
            if resumed is None:
                break
            i, j = resumed
        return cls(len(source), tuple(segments))

    # ------------------------------------------------------------ reading
    @property
    def clean_length(self) -> int:
        """Return the length of the clean text the segments reach (its kept part)."""
        if not self.segments:
            return 0
        start, end, at = self.segments[-1]
        return at + end - start

    @property
    def removed(self) -> tuple[Span, ...]:
        """Return the source spans not kept, in order. A gap facing clean characters that map
        to nothing was replaced by them ("ﬁ" by "fi"), not removed: it is not one."""
        gaps: list[Span] = []
        position = clean = 0
        for start, end, at in self.segments:
            if start > position and at == clean:
                gaps.append((position, start))
            position, clean = end, at + end - start
        if position < self.source_length:
            gaps.append((position, self.source_length))
        return tuple(gaps)

    def is_identity(self) -> bool:
        return self.segments == TextMap.identity(self.source_length).segments

    def kept_text(self, source: str) -> str:
        """Return the clean text: the kept segments of ``source`` joined."""
        return "".join(source[start:end] for start, end, _ in self.segments)

    @cached_property
    def _source_starts(self) -> list[int]:
        return [start for start, _, _ in self.segments]

    @cached_property
    def _clean_starts(self) -> list[int]:
        return [at for _, _, at in self.segments]

    def to_clean(self, offset: int) -> int | None:
        """Return the clean offset of the source character at ``offset``, None if removed."""
        i = bisect.bisect_right(self._source_starts, offset) - 1
        if i < 0:
            return None
        start, end, at = self.segments[i]
        return at + offset - start if offset < end else None

    def to_source(self, offset: int) -> int | None:
        """Return the source offset of the clean character at ``offset``, None if unmapped."""
        i = bisect.bisect_right(self._clean_starts, offset) - 1
        if i < 0:
            return None
        start, end, at = self.segments[i]
        return start + offset - at if offset < at + end - start else None

    def to_source_spans(self, start: int, end: int) -> list[Span]:
        """Return the source pieces of the clean span ``start:end`` (several when text between
        its parts was removed; none when nothing of it maps). Clean characters that map to
        nothing between two pieces replaced the source's between them ("fi" for "ﬁ", a space
        for a line break): those pieces are one."""
        pieces: list[Span] = []
        i = max(0, bisect.bisect_right(self._clean_starts, start) - 1)
        clean_end = -1  # where the last piece ends in the clean text
        for source_start, source_end, at in self.segments[i:]:
            if at >= end:
                break
            a, b = max(start, at), min(end, at + source_end - source_start)
            if a < b:
                if pieces and a > clean_end:
                    pieces[-1] = (pieces[-1][0], source_start + b - at)
                else:
                    _append(pieces, source_start + a - at, source_start + b - at)
                clean_end = b
        return pieces

    def to_clean_spans(self, start: int, end: int) -> list[Span]:
        """Return the clean pieces of the kept parts of the source span ``start:end`` (one
        when only removed text lay between them)."""
        pieces: list[Span] = []
        i = max(0, bisect.bisect_right(self._source_starts, start) - 1)
        for source_start, source_end, at in self.segments[i:]:
            if source_start >= end:
                break
            a, b = max(start, source_start), min(end, source_end)
            if a < b:
                _append(pieces, at + a - source_start, at + b - source_start)
        return pieces

    def then(self, after: TextMap) -> TextMap:
        """Return the map of ``after``'s clean text in this map's source (this map's clean text
        is ``after``'s source)."""
        segments: list[Segment] = []
        later = after.segments
        k = 0
        for start, end, at in self.segments:
            clean_end = at + end - start
            while k < len(later) and later[k][1] <= at:
                k += 1
            m = k
            while m < len(later) and later[m][0] < clean_end:
                middle_start, middle_end, target = later[m]
                a, b = max(at, middle_start), min(clean_end, middle_end)
                if a < b:
                    piece = (start + a - at, start + b - at, target + a - middle_start)
                    if (segments and segments[-1][1] == piece[0]
                            and segments[-1][2] + segments[-1][1] - segments[-1][0] == piece[2]):
                        segments[-1] = (segments[-1][0], piece[1], segments[-1][2])
                    else:
                        segments.append(piece)
                m += 1
        return TextMap(self.source_length, tuple(segments))

    # ------------------------------------------------------------ serialisation
    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TextMap:
        segments = tuple((int(a), int(b), int(c)) for a, b, c in data.get("segments", ()))
        return cls(int(data["source_length"]), segments)


def _append(pieces: list[Span], start: int, end: int) -> None:
    """Add the span ``start:end`` to ``pieces``, joined to the last one when they touch."""
    if pieces and pieces[-1][1] == start:
        pieces[-1] = (pieces[-1][0], end)
    else:
        pieces.append((start, end))


def _common_prefix(a: str, i: int, b: str, j: int) -> int:
    """Return how many characters ``a[i:]`` and ``b[j:]`` share at their start."""
    limit = min(len(a) - i, len(b) - j)
    same, size = 0, 64
    while same < limit:
        size = min(size, limit - same)
        if a[i + same : i + same + size] == b[j + same : j + same + size]:
            same += size
            size *= 2
        elif size == 1:
            break
        else:
            size //= 2
    return same


def _resync(source: str, i: int, target: str, j: int) -> tuple[int, int] | None:
    """Return the nearest ``(i', j')`` ahead where both texts share ``_ANCHOR`` characters (or
    the rest of the target), or None when there is none within ``_RESYNC`` characters. A
    replacement of a few characters by a few others ("ﬂ" by "fl", "e" and a combining accent
    by "é") is stepped over first, where _NEAR_ANCHOR characters match right after it (the
    long anchor would skip what follows it up to the next stretch of eight: "ow." in "ﬂow.\n\n
    Then" against "flow. Then")."""
    for total in range(2, 2 * _NEAR + 1):  # the fewest characters skipped first
        for skip in range(max(1, total - _NEAR), min(total, _NEAR + 1)):
            near = source[i + skip : i + skip + _NEAR_ANCHOR]
            if len(near) == _NEAR_ANCHOR and near == target[j + total - skip :
                                                                j + total - skip + _NEAR_ANCHOR]:
                return i + skip, j + total - skip
    best: tuple[int, int] | None = None
    for skip in range(min(_RESYNC, len(target) - j)):
        if best is not None and skip >= best[0] - i + best[1] - j:
            break
        anchor = target[j + skip : j + skip + _ANCHOR]
        found = source.find(anchor, i, i + _RESYNC + len(anchor))
        if found >= 0 and (best is None or found - i + skip < best[0] - i + best[1] - j):
            best = (found, j + skip)
    return best
