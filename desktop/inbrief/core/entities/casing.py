"""A same-length copy of a text with ALL-CAPS passages (headlines, tables) in normal case."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from inbrief.core.entities.lexicon import ORGANIZATIONS

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“]\s+|\n\s*)$")
_KNOWN_ACRONYMS = frozenset(o for o in ORGANIZATIONS if o.isupper()) | frozenset(
    {"US", "UK", "USA", "UAE", "USSR", "EU", "UN"}
)


# A dateline's place in capitals before the agency or the dash: "WASHINGTON (AP) —",
# "NEW YORK, March 4 (Reuters) -", "GAZA CITY -" (recased like a shouting line's words).
_DATELINE = re.compile(
    r"[^\S\n]*(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,3})"
    r"(?=(?:,[^\n(—–-]{1,40})?\s*(?:\([^)\n]{1,40}\)\s*)?[—–-]{1,2}\s)"
)


def _dateline(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Return the range of the place in capitals a dateline opens line ``start``..``end``
    with, or None (at least four letters: "US -" stays)."""
    match = _DATELINE.match(text, start, end)
    if match is None or len(match.group("place").replace(" ", "")) < 4:
        return None
    return match.start("place"), match.end("place")


def _units(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the lines of every sentence: casing is judged per headline/line, not per text."""
    units = []
    for start, end in spans or [(0, len(text))]:
        pos = start
        for line in text[start:end].split("\n"):
            if line.strip():
                units.append((pos, pos + len(line)))
            pos += len(line) + 1
    return units


def _is_shouting(words: list[str]) -> bool:
    """Return True when most words of a line are in capitals (a headline, a table row)."""
    long_words = [w for w in words if len(w) >= 2]
    if not long_words:
        return False
    upper = [w for w in long_words if w.isupper()]
    if len(long_words) == 1:
        return len(upper) == 1 and len(upper[0]) >= 4 and upper[0] not in _KNOWN_ACRONYMS
    return len(upper) / len(long_words) >= 0.6


def _is_title_case(line: str, words: list[str], stop_words: frozenset[str]) -> bool:
    """Return True for a headline in Title Case (no commas, no final full stop)."""
    content = [w for w in words if len(w) >= 2 and w.casefold() not in stop_words]
    if not 4 <= len(content) <= 16 or "," in line or line.rstrip().endswith((".", ":")):
        return False
    return sum(1 for w in content if w[0].isupper()) >= 0.8 * len(content)


def restore_case(
    text: str, spans: Sequence[tuple[int, int]] = (), stop_words: frozenset[str] = frozenset()
) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """Return the text with shouting lines recased (same length), their ranges, and Title Case
    headline ranges (left as they are). A dateline's place in capitals ("WASHINGTON (AP) —")
    is recased too, but not returned among the shouting ranges (its words are no guess).

    Each capitalised word takes the form it has elsewhere in the text ("ITALY" -> "Italy",
    "AFTER" -> "after"), stop words become lower case, other words title case, known
    acronyms stay as they are.
    """
    units = _units(text, spans)
    shouting: list[tuple[int, int]] = []
    datelines: list[tuple[int, int]] = []  # recased too, but no guesswork: not returned
    titled: list[tuple[int, int]] = []
    others: list[tuple[int, int]] = []
    for start, end in units:
        unit_words = _WORD.findall(text, start, end)
        if _is_shouting(unit_words):
            shouting.append((start, end))
            continue
        dateline = _dateline(text, start, end)
        if dateline is not None:
            datelines.append(dateline)
        if _is_title_case(text[start:end], unit_words, stop_words):
            titled.append((start, end))  # "Council Approves Flood Barrier": judged, not recased
        others.append((start, end))
    if not shouting and not datelines:
        return text, [], titled
    # The forms words take elsewhere are read only when there is something to recase.
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for start, end in others:
        for m in _WORD.finditer(text, start, end):
            word = m.group()
            if word.isupper() and len(word) > 1 and word not in _KNOWN_ACRONYMS:
                continue
            initial = _SENTENCE_START.search(text, max(0, m.start() - 3), m.start())
            if initial and word[:1].isupper():
                continue  # a capital at the start of a sentence says nothing
            forms[word.casefold()][word] += 1
    chars = list(text)
    for start, end in sorted(shouting + datelines):
        first = True
        for m in _WORD.finditer(text, start, end):
            word = m.group()
            if not word.isupper() or len(word) < 2 or word in _KNOWN_ACRONYMS:
                first = False
                continue
            lowered = word.casefold()
            if lowered in forms:
                new = forms[lowered].most_common(1)[0][0]
            elif lowered in _ACRONYM_KEYS:
                new = word
            elif lowered in stop_words:
                new = word.lower()
            else:
                new = word[0] + word[1:].lower()
            if first:
                new = new[0].upper() + new[1:]
            first = False
            if len(new) == len(word):
                chars[m.start() : m.end()] = new
    return "".join(chars), shouting, titled


_ACRONYM_KEYS = frozenset(a.casefold() for a in _KNOWN_ACRONYMS)
