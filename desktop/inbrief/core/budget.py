"""Work budgets for very long texts: which sentences the later stages read.

Past ``WORK_BUDGET_CHARS`` characters (~50,000 words, a long report) nobody reads a one-page
brief for every sentence: the summary, dates, names and keywords are found in the opening
and in sentences spread evenly through the text, up to that budget, so a text of a million
words is analysed in seconds. The sentences left out are blanked (replaced by spaces, line
breaks kept at their edges) in a copy of the text, so every offset still points into the
whole text. Word and sentence counts always cover the whole text.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

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


def blank_outside(text: str, kept: Sequence[tuple[int, int]]) -> str:
    """Return ``text`` with everything outside the ``kept`` spans (in order) blanked: the
    same length, a gap that held left-out text becomes spaces between two line breaks."""
    pieces: list[str] = []
    position = 0
    for start, end in kept:
        pieces.append(_blank(text[position:start]))
        pieces.append(text[start:end])
        position = end
    pieces.append(_blank(text[position:]))
    return "".join(pieces)


def _blank(gap: str) -> str:
    if not gap or gap.isspace():
        return gap
    if len(gap) < 4:
        return " " * len(gap)
    return "\n\n" + " " * (len(gap) - 4) + "\n\n"
