"""load_paste: the article in pasted HTML, a small selection kept whole, HTML-only clipboards."""

from __future__ import annotations

import dataclasses

import pytest

from inbrief.core import ingest
from inbrief.core.errors import EmptyText, FileTooLarge
from inbrief.core.ingest import load_paste

BODY = [
    "The harbour council of Port Elwyn voted on Tuesday to rebuild the old stone pier, which "
    "storms damaged last winter, at a cost the town will share with the regional government.",
    "Fishermen had asked for the repair for two years, saying boats now have to unload at the "
    "ferry ramp, where they wait for hours behind lorries and holiday traffic every morning.",
    "Engineers expect the work to start in spring and to last about fourteen months, during "
    "which a floating pontoon will take the place of the pier for the smaller fishing boats.",
    "The mayor said the vote showed the town would not give up on its harbour, and thanked the "
    "volunteers who had counted the boats and the catches landed at the ramp since the storm.",
]
NAV = "".join(f'<li><a href="/section/{n}">Section {n}</a></li>' for n in range(60))


def whole_page() -> str:
    """A browser's select-all copy: the page's markup without its head."""
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    comments = "".join(
        f'<div class="comment"><p>Reader {n} wrote: I remember fishing off that pier as a '
        f"child with my grandfather on long summer evenings by the lighthouse.</p></div>"
        for n in range(6)
    )
    return (
        "<html><body><!--StartFragment-->"
        f'<header><nav><ul>{NAV}</ul></nav></header>'
        '<main><article><h1>Port Elwyn will rebuild its storm-damaged pier</h1>'
        '<p class="byline">By <span class="author">Mara Quint</span></p>'
        f'<div class="article-body">{paragraphs}</div></article>'
        f'<section id="comments" class="comments"><h2>Comments</h2>{comments}</section></main>'
        '<footer><p>Copyright 2024 Elwyn Gazette. All rights reserved.</p>'
        '<a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>'
        "<!--EndFragment--></body></html>"
    )


def test_whole_page_gives_the_article_with_its_headline_on_top() -> None:
    article = load_paste("", whole_page())
    assert article.format == "html"
    assert article.title == "Port Elwyn will rebuild its storm-damaged pier"
    lines = [line for line in article.text.split("\n") if line]
    assert lines[0] == article.title
    for paragraph in BODY:
        assert paragraph in article.text
    assert "Section 12" not in article.text
    assert "Reader 3 wrote" not in article.text
    assert "All rights reserved" not in article.text


def test_a_sites_logo_in_an_h1_above_the_headline_is_not_the_title() -> None:
    page = whole_page().replace("<header>", '<header><h1><a href="/">Gazette</a></h1>')
    assert load_paste("", page).title == "Port Elwyn will rebuild its storm-damaged pier"
    # A byline the extractor took for the title gives way to the h1.
    from inbrief.core.ingest.html import _whole_headline

    assert _whole_headline("BY MARA QUINT", whole_page()) == (
        "Port Elwyn will rebuild its storm-damaged pier")
    # A short headline with no longer h1 below it stays the title.
    short = whole_page().replace("Port Elwyn will rebuild its storm-damaged pier", "Pier Saved")
    assert load_paste("", short).title == "Pier Saved"


def plain_page(date_line: str, owner: str = "") -> str:
    """The plain-text flavour of a whole-page copy: menu, headline, ``date_line``, body,
    footer (``owner``: its copyright line)."""
    menu = "\n".join(f"  • Section {n}" for n in range(14))
    footer = "\n".join(f"  • {item}" for item in ("About us", "Contact", "Privacy", "Terms",
                                                     "Careers", "Advertise", "Help"))
    return "\n\n".join([menu, "Port Elwyn will rebuild its storm-damaged pier", date_line,
                         *BODY, footer, *([owner] if owner else [])])


def test_a_date_shown_only_in_the_plain_text_flavour_is_the_pages_date() -> None:
    # No date in the copied markup; the browser's text shows one under the headline.
    article = load_paste(plain_page("Elwyn Gazette November 19, 2019, 9:02 AM"), whole_page())
    assert article.format == "html"
    assert article.published == "2019-11-19"
    assert load_paste("", whole_page()).published is None


def with_most_read(page: str, article_time: str = "") -> str:
    """``page`` with a time element under its byline (``article_time``) and a "Most read"
    sidebar whose teasers carry older time elements."""
    teasers = "".join(
        f'<li><a href="/s/{n}">Lighthouse keeper retires after forty years {n}</a> '
        f'<time datetime="2019-11-1{n}T08:00:00Z">1{n}.11.</time></li>' for n in range(3))
    return page.replace('</span></p>', f'</span></p>{article_time}', 1).replace(
        "</main>", f'<aside><h2>Most read</h2><ul>{teasers}</ul></aside></main>')


def test_a_sidebars_older_time_elements_are_not_the_pasted_articles_date() -> None:
    # A copied page has no <head>: the extractor alone took the oldest time element, a
    # teaser's in the sidebar (Uusi Suomi's "Luetuimmat": 18 February for a story of the 19th).
    marked = with_most_read(whole_page(), '<time datetime="2019-11-19T14:20:25Z" '
                            'itemprop="datePublished">19.11.2019 16:20</time>')
    assert load_paste("", marked).published == "2019-11-19"
    # The head shown above the body says that date too, not the extractor's first guess.
    assert "Published 2019-11-19" in load_paste("", marked).text
    assert "Published 2019-11-10" not in load_paste("", marked).text
    unmarked = with_most_read(whole_page(), '<time datetime="2019-11-19T14:20:25Z">'
                              "19.11.2019 16:20</time>")
    shown = plain_page("19.11.2019 16:20")
    assert load_paste(shown, unmarked).published == "2019-11-19"
    # The marked element's date, its attributes in any order.
    from inbrief.core.ingest import _marked_date

    assert _marked_date('<time itemprop="datePublished" datetime="2020-02-19T14:20Z">') == (
        "2020-02-19")
    assert _marked_date('<meta content="2020-02-19" itemprop=datePublished>') == "2020-02-19"
    assert _marked_date('<time datetime="2020-02-19" itemprop="dateModified">') is None


def test_a_byline_shown_only_in_the_plain_text_flavour_is_the_pastes_author() -> None:
    # Time copied from Chromium: no byline the markup marks; the browser's text shows one.
    unmarked = whole_page().replace('<p class="byline">By <span class="author">Mara Quint</span>'
                                    "</p>", "<p>By Mara Quint</p>")
    assert load_paste(plain_page("By Mara Quint"), unmarked).author == "Mara Quint"
    # With no plain flavour, the text the markup shows is read instead (its short paragraphs
    # are a page's now that near-good paragraphs count as prose); without the byline there
    # is no author.
    assert load_paste("", unmarked).author == "Mara Quint"
    assert load_paste("", unmarked.replace("<p>By Mara Quint</p>", "")).author == ""
    # An agency's letters alone in the markup (Libération's "AFP") give way to the writer
    # shown; alone with none shown they stay.
    agency = whole_page().replace('<span class="author">Mara Quint</span>', "AFP")
    assert load_paste("", agency).author == "AFP"
    assert load_paste(plain_page("By Mara Quint"), agency).author == "Mara Quint"
    # The byline shown above the body names the writer the Brief names.
    assert "By Mara Quint" in load_paste(plain_page("By Mara Quint"), agency).text
    assert "By AFP" not in load_paste(plain_page("By Mara Quint"), agency).text


def test_a_day_shown_without_its_year_in_the_plain_text_flavour_goes_with_the_article() -> None:
    import datetime as dt

    from inbrief.core.article import AnalysisOptions
    from inbrief.core.clean import clean_article
    from inbrief.core.pipeline import reference_date_for

    article = load_paste(plain_page("Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM"),
                         whole_page())
    assert (article.format, article.published, article.shown_day) == ("html", None, "11-19")
    # The cleaning keeps it; the reference date is that day, the latest one up to today (the
    # copied body has no copyright line).
    cleaned = clean_article(article).article
    assert cleaned.shown_day == "11-19"
    today = dt.date(2026, 5, 20)
    assert reference_date_for(cleaned, AnalysisOptions(), today=today) == (
        dt.date(2025, 11, 19), "shown-day-latest")


def test_an_html_paste_takes_the_copyright_year_from_the_plain_text_flavour() -> None:
    import datetime as dt

    from inbrief.core.article import AnalysisOptions
    from inbrief.core.clean import clean_article
    from inbrief.core.pipeline import reference_date_for

    owner = "© 2019 Elwyn Gazette. All rights reserved."
    today = dt.date(2026, 5, 20)
    # The article read from the HTML has no footer; the browser's text has the page's.
    article = load_paste(plain_page("Updated Nov 19, 6:55 AM", owner), whole_page())
    assert "2019" not in article.text
    assert article.copyright_year == 2019
    cleaned = clean_article(article).article
    assert reference_date_for(cleaned, AnalysisOptions(), today=today) == (
        dt.date(2019, 11, 19), "shown-day")
    # No day shown: relative dates are measured from the end of the copyright year.
    undated = clean_article(load_paste(plain_page("", owner), whole_page())).article
    assert reference_date_for(undated, AnalysisOptions(), today=today) == (
        dt.date(2019, 12, 31), "copyright")
    # A date the page shows in full is the reference date.
    dated = clean_article(load_paste(plain_page("November 18, 2019, 9:02 AM", owner),
                                     whole_page())).article
    assert reference_date_for(dated, AnalysisOptions(), today=today) == (
        dt.date(2019, 11, 18), "published")


def test_a_copied_pages_headline_is_its_h1_not_a_title_found_elsewhere() -> None:
    from inbrief.core.ingest.html import pasted_headline

    page = whole_page().replace(
        "<header>", '<header><img src="/t.jpg" title="Photos: The Big Storm">')
    headline = "Port Elwyn will rebuild its storm-damaged pier"
    assert pasted_headline("Photos: The Big Storm", page) == headline
    assert pasted_headline(headline, page) == headline
    # No h1 of three words or more: the extractor's title stands.
    assert pasted_headline("Pier Saved", "<p>Pier Saved</p><h1>Gazette</h1>") == "Pier Saved"
    # An h1 inside a comment (an old browser's notice, ESPN) is none of the page's headings.
    notice = "<!--[if lte IE 6]><h1>Your Web Browser is no longer supported</h1><![endif]-->"
    noticed = page.replace("<header>", "<header>" + notice)
    assert pasted_headline("Photos: The Big Storm", noticed) == headline


def test_a_logo_as_the_only_h1_gives_way_to_the_headline_opening_the_body() -> None:
    # Politico copied from Chromium: its only h1 is the logo, the headline no heading.
    headline = "Port Elwyn will rebuild its storm-damaged pier"
    page = whole_page().replace(f"<h1>{headline}</h1>", "").replace(
        '<div class="article-body">', f'<div class="article-body"><p>{headline}</p>').replace(
        "<header>", '<header><h1><a href="/">GAZETTE</a></h1>')
    article = load_paste("", page)
    assert article.title == headline
    assert article.text.count("storm-damaged pier") == 1
    # A body opening with a sentence is no headline.
    assert load_paste("", page.replace(f"<p>{headline}</p>", "")).title == "GAZETTE"
    # A headline in Chinese is one or two words long and no logo (BBC Chinese, Sina).
    chinese = whole_page().replace(f"<h1>{headline}</h1>", "<h1>港口重建计划获得省议会批准</h1>"
                                   ).replace('<div class="article-body">',
                                             '<div class="article-body"><p>Harbour News Desk '
                                             "Reports From Port Elwyn</p>")
    assert load_paste("", chinese).title == "港口重建计划获得省议会批准"
    # A blog post's headline of two words over its date and byline line (jovelstefan.de):
    # the date line is no headline under a logo.
    blog = whole_page().replace(f"<h1>{headline}</h1>", "<h1>Pier rebuilt</h1>").replace(
        '<div class="article-body">', '<div class="article-body"><p>11.09.2011, 16:20 von '
        "jovelstefan</p>")
    assert load_paste("", blog).title == "Pier rebuilt"


def test_html_is_used_over_the_plain_text_flavour() -> None:
    text = "Section 1\nSection 2\n" + "\n\n".join(BODY) + "\nReader 1 wrote: hello"
    article = load_paste(text, whole_page())
    assert article.format == "html"
    assert "Section 2" not in article.text
    assert BODY[2] in article.text


def test_byline_and_date_from_the_markup_go_on_top() -> None:
    page = whole_page().replace(
        "<html><body>",
        '<html><head><meta name="author" content="Mara Quint">'
        '<meta property="article:published_time" content="2024-03-05T09:00:00Z">'
        "</head><body>",
    )
    article = load_paste("", page)
    assert article.published == "2024-03-05"
    lines = [line for line in article.text.split("\n") if line]
    assert lines[:3] == [article.title, "By Mara Quint", "Published 2024-03-05"]


def test_one_paragraph_fragment_is_kept_whole() -> None:
    html = ("<html><body><!--StartFragment--><p>" + BODY[1] + "</p><!--EndFragment-->"
            "</body></html>")
    article = load_paste(BODY[1], html)
    assert BODY[1] in article.text
    assert article.text.count("Fishermen") == 1


def test_fragment_extracted_to_nothing_keeps_the_plain_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from inbrief.core.ingest import html as html_module
    from inbrief.core.ingest import paste

    empty = html_module.PageText("", title="Elwyn Gazette")
    monkeypatch.setattr(paste, "extract_article", lambda _html: empty)
    text = "\n\n".join(BODY[:2])
    html = "<html><body><!--StartFragment--><p>x</p><!--EndFragment--></body></html>"
    article = load_paste(text, html)
    assert article.text == text
    assert article.format == "text"


def test_selection_cut_to_less_than_half_keeps_the_selection(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from inbrief.core.ingest import html as html_module
    from inbrief.core.ingest import paste

    monkeypatch.setattr(paste, "extract_article", lambda _html: html_module.PageText(BODY[0]))
    text = "\n\n".join(BODY)
    html = "".join(f"<p>{p}</p>" for p in BODY)
    assert load_paste(text, html).text == text


def test_page_cut_to_less_than_half_is_still_extracted(monkeypatch: pytest.MonkeyPatch) -> None:
    from inbrief.core.ingest import html as html_module
    from inbrief.core.ingest import paste

    monkeypatch.setattr(paste, "extract_article", lambda _html: html_module.PageText(BODY[0]))
    article = load_paste("\n\n".join(BODY), whole_page())
    # The extraction's one paragraph, under the page's headline (its h1: the extractor found
    # no title), not the whole selection.
    assert article.text == f"{article.title}\n\n{BODY[0]}"
    assert article.title == "Port Elwyn will rebuild its storm-damaged pier"


def test_html_only_fragment_pastes_its_visible_text() -> None:
    html = ("<html><body><!--StartFragment--><p>" + BODY[0] + "</p><p>" + BODY[3]
            + "</p><!--EndFragment--></body></html>")
    article = load_paste("", html)
    assert BODY[0] in article.text and BODY[3] in article.text


def test_windows_cf_html_header_is_not_text() -> None:
    html = ("Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000300\r\n"
            "StartFragment:0000000141\r\nEndFragment:0000000264\r\n" + whole_page())
    article = load_paste("", html)
    assert "StartHTML" not in article.text
    assert BODY[0] in article.text


def test_no_html_reads_the_plain_text() -> None:
    article = load_paste("  " + BODY[0] + "\n", None)
    assert article.text == BODY[0]
    assert article.format == "text"
    assert load_paste(BODY[0], "   ").text == BODY[0]


def test_broken_html_gives_text_not_a_traceback() -> None:
    broken = "<html><body><div><p>" + BODY[0] + "<p><b><i>" + BODY[1] + "</div></span><<>>&&"
    article = load_paste("", broken)
    assert "harbour council" in article.text


def test_deeply_nested_html_keeps_the_selection() -> None:
    deep = "<div>" * 400 + "<p>" + BODY[0] + "</p>" + "</div>" * 400
    article = load_paste("", deep)
    assert BODY[0] in article.text


def test_empty_clipboard_says_so() -> None:
    with pytest.raises(EmptyText):
        load_paste("", "<html><body><img src='a.png'></body></html>")
    with pytest.raises(EmptyText):
        load_paste("  \n", None)


def test_huge_html_only_gives_a_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "MAX_HTML_CHARS", 1000)
    with pytest.raises(FileTooLarge, match="pasted web page"):
        load_paste("", "<p>" + "word " * 400 + "</p>")
    # With the browser's plain text there, that is used instead.
    assert load_paste(BODY[0], "<p>" + "word " * 400 + "</p>").text == BODY[0]


def labelled_page() -> str:
    """A page whose body trafilatura keeps with its section label, headline and date line."""
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        "<html><head>"
        '<meta name="author" content="Ivo Tamsin; Business Reporter">'
        '<meta property="article:published_time" content="2024-11-14T07:30:00Z">'
        "</head><body>"
        '<div class="story"><p class="section">Harbours</p>'
        "<h1>Port Elwyn will rebuild its storm-damaged pier</h1>"
        '<p class="date">Published 14 November 2024, 07:30 GMT</p>'
        '<figure><img src="pier.jpg" alt=""><figcaption>The pier after the storm. '
        "Photo: Ola Berg</figcaption></figure>"
        f"{paragraphs}</div></body></html>"
    )


def test_head_known_as_metadata_is_not_repeated_in_the_body() -> None:
    article = load_paste("", labelled_page())
    lines = [line for line in article.text.split("\n") if line]
    assert lines[:3] == [article.title, "By Ivo Tamsin", "Published 2024-11-14"]
    assert article.text.count(article.title) == 1
    assert "Harbours" not in lines
    assert "Published 14 November 2024, 07:30 GMT" not in article.text
    assert lines[3] == BODY[0]


def test_saved_page_body_starts_after_its_known_head(tmp_path) -> None:
    path = tmp_path / "pier.html"
    path.write_text(labelled_page(), encoding="utf-8")
    article = ingest.load_path(path)
    assert article.title == "Port Elwyn will rebuild its storm-damaged pier"
    assert article.text.split("\n")[0] == BODY[0]


def test_a_job_title_is_not_a_second_author() -> None:
    article = load_paste("", labelled_page())
    assert article.author == "Ivo Tamsin"
    assert "Business Reporter" not in article.text


def test_headline_cut_short_in_structured_data_is_taken_whole_from_the_page() -> None:
    # Structured data holds headlines of up to about 110 characters; the h1 holds all of it.
    headline = ("Port Elwyn will rebuild its storm-damaged stone pier with the regional "
                "government, the harbour council decided on Tuesday after two years of requests")
    cut = headline[:110].rsplit(" ", 1)[0] + " "
    ld_json = ('<script type="application/ld+json">{"@context": "https://schema.org", '
               f'"@type": "NewsArticle", "headline": "{cut}"}}</script>')
    page = whole_page().replace("Port Elwyn will rebuild its storm-damaged pier", headline)
    page = page.replace("<!--StartFragment-->", "<!--StartFragment-->" + ld_json)
    article = load_paste("", page)
    assert article.title == headline


@pytest.mark.parametrize(
    "title",
    [
        "Elwyn Gazette | The town's own paper: Port Elwyn will rebuild its storm-damaged pier",
        "Port Elwyn will rebuild its storm-damaged pier » Local » News » Elwyn Gazette",
    ],
)
def test_a_title_with_the_site_name_around_the_headline_gives_the_headline(title: str) -> None:
    # What trafilatura reports as the title when a page has no og:title: its <title>.
    from inbrief.core.ingest.html import _whole_headline

    headline = "Port Elwyn will rebuild its storm-damaged pier"
    assert _whole_headline(title, whole_page(), "") == headline
    no_heading = whole_page().replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    assert _whole_headline(title, no_heading, "") == title  # no h1 to recognise it by


def test_a_short_h1_opening_the_title_before_the_site_name_is_the_headline() -> None:
    # brandenburg.de: h1 "Homo Brandenburgensis", title "Homo Brandenburgensis |
    # Brandenburgische Landeszentrale für politische Bildung".
    from inbrief.core.ingest.html import _whole_headline

    page = whole_page().replace("<h1>Port Elwyn will rebuild its storm-damaged pier</h1>",
                                "<h1>Pier rebuilt</h1>")
    title = "Pier rebuilt | Elwyn Gazette, the Harbour Town's Own Paper"
    assert _whole_headline(title, page, "") == "Pier rebuilt"
    # A logo's h1 opening the title over the headline's h1 is no headline.
    logo = whole_page().replace("<header>", "<header><h1>GAZETTE</h1>")
    title = "GAZETTE | Port Elwyn will rebuild its storm-damaged pier"
    assert _whole_headline(title, logo, "") != "GAZETTE"


def test_a_site_name_after_the_headline_is_cut_when_there_is_no_heading() -> None:
    from inbrief.core.ingest.html import _whole_headline

    title = "Port Elwyn will rebuild its pier | Elwyn Gazette Local"
    assert _whole_headline(title, "<p>no heading</p>", "Elwyn Gazette") == (
        "Port Elwyn will rebuild its pier")
    assert _whole_headline(title, "<p>no heading</p>", "Harbour Times") == title


def test_a_page_without_an_h1_takes_the_h2_opening_its_body_for_the_title(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # zaol.hu copied from Chromium: no h1; the headline an h2 opening the article; the extractor
    # took a sidebar's "article-title" heading, which the article does not show, for the title.
    from inbrief.core.ingest import html as html_module

    headline = "Port Elwyn will rebuild its storm-damaged pier"
    page = whole_page().replace(f"<h1>{headline}</h1>", f"<h2>{headline}</h2>")
    real = html_module.extract_article

    def sidebar_title(markup: str) -> html_module.PageText | None:
        found = real(markup)
        assert found is not None
        return dataclasses.replace(found, title="Blood donors wanted at the county hospital",
                                   text=f"{headline}\n\n{found.text}")

    monkeypatch.setattr("inbrief.core.ingest.paste.extract_article", sidebar_title)
    article = load_paste("", page)
    assert article.title == headline
    assert article.text.count("storm-damaged pier") == 1
    # With an h1 on the page, the h2 opening the body is no headline of it.
    with_h1 = page.replace("<header>", "<header><h1>Port Elwyn Gazette news desk</h1>")
    assert load_paste("", with_h1).title != headline


def test_a_teasers_byline_the_extractor_takes_gives_way_to_the_one_under_the_headline(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Without the page's <head>, trafilatura looks for a byline in the body and may take a
    # teaser's lower down (Página 12's "Por Marcelo Pavazza" under another story): the writer
    # the browser's text shows under the headline is the article's.
    from inbrief.core.ingest import paste
    from inbrief.core.ingest.paste import visible_text

    teasers = "".join(f'<article><h2><a href="/t{n}">Pier news {n}</a></h2>'
                      f'<p class="byline">Por <a>Li Wei</a></p></article>' for n in range(3))
    html = whole_page().replace("<!--EndFragment-->", f"<aside>{teasers}</aside><!--EndFragment-->")
    read = paste.read_paste

    def teasers_writer(*args: object, **kwargs: object) -> object:
        return dataclasses.replace(read(*args, **kwargs), author="Li Wei")

    monkeypatch.setattr(paste, "read_paste", teasers_writer)
    assert load_paste(visible_text(html), html).author == "Mara Quint"
    # A writer the text shows near its top stays, whatever the head's cleaning reads.
    def near_writer(*args: object, **kwargs: object) -> object:
        return dataclasses.replace(read(*args, **kwargs), author="Mara Quint; Ana Ruiz")

    monkeypatch.setattr(paste, "read_paste", near_writer)
    assert load_paste(visible_text(html), html).author == "Mara Quint; Ana Ruiz"


def test_a_byline_and_date_under_the_standfirst_are_not_shown_twice() -> None:
    # Weltwoche pasted as HTML: "By Urs Gehriger and Florian Schwab" and "Published
    # 2019-01-23" on top, and the page's own "23.01.2019" and byline again under the
    # standfirst, between it and the body.
    standfirst = ("The harbour council tells the Gazette why the old stone pier comes first and "
                  "what the town will pay for it.")
    page = whole_page().replace(
        "<html><body>",
        '<html><head><meta name="author" content="Mara Quint">'
        '<meta property="article:published_time" content="2024-03-05T09:00:00Z">'
        "</head><body>",
    ).replace('<p class="byline">By <span class="author">Mara Quint</span></p>', "").replace(
        '<div class="article-body">',
        f'<div class="article-body"><p>{standfirst}</p><p>05.03.2024</p><p>By Mara Quint</p>',
    )
    article = load_paste("", page)
    lines = [line for line in article.text.split("\n") if line]
    assert lines[:3] == [article.title, "By Mara Quint", "Published 2024-03-05"]
    assert standfirst in article.text and BODY[0] in article.text
    assert article.text.count("Mara Quint") == 1
    assert "05.03.2024" not in article.text
    # A date the markup does not give, settled from the plain flavour after the extraction:
    # the body's own line of that date goes too.
    page = whole_page().replace(
        '<div class="article-body">',
        f'<div class="article-body"><p>{standfirst}</p><p>Tuesday 19.11.2019</p>')
    article = load_paste(plain_page("Elwyn Gazette November 19, 2019, 9:02 AM"), page)
    assert article.published == "2019-11-19"
    assert standfirst in article.text and "19.11.2019" not in article.text
