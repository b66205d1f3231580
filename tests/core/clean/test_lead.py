"""Tests for the words a candidate headline shares with the article's lead (clean.lead)."""

from __future__ import annotations

from page_parts import STORY

from inbrief.core.clean.lead import make_lead
from inbrief.core.language import snowball_stemmer


def test_lead_shares_stemmed_content_words_with_the_headline_not_a_teaser() -> None:
    lead = make_lead(STORY, 0, frozenset({"the", "of", "in", "as", "to", "a"}),
                     snowball_stemmer("english"))
    # "Floods" in the lead, "Flooded" here: one stem; "Marenian" and "Marenia" are not.
    assert lead.shared("Flooded Delta Elects a Harbour Engineer as Governor") == 5
    assert lead.share("Flooded Delta Elects a Harbour Engineer as Governor") == 5 / 6
    assert lead.shared("Port Strike Enters Its Second Week as Talks Stall") == 0
    assert lead.share("") == 0.0


def test_lead_is_the_first_long_paragraphs_and_pairs_of_characters_without_spaces() -> None:
    texts = ["Sign in", "港湾局の元局長への訴えが取り下げられたと検察が発表しました。", *STORY]
    lead = make_lead(texts, 0)
    # The Japanese block counts as a paragraph (it has the words of one); STORY[3] is the
    # fourth, outside the lead; without a stemmer a word is its first five letters.
    assert lead.shared("元局長への訴え取り下げ") == 9
    assert lead.shared("Turnout Will Take Office in Assembly") == 0
    assert lead.shared("Marenia Levees Rebuilt") == 3


def test_only_words_opening_with_the_same_three_letters_are_stemmed() -> None:
    english = snowball_stemmer("english")
    stemmed: list[str] = []

    def counting(word: str) -> str:
        stemmed.append(word)
        return english(word)

    lead = make_lead(["Flooding closed the flagship market and the fleet's harbour "
                      "while floods rose for a third day in the delta"], 0,
                     frozenset({"the", "and", "for", "while", "in", "a"}), counting)
    assert lead.shared("Floods Close Market") == 3
    # "floods" and the lead's "flooding" and "floods" are stemmed; "flagship" and
    # "fleet" open with "fl" too, but no stem of theirs can be "flood".
    assert {"floods", "flooding"} <= set(stemmed)
    assert not {"flagship", "fleet"} & set(stemmed)


def test_a_compound_in_the_headline_shares_the_lead_word_that_closes_it() -> None:
    # German writes compounds as one word: the lead's "Technik" and "Hafen" close the
    # headline's "Sensortechnik" and "Fischereihafen" (a farm magazine's headline had shared
    # no word with its lead, and a button above it, "Neues Inserat hier aufgeben", won).
    german = snowball_stemmer("german")
    stops = frozenset({"die", "der", "den", "im", "und", "kann", "nicht", "aber", "mehr", "als"})
    lead = make_lead(["Auch neueste Technik kann den Menschen nicht ersetzen, aber im Hafen "
                      "sehen neue Sensoren mehr als das geschulte Auge der Fischer."], 0,
                     stops, german)
    assert lead.overlap("Moderne Sensortechnik im Fischereihafen") == (3, 2)
    # A word that only ends with a few of a lead word's letters, or is the lead word with a
    # short head ("Altfischer" is a compound too), and a word the lead does not close.
    assert lead.shared("Altfischer") == 1
    assert lead.shared("Moderne Landwirtschaft") == 0
