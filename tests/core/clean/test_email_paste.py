"""An e-mail pasted as plain text: its greeting is no title, the line over the message it
quotes names no writer, the quoted message and the signature are no part of the text."""

from __future__ import annotations

import pytest

from inbrief.core.article import Article
from inbrief.core.clean import clean_article
from inbrief.core.clean.title_like import not_headline_because

BODY = [
    "The council voted on Tuesday to build a flood barrier across the river mouth, ending a "
    "decade of argument about the cost of the work and who should pay for it. The barrier "
    "will take four years to build.",
    "Engineers said the design had been tested against the worst storms of the last century. "
    "I think we should cover the contracts next week.",
]
MAIL = "\n\n".join([
    "Hi all,", *BODY, "Best,\nAda", "--\nAda Brennan\nSenior Editor, Marenia Herald",
    "On Mon, 3 Mar 2025 at 10:12, Tomas Reyes <tomas@example.org> wrote:\n"
    "> Do we have anything on the barrier vote yet?\n> The desk wants a piece by Wednesday.",
])


def test_an_email_pasted_whole_is_its_message() -> None:
    article = clean_article(Article(text=MAIL, format="text")).article
    assert article.title != "Hi all,"
    assert article.author != "On Mon"
    assert article.text.startswith(BODY[0])
    assert BODY[1] in article.text
    for gone in ("Hi all,", "Tomas Reyes", "> Do we have", "Senior Editor"):
        assert gone not in article.text, gone


@pytest.mark.parametrize(("line", "greeting"), [
    ("Hi all,", True), ("Dear colleagues,", True), ("Liebe Kolleginnen und Kollegen,", True),
    ("Bonjour à tous,", True), ("Good morning!", True),
    # A headline opening with such a word is none.
    ("Dear Prudence Is Back in the Charts", False),
    ("Hello Kitty maker posts record profit", False),
])
def test_a_greeting_is_no_headline(line: str, greeting: bool) -> None:
    assert (not_headline_because(line) == "greeting") is greeting
