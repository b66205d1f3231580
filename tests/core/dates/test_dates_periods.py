"""Running totals up to a month and the quarters of results stories (issue 16, round 3: the
commonest value errors of the development data, as general classes)."""

from __future__ import annotations

import datetime as dt

import pytest

from inbrief.core.dates import find_dates

# Thursday 31 October 2024, in the fourth quarter.
REF = dt.date(2024, 10, 31)


def value_of(text: str, phrase: str) -> str:
    """Return the value of the one mention whose text contains ``phrase``."""
    values = [m.value for m in find_dates(text, "en", REF) if phrase in m.text]
    assert len(values) == 1, (phrase, [(m.text, m.value) for m in find_dates(text, "en", REF)])
    return values[0]


@pytest.mark.parametrize(
    "text",
    [
        "Sales of the fund were flat this year through August, its managers said.",
        "Shipments so far through June were up 4%.",
        "Revenue year to date through September rose by a tenth.",
    ],
)
def test_a_running_total_up_to_a_month_stays_in_the_reference_year(text: str) -> None:
    month = next(m for m in find_dates(text, "en", REF) if m.value.count("-") == 1)
    assert month.value.startswith("2024-"), month


def test_until_a_month_still_looks_ahead() -> None:
    assert value_of("The bridge stays closed until March.", "March") == "2025-03"
    assert value_of("Tolls will be waived through February.", "February") == "2025-02"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the quarter ended July 31, Orvane had 5.6 million shares.", "2024-Q2"),
        ("Sales rose in the quarter ended Sept. 30 to $747 million.", "2024-Q3"),
        ("In the latest period ended March 31, profit fell.", "2024-Q1"),
        ("Profit in the quarter ended Jan. 31 doubled.", "2023-Q4"),  # November to January
    ],
)
def test_a_quarter_ended_on_a_day_is_the_calendar_quarter_it_mostly_covers(
    text: str, expected: str
) -> None:
    assert value_of(text, "quarter" if "quarter" in text else "period") == expected


def test_last_years_quarter_is_the_same_quarter_a_year_before() -> None:
    text = (
        "Orvane Corp. said third-quarter profit rose 12%. U.K. sales for last year's quarter "
        "were about $3 million."
    )
    assert value_of(text, "last year") == "2023-Q3"


@pytest.mark.parametrize(
    "text",
    [
        "The survey was first published in USA Today and then in The Times.",
        "This is Harbor Radio Today, with the news at six.",
        'The minister said on "This Week With Dana Cole" that talks would go on.',
    ],
)
def test_a_word_for_now_inside_a_title_is_no_date(text: str) -> None:
    assert find_dates(text, "en", REF) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Today, the council votes on the budget.", "Today"),
        ('"Now we see that the plan works," the mayor said.', "Now"),
        ("The plan, the mayor said, will pass. Tomorrow the council votes.", "Tomorrow"),
    ],
)
def test_a_word_for_now_opening_a_sentence_or_a_quote_stays_a_date(text: str, word: str) -> None:
    found = [m.text for m in find_dates(text, "en", REF)]
    assert word in found, found
