"""Future and past wording outside English moves a month named without a year."""

from __future__ import annotations

import datetime as dt

import pytest

from inbrief.core.dates import find_dates

REF = dt.date(2025, 11, 12)


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("fr", "Le pont rouvrira en mars.", "2026-03"),
        ("es", "El puente abrirá en marzo.", "2026-03"),
        ("it", "Il ponte riaprirà a marzo.", "2026-03"),
        ("pt", "A ponte reabrirá em março.", "2026-03"),
        ("de", "Die Brücke wird im März eröffnet.", "2026-03"),
        ("ru", "Мост откроется в марте.", "2026-03"),
        ("es", "El puente se cerró para obras en marzo, y fue un mes difícil.", "2025-03"),
    ],
)
def test_future_wording_moves_a_month_into_next_year(language: str, text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, language, REF)] == [value]


def test_spanish_para_is_not_a_future_cue() -> None:
    # "para" ends like a future verb without the accent; March stays the nearest one.
    text = "En marzo se presentó el plan para la ciudad."
    assert [d.value for d in find_dates(text, "es", REF)] == ["2025-03"]


# Tuesday 12 March 2024: the Thursday before is the 7th, the one after the 14th.
WEEKDAY_REF = dt.date(2024, 3, 12)


@pytest.mark.parametrize(
    ("language", "past", "future"),
    [
        ("en", "The mayor said Thursday that the bridge is safe.",
         "The council will meet Thursday to vote on the bridge."),
        ("de", "Der Bürgermeister sagte am Donnerstag, die Brücke sei sicher.",
         "Der Rat wird am Donnerstag über die Brücke abstimmen."),
        ("fr", "Le maire a déclaré jeudi que le pont était sûr.",
         "Le conseil se réunira jeudi pour voter."),
        ("es", "El alcalde dijo el jueves que el puente es seguro.",
         "El consejo se reunirá el jueves para votar."),
        ("it", "Il sindaco ha detto giovedì che il ponte è sicuro.",
         "Il consiglio si riunirà giovedì per votare."),
        ("pt", "O prefeito disse na quinta-feira que a ponte é segura.",
         "O conselho se reunirá na quinta-feira para votar."),
        ("ru", "Мэр заявил в четверг, что мост безопасен.",
         "Совет будет голосовать в четверг."),
        ("ar", "وقال رئيس البلدية يوم الخميس إن الجسر آمن.",
         "سيجتمع المجلس يوم الخميس للتصويت."),
    ],
)  # fmt: skip
def test_a_weekday_follows_the_tense_of_its_verb(language: str, past: str, future: str) -> None:
    # Without tense the nearest Thursday is the 14th: the past verb must move it back.
    assert [d.value for d in find_dates(past, language, WEEKDAY_REF)] == ["2024-03-07"]
    assert [d.value for d in find_dates(future, language, WEEKDAY_REF)] == ["2024-03-14"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ortiz won the seat in an election Tuesday.", "2024-03-12"),  # on the reference day
        ("Ortiz won the seat in an election Monday.", "2024-03-11"),
        ("The vote is scheduled for Thursday.", "2024-03-14"),  # a participle, not a past
        ("The United Nations meets Thursday.", "2024-03-14"),  # "United" is no verb
        ("Officials said the flights would leave on Thursday.", "2024-03-14"),
        ("Officials said the bridge will reopen Thursday.", "2024-03-14"),
        ("The minister, who arrived Saturday, will speak Thursday.", "2024-03-14"),
    ],
)
def test_english_weekday_tense_cases(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, "en", WEEKDAY_REF)][-1] == value


def test_a_german_verb_with_its_prefix_at_the_clause_end_is_past() -> None:
    # "wie ... am Donnerstag ankündigte" (a separable verb's preterite closing the clause),
    # after a main clause with "sollen" (a plan): the Thursday before.
    text = ("Zehn Fähren sollen im Herbst fahren, wie die Reederei am Donnerstag ankündigte. "
            "Die Stadt teilte am Donnerstag mit, dass sie zahle.")
    assert [d.value for d in find_dates(text, "de", WEEKDAY_REF)] == ["2024-03-07",
                                                                     "2024-03-07"]
    text = "Der Rat soll am Donnerstag zusammenkommen, wie der Bürgermeister mitteilte."
    assert [d.value for d in find_dates(text, "de", WEEKDAY_REF)] == ["2024-03-14"]


def test_arabic_future_wording_moves_a_month_ahead() -> None:
    # Arabic had no tense cues of its own: "next" (المقبل) now moves an unyeared month ahead.
    found = find_dates("سيعقد المؤتمر في مارس المقبل.", "ar", dt.date(2025, 11, 12))
    assert "2026-03" in [d.value for d in found]


def test_what_a_that_clause_reports_does_not_move_the_weekday_of_said() -> None:
    text = "The mayor said Thursday that the council will meet Monday."
    assert [d.value for d in find_dates(text, "en", WEEKDAY_REF)] == ["2024-03-07", "2024-03-18"]


# Tuesday 19 November 2019.
PLAN_REF = dt.date(2019, 11, 19)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A plan reported with a modal: next year's March and summer.
        ("Quint said the work would begin in March.", "2020-03"),
        ("The pier should be finished before the summer.", "2020-SU"),
        ("The ferry will return in the summer.", "2020-SU"),
        # A plan that did not happen, past wording, no plan: this year's.
        ("The work should have begun in March.", "2019-03"),
        ("The pier was damaged in March.", "2019-03"),
        ("Trade fell over the summer.", "2019-SU"),
        # A month a quarter or less back may be the plan that came true: the nearest one.
        ("She said the plant would close in October.", "2019-10"),
        # A day of a month: as its month.
        ("Quint said the pier would reopen on June 2.", "2020-06-02"),
        ("The pier reopened on June 2.", "2019-06-02"),
    ],
)
def test_a_modal_plan_moves_a_month_or_season_months_back_into_next_year(
        text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, "en", PLAN_REF)] == [value]


@pytest.mark.parametrize(
    ("language", "plan", "past_plan"),
    [
        ("fr", "Les travaux devraient commencer en mars.",
         "Les travaux auraient dû commencer en mars."),
        ("de", "Die Arbeiten dürften im März beginnen.",
         "Die Arbeiten hatten im März begonnen."),
        ("es", "Las obras podrían empezar en marzo.", "Las obras empezaron en marzo."),
        ("it", "I lavori dovrebbero iniziare a marzo.",
         "I lavori avrebbero dovuto iniziare a marzo."),
        ("pt", "As obras deveriam começar em março.", "As obras começaram em março."),
    ],
)  # fmt: skip
def test_a_conditional_plan_moves_a_month_ahead_in_other_languages(
        language: str, plan: str, past_plan: str) -> None:
    assert [d.value for d in find_dates(plan, language, REF)] == ["2026-03"]
    assert [d.value for d in find_dates(past_plan, language, REF)] == ["2025-03"]


def test_a_noun_ending_like_a_conditional_is_no_plan() -> None:
    # "portrait" ends like "serait"; "categoría" like "sería".
    assert [d.value for d in find_dates("Le portrait de mars.", "fr", REF)] == ["2025-03"]
    assert [d.value for d in find_dates("La categoría de marzo.", "es", REF)] == ["2025-03"]


def test_a_weekday_reported_with_a_conditional_is_the_nearest_one() -> None:
    # Tuesday 12 March 2024: "said ... would open on Thursday" is the 14th, not the 7th.
    text = "Le maire a déclaré que le pont rouvrirait jeudi."
    assert [d.value for d in find_dates(text, "fr", WEEKDAY_REF)] == ["2024-03-14"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Horrach ya había recurrido el pasado abril contra la primera imputación."),
        ("es", "El fiscal recurrió en abril pasado."),
        ("fr", "Il avait fait appel en avril dernier."),
        ("de", "Er hatte im vergangenen April Berufung eingelegt."),
        ("it", "Il ricorso dello scorso aprile fu respinto."),
        ("pt", "O recurso de abril passado foi rejeitado."),
    ],
)
def test_last_before_or_after_a_month_is_last_years(language: str, text: str) -> None:
    # El Mundo, 8 January 2014: "el pasado abril" had been April 2014, three months ahead.
    reference = dt.date(2014, 1, 8)
    assert [d.value for d in find_dates(text, language, reference)] == ["2013-04"]
    # Without "last" or a past verb, a month ahead stays this year's.
    assert [d.value for d in find_dates("El juicio se celebra en abril.", "es",
                                        reference)] == ["2014-04"]
