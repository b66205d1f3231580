"""TIMEX3 date values (``2024-10-28``, ``2024-W45``, ``2024-Q3``): made, shifted, read, shown.

Values are made and moved by calendar arithmetic; parse_timex() is the one reader of a value,
behind the timeline's order (chronological_key) and the dates people see (describe).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

# TimeML season codes in calendar order; winter straddles the year end.
SEASONS = ("SP", "SU", "FA", "WI")


def day_value(day: dt.date) -> str:
    """Return the TIMEX3 value of a calendar day (``2024-10-28``)."""
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def month_value(year: int, month: int) -> str:
    """Return the TIMEX3 value of a month (``2024-10``)."""
    return f"{year:04d}-{month:02d}"


def year_value(year: int) -> str:
    """Return the TIMEX3 value of a year (``2024``)."""
    return f"{year:04d}"


def week_value(day: dt.date) -> str:
    """Return the TIMEX3 ISO-week value of the week containing ``day`` (``2024-W44``)."""
    iso_year, week, _ = day.isocalendar()
    return f"{iso_year:04d}-W{week:02d}"


def quarter_of(month: int) -> int:
    """Return the calendar quarter (1-4) a month falls in."""
    return (month - 1) // 3 + 1


def quarter_value(year: int, quarter: int) -> str:
    """Return the TIMEX3 value of a quarter (``2025-Q3``)."""
    return f"{year:04d}-Q{quarter}"


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    """Return (year, month) ``months`` months after the given month (negative: before)."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def shift_quarter(year: int, quarter: int, quarters: int) -> tuple[int, int]:
    """Return (year, quarter) ``quarters`` quarters after the given quarter."""
    index = year * 4 + (quarter - 1) + quarters
    return index // 4, index % 4 + 1


def valid_day(year: int, month: int, day: int) -> dt.date | None:
    """Return the date if year/month/day form a real calendar day, else None."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def season_of(month: int) -> int:
    """Return the index into SEASONS of the season a month belongs to (northern hemisphere)."""
    if month in (12, 1, 2):
        return 3
    return (month - 3) // 3


def season_value(year: int, season: int) -> str:
    """Return the TIMEX3 value of a season (``2024-SU``)."""
    return f"{year:04d}-{SEASONS[season]}"


def nearest_weekday(reference: dt.date, weekday: int, direction: int) -> dt.date:
    """Return the day with ``weekday`` (Monday=0) nearest the reference in ``direction``.

    direction -1: the latest such day on or before the reference; +1: the earliest on or
    after it; 0: whichever of those two is closer (ties go to the past, as news mostly reports).
    """
    back = (reference.weekday() - weekday) % 7
    ahead = (weekday - reference.weekday()) % 7
    if direction < 0 or (direction == 0 and back <= ahead):
        return reference - dt.timedelta(days=back)
    return reference + dt.timedelta(days=ahead)


def shift_value(value: str, unit: str, amount: int) -> str | None:
    """Return ``value`` moved by ``amount`` units ("year", "month", "week", "day", "quarter").

    The result keeps the granularity of ``value`` where that makes sense (a quarter moved by a
    year is the same quarter a year earlier), as TimeML annotates "a year earlier" after a
    quarterly figure. Returns None when the value is not a calendar value.
    """
    parsed = parse_timex(value)
    if parsed is None or len(parsed.digits) != 4 or parsed.rest:
        return None
    year = int(parsed.digits)
    if parsed.quarter is not None:
        quarters = amount * 4 if unit == "year" else amount if unit == "quarter" else None
        if quarters is None:
            return None
        return quarter_value(*shift_quarter(year, parsed.quarter, quarters))
    if parsed.half is not None or parsed.season is not None:
        part = parsed.season if parsed.half is None else f"H{parsed.half}"
        return f"{year + amount:04d}-{part}" if unit == "year" else None
    if parsed.month is not None and parsed.day is None:
        months = {"year": 12 * amount, "month": amount}.get(unit)
        return month_value(*shift_month(year, parsed.month, months)) if months is not None else None
    if parsed.month is not None and parsed.day is not None:
        day = valid_day(year, parsed.month, parsed.day)
        if day is None:
            return None
        if unit in ("day", "week"):
            return day_value(day + dt.timedelta(days=amount * (7 if unit == "week" else 1)))
        months = 12 * amount if unit == "year" else amount
        new_year, new_month = shift_month(day.year, day.month, months)
        last = calendar.monthrange(new_year, new_month)[1]
        return day_value(dt.date(new_year, new_month, min(day.day, last)))
    if parsed.week is None:  # a year
        return year_value(year + amount) if unit == "year" else None
    return None


def expand_year(two_digits: int, reference: dt.date) -> int:
    """Return the full year of a two-digit year: in the reference's century unless that lies
    more than ten years after the reference ("'98" read in 2024 is 1998, "'26" is 2026)."""
    year = reference.year // 100 * 100 + two_digits
    return year - 100 if year > reference.year + 10 else year


def expand_decade(digit: int, reference: dt.date) -> int:
    """Return the first year of the decade "the '80s"/"the eighties" nearest in the past."""
    year = reference.year // 100 * 100 + digit * 10
    return year - 100 if year > reference.year else year


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "AU": 9, "WI": 12}
_VALUE = re.compile(
    r"^(?P<year>\d{2,4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|W(?P<week>\d{2})"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|AU|WI)))?"
)
REFS = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


@dataclass(frozen=True)
class ParsedTimex:
    """The parts of a TIMEX3 value: "2025-03-14", "2024-W05-WE", "2025-Q3", "199", "PAST_REF".

    A calendar value has ``digits`` (a year, or the first digits of a decade "199" or a
    century "19") and at most one of: month (and day), week, quarter, half, season. ``rest``
    is what follows the parts read ("-WE", "T10:30", "X"). A reference has only ``ref``.
    """

    digits: str = ""
    month: int | None = None
    day: int | None = None
    week: int | None = None
    quarter: int | None = None
    half: int | None = None
    season: str | None = None  # "SP", "SU", "FA" (or "AU"), "WI"
    rest: str = ""
    ref: str | None = None  # "PRESENT_REF", "PAST_REF" or "FUTURE_REF"

    @property
    def unit(self) -> str:
        """Return what the value names: "day", "week", "month", "quarter", "half", "season",
        "year", "decade", "century", or "ref" for a reference."""
        if self.ref is not None:
            return "ref"
        if self.month is not None:
            return "month" if self.day is None else "day"
        for unit in ("week", "quarter", "half", "season"):
            if getattr(self, unit) is not None:
                return unit
        return {2: "century", 3: "decade"}.get(len(self.digits), "year")

    def first_day(self) -> dt.date | None:
        """Return the first day the value covers, None for a reference or an impossible date."""
        if self.ref is not None:
            return None
        year = int(self.digits.ljust(4, "0"))  # "199" (the 1990s) -> 1990, "20" -> 2000
        month, day = 1, 1
        try:
            if self.week is not None:
                return dt.date.fromisocalendar(year, self.week, 1)
            if self.month is not None:
                month, day = self.month, 1 if self.day is None else self.day
            elif self.quarter is not None:
                month = 3 * self.quarter - 2
            elif self.half is not None:
                month = 6 * self.half - 5
            elif self.season is not None:
                month = _SEASON_START[self.season]
            return dt.date(max(1, year), month, day)
        except ValueError:
            return None


def parse_timex(value: str) -> ParsedTimex | None:
    """Return the parts of a TIMEX3 value, None when it is neither a reference nor starts with
    a year ("XXXX-03", "")."""
    if value in REFS:
        return ParsedTimex(ref=value)
    match = _VALUE.match(value)
    if match is None:
        return None
    month, day, week, quarter, half = (
        None if text is None else int(text)
        for text in match.group("month", "day", "week", "quarter", "half")
    )
    return ParsedTimex(
        digits=match["year"],
        month=month,
        day=day,
        week=week,
        quarter=quarter,
        half=half,
        season=match["season"],
        rest=value[match.end() :],
    )


# At the same first day, the more precise value comes first.
_PRECISION = {"day": 8, "week": 7, "month": 6, "quarter": 5, "half": 5, "season": 5, "year": 4,
              "decade": 3, "century": 2}  # fmt: skip


def chronological_key(value: str) -> tuple[int, dt.date, int, str]:
    """Return a sort key that puts TIMEX3 values in time order, vague ones (PAST_REF...) last.

    A value sorts by the first day it covers; at the same day the more precise one comes first.
    """
    parsed = parse_timex(value)
    start = parsed.first_day() if parsed is not None else None
    if parsed is None or start is None:
        return (1, dt.date.max, 0, value)
    return (0, start, -_PRECISION[parsed.unit], value)


_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_REF_NAMES = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}


def describe(value: str) -> str:
    """Return a TIMEX3 value as a person reads it: "14 Mar 2025", "the 1990s", "Q3 2024".

    Values this does not know are returned as they are ("?" for an empty one).
    """
    parsed = parse_timex(value)
    if parsed is None:
        return value or "?"
    if parsed.ref is not None:
        return _REF_NAMES[parsed.ref]
    digits, rest, unit = parsed.digits, parsed.rest, parsed.unit
    if unit == "decade" and rest in ("", "X"):  # "199" or "199X"
        return f"the {digits}0s"
    if unit == "century" and not rest:  # "19": the 1900s
        return f"the {_ordinal(int(digits) + 1)} century"
    if len(digits) != 4:
        return value
    month = parsed.month or 0
    if parsed.day is not None and 1 <= month <= 12 and (not rest or rest.startswith("T")):
        return f"{parsed.day} {_MONTH_NAMES[month - 1]} {digits}"
    if rest:
        if rest == "-WE" and parsed.week is not None:
            monday = parsed.first_day()
            if monday is None:
                return value
            return "weekend of " + _day_range(monday + _SATURDAY, monday + _SUNDAY)
        return value
    if parsed.day is None and 1 <= month <= 12:
        return f"{_MONTH_NAMES[month - 1]} {digits}"
    if parsed.week is not None:
        monday = parsed.first_day()
        return value if monday is None else f"week of {_day_label(monday)}"
    if parsed.quarter is not None:
        return f"Q{parsed.quarter} {digits}"
    if parsed.half is not None:
        return f"{'first' if parsed.half == 1 else 'second'} half of {digits}"
    if parsed.season is not None:
        return f"{_SEASON_NAMES[parsed.season]} {digits}"
    return value  # "2025", or a month out of range left as written


def is_point_in_time(value: str) -> bool:
    """Return True when a TIMEX3 value names a stretch of the calendar (a day, a week, a
    decade...), False for a vague reference ("PAST_REF": "in the past", "soon") or a value
    without a year ("XXXX-03"): a timeline lists only the former."""
    parsed = parse_timex(value)
    return parsed is not None and parsed.first_day() is not None


_SATURDAY = dt.timedelta(days=5)
_SUNDAY = dt.timedelta(days=6)


def _day_label(day: dt.date) -> str:
    """Return a day as "6 Apr 2020"."""
    return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year:04d}"


def _day_range(first: dt.date, last: dt.date) -> str:
    """Return two days as "15–16 Aug 2020", "31 Aug–1 Sep 2020" or "31 Dec 2022–1 Jan 2023"."""
    if first.year != last.year:
        return f"{_day_label(first)}–{_day_label(last)}"
    if first.month != last.month:
        return f"{first.day} {_MONTH_NAMES[first.month - 1]}–{_day_label(last)}"
    return f"{first.day}–{_day_label(last)}"


def _ordinal(number: int) -> str:
    """Return 21 as "21st", 12 as "12th"."""
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"
