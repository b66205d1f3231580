"""Tests for core.clean: each boilerplate rule, metadata lifting, and sentences that must stay."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inbrief.core.article import Article
from inbrief.core.clean import clean_article
from inbrief.core.ingest import load_path
from inbrief.core.textmap import TextMap

ROOT = Path(__file__).resolve().parents[3]

BODY = (
    "The Lakeside Library reopened on Saturday after an 18-month renovation that added a "
    "children's wing and a rooftop reading garden.\n\n"
    "Librarian Ada Brennan said about 2,000 people visited on the first day, more than "
    "twice the usual number for a weekend."
)


def clean(text: str, **fields: str) -> Article:
    """Return the cleaned Article for ``text``."""
    return clean_article(Article(text=text, **fields)).article


def test_sample_article_comes_out_clean() -> None:
    article = clean_article(load_path(ROOT / "resources" / "sample-article.txt")).article
    assert article.title == (
        "Harbor City Council Approves $2.1 Billion Flood Barrier After Decade of Debate"
    )
    assert article.author == "Marta Lindqvist"
    assert article.source == "Meridian Wire"
    assert article.text.startswith("The Harbor City Council voted 9-2 on Tuesday")
    for junk in ("ADVERTISEMENT", "(Jonas Weber/Meridian Wire)", "Read more", "Share this",
                 "newsletter", "©", "By Marta", "HARBOR CITY (", "Workers inspect"):
        assert junk not in article.text
    assert article.text.endswith("expected to be signed by June 30, 2026.")
    assert article.text.count("\n\n") == 8  # nine paragraphs of story remain


@pytest.mark.parametrize(
    "junk",
    [
        "ADVERTISEMENT",
        "Advertisement",
        "- Advertisement -",
        "Sponsored content",
        "AD",
        "Story continues below advertisement",
        "Continue reading the main story",
        "WORLD NEWS",
        "POLITICS",
        "Photo: Getty Images",
        "Credit: Meridian Wire archive",
        "Image caption, Volunteers stack sandbags near the river",
        "Photograph by Lena Fischer",
        "Readers queue outside the library on Saturday. (Tomas Berg/Lakeside Herald)",
        "The new children's wing. (AP Photo/Rui Costa)",
        "Nowe skrzydło biblioteki dla dzieci (fot. Ana Ruiz)",
        "© 2025 Lakeside Herald. All rights reserved.",
        "Copyright 2024 Lakeside Media Group",
        "Read more: Five libraries worth a detour",
        "READ MORE: City budget explained",
        "Related: Council debates opening hours",
        "Share this article",
        "Share on Facebook",
        "Facebook Twitter LinkedIn Email",
        "Sign up for our newsletter",
        "Subscribe to the Morning Brief newsletter",
        "Subscribe now",
        "Sign up for free daily alerts",
        "See also: Branch opening hours",
        "Follow us on Instagram",
        "Click here to read the full report",
        "Listen to this article",
        "4 min read",
        "Lire aussi : La bibliothèque rouvre",
        "Lesen Sie auch: Die Bibliothek öffnet wieder",
        "Anzeige",
        "Publicidad",
        "Newsletter abonnieren",
        "Get breaking news alerts and special reports. The news and stories that matter, "
        "delivered weekday mornings.",
        "Top stories delivered straight to your inbox.",
        ". Imagen: Télam",
        "Iniciar sesión",
    ],
)
def test_boilerplate_line_is_dropped(junk: str) -> None:
    paragraphs = BODY.split("\n\n")
    article = clean(f"{paragraphs[0]}\n\n{junk}\n\n{paragraphs[1]}")
    assert article.text == BODY


@pytest.mark.parametrize(
    "sentence",
    [
        "The advertisement, which ran in three newspapers, drew complaints from parents.",
        "Brennan (who has led the library since 2016) thanked the volunteers.",
        "The council approved the plan (see the budget summary) on Monday.",
        "Share prices of local builders rose after the announcement.",
        "The Herald is delivered every morning.",
        "Sandbags were delivered daily.",
        "Copyright law was not discussed at the meeting, Brennan said.",
        "Credit unions in the region offered low-interest loans for the work.",
        "Follow the money, one councillor joked during the debate.",
        "Read the fine print before signing, the lawyer warned residents.",
        "Sponsored by the city, the reading garden cost $1.2 million.",
        "NASA scientists donated a telescope to the children's wing.",
        "Related costs, such as new shelving, were covered by donors.",
        "Subscribers to the library app can reserve books from home.",
        "Sign up sheets for the reading club were posted at the door.",
        "Subscribe to a print edition and the app comes free, the publisher said.",
        "Read more books this summer, the librarian urged children.",
        "See also the list of branch libraries at the end of this report.",
    ],
)
def test_normal_sentences_survive(sentence: str) -> None:
    text = f"{BODY}\n\n{sentence}"
    article = clean(text)
    assert article.text == text


def test_title_byline_and_wire_dateline() -> None:
    text = (
        "Library Reopens With Rooftop Garden\n\n"
        "By Ada Brennan and Tomas Berg\n\n"
        "LAKESIDE (Northgate Press) -- The Lakeside Library reopened on Saturday after an "
        "18-month renovation.\n\n"
        "About 2,000 people visited."
    )
    article = clean(text)
    assert article.title == "Library Reopens With Rooftop Garden"
    assert article.author == "Ada Brennan and Tomas Berg"
    assert article.source == "Northgate Press"
    assert article.text == (
        "The Lakeside Library reopened on Saturday after an 18-month renovation.\n\n"
        "About 2,000 people visited."
    )


def test_a_byline_that_names_its_kind_is_no_title() -> None:
    # Invented: an analysis column whose byline comes first, with the writer's role after it.
    text = (
        "Analysis by Ada Brennan, Senior Courts Analyst\n\n"
        "Judges and the harbour board trade blows over the ferry contract\n\n"
        "The harbour board and the county court have argued over the ferry contract for two "
        "years, and the dispute reached the appeals bench on Monday.\n\n"
        "Neither side expects a ruling before the summer."
    )
    article = clean(text)
    assert article.title == "Judges and the harbour board trade blows over the ferry contract"
    assert article.author == "Ada Brennan"


@pytest.mark.parametrize("kind", ["Eine Analyse von", "Ein Kommentar von", "Ein Gastbeitrag von"])
def test_a_german_byline_that_names_its_kind_is_no_title(kind: str) -> None:
    # Invented, laid out as a text browser shows a German weekly's page: headline, then the
    # standfirst, the byline naming its kind and the date in one block without blank lines.
    text = (
        "Fährverkehr: Mit der Nachtfähre von Kiel nach Oslo\n\n"
        "Die Fähren über die Ostsee sind voll. Warum fahren trotzdem so wenige Nachtzüge\n"
        "zu den Häfen?\n"
        f"{kind} Ada Brennan\n"
        "14. Januar 2020, 9:21 Uhr 57 Kommentare\n\n"
        "Die Fähre legt um 14 Uhr in Kiel ab und erreicht Oslo am nächsten Morgen. Wer mit "
        "dem Zug anreist, muss in Hamburg umsteigen und hat oft keinen Anschluss.\n\n"
        "Die Reederei will im Sommer eine zweite Abfahrt anbieten, sagte ein Sprecher."
    )
    article = clean(text)
    assert article.title == "Fährverkehr: Mit der Nachtfähre von Kiel nach Oslo"
    assert article.author == "Ada Brennan"
    assert "Ada Brennan" not in article.text


@pytest.mark.parametrize(("line", "author"), [
    ("3. März 2024 von Ada Brennan", "Ada Brennan"),
    ("Veröffentlicht am 3. März 2024 von Ada Brennan — Hinterlasse eine Antwort", "Ada Brennan"),
    ("03.03.2024, 16:20 von harbourblog", ""),  # a blog's handle, in lower case
    ("Publié le 3 mars 2024 par Ada Brennan", "Ada Brennan"),
])
def test_a_date_line_with_its_byline_in_german_or_french_is_the_head(line: str,
                                                                       author: str) -> None:
    # A blog's post head (WordPress's "Veröffentlicht am … von …"): the date and the author,
    # not the body's first paragraph.
    from page_parts import FOOTER, MENU, STORY

    headline = "Marenia Elects Harbour Engineer as Governor in Upset"
    article = clean("\n\n".join([MENU, headline, line, *STORY, FOOTER]))
    assert (article.title, article.author, article.published) == (headline, author,
                                                                    "2024-03-03")
    assert article.text.startswith(STORY[0])


@pytest.mark.parametrize(("lines", "author"), [
    (["By: Ada Brennan", "MWN Executive News Editor"], "Ada Brennan"),
    (["Ada Brennan Senior Washington Correspondent"], "Ada Brennan"),
    (["Ada Brennan", "Senior Contributor"], ""),
])
def test_a_writers_role_under_the_headline_is_no_paragraph(lines: list[str],
                                                           author: str) -> None:
    # CNBC's and AOL News's pages copied from Chromium: the role under the byline, or the
    # name and role on one line (a byline without "By"), had opened the body.
    from page_parts import FOOTER, MENU, STORY

    headline = "Marenia Elects Harbour Engineer as Governor in Upset"
    article = clean("\n\n".join([MENU, headline, "Published: Wednesday, 21 Sep 2011", *lines,
                                  *STORY, FOOTER]))
    assert article.title == headline
    assert article.text.startswith(STORY[0])
    if author:
        assert article.author == author


def test_a_cyrillic_byline_with_its_label_names_the_author() -> None:
    # A Russian magazine copied from a browser: "Текст: <name>·<date>" under the headline
    # stayed in the body and named no author.
    body = ["Жители прибрежной провинции во вторник выбрали нового губернатора, и впервые "
            "за двадцать лет победила не правящая партия.",
            "Новый губернатор, инженер порта, обещала восстановить дамбы за четыре года.",
            "Явка была самой высокой за тридцать лет, сообщила избирательная комиссия."]
    from page_parts import FOOTER, MENU

    headline = "В Марении выбрали губернатора-инженера"
    article = clean("\n\n".join([MENU, headline, "Текст: Ада Бреннан·24 сентября 2018", *body,
                                  FOOTER]))
    assert article.author == "Ада Бреннан"
    assert article.text.startswith(body[0])
    assert article.published == "2018-09-24"


@pytest.mark.parametrize("line", ["Autor: Ada Brennan", "Author: Ada Brennan | March 4, 2025",
                                  "Texto: Ada Brennan"])
def test_a_byline_with_a_label_and_colon_names_the_author(line: str) -> None:
    from page_parts import FOOTER, MENU, STORY

    headline = "Marenia Elects Harbour Engineer as Governor in Upset"
    article = clean("\n\n".join([MENU, headline, line, *STORY, FOOTER]))
    assert article.author == "Ada Brennan"
    assert article.text.startswith(STORY[0])


KOREAN_BODY = [
    "마레니아 주 유권자들은 화요일 새 주지사를 뽑았고, 20년 만에 여당이 아닌 후보가 당선됐다. "
    "선거 운동은 집값과 강 삼각주의 잦은 홍수가 좌우했다.",
    "당선자인 항만 기술자 출신 리디아 손은 4년 안에 삼각주의 제방을 다시 쌓고 공사 계약을 "
    "모두 인터넷에 공개하겠다고 약속했다.",
    "선거관리위원회는 목요일 투표율이 30년 만에 가장 높았다고 밝혔다. 수도의 투표소에는 밤늦게까지 "
    "긴 줄이 이어졌다.",
]


@pytest.mark.parametrize("line", ["최윤호 기자 uknow@example.com", "김민지·박서준 기자",
                                  "[서울=마레니아통신] 최윤호 특파원"])
def test_a_korean_byline_below_the_body_names_the_author(line: str) -> None:
    # A Korean paper signs its story below the last paragraph: the reporter's name, 기자
    # ("reporter") or 특파원 ("correspondent"), an e-mail address.
    from page_parts import FOOTER, MENU

    headline = "마레니아, 항만 기술자 출신 주지사 선출"
    article = clean("\n\n".join([MENU, headline, *KOREAN_BODY, line, FOOTER]))
    assert article.author == line.split("] ")[-1].split(" ")[0]
    assert article.text == "\n\n".join(KOREAN_BODY)


def test_a_korean_sentence_naming_a_reporter_is_no_byline() -> None:
    from inbrief.core.clean.rules import KOREAN_BYLINE

    assert KOREAN_BYLINE.match("최윤호 기자")
    assert not KOREAN_BYLINE.match("최윤호 기자는 목요일 제방을 둘러봤다.")


def test_a_label_without_its_colon_is_no_byline() -> None:
    # "Author Stephen King": a story's subject, said so in a caption or a heading.
    from page_parts import FOOTER, MENU, STORY

    headline = "Marenia Elects Harbour Engineer as Governor in Upset"
    article = clean("\n\n".join([MENU, headline, "Author Ada Brennan", *STORY, FOOTER]))
    assert article.author != "Ada Brennan"


@pytest.mark.parametrize(
    ("opening", "agency"),
    [
        ("LONDON (Reuters) - ", "Reuters"),
        ("(Bloomberg) -- ", "Bloomberg"),
        ("WASHINGTON, March 3 (AP) — ", "AP"),
        ("SÃO PAULO (Meridian Wire) – ", "Meridian Wire"),
        ("BERLIN (dpa) - ", "dpa"),
    ],
)
def test_dateline_forms(opening: str, agency: str) -> None:
    sentence = "Shares of harbour operators rose sharply on Tuesday after the vote."
    article = clean(f"{opening}{sentence}\n\nAnalysts expect more gains this week.")
    assert article.source == agency
    assert article.text.startswith(sentence)


def test_city_dateline_without_agency() -> None:
    article = clean("OSLO — The harbour authority opened a new ferry terminal on Monday "
                    "after two years of work.\n\nIt cost about $90 million.")
    assert article.text.startswith("The harbour authority opened")
    assert article.source == ""


def test_existing_metadata_is_not_overwritten() -> None:
    text = "Short Headline Here\n\nBy Ada Brennan\n\nLONDON (Reuters) - " + BODY
    article = clean(text, title="Page Title", author="Desk Editor", source="Lakeside Herald")
    assert (article.title, article.author, article.source) == (
        "Page Title", "Desk Editor", "Lakeside Herald")
    # A first line that is not the known title is kept: it may be a sub-heading.
    assert article.text.startswith("Short Headline Here\n\n")
    assert "By Ada Brennan" not in article.text


def test_repeated_title_is_removed() -> None:
    article = clean("Library Reopens\n\n" + BODY, title="Library reopens!")
    assert article.text == BODY


def test_a_known_title_set_over_lines_is_removed() -> None:
    # A web page printed to PDF: its headline in large type over two lines, read as two
    # paragraphs; the PDF's metadata has the title whole.
    title = "Library Reopens With a Rooftop Garden After a Long Renovation"
    article = clean("Library Reopens With a Rooftop Garden\n\nAfter a Long Renovation\n\n"
                    + BODY, title=title)
    assert article.text == BODY and article.title == title
    # Lines that only open the title stay: the body's first line is no part of it.
    kept = clean("Library Reopens\n\n" + BODY, title=title)
    assert kept.text == "Library Reopens\n\n" + BODY


@pytest.mark.parametrize("first", ["Why did the library close for so long?",
                                   "(updated at 14:00 with visitor numbers)"])
def test_question_or_parenthesis_first_line_is_not_a_title(first: str) -> None:
    article = clean(f"{first}\n\n{BODY}")
    assert article.title == ""
    assert article.text == f"{first}\n\n{BODY}"


def test_first_line_that_is_a_sentence_is_not_a_title() -> None:
    text = "The library reopened on Saturday.\n\nAbout 2,000 people visited."
    article = clean(text)
    assert article.title == ""
    assert article.text == text


def test_single_line_text_is_not_emptied() -> None:
    article = clean("Library reopens with rooftop garden")
    assert article.text == "Library reopens with rooftop garden"
    assert article.title == ""


def test_section_label_before_title() -> None:
    article = clean("LOCAL NEWS\n\nLibrary Reopens With Rooftop Garden\n\n" + BODY)
    assert article.title == "Library Reopens With Rooftop Garden"
    assert article.text == BODY


@pytest.mark.parametrize("label", ["Local news", "Opinion", "Climate & environment"])
def test_a_section_label_in_sentence_case_above_the_headline_is_not_the_title(
        label: str) -> None:
    article = clean(f"{label}\n\nLibrary Reopens With Rooftop Garden\n\n" + BODY)
    assert article.title == "Library Reopens With Rooftop Garden"
    assert article.text == BODY


def test_a_short_headline_above_a_longer_title_like_line_stays_the_title() -> None:
    # Capitals after the first word: a headline of two words, not a label; below it a
    # standfirst without a full stop.
    article = clean("Garden Opens\n\nThe library's roof now grows herbs for the cafe\n\n" + BODY)
    assert article.title == "Garden Opens"


def test_capitalised_byline() -> None:
    article = clean("BY ADA BRENNAN\n\n" + BODY)
    assert article.author == "Ada Brennan"
    assert article.text == BODY


def test_a_byline_with_a_nickname_and_the_day_after_the_name() -> None:
    article = clean('By Ada "Harbour Ada" Brennan November 19, 2023 7:18 pm\n\n' + BODY)
    assert (article.author, article.published) == ('Ada "Harbour Ada" Brennan', "2023-11-19")
    assert article.text == BODY


def test_a_byline_with_the_time_it_was_posted_or_published_after_the_name() -> None:
    # Engadget copied from a browser: "By Richard Lawler  posted Aug 18th 2010 7:30PM" stood
    # as the body's first paragraph, with no author and no date found.
    for line in ("By Ada Brennan  posted Aug 18th 2010 7:30PM",
                 "By Ada Brennan Published on August 18, 2010",
                 "By Ada Brennan Updated 7:30 PM EST, Wed August 18, 2010"):
        article = clean(f"{line}\n\n{BODY}")
        assert (article.author, article.published) == ("Ada Brennan", "2010-08-18"), line
        assert article.text == BODY


@pytest.mark.parametrize(("line", "author"), [
    # A page that prints the writer's name twice (a link's text beside its picture's).
    ("By Ada Brennan Ada Brennan", "Ada Brennan"),
    ("By Mark di Stefano Mark di Stefano", "Mark di Stefano"),
    # Two writers who share a name are not one said twice.
    ("By Ada Brennan and Ada Brennan", "Ada Brennan and Ada Brennan"),
])
def test_a_writers_name_said_twice_in_a_row_is_said_once(line: str, author: str) -> None:
    assert clean(f"{line}\n\n{BODY}").author == author


def test_byline_with_outlet_keeps_the_name_only() -> None:
    article = clean("By Ada Brennan, Lakeside Herald\n\n" + BODY)
    assert article.author == "Ada Brennan"
    assert article.text == BODY


def test_byline_with_date() -> None:
    article = clean("By Ada Brennan | 4 March 2025\n\n" + BODY)
    assert (article.author, article.published) == ("Ada Brennan", "2025-03-04")
    assert article.text == BODY


@pytest.mark.parametrize("line", ["By Ada Brennan2025-03-04", "By Ada Brennan Tuesday"])
def test_a_date_or_weekday_run_into_the_bylines_name_is_not_part_of_it(line: str) -> None:
    assert clean(f"{line}\n\n{BODY}").author == "Ada Brennan"


HEADLINE = "Harbour Engineer Wins the Marenia Governor Race"


@pytest.mark.parametrize(("line", "author"), [
    # What follows the name besides dates: a section's label, the writer's handle, a
    # picture's name, "posted", "publiziert am", "On" in capitals.
    ("By Ada Brennan 2019-11-18T20:51:19Z Politics & Delta", "Ada Brennan"),
    ("By Ada Brennan@adabrennan Nov 18, 2019, 11:47am EST", "Ada Brennan"),
    ("BY ADA BRENNAN ON 11/13/19 AT 4:00 PM EST", "Ada Brennan"),
    ("Von Ada Brennan publiziert am 30. Juli 2018", "Ada Brennan"),
    ("By Ada Brennan [writer_rss] posted Aug 18th 2010 7:30PM", "Ada Brennan"),
    # A name and a date without "By", the outlet's name between them.
    ("Ada Brennan  Aug 4, 2011 10:03AM EDT", "Ada Brennan"),
    ("Ada Brennan, MERIDIAN TODAY 8:42 a.m. EDT October 3, 2014", "Ada Brennan"),
    ("Ada Brennan | Sep. 21, 2011, 3:17 PM | 1,209 |  5", "Ada Brennan"),
    # Writers parted by a slash, then the city and the date (El País): the first named.
    ("Ada R. Brennan / Lidia Marow Madrid 27 OCT 2012 - 12:14 CET", "Ada R. Brennan"),
    # Not bylines: a city's dateline, a picture's name, a painting's credit.
    ("New Delhi, Meridian Bureau | Updated : 19 November 2019, 09:01 AM", ""),
    ("Screen Shot 2011-08-13 at 4.55.35 PM", ""),
    ("par Ada Brennan• Crédits : Getty", ""),
])
def test_a_byline_among_a_pasted_pages_share_buttons_names_the_author(line: str,
                                                                       author: str) -> None:
    # The page's furniture takes the line (it stands among share buttons), so the head's
    # own scan never reads it; the lines below the headline are read again for a byline.
    from page_parts import FOOTER, MENU, STORY

    share = "\n".join(["  • Facebook", "  • Twitter", f"  • {line}", "  • Email"])
    page = "\n\n".join([MENU, HEADLINE, share, *STORY, FOOTER])
    article = clean_article(Article(text=page, format="text")).article
    assert article.title == HEADLINE
    assert article.author == author


@pytest.mark.parametrize(("line", "author"), [
    ("Ada Brennan, MERIDIAN TODAY 8:42 a.m. EDT October 3, 2014", "Ada Brennan"),
    ("Ada Brennan | Sep. 21, 2011, 3:03 PM | 4,094 | 6", "Ada Brennan"),
    # The story's subject (the body names Lidia Sorn) with a date: no writer.
    ("Lidia Sorn, MERIDIAN TODAY 8:42 a.m. EDT October 3, 2014", ""),
])
def test_a_name_and_a_date_on_the_line_right_under_the_headline_name_the_writer(
        line: str, author: str) -> None:
    # Chromium's copy: no blank line between the headline, the byline and a share bar.
    from page_parts import FOOTER, MENU, STORY

    head = "\n".join([HEADLINE, line, "Share Tweet Email"])
    page = "\n\n".join([MENU, head, *STORY, FOOTER])
    article = clean_article(Article(text=page, format="text")).article
    assert article.title == HEADLINE
    assert article.author == author


@pytest.mark.parametrize(("over", "author"), [
    (["By Ada Brennan - 11/18/19 11:04 PM EST"], "Ada Brennan"),
    (["Von Ada Brennan publiziert am 30. Juli 2018", "Politik"], "Ada Brennan"),
    # The date first, then the byline.
    (["Dienstag, 13. Mai 2014, von Dr. Ada Brennan", "Weiterempfehlen Drucken"],
     "Dr. Ada Brennan"),
    # "by" in lower case goes on from a line wrapped above it (a breadcrumb in lynx).
    (["Home » Politics » Harbour Engineer Wins the Marenia", "by Governor Race Officially"],
     ""),
])
def test_a_byline_right_over_the_headline_names_the_author(over: list[str],
                                                           author: str) -> None:
    from page_parts import FOOTER, MENU, STORY

    page = "\n\n".join([MENU, "\n".join(over), HEADLINE, *STORY, FOOTER])
    article = clean_article(Article(text=page, format="text")).article
    assert article.title == HEADLINE
    assert article.author == author


def _under_headline(line: str) -> Article:
    """Return the cleaned article of a pasted page with ``line`` right under its headline
    (page_parts' menu, headline, the line, STORY, footer)."""
    from page_parts import FOOTER, MENU, STORY

    page = "\n\n".join([MENU, HEADLINE, line, *STORY, FOOTER])
    return clean_article(Article(text=page, format="text")).article


@pytest.mark.parametrize(("line", "author"), [
    ("Lidia Marow", "Lidia Marow"),
    ("Lidia Marow and Tomas Reyes, Meridian Wire", "Lidia Marow and Tomas Reyes"),
    ("Jan van der Berg", "Jan van der Berg"),
    ("Lidia Marow and Tomas McReyes MERIDIAN TODAY", "Lidia Marow and Tomas McReyes"),
    ("Lidia Marow @lmarow", "Lidia Marow"),
    ("Lidia Marow Marenia Today", "Lidia Marow"),
    ("[d442840] Lidia Marow", "Lidia Marow"),  # the writer's portrait before the name
    ("Richard (R.J.) Marow", "Richard (R.J.) Marow"),  # initials in brackets (salon)
    # A story's subject (named in its body), a button, a role, a place, an office.
    ("Lidia Sorn", ""),
    ("Follow Us", ""),
    ("Senior Contributor", ""),
    ("New Delhi", ""),
    ("Oberbürgermeister Lidia Marow", ""),
])
def test_a_writers_name_alone_under_the_headline_names_the_author(line: str,
                                                                  author: str) -> None:
    # A byline without "By": the writer's name on the line under the headline. (STORY names
    # Lidia Sorn, the new governor.)
    article = _under_headline(line)
    assert article.title == HEADLINE
    assert article.author == author
    if author:
        assert line not in article.text  # a byline, dropped with the head


@pytest.mark.parametrize(("head", "author"), [
    # "Von" alone on its line, the writer's name in a list below it (heise in w3m).
    (["12.06.2025 07:30 Uhr", "Meridian Review", "Von", "", "  • Lidia Marow"], "Lidia Marow"),
    (["By", "Lidia Marow"], "Lidia Marow"),
    # A lone "By" over a line that is no name.
    (["By", "the numbers"], ""),
])
def test_by_alone_on_its_line_over_the_writers_name_names_the_author(head: list[str],
                                                                     author: str) -> None:
    from page_parts import FOOTER, MENU, STORY

    page = "\n\n".join([MENU, HEADLINE, "\n".join(head), *STORY, FOOTER])
    article = clean_article(Article(text=page, format="text")).article
    assert article.title == HEADLINE
    assert article.author == author
    if author:
        assert "Lidia Marow" not in article.text


@pytest.mark.parametrize(("over", "author"), [
    # Wired in w3m: the writer's name, the section, the date, then the headline.
    (["Lidia Marow", "Politics", "11.14.2025 09:00 AM"], "Lidia Marow"),
    (["Lidia Marow", "March 4, 2025"], "Lidia Marow"),
    # The name and the date as parts of one line, a picture's name before them (boingboing).
    (["[logo] / Lidia Marow / 10:08 am Fri Jul 19, 2013"], "Lidia Marow"),
    # No date under the name (a kicker, a teaser's writer); a sentence between them; the
    # story's subject (STORY names Lidia Sorn); a section's name beside a date.
    (["Lidia Marow", "Politics"], ""),
    (["World News / March 4, 2025"], ""),
    (["Lidia Marow", "The council met on the delta for the vote", "March 4, 2025"], ""),
    (["Lidia Sorn", "March 4, 2025"], ""),
    # Wired in Chromium: the name in capitals, the section's label run into the date.
    (["LIDIA MAROW", "POLITICSMAR 4, 2025 2:00 AM"], "Lidia Marow"),
    (["LIDIA MAROW", "March 4, 2025"], "Lidia Marow"),
    # Capitals not opening with a given name: a label.
    (["HARBOUR DESK", "March 4, 2025"], ""),
])
def test_a_writers_name_over_the_date_above_the_headline_names_the_author(
        over: list[str], author: str) -> None:
    from page_parts import FOOTER, MENU, STORY

    page = "\n\n".join([MENU, "\n".join(over), HEADLINE, *STORY, FOOTER])
    article = clean_article(Article(text=page, format="text")).article
    assert article.title == HEADLINE
    assert article.author == author
    if author:
        assert "Lidia Marow" not in article.text and "LIDIA MAROW" not in article.text


@pytest.mark.parametrize(("name", "author"), [
    ("Lidia Marow", "Lidia Marow"),
    # Two capitalised words not opening with a given name: a label, not a writer.
    ("Harbour Desk", ""),
    # A wire agency's name alone, or with its city, is the byline of its story.
    ("Reuters", "Reuters"),
    ("PTI, Washington,", "PTI"),
])
def test_a_writers_name_next_to_a_date_under_the_headline_names_the_author(
        name: str, author: str) -> None:
    # WNYC and El Mundo: two lines under the headline (an episode's number, a guest's
    # name), then the date and the writer's name alone, a share bar below.
    from page_parts import FOOTER, MENU, STORY

    head = "\n\n".join([HEADLINE, "Episode #42", "Live from the Harbour Hall",
                         "Monday, May 27, 2013", name, "Share"])
    page = "\n\n".join([MENU, head, *STORY, FOOTER])
    article = clean_article(Article(text=page, format="text")).article
    assert article.title == HEADLINE
    assert article.author == author
    assert name not in article.text


def test_a_name_next_to_a_date_far_below_the_headline_is_no_byline() -> None:
    # Past NAME_BY_DATE_LINES text lines under the headline the date and name are a teaser's
    # or a comment's, not the story's.
    from page_parts import FOOTER, MENU, STORY

    between = [f"Harbour item number {n}" for n in range(8)]
    head = "\n\n".join([HEADLINE, *between, "Monday, May 27, 2013", "Lidia Marow", "Share"])
    page = "\n\n".join([MENU, head, *STORY, FOOTER])
    assert clean_article(Article(text=page, format="text")).article.author == ""


@pytest.mark.parametrize(("line", "author"), [
    ("Lidia Marow @lmarow", "Lidia Marow"),
    # A handle after more than a name: a sentence of the body.
    ("Lidia Marow wrote on the council's page @lmarow", ""),
])
def test_a_writers_name_with_a_handle_below_the_standfirst_names_the_author(
        line: str, author: str) -> None:
    # Moneycontrol in lynx: the standfirst reads as the body's first paragraph, the writer's
    # name and handle below it.
    from page_parts import FOOTER, MENU, STORY

    standfirst = ("The vote ended two decades of rule by the same party, and the new governor "
                  "promised to rebuild the delta's levees.")
    page = "\n\n".join([MENU, HEADLINE, standfirst, line, *STORY, FOOTER])
    article = clean_article(Article(text=page, format="text")).article
    assert article.author == author
    assert (line in article.text) is not bool(author)


@pytest.mark.parametrize(("tail", "author"), [
    # A blog's post signed below its last paragraph (Blogger's, France Culture's, Medium's).
    ("Posted by Lidia Marow at 10:32 AM", "Lidia Marow"),
    ("Par Lidia Marow", "Lidia Marow"),
    ("Lidia Marow | 29.07.2006 um 14:26", "Lidia Marow"),
    ("Written on Mar 17 by\nLidia Marow", "Lidia Marow"),
    # The name alone before the date, parts between long dashes (a blog's footer).
    ("Lidia Marow — 2013-09-29— in Code — Permalink — License", "Lidia Marow"),
    # A city before the date is no writer.
    ("New York — 2013-09-29 — in Code", ""),
    # Past the comments' heading: a commenter's.
    ("3 comments:\n\nPosted by Lidia Marow at 10:32 AM", ""),
])
def test_a_byline_right_below_the_body_names_the_author(tail: str, author: str) -> None:
    from page_parts import FOOTER, MENU, STORY

    page = "\n\n".join([MENU, HEADLINE, *STORY, tail, FOOTER])
    article = clean_article(Article(text=page, format="text")).article
    assert article.author == author
    assert "Lidia Marow" not in article.text
    if author:
        assert article.text.rstrip().endswith(STORY[-1])


@pytest.mark.parametrize(("tags", "below", "author"), [
    # A post's tags listed between its headline and its writer's name (caktusgroup in w3m).
    (["  • python,", "  • webcast,", "  • testing,", "  • django"], "June 8, 2015",
     "Lidia Marow"),
    # A browser's copy: no bullets, a comma after each tag but the last.
    (["python,\nwebcast,\ntesting,\ndjango"], "June 8, 2015", "Lidia Marow"),
    # Not tags: two menu entries in title case still stop the look for a name alone...
    (["  • Home", "  • World", "  • Business"], "Share this story", ""),
    # ... but not for one right over a date (_name_by_date).
    (["  • Home", "  • World", "  • Business"], "June 8, 2015", "Lidia Marow"),
])
def test_a_writers_name_past_the_posts_tags_under_the_headline(tags: list[str], below: str,
                                                              author: str) -> None:
    from page_parts import FOOTER, MENU, STORY

    page = "\n\n".join([MENU, HEADLINE, "\n".join(tags), "Lidia Marow", below,
                         *STORY, FOOTER])
    article = clean_article(Article(text=page, format="text")).article
    assert article.title == HEADLINE
    assert article.author == author


@pytest.mark.parametrize(("head", "author"), [
    # A headline ending with a full stop is none the cleaning takes: the byline right above
    # the body still names the writer (McSweeney's in w3m).
    # Promotions between the byline and the body.
    (["The Middle Manager's Oath.", "BY Lidia Marow", "- - - -", "[cover_final]",
      "Get The Best of Our Tendency.", "[pdx2]", "Get The Activity Book here!"],
     "Lidia Marow"),
    # "By" opening a phrase, no name after it.
    (["The Middle Manager's Oath.", "By the numbers", "- - - -", "[cover_final]",
      "Get The Best of Our Tendency.", "[pdx2]", "Get The Activity Book here!"], ""),
])
def test_a_byline_over_the_body_of_a_page_without_a_headline(head: list[str],
                                                            author: str) -> None:
    from page_parts import FOOTER, MENU, STORY

    page = "\n\n".join([MENU, *head, *STORY, FOOTER])
    article = clean_article(Article(text=page, format="text")).article
    assert article.author == author
    assert STORY[0] in article.text
    if author:
        assert "Lidia Marow" not in article.text
        # The line right over the byline, a title but for its full stop, is the headline.
        assert article.title == "The Middle Manager's Oath."
        assert "Oath" not in article.text
    else:
        assert article.title != "The Middle Manager's Oath."
    # Two sentences over the byline are no headline.
    page = page.replace("The Middle Manager's Oath.", "We met. The oath was read.")
    assert clean_article(Article(text=page, format="text")).article.title != (
        "We met. The oath was read.")


def test_writers_names_a_browsers_copy_puts_around_the_headline() -> None:
    from page_parts import FOOTER, MENU, STORY

    # Boing Boing: a logo with no text leaves a slash before the writer's name and date.
    page = "\n\n".join([MENU, "/ Lidia Marow / 10:08 am Fri Jul 19, 2013", HEADLINE,
                         *STORY, FOOTER])
    assert clean_article(Article(text=page, format="text")).article.author == "Lidia Marow"
    # Forbes: a name with a middle initial ("y" is an English stop word) over the writer's
    # role.
    page = "\n\n".join([MENU, HEADLINE, "Bruce Y. Marow", "Senior Contributor", *STORY,
                         FOOTER])
    assert clean_article(Article(text=page, format="text")).article.author == "Bruce Y. Marow"
    # The body speaking of that person: a subject, no writer.
    said = STORY[1].replace("Lidia Sorn", "Bruce Marow")
    page = "\n\n".join([MENU, HEADLINE, "Bruce Y. Marow", "Senior Contributor", STORY[0],
                         said, *STORY[2:], FOOTER])
    assert clean_article(Article(text=page, format="text")).article.author == ""


@pytest.mark.parametrize(("line", "named"), [
    ("Ada Marow said the levees would hold.", True),
    ("Marow, a former engineer, is the governor's adviser.", True),
    # The writer's note about themself below the body (TechCrunch's in a browser's copy).
    ("Ada Marow is a freelance reporter covering the delta provinces.", False),
    ("Ada Marow currently works for the Herald as a writer.", False),
    # A link to the writer's other stories below the body (salon's).
    ("More Ada Marow.", False),
    ("More Ada Marow said the levees would hold.", True),
])
def test_a_writers_note_about_themself_is_no_mention_of_a_subject(line: str,
                                                                 named: bool) -> None:
    from inbrief.core.clean import _named_in_body

    lines = ["Voters in the coastal province chose a new governor on Tuesday.", line]
    assert _named_in_body("Ada Marow", lines, 0, set()) is named


@pytest.mark.parametrize(("head", "author"), [
    # Medium's head: the writer's name over the reading time, far above the headline.
    (["Lidia Marow", "11 min read"], "Lidia Marow"),
    (["Lidia Marow", "Follow", "·", "4 min read"], "Lidia Marow"),
    (["Lidia Marow", "Lesezeit: 3 Min."], "Lidia Marow"),
    # Not a name: a section's label over the reading time.
    (["Science and Technology", "11 min read"], ""),
    (["More News", "11 min read"], ""),
])
def test_a_writers_name_over_the_reading_time_names_the_author(head: list[str],
                                                               author: str) -> None:
    from page_parts import FOOTER, MENU, STORY

    page = "\n\n".join([*head, MENU, HEADLINE, *STORY, FOOTER])
    article = clean_article(Article(text=page, format="text")).article
    assert article.title == HEADLINE
    assert article.author == author


@pytest.mark.parametrize(("line", "author"), [
    # A blog's line under its title: the writer, the day in numbers, a comment link and the
    # categories (one word in lower case among them).
    ("Lidia Marow 27/09/2018 Comente! Alfabetização, Brinquedos e Brincadeiras", "Lidia Marow"),
    ("Lidia Marow 27.09.2018", "Lidia Marow"),  # (a surname opening as a month does)
    # El Mundo's: the writer, the city, a day whose order the line alone cannot tell.
    ("Lidia Marow | Porto Calme | 08/01/2014", "Lidia Marow"),
    # A sentence opening with a name and a day.
    ("Lidia Marow 27/09/2018 said the council would meet again", ""),
])
def test_a_writers_name_and_a_day_in_numbers_right_under_the_headline(line: str,
                                                                      author: str) -> None:
    article = _under_headline(line)
    assert article.title == HEADLINE
    assert article.author == author


def test_a_byline_below_a_pictures_caption_at_the_bodys_top_leaves_the_body() -> None:
    # NYT as w3m shows it: the caption, the writer's name over the byline, then the story.
    from page_parts import FOOTER, MENU, STORY

    caption = ("The harbour control room in Port Marenia, on the delta, where the new governor "
               "worked for twelve years before she entered politics.")
    page = "\n\n".join([MENU, HEADLINE, caption, "Ada Brennan", "By Ada Brennan", *STORY,
                         FOOTER])
    article = clean_article(Article(text=page, format="text")).article
    assert article.author == "Ada Brennan"
    assert "Ada Brennan" not in article.text
    assert STORY[0] in article.text
    # w3m shows the picture's caption twice: alone, then with its credit run into its last
    # line (its lines wrapped). Both go.
    picture = ("The harbour control room in Port Marenia, on the delta, where the new governor "
               "worked for twelve years. The port authority runs the locks and levees for the "
               "whole coast of\nMarenia.")
    said = picture.replace("Marenia.", "Marenia.Credit...Ana Ruiz/Associated Press")
    page = "\n\n".join([MENU, HEADLINE, "By Ada Brennan", *STORY[:1], picture, said,
                         *STORY[1:], FOOTER])
    article = clean_article(Article(text=page, format="text")).article
    assert "control room" not in article.text
    assert all(paragraph in article.text for paragraph in STORY)
    # A name and a date in a wrapped paragraph of the body is a piece of its sentence.
    wrapped = ("Unter dem Titel \"Politik im Netz\" veranstaltet die\n"
               "Meridian-Stiftung Ada Brennan am Samstag, 31. Januar 2015,\n"
               "eine Tagung im Rathaus der Stadt.")
    page = "\n\n".join([MENU, HEADLINE, wrapped, *STORY, FOOTER])
    article = clean_article(Article(text=page, format="text")).article
    assert article.author == ""
    assert "Meridian-Stiftung Ada Brennan" in article.text


@pytest.mark.parametrize("line", ["By the way, the library now opens at eight.",
                                  "By Tuesday the shelves were full",
                                  "By train from Oslo it takes two hours"])
def test_lines_starting_with_by_are_not_bylines(line: str) -> None:
    article = clean(f"{line}\n\n{BODY}", title="Library Reopens")
    assert article.author == ""
    assert article.text.startswith(line)


def test_caption_credit_inside_a_wrapped_paragraph_stays() -> None:
    # Lines inside a paragraph are pieces of sentences: only whole paragraphs are captions.
    text = ("The report was written by two authors\n(Ada Brennan/Tomas Berg)\n"
            "and published on Monday.\n\nIt runs to 40 pages.")
    article = clean(text)
    assert article.text == text



def test_a_selection_copied_in_a_browser_gets_its_headline_and_byline() -> None:
    # innerText: the label, headline, standfirst and byline on lines of their own with no blank
    # line between them, each paragraph one long line.
    paragraphs = [
        "The harbour authority of Porto Calme said on Monday that the north quay would close "
        "for a year from April while engineers rebuild its sea wall, which storms breached "
        "twice last winter.",
        "Ferries to the islands will leave from the south quay in the meantime, and the "
        "authority expects crossings to take ten minutes longer than they do now.",
        "The work will cost forty million and is paid for by the province, which borrowed the "
        "money in January at a lower rate than it had expected.",
    ]
    headline = "Porto Calme's north quay to close for a year"
    text = "\n".join(("World", headline, "Engineers will rebuild the sea wall that storms "
                      "breached twice last winter.", "By Ada Brennan", "",
                      "\n\n".join(paragraphs)))
    article = clean(text)
    assert article.title == headline and article.author == "Ada Brennan"
    assert article.text.endswith("\n\n".join(paragraphs)) and "World" not in article.text

def test_everything_boilerplate_keeps_the_original() -> None:
    article = clean("Share this article\n\nADVERTISEMENT")
    assert article.text == "Share this article\n\nADVERTISEMENT"


def test_text_without_blank_lines() -> None:
    text = "Library Reopens\nADVERTISEMENT\n" + BODY.replace("\n\n", "\n") + "\nShare this article"
    article = clean(text)
    assert article.title == "Library Reopens"
    assert article.text == BODY.replace("\n\n", "\n")


def test_cjk_text_is_untouched() -> None:
    text = ("市立図書館が改装を終えて再開\n\n"
            "市立図書館は土曜日、十八か月に及ぶ改装工事を終えて再開した。初日には約二千人が訪れた。\n\n"
            "館長は「多くの方に来ていただき、うれしい」と話した。")
    article = clean(text)
    assert article.title == "市立図書館が改装を終えて再開"
    assert article.text == text.split("\n\n", 1)[1]


def test_arabic_text_is_untouched() -> None:
    text = ("أعادت المكتبة العامة فتح أبوابها يوم السبت بعد أعمال تجديد استمرت ثمانية عشر شهرا.\n\n"
            "وقالت أمينة المكتبة إن نحو ألفي شخص زاروا المكتبة في اليوم الأول.")
    article = clean(text)
    assert article.text == text


PASTED_PAGE = """Skip to main content
Menu
Search
SCIENCE
Glacier Survey Finds Faster Melt on Northern Slopes
By Ines Duarte and Noor Haddad
Updated: 10:32 AM EST, Tue March 4, 2025
Published March 3, 2025
Listen to this article
Facebook Twitter Email
TROMSVIK (Polar Desk) — Glaciers on the northern slopes of the Varden range lost ice \
twice as fast last summer as in any year since records began, a survey found.
Getty Images
The team measured 41 glaciers by drone and compared them with aerial photos from 1968.
A researcher plants a stake on the Varden glacier in August. (Ola Nygaard/Polar Desk)
Updated guidance for hikers was issued by the park service on Friday.
Related: Why small glaciers vanish first
Most Read
© 2025 Polar Desk Media
Back to top"""


def test_realistic_pasted_page() -> None:
    article = clean(PASTED_PAGE.replace("\\\n", ""))
    assert article.title == "Glacier Survey Finds Faster Melt on Northern Slopes"
    assert article.author == "Ines Duarte and Noor Haddad"
    assert article.source == "Polar Desk"
    assert article.published == "2025-03-03"
    assert article.text == (
        "Glaciers on the northern slopes of the Varden range lost ice twice as fast last summer "
        "as in any year since records began, a survey found.\n"
        "The team measured 41 glaciers by drone and compared them with aerial photos from 1968.\n"
        "Updated guidance for hikers was issued by the park service on Friday."
    )


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Published 4 March 2025", "2025-03-04"),
        ("Tuesday, 4 March 2025 10:32 GMT", "2025-03-04"),
        ("2025-03-04", "2025-03-04"),
        ("Updated Mar. 4, 2025 at 9:15 a.m.", "2025-03-04"),
        ("Publié le 4 mars 2025", "2025-03-04"),
        ("Publié le 12 novembre 2025 à 10h30", "2025-11-12"),
        ("Veröffentlicht am 12. März 2025 um 10:32 Uhr", "2025-03-12"),
        ("Publicado el 12 de noviembre de 2025", "2025-11-12"),
        ("Опубликовано 14 марта 2025, 10:32", "2025-03-14"),
        ("2025年3月14日 10時00分", "2025-03-14"),
        ("公開 2025/03/14 10:00", "2025-03-14"),
        ("2025년 3월 14일", "2025-03-14"),
        ("Posted 3 hours ago", None),
        # The time run into the year, as a browser copies two spans (Slate).
        ("Nov 15, 20245:45 AM", "2024-11-15"),
    ],
)
def test_date_lines_at_the_top(line: str, iso: str | None) -> None:
    article = clean(f"{line}\n\n{BODY}")
    assert article.published == iso
    assert article.text == BODY


def test_known_publication_date_is_kept() -> None:
    article = clean(f"March 9, 2025\n\n{BODY}", published="2025-03-08")
    assert article.published == "2025-03-08"


def test_sentence_with_a_date_is_not_a_date_line() -> None:
    text = f"The library reopened on March 4, 2025.\n\n{BODY}"
    article = clean(text)
    assert article.published is None
    assert article.text == text


def test_other_fields_are_kept() -> None:
    original = Article(text=BODY, file_name="library.txt", format="text", published="2025-05-03")
    article = clean_article(original).article
    assert (article.file_name, article.format, article.published) == (
        "library.txt", "text", "2025-05-03")


LINES = st.sampled_from([
    "", "ADVERTISEMENT", "WORLD NEWS", "By Ada Brennan", "Library Reopens With Rooftop Garden",
    "LAKESIDE (Northgate Press) -- The library reopened on Saturday after a long renovation.",
    "Readers queue outside. (Tomas Berg/Lakeside Herald)", "Share this article", "© 2025 Herald",
    "About 2,000 people visited on the first day, more than twice the usual number.",
    "市立図書館は土曜日に再開した。", "Read more: Branch hours",
]) | st.text(max_size=80).map(lambda text: text.replace("\n", " "))


@settings(max_examples=300, deadline=None)
@given(st.lists(LINES, max_size=12))
def test_cleaning_only_removes_lines_or_line_openings(lines: list[str]) -> None:
    text = "\n".join(lines)
    article = clean(text)
    originals = [line.strip() for line in text.split("\n")]
    # A word broken at a line's end with a hyphen is joined with its end on the next line
    # kept (a notice between them left out), without the hyphen ("har-" / "bour") or with it,
    # when the line breaks a compound at its hyphen ("Anglo-" / "American").
    joined = [join for n, a in enumerate(originals) if a.endswith("-")
              for b in originals[n + 1:] for join in (a[:-1] + b, a + b)]
    for line in article.text.split("\n"):
        # Every remaining line is an input line, or its end after a lifted dateline.
        assert any(original.endswith(line.strip()) for original in originals + joined)
    assert article.text.strip() or not text.strip()


def assert_exact(text_map: TextMap, source: str, clean_text: str) -> None:
    """Assert that ``text_map`` is an exact map of ``clean_text`` in ``source``."""
    assert text_map.source_length == len(source)
    assert text_map.clean_length == len(clean_text)
    position = clean_position = 0
    for start, end, at in text_map.segments:
        assert position <= start < end <= len(source)  # ordered, disjoint, never empty
        assert at == clean_position  # cleaning only removes: the kept pieces cover the text
        assert source[start:end] == clean_text[at : at + end - start]
        position, clean_position = end, at + end - start
    kept = sum(end - start for start, end, _ in text_map.segments)
    assert kept + sum(end - start for start, end in text_map.removed) == len(source)


def test_map_lists_removed_lines_and_the_lifted_dateline() -> None:
    source = (
        "Library Reopens With Rooftop Garden\n\nADVERTISEMENT\n\nBy Ada Brennan\n\n"
        "  LAKESIDE (Northgate Press) -- The library reopened on Saturday.  \n\n"
        "Readers queue outside. (Tomas Berg/Lakeside Herald)\n"
        f"\n\n\n\n{BODY}\n\nShare this article\n"
    )
    article, text_map = clean_article(Article(text=source))
    assert article.text == f"The library reopened on Saturday.\n\n{BODY}"
    assert_exact(text_map, source, article.text)
    assert [source[a:b] for a, b in text_map.removed] == [
        "Library Reopens With Rooftop Garden\n\nADVERTISEMENT\n\nBy Ada Brennan\n\n"
        "  LAKESIDE (Northgate Press) -- ",
        "  ",  # the spaces ending the dateline's line
        "Readers queue outside. (Tomas Berg/Lakeside Herald)\n\n\n\n\n",
        "\n\nShare this article\n",
    ]
    # Both ways: the first sentence of the body sits where the editor shows it.
    where = source.index("The Lakeside")
    assert text_map.to_source(article.text.index("The Lakeside")) == where
    assert text_map.to_clean(where) == article.text.index("The Lakeside")
    assert text_map.to_clean(source.index("ADVERTISEMENT")) is None


def test_map_of_a_text_kept_whole_is_the_identity() -> None:
    article, text_map = clean_article(Article(text=BODY))
    assert article.text == BODY and text_map.is_identity() and text_map.removed == ()
    everything = "ADVERTISEMENT\n\nShare this article"
    article, text_map = clean_article(Article(text=everything))
    assert article.text == everything and text_map == TextMap.identity(len(everything))


PADDED = st.tuples(st.sampled_from(["", " ", "  ", "\t"]), LINES, st.sampled_from(["", " "]))


@settings(max_examples=300, deadline=None)
@given(st.lists(PADDED.map("".join), max_size=14))
def test_cleaning_map_is_exact(lines: list[str]) -> None:
    text = "\n".join(lines)
    article, text_map = clean_article(Article(text=text))
    assert_exact(text_map, text, article.text)


def test_a_caption_above_a_credit_naming_photographer_paper_and_agency_is_dropped() -> None:
    body = [
        "Voters in the coastal province of Marenia chose a new governor on Tuesday, ending "
        "two decades of rule by the same party.",
        "Turnout was the highest in thirty years, the electoral commission said on Thursday.",
    ]
    caption = ("Supporters of Lidia Sorn wave flags outside the harbour office.\n"
               "Sorn promised to rebuild the delta's levees within four years.\n"
               "Ana Ruiz/Marenia Herald/Getty Images")
    text = "\n\n".join([body[0], caption, body[1]])
    assert clean_article(Article(text=text)).article.text == "\n\n".join(body)


def test_a_long_agency_caption_closing_with_its_credit_in_brackets_is_dropped() -> None:
    body = [
        "Voters in the coastal province of Marenia chose a new governor on Tuesday, ending "
        "two decades of rule by the same party.",
        "Turnout was the highest in thirty years, the electoral commission said on Thursday.",
    ]
    caption = (
        "PORTO CALME, MARENIA - MARCH 12: Lidia Sorn, a former harbour engineer, greets\n"
        "supporters outside the provincial assembly after the count on March 12, 2024 in\n"
        "Porto Calme, Marenia. Sorn ended two decades of rule by the same party after a\n"
        "campaign about housing costs and the floods that have hit the river delta in each\n"
        "of the last three winters. (Photo by Ana Ruiz/Getty Images)")
    text = "\n\n".join([body[0], caption, body[1]])
    assert clean_article(Article(text=text)).article.text == "\n\n".join(body)
    # A bracket closing a paragraph of prose that names no picture stays.
    kept = [body[0], "Sorn thanked the delta towns (and their mayors) for their patience.\n"
            "The count took two days (a record)", body[1]]
    assert clean_article(Article(text="\n\n".join(kept))).article.text == "\n\n".join(kept)


def test_a_caption_closing_with_an_agencys_and_photographers_names_is_dropped() -> None:
    # Infobae in a browser's copy: each paragraph a line, the caption among them, its credit
    # "(REUTERS/Denis Balibouse)" closing it; only the caption goes, not the line above it.
    from page_parts import STORY

    body = STORY
    caption = ("The new governor of the province greets her supporters on the quay of Porto "
               "Calme after the count (REUTERS/Ana Ruiz)")
    text = "\n\n".join([body[0], body[1] + "\n" + caption, *body[2:]])
    assert clean_article(Article(text=text)).article.text == "\n\n".join(body)
    text = "\n\n".join([body[0], caption, *body[1:]])
    assert clean_article(Article(text=text)).article.text == "\n\n".join(body)
    # A bracket of names without a slash closing a line is the story's own.
    kept = [body[0], "Turnout rose in both harbour towns of the delta (Porto Calme and Velden)",
            *body[1:]]
    assert clean_article(Article(text="\n\n".join(kept))).article.text == "\n\n".join(kept)


@pytest.mark.parametrize("line", ["Media playback is unsupported on your device",
                                  "Please enable JavaScript to view the comments powered by "
                                  "Disqus.", "Your browser does not support the video tag."])
def test_a_players_or_comment_boxs_notice_is_boilerplate(line: str) -> None:
    from inbrief.core.clean.rules import is_boilerplate

    assert is_boilerplate(line)
    assert not is_boilerplate(line.rstrip(".") + ", the council said in its report on the app.")


@pytest.mark.parametrize("line", ["Back to the front page", "Flag as Offensive", "Report abuse",
                                  "« previous episode | next episode »", "Previous article",
                                  "All Share Services", "More Sharing Services"])
def test_page_buttons_are_boilerplate(line: str) -> None:
    from inbrief.core.clean.rules import is_boilerplate

    assert is_boilerplate(line)
    assert not is_boilerplate("Back to the harbour the boats came at dawn")


def test_a_sites_banner_and_its_button_above_a_selections_headline_are_left_out() -> None:
    from page_parts import STORY

    # USA Today's European edition, copied from its first line: a banner, "Learn More", then
    # the headline with its writers and date.
    headline = "Harbour engineer wins the Marenia governor race"
    text = "\n".join(["Welcome to the Herald European Edition", "Learn More", "", headline,
                      "Ada Brennan and Li Wei, Herald", "Published 7:07 PM EST Mar 12, 2024",
                      *STORY])
    cleaned = clean_article(Article(text=text)).article
    assert cleaned.title == headline
    assert cleaned.published == "2024-03-12"
    assert "Welcome" not in cleaned.text and "Learn More" not in cleaned.text
    # A headline, a share button and a standfirst above the byline: the headline stays.
    text = "\n\n".join([headline, "Share", "The delta towns voted for a new kind of governor",
                        "By Ada Brennan", *STORY])
    assert clean_article(Article(text=text)).article.title == headline


def test_a_byline_with_the_date_run_into_the_last_name_names_every_writer() -> None:
    # New York Post copied from a browser: "By Lia Eustachewich and Yaron SteinbuchNovember 19,
    # 2019 | 4:20am | ..." gave the first writer alone.
    from page_parts import FOOTER, MENU, STORY

    head = ("Marenia Elects Harbour Engineer as Governor in Upset\n"
            "By Ada Brennan and Li WeiMarch 12, 2024 | 4:20am | Updated March 12, 2024 | 9:32pm")
    text = "\n\n".join([MENU, head, *STORY, FOOTER])
    cleaned = clean_article(Article(text=text)).article
    assert cleaned.author == "Ada Brennan and Li Wei"
    assert cleaned.published == "2024-03-12"
    from inbrief.core.clean.date_lines import month_apart

    assert month_apart("Li WeiMarch 12, 2024") == "Li Wei March 12, 2024"
    assert month_apart("Marchetti 12 times") == "Marchetti 12 times"  # no month run in


def test_a_breadcrumb_under_the_headline_is_left_out_of_the_body() -> None:
    # Pensador copied from a browser: "Mensagens » Mensagens de Autoestima » Só quem se Ama…"
    # opened the body and was picked for the summary.
    from page_parts import FOOTER, MENU, STORY

    crumbs = "News » Provinces » Marenia Elects Harbour Engineer…"
    head = "\n".join(["Marenia Elects Harbour Engineer as Governor in Upset", crumbs])
    cleaned = clean_article(Article(text="\n\n".join([MENU, head, *STORY, FOOTER]))).article
    assert crumbs not in cleaned.text
    assert cleaned.text.startswith(STORY[0])
    # Two parts are no breadcrumb ("Opinion » Ada Brennan", a column and its author).
    from inbrief.core.clean import _CRUMBS

    assert _CRUMBS.match(crumbs)
    assert not _CRUMBS.match("Opinion » Ada Brennan")
    assert not _CRUMBS.match("Turnout rose > 5% in the delta > 3% in the capital, officials "
                             "said on Thursday after the count > was over in every district")


def test_breadcrumbs_glued_to_the_headline_above_it_are_no_title() -> None:
    # A blog copied from Chromium: the trail's links with no space between them, the last the
    # headline, over the headline itself ("HomeLatest NewsNollywood Actress, ..." was the
    # title).
    from page_parts import STORY

    headline = "Marenia Elects Harbour Engineer as Governor in Upset"
    text = "\n".join([f"HomeLatest News{headline}", headline, "March 12, 2024", *STORY])
    cleaned = clean_article(Article(text=text)).article
    assert cleaned.title == headline
    assert cleaned.text.startswith(STORY[0])
    # With a space before it, the line above is a label and its own headline: the title then.
    text = "\n".join([f"Upset: {headline}", headline, "March 12, 2024", *STORY])
    assert clean_article(Article(text=text)).article.title == f"Upset: {headline}"


def test_the_headline_said_again_over_the_body_is_no_paragraph() -> None:
    # Medium as w3m shows it: the headline in the share drawer (taken for the title), its
    # buttons, then the article's kicker and own headline over its body, kept as the body's
    # first paragraph.
    from page_parts import FOOTER, MENU, STORY

    headline = "Marenia Elects Harbour Engineer as Governor in Upset"
    text = "\n\n".join([MENU, "Next story", headline, "• Share on Twitter", "• Share by email",
                         "[1]", "Words need defenders.", headline, *STORY, FOOTER])
    cleaned = clean_article(Article(text=text)).article
    assert cleaned.title == headline
    assert headline not in cleaned.text
    assert cleaned.text.endswith("\n\n".join(STORY))


def test_a_pictures_file_name_run_into_the_first_paragraph_is_cut_off() -> None:
    # TMZ copied from a browser: the picture's alternative text, its file name, ran into the
    # paragraph below it ("0225-lupita-nyongo-getty-01Lupita Nyong'o's now-famous ...").
    from page_parts import FOOTER, MENU, STORY

    headline = "Marenia Elects Harbour Engineer as Governor in Upset"
    slug = "0312-lidia-sorn-getty-01"
    text = "\n\n".join([MENU, headline, f"{slug}{STORY[0]}", *STORY[1:], FOOTER])
    cleaned = clean_article(Article(text=text))
    assert cleaned.article.text == "\n\n".join(STORY)
    # Its offsets still point at the pasted text: the paragraph starts past the file name.
    start = cleaned.text_map.to_source(0)
    assert start is not None and text[start:].startswith(STORY[0])
    # A hyphenated phrase opening a sentence is no file name.
    prose = "state-of-the-art Levees held on Tuesday, the harbour office said in a statement."
    kept = clean_article(Article(text="\n\n".join([MENU, headline, prose, *STORY, FOOTER])))
    assert kept.article.text.startswith(prose)


def test_a_caption_under_the_date_line_above_its_credit_is_left_out() -> None:
    # Slate copied from a browser: the date, the picture's two captions and its credit in one
    # paragraph; the date and captions made more than a caption's words together.
    from page_parts import FOOTER, MENU, STORY

    head = "\n".join(["Marenia Elects Harbour Engineer as Governor in Upset", "By Ada Brennan"])
    picture = "\n".join([
        "Nov 15, 20245:45 AM",
        "Lidia Sorn, imposed on an illustration with a levee, a harbour crane, a ferry at the "
        "ramp, a skull goblet, a hand holding a lightning bolt, a blue sky with clouds, and "
        "text saying \"delta first.\"",
        "Lidia Sorn in 1987.",
        "Photo illustration by Meridian. Photo by Ana Ruiz."])
    cleaned = clean_article(Article(text="\n\n".join([MENU, head, picture, *STORY, FOOTER])))
    assert cleaned.article.published == "2024-11-15"
    assert "illustration" not in cleaned.article.text and "in 1987" not in cleaned.article.text
    assert cleaned.article.text.startswith(STORY[0])


@pytest.mark.parametrize(("line", "author"), [
    # Yahoo's byline run on with the source and the time after a bar; names in capitals
    # joined by "and" in lower case.
    ("By LIDIA MAROW and ADA BRENNAN - Meridian Technology Writers | Meridian – 1 hr 4 mins "
     "ago", "Lidia Marow and Ada Brennan"),
    ("By LIDIA MAROW, Executive Editor | Friday June 7, 2013 @ 6:43pm EDT", "Lidia Marow"),
    # A site's name first, the bar and a long date line: no byline.
    ("Meridian Daily | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par", ""),
])
def test_a_byline_run_on_with_the_source_after_a_bar_names_the_author(line: str,
                                                                       author: str) -> None:
    article = _under_headline(line)
    assert article.title == HEADLINE
    assert article.author == author
