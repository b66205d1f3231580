"""Calendar arithmetic producing TIMEX3 date values (``2024-10-28``, ``2024-W45``, ``2024-Q3``)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

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
    parts = value.split("-")
    if not parts[0].isdigit() or len(parts[0]) != 4:
        return None
    year = int(parts[0])
    if len(parts) == 1:
        return year_value(year + amount) if unit == "year" else None
    second = parts[1]
    if second.startswith("Q") and second[1:].isdigit():
        quarters = amount * 4 if unit == "year" else amount if unit == "quarter" else None
        if quarters is None:
            return None
        return quarter_value(*shift_quarter(year, int(second[1:]), quarters))
    if second.startswith("H") or second in SEASONS:
        return f"{year + amount:04d}-{second}" if unit == "year" else None
    if second.isdigit() and len(parts) == 2:
        months = {"year": 12 * amount, "month": amount}.get(unit)
        return month_value(*shift_month(year, int(second), months)) if months is not None else None
    if second.isdigit() and len(parts) == 3 and parts[2].isdigit():
        day = valid_day(year, int(second), int(parts[2]))
        if day is None:
            return None
        if unit in ("day", "week"):
            return day_value(day + dt.timedelta(days=amount * (7 if unit == "week" else 1)))
        months = 12 * amount if unit == "year" else amount
        new_year, new_month = shift_month(day.year, day.month, months)
        last = calendar.monthrange(new_year, new_month)[1]
        return day_value(dt.date(new_year, new_month, min(day.day, last)))
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


def chronological_key(value: str) -> tuple[int, dt.date, int, str]:
    """Return a sort key that puts TIMEX3 values in time order, vague ones (PAST_REF...) last.

    A value sorts by the first day it covers; at the same day the more precise one comes first.
    """
    match = _VALUE.match(value)
    if match is None:
        return (1, dt.date.max, 0, value)
    digits = match["year"]
    year = int(digits.ljust(4, "0"))  # "199" (the 1990s) -> 1990, "20" -> 2000
    month, day, precision = 1, 1, len(digits)
    try:
        if match["month"]:
            month, precision = int(match["month"]), 6
            if match["day"]:
                day, precision = int(match["day"]), 8
        elif match["week"]:
            start = dt.date.fromisocalendar(year, int(match["week"]), 1)
            return (0, start, -7, value)
        elif match["quarter"]:
            month, precision = 3 * int(match["quarter"]) - 2, 5
        elif match["half"]:
            month, precision = 6 * int(match["half"]) - 5, 5
        elif match["season"]:
            month, precision = _SEASON_START[match["season"]], 5
        return (0, dt.date(max(1, year), month, day), -precision, value)
    except ValueError:
        return (1, dt.date.max, 0, value)


_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_REF_NAMES = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}


def describe(value: str) -> str:
    """Return a TIMEX3 value as a person reads it: "14 Mar 2025", "the 1990s", "Q3 2024".

    Values this does not know are returned as they are ("?" for an empty one).
    """
    if value in _REF_NAMES:
        return _REF_NAMES[value]
    match = _VALUE.match(value)
    if match is None:
        return value or "?"
    digits, rest = match["year"], value[match.end():]
    if re.fullmatch(r"\d{3}X?", value):  # "199" or "199X": a decade
        return f"the {value[:3]}0s"
    if len(digits) == 2 and not rest and match.end() == 2:  # "19": the 1900s
        return f"the {_ordinal(int(digits) + 1)} century"
    if len(digits) != 4:
        return value
    month = int(match["month"]) if match["month"] else 0
    if match["day"] and 1 <= month <= 12 and (not rest or rest.startswith("T")):
        return f"{int(match['day'])} {_MONTH_NAMES[month - 1]} {digits}"
    if rest:
        if rest == "-WE" and match["week"]:
            return f"weekend of week {int(match['week'])}, {digits}"
        return value
    if match["day"] is None and 1 <= month <= 12:
        return f"{_MONTH_NAMES[month - 1]} {digits}"
    if match["week"]:
        return f"week {int(match['week'])}, {digits}"
    if match["quarter"]:
        return f"Q{match['quarter']} {digits}"
    if match["half"]:
        return f"{'first' if match['half'] == '1' else 'second'} half of {digits}"
    if match["season"]:
        return f"{_SEASON_NAMES[match['season']]} {digits}"
    return value  # "2025", or a month out of range left as written


def _ordinal(number: int) -> str:
    """Return 21 as "21st", 12 as "12th"."""
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"
