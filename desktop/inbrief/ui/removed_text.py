"""Text left out of the analysis: which editor lines it fills, and how the status bar says so."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

Span = tuple[int, int]
MAX_META_WORDS = 14  # a byline or date line is no longer than this


class LineState(Enum):
    """What the analysis did with one line of the editor's text."""

    BLANK = "blank"  # nothing but whitespace
    KEPT = "kept"  # every visible character analysed
    PARTIAL = "partial"  # some visible characters left out (a dateline cut from a paragraph)
    REMOVED = "removed"  # every visible character left out


def _visible(text: str) -> int:
    """Return how many characters of ``text`` are not whitespace."""
    return len("".join(text.split()))


def line_states(text: str, lines: Sequence[Span], removed: Sequence[Span]) -> list[LineState]:
    """Return the state of each line ``(start, end)`` of ``text`` (ordered, end without the
    newline) given the ``removed`` spans of ``text`` (ordered, disjoint)."""
    states: list[LineState] = []
    k = 0
    for start, end in lines:
        total = _visible(text[start:end])
        if not total:
            states.append(LineState.BLANK)
            continue
        while k < len(removed) and removed[k][1] <= start:
            k += 1
        cut = 0
        m = k
        while m < len(removed) and removed[m][0] < end:
            a, b = max(start, removed[m][0]), min(end, removed[m][1])
            if a < b:
                cut += _visible(text[a:b])
            m += 1
        if cut == 0:
            states.append(LineState.KEPT)
        elif cut >= total:
            states.append(LineState.REMOVED)
        else:
            states.append(LineState.PARTIAL)
    return states


def hidden_lines(text: str, lines: Sequence[Span], removed: Sequence[Span]) -> list[bool]:
    """Return which lines to hide when removed text is hidden: lines left out whole, and blank
    lines that follow a hidden line or whose own line break was left out (no gaps of blank
    lines where a menu was); blank lines between two shown lines stay (a headline, byline and
    date taken out to show on top keep their spacing)."""
    states = line_states(text, lines, removed)
    hidden: list[bool] = []
    k = 0
    for (start, end), state in zip(lines, states, strict=True):
        if state is LineState.REMOVED:
            hidden.append(True)
        elif state is LineState.BLANK:
            # The line's break (the last line has none) lies in a removed span.
            at = min(end, len(text) - 1)
            while k < len(removed) and removed[k][1] <= at:
                k += 1
            broken = k < len(removed) and removed[k][0] <= at < removed[k][1]
            hidden.append(bool(hidden and hidden[-1]) or (broken and at >= start))
        else:
            hidden.append(False)
    return _keep_gaps_between_shown(states, hidden)


def _keep_gaps_between_shown(states: Sequence[LineState], hidden: list[bool]) -> list[bool]:
    """Return ``hidden`` with the blank lines between two shown lines with text shown."""
    result = list(hidden)
    above: bool | None = None  # is the last line with text above shown? None: no such line
    run: list[int] = []  # the blank lines since that line
    for index, state in enumerate(states):
        if state is LineState.BLANK:
            run.append(index)
            continue
        if above and not hidden[index]:
            for blank in run:
                result[blank] = False
        above, run = not hidden[index], []
    return result


def text_lines(text: str) -> list[Span]:
    """Return the ``(start, end)`` of each line of ``text`` (split at newlines)."""
    lines: list[Span] = []
    start = 0
    for line in text.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    return lines


def lifted_lines(text: str, removed: Sequence[Span], title: str, author: str,
                 published: str | None) -> list[Span]:
    """Return the lines cleaning took out of the text to use as the title, byline or date: the
    lines left out whole above the first analysed line that hold the title, or are short and
    name the author or the year of publication. They are used, not left out."""
    lines = text_lines(text)
    year = (published or "")[:4]
    found: list[Span] = []
    for (start, end), state in zip(lines, line_states(text, lines, removed), strict=True):
        if state in (LineState.KEPT, LineState.PARTIAL):
            break
        if state is not LineState.REMOVED:
            continue
        line = text[start:end]
        short = len(line.split()) <= MAX_META_WORDS
        if ((title and _key(line) == _key(title))
                or (short and author and author.casefold() in line.casefold())
                or (short and year and year in line)):
            found.append((start, end))
    return found


def without(spans: Sequence[Span], cuts: Sequence[Span]) -> list[Span]:
    """Return ``spans`` less the parts inside ``cuts`` (both ordered and disjoint)."""
    result: list[Span] = []
    k = 0
    for start, end in spans:
        position = start
        while k < len(cuts) and cuts[k][1] <= position:
            k += 1
        m = k
        while m < len(cuts) and cuts[m][0] < end:
            if cuts[m][0] > position:
                result.append((position, cuts[m][0]))
            position = max(position, cuts[m][1])
            m += 1
        if position < end:
            result.append((position, end))
    return result


def _key(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def left_out_counts(states: Sequence[LineState]) -> tuple[int, int]:
    """Return (lines left out whole, lines left out in part)."""
    return (sum(s is LineState.REMOVED for s in states),
            sum(s is LineState.PARTIAL for s in states))


def left_out_note(whole: int, partial: int) -> str:
    """Return what the status bar says about text left out ("" when nothing was)."""
    if whole and partial:
        return f"left out {_lines(whole)} and part of {partial:,} more"
    if whole:
        return f"left out {_lines(whole)}"
    if partial:
        return f"left out part of {_lines(partial)}"
    return ""


def _lines(count: int) -> str:
    return f"{count:,} line" + ("" if count == 1 else "s")
