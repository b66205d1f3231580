"""Compiled English date rules: which expressions count as dates and how each is valued."""

from __future__ import annotations

import re

from inbrief.core.dates import timex
from inbrief.core.dates.grammar import (
    DET_WORDS,
    DETS,
    IGNORE_CASE,
    MONTH_GATE,
    PRE_WORDS,
    SEASON,
    WEEKDAY_GATE,
    YEAR_WORDS,
    anchored_rule,
    common_rules,
    gate_pattern,
)
from inbrief.core.dates.languages import ENGLISH, ENGLISH_WORDS
from inbrief.core.dates.relative import (
    REFS,
    accept_bare_month,
    resolve_ago,
    resolve_bare_month,
    resolve_half,
    resolve_holiday,
    resolve_month_rel_year,
    resolve_named_quarter,
    resolve_quarter,
    resolve_quarter_q,
    resolve_season,
    resolve_unit,
    resolve_weekday,
    resolve_weekend,
    resolve_word,
    resolve_year_earlier,
)
from inbrief.core.dates.rules import (
    APPROX,
    DAY,
    MONTH,
    MONTH_FULL,
    NUMBER,
    ORDINAL_Q,
    PRE,
    WEEKDAY,
    YEAR,
    Rule,
    alternation,
    resolve_century,
    resolve_decade,
    resolve_month_day,
    resolve_month_year,
    resolve_spoken_year,
)


def english_rules() -> list[Rule]:
    """Return the English rules, longest and most specific expressions included."""
    wd_prefix = rf"\b{WEEKDAY},?\s+(?:the\s+)?"
    year_tail = rf"(?:,?\s+(?:of\s+)?(?P<year>{YEAR})\b)?"
    range_tail = r"(?:\s*[-–]\s*(?:[12]\d|3[01]|0?[1-9])\b(?!\s*[-/:.]?\d))?"
    return [
        *common_rules(day_first=False),
        anchored_rule(
            wd_prefix,
            rf"\b(?P<mon>{MONTH})\s*(?P<day>{DAY})\b(?![:.,]?\d){range_tail}{year_tail}",
            resolve_month_day,
            gate=MONTH_GATE,
            after=frozenset({*ENGLISH.weekdays, "the"}),
        ),
        Rule(
            re.compile(
                rf"\b(?:{wd_prefix})?(?P<day>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH}){year_tail}"
            ),
            resolve_month_day,
            gate=MONTH_GATE,
            window=(36, 16),
        ),
        anchored_rule(
            rf"\b(?i:{PRE})",
            rf"\b(?P<mon>{MONTH})(?:\s+of)?,?\s+(?P<year>{YEAR})\b",
            resolve_month_year,
            gate=MONTH_GATE,
            after=PRE_WORDS,
        ),
        anchored_rule(
            rf"\b(?i:{PRE})",
            rf"\b(?P<mon>{MONTH_FULL})\s+(?P<rel>(?i:this|last|next))\s+(?i:year)\b",
            resolve_month_rel_year,
            gate=MONTH_GATE,
            after=PRE_WORDS,
        ),
        anchored_rule(
            rf"\b(?i:{PRE})(?:(?P<det>(?i:{DETS}))\s+)?",
            rf"\b(?P<mon>{MONTH_FULL})\b(?!\s*\d)",
            resolve_bare_month,
            accept_bare_month,
            gate=MONTH_GATE,
            after=PRE_WORDS | DET_WORDS,
        ),
        anchored_rule(
            rf"\b(?:(?i:early|late)\s+)?(?:(?P<det>(?i:{DETS}))\s+)?",
            rf"\b(?P<wd>{WEEKDAY})\b(?!s)(?:\s+(?i:morning|afternoon|evening|night)\b(?!s))?",
            resolve_weekday,
            _accept_weekday,
            gate=WEEKDAY_GATE,
            after=DET_WORDS | {"early", "late"},
        ),
        Rule(
            re.compile(
                r"\b(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?:(?P<full>1[0-9]\d0|20\d0)'?s\b|"
                rf"'(?P<short>\d)0s\b|(?<=the\s)(?P<word>{alternation(ENGLISH_WORDS.decade_words)})\b)",
                IGNORE_CASE,
            ),
            resolve_decade,
            gate=gate_pattern("0s|0's|ties"),
        ),
        Rule(
            re.compile(
                rf"\b(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|"
                rf"{alternation(ENGLISH_WORDS.ordinals)})[-\s]century\b",
                IGNORE_CASE,
            ),
            resolve_century,
            gate=gate_pattern("century"),
        ),
        Rule(
            re.compile(
                rf"\b(?:(?:the|its|their|(?P<owner>this\s+year's|last\s+year's|next\s+year's)|"
                rf"(?P<y2>{YEAR})(?:'s)?)\s+)?(?:(?:fiscal|calendar)\s+)?(?P<q>{ORDINAL_Q})"
                rf"[-\s](?:fiscal[-\s])?quarter\b(?:\s+of\s+(?:fiscal\s+)?(?P<y>{YEAR}))?"
                rf"(?P<qn>)",
                IGNORE_CASE,
            ),
            resolve_quarter,
            gate=gate_pattern("quarter"),
            window=(40, 24),
        ),
        Rule(
            re.compile(
                rf"\bQ(?P<qn>[1-4])(?:(?:\s+|\s*[-/]\s*)(?:FY)?(?P<y>{YEAR}|'\d\d))?\b"
                rf"|\b(?P<y2>{YEAR})[-\s]Q(?P<q2>[1-4])\b(?P<q>)(?P<owner>)"
            ),
            resolve_quarter_q,
            gate=gate_pattern("q1|q2|q3|q4"),
            window=(8, 16),
        ),
        Rule(
            re.compile(
                r"\b(?:the\s+)?(?P<h>first|second)\s+half\s+of\s+(?:the|this)\s+year\b", IGNORE_CASE
            ),
            resolve_half,
            gate=gate_pattern("half"),
        ),
        Rule(
            re.compile(
                r"\b(?:the\s+|this\s+|that\s+)?(?P<which>current|this|that|next|coming|latest|"
                r"most\s+recent|year-ago|year-earlier|year\s+ago|year\s+earlier|comparable\s+"
                r"year-ago|comparable|corresponding|same|prior-year|year-before|previous|prior|past|"
                r"last)\s+(?:quarter|period)\b(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?"
                r"|\bthe\s+(?P<which2>quarter)\b(?!-|\s+(?:of|century|mile|point|percent|share))"
                r"|\b(?P<which3>last\s+year['’]s|the\s+previous\s+year['’]s)\s+(?:quarter|period)\b"
                rf"|\bthe\s+(?P<qy>{YEAR})\s+(?:quarter|period)\b",
                IGNORE_CASE,
            ),
            resolve_named_quarter,
            lambda m, text: (
                (m["which"] or "").lower()
                not in ("this", "last", "next", "past", "previous", "that")
                or m.group().lower().split()[-1] == "quarter"
            ),
            gate_pattern("quarter|period"),
            window=(32, 24),
        ),
        Rule(
            re.compile(
                r"\b(?:the\s+)?(?:year-earlier|year-ago)\b(?!\s+(?:quarter|period))", IGNORE_CASE
            ),
            resolve_year_earlier,
            gate=gate_pattern("year-"),
        ),
        anchored_rule(
            rf"\b(?:{PRE})?(?:(?:the|this)\s+)?",
            r"\b(?P<det>this|last|next|coming|past|current|previous|following)\s+(?P<unit>year|"
            rf"month|week|weekend|quarter|decade|century|{SEASON})\b(?:\s+or\s+so\b)?(?!\s+or\s+two)",
            resolve_unit,
            after=PRE_WORDS | {"the", "this"},
            gate=gate_pattern("this |last |next |coming |past |current |previous |following "),
            flags=IGNORE_CASE,
        ),
        Rule(  # durations ("the past two years", "the next few months"): claimed, not reported
            re.compile(
                rf"\b(?:the\s+)?(?:past|last|next|first|previous|following|coming)\s+"
                rf"(?:{NUMBER}|\d+)\s+(?:years|months|weeks|days|decades|quarters|hours|"
                r"minutes|centuries)\b",
                IGNORE_CASE,
            ),
            lambda m, ctx: None,
            gate=gate_pattern("years|months|weeks|days|decades|quarters|hours|minutes|centuries"),
            window=(48, 2),
        ),
        Rule(
            re.compile(
                rf"\b{APPROX}?(?P<n>{NUMBER})\s+(?P<unit>years?|months?|weeks?|days?|decades?|"
                r"centuries)(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence)\b",
                IGNORE_CASE,
            ),
            resolve_ago,
            gate=gate_pattern("ago|earlier|later|from now|hence"),
            window=(60, 12),
        ),
        Rule(
            re.compile(
                r"\b(?:(?:early|late|earlier|later)\s+)?(?P<w>"
                rf"the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|{alternation(ENGLISH.relative_words)})\b",
                IGNORE_CASE,
            ),
            resolve_word,
            gate=gate_pattern("today|yesterday|tomorrow"),
            window=(30, 30),
        ),
        Rule(
            re.compile(
                rf"\b(?P<w>{alternation(REFS)}|(?:recent|past)\s+(?:years|months|weeks|days|times|"
                r"decades)|(?:the\s+)?coming\s+(?:years|months|weeks|days)|year[-\s]end|the\s+end\s+"
                r"of\s+the\s+year)\b(?<!as\ssoon)(?!\s+(?:as|after|afterwards|thereafter)\b)",
                IGNORE_CASE,
            ),
            resolve_word,
            lambda m, text: not text[max(0, m.start() - 3) : m.start()].lower().startswith("as "),
            gate_pattern(
                "now|current|present|recent|lately|past|soon|future|coming|year end|year-end|"
                "end of the year|these"
            ),
            window=(30, 30),
        ),
        Rule(
            re.compile(
                r"\bthe\s+(?:(?:full|whole|entire|current)\s+)?year\b(?=\s*[,.;:)]|\s+"
                r"(?:ended|ending|to\s+date|so\s+far|as\s+a\s+whole)\b)",
                IGNORE_CASE,
            ),
            lambda m, ctx: (timex.year_value(ctx.reference.year), "relative"),
            gate=gate_pattern("year"),
            window=(24, 30),
        ),
        Rule(
            re.compile(
                r"\b(?P<h>Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve)|"
                r"Halloween|Valentine['’]s\s+Day|Independence\s+Day)"
                rf"(?:,?\s+(?P<year>{YEAR})\b)?"
            ),
            resolve_holiday,
            gate=gate_pattern("christmas|boxing day|new year|halloween|valentine|independence day"),
            window=(4, 24),
        ),
        Rule(
            re.compile(r"\b(?:over\s+)?the\s+weekend\b", IGNORE_CASE),
            resolve_weekend,
            gate=gate_pattern("weekend"),
            window=(16, 8),
        ),
        Rule(
            re.compile(
                rf"\b(?:the\s+year\s+|(?:the\s+)?(?P<season>{SEASON})\s+of\s+)?(?P<sy>{YEAR_WORDS})\b",
                IGNORE_CASE,
            ),
            resolve_spoken_year,
            gate=gate_pattern("nineteen|eighteen|two thousand"),
            window=(24, 48),
        ),
        Rule(
            re.compile(
                rf"\b(?:the\s+)?(?:(?:early|late)\s+)?(?P<s>{SEASON})\b(?!\s+(?:of\s+)?\d)",
                IGNORE_CASE,
            ),
            resolve_season,
            _accept_season,
            gate_pattern("spring|summer|autumn|fall|winter"),
            window=(20, 16),
        ),
    ]


def _accept_weekday(m: re.Match[str], text: str) -> bool:
    """Reject weekdays that are sets ("each Monday", "Tuesday nights") or follow a clock time.

    "Friday night" stays a date mention (its day): the part of day rides along, as TimeML
    annotates it in AQUAINT (TimeBank calls it a time).
    """
    after = text[m.end() : m.end() + 12].lower()
    before = text[max(0, m.start() - 10) : m.start()].lower()
    if re.match(r"\s+nights\b", after):
        return False
    return not re.search(r"(?:each|every|a\.m\.|p\.m\.|noon|midnight|night)\s+$", before)


def _accept_season(m: re.Match[str], text: str) -> bool:
    """Accept a season word alone only after "the"/"in"/"during"... ("fall" is also a verb)."""
    if m.group().lower().startswith("the"):
        return True
    before = text[max(0, m.start() - 10) : m.start()].lower().split()
    return (
        bool(before)
        and before[-1] in {"in", "during", "over", "through", "by", "since", "until", "this"}
        and m["s"].lower() != "fall"
    )
