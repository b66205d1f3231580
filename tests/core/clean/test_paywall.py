"""A paywall's notice where the free part of a pasted article stops, and script links a text
browser prints (invented text)."""

from __future__ import annotations

import pytest
from page_parts import FOOTER, MENU, STORY

from inbrief.core.article import Article
from inbrief.core.clean import clean_article
from inbrief.core.clean.rules import is_boilerplate

HEADLINE = "Marenia Elects Harbour Engineer as Governor in Upset"


@pytest.mark.parametrize(
    "line",
    [
        "This article is for subscribers only.",
        "Subscribe to continue reading.",
        "To continue reading, please log in or subscribe.",
        "Il vous reste 64 % de cet article à lire. La suite est réservée aux abonnés.",
        "Dieser Artikel ist nur für Abonnenten verfügbar.",
        "Suscríbete para seguir leyendo.",
        "Questo articolo è riservato agli abbonati.",
        "［有料会員限定］ この記事は会員限定です。電子版に登録すると続きをお読みいただけます。",
    ],
)
def test_paywall_notices_are_page_furniture(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "The paper said its stories would be for subscribers only from March.",
        "Members of the council will continue reading the bill on Tuesday.",
        "Il vous reste des questions sur le barrage, a dit la gouverneure.",
    ],
)
def test_sentences_about_subscriptions_stay(line: str) -> None:
    assert not is_boilerplate(line)


def test_a_pasted_articles_paywall_notice_is_left_out() -> None:
    notice = "This story is available to subscribers only. Subscribe now to keep reading."
    # Some sites print it under the free paragraphs and the rest of the article below it.
    text = "\n\n".join([MENU, HEADLINE, "By Ada Brennan", *STORY[:2], notice, *STORY[2:],
                         FOOTER])
    cleaned = clean_article(Article(text=text)).article.text
    assert notice not in cleaned
    for paragraph in STORY:
        assert paragraph in cleaned


def test_a_script_link_a_text_browser_prints_is_page_furniture() -> None:
    # The buttons that set the type size, each a link to a script.
    assert is_boilerplate("小javascript:void(0)javascript:void(0)")
    assert is_boilerplate("Print javascript:window.print()")

