"""Find date expressions in a text and normalise them to TIMEX3 values."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence

from inbrief.core import timex
from inbrief.core.brief import DateMention
from inbrief.core.date_patterns import (
    DATE_JOINERS,
    DECADE_WORDS,
    EN_MONTH_ABBREVIATIONS,
    EN_MONTHS,
    EN_WEEKDAYS,
    MONTHS,
    ORDINALS,
    RELATIVE_WORDS,
    SEASON_WORDS,
    WEEKDAYS,
    YEAR_JOINERS,
    alternation,
)
from inbrief.core.date_rules import (
    APPROX,
    DAY,
    FIXED_DAYS,
    MONTH,
    MONTH_FULL,
    NUMBER,
    ORDINAL_Q,
    PRE,
    REFS,
    WEEKDAY,
    YEAR,
    Accept,
    Context,
    Resolved,
    Resolver,
    Rule,
    accept_bare_month,
    accept_year,
    numeric_resolver,
    pick_year,
    relative_month,
    resolve_ago,
    resolve_bare_month,
    resolve_century,
    resolve_decade,
    resolve_half,
    resolve_iso,
    resolve_month_day,
    resolve_month_rel_year,
    resolve_month_year,
    resolve_named_quarter,
    resolve_quarter,
    resolve_season,
    resolve_spoken_year,
    resolve_unit,
    resolve_weekday,
    resolve_weekend,
    resolve_word,
    resolve_year,
    resolve_year_earlier,
    unit_value,
)

_I = re.IGNORECASE
_DETS = r"(?:this\s+(?:past|coming)|the\s+(?:past|last|coming|current|previous|following|next)|this|last|next|coming|past|previous)"  # noqa: E501
_SEASON = alternation(SEASON_WORDS)

_FUTURE = re.compile(
    r"\b(?:will|won't|shall|going\s+to|(?:is|are|be)\s+(?:expected|scheduled|due|set|slated|"
    r"planned|likely)\s+to|plans?\s+to|intends?\s+to|upcoming)\b|'ll\b",
    _I,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|ago|earlier|last|yesterday|\w{3,}ed)\b", _I
)


def _gate(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_YEAR_GATE = _gate(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")
_MONTH_GATE = _gate(
    rf"\b(?:{alternation(EN_MONTHS)}|(?:{alternation(EN_MONTH_ABBREVIATIONS)})(?:\.|\b))"
)
_WEEKDAY_GATE = _gate(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day")
_UNIT_GATE = _gate(r"year|month|week|quarter|decade|century|spring|summer|autumn|fall|winter")
_YEAR_WORDS = (
    r"(?:(?:nineteen|eighteen)[-\s]+(?:(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety)(?:[-\s]+(?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two\s+thousand(?:\s+and)?(?:[-\s]+"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen))?)"
)


def _anchored(
    prefix: str,
    core: str,
    resolve: Resolver,
    accept: Accept | None = None,
    *,
    gate: re.Pattern[str],
    after: frozenset[str],
    flags: int = 0,
) -> Rule:
    """Return a rule matching ``(?:prefix)?core`` that is tried only where ``gate`` hits.

    ``after`` lists the lower-case words a prefix can end with: only after one of them is
    the (slower) prefix pattern searched for.
    """
    return Rule(
        re.compile(rf"(?:{prefix})?{core}", flags),
        resolve,
        accept,
        gate,
        re.compile(rf"(?:{prefix})\Z", flags),
        after,
    )


_PRE_WORDS = frozenset({"of", "early", "earlier", "late", "later", "in", "mid"})
_DET_WORDS = frozenset(
    {"this", "last", "next", "coming", "past", "current", "previous", "following", "the"}
)


def _common_rules(day_first: bool) -> list[Rule]:
    """Return the language-independent rules: ISO dates, numeric dates, bare years."""
    return [
        Rule(re.compile(r"\b(?P<y>1[6-9]\d\d|20\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"), resolve_iso),
        Rule(
            re.compile(
                r"(?<![\d/.])\b(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)"
                r"(?P<y>\d{4}|\d{2})\b(?![/.]\d)"
            ),
            numeric_resolver(day_first),
        ),
        _anchored(
            rf"\b(?P<pre>{PRE})|\b(?:the\s+)?(?:(?P<season>{_SEASON})|(?P<half>first|second|"
            rf"last)\s+half)\s+(?:of\s+)?|\b(?:fiscal|financial)\s+(?:year\s+)?|\bFY\s?",
            rf"\b(?P<year>{YEAR})\b",
            resolve_year,
            accept_year,
            gate=_YEAR_GATE,
            after=_PRE_WORDS | {"half", "fiscal", "financial", "year", "fy", *SEASON_WORDS},
            flags=_I,
        ),
    ]


def _english_rules() -> list[Rule]:
    wd_prefix = rf"\b{WEEKDAY},?\s+(?:the\s+)?"
    year_tail = rf"(?:,?\s+(?:of\s+)?(?P<year>{YEAR})\b)?"
    range_tail = r"(?:\s*[-–]\s*(?:[12]\d|3[01]|0?[1-9])\b(?!\s*[-/:.]?\d))?"
    return [
        *_common_rules(day_first=False),
        _anchored(
            wd_prefix,
            rf"\b(?P<mon>{MONTH})\s*(?P<day>{DAY})\b(?![:.,]?\d){range_tail}{year_tail}",
            resolve_month_day,
            gate=_MONTH_GATE,
            after=frozenset({*EN_WEEKDAYS, "the"}),
        ),
        Rule(
            re.compile(rf"\b(?:{wd_prefix})?(?P<day>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH}){year_tail}"),
            resolve_month_day,
            gate=_MONTH_GATE,
        ),
        _anchored(
            rf"\b(?i:{PRE})",
            rf"\b(?P<mon>{MONTH})(?:\s+of)?,?\s+(?P<year>{YEAR})\b",
            resolve_month_year,
            gate=_MONTH_GATE,
            after=_PRE_WORDS,
        ),
        _anchored(
            rf"\b(?i:{PRE})",
            rf"\b(?P<mon>{MONTH_FULL})\s+(?P<rel>(?i:this|last|next))\s+(?i:year)\b",
            resolve_month_rel_year,
            gate=_MONTH_GATE,
            after=_PRE_WORDS,
        ),
        _anchored(
            rf"\b(?i:{PRE})(?:(?P<det>(?i:{_DETS}))\s+)?",
            rf"\b(?P<mon>{MONTH_FULL})\b(?!\s*\d)",
            resolve_bare_month,
            accept_bare_month,
            gate=_MONTH_GATE,
            after=_PRE_WORDS | _DET_WORDS,
        ),
        _anchored(
            rf"\b(?:(?i:early|late)\s+)?(?:(?P<det>(?i:{_DETS}))\s+)?",
            rf"\b(?P<wd>{WEEKDAY})\b(?!s)",
            resolve_weekday,
            _accept_weekday,
            gate=_WEEKDAY_GATE,
            after=_DET_WORDS | {"early", "late"},
        ),
        Rule(
            re.compile(
                r"\b(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?:(?P<full>1[0-9]\d0|20\d0)'?s\b|"
                rf"'(?P<short>\d)0s\b|(?<=the\s)(?P<word>{alternation(DECADE_WORDS)})\b)",
                _I,
            ),
            resolve_decade,
            gate=_gate(r"\d0'?s\b|ties\b"),
        ),
        Rule(
            re.compile(
                rf"\b(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|"
                rf"{alternation(ORDINALS)})[-\s]century\b",
                _I,
            ),
            resolve_century,
            gate=_gate("century"),
        ),
        Rule(
            re.compile(
                rf"\b(?:(?:the|its|their|(?P<owner>this\s+year's|last\s+year's|next\s+year's)|"
                rf"(?P<y2>{YEAR})(?:'s)?)\s+)?(?:(?:fiscal|calendar)\s+)?(?P<q>{ORDINAL_Q})"
                rf"[-\s](?:fiscal[-\s])?quarter\b(?:\s+of\s+(?:fiscal\s+)?(?P<y>{YEAR}))?"
                rf"(?P<qn>)",
                _I,
            ),
            resolve_quarter,
            gate=_gate("quarter"),
        ),
        Rule(
            re.compile(
                rf"\bQ(?P<qn>[1-4])(?:\s+|\s*[-/]\s*)?(?:FY)?(?P<y>{YEAR}|'\d\d)?\b"
                rf"|\b(?P<y2>{YEAR})[-\s]Q(?P<q2>[1-4])\b(?P<q>)(?P<owner>)"
            ),
            lambda m, ctx: resolve_quarter_q(m, ctx),
        ),
        Rule(
            re.compile(r"\b(?:the\s+)?(?P<h>first|second)\s+half\s+of\s+(?:the|this)\s+year\b",
                       _I),
            resolve_half,
            gate=_gate("half"),
        ),
        Rule(
            re.compile(
                r"\b(?:the\s+|this\s+|that\s+)?(?P<which>current|this|that|next|coming|latest|"
                r"most\s+recent|year-ago|year-earlier|year\s+ago|year\s+earlier|comparable\s+"
                r"year-ago|comparable|corresponding|same|prior-year|year-before|previous|prior|past|"
                r"last)\s+(?:quarter|period)\b(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?"
                r"|\bthe\s+(?P<which2>quarter)\b(?!-|\s+(?:of|century|mile|point|percent|share))"
                rf"|\bthe\s+(?P<qy>{YEAR})\s+(?:quarter|period)\b",
                _I,
            ),
            resolve_named_quarter,
            lambda m, text: (m["which"] or "").lower() not in ("this", "last", "next", "past",
                                                              "previous", "that")
            or m.group().lower().split()[-1] == "quarter",
            _gate("quarter|period"),
        ),
        Rule(
            re.compile(r"\b(?:the\s+)?(?:year-earlier|year-ago)\b(?!\s+(?:quarter|period))", _I),
            resolve_year_earlier,
            gate=_gate("year-"),
        ),
        _anchored(
            rf"\b(?:{PRE})?(?:(?:the|this)\s+)?",
            r"\b(?P<det>this|last|next|coming|past|current|previous|following)\s+(?P<unit>year|"
            rf"month|week|weekend|quarter|decade|century|{_SEASON})\b(?!\s+or\s+(?:two|so))",
            resolve_unit,
            after=_PRE_WORDS | {"the", "this"},
            gate=_gate(
                r"\b(?:this|last|next|coming|past|current|previous|following)\s+(?:year|month|week|"
                r"quarter|decade|century|spring|summer|autumn|fall|winter)"
            ),
            flags=_I,
        ),
        Rule(  # durations ("the past two years", "the next few months"): claimed, not reported
            re.compile(
                rf"\b(?:the\s+)?(?:past|last|next|first|previous|following|coming)\s+"
                rf"(?:{NUMBER}|\d+)\s+(?:years|months|weeks|days|decades|quarters|hours|"
                r"minutes|centuries)\b",
                _I,
            ),
            lambda m, ctx: None,
            gate=_UNIT_GATE,
        ),
        Rule(
            re.compile(
                rf"\b{APPROX}?(?P<n>{NUMBER})\s+(?P<unit>years?|months?|weeks?|days?|decades?|"
                r"centuries)(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence)\b",
                _I,
            ),
            resolve_ago,
            gate=_gate(r"\b(?:ago|earlier|later|from now|hence)\b"),
        ),
        Rule(
            re.compile(
                r"\b(?:(?:early|late|earlier|later)\s+)?(?P<w>"
                rf"the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|{alternation(FIXED_DAYS)})\b",
                _I,
            ),
            resolve_word,
            gate=_gate("today|yesterday|tomorrow"),
        ),
        Rule(
            re.compile(
                rf"\b(?P<w>{alternation(REFS)}|(?:recent|past)\s+(?:years|months|weeks|days|times|"
                r"decades)|(?:the\s+)?coming\s+(?:years|months|weeks|days)|year[-\s]end|the\s+end\s+"
                r"of\s+the\s+year)\b(?<!as\ssoon)(?!\s+(?:as|after|afterwards|thereafter)\b)",
                _I,
            ),
            resolve_word,
            lambda m, text: not text[max(0, m.start() - 3) : m.start()].lower().startswith("as "),
            _gate(r"now|current|present|recent|lately|past|soon|future|coming|year|these"),
        ),
        Rule(
            re.compile(
                r"\bthe\s+(?:(?:full|whole|entire|current)\s+)?year\b(?=\s*[,.;:)]|\s+"
                r"(?:ended|ending|to\s+date|so\s+far|as\s+a\s+whole)\b)",
                _I,
            ),
            lambda m, ctx: (timex.year_value(ctx.reference.year), "relative"),
            gate=_gate(r"\byear\b"),
        ),
        Rule(
            re.compile(r"\b(?:over\s+)?the\s+weekend\b", _I),
            resolve_weekend,
            gate=_gate("weekend"),
        ),
        Rule(
            re.compile(rf"\b(?:the\s+year\s+)?(?P<sy>{_YEAR_WORDS})\b", _I),
            resolve_spoken_year,
            gate=_gate("nineteen|eighteen|two thousand"),
        ),
        Rule(
            re.compile(rf"\b(?:the\s+)?(?:(?:early|late)\s+)?(?P<s>{_SEASON})\b(?!\s+(?:of\s+)?\d)",
                       _I),
            resolve_season,
            _accept_season,
            _gate("spring|summer|autumn|fall|winter"),
        ),
    ]


def _accept_weekday(m: re.Match[str], text: str) -> bool:
    """Reject weekdays that TimeML treats as times or sets ("Friday night", "each Monday")."""
    after = text[m.end() : m.end() + 12].lower()
    before = text[max(0, m.start() - 10) : m.start()].lower()
    if re.match(r"\s+(?:morning|afternoon|evening|night|nights)\b", after):
        return False
    return not re.search(r"(?:each|every|a\.m\.|p\.m\.|noon|midnight|night)\s+$", before)


def _accept_season(m: re.Match[str], text: str) -> bool:
    """Accept a season word alone only after "the"/"in"/"during"... ("fall" is also a verb)."""
    if m.group().lower().startswith("the"):
        return m["s"].lower() != "fall" or True
    before = text[max(0, m.start() - 10) : m.start()].lower().split()
    return bool(before) and before[-1] in {"in", "during", "over", "through", "by", "since",
                                           "until", "this"} and m["s"].lower() != "fall"


def resolve_quarter_q(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Return the value of "Q3 2025" / "2025 Q3"."""
    quarter = int(m["qn"] or m["q2"])
    year_text = m["y"] or m["y2"]
    if not year_text:
        return timex.quarter_value(ctx.reference.year, quarter), "relative"
    year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text[1:])
    return timex.quarter_value(year, quarter), "absolute"


def _foreign_rules(language: str) -> list[Rule]:
    """Return the rules for a language with month tables (German, French, Spanish...)."""
    months = MONTHS[language]
    weekdays = WEEKDAYS[language]
    month_alt = alternation(months)
    joiner, year_joiner = DATE_JOINERS[language], YEAR_JOINERS[language]
    flags = re.IGNORECASE

    def month_of(m: re.Match[str]) -> int:
        return months[m["mon"].lower()]

    def day_month(m: re.Match[str], ctx: Context) -> Resolved | None:
        month, day = month_of(m), int(m["day"])
        if m["year"]:
            value = timex.valid_day(int(m["year"]), month, day)
            return (timex.day_value(value), "absolute") if value else None
        value = timex.valid_day(pick_year(month, day, ctx, m.start(), m.end()), month, day)
        return (timex.day_value(value), "relative") if value else None

    def month_year(m: re.Match[str], ctx: Context) -> Resolved | None:
        return timex.month_value(int(m["year"]), month_of(m)), "absolute"

    def bare_month(m: re.Match[str], ctx: Context) -> Resolved | None:
        return relative_month(month_of(m), 0, ctx, m.start(), m.end()), "relative"

    def weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
        wd = weekdays[m["wd"].lower()]
        day = timex.nearest_weekday(ctx.reference, wd, ctx.tense(m.start(), m.end()))
        return timex.day_value(day), "relative"

    def fixed(m: re.Match[str], ctx: Context) -> Resolved | None:
        unit, offset = RELATIVE_WORDS[language][m["w"].lower()]
        value = unit_value(unit, offset, ctx.reference)
        return (value, "relative") if value else None

    # German nouns are capitalised: "Morgen" is "morning", lower-case "morgen" is "tomorrow".
    fixed_flags = 0 if language == "de" else flags
    return [
        *_common_rules(day_first=True),
        Rule(
            re.compile(
                rf"\b(?P<day>[12]\d|3[01]|0?[1-9])(?:\.|º|°|er|ª)?{joiner}\s*(?P<mon>{month_alt})\b"
                rf"(?:{year_joiner},?\s+(?P<year>{YEAR})\b)?",
                flags,
            ),
            day_month,
        ),
        Rule(
            re.compile(rf"\b(?P<mon>{month_alt}){year_joiner}\s+(?P<year>{YEAR})\b", flags),
            month_year,
        ),
        Rule(re.compile(rf"\b(?P<mon>{month_alt})\b", flags), bare_month),
        Rule(re.compile(rf"(?<!\w)(?P<wd>{alternation(weekdays)})(?!\w)", flags), weekday),
        Rule(
            re.compile(rf"(?<!\w)(?P<w>{alternation(RELATIVE_WORDS[language])})(?!\w)",
                       fixed_flags),
            fixed,
        ),
    ]


@functools.cache
def rules_for(language: str) -> tuple[Rule, ...]:
    """Return the compiled rules for a language (English rules for unknown languages)."""
    code = language.lower().split("-")[0]
    if code in MONTHS:
        return tuple(_foreign_rules(code))
    return tuple(_english_rules())


def warm_up() -> None:
    """Compile every language's patterns now, so the first real call is fast."""
    for language in ("en", *MONTHS):
        find_dates("On Monday, 3 May 2021, and last week.", language, dt.date(2024, 1, 1))


class _Tense:
    """Tells whether the sentence around a position speaks of the future or the past."""

    def __init__(self, text: str, sentence_spans: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.spans = sorted(sentence_spans)
        self.starts = [s for s, _ in self.spans]
        self.cache: dict[tuple[int, int], int] = {}

    def _bounds(self, start: int, end: int) -> tuple[int, int]:
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

    def __call__(self, start: int, end: int) -> int:
        """Return +1 for future wording, -1 for past wording, 0 when there is neither."""
        bounds = self._bounds(start, end)
        tense = self.cache.get(bounds)
        if tense is None:
            window = self.text[bounds[0] : bounds[1]]
            tense = 1 if _FUTURE.search(window) else -1 if _PAST.search(window) else 0
            self.cache[bounds] = tense
        return tense


_SENTENCE_ENDS = (". ", "! ", "? ", ".\n", "\n\n", '." ', ".\u201d ")


_WINDOW = 80  # characters around a gate hit; longer than any modifier or tail of a rule


def _matches(rule: Rule, text: str, lowered: str) -> Iterator[re.Match[str]]:
    """Yield the rule's matches, searching only near its gate hits when it has a gate."""
    if rule.gate is None or not lowered:
        yield from rule.pattern.finditer(text)
        return
    if rule.prefix is not None:
        for hit in rule.gate.finditer(lowered):
            core = hit.start()
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
    for hit in rule.gate.finditer(lowered):
        start, end = max(0, hit.start() - _WINDOW), hit.end() + _WINDOW
        if start > hi:
            if hi > lo:
                yield from rule.pattern.finditer(text, lo, hi)
            lo = max(0, text.rfind(" ", 0, start))
        hi = end
    if hi > lo:
        yield from rule.pattern.finditer(text, lo, hi)


def find_dates(
    text: str,
    language: str,
    reference: dt.date,
    sentence_spans: Sequence[tuple[int, int]] = (),
) -> list[DateMention]:
    """Return the date expressions of ``text`` in document order, with TIMEX3 values.

    Relative expressions ("last week", "Friday") are resolved against ``reference``.
    ``sentence`` of each mention indexes ``sentence_spans`` (-1 when outside all of them).
    """
    rules = rules_for(language or "en")
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased
        lowered = ""
    candidates: list[tuple[int, int, int, re.Match[str]]] = []
    for index, rule in enumerate(rules):
        for match in _matches(rule, text, lowered):
            if match.end() == match.start():
                continue
            if rule.accept is not None and not rule.accept(match, text):
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
    context = Context(text, reference, None, _Tense(text, spans))
    mentions: list[DateMention] = []
    for start, end, index, match in chosen:
        resolved = rules[index].resolve(match, context)
        if resolved is None:
            continue
        value, kind = resolved
        if value[:4].isdigit():
            context.anchor = value
            if value[5:6] == "Q":
                context.quarter = value
        position = bisect.bisect_right(starts, start) - 1
        sentence = position if position >= 0 and start < spans[position][1] else -1
        mentions.append(DateMention(text[start:end], start, end, value, kind, sentence))  # type: ignore[arg-type]
    return mentions
