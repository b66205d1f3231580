"""Text left out of the analysis: which editor lines it fills, and how the status bar says so."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from enum import Enum

from inbrief.core.textmap import METADATA_KINDS, Removed, RemovedKind, TextMap

Span = tuple[int, int]
# How the status bar names each kind: one stretch of it, several, and alone ("left out 212
# lines of menus and links").
_WORDS: dict[RemovedKind, tuple[str, str, str]] = {
    "menu": ("a menu", "menus", "menus and links"),
    "notice": ("a notice", "notices", "notices"),
    "caption": ("a photo caption", "photo captions", "photo captions"),
    "comments": ("comments", "comments", "comments"),
    "related": ("a related list", "related lists", "related links"),
    "references": ("a reference list", "reference lists", "the references"),
    "footer": ("a footer", "footers", "the footer"),
    "other": ("other text", "other text", "other text"),
}
MAX_KINDS_NAMED = 3


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


def left_out_spans(offsets: TextMap, removed: Sequence[Removed]) -> list[Span]:
    """Return the editor's spans left out of the analysis (ordered, disjoint): the cleaning's
    ``removed`` spans and what ingest deleted (surplus blank lines, control characters), not
    the characters ingest replaced (a ligature by its letters), which ``offsets`` maps to
    nothing either."""
    spans = sorted([*offsets.removed, *((item.start, item.end) for item in removed)])
    joined: list[Span] = []
    for start, end in spans:
        if start >= end:
            continue
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


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


def left_out_counts(states: Sequence[LineState]) -> tuple[int, int]:
    """Return (lines left out whole, lines left out in part)."""
    return (sum(s is LineState.REMOVED for s in states),
            sum(s is LineState.PARTIAL for s in states))


def in_editor(to_given: TextMap, removed: Sequence[Removed]) -> tuple[Removed, ...]:
    """Return ``removed`` (spans of the text given for analysis) in the editor's text, given
    the map of the given text in the editor's text."""
    found: list[Removed] = []
    for item in removed:
        for start, end in to_given.to_source_spans(item.start, item.end):
            found.append(Removed(start, end, item.kind))
    return tuple(found)


def metadata_spans(removed: Sequence[Removed]) -> list[Span]:
    """Return the spans lifted as the headline, byline or date: used, not left out."""
    return [(r.start, r.end) for r in removed if r.kind in METADATA_KINDS]


def removed_line_kinds(text: str, lines: Sequence[Span], states: Sequence[LineState],
                       removed: Sequence[Removed]) -> list[RemovedKind | None]:
    """Return the kind of each line left out whole (in order): the kind that covers most of
    its visible characters ("other" when no kind is known); None between them where lines
    with analysed text stand (so a notice here and one there count as two)."""
    kinds: list[RemovedKind | None] = []
    k = 0
    for (start, end), state in zip(lines, states, strict=True):
        if state in (LineState.KEPT, LineState.PARTIAL):
            if kinds and kinds[-1] is not None:
                kinds.append(None)
            continue
        if state is not LineState.REMOVED:
            continue
        while k < len(removed) and removed[k].end <= start:
            k += 1
        cover: Counter[RemovedKind] = Counter()
        m = k
        while m < len(removed) and removed[m].start < end:
            a, b = max(start, removed[m].start), min(end, removed[m].end)
            if a < b and removed[m].kind != "blank":
                cover[removed[m].kind] += _visible(text[a:b])
            m += 1
        kinds.append(cover.most_common(1)[0][0] if cover else "other")
    return kinds


def left_out_note(whole: int, partial: int, kinds: Sequence[RemovedKind | None] = ()) -> str:
    """Return what the status bar says about text left out ("" when nothing was), naming the
    main ``kinds`` of the lines left out whole (one per line, in order, None where analysed
    lines stand between them) when known: "left out
    212 lines of menus and links", "left out 12 lines: menus, a notice and a photo caption"."""
    if not whole:
        return f"left out part of {_lines(partial)}" if partial else ""
    note = f"left out {_lines(whole)}" + _kinds_in_words(kinds)
    if partial:
        note += (", " if ":" in note else " ") + f"and part of {partial:,} more"
    return note


def _kinds_in_words(kinds: Sequence[RemovedKind | None]) -> str:
    """Return " of menus and links" or ": menus, a notice and comments" for these line kinds
    ("" when none is known)."""
    lines: Counter[RemovedKind] = Counter()
    runs: Counter[RemovedKind] = Counter()
    previous: RemovedKind | None = None
    for given in kinds:
        if given is None:
            previous = None
            continue
        kind: RemovedKind = given if given in _WORDS else "other"
        lines[kind] += 1
        runs[kind] += kind != previous
        previous = kind
    if not lines or set(lines) == {"other"}:
        return ""
    named = [kind for kind, _ in lines.most_common()]
    if len(named) == 1:
        kind = named[0]
        one, _, alone = _WORDS[kind]
        if runs[kind] == 1 and kind not in ("menu", "footer") and one.startswith("a "):
            return f": {one}"
        return f" of {alone}"
    if "other" in named[:MAX_KINDS_NAMED]:
        named.remove("other")
        named.append("other")
    words = [_WORDS[k][0 if runs[k] == 1 else 1] for k in named[:MAX_KINDS_NAMED]]
    if len(named) > MAX_KINDS_NAMED:
        words.append("more")
    return ": " + ", ".join(words[:-1]) + " and " + words[-1]


def _lines(count: int) -> str:
    return f"{count:,} line" + ("" if count == 1 else "s")
