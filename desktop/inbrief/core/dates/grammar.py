"""Date rules every language shares, and the word-order grammar (de, fr, es, it, pt, ru, ar)."""

from __future__ import annotations

import re

from inbrief.core.dates import timex
from inbrief.core.dates.languages import ENGLISH, ENGLISH_WORDS, Ago, DateLanguage, WordOrder
from inbrief.core.dates.relative import (
    bare_weekday,
    relative_month,
    unit_value,
)
from inbrief.core.dates.rules import (
    PRE,
    YEAR,
    Accept,
    Context,
    Resolved,
    Resolver,
    Rule,
    accept_year,
    alternation,
    numeric_resolver,
    pick_year,
    resolve_iso,
    resolve_year,
    resolve_year_range,
)

IGNORE_CASE = re.IGNORECASE
DETS = r"(?:this\s+(?:past|coming)|the\s+(?:past|last|coming|current|previous|following|next)|this|last|next|coming|past|previous)"  # noqa: E501
SEASON = alternation(ENGLISH.seasons)


def gate_pattern(pattern: str) -> re.Pattern[str]:
    """Return a compiled gate (see Rule.gate).

    Gates are plain literal alternations where possible, without \\b or look-arounds: the
    regex engine scans for those many times faster, and the full pattern checks boundaries.
    """
    return re.compile(pattern)


YEAR_GATE = gate_pattern(r"1[6-9]\d\d|20\d\d")
MONTH_GATE = gate_pattern(
    alternation(
        [
            *ENGLISH.months,
            *(f"{a}." for a in ENGLISH_WORDS.month_abbreviations),
            *(f"{a} " for a in ENGLISH_WORDS.month_abbreviations),
        ]
    )
)
WEEKDAY_GATE = gate_pattern(alternation(ENGLISH.weekdays))
YEAR_WORDS = (
    r"(?:(?:nineteen|eighteen)[-\s]+(?:(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety)(?:[-\s]+(?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two\s+thousand(?:\s+and)?(?:[-\s]+"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen))?)"
)


def anchored_rule(
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


PRE_WORDS = frozenset({"of", "early", "earlier", "late", "later", "in", "mid"})
DET_WORDS = frozenset(
    {"this", "last", "next", "coming", "past", "current", "previous", "following", "the"}
)


def common_rules(day_first: bool) -> list[Rule]:
    """Return the language-independent rules: ISO dates, numeric dates, bare years."""
    return [
        Rule(
            re.compile(
                r"\b(?P<y>1[6-9]\d\d|20\d\d)(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)\b"
                r"(?![-/.]\d)"
            ),
            resolve_iso,
            gate=gate_pattern(r"\d[-/.]\d"),
        ),
        Rule(  # "2009-2012", "1957-58": one mention valued as the first year
            re.compile(
                r"(?<![\d$€£¥#./-])\b(?P<year>1[6-9]\d\d|20\d\d)\s*[-–]\s*(?P<to>1[6-9]\d\d|20\d\d|\d\d)"
                r"\b(?![-–.,/]?\d)"
            ),
            resolve_year_range,
            gate=YEAR_GATE,
            window=(2, 14),
        ),
        Rule(
            re.compile(
                r"(?<![\d/.])\b(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)"
                r"(?P<y>\d{4}|\d{2})\b(?![/.]\d)"
            ),
            numeric_resolver(day_first),
            gate=gate_pattern(r"\d[/.]\d"),
        ),
        anchored_rule(
            rf"\b(?P<pre>{PRE})|\b(?:the\s+)?(?:(?P<season>{SEASON})|(?P<half>first|second|"
            rf"last)\s+half)\s+(?:of\s+)?|\b(?:fiscal|financial)\s+(?:year\s+)?|\bFY\s?",
            rf"\b(?P<year>{YEAR})\b",
            resolve_year,
            accept_year,
            gate=YEAR_GATE,
            after=PRE_WORDS | {"half", "fiscal", "financial", "year", "fy", *ENGLISH.seasons},
            flags=IGNORE_CASE,
        ),
    ]


def word_order_rules(language: DateLanguage, grammar: WordOrder) -> list[Rule]:
    """Return the rules of a language whose dates name months in words (German, French...)."""
    months, weekdays, seasons = language.months, language.weekdays, language.seasons
    relative_words = language.relative_words
    month_alt = alternation(months)
    flags = re.IGNORECASE

    def month_of(m: re.Match[str]) -> int:
        """Return the month number of the matched month name."""
        return months[m["mon"].lower()]

    def day_month(m: re.Match[str], ctx: Context) -> Resolved | None:
        """Return the value of "3. März 2023" / "14 juillet" (year from the text or nearest)."""
        month, day = month_of(m), int(m["day"])
        if m["year"]:
            value = timex.valid_day(int(m["year"]), month, day)
            return (timex.day_value(value), "absolute") if value else None
        value = timex.valid_day(pick_year(month, day, ctx, m.start(), m.end()), month, day)
        return (timex.day_value(value), "relative") if value else None

    def season_year(m: re.Match[str], ctx: Context) -> Resolved | None:
        """Return the value of "printemps 2026", "Frühjahr 2026"."""
        return timex.season_value(int(m["year"]), seasons[m["season"].lower()]), "absolute"

    def month_year(m: re.Match[str], ctx: Context) -> Resolved | None:
        """Return the value of "März 2023"."""
        return timex.month_value(int(m["year"]), month_of(m)), "absolute"

    def bare_month(m: re.Match[str], ctx: Context) -> Resolved | None:
        """Return the value of a month named alone."""
        return relative_month(month_of(m), 0, ctx, m.start(), m.end()), "relative"

    def weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
        """Return the day a weekday name refers to."""
        # As in English: the weekday follows its verb's tense.
        day = bare_weekday(weekdays[m["wd"].lower()], ctx, m.start(), m.end())
        return timex.day_value(day), "relative"

    def fixed(m: re.Match[str], ctx: Context) -> Resolved | None:
        """Return the value of "gestern", "hier", "el año pasado"..."""
        unit, offset = relative_words[m["w"].lower()]
        value = unit_value(unit, offset, ctx.reference)
        return (value, "relative") if value else None

    fixed_flags = 0 if grammar.capitalised_nouns else flags
    month_gate = gate_pattern(month_alt)
    rules = [
        *common_rules(day_first=True),
        Rule(
            re.compile(
                # A weekday naming the same day is part of the date: "mardi 14 octobre 2025".
                rf"(?:(?<!\w)(?:{alternation(weekdays)}){grammar.weekday_date})?"
                rf"\b(?P<day>[12]\d|3[01]|0?[1-9])(?:\.|º|°|er|ª)?{grammar.day_month}\s*"
                rf"(?P<mon>{month_alt})\b(?:{grammar.month_year},?\s+(?P<year>{YEAR})\b)?",
                flags,
            ),
            day_month,
            gate=month_gate,
        ),
        Rule(
            re.compile(
                rf"(?<!\w)(?P<season>{alternation(seasons)}){grammar.season_year}"
                rf"\s+(?P<year>{YEAR})\b",
                flags,
            ),
            season_year,
            gate=gate_pattern(alternation(seasons)),
        ),
        Rule(
            re.compile(
                rf"\b(?P<mon>{month_alt}){grammar.month_year}\s+(?P<year>{YEAR})\b", flags
            ),
            month_year,
            gate=month_gate,
        ),
        Rule(re.compile(rf"\b(?P<mon>{month_alt})\b", flags), bare_month, gate=month_gate),
        Rule(
            re.compile(rf"(?<!\w)(?P<wd>{alternation(weekdays)})(?!\w)", flags),
            weekday,
            gate=gate_pattern(alternation(weekdays)),
        ),
        Rule(
            re.compile(rf"(?<!\w)(?P<w>{alternation(relative_words)})(?!\w)", fixed_flags),
            fixed,
            gate=gate_pattern(alternation(relative_words)),
        ),
    ]
    if language.ago is not None:
        rules.append(_ago_rule(language.ago))
    return rules


def _ago_rule(forms: Ago) -> Rule:
    """Return the rule of "vor zwei Jahren", "il y a trois mois" (figures or number words)."""
    numbers, units = forms.numbers, forms.units

    def ago(m: re.Match[str], ctx: Context) -> Resolved | None:
        """Return the value of "vor zwei Jahren", "il y a trois mois"..."""
        number = m["n"].lower()
        count = int(number) if number.isdigit() else numbers[number]
        value = unit_value(units[m["unit"].lower()], -count, ctx.reference)
        return (value, "relative") if value else None

    return Rule(
        re.compile(
            r"(?<!\w)"
            + forms.pattern.format(
                n=rf"(?P<n>\d{{1,3}}|{alternation(numbers)})",
                unit=rf"(?P<unit>{alternation(units)})",
            )
            + r"(?!\w)",
            re.IGNORECASE,
        ),
        ago,
        gate=gate_pattern(alternation(units)),
        window=(24, 24),
    )
