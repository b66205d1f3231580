"""Work budgets for very long texts: which sentences the later stages read.

Past ``WORK_BUDGET_CHARS`` characters (~50,000 words, a long report) nobody reads a one-page
brief for every sentence: the summary, dates, names and keywords are found in the opening
and in sentences spread evenly through the text, up to that budget, so a text of a million
words is analysed in seconds. Those stages read a shorter text made of the sentences kept
(runs of consecutive ones with what lies between them, runs joined by a blank line); the
offsets they return are mapped back into the whole text. Word and sentence counts always
cover the whole text.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from collections.abc import Collection, Sequence
from typing import TypeVar

from inbrief.core.brief import DateMention, Entity, Keyword, Mention

WORK_BUDGET_CHARS = 300_000
_OPENING_SHARE = 0.4


def sample_sentences(
    spans: Sequence[tuple[int, int]],
    length: int,
    budget: int,
    first: Collection[int] = (),
    opening_share: float = _OPENING_SHARE,
) -> list[int]:
    """Return the indices (in order) of the sentences read within ``budget`` characters.

    ``length`` is the length of the text the spans lie in. The opening up to
    ``opening_share`` of the budget, then the sentences of ``first``, then sentences spread
    evenly through the rest. Every sentence when the text fits the budget.
    """
    if length <= budget or not spans:
        return list(range(len(spans)))
    chosen: set[int] = set()
    used = 0
    for i, (start, end) in enumerate(spans):  # the opening, where news names its actors
        if used + (end - start) > budget * opening_share:
            break
        chosen.add(i)
        used += end - start
    for i in sorted(first):
        if 0 <= i < len(spans) and i not in chosen and used < budget:
            chosen.add(i)
            used += spans[i][1] - spans[i][0]
    remaining = [i for i in range(len(spans)) if i not in chosen]
    average = max(1, (length - used) // max(1, len(remaining)))
    step = max(1, round(len(remaining) / max(1, (budget - used) // average)))
    for i in remaining[::step]:
        if used >= budget:
            break
        chosen.add(i)
        used += spans[i][1] - spans[i][0]
    return sorted(chosen)


_JOIN = "\n\n"
_T = TypeVar("_T", Entity, Keyword)


class Sample:
    """The kept sentences of a long text as one shorter text, with the way back."""

    def __init__(self, text: str, spans: Sequence[tuple[int, int]], kept: Sequence[int]) -> None:
        self.kept = list(kept)
        self.position = {i: j for j, i in enumerate(self.kept)}  # whole index -> sample index
        pieces: list[str] = []
        self._starts: list[int] = []  # where each run starts in the sample text
        self._origins: list[int] = []  # ... and in the whole text
        self.spans: list[tuple[int, int]] = []
        length = 0
        previous = -2
        for i in self.kept:
            start, end = spans[i]
            if i == previous + 1:  # the same run: keep what lies between the two sentences
                run_start = self._origins[-1] + (length - self._starts[-1])
                pieces.append(text[run_start:end])
                length += end - run_start
            else:
                if pieces:
                    pieces.append(_JOIN)
                    length += len(_JOIN)
                self._starts.append(length)
                self._origins.append(start)
                pieces.append(text[start:end])
                length += end - start
            self.spans.append((length - (end - start), length))
            previous = i
        self.text = "".join(pieces)

    def whole(self, offset: int) -> int:
        """Return where the sample offset ``offset`` (a start) lies in the whole text."""
        run = max(0, bisect_right(self._starts, offset) - 1)
        return self._origins[run] + offset - self._starts[run]

    def whole_end(self, offset: int) -> int:
        """Return where the sample offset ``offset`` (an end) lies in the whole text."""
        return self.whole(offset - 1) + 1 if offset > 0 else self.whole(offset)

    def mention(self, found: Mention) -> Mention:
        return dataclasses.replace(
            found, start=self.whole(found.start), end=self.whole_end(found.end)
        )

    def date(self, found: DateMention) -> DateMention:
        return dataclasses.replace(
            found,
            start=self.whole(found.start),
            end=self.whole_end(found.end),
            sentence=self.kept[found.sentence] if found.sentence >= 0 else -1,
        )

    def with_mentions(self, item: _T) -> _T:
        """Return ``item`` (an Entity or a Keyword) with its mentions in the whole text."""
        return dataclasses.replace(item, mentions=tuple(self.mention(m) for m in item.mentions))
