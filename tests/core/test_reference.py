"""The reference date: published, typed, or inferred from the text, and said in words."""

from __future__ import annotations

import datetime as dt

import pytest

from inbrief.core.article import AnalysisOptions, Article
from inbrief.core.brief import Brief
from inbrief.core.pipeline import analyze, reference_date_for
from inbrief.core.reference import copyright_year, infer_reference

TODAY = dt.date(2026, 5, 20)

# A wire story as people select it on a news site: section label, headline, photo caption
# with its credit and date, the agency dateline, relative weekdays, the copyright line.
WIRE = """International

Harbor City Mayor Wins Second Term as Council Backs Bridge Plan

Supporters cheer at the victory rally in Harbor City, March 6, 2024. (Jonas Weber/Meridian Wire)

(Bloomberg) -- Harbor City Mayor Elena Ortiz won a second term in an election Tuesday, \
beating her challenger by nine points after a campaign fought over the future of the old \
river bridge.

Ortiz said Thursday that work on the bridge would begin in the summer and that the council \
will meet Monday to approve the first contracts. Turnout reached 61 percent, the highest in \
two decades, according to the city's election office.

Her challenger, Marcus Hale, conceded late on election night and said he would work with \
the new council. Business groups welcomed the result, saying the bridge plan would bring \
jobs to the harbor district.

©2024 Bloomberg L.P.
"""


def test_the_wire_article_dates_land_in_2024_and_the_brief_says_why() -> None:
    brief = analyze(Article(text=WIRE))
    assert brief.source == "Bloomberg"
    assert "©" not in brief.text and "Jonas Weber" not in brief.text
    assert (brief.reference_date, brief.reference_date_source) == ("2024-03-06", "caption")
    assert brief.reference_note() == (
        "relative dates measured from 6 Mar 2024 (the date of a photo caption)"
    )
    values = {d.text: d.value for d in brief.dates}
    # Tuesday 5 March: the election before the caption's Wednesday; Thursday the one before
    # it (29 February, a leap day); "will meet Monday" the Monday after.
    assert values["Tuesday"] == "2024-03-05"
    assert values["Thursday"] == "2024-02-29"
    assert values["Monday"] == "2024-03-11"
    assert all(d.value.startswith("2024") for d in brief.dates if d.value[:1].isdigit())


def test_without_the_caption_the_copyright_year_bounds_the_reference() -> None:
    text = WIRE.replace(", March 6, 2024.", ".")
    reference, source = reference_date_for(Article(text=text), AnalysisOptions(), today=TODAY)
    assert (reference, source) == (dt.date(2024, 12, 31), "copyright")
    brief = analyze(Article(text=text))
    assert brief.reference_date_source == "copyright"
    assert "copyright year" in brief.reference_note()
    assert all(d.value.startswith(("2024", "2025")) for d in brief.dates if d.value[:1] == "2")


def test_a_publication_line_wins_over_inferred_dates() -> None:
    text = "Published 12 March 2024 10:30 GMT\n\n" + WIRE
    brief = analyze(Article(text=text))
    assert (brief.reference_date, brief.reference_date_source) == ("2024-03-12", "published")
    assert brief.reference_note().endswith("(the publication date)")


def test_a_typed_date_wins_over_everything() -> None:
    options = AnalysisOptions(reference_date=dt.date(2024, 1, 2))
    brief = analyze(Article(text=WIRE), options)
    assert (brief.reference_date, brief.reference_date_source) == ("2024-01-02", "user")
    assert brief.reference_note() == "relative dates measured from 2 Jan 2024 (the date you chose)"


def test_the_latest_full_date_not_after_today_is_the_reference() -> None:
    body = (
        "The treaty was signed on 4 May 2021. The first review took place on 9 June 2023, "
        "and the second is planned for 1 July 2031. Ministers met on Friday."
    )
    assert infer_reference(body, body, "en", TODAY) == (dt.date(2023, 6, 9), "latest-date")


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("de", "Der Vertrag wurde am 4. März 2024 unterzeichnet.", dt.date(2024, 3, 4)),
        ("fr", "Le traité a été signé le 4 mars 2024.", dt.date(2024, 3, 4)),
        ("es", "El tratado se firmó el 4 de marzo de 2024.", dt.date(2024, 3, 4)),
    ],
)
def test_the_latest_date_is_read_in_the_text_language(
    language: str, body: str, expected: dt.date
) -> None:
    assert infer_reference(body, body, language, TODAY) == (expected, "latest-date")


def test_nothing_known_means_today_and_the_note_says_so() -> None:
    body = "The council met on Tuesday and will meet again next week."
    assert infer_reference(body, body, "en", TODAY) == (TODAY, "today")
    brief = analyze(Article(text=body))
    assert brief.reference_date_source == "today"
    assert brief.reference_note() == "relative dates measured from today (no date in the article)"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("©2024 Bloomberg L.P.", 2024),
        ("Copyright © 2019-2024 Meridian Wire. All rights reserved.", 2024),
        ("(c) 2023 Harbor Post", 2023),
        ("© 2031 a date in the future is no bound", None),
        ("No copyright here, 2024.", None),
    ],
)
def test_copyright_year(text: str, year: int | None) -> None:
    assert copyright_year(text, TODAY) == year


def test_the_reference_source_survives_a_json_round_trip() -> None:
    brief = Brief(text="x", reference_date="2024-03-06", reference_date_source="caption")
    again = Brief.from_dict(brief.to_dict())
    assert again.reference_date_source == "caption"
    assert again.reference_note() == brief.reference_note()
    assert Brief(text="x").reference_note() == ""
