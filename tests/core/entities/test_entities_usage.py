"""Tests for type evidence from what a name does: contests, first-person speech, glosses,
companies in apposition."""

from __future__ import annotations

from inbrief.core.brief import Entity
from inbrief.core.entities import extract_entities
from inbrief.core.entities.usage import person_shaped, use_votes


def typed(text: str) -> dict[str, str]:
    """Return each entity's name and type in ``text``."""
    return {e.name: e.type for e in extract_entities(text, "en")}


def named(entities: list[Entity], name: str) -> Entity:
    """Return the entity called ``name``."""
    return next(e for e in entities if e.name == name)


def test_the_other_side_of_a_contest_with_a_person_is_a_person() -> None:
    # The tagger reads the beaten player as an organization.
    text = "The teams were tied after Marco Bellini cruised past Yasuto Uchida 6-2, 6-1."
    assert typed(text)["Yasuto Uchida"] == "person"


def test_a_name_saying_a_first_person_quote_is_a_person() -> None:
    text = '"I played well and I was lucky," the 14th-ranked Schwartzberg said.'
    assert typed(text)["Schwartzberg"] == "person"


def test_a_name_said_to_be_he_is_a_person() -> None:
    assert typed("Schwartzberg said he was tired.")["Schwartzberg"] == "person"


def test_a_name_opening_a_sentence_before_one_that_opens_with_he_is_a_person() -> None:
    text = "Jo-Wilfried Tarnac reached the final on Sunday. He will play again on Friday."
    assert typed(text)["Jo-Wilfried Tarnac"] == "person"
    assert typed("Northwind Bank cut its rates on Monday. He said nothing.")["Northwind Bank"] == (
        "organization"
    )


def test_a_name_opening_with_the_first_name_of_a_person_is_a_person() -> None:
    text = (
        "The crowd cheered for Diego Schwartzberg in Madrid. Diego Alvarez, who coaches him, "
        "was pleased."
    )
    assert typed(text)["Diego Schwartzberg"] == "person"


def test_a_shared_first_word_is_no_first_name_for_a_plural_or_a_company() -> None:
    types = {
        "diego alvarez": "person",
        "diego schwartzberg": "organization",
        "glass passages": "person",  # the tagger's reading of a phrase, then its singular
        "glass passage": "place",
        "norcom": "organization",  # named alone: a company, not a first name
        "norcom north america": "person",
        "norcom unite connect": "organization",
    }
    voted = {key for key, votes in use_votes("", [], types).items() if votes.get("person")}
    assert voted == {"diego schwartzberg"}


def test_organizations_that_speak_stay_organizations() -> None:
    text = (
        'Apple said it would open a store. "We are proud," Apple said.\n'
        'Northwind Bank said on Monday it would cut rates. "I am confident," said Harlan '
        "Voss. Northwind Bank beat Harbor Trust to the deal, and Harlan Voss beat Northwind "
        "Bank to the headlines."
    )
    types = typed(text)
    assert types["Apple"] == "organization"
    assert types["Northwind Bank"] == "organization"
    assert types["Harbor Trust"] == "organization"
    assert types["Harlan Voss"] == "person"


def test_a_gloss_in_brackets_after_a_quoted_name_is_that_name() -> None:
    text = (
        'It took nearly eight hours to complete the series at the "Caja Roja" (Shiny Box) '
        "centre court. Spain will play on Wednesday."
    )
    entities = extract_entities(text, "en")
    assert all(e.type != "person" for e in entities), [(e.name, e.type) for e in entities]
    caja = named(entities, "Caja Roja")  # no stray quote from 'the "Caja Roja'
    assert caja.aliases == ("Shiny Box",)


def test_person_shaped_names() -> None:
    assert person_shaped("diego schwartzberg")
    assert person_shaped("jo-wilfried tarnac")
    assert not person_shaped("northwind bank")  # an organization word
    assert not person_shaped("bayern munich")  # a known city
    assert not person_shaped("davis cup")  # an event
    assert not person_shaped("european union")  # a known organization


def test_a_name_in_apposition_with_a_company_noun_is_an_organization() -> None:
    text = (
        "The Davis Cup is run by the International Tennis Federation and Talbot, a group "
        "co-founded by the footballer Marco Bellini.\n"
        "Anna Orvello, a company director, said sales rose."
    )
    types = typed(text)
    assert types["Talbot"] == "organization"
    assert types["Anna Orvello"] == "person"  # the noun qualifies another: her job
