"""A newsletter's post pasted whole (Substack's page as a browser copies it): its subscribe
prompt and sign-up form are no part of the post."""

from __future__ import annotations

import pytest

from inbrief.core.article import Article
from inbrief.core.clean import clean_article
from inbrief.core.clean.rules import is_boilerplate
from inbrief.core.clean.special_blocks import is_promo

BODY = [
    "The council voted on Tuesday to build a flood barrier across the river mouth, ending a "
    "decade of argument about the cost of the work and who should pay for it.",
    "The barrier will take four years to build. Engineers said the design had been tested "
    "against the worst storms of the last century, and that the town would be safe for fifty "
    "years.",
    "Critics said the money would have been better spent on moving the lowest streets inland, "
    "and they promised to fight the contracts in court.",
]
HEAD = ["The Harbour Letter", "Subscribe", "Sign in", "Share this post", "Copy link",
        "Facebook", "Email", "Notes", "More", "Why the barrier vote matters",
        "The council finally chose. Here is what comes next.", "Ada Brennan", "Mar 4, 2025",
        "12", "3", "Share"]
TAIL = ["Thanks for reading The Harbour Letter! Subscribe for free to receive new posts and "
        "support my work.", "Type your email…", "Subscribe", "12 Likes", "·", "1 Restack",
        "Discussion about this post", "Comments", "Restacks", "Top", "Latest", "Discussions",
        "Ready for more?", "© 2025 Ada Brennan", "Privacy ∙ Terms ∙ Collection notice",
        "Start writing", "Get the app"]


def test_a_newsletter_post_pasted_whole_ends_with_its_last_paragraph() -> None:
    page = "\n".join([*HEAD, "", "\n\n".join(BODY), "", *TAIL])
    article = clean_article(Article(text=page, format="text")).article
    assert article.title == "Why the barrier vote matters"
    assert article.author == "Ada Brennan"
    assert article.text.startswith(BODY[0])
    assert article.text.rstrip().endswith(BODY[-1])


@pytest.mark.parametrize("line", [
    "Thanks for reading The Harbour Letter! Subscribe for free to receive new posts and "
    "support my work.",
])
def test_a_subscribe_prompt_is_a_promotion(line: str) -> None:
    assert is_promo(line)


@pytest.mark.parametrize(("line", "form"), [
    ("Type your email…", True), ("Type your email...", True), ("Enter your email address", True),
    ("Type your email to the council before Friday, the clerk said.", False),
])
def test_a_sign_up_forms_field_is_boilerplate(line: str, form: bool) -> None:
    assert is_boilerplate(line) is form
