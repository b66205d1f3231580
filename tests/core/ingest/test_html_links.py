"""Tests for what a saved page's body carries besides its article: links to other articles,
teaser excerpts, support appeals, and the lead paragraph an extraction missed."""

from __future__ import annotations

import time

from inbrief.core.clean.rules import is_boilerplate
from inbrief.core.ingest import load_bytes
from inbrief.core.ingest.html import with_body_chunks, with_lead
from inbrief.core.ingest.html_links import anchor_texts, without_related_links

PROSE = [
    "The Harbor City Council voted 9-2 on Tuesday to approve a flood barrier across the mouth "
    "of the Kessel River, ending a decade of argument over the port's defences.",
    "The project will be built by a consortium led by Norland Engineering and is expected to "
    "be finished by the end of 2031, officials said after the meeting on Tuesday night.",
    "Critics argued that the plan relies too heavily on federal money that has not yet been "
    "promised, and asked for a public hearing before any contract is signed this year.",
    "Supporters said the barrier would protect more than forty thousand homes and the "
    "container terminal, which flooded twice in the past five years after winter storms.",
]


def _page(body: str, head: str = "") -> bytes:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>Council approves flood barrier</title>{head}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>Council approves flood barrier</h1>{body}</article>"
        "<footer>Footer links</footer></body></html>"
    ).encode()


def _p(text: str) -> str:
    return f"<p>{text}</p>"


def test_anchor_texts_are_the_link_texts_of_two_words_or_more() -> None:
    html = ("<a href='/a'>Home</a> <a href='/b'><i>Flood  barrier</i> &amp; more</a>"
            "<A HREF='/c'>Harbor\nnews</A>")
    assert anchor_texts(html) == {"Flood barrier & more", "Harbor news"}


def test_a_labelled_link_inside_the_article_is_dropped() -> None:
    html = "<p>Read also: <a href='/x'>Storm surge broke records in March</a></p>"
    html += "<p>Bigger picture: <a href='/y'>Ports along the coast are sinking</a></p>"
    text = "\n".join([PROSE[0], "Read also: Storm surge broke records in March", PROSE[1],
                      "Bigger picture: Ports along the coast are sinking", PROSE[2]])
    assert without_related_links(text, html).split("\n") == PROSE[:3]


def test_a_label_before_text_that_is_no_link_stays() -> None:
    html = "<p><a href='/x'>Storm surge broke records</a></p>"
    line = "Officials said: Storm surge broke records in March across the bay"
    assert without_related_links(f"{PROSE[0]}\n{line}", html).split("\n") == [PROSE[0], line]


def test_a_run_of_link_lines_goes_with_its_heading_but_a_lone_link_stays() -> None:
    links = ["Storm surge broke records in March", "Ports along the coast are sinking",
             "Who pays for sea walls?"]
    html = "".join(f"<li><a href='/{i}'>{link}</a></li>" for i, link in enumerate(links))
    html += "<p><a href='https://example.org/report'>The full engineering report</a></p>"
    text = "\n".join([PROSE[0], "The full engineering report", PROSE[1], "Learn more",
                      *(f"- {link}" for link in links), PROSE[2]])
    kept = without_related_links(text, html).split("\n")
    assert kept == [PROSE[0], "The full engineering report", PROSE[1], PROSE[2]]


def test_everything_after_a_see_also_heading_goes_when_no_prose_follows() -> None:
    tail = ["Siehe auch:", "Thema:", "Forum posts", "Interesting links", "30,99 €"]
    kept = without_related_links("\n".join([*PROSE[:2], *tail]), "")
    assert kept.split("\n") == PROSE[:2]


def test_a_see_also_heading_followed_by_prose_keeps_the_prose() -> None:
    text = "\n".join([PROSE[0], "See also:", "The old barrier", PROSE[1]])
    assert without_related_links(text, "").split("\n") == [PROSE[0], "See also:",
                                                            "The old barrier", PROSE[1]]


def test_closing_teaser_excerpts_are_dropped() -> None:
    teasers = ["The good folks at the choir are still doing their thing, and now […]",
               "A podcast about the great families of the country and their power.",
               "Want to build your own website? It was once assumed you might wait [...]"]
    kept = without_related_links("\n".join([*PROSE[:2], *teasers]), "")
    assert kept.split("\n") == PROSE[:2]


def test_one_paragraph_ending_in_an_ellipsis_stays() -> None:
    text = "\n".join([PROSE[0], "And then the water came…", PROSE[1]])
    assert without_related_links(text, "") == text


def test_a_saved_page_loses_its_related_links_and_keeps_its_article() -> None:
    body = (_p(PROSE[0]) + _p("Czytaj też: <a href='/other-story'>Storm surge broke records "
                              "in March</a>") + _p(PROSE[1]) + _p(PROSE[2]) + _p(PROSE[3])
            + "<p><b>Read more:</b></p>"
            + _p("<a href='/a'>Ports along the coast are sinking fast</a>")
            + _p("<a href='/b'>Who pays for the sea walls of tomorrow</a>"))
    text = load_bytes(_page(body), "page.html").text
    assert all(paragraph in text for paragraph in PROSE)
    for gone in ("Czytaj", "Storm surge", "Read more", "Ports along", "sea walls"):
        assert gone not in text


def test_the_lead_under_the_headline_is_added_when_the_body_lacks_it() -> None:
    lead = "A decade of argument ends with a 9-2 vote for a barrier across the Kessel River."
    html = f"<h1>Council approves flood barrier</h1><h2>{lead}</h2>" + "".join(map(_p, PROSE))
    body = "\n\n".join(PROSE)
    assert with_lead(body, lead, html) == f"{lead}\n\n{body}"


def test_a_description_not_shown_or_shown_below_the_body_is_not_added() -> None:
    lead = "A decade of argument ends with a 9-2 vote for a barrier across the Kessel River."
    body = "\n\n".join(PROSE)
    hidden = "<h1>Council approves flood barrier</h1>" + "".join(map(_p, PROSE))
    below = hidden + f"<footer><p>{lead}</p></footer>"
    assert with_lead(body, lead, hidden) == body
    assert with_lead(body, lead, below) == body
    # Already in the body (as its first sentence), or too short to be a lead.
    assert with_lead(f"{lead}\n\n{body}", lead, f"<h2>{lead}</h2>{hidden}") == f"{lead}\n\n{body}"
    assert with_lead(body, "Flood barrier", f"<h2>Flood barrier</h2>{hidden}") == body


def test_a_support_appeal_is_boilerplate_but_a_sentence_about_liking_is_not() -> None:
    assert is_boilerplate("If you enjoyed reading this post – would you consider supporting "
                          "our work? Just click here. Thanks!")
    assert is_boilerplate("If you value our reporting, please donate today.")
    assert not is_boilerplate("If you enjoyed the first film, the sequel will not disappoint.")


def test_links_never_closed_are_read_in_linear_time() -> None:
    unclosed = "<p>Text</p>" + "<a href='/x'>open link " * 20_000
    started = time.perf_counter()
    assert anchor_texts(unclosed) == frozenset()
    # Everything up to the one "</a>" is a single link, too long to be a headline.
    assert anchor_texts(unclosed + "<a href='/y'>Last one</a>") == frozenset()
    assert time.perf_counter() - started < 1.0


def test_links_with_a_label_in_capitals_after_them_go_with_their_heading() -> None:
    # Express: "DON'T MISS" over links each followed by what it leads to ("[INSIGHT]|",
    # "[VIDEO]") between the paragraphs.
    links = ["Storm surge broke records in March", "Ports along the coast are sinking"]
    html = "".join(f"<a href='/{i}'>{link}</a>" for i, link in enumerate(links))
    text = "\n".join([PROSE[0], "DON'T MISS", f"{links[0]} [INSIGHT]|", f"{links[1]} [VIDEO]",
                      PROSE[1]])
    assert without_related_links(text, html).split("\n") == PROSE[:2]
    # A label in capitals after words that are no link's stays with them.
    text = "\n".join([PROSE[0], "DON'T MISS", "The vote in full [VIDEO]",
                      "The count by district [PICS]", PROSE[1]])
    assert without_related_links(text, html) == text


def test_a_saved_press_releases_closing_boilerplate_is_left_out() -> None:
    # Ascom's releases: the company's description ("Ascom is a global solutions provider ...
    # headquartered in Baar ... employs around 1,300 people") closed the extracted text.
    company = ["Norland Engineering is a global provider of coastal defences.",
               "Norland Engineering is headquartered in Harbor City and employs around 1,300 "
               "people in 15 countries. Its shares are listed on the Harbor Stock Exchange."]
    body = "".join(_p(text) for text in [*PROSE, *company])
    page = load_bytes(_page(body), "release.html")
    assert PROSE[3] in page.text and "headquartered" not in page.text
    assert "global provider" not in page.text
    # A closing paragraph about a company that says none of that is the article's.
    closing = ("Norland Engineering is a small firm from the north that few in the city had "
               "heard of before the vote.")
    page = load_bytes(_page("".join(_p(text) for text in [*PROSE, closing])), "story.html")
    assert closing in page.text


def _chunked_page(chunks: list[list[str]], between: str) -> bytes:
    """Return a page whose article body is cut into chunks of the same class, ``between``
    each two (Wired's markup: an advertisement's row between two "body__container" divs)."""
    parts = [f"<div class='grid'><div class='body__container'>{''.join(map(_p, chunk))}"
             "</div></div>" for chunk in chunks]
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Council approves flood barrier</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
        "<h1>Council approves flood barrier</h1><div class='chunks'>"
        f"{between.join(parts)}</div></article><footer>Footer links</footer></body></html>"
    ).encode()


def test_an_article_body_cut_into_chunks_by_advertisements_is_read_whole() -> None:
    # Wired saved or copied whole: the second chunk, after an advertisement's row, was lost
    # (recall 0.45).
    more = [
        "Engineers from the consortium said the first piles would be driven in the spring, "
        "once the winter storms have passed and the river is low enough to work on.",
        "The council will publish every contract for the barrier online, the mayor said, "
        "answering critics who had asked for the costs to be made public before the vote.",
    ]
    ad = ("<div class='row'><div class='ad'><span class='ad-label'>Advertisement</span>"
          "</div></div>")
    # (trafilatura reads both chunks of this small page itself: then nothing is added twice.)
    page = load_bytes(_chunked_page([PROSE, more], ad), "wired.html")
    assert PROSE[3] in page.text and page.text.count(more[0]) == 1
    assert page.text.index(PROSE[3]) < page.text.index(more[0])
    # The extraction holding the first chunk alone gets the second after it.
    # Chunks of short lines (teasers, ads) are no part of the article.
    teasers = ["Storm surge broke records in March", "Ports along the coast are sinking"]
    html = _chunked_page([PROSE, teasers], ad).decode()
    assert with_body_chunks("\n".join(PROSE), html) == "\n".join(PROSE)
    assert with_body_chunks("\n".join(PROSE), _chunked_page([PROSE, more], ad).decode()) == (
        "\n".join([*PROSE, *more]))
