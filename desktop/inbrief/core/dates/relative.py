"""Resolvers of relative date expressions: weekdays, months without a year, quarters, units."""

from __future__ import annotations

import datetime as dt
import re

from inbrief.core.dates import timex
from inbrief.core.dates.languages import ENGLISH, ENGLISH_WORDS
from inbrief.core.dates.rules import (
    MONTH,
    Context,
    Resolved,
    count_of,
    month_number,
    pick_year,
)

# A running total up to a month: "this year through August", "year to date through June".
_SO_FAR = re.compile(r"\b(?:this year|so far|to date|year-to-date)\b\W+\w+\W*$", re.IGNORECASE)


# "Last" right before or after a month in the other languages read, as English's "last April":
# "el pasado abril", "im vergangenen April", "lo scorso aprile"; "avril dernier", "abril
# pasado", "aprile scorso" (told in January, last year's April; this year's was ahead).
# (Any past wording in the clause instead: aquaint's value F1 75.1 -> 74.2.)
_LAST_BEFORE = re.compile(r"\b(?:pasado|passado|vergangenen|letzten|scorso)\s+$", re.IGNORECASE)
_LAST_AFTER = re.compile(r"\s+(?:pasado|passado|dernier|scorso)\b", re.IGNORECASE)


def relative_month(month: int, direction: int, ctx: Context, start: int, end: int) -> str:
    """Return the value of a month named without a year ("in June", "last June").

    direction -1 ("last June"): the June of the previous year unless it ended well before
    the reference this year; +1 ("next June"): the first June after the reference; 0: the
    nearest June, moved forward by future wording; 2 ("this June"): the reference year.
    """
    ref = ctx.reference
    if direction == 2:
        return timex.month_value(ref.year, month)
    if direction < 0:
        return timex.month_value(ref.year if month <= ref.month - 2 else ref.year - 1, month)
    if direction > 0:
        return timex.month_value(ref.year if month > ref.month else ref.year + 1, month)
    gap = month - ref.month
    # Far months are the nearest ones ("January" in November is next January)...
    year = ref.year + (1 if gap <= -9 else -1 if gap >= 7 else 0)
    # ...unless future wording or a "through"/"until" before it moves it ahead, or its
    # clause's verb, read as a weekday's is ("conducted in February", told in November), moves
    # a month ahead back (dates.py: aquaint value F1 74.7 -> 75.1, te3+timebank unchanged;
    # the current month stays: moving it too measured worse).
    here = (year - ref.year) * 12 + gap  # months after the reference
    before = ctx.text[max(0, start - 8) : start].lower().split()
    if before and before[-1] in ("through", "until", "till", "by"):
        # "sales this year through August", "so far through June": the span runs from the
        # year's start up to the month, which has passed.
        if month <= ref.month and _SO_FAR.search(ctx.text, max(0, start - 40), start):
            return timex.month_value(ref.year, month)
        tense = 1
    else:
        tense = ctx.month_tense(start, end, -here)
    if tense > 0 and here < 0:
        year += 1
    elif here > 0 and (tense == 0 and ctx.weekday_tense(start, end) < 0
                       or _LAST_BEFORE.search(ctx.text, max(0, start - 16), start)
                       or _LAST_AFTER.match(ctx.text, end)):
        year -= 1
    return timex.month_value(year, month)


def accept_bare_month(m: re.Match[str], text: str) -> bool:
    """Accept "May" and "March" alone only after a word that introduces a date."""
    if m["mon"] not in ("May", "March") or m.start() != m.start("mon"):
        return True
    before = text[max(0, m.start() - 12) : m.start()].lower().split()
    return bool(before) and before[-1] in {
        "in", "since", "until", "till", "by", "of", "during", "through", "from", "before",
        "after", "between", "and", "to", "early", "late", "mid", "last", "next", "this",
    }  # fmt: skip


def resolve_bare_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Return the value of a month named without a year, after "last"/"next" or alone."""
    det = (m["det"] or "").lower()
    direction = (
        -1
        if det.startswith(("last", "this past"))
        else 1
        if det.startswith(("next", "this coming"))
        else 2
        if det == "this"
        else 0
    )
    return relative_month(month_number(m["mon"]), direction, ctx, m.start(), m.end()), "relative"


def resolve_weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Return the day a weekday name refers to."""
    weekday = ENGLISH.weekdays[m["wd"].lower()]
    det = (m["det"] or "").lower()
    if det.startswith(("last", "this past")):
        day = ctx.reference - dt.timedelta(days=(ctx.reference.weekday() - weekday - 1) % 7 + 1)
    elif det.startswith(("next", "this coming")):
        day = ctx.reference + dt.timedelta(days=(weekday - ctx.reference.weekday() - 1) % 7 + 1)
    else:
        day = bare_weekday(weekday, ctx, m.start(), m.end())
    return timex.day_value(day), "relative"


def bare_weekday(weekday: int, ctx: Context, start: int, end: int) -> dt.date:
    """Return the day a weekday named alone refers to: it follows its verb's tense.

    "will meet Thursday" is the Thursday on or after the reference, "said Thursday" the one
    on or before it; with neither (present tense, no verb) the closest one, ties going back.
    A possessive with neither ("over Thursday's closing price") looks back: what a day owns
    (a price, a vote count, a result) has happened.
    """
    tense = ctx.weekday_tense(start, end)
    if tense == 0 and ctx.text[end : end + 2] in ("'s", "’s"):
        tense = -1
    return timex.nearest_weekday(ctx.reference, weekday, tense)


def _quarter_number(token: str) -> int:
    """Return 1-4 for "first".."fourth" / "1st".."4th"."""
    return ENGLISH_WORDS.ordinals[token.lower()]


def resolve_quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Return the value of "the third quarter (of 2025)" / "this year's second quarter"."""
    quarter = int(m["qn"]) if m["qn"] else _quarter_number(m["q"])
    year_text = m["y"] or m["y2"]
    if year_text:
        year = (
            int(year_text)
            if len(year_text) == 4
            else timex.expand_year(int(year_text.lstrip("'")), ctx.reference)
        )
        return timex.quarter_value(year, quarter), "absolute"
    owner = (m["owner"] or "").lower()
    year = ctx.reference.year + (
        -1 if owner.startswith("last") else 1 if owner.startswith("next") else 0
    )
    return timex.quarter_value(year, quarter), "relative"


def resolve_half(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Return the value of "the first half of the year"."""
    half = "H1" if m["h"].lower() == "first" else "H2"
    return f"{ctx.reference.year:04d}-{half}", "relative"


_ENDED = re.compile(rf"\s+(?:ended|ending)\s+(?P<mon>{MONTH})\s*\d{{1,2}}\b")


def _anchor_quarter(ctx: Context) -> tuple[int, int]:
    """Return the quarter the text first named, or the last complete quarter before the
    reference."""
    named = timex.parse_timex(ctx.quarter) if ctx.quarter else None
    if named is not None and named.quarter is not None:
        return int(named.digits), named.quarter
    return timex.shift_quarter(ctx.reference.year, timex.quarter_of(ctx.reference.month), -1)


def resolve_named_quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Return the value of "the current quarter", "the year-ago period", "the quarter"..."""
    if m["qy"]:
        year = int(m["qy"])
        if ctx.quarter:
            return timex.quarter_value(year, _anchor_quarter(ctx)[1]), "relative"
        return timex.year_value(year), "absolute"
    which = "year-ago" if m["which3"] else " ".join((m["which"] or "").lower().split())
    ref_q = (ctx.reference.year, timex.quarter_of(ctx.reference.month))
    ended = _ENDED.match(ctx.text, m.end())
    if ended and "year" not in which and which not in ("comparable", "corresponding", "same"):
        # "the quarter ended July 31": the three months up to its end, most of them in the
        # calendar quarter of the month before (May-July is the second quarter).
        month = month_number(ended["mon"])
        year = ctx.reference.year if month <= ctx.reference.month else ctx.reference.year - 1
        middle = month - 1 or 12
        return timex.quarter_value(year - (middle == 12), timex.quarter_of(middle)), "relative"
    if which in ("current", "this"):
        year, quarter = ref_q
    elif which in ("next", "coming"):
        year, quarter = timex.shift_quarter(*ref_q, 1)
    elif which in ("latest", "most recent", "last", "past", "previous", "prior"):
        year, quarter = timex.shift_quarter(*ref_q, -1)
    elif "year" in which or which in ("comparable", "corresponding", "same"):
        year, quarter = timex.shift_quarter(*_anchor_quarter(ctx), -4)
    else:
        year, quarter = _anchor_quarter(ctx)
    return timex.quarter_value(year, quarter), "relative"


UNIT_OFFSETS = {
    "this": 0, "current": 0, "the current": 0, "last": -1, "the past": -1, "the last": -1,
    "past": -1, "previous": -1, "following": 1, "the previous": -1, "this past": -1,
    "next": 1, "coming": 1,
    "the coming": 1, "the next": 1, "the following": 1, "this coming": 1,
}  # fmt: skip


def unit_value(unit: str, offset: int, ref: dt.date) -> str | None:
    """Return the value of the year/month/week/quarter/day ``offset`` units from ``ref``."""
    if unit == "year":
        return timex.year_value(ref.year + offset)
    if unit == "month":
        return timex.month_value(*timex.shift_month(ref.year, ref.month, offset))
    if unit == "week":
        return timex.week_value(ref + dt.timedelta(weeks=offset))
    if unit == "weekend":
        return timex.week_value(ref + dt.timedelta(weeks=offset)) + "-WE"
    if unit == "quarter":
        return timex.quarter_value(
            *timex.shift_quarter(ref.year, timex.quarter_of(ref.month), offset)
        )
    if unit == "day":
        return timex.day_value(ref + dt.timedelta(days=offset))
    if unit == "decade":
        return str(ref.year + 10 * offset)[:3]
    if unit == "century":
        return f"{(ref.year - 1) // 100 + offset:02d}"
    return None


def resolve_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Return the value of "this year", "last week", "next spring", "the past month"..."""
    det = " ".join(m["det"].lower().split())
    offset = UNIT_OFFSETS[det]
    unit = m["unit"].lower()
    ref = ctx.reference
    if unit in ENGLISH.seasons:
        season = ENGLISH.seasons[unit]
        current = timex.season_of(ref.month)
        season_year = ref.year - 1 if ref.month in (1, 2) else ref.year
        if offset < 0:
            season_year -= 0 if season < current else 1
        elif offset > 0:
            season_year += 0 if season > current else 1
        return timex.season_value(season_year, season), "relative"
    value = unit_value(unit, offset, ref)
    return (value, "relative") if value else None


def resolve_ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Return the value of "two years ago", "a year earlier" (from the last date named)."""
    count = count_of(m["n"])
    unit = m["unit"].lower().rstrip("s")
    unit = "century" if unit == "centurie" else unit
    direction = " ".join(m["dir"].lower().split())
    if count is None:  # "several years ago"
        past = direction in ("ago", "earlier", "before")
        return ("PAST_REF" if past else "FUTURE_REF"), "relative"
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    # "a year ago" after a quarterly figure means that quarter a year ago (TimeML practice).
    anchor = timex.parse_timex(ctx.anchor) if ctx.anchor else None
    quarterly = unit == "year" and anchor is not None and anchor.quarter is not None
    if (direction in ("earlier", "later") or quarterly) and ctx.anchor:
        shift_unit, amount = ("year", 10 * count) if unit == "decade" else (unit, count)
        shifted = timex.shift_value(ctx.anchor, shift_unit, sign * amount)
        if shifted:
            return shifted, "relative"
    value = unit_value(unit, sign * count, ctx.reference)
    return (value, "relative") if value else None


REFS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "at present": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF", "the recent past": "PAST_REF", "soon": "FUTURE_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the distant future": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF",
}  # fmt: skip


def resolve_word(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Return the value of "today", "now", "recently", "the future", "year-end"..."""
    word = " ".join(m["w"].lower().split())
    if word in ENGLISH.relative_words:
        unit, offset = ENGLISH.relative_words[word]
        value = unit_value(unit, offset, ctx.reference)
        return (value, "relative") if value else None
    if word == "the day before yesterday":
        return timex.day_value(ctx.reference - dt.timedelta(days=2)), "relative"
    if word == "the day after tomorrow":
        return timex.day_value(ctx.reference + dt.timedelta(days=2)), "relative"
    if word.startswith(("recent", "past ")):
        return "PAST_REF", "relative"
    if word.startswith(("the coming", "coming")):
        return "FUTURE_REF", "relative"
    if word in ("year-end", "year end", "the year-end", "the end of the year"):
        return timex.year_value(ctx.reference.year), "relative"
    return REFS[word], "relative"


# The last month of spring, summer and autumn (winter runs into the next year).
_SEASON_END = {0: 5, 1: 8, 2: 11}


def resolve_season(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Return the value of a season named alone ("the summer"): this year's, or next year's
    when it is over and future wording or a plan speaks of it ("should be finished before
    the summer", said in November)."""
    season = ENGLISH.seasons[m["s"].lower()]
    ref = ctx.reference
    year = ref.year - 1 if ref.month in (1, 2) and season == 3 else ref.year
    end = _SEASON_END.get(season)
    if end is not None and ref.month > end and ctx.month_tense(
            m.start(), m.end(), ref.month - end) > 0:
        year += 1
    return timex.season_value(year, season), "relative"


def resolve_year_earlier(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Return the value of "year-earlier"/"year-ago": the last mentioned time, a year back."""
    anchor = ctx.anchor or timex.year_value(ctx.reference.year)
    shifted = timex.shift_value(anchor, "year", -1)
    return (shifted, "relative") if shifted else None


def resolve_month_rel_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Return the value of "June last year", "January this year"."""
    offset = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return timex.month_value(ctx.reference.year + offset, month_number(m["mon"])), "relative"


def resolve_weekend(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Return the week of "the weekend": the coming one in future wording, else the last one."""
    ref = ctx.reference
    if ref.weekday() >= 5 or ctx.tense(m.start(), m.end()) > 0:
        return timex.week_value(ref) + "-WE", "relative"
    return timex.week_value(ref - dt.timedelta(days=ref.weekday() + 1)) + "-WE", "relative"


def resolve_quarter_q(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Return the value of "Q3 2025" / "2025 Q3"."""
    quarter = int(m["qn"] or m["q2"])
    year_text = m["y"] or m["y2"]
    if not year_text:
        return timex.quarter_value(ctx.reference.year, quarter), "relative"
    year = (
        int(year_text)
        if len(year_text) == 4
        else timex.expand_year(int(year_text[1:]), ctx.reference)
    )
    return timex.quarter_value(year, quarter), "absolute"


# Fixed-date holidays commonly named in English news: (month, day).
HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "boxing day": (12, 26), "new year's day": (1, 1), "new year's eve": (12, 31),
    "halloween": (10, 31), "valentine's day": (2, 14), "independence day": (7, 4),
}  # fmt: skip


def resolve_holiday(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Return the day of a named holiday, in the given year or the nearest one."""
    name = " ".join(m["h"].lower().replace("\u2019", "'").split())
    month, day = HOLIDAYS[name]
    if m["year"]:
        return timex.day_value(dt.date(int(m["year"]), month, day)), "absolute"
    year = pick_year(month, day, ctx, m.start(), m.end())
    return timex.day_value(dt.date(year, month, day)), "relative"
