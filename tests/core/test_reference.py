"""The reference date: published, typed, or inferred from the text, and said in words."""

from __future__ import annotations

import datetime as dt

import pytest

from inbrief.core.article import AnalysisOptions, Article
from inbrief.core.brief import Brief
from inbrief.core.clean import clean_article
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


# A page that shows its date without the year, as a local news site does for this year's
# stories, with the year in its copyright line.
YEARLESS = """Harbor City Mayor Wins Second Term as Council Backs Bridge Plan

Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM

Harbor City Mayor Elena Ortiz won a second term in an election Tuesday, beating her \
challenger by nine points after a campaign fought over the future of the old river bridge.

Ortiz said Thursday that work on the bridge would begin in the summer and that the council \
will meet Monday to approve the first contracts. Tickets for the opening concert go on sale \
Friday, Dec. 6.

© 2019 Harbor City News. All rights reserved.
"""


def test_a_day_shown_without_its_year_takes_the_copyright_year() -> None:
    cleaned = clean_article(Article(text=YEARLESS))
    assert (cleaned.article.published, cleaned.article.shown_day) == (None, "11-19")
    brief = analyze(Article(text=YEARLESS))
    assert (brief.reference_date, brief.reference_date_source) == ("2019-11-19", "shown-day")
    assert brief.reference_note() == ("relative dates measured from 19 Nov 2019 (the day the "
                                      "page shows without a year, in the year of its copyright "
                                      "line)")
    values = {d.text: d.value for d in brief.dates}
    # 19 November 2019 was a Tuesday: the election that day; Thursday the one before, Monday
    # the one after, "Friday, Dec. 6" in that year.
    assert (values["Tuesday"], values["Thursday"]) == ("2019-11-19", "2019-11-14")
    assert (values["Monday"], values["Friday, Dec. 6"]) == ("2019-11-25", "2019-12-06")


def test_a_shown_day_gives_way_to_a_later_stated_date_and_without_a_year_is_the_latest() -> None:
    body = "The council met on Tuesday. The pier reopened on 2 December 2019."
    given = body + "\n© 2019 Harbor City News"
    assert infer_reference(body, given, "en", TODAY, "11-19") == (dt.date(2019, 12, 2),
                                                                   "latest-date")
    # An earlier stated date: the shown day, in the copyright year.
    earlier = body.replace("2 December", "2 November")
    assert infer_reference(earlier, earlier + "\n© 2019 Harbor City News", "en", TODAY,
                           "11-19") == (dt.date(2019, 11, 19), "shown-day")
    body = "The council met on Tuesday and will meet again next week."
    # No copyright year: the latest such day up to today (a page shows this year's dates so).
    assert infer_reference(body, body, "en", TODAY, "11-19") == (dt.date(2025, 11, 19),
                                                                  "shown-day-latest")
    assert infer_reference(body, body, "en", TODAY, "05-20") == (TODAY, "shown-day-latest")
    assert infer_reference(body, body, "en", TODAY, "02-29") == (dt.date(2024, 2, 29),
                                                                  "shown-day-latest")
    # A stated full date without a copyright year: the year cannot be told; the date stated.
    body = "The pier reopened on 2 December 2019. The council met on Tuesday."
    assert infer_reference(body, body, "en", TODAY, "11-19") == (dt.date(2019, 12, 2),
                                                                  "latest-date")
