"""Tests for the date finder: spans, TIMEX3 values and what must not count as a date."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from inbrief.core.brief import DateMention
from inbrief.core.dates import find_dates, warm_up

# Thursday 31 October 2024, in ISO week 44 (Monday 28 October - Sunday 3 November).
REF = dt.date(2024, 10, 31)


def found(text: str, language: str = "en", reference: dt.date = REF) -> list[DateMention]:
    """Return the mentions, checking the invariants every result must keep."""
    mentions = find_dates(text, language, reference)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.kind in ("absolute", "relative")
    for before, after in zip(mentions, mentions[1:], strict=False):
        assert before.end <= after.start  # document order, no overlap
    return mentions


def pairs(text: str, language: str = "en", reference: dt.date = REF) -> list[tuple[str, str]]:
    """Return (text, value) of each mention."""
    return [(m.text, m.value) for m in found(text, language, reference)]


def value_of(text: str, phrase: str, language: str = "en") -> str:
    """Return the value of the one mention whose text contains ``phrase``."""
    values = [m.value for m in found(text, language) if phrase in m.text]
    assert len(values) == 1, (phrase, pairs(text, language))
    return values[0]


# ----------------------------------------------------------------- absolute dates
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant reopened on Oct. 28, 2024, after repairs.", ("Oct. 28, 2024", "2024-10-28")),
        ("Voting ends on 28 October 2024 at noon.", ("28 October 2024", "2024-10-28")),
        ("The filing is dated 2024-10-28 in the registry.", ("2024-10-28", "2024-10-28")),
        ("A letter postmarked 10/28/24 arrived late.", ("10/28/24", "2024-10-28")),
        ("She was born on March 3, 1961, in Leeds.", ("March 3, 1961", "1961-03-03")),
        ("The band split in May 2010 after a tour.", ("May 2010", "2010-05")),
    ],
)
def test_absolute_dates_have_full_values(text: str, expected: tuple[str, str]) -> None:
    mentions = found(text)
    assert [(m.text, m.value) for m in mentions] == [expected]
    assert mentions[0].kind == "absolute"


def test_month_and_day_without_year_take_the_reference_year() -> None:
    mentions = found("The fair opens October 28th and the market on 2 November.")
    assert [(m.text, m.value, m.kind) for m in mentions] == [
        ("October 28th", "2024-10-28", "relative"),
        ("2 November", "2024-11-02", "relative"),
    ]


def test_weekday_before_a_date_is_part_of_it() -> None:
    assert pairs("The vote was held on Monday, Oct. 28, 2024.") == [
        ("Monday, Oct. 28, 2024", "2024-10-28")
    ]


# ------------------------------------------------------------------ partial dates
@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The council will decide in October.", "October", "2024-10"),
        ("The stadium should be finished in 2026.", "2026", "2026"),
        ("House prices fell through the 1990s.", "1990s", "199"),
        ("Shipments resume in Q3 2025, the firm said.", "Q3 2025", "2025-Q3"),
        ("Revenue for fiscal 2025 is forecast to grow.", "fiscal 2025", "2025"),
        ("The line was due to open by mid-2024.", "mid-2024", "2024"),
        ("Talks are planned for early next year.", "early next year", "2025"),
        ("Profit rose in the third quarter.", "third quarter", "2024-Q3"),
        ("The castle dates from the 12th century.", "12th century", "11"),
        ("The club was founded in the winter of 1994.", "winter of 1994", "1994-WI"),
        ("In nineteen ninety-one the mill closed.", "nineteen ninety-one", "1991"),
        ("The plan dates from the year two thousand.", "two thousand", "2000"),
        ("The slash form 2024/03/05 is common in Asia.", "2024/03/05", "2024-03-05"),
        ("The market reopens on Christmas Eve 2025.", "Christmas Eve 2025", "2025-12-24"),
    ],
)
def test_partial_dates(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value


def test_quarter_spellings() -> None:
    assert pairs("In Q1, sales rose; Q3 2025 and Q4-2024 follow, then Q2 '26.") == [
        ("Q1", "2024-Q1"),
        ("Q3 2025", "2025-Q3"),
        ("Q4-2024", "2024-Q4"),
        ("Q2 '26", "2026-Q2"),
    ]


def test_month_without_year_moves_ahead_when_the_sentence_speaks_of_the_future() -> None:
    # Reference: 31 October 2024. February already passed this year.
    assert value_of("The bakery opened in February.", "February") == "2024-02"
    assert value_of("The new bakery will open in February.", "February") == "2025-02"
    assert value_of("The offer runs through January.", "January") == "2025-01"


def test_a_near_month_ahead_in_a_clause_with_a_past_verb_is_last_years() -> None:
    # Reference: 31 October 2024. January is three months ahead and ten back: the nearest,
    # unless the clause's verb is in the past tense (a story's "physical conducted in
    # February" looked four months into the future).
    assert value_of("The clinic's last exam, conducted in January, found nothing.", "January") == (
        "2024-01"
    )
    assert value_of("Sales rose in January, the company said.", "January") == "2024-01"
    assert value_of("The clinic opens in January.", "January") == "2025-01"
    assert value_of("The clinic is scheduled to open in January.", "January") == "2025-01"


def test_may_the_verb_is_not_a_month() -> None:
    assert pairs("Prices may rise. March organisers say they may cancel.") == []
    assert pairs("The shop closed in May.") == [("May", "2024-05")]


# ----------------------------------------------------------------- relative dates
@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The mayor spoke on Tuesday about the budget.", "Tuesday", "2024-10-29"),
        ("The committee will meet on Monday to vote.", "Monday", "2024-11-04"),
        ("Fans gather on Saturday for the parade.", "Saturday", "2024-11-02"),  # the closest
        ("Rents rose sharply last week.", "last week", "2024-W43"),
        ("Schools are closed this week.", "this week", "2024-W44"),
        ("The new rules apply from next month.", "next month", "2024-11"),
        ("The bridge collapsed two years ago.", "two years ago", "2022"),
        ("A report is expected later this month.", "later this month", "2024-10"),
        ("Planting starts next spring.", "next spring", "2025-SP"),
        ("The minister resigned today.", "today", "2024-10-31"),
        ("The results arrived yesterday.", "yesterday", "2024-10-30"),
        ("Sales doubled this year.", "this year", "2024"),
        ("Last year the harbour froze.", "Last year", "2023"),
        ("The team is now in second place.", "now", "PRESENT_REF"),
        ("The museum recently reopened.", "recently", "PAST_REF"),
        ("A decision is expected soon.", "soon", "FUTURE_REF"),
        ("The ferry ran late over the weekend.", "the weekend", "2024-W43-WE"),
        ("The deal was signed last June.", "last June", "2024-06"),  # the most recent June
        ("The pier shut last September.", "last September", "2023-09"),  # just ended: a year ago
        ("In January this year the pier reopened.", "January this year", "2024-01"),
        ("Three days ago the storm hit.", "Three days ago", "2024-10-28"),
        ("The lights go up before Christmas.", "Christmas", "2024-12-25"),
        ("Repairs will take the next year or so.", "the next year or so", "2025"),
    ],
)
def test_relative_dates_resolve_against_the_reference(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value
    assert next(m for m in found(text) if phrase in m.text).kind == "relative"


def test_tense_is_read_from_the_clause_holding_the_weekday() -> None:
    text = "The council met on Tuesday and said the bridge will reopen next spring."
    assert value_of(text, "Tuesday") == "2024-10-29"


def test_part_of_day_rides_along_with_its_weekday_but_sets_do_not_count() -> None:
    assert pairs("Fireworks will light the bay on Friday night.") == [
        ("Friday night", "2024-11-01")
    ]
    assert pairs("The market opens each Monday and on Tuesday nights.") == []


def test_a_year_earlier_follows_the_quarter_just_mentioned() -> None:
    text = "Profit rose in the third quarter, up from a loss a year earlier."
    assert pairs(text) == [("the third quarter", "2024-Q3"), ("a year earlier", "2023-Q3")]


def test_the_period_of_a_results_story_is_the_quarter_its_lead_names() -> None:
    # Invented earnings copy: the lead's quarter, then a digression into the quarter before.
    text = (
        "Orvane Corp. posted a 20% gain in third-quarter profit. After a flat second quarter, "
        "the company credited higher prices. Charges taken in the year-earlier period "
        "weighed on the comparison."
    )
    found = dict(pairs(text, reference=dt.date(2024, 11, 1)))
    assert found["second quarter"] == "2024-Q2"
    assert found["the year-earlier period"] == "2023-Q3"


def test_a_weekday_owning_something_is_a_past_day() -> None:
    # 31 Oct 2024 is a Thursday: the nearest Saturday lies ahead, but a closing price is past.
    text = "The bonds convert at a 24% premium over Saturday's closing price."
    assert pairs(text) == [("Saturday", "2024-10-26")]


def test_other_reference_dates_move_relative_values() -> None:
    reference = dt.date(2025, 1, 6)  # a Monday in ISO week 2 of 2025
    assert pairs("The shop shut last week, not yesterday.", reference=reference) == [
        ("last week", "2025-W01"),
        ("yesterday", "2025-01-05"),
    ]


# ------------------------------------------------------------------------- ranges
def test_day_range_reports_its_first_day() -> None:
    assert pairs("The festival runs Nov. 3-5 in the old town.") == [("Nov. 3-5", "2024-11-03")]


def test_joined_year_range_is_one_mention_valued_as_its_first_year() -> None:
    assert pairs("The 2009-2012 recession and the 1957-58 expedition.") == [
        ("2009-2012", "2009"),
        ("1957-58", "1957"),
    ]
    assert pairs("Call 2012-3456 for details.") == []


def test_a_law_s_number_with_a_year_in_it_is_no_date() -> None:
    # A consumer test named "Richtlinie 2014/79/EU" (w3m broke the line before its slash): the
    # timeline showed 2014 for it; the GDPR's "(EU) 2016/679" read as 2016.
    assert pairs("The levy breaks Directive 2014/79/EU, the board said in 2019.") == [
        ("2019", "2019")]
    assert pairs("Under Regulation (EU) 2016/679 the port must report leaks.") == []
    assert pairs("Der Grenzwert der Richtlinie 2014 /79/EU gilt.", "de") == []
    assert pairs("Regulation (EC) No 1907/2006 covers the dyes.") == []
    # A season or a span of years keeps its first year.
    assert pairs("The 2016/17 season and the 2019/2020 budget.") == [
        ("2016", "2016"), ("2019", "2019")]


def test_year_range_gives_two_mentions() -> None:
    assert pairs("Between 2009 and 2012 the mine was closed.") == [
        ("2009", "2009"),
        ("2012", "2012"),
    ]


# ----------------------------------------------------- durations, times, numbers
@pytest.mark.parametrize(
    "text",
    [
        "The speech lasted for five minutes.",
        "The works took three years to finish.",
        "It was a decade of growth.",
        "Output has fallen over the past two years.",
        "The doors open at 3 p.m. sharp.",
        "Organisers expect 2,100 people at the rally.",
        "The ticket cost $2024 including fees.",
        "The farm covers 1,200 acres of land.",
        "About 2024 people signed the petition.",
        "Room 1999 is on the top floor.",
        "Turnout rose 2015% in a typo.",
    ],
)
def test_durations_times_and_numbers_are_not_dates(text: str) -> None:
    assert pairs(text) == []


# ---------------------------------------------------------------- other languages
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Die Messe beginnt am 3. März 2023 in Köln.", "de", [("3. März 2023", "2023-03-03")]),
        ("La fête a eu lieu le 14 juillet 2023.", "fr", [("14 juillet 2023", "2023-07-14")]),
        ("La reunión fue el 5 de mayo de 2023.", "es", [("5 de mayo de 2023", "2023-05-05")]),
        ("Il voto si è tenuto il 2 giugno 2022.", "it", [("2 giugno 2022", "2022-06-02")]),
        ("A revolução foi em 25 de abril de 1974.", "pt", [("25 de abril de 1974", "1974-04-25")]),
        ("Der Vertrag wurde im September unterzeichnet.", "de", [("September", "2024-09")]),
        ("Les résultats sont tombés hier.", "fr", [("hier", "2024-10-30")]),
        ("El acuerdo se firmó ayer por la tarde.", "es", [("ayer", "2024-10-30")]),
        ("Die Sitzung war gestern.", "de", [("gestern", "2024-10-30")]),
        ("Der Bericht erschien am 28.10.2024 online.", "de", [("28.10.2024", "2024-10-28")]),
        ("Le conseil s'est réuni mardi soir.", "fr", [("mardi", "2024-10-29")]),
    ],
)
def test_month_weekday_and_day_words_of_other_languages(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Die Brücke wurde vor zwei Jahren gesperrt.", "de", ("vor zwei Jahren", "2022")),
        ("L'usine a fermé il y a trois mois.", "fr", ("il y a trois mois", "2024-07")),
        ("El puente cerró hace 5 días.", "es", ("hace 5 días", "2024-10-26")),
        ("Il ponte è stato chiuso due settimane fa.", "it", ("due settimane fa", "2024-W42")),
        ("A ponte fechou há um ano.", "pt", ("há um ano", "2023")),
    ],
)
def test_ago_in_other_languages(text: str, language: str, expected: tuple[str, str]) -> None:
    assert pairs(text, language) == [expected]


def test_german_morning_is_not_tomorrow() -> None:
    assert pairs("Am Morgen regnete es.", "de") == []
    assert pairs("Das Spiel ist morgen.", "de") == [("morgen", "2024-11-01")]


def test_unknown_language_still_finds_numeric_dates() -> None:
    assert pairs("締切 2024-10-28 まで", "ja") == [("2024-10-28", "2024-10-28")]


# ------------------------------------------------------------- sentences, edges
def test_sentence_index_points_at_the_containing_sentence() -> None:
    text = "The port opened in 1998. It closed last year. Nothing else."
    spans = [(0, 24), (25, 45), (46, 59)]
    mentions = find_dates(text, "en", REF, spans)
    assert [(m.text, m.sentence) for m in mentions] == [("1998", 0), ("last year", 1)]
    assert find_dates(text, "en", REF, [(25, 45)])[0].sentence == -1


def test_text_whose_lower_case_changes_length_keeps_offsets() -> None:
    # "İ" lower-cases to two characters: the finder must not rely on the lowered text.
    text = "İzmir İnşaat reported on 3 May 2024 that İstanbul sales rose last week."
    assert pairs(text) == [("3 May 2024", "2024-05-03"), ("last week", "2024-W43")]


def test_empty_and_dateless_texts_give_nothing() -> None:
    assert find_dates("", "en", REF) == []
    assert find_dates("The cat sat on the mat.", "en", REF) == []


def test_long_text_finds_every_repeated_date() -> None:
    warm_up()
    sentence = "The council met on Tuesday. It will vote on March 3, 2025. Nothing else. "
    mentions = find_dates(sentence * 2000, "en", REF)
    assert len(mentions) == 4000
    assert {m.value for m in mentions} == {"2024-10-29", "2025-03-03"}


_TOKENS = (
    "the", "on", "in", "last", "next", "this", "early", "mid-", "ago", "two", "a", "year",
    "years", "week", "month", "quarter", "third", "Q3", "fiscal", "Tuesday", "May", "March",
    "Oct.", "October", "28", "3-5", "2024", "1999", "'80s", "1990s", "2,100", "$2024", "10/28/24",
    "2024-10-28", "today", "now", "recently", ",", ".", "will", "said", "\n", "März", "juillet",
    "de", "mayo", "hier", "vor", "il", "y", "İ", "—", "(", ")", "spring", "Christmas", "-",
)  # fmt: skip


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it", "pt", "ja"])
def test_random_token_soup_keeps_every_invariant(language: str) -> None:
    rng = random.Random(f"dates-{language}")
    for _ in range(40):
        text = " ".join(rng.choice(_TOKENS) for _ in range(rng.randint(0, 60)))
        for mention in found(text, language):
            assert mention.value
            assert mention.sentence == -1


def test_two_digit_years_and_decades_lie_near_the_reference() -> None:
    assert pairs("Sold on 5/5/98 and again on 3/1/26, as in the '80s.") == [
        ("5/5/98", "1998-05-05"),
        ("3/1/26", "2026-03-01"),
        ("the '80s", "198"),
    ]
    old = dt.date(1989, 11, 2)
    assert pairs("Prices of 10/28/88 recall the '80s and the '20s.", reference=old) == [
        ("10/28/88", "1988-10-28"),
        ("the '80s", "198"),
        ("the '20s", "192"),
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Le conseil a voté mardi 14 octobre 2025, puis au printemps 2026.",
         [("mardi 14 octobre 2025", "2025-10-14"), ("printemps 2026", "2026-SP")]),
        ("de", "Der Rat stimmte am Dienstag, dem 14. Oktober 2025 zu; Bau ab Herbst 2026.",
         [("Dienstag, dem 14. Oktober 2025", "2025-10-14"), ("Herbst 2026", "2026-FA")]),
        ("es", "Votó el martes 14 de octubre de 2025; obras en invierno de 2026.",
         [("martes 14 de octubre de 2025", "2025-10-14"), ("invierno de 2026", "2026-WI")]),
        ("it", "Ha votato martedì 14 ottobre 2025; lavori nell'estate 2026.",
         [("martedì 14 ottobre 2025", "2025-10-14"), ("estate 2026", "2026-SU")]),
    ],
)
def test_weekday_with_date_is_one_mention_and_seasons_with_years(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    import datetime as dt

    from inbrief.core.dates import find_dates

    found = find_dates(text, language, dt.date(2025, 11, 12))
    assert [(d.text, d.value) for d in found] == expected
    assert all(text[d.start : d.end] == d.text for d in found)


def test_the_last_digits_of_an_isbn_are_no_date() -> None:
    # A paper's copyright line: "978-1-60558-392-1/09/06" is the book's number.
    assert pairs("Copyright 2009 ACM 978-1-60558-392-1/09/06 $5.00") == [("2009", "2009")]
    assert pairs("They met on 1/09/06 in Dublin.") == [("1/09/06", "2006-01-09")]
