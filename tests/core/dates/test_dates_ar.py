"""Dates in Arabic: both month-name sets, seasons, relative words, "قبل N سنوات"."""

from __future__ import annotations

import datetime as dt

import pytest

from inbrief.core.dates import find_dates

REF = dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وافق المجلس يوم 14 مارس 2025 على المشروع.", [("14 مارس 2025", "2025-03-14")]),
        ("ستبدأ الأعمال في 1 تشرين الأول 2026.", [("1 تشرين الأول 2026", "2026-10-01")]),
        ("وستفتح المكتبة في ربيع 2026.", [("ربيع 2026", "2026-SP")]),
        ("تنتهي الأعمال في أيلول 2027.", [("أيلول 2027", "2027-09")]),
        ("وقالت أمس إن المشروع تأخر.", [("أمس", "2026-11-26")]),
        ("نوقش المشروع العام الماضي.", [("العام الماضي", "2025")]),
        ("وقبل 3 سنوات أغلق المستودع.", [("وقبل 3 سنوات", "2023")]),
        # A month named both ways, Levantine and Egyptian, one date.
        ("الأحد، 04 آب/اغسطس 2013، آخر تحديث", [("الأحد، 04 آب/اغسطس 2013", "2013-08-04")]),
        ("وافق المجلس في 4 آب (أغسطس) 2013.", [("4 آب (أغسطس) 2013", "2013-08-04")]),
        ("تنتهي الأعمال في أيلول/سبتمبر 2027.", [("أيلول/سبتمبر 2027", "2027-09")]),
    ],
)
def test_arabic_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in find_dates(text, "ar", REF)] == expected
