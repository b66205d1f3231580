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


# A song's lyrics as a lyrics site shows them: a line each, every line capitalised, no
# punctuation, stanzas parted by blank lines (invented text).
LYRICS = [
    "The gulls come in along the wall\nAnd settle where the nets were laid\n"
    "The keeper walks the quay alone\nAnd counts the boats the tide has made",
    "He knows the names of all the hulls\nThe ones that left and did not come\n"
    "He writes them in a ledger book\nAnd leaves a lamp for every one",
    "The wind is cold along the stones\nThe water turns from grey to black\n"
    "And still he waits beside the light\nFor all the ones who made it back",
]
MORE_SONGS = ("More songs", "A Letter From the Orchard\nWinter Light on the River Mile\n"
              "The Baker's Daughter Sings Again\nNotes Toward a Quiet Garden")


def test_a_songs_lyrics_are_the_article() -> None:
    # Short lines of words with no figure read as a menu's, and the site's note on itself
    # was the longest prose: the lyrics had all gone, the note stood as the article.
    text = page(MENU, "The Harbour Keeper at Dusk", "By Imogen Halvard", *LYRICS,
                *MORE_SONGS, ABOUT, FOOTER)
    article = clean(text)
    for stanza in LYRICS:
        assert stanza in article.text
    assert article.title == "The Harbour Keeper at Dusk"
    assert article.author == "Imogen Halvard"
    assert "independent newspaper" not in article.text
    assert "Winter Light" not in article.text  # a list of other songs: capitalised words


CHORUS = ("Oh the light the light along the bay\nIt calls them home at close of day\n"
          "And every boat that turns for shore\nWill find the keeper at the door")


def test_a_songs_chorus_said_after_each_verse_stays_in_it() -> None:
    # A line said twice on a page is a menu's as often as not; in a song it is its chorus.
    verses = [part for stanza in LYRICS for part in (stanza, CHORUS)]
    text = page(MENU, "The Harbour Keeper at Dusk", "By Imogen Halvard", *verses,
                *MORE_SONGS, ABOUT, FOOTER)
    article = clean(text)
    assert article.text == "\n\n".join(verses)


def test_lyrics_on_a_page_with_no_prose_at_all_are_the_article() -> None:
    # No paragraph on the page is prose: the page had been taken for no page at all, and its
    # menus, lists of other songs and footer stayed in the text.
    # The site's tag cloud, wrapped as wide as the page (a text browser's 150 columns): the
    # lyrics' lines are far shorter, each a block of its own.
    tags = textwrap.fill("Tags " + " ".join(
        f"{first} {last}" for first in ("Ada", "Imogen", "Lidia", "Tomas", "Rui", "Ines")
        for last in ("Halvard", "Brennan", "Sorn", "Vaz", "Lima", "Costa", "Reis")), 150)
    text = page(MENU, "The Harbour Keeper at Dusk", "By Imogen Halvard", *LYRICS,
                *MORE_SONGS, tags, FOOTER)
    article = clean(text)
    assert article.text == "\n\n".join(LYRICS)
    assert article.title == "The Harbour Keeper at Dusk"


# Lyrics in Chinese with each line's romanisation below it (invented text): no stop words
# to count, the romanised lines' words in lower case.
CHINESE_LYRICS = [
    "月亮照在小河上\nYue liang zhao zai xiao he shang\n"
    "风吹过安静的山\nFeng chui guo an jing de shan\n"
    "我在门口等着你\nWo zai men kou deng zhe ni\n等到天亮也不走\nDeng dao tian liang ye bu zou",
    "你说明天会回来\nNi shuo ming tian hui hui lai\n我把灯一直开着\nWo ba deng yi zhi kai zhe\n"
    "河水慢慢往前流\nHe shui man man wang qian liu\n我的心还在这里\nWo de xin hai zai zhe li",
    "春天来了花又开\nChun tian lai le hua you kai\n"
    "小鸟飞回老树上\nXiao niao fei hui lao shu shang\n"
    "你的名字我记得\nNi de ming zi wo ji de\n一年一年不会忘\nYi nian yi nian bu hui wang",
]


def test_lyrics_with_their_romanisation_are_the_article() -> None:
    text = page(MENU, "Yue Liang - Lin Mei (月亮 - 林梅)", *CHINESE_LYRICS,
                "Posted by Ada at 12:11 PM", *MORE_SONGS, ABOUT, FOOTER)
    article = clean(text)
    for stanza in CHINESE_LYRICS:
        assert stanza in article.text
    assert article.title == "Yue Liang - Lin Mei (月亮 - 林梅)"
    assert "independent newspaper" not in article.text


# Other stories' headlines in sentence case, a line each with no bullet and no heading, at
# the page's foot (a browser's copy of a box of them): most of their words are in lower case,
# as a poem's are, but few of them open with a stop word as a poem's lines do ("And", "The").
HEADLINES = (
    "Port strike enters second week\nRates stay on hold as inflation cools\n"
    "Five charts that explain the housing slump\nCouncil approves new ferry timetable\n"
    "Floods close the coast road for a third day\nTeachers vote to accept revised pay offer\n"
    "Why the harbour bridge repairs keep slipping\nDelta farmers count the cost of a dry spring\n"
    "New hospital wing opens after two years of delays\nPolice appeal for witnesses after crash\n"
    "The long fight to save the old lighthouse\nMuseum returns stolen maps to city archive\n"
    "Ferry fares to rise by a tenth in spring\nSchools shut early as storm nears the coast\n"
    "Fishing fleet stays in port as prices fall\nCity library to open on Sundays from May\n"
    "Water bills set to climb after levee repairs\nAirport runway closed for night works"
)


def test_a_list_of_headlines_beside_a_short_article_is_no_poem() -> None:
    text = page(MENU, "Marenia Elects Its First New Governor in Twenty Years",
                "By Ada Brennan", STORY[0], STORY[1], FOOTER, HEADLINES)
    article = clean(text)
    assert article.text.startswith(STORY[0])
    assert STORY[1] in article.text
    assert "Port strike" not in article.text
