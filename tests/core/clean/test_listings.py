"""Pasted pages whose article is mostly a table or a list of results (clean.listings):
the table is the article, not the short blurb elsewhere on the page; a table beside a long
article stays out of it (invented text)."""

from __future__ import annotations

import textwrap

from page_parts import FOOTER, MENU, STORY

from inbrief.core.article import Article
from inbrief.core.clean import clean_article


def page(*parts: str) -> str:
    """Return a pasted page: its parts separated by blank lines."""
    return "\n\n".join(parts)


def clean(text: str) -> Article:
    return clean_article(Article(text=text)).article


DISTRICTS = ("Porto Calme", "Ria Norte", "Ria Sul", "Velha Ponte", "Alto Mar", "Seixal Novo",
             "Brava", "Lagoa Funda", "Tres Rios", "Monte Claro", "Cabo Leste", "Vale Seco",
             "Pedra Alta", "Foz Velha", "Santa Luzia", "Boa Vista")
RESULTS = [
    f"{name}    {41 + 3 * n}    {30 + 2 * n}    {12 + n}    {60 + n}%"
    for n, name in enumerate(DISTRICTS)
]
HEADER = "District    Sorn    Vaz    Lima    Turnout"
INTRO = ("Results of the governor's election in each district of Marenia, as the electoral "
         "commission published them on Thursday:")
# Other stories, between the article and the page's foot.
MOST_READ = ("Most read", "  • Port strike enters second week\n  • Rates stay on hold as "
             "inflation cools\n  • Five charts that explain the housing slump")
# A site's note on itself at the page's foot: the longest paragraph of prose on the page,
# wrapped at the page's width as a text browser lays a paragraph out.
ABOUT = textwrap.fill(
    "The Marenia Courier is an independent newspaper owned by its readers. Since 1921 we "
    "have reported on the province's towns, its harbour and its river delta, and we "
    "publish every correction we make on a page of its own.", 80)


def test_a_results_table_is_the_article() -> None:
    text = page(MENU, "Marenia Governor's Election: Results by District", "By Ada Brennan",
                INTRO, "\n".join([HEADER, *RESULTS]), *MOST_READ, ABOUT, FOOTER)
    article = clean(text)
    assert article.text.startswith(INTRO)
    for row in RESULTS:
        assert row.strip() in article.text
    assert "independent newspaper" not in article.text
    assert "Privacy policy" not in article.text


MATCHES = [
    ("Harbour Rovers d. Delta City 3-1", "Harbour Rovers (4-0): Sorn 2 goals. Vaz 1 goal.",
     "Delta City (1-3): Lima 1 goal. Brennan 6 saves."),
    ("Porto Calme d. Ria Norte 2-0", "Porto Calme (3-1): Ruiz 1 goal, 1 assist. Alves 1 goal.",
     "Ria Norte (0-4): Costa 9 saves."),
    ("Alto Mar d. Velha Ponte 1-0", "Alto Mar (2-2): Moreno 1 goal. Pires 4 saves.",
     "Velha Ponte (2-2): Tavares 7 saves."),
    ("Brava d. Cabo Leste 4-2", "Brava (3-1): Seixas 2 goals. Matos 1 goal. Reis 1 goal.",
     "Cabo Leste (1-3): Nunes 2 goals. Dias 5 saves."),
]


def test_a_list_of_match_results_is_the_article() -> None:
    lines = [line for match in MATCHES for line in match]
    text = page(MENU, "Schools Roundup: Harbour Rovers Stay Unbeaten", "By Ada Brennan",
                "BOYS FOOTBALL", *lines, *MOST_READ, ABOUT, FOOTER)
    article = clean(text)
    for line in lines:
        assert line in article.text
    assert "independent newspaper" not in article.text
    assert "Privacy policy" not in article.text


STANDINGS = [f"{name}    {20 - n}    {n}    {3 * (20 - n)}"
             for n, name in enumerate(DISTRICTS[:12])]
LONG_STORY = [
    *STORY[:3],
    "Sorn's first task will be the delta's levees. Engineers who inspected them last winter "
    "found that a third of the embankments south of the capital would not hold a flood of "
    "the size that struck the province four years ago, and the previous government left "
    "the repairs to the municipalities, which could not pay for them.",
    "She has also promised a review of the province's housing rules, which her opponents "
    "blame for rents that have doubled in a decade, and a commission to look into how the "
    "last two budgets were spent on roads that were never built.",
    STORY[3],
]


def test_a_standings_table_beside_a_long_article_stays_out() -> None:
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", "By Ada Brennan",
                *LONG_STORY, "League table", "\n".join(STANDINGS), FOOTER)
    assert clean(text).text == "\n\n".join(LONG_STORY)


def test_a_short_standings_table_beside_a_short_article_stays_out() -> None:
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", "By Ada Brennan",
                *STORY, "League table", "\n".join(STANDINGS[:8]), FOOTER)
    assert clean(text).text == "\n\n".join(STORY)


def test_a_table_a_long_article_closes_with_is_kept() -> None:
    closing = "The commission published the results of each district on Thursday:"
    table = "\n".join([HEADER, *RESULTS[:6]])
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", "By Ada Brennan",
                *LONG_STORY, closing, table, *MOST_READ, FOOTER)
    assert clean(text).text == "\n\n".join([*LONG_STORY, closing, table])
