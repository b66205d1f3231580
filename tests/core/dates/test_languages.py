"""The registry of date languages: lookups, and tables the grammars can rely on."""

from __future__ import annotations

import datetime as dt

import pytest

from inbrief.core.dates import find_dates
from inbrief.core.dates.languages import (
    DATE_LANGUAGES,
    ENGLISH,
    Ago,
    Counters,
    DateLanguage,
    TenseCues,
    WordOrder,
    date_language,
)

UNITS = {"day", "week", "month", "year"}


@pytest.mark.parametrize(
    ("code", "expected"),
    [("de", "de"), ("pt-BR", "pt"), ("EN", "en"), ("zh-TW", "zh"), ("ar", "ar"), ("nl", None),
     ("", None)],
)  # fmt: skip
def test_date_language_looks_up_the_base_code(code: str, expected: str | None) -> None:
    record = date_language(code)
    assert (record.code if record else None) == expected


def test_the_registry_holds_each_record_under_its_code() -> None:
    assert " ".join(DATE_LANGUAGES) == "en de fr es it pt ru ar ja zh ko"
    assert all(record.code == code for code, record in DATE_LANGUAGES.items())
    assert DATE_LANGUAGES["en"] is ENGLISH


@pytest.mark.parametrize("record", DATE_LANGUAGES.values(), ids=list(DATE_LANGUAGES))
def test_tables_are_lower_case_and_complete(record: DateLanguage) -> None:
    # The grammars look matches up lower-cased: an upper-case key would never be found.
    for table in (record.months, record.weekdays, record.seasons, record.relative_words):
        assert all(word == word.lower() for word in table)
    if record.months:
        assert set(record.months.values()) == set(range(1, 13))
    if record.weekdays:
        assert set(record.weekdays.values()) == set(range(7))
    assert set(record.seasons.values()) == {0, 1, 2, 3}
    assert {unit for unit, _ in record.relative_words.values()} <= UNITS
    if record.ago is not None:
        assert "{n}" in record.ago.pattern and "{unit}" in record.ago.pattern
        assert set(record.ago.units.values()) <= UNITS
        assert all(word == word.lower() for word in (*record.ago.numbers, *record.ago.units))


def test_each_grammar_has_the_tables_it_reads() -> None:
    for record in DATE_LANGUAGES.values():
        if isinstance(record.grammar, WordOrder):
            assert record.months and record.weekdays and record.ago is not None
        elif isinstance(record.grammar, Counters):
            assert not record.months and record.ago is not None and not record.ago.numbers


DUTCH = DateLanguage(
    code="nl",
    grammar=WordOrder(day_month="", month_year="", season_year="", weekday_date=r",?\s+",
                      capitalised_nouns=False),
    months={"januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
            "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12},
    weekdays={"maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4,
              "zaterdag": 5, "zondag": 6},
    seasons={"lente": 0, "zomer": 1, "herfst": 2, "winter": 3},
    relative_words={"gisteren": ("day", -1), "vorig jaar": ("year", -1)},
    ago=Ago(r"{n}\s+{unit}\s+geleden", {"twee": 2}, {"jaar": "year", "weken": "week"}),
    tense=TenseCues(r"\b(?:zal|zullen)\b", r"\b(?:was|waren)\b"),
)  # fmt: skip


def test_a_new_language_is_one_record(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(DATE_LANGUAGES, "nl", DUTCH)
    text = "Op dinsdag 3 maart 2026 en gisteren, twee jaar geleden, in de lente van vorig jaar."
    found = [(m.text, m.value) for m in find_dates(text, "nl-BE", dt.date(2026, 3, 10))]
    assert found == [
        ("dinsdag 3 maart 2026", "2026-03-03"),
        ("gisteren", "2026-03-09"),
        ("twee jaar geleden", "2024"),
        ("vorig jaar", "2025"),
    ]
