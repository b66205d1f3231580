"""Tests for page furniture that a whole page pasted as plain text keeps between or after the
article's paragraphs: galleries, video players, credited captions, prompts (invented text)."""

from __future__ import annotations

from page_parts import FOOTER, MENU, STORY

from inbrief.core.article import Article
from inbrief.core.clean import clean_article
from inbrief.core.clean.repeats import doubled, repeated_blocks

HEADLINE = "Marenia Elects Harbour Engineer as Governor in Upset"


def page(*parts: str) -> str:
    """Return a pasted page: its parts separated by blank lines."""
    return "\n\n".join(parts)


def body(*parts: str) -> str:
    """Return the article text of a page: the headline dropped, paragraphs in a row."""
    return clean_article(Article(text=page(MENU, HEADLINE, *parts, FOOTER))).article.text


GALLERY_CAPTION = "Voters queue outside a school in Porto Calme on Tuesday evening."


def test_gallery_caption_printed_twice_and_its_title_are_dropped() -> None:
    # A gallery shows each picture's text and caption as one paragraph, and its title under
    # every picture.
    gallery = [f"{GALLERY_CAPTION} {GALLERY_CAPTION}", *["Marenia votes"] * 4]
    assert body(*STORY[:2], *gallery, *STORY[2:]) == "\n\n".join(STORY)


def test_what_repeats_in_an_article_stays() -> None:
    assert doubled(f"{GALLERY_CAPTION} {GALLERY_CAPTION}")
    assert not doubled(GALLERY_CAPTION)
    assert not doubled("Yes. Yes.")
    # An interview asks each guest the same question: a sentence, kept.
    question = "What made you start cooking at home?"
    texts = [question, STORY[0], question, STORY[1], question, STORY[2]]
    assert repeated_blocks(texts) == set()
    assert repeated_blocks([*texts, "Marenia votes", "Marenia votes", "Marenia votes"]) == {
        6, 7, 8}
