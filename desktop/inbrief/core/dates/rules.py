"""Rule and Context, the regex pieces the grammars share, and the resolvers of absolute dates."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from inbrief.core.dates import timex
from inbrief.core.dates.languages import ENGLISH, ENGLISH_WORDS

Resolved = tuple[str, str]  # (TIMEX3 value, "absolute" | "relative")


@dataclass
class Context:
    """What a resolver may look at besides its match: the reference and the text around."""

    text: str
    reference: dt.date
    anchor: str | None  # value of the previous calendar mention, for "a year earlier"
    tense: Callable[[int, int], int]  # (start, end) -> -1 past, 0 unknown, +1 future
    quarter: str | None = None  # value of the previous quarter mention, for "the quarter"
    # As ``tense``, also reading past-tense verbs ("said"): for weekdays. None: ``tense``.
    event_tense: Callable[[int, int], int] | None = None
    # +1 when a modal before a date speaks of a plan ("said the work would begin in March"),
    # else 0: for a date without a year that would otherwise lie months back.
    plan_tense: Callable[[int, int], int] | None = None

    def month_tense(self, start: int, end: int, back: int) -> int:
        """Return the tense a month, day of a month or season named without a year at
        start..end follows, ``back`` months before the reference (negative: after it): a
        modal's plan moves one a quarter or more back ahead; one nearer may be the plan that
        came true."""
        tense = self.tense(start, end)
        if tense == 0 and back >= PLAN_MONTHS and self.plan_tense is not None:
            tense = self.plan_tense(start, end)
        return tense

    def weekday_tense(self, start: int, end: int) -> int:
        """Return the tense a bare weekday at start..end follows: +1, -1 or 0."""
        return (self.event_tense or self.tense)(start, end)


# How far back a month named alone must lie for a modal's plan to move it a year ahead.
PLAN_MONTHS = 3


Resolver = Callable[[re.Match[str], Context], "Resolved | None"]
Accept = Callable[[re.Match[str], str], bool]


@dataclass(frozen=True)
class Rule:
    """A compiled pattern, how to value its matches, and an optional context check."""

    pattern: re.Pattern[str]
    resolve: Resolver
    accept: Accept | None = None
    # A cheap pattern, run on the lower-cased text, that every match must contain: the full
    # pattern then only runs in windows around its hits, which keeps long texts fast.
    gate: re.Pattern[str] | None = None
    # With a gate whose hits start the core of the pattern: what may precede the core, ending
    # at the hit (``(?:prefix)\Z``). The full pattern is then tried only at those two starts.
    prefix: re.Pattern[str] | None = None
    prefix_words: frozenset[str] = frozenset()  # the words a prefix can end with
    # Without a prefix: how far a match can reach before and after a gate hit (characters).
    window: tuple[int, int] = (80, 80)


def alternation(words: Iterable[str]) -> str:
    """Return a regex alternation of ``words``, longest first so the longest one wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _cap(words: Iterable[str]) -> str:
    """Return an alternation of the capitalised ``words``."""
    return alternation(w.capitalize() for w in words)


MONTH_FULL = _cap(ENGLISH.months)
MONTH_ABBR = _cap(ENGLISH_WORDS.month_abbreviations)
MONTH = rf"(?:(?:{MONTH_FULL})\b|(?:{MONTH_ABBR})(?:\.|\b))"
WEEKDAY = rf"(?:{_cap(ENGLISH.weekdays)})"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d,.]\d)"
NUMBER = (
    rf"(?:\d{{1,3}}|{alternation(ENGLISH_WORDS.number_words)}|a\s+couple\s+of|a\s+few|several|"
    r"many)"
)
APPROX = (
    r"(?:(?:about|almost|nearly|roughly|some|more\s+than|less\s+than|over|just|only|around|"
    r"exactly)\s+)"
)
# A modifier before a date that TimeML keeps inside the expression ("early next year").
PRE = (
    r"(?:(?:(?:the\s+)?(?:very\s+)?(?:start|beginning|end|middle|rest|remainder)\s+of\s+)"
    r"|(?:(?:very\s+)?(?:early|earlier|late|later)(?:\s+in)?\s+)|mid-?\s*)?"
)
ORDINAL_Q = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"


def month_number(name: str) -> int:
    """Return the month number of an English month name or abbreviation."""
    key = name.lower().rstrip(".")
    return ENGLISH.months.get(key) or ENGLISH_WORDS.month_abbreviations[key]


def _day_number(token: str) -> int:
    """Return the day number of "28", "28th", "3rd"."""
    return int(re.match(r"\d+", token).group())  # type: ignore[union-attr]


def count_of(token: str) -> int | None:
    """Return the number a count word or figure stands for, None for "several"."""
    token = " ".join(token.lower().split())
    if token.isdigit():
        return int(token)
    if token == "a couple of":
        return 2
    return ENGLISH_WORDS.number_words.get(token)


def pick_year(month: int, day: int, ctx: Context, start: int, end: int) -> int:
    """Return the year of a month-day given without one: the nearest to the reference.

    Future wording ("will", "is due to") moves a date that would lie months back into the
    next year; past wording moves one lying months ahead into the last year.
    """
    ref = ctx.reference
    gaps = {}
    for year in (ref.year - 1, ref.year, ref.year + 1):
        day_ = timex.valid_day(year, month, 28 if month == 2 and day == 29 else day)
        if day_ is not None:
            gaps[year] = (day_ - ref).days
    best = min(gaps, key=lambda y: (abs(gaps[y]), y))
    if abs(gaps[best]) > 120:
        tense = ctx.month_tense(start, end, -gaps[best] // 30)
        if tense > 0 and gaps[best] < 0:
            best += 1
        elif tense < 0 and gaps[best] > 0:
            best -= 1
    return best


def resolve_month_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Return the value of "Oct. 28, 2024" / "28 October" (year from the text or nearest)."""
    month = month_number(m["mon"])
    day = _day_number(m["day"])
    if m["year"]:
        value = timex.valid_day(int(m["year"]), month, day)
        return (timex.day_value(value), "absolute") if value else None
    year = pick_year(month, day, ctx, m.start(), m.end())
    value = timex.valid_day(year, month, day)
    return (timex.day_value(value), "relative") if value else None


def resolve_month_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Return the value of "October 2024"."""
    return timex.month_value(int(m["year"]), month_number(m["mon"])), "absolute"


def resolve_iso(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Return the value of "2024-10-28" or "2024/10/28", None when no such day exists."""
    day = timex.valid_day(int(m["y"]), int(m["m"]), int(m["d"]))
    return (timex.day_value(day), "absolute") if day else None


def numeric_resolver(day_first: bool) -> Resolver:
    """Return a resolver for 10/28/24 style dates, month first unless ``day_first``."""

    def resolve(m: re.Match[str], ctx: Context) -> Resolved | None:
        """Return the value of a numeric date, None when no such day exists."""
        a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
        month, day = (b, a) if day_first else (a, b)
        if month > 12 and day <= 12:
            month, day = day, month
        if len(m["y"]) == 2:
            year = timex.expand_year(year, ctx.reference)
        value = timex.valid_day(year, month, day)
        return (timex.day_value(value), "absolute") if value else None

    return resolve


# Nouns that, right after a four-digit number, show it is a count and not a year.
_COUNT_NOUN_WORDS = """people persons men women children workers employees jobs members
residents voters students troops soldiers cases deaths dead units shares votes seats homes
houses cars vehicles miles kilometres kilometers km meters metres feet tons tonnes pounds kg
acres hectares points barrels dollars euros yuan yen rupees copies tickets sales users
visitors patients beds rooms pages words calories degrees hours minutes seconds days weeks
months years times percent stores plants sites items products passengers flights"""
_COUNT_NOUNS = frozenset(_COUNT_NOUN_WORDS.split())


# A slash and a number right after a year (a text browser may break the line before the slash):
# a season or a span of years ("2016/17", "2019/2020") or a number of which the year is part.
_SLASH_NUMBER = re.compile(r"\s?/(\d{1,4})\b")
SLASH_SPAN_YEARS = 10


def _next_years(year: int, after: str) -> bool:
    """Return True when ``after`` (the digits after "year/") is a later year a few years on:
    "17" or "2017" after 2016."""
    if len(after) == 4:
        later = int(after)
    elif len(after) == 2:
        later = year // 100 * 100 + int(after)
    else:
        return False
    return 0 < later - year <= SLASH_SPAN_YEARS


def accept_year(m: re.Match[str], text: str) -> bool:
    """Reject four-digit numbers that are amounts, counts or codes rather than years."""
    start = m.start("year")
    before = text[max(0, start - 12) : start]
    if m.start() > 0 and text[m.start() - 1] in "$€£¥#+-/":
        return False
    if re.search(
        r"(?:No\.|[Nn]umber|[Rr]oom|[Ff]light|[Rr]oute|\bpage|\bp\.|\bUS|\bEUR|\bUSD)\s*$", before
    ):
        return False
    after = text[m.end("year") : m.end("year") + 16]
    if re.match(r"\s*(?:%|percent|per\s+cent|[-–]\d|\.\d|:\d|\s*(?:m|km|kg|ft|mph|cc)\b)", after):
        return False
    word = re.match(r"\s+([a-z]+)", after)
    if word and word.group(1) in _COUNT_NOUNS:
        return False
    year = int(m["year"])
    slash = _SLASH_NUMBER.match(after)
    if slash is not None and not _next_years(year, slash.group(1)):
        return False  # a law's or a file's number: "Richtlinie 2014/79/EU", "(EU) 2016/679"
    if year < 1800 or year > 2099:
        return bool(re.search(r"(?:in|since|until|by|of|from|year|before|after)\s+$", before))
    return True


def resolve_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Return the value of a year, with its season or half when one is named."""
    year = int(m["year"])
    if m["season"]:
        return timex.season_value(year, ENGLISH.seasons[m["season"].lower()]), "absolute"
    if m["half"]:
        half = "H1" if m["half"].lower() == "first" else "H2"
        return f"{year:04d}-{half}", "absolute"
    return timex.year_value(year), "absolute"


def resolve_year_range(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Return the first year of a range of years, or None when the second is not later."""
    first, to = int(m["year"]), m["to"]
    last = int(to) if len(to) == 4 else first // 100 * 100 + int(to)
    return (timex.year_value(first), "absolute") if last > first else None


def resolve_decade(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Return the value of "the 1990s" / "the '80s" / "the eighties" (``199``)."""
    if m["full"]:
        return m["full"][:3], "absolute"
    digit = int(m["short"]) if m["short"] else ENGLISH_WORDS.decade_words[m["word"].lower()]
    return str(timex.expand_decade(digit, ctx.reference))[:3], "absolute"


def resolve_century(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Return the value of "the 20th century" (``19``), None for unlikely centuries."""
    token = m["n"].lower()
    digits = re.match(r"\d+", token)
    number = int(digits.group()) if digits else ENGLISH_WORDS.ordinals.get(token)
    if not number or number > 21:
        return None
    return f"{number - 1:02d}", "absolute"


TENS = {"ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}  # fmt: skip
UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9}  # fmt: skip
TEENS = {"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}  # fmt: skip


def resolve_spoken_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Return the value of a year in words ("nineteen ninety-one", "two thousand and eight")."""
    words = re.split(r"[-\s]+", m["sy"].lower())
    season = m.groupdict().get("season")
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        year = 2000 + sum(TENS.get(w, 0) + UNITS.get(w, 0) + TEENS.get(w, 0) for w in rest)
    else:
        century = {"nineteen": 19, "eighteen": 18, "twenty": 20}[words[0]]
        rest = words[1:]
        year = century * 100 + sum(TENS.get(w, 0) + UNITS.get(w, 0) + TEENS.get(w, 0) for w in rest)
    if season:
        return timex.season_value(year, ENGLISH.seasons[season.lower()]), "absolute"
    return timex.year_value(year), "absolute"
