"""TIMEX3 values: reading them (parse_timex), ordering them, showing them, calendar arithmetic."""

from __future__ import annotations

import datetime as dt

import pytest

from inbrief.core.dates import timex
from inbrief.core.dates.timex import ParsedTimex, chronological_key, describe, parse_timex


# ----------------------------------------------------------------- parse_timex
@pytest.mark.parametrize(
    ("value", "parsed", "unit"),
    [
        ("2025-03-14", ParsedTimex(digits="2025", month=3, day=14), "day"),
        ("2025-03-14T10:30", ParsedTimex(digits="2025", month=3, day=14, rest="T10:30"), "day"),
        ("2025-03", ParsedTimex(digits="2025", month=3), "month"),
        ("2025-13", ParsedTimex(digits="2025", month=13), "month"),
        ("2025", ParsedTimex(digits="2025"), "year"),
        ("2024-W05", ParsedTimex(digits="2024", week=5), "week"),
        ("2024-W05-WE", ParsedTimex(digits="2024", week=5, rest="-WE"), "week"),
        ("2025-Q3", ParsedTimex(digits="2025", quarter=3), "quarter"),
        ("2025-H2", ParsedTimex(digits="2025", half=2), "half"),
        ("2026-SP", ParsedTimex(digits="2026", season="SP"), "season"),
        ("2026-AU", ParsedTimex(digits="2026", season="AU"), "season"),
        ("199", ParsedTimex(digits="199"), "decade"),
        ("199X", ParsedTimex(digits="199", rest="X"), "decade"),
        ("19", ParsedTimex(digits="19"), "century"),
        ("2025-3", ParsedTimex(digits="2025", rest="-3"), "year"),  # a month has two digits
        ("2025-Q5", ParsedTimex(digits="2025", rest="-Q5"), "year"),
        ("PRESENT_REF", ParsedTimex(ref="PRESENT_REF"), "ref"),
        ("PAST_REF", ParsedTimex(ref="PAST_REF"), "ref"),
        ("FUTURE_REF", ParsedTimex(ref="FUTURE_REF"), "ref"),
    ],
)
def test_parse_timex_reads_every_kind_of_value(value: str, parsed: ParsedTimex, unit: str) -> None:
    assert parse_timex(value) == parsed
    assert parsed.unit == unit


@pytest.mark.parametrize("value", ["", "XXXX-03", "PRESENT", "7", "now"])
def test_parse_timex_gives_none_without_a_year_or_reference(value: str) -> None:
    assert parse_timex(value) is None


@pytest.mark.parametrize(
    ("value", "first_day"),
    [
        ("2025-03-14", dt.date(2025, 3, 14)),
        ("2025-03", dt.date(2025, 3, 1)),
        ("2025", dt.date(2025, 1, 1)),
        ("2024-W05", dt.date(2024, 1, 29)),
        ("2020-W53", dt.date(2020, 12, 28)),
        ("2025-Q3", dt.date(2025, 7, 1)),
        ("2025-H2", dt.date(2025, 7, 1)),
        ("2026-SP", dt.date(2026, 3, 1)),
        ("2026-WI", dt.date(2026, 12, 1)),
        ("199", dt.date(1990, 1, 1)),
        ("20", dt.date(2000, 1, 1)),
        ("2025-02-30", None),
        ("2025-13", None),
        ("2025-W54", None),
        ("PAST_REF", None),
    ],
)
def test_first_day_is_the_start_of_the_period(value: str, first_day: dt.date | None) -> None:
    parsed = parse_timex(value)
    assert parsed is not None
    assert parsed.first_day() == first_day


# ----------------------------------------------------------------- chronological_key
def test_chronological_key_orders_values_of_every_precision() -> None:
    shuffled = ["PRESENT_REF", "2024-11", "199", "2024-W45", "2024-10-28", "2025-Q3",
                "2024", "2026-SP", "2024-11-04"]
    assert sorted(shuffled, key=chronological_key) == [
        "199", "2024", "2024-10-28", "2024-11", "2024-11-04", "2024-W45", "2025-Q3",
        "2026-SP", "PRESENT_REF",
    ]


def test_chronological_key_puts_the_more_precise_first_and_impossible_values_last() -> None:
    # The day, month, half and quarter all start on 1 July 2025; the year and week before it.
    values = ["2025-Q3", "2025-H2", "2025-07", "XXXX-03", "2025-07-01", "2025-02-30",
              "2025-W27", "2025"]
    assert sorted(values, key=chronological_key) == [
        "2025", "2025-W27", "2025-07-01", "2025-07", "2025-H2", "2025-Q3", "2025-02-30",
        "XXXX-03",
    ]
    assert chronological_key("2025-07") == (0, dt.date(2025, 7, 1), -6, "2025-07")
    assert chronological_key("2025-02-30") == (1, dt.date.max, 0, "2025-02-30")


# ----------------------------------------------------------------- describe
@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2025-03-14", "14 Mar 2025"),
        ("2025-03-14T10:30", "14 Mar 2025"),
        ("2025-03", "Mar 2025"),
        ("2025", "2025"),
        ("2020-W15", "week of 6 Apr 2020"),
        ("2024-W05", "week of 29 Jan 2024"),
        ("2020-W33-WE", "weekend of 15–16 Aug 2020"),
        ("2020-W35-WE", "weekend of 29–30 Aug 2020"),
        ("2019-W48-WE", "weekend of 30 Nov–1 Dec 2019"),
        ("2022-W52-WE", "weekend of 31 Dec 2022–1 Jan 2023"),
        ("2025-W01", "week of 30 Dec 2024"),  # ISO week 1 of 2025 starts in 2024
        ("2025-W60", "2025-W60"),  # no such week: shown as written
        ("2025-Q3", "Q3 2025"),
        ("2025-H1", "first half of 2025"),
        ("2025-H2", "second half of 2025"),
        ("2026-SP", "spring 2026"),
        ("2026-WI", "winter 2026"),
        ("199", "the 1990s"),
        ("199X", "the 1990s"),
        ("19", "the 20th century"),
        ("20", "the 21st century"),
        ("PRESENT_REF", "now"),
        ("PAST_REF", "in the past"),
        ("FUTURE_REF", "in the future"),
        ("2025-13", "2025-13"),  # not a month: shown as written
        ("XXXX-03", "XXXX-03"),
        ("", "?"),
    ],
)
def test_describe(value: str, shown: str) -> None:
    assert describe(value) == shown


# ----------------------------------------------------------------- calendar arithmetic
def test_week_value_uses_iso_years() -> None:
    assert timex.week_value(dt.date(2024, 12, 30)) == "2025-W01"
    assert timex.week_value(dt.date(2021, 1, 3)) == "2020-W53"


def test_shift_value_keeps_granularity() -> None:
    assert timex.shift_value("2024-Q1", "year", -1) == "2023-Q1"
    assert timex.shift_value("2024-Q1", "quarter", -1) == "2023-Q4"
    assert timex.shift_value("2024-03-31", "month", -1) == "2024-02-29"
    assert timex.shift_value("2024", "year", 2) == "2026"
    assert timex.shift_value("PAST_REF", "year", 1) is None


def test_shift_value_moves_halves_seasons_and_days_and_refuses_the_rest() -> None:
    assert timex.shift_value("2025-H2", "year", -1) == "2024-H2"
    assert timex.shift_value("2026-SP", "year", 1) == "2027-SP"
    assert timex.shift_value("2026-SP", "month", 1) is None
    assert timex.shift_value("2024-02-29", "year", 1) == "2025-02-28"
    assert timex.shift_value("2024-12-30", "week", 1) == "2025-01-06"
    assert timex.shift_value("2024-10", "year", -1) == "2023-10"
    assert timex.shift_value("2024-W45", "week", 1) is None
    assert timex.shift_value("199", "year", -10) is None
    assert timex.shift_value("2024-02-30", "day", 1) is None


def test_nearest_weekday_directions() -> None:
    thursday = dt.date(2024, 10, 31)
    assert timex.nearest_weekday(thursday, 0, -1) == dt.date(2024, 10, 28)
    assert timex.nearest_weekday(thursday, 0, 1) == dt.date(2024, 11, 4)
    assert timex.nearest_weekday(thursday, 3, -1) == thursday
    assert timex.nearest_weekday(thursday, 5, 0) == dt.date(2024, 11, 2)
