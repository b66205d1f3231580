"""TIMEX3 values as the timeline and the brief show them to people."""

from __future__ import annotations

import pytest

from inbrief.core.dates.timex import describe


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2025-03-14", "14 Mar 2025"),
        ("2025-03-14T10:30", "14 Mar 2025"),
        ("2025-03", "Mar 2025"),
        ("2025", "2025"),
        ("2024-W05", "week 5, 2024"),
        ("2024-W05-WE", "weekend of week 5, 2024"),
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
