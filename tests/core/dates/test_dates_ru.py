"""Dates in Russian: declined month names, seasons, relative words, "N лет назад"."""

from __future__ import annotations

import datetime as dt

import pytest

from inbrief.core.dates import find_dates

REF = dt.date(2026, 11, 27)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Совет 14 марта 2025 года утвердил план.", [("14 марта 2025", "2025-03-14")]),
        ("Библиотека откроется весной 2026 года.", [("весной 2026", "2026-SP")]),
        ("В декабре 2026 года работы завершатся.", [("декабре 2026", "2026-12")]),
        ("Вчера мэр выступила.", [("Вчера", "2026-11-26")]),
        ("В прошлом году проект обсуждали.", [("В прошлом году", "2025")]),
        ("Три года назад склад закрыли.", [("Три года назад", "2023")]),
        ("Встреча пройдёт во вторник, 3 ноября.", [("вторник, 3 ноября", "2026-11-03")]),
        ("Окружающая среда важна для города.", []),  # "среда" here is not Wednesday
    ],
)
def test_russian_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in find_dates(text, "ru", REF)] == expected
