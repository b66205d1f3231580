"""rules: the look-ahead before the line-opening patterns lets every line they match through."""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser

import pytest
from regex_openings import first_items

from inbrief.core.clean import rules

_ALLOWED_CATEGORIES = {sre.CATEGORY_DIGIT, sre.CATEGORY_NOT_WORD, sre.CATEGORY_SPACE}


def test_every_line_opening_pattern_opens_with_what_the_look_ahead_lets_through() -> None:
    gate = re.compile(rules.OPENING_LETTERS[3:-1], re.IGNORECASE)  # the look-ahead's class
    patterns = (rules._AD_LABEL, rules._PROMPT, rules._SOCIAL_BUTTONS, rules._COPYRIGHT_OPENING,
                rules._CAPTION_PREFIX)
    for pattern in patterns:
        items, empty = first_items(list(_parser.parse(pattern, re.IGNORECASE)))
        assert not empty, pattern
        for op, av in items:
            members = [(op, av)] if op is sre.LITERAL else av
            for kind, value in members:
                if kind is sre.CATEGORY:
                    assert value in _ALLOWED_CATEGORIES, (pattern, value)
                else:
                    assert kind is sre.LITERAL, (pattern, kind)
                    assert gate.fullmatch(chr(value)), (pattern, chr(value))


_EVERY_CHARACTER = "".join(map(chr, range(0x110000)))


def _ignoring_case(characters: str) -> set[str]:
    """Return every character the re module matches with one of ``characters`` ignoring case."""
    one_of = re.compile(f"[{re.escape(characters)}]", re.IGNORECASE)
    return set(one_of.findall(_EVERY_CHARACTER))


def _opening_characters(pattern: re.Pattern[str]) -> str:
    """Return the characters ``pattern`` opens with (each of its openings a literal)."""
    items, empty = first_items(list(_parser.parse(pattern.pattern, pattern.flags)))
    assert not empty and all(op is sre.LITERAL for op, _ in items), pattern
    return "".join(chr(value) for _, value in items)  # type: ignore[call-overload]


def test_the_letters_beyond_ascii_the_look_ahead_lets_through_are_named() -> None:
    gate = re.compile(rules.OPENING_LETTERS[3:-1], re.IGNORECASE)
    assert {char for char in gate.findall(_EVERY_CHARACTER)
            if char.isalpha() and not char.isascii()} == rules.LATIN_BEYOND_ASCII


def test_credits_and_other_scripts_buttons_open_with_the_characters_named() -> None:
    for pattern, named in ((rules._CREDIT_PREFIX, rules.CREDIT_OPENINGS),
                           (rules._OTHER_SCRIPT_BUTTONS, rules.BUTTON_OPENINGS)):
        assert _ignoring_case(_opening_characters(pattern)) == named, pattern.pattern[:40]


def test_a_line_opening_with_another_letter_is_no_prompt_and_prompts_still_are() -> None:
    assert not rules.is_boilerplate("Читайте также, что пишут о выборах в регионе")
    assert not rules._OPENING.match("Читайте также")
    # Alone on its line the heading is furniture all the same ("Read also"), told by the
    # headings of other articles in the languages besides those _OPENING spells out.
    assert rules.is_boilerplate("Читайте также")
    assert rules.is_boilerplate("Read more: the harbour vote")
    assert rules.is_boilerplate("SEE MORE: Harbour protests: 800 students under siege")
    assert not rules.is_boilerplate("See more than forty ships in the harbour at dawn.")
    assert rules.is_boilerplate("© 2024 Meridian Wire")
    assert rules.is_boilerplate("— Advertisement —")
    assert rules.is_boilerplate("À lire aussi")
    assert rules.is_boilerplate("SHARE")


def test_a_line_ending_with_newsletter_is_a_prompt_whatever_its_case() -> None:
    assert rules.is_boilerplate("Get the Meridian NEWSLETTERS")
    assert rules.is_boilerplate("Sign up to our daily newsletter")
    assert rules.is_boilerplate("Get our daily newſletter")  # a long s matches "s" in any case
    assert not rules.is_boilerplate("The council voted. Read the newsletter")
    assert rules.is_boilerplate("Newsletter")


def test_a_search_boxs_prompt_is_furniture_and_a_sentence_about_searching_is_not() -> None:
    # Salon copied from a browser: "Start typing to search for share service" was the title.
    for prompt in ("Enter search term", "Start typing to search for share service",
                   "Type to Search"):
        assert rules.is_boilerplate(prompt), prompt
    assert not rules.is_boilerplate("Type to search the archive of the council's records.")
    assert not rules.is_boilerplate(
        "Start typing to search for what the council wants to do next and why it matters")


def test_a_caption_with_its_toggle_after_the_credit_is_a_caption() -> None:
    # Yahoo copied from Chromium: an AP photo's caption, unfolded, ends "(AP Photo/Ana Ruiz,
    # File)  less" (its button to fold it), and opened the article's body.
    from inbrief.core.clean.rules import is_caption

    caption = ("FILE - In this March 2, 2011 file photo, Lidia Sorn waves to supporters in "
               "Porto Calme. Marenia …more  on Wednesday said Sorn will resign. "
               "(AP Photo/Ana Ruiz, File)")
    assert is_caption(caption)
    for toggle in ("  less", " Show less"):
        assert is_caption(caption + toggle)
    assert not is_caption("The harbour needs more engineers and worries less")
    assert not is_caption("Sorn said the levees come first (and the port after) less")


def test_a_caption_closed_by_a_labelled_credit_is_a_caption() -> None:
    # Herald Sun copied from a browser: the picture's caption, its credit after its last
    # sentence ("Source: Supplied"), had opened the body.
    from inbrief.core.clean.rules import is_caption

    for caption in ("A new bill would make the harbour board store every ship's log for two "
                    "years. Source: Supplied",
                    "Lidia Sorn greets supporters at the harbour. Picture: Marenia Wire",
                    "Lidia Sorn vor dem Hafen. Foto: Ana Ruiz"):
        assert is_caption(caption), caption
    for prose in ("Rates rose again, the bank said on Tuesday.",
                  "The figures come from the census. Source: Marenia Bureau of Statistics, "
                  "2023 census of the delta provinces and the harbour towns",
                  "She said one thing. Source: that is what the harbour master told us"):
        assert not is_caption(prose), prose


@pytest.mark.parametrize("line,furniture", [
    # A form to mail the article to a friend or comment on it (USA Today, CNET, Deadline).
    ("Your Name", True), ("Your Friend's Email", True), ("Enter Email Address", True),
    ("Your Email Address...", True), ("0 of 1500 characters", True), ("Loading…", True),
    ("Your name will be printed beside your letter.", False),
    ("Your message to the council was clear, she said.", False),
    ("Loading the ships took two days.", False),
    # WordPress's like button, still loading when the page was copied; the label above it may
    # be a tutorial's line over its example.
    ("Like Loading...", True), ("Like this:", False),
    # The Verge's follow prompt over its body, and a follow button alone.
    ("Don't miss stories Follow The Verge", True), ("Follow", True),
    ("Don't miss the final on Sunday.", False), ("Follow the money, she said.", False),
])
def test_a_forms_fields_are_furniture_and_sentences_about_them_are_not(
        line: str, furniture: bool) -> None:
    assert rules.is_boilerplate(line) == furniture
