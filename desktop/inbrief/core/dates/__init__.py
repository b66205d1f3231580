"""Dates: find_dates() finds the date expressions of a text and values them as TIMEX3.

languages/   one DateLanguage record per language (words, tense cues, grammar data)
grammar*.py  the rules of each grammar: English, word order (de fr es it pt ru ar), CJK
rules.py     Rule and Context, shared regex pieces, the resolvers of absolute dates
relative.py  the resolvers of relative dates ("last week", "Friday", "the quarter")
timex.py     TIMEX3 values: making them, calendar arithmetic, parse_timex, order, describe
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from inbrief.core.brief import DateMention
from inbrief.core.dates.grammar import IGNORE_CASE, word_order_rules
from inbrief.core.dates.grammar_cjk import cjk_rules
from inbrief.core.dates.grammar_en import english_rules
from inbrief.core.dates.languages import (
    DATE_LANGUAGES,
    ENGLISH,
    ENGLISH_TENSE,
    Counters,
    DateLanguage,
    WordOrder,
    date_language,
)
from inbrief.core.dates.rules import Context, Rule


@functools.cache
def _rules(record: DateLanguage) -> tuple[Rule, ...]:
    """Return the compiled rules of a language, from the grammar that reads it."""
    if isinstance(record.grammar, WordOrder):
        return tuple(word_order_rules(record, record.grammar))
    if isinstance(record.grammar, Counters):
        return tuple(cjk_rules(record, record.grammar))
    return tuple(english_rules())


class _Cues(NamedTuple):
    """The compiled tense cues of a language."""

    future: re.Pattern[str]
    past: re.Pattern[str]
    past_verbs: re.Pattern[str] | None
    undecided: re.Pattern[str] | None


@functools.cache
def _tense_cues(record: DateLanguage) -> _Cues:
    """Return the compiled tense cues of a language (English's when it has none)."""
    cues = record.tense or ENGLISH_TENSE

    def optional(pattern: str) -> re.Pattern[str] | None:
        return re.compile(pattern, IGNORE_CASE) if pattern else None

    return _Cues(
        re.compile(cues.future, IGNORE_CASE),
        re.compile(cues.past, IGNORE_CASE),
        optional(cues.past_verbs),
        optional(cues.undecided),
    )


def warm_up() -> None:
    """Compile every language's patterns now, so the first real call is fast."""
    for language in DATE_LANGUAGES:
        find_dates("On Monday, 3 May 2021, and last week.", language, dt.date(2024, 1, 1))


class _Tense:
    """Tells whether the sentence around a position speaks of the future or the past."""

    def __init__(
        self, text: str, sentence_spans: Sequence[tuple[int, int]], language: DateLanguage
    ) -> None:
        self.text = text
        self.cues = _tense_cues(language)
        self.future, self.past = self.cues.future, self.cues.past
        self.spans = sorted(sentence_spans)
        self.starts = [s for s, _ in self.spans]
        self.cache: dict[tuple[int, int], int] = {}
        self.calls = 0
        # Marker positions over the whole text, computed once a text needs many answers (a
        # long list of weekdays without full stops would otherwise rescan the same stretch).
        self.markers: tuple[list[int], list[int]] | None = None

    def _bounds(self, start: int, end: int) -> tuple[int, int]:
        """Return the sentence holding start..end (given, or guessed from punctuation)."""
        index = bisect.bisect_right(self.starts, start) - 1
        if index >= 0 and self.spans[index][1] >= end:
            return self.spans[index]
        # No sentence given: the text between the nearest sentence ends, at most 250 away.
        text = self.text
        floor = max(0, start - 250)
        lo = max(text.rfind(mark, floor, start) for mark in _SENTENCE_ENDS) + 1
        ceiling = min(len(text), end + 250)
        stops = [i for i in (text.find(mark, end, ceiling) for mark in _SENTENCE_ENDS) if i >= 0]
        return max(lo, floor), min(stops) if stops else ceiling

    def _clause(self, start: int, end: int) -> tuple[int, int]:
        """Return the bounds of the clause around start..end within its sentence."""
        lo, hi = self._bounds(start, end)
        before = [m.end() for m in _CLAUSE_BREAK.finditer(self.text, lo, start)]
        after = _CLAUSE_BREAK.search(self.text, end, hi)
        return (before[-1] if before else lo), (after.start() if after else hi)

    def __call__(self, start: int, end: int) -> int:
        """Return +1 for future wording, -1 for past wording, 0 when there is neither."""
        bounds = self._clause(start, end)
        tense = self.cache.get(bounds)
        if tense is not None:
            return tense
        self.calls += 1
        if self.markers is None and self.calls > 200:
            self.markers = (
                [m.start() for m in self.future.finditer(self.text)],
                [m.start() for m in self.past.finditer(self.text)],
            )
        lo, hi = bounds
        if self.markers is not None:
            future, past = (
                bisect.bisect_left(found, lo) < bisect.bisect_left(found, hi)
                for found in self.markers
            )
        else:
            window = self.text[lo:hi]
            future = self.future.search(window) is not None
            past = not future and self.past.search(window) is not None
        tense = self.cache[bounds] = 1 if future else -1 if past else 0
        return tense

    def of_plan(self, start: int, end: int) -> int:
        """Return +1 when a modal before the date in its clause speaks of a plan ("said the
        work would begin in March", "should be finished by the summer"), not of a past one
        ("should have begun in March"); else 0."""
        undecided = self.cues.undecided
        if undecided is None:
            return 0
        lo, _ = self._clause(start, end)
        for modal in undecided.finditer(self.text, lo, start):
            if not _PERFECT.match(self.text, modal.end()):
                return 1
        return 0

    def of_event(self, start: int, end: int) -> int:
        """Return the tense of the verb of a clause: +1 future, -1 past (past-tense verbs,
        reporting verbs included, count: "said Thursday"), 0 neither."""
        verbs, undecided = self.cues.past_verbs, self.cues.undecided
        if verbs is None:
            return self(start, end)
        lo, hi = self._clause(start, end)
        # What a "that" after the weekday reports is another clause: "said Thursday that the
        # council will meet" keeps Thursday in the past.
        that = _REPORTED.search(self.text, end, hi)
        hi = that.start() if that else hi
        if self.future.search(self.text, lo, hi):
            return 1
        if undecided is not None and undecided.search(self.text, lo, start):
            return 0  # "said the flights would leave Thursday"
        if self.past.search(self.text, lo, hi) or verbs.search(self.text, lo, hi):
            return -1
        return 0


# Where a clause ends: tense is read from the clause holding the date, so "met on Tuesday and
# said the bridge will reopen" keeps Tuesday in the past.
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014]|\s(?:and|but|while|whereas|although|because)\s")
_PERFECT = re.compile(r"\s+(?:not\s+)?(?:have|'ve)\b|'ve\b", IGNORE_CASE)
_REPORTED = re.compile(r"\s(?:that|que|qu['’]|dass|che|что|إن|أن)(?!\w)", IGNORE_CASE)
_SENTENCE_ENDS = (". ", "! ", "? ", ".\n", "\n\n", '." ', ".\u201d ")


_WINDOW = 80  # how far before its core a prefix may start; longer than any prefix


def _matches(
    rule: Rule, text: str, lowered: str, gate_hits: dict[re.Pattern[str], list[tuple[int, int]]]
) -> Iterator[re.Match[str]]:
    """Yield the rule's matches, searching only near its gate hits when it has a gate.

    ``gate_hits`` caches each gate's hits for this text: several rules share a gate.
    """
    if rule.gate is None or not lowered:
        yield from rule.pattern.finditer(text)
        return
    hits = gate_hits.get(rule.gate)
    if hits is None:
        hits = gate_hits[rule.gate] = [(m.start(), m.end()) for m in rule.gate.finditer(lowered)]
    if rule.prefix is not None:
        for core, _ in hits:
            tail = lowered[max(0, core - 24) : core].rstrip(" ,-\n\t").rsplit(None, 1)
            found = None
            if tail and tail[-1] in rule.prefix_words:
                found = rule.prefix.search(text, max(0, core - _WINDOW), core)
            starts = (found.start(), core) if found and found.start() < core else (core,)
            for start in starts:
                match = rule.pattern.match(text, start)
                if match:
                    yield match
                    break
        return
    lo = hi = -1
    before, after = rule.window
    for hit_start, hit_end in hits:
        start, end = max(0, hit_start - before), hit_end + after
        if start > hi:
            if hi > lo:
                yield from rule.pattern.finditer(text, lo, hi)
            lo = max(0, text.rfind(" ", 0, start))
        hi = end
    if hi > lo:
        yield from rule.pattern.finditer(text, lo, hi)


# Words for "now" that also end or open the name of a paper or a programme when written with
# a capital after another capitalised word or a quote: "USA Today", "VOA Today", "This Week
# With David Brinkley".
_TITLE_WORDS = frozenset(["today", "tonight", "tomorrow", "yesterday", "this", "next", "now"])
_TITLE_BEFORE = re.compile(r"\b[A-Z][\w.&'’-]*[ \t]*$")
_QUOTE_BEFORE = re.compile(r"[\"“‘'][ \t]*$")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")


def _inside_number(text: str, start: int, end: int) -> bool:
    """Return True when the slashed date ``text[start:end]`` ends a longer number: an ISBN's
    or an order number's last digits ("978-1-60558-392-1/09/06"), no date."""
    return (start > 0 and "/" in text[start:end] and text[start - 1] in "-/"
            and text[start - 2 : start - 1].isdigit())


def _in_title(text: str, start: int, end: int) -> bool:
    """Return True when the expression at ``start``..``end`` is written as part of a title:
    a capital mid-sentence right after a capitalised word ("USA Today", "VOA Today"), or in
    quotes with capitalised words after it ("\"This Week With David Brinkley\"")."""
    if not text[start : start + 1].isupper():
        return False
    word = text[start:end].split(None, 1)[0].lower().strip(".,;:!?")
    if word not in _TITLE_WORDS:
        return False
    before = text[max(0, start - 30) : start]
    if _QUOTE_BEFORE.search(before):
        return _CAPITAL_AFTER.match(text, end) is not None  # '"Now we see..." opens a quote'
    if not before.strip() or before.rstrip()[-1:] in ".!?\n:;(":
        return False  # "Today, the council..." opens a sentence
    return _TITLE_BEFORE.search(before) is not None


def find_dates(
    text: str,
    language: str,
    reference: dt.date,
    sentence_spans: Sequence[tuple[int, int]] = (),
) -> list[DateMention]:
    """Return the date expressions of ``text`` in document order, with TIMEX3 values.

    ``language`` is a code ("de", "pt-BR"); a language without a DateLanguage record is read
    with the English rules. Relative expressions ("last week", "Friday") are resolved against
    ``reference``. ``sentence`` of each mention indexes ``sentence_spans`` (-1 when outside
    all of them).
    """
    record = date_language(language) or ENGLISH
    rules = _rules(record)
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased
        lowered = ""
    candidates: list[tuple[int, int, int, re.Match[str]]] = []
    gate_hits: dict[re.Pattern[str], list[tuple[int, int]]] = {}
    for index, rule in enumerate(rules):
        for match in _matches(rule, text, lowered, gate_hits):
            if match.end() == match.start():
                continue
            if _inside_number(text, match.start(), match.end()):
                continue
            if rule.accept is not None and not rule.accept(match, text):
                continue
            if _in_title(text, match.start(), match.end()):
                continue
            candidates.append((match.start(), match.end(), index, match))
    # Longest first, then earliest, then rule order: the fullest reading of each stretch wins.
    candidates.sort(key=lambda c: (c[0] - c[1], c[0], c[2]))
    taken = bytearray(len(text))
    chosen: list[tuple[int, int, int, re.Match[str]]] = []
    for candidate in candidates:
        start, end = candidate[0], candidate[1]
        if taken.find(1, start, end) == -1:
            taken[start:end] = b"\x01" * (end - start)
            chosen.append(candidate)
    chosen.sort()

    spans = list(sentence_spans)
    starts = [s for s, _ in spans]
    tense = _Tense(text, spans, record)
    context = Context(text, reference, None, tense, event_tense=tense.of_event,
                      plan_tense=tense.of_plan)
    mentions: list[DateMention] = []
    for start, end, index, match in chosen:
        resolved = rules[index].resolve(match, context)
        if resolved is None:
            continue
        value, kind = resolved
        if value[:4].isdigit():  # a calendar value (the cheap test; parse_timex reads them all)
            context.anchor = value
            if value[5:6] == "Q" and context.quarter is None:
                # A financial story is about the quarter its lead names: "the quarter" and
                # "the year-earlier period" refer to it even after a digression into another
                # one ("after a flat second quarter").
                context.quarter = value
        position = bisect.bisect_right(starts, start) - 1
        sentence = position if position >= 0 and start < spans[position][1] else -1
        mentions.append(DateMention(text[start:end], start, end, value, kind, sentence))  # type: ignore[arg-type]
    return mentions
