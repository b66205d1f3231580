"""Text copied out of a PDF reader (a paper's pages, lines as laid out in two columns, no
blank line between paragraphs, a figure's labels among them): every paragraph is kept."""

from __future__ import annotations

import textwrap

from test_block_kinds import COLUMN_PARAGRAPHS, WIDE_HEAD, column

from inbrief.core.article import Article
from inbrief.core.clean import clean_article
from inbrief.core.clean.pdf_copy import affiliation_notes, paper_title

MORE_PARAGRAPHS = [
    "Each gauge was checked against the benchmark on the harbour wall once a year, and the "
    "readings of the years in which a gauge drifted by more than two centimetres are left "
    "out of the series we use below.",
    "The levees themselves were built in four campaigns. The first closed the estuary's "
    "mouth with a gate, the second and third raised the banks of the river as far as the "
    "old bridge, and the fourth, after the storm, doubled the height of the sea wall.",
    "Where the sea rose fastest, the levees came late: the gauges at the river's mouth "
    "show the steepest rise, and their levee was the last of the four to be finished, "
    "while the ports with the most trade had theirs first.",
    "We conclude that the order of the works followed the ports' trade more than the sea, "
    "and that the accounts of the harbour authority say as much in their own words.",
]
FIGURE = ["Gauge", "North", "Levee", "1950", "1970", "1990", "2010", "Sea level (cm)",
          "Year"]


def _paper() -> str:
    body = [*column(COLUMN_PARAGRAPHS[0]), *column(MORE_PARAGRAPHS[0]), "",
            *FIGURE, "",
            "Figure 1. The level of the sea at the northern gauge and the dates of the",
            "four levee campaigns.", "",
            *column(MORE_PARAGRAPHS[1]), "", "2", "",
            *column(COLUMN_PARAGRAPHS[1]), *column(MORE_PARAGRAPHS[2]),
            "", "2.", "", "Conclusions", "", *column(MORE_PARAGRAPHS[3])]
    return "\n".join([*WIDE_HEAD, "", "1.", "", "Introduction", "", *body])


def test_a_papers_paragraphs_copied_from_a_pdf_reader_are_all_kept() -> None:
    cleaned = clean_article(Article(text=_paper(), format="text")).article
    text = " ".join(cleaned.text.split())
    for paragraph in COLUMN_PARAGRAPHS + MORE_PARAGRAPHS:
        assert paragraph in text, paragraph[:40]
    assert "Sea level (cm)" not in text and "Gauge North" not in text  # a figure's labels
    assert "Conclusions" in text  # a heading


def test_a_papers_title_is_its_title_not_the_journals_line_over_it() -> None:
    head = ["HARBOUR ENGINEERING LETTERS, VOL. 12, NO. 3, MARCH 2024", "", "1", "",
            "Tide Gauges and the Order of the Levee Works on the",
            "Northern Coast of Marenia",
            "Ana Ruiz, Member, IEEE, Ada Brennan, and Tomas Vel, Fellow, IEEE", "",
            "Abstract—We study how the level of the sea changed while the levees were built."]
    assert paper_title([*head, *column(COLUMN_PARAGRAPHS[0])]) == (4, 5)
    cleaned = clean_article(Article(text="\n".join([*head, *column(COLUMN_PARAGRAPHS[0])]),
                                    format="text")).article
    assert cleaned.title == ("Tide Gauges and the Order of the Levee Works on the Northern "
                             "Coast of Marenia")
    assert "Northern Coast of Marenia\n" not in cleaned.text


def test_a_papers_title_over_its_authors_and_their_institutions() -> None:
    head = ["Trace Records of Eleven Tide Gauges: A Century of the", "Northern Coast",
            "Ana Ruiz∗ , Ada Brennan∗ , Tomas Vel†", "University of the North∗",
            "{ruiz,brennan}@north.example.edu", "Harbour Authority of Marenia†", "",
            "Abstract", *column(COLUMN_PARAGRAPHS[0])]
    assert paper_title(head) == (0, 1)
    cleaned = clean_article(Article(text=_paper(), format="text")).article
    assert cleaned.title == WIDE_HEAD[0]


def test_a_web_pages_summary_under_a_menu_is_no_papers_head() -> None:
    # No authors' institution or address between the lines above and the summary.
    page = ["Toggle menu", "Annual report", "Our year in 2024", "", "Summary",
            *COLUMN_PARAGRAPHS]
    assert paper_title(page) is None
    # Nor is a news story with its byline: it has no abstract.
    story = ["Levee works to start on the northern coast", "By Ana Ruiz, March 12, 2024",
             "", *COLUMN_PARAGRAPHS]
    assert paper_title(story) is None


def _printed_page() -> str:
    """Return an article printed by a browser and copied out of a PDF reader: the day it was
    printed and the page's title heading each page, its address and the page's number at
    each page's foot, the headline wrapped over two lines, the body in two columns."""
    body = [line for paragraph in COLUMN_PARAGRAPHS + MORE_PARAGRAPHS
            for line in column(paragraph)] * 2
    pages, size = [], 18
    chunks = [body[at:at + size] for at in range(0, len(body), size)]
    for number, chunk in enumerate(chunks, 1):
        # (A browser cuts a long title short in the head it prints.)
        head = ["12/5/26, 10:24 AM", "", "Levee works to start on the northern coast before "
                "the storm season, the council says - Mar…", ""]
        if number == 1:
            head += ["Levee works to start on the northern coast before the",
                     "storm season, the council says"]
        pages.append("\n".join([*head, *chunk, "", "file:///home/ana/levees.html", "",
                                f"{number}/{len(chunks)}", ""]))
    return "\n".join(pages)


def test_a_printed_pages_headline_and_no_print_heads() -> None:
    cleaned = clean_article(Article(text=_printed_page(), format="text")).article
    assert cleaned.title == ("Levee works to start on the northern coast before the storm "
                             "season, the council says")
    assert "10:24 AM" not in cleaned.text and "file:///" not in cleaned.text
    assert "\n2/" not in f"\n{cleaned.text}"
    assert cleaned.published is None  # the day it was printed is no publication date
    text = " ".join(cleaned.text.split())
    for paragraph in COLUMN_PARAGRAPHS + MORE_PARAGRAPHS:
        assert paragraph in text, paragraph[:40]


def test_the_journals_line_and_page_number_over_a_papers_title_are_left_out() -> None:
    head = ["HARBOUR ENGINEERING LETTERS, VOL. 12, NO. 3, MARCH 2024", "", "1", "",
            "Tide Gauges and the Order of the Levee Works",
            "Ana Ruiz, Member, IEEE, Ada Brennan, and Tomas Vel, Fellow, IEEE", "",
            "Abstract—We study how the level of the sea changed while the levees were built."]
    cleaned = clean_article(Article(text="\n".join([*head, *column(COLUMN_PARAGRAPHS[0])]),
                                    format="text")).article
    assert not cleaned.text.startswith(("HARBOUR", "1")), cleaned.text[:40]


def test_a_papers_list_of_references_is_left_out() -> None:
    references = ["References", "[1] A. Ruiz, Tide gauges of the northern coast. Port Sorn,",
                  "2011.", "[2] T. Vel and A. Brennan, The levee campaigns, 1950-2020. Harbour",
                  "Engineering Letters 12(3), 2024."]
    appendix = ["Appendix A", "The gauges' readings, year by year, are in the tables below."]
    copy = "\n".join([_paper(), "", *references, "", *appendix])
    cleaned = clean_article(Article(text=copy, format="text"))
    assert "Tide gauges of the northern coast. Port Sorn" not in cleaned.article.text
    assert "The levee campaigns, 1950-2020" not in cleaned.article.text
    assert "year by year, are in the tables below" in cleaned.article.text
    assert "references" in {removed.kind for removed in cleaned.removed}
    assert MORE_PARAGRAPHS[-1] in " ".join(cleaned.article.text.split())


def test_a_papers_authors_are_its_byline_and_its_index_terms_no_prose() -> None:
    head = ["Trace Records of Eleven Tide Gauges", "Ana Ruiz∗+ , Ada Brennan∗ , Tomas Vel†",
            "University of the North∗", "{ruiz,brennan}@north.example.edu", "",
            "Abstract", *column(COLUMN_PARAGRAPHS[0]),
            "Keywords tide gauges, levees, harbour dues, northern", "coast, Marenia", "",
            *column(COLUMN_PARAGRAPHS[1])]
    cleaned = clean_article(Article(text="\n".join(head), format="text")).article
    assert cleaned.author == "Ana Ruiz et al."
    assert "University of the North" not in cleaned.text and "@" not in cleaned.text
    assert "Keywords" not in cleaned.text and "coast, Marenia" not in cleaned.text
    assert COLUMN_PARAGRAPHS[1] in " ".join(cleaned.text.split())
    two = [head[0], "Ana Ruiz, Member, IEEE, and Ada Brennan, Fellow, IEEE", "",
           "Abstract—We study the levees.", *column(COLUMN_PARAGRAPHS[0])]
    assert clean_article(Article(text="\n".join(two), format="text")
                         ).article.author == "Ana Ruiz and Ada Brennan"


def test_a_figures_garbled_text_is_left_out() -> None:
    lines = _paper().split("\n")
    at = lines.index("Gauge")
    lines[at:at] = ["=<6>?J+B:F>*:</+>?7-<#0(1923#", "%#&'()*+,\""]
    cleaned = clean_article(Article(text="\n".join(lines), format="text")).article
    assert "1923" not in cleaned.text and "%#&" not in cleaned.text


def test_a_headline_wrapped_in_firefoxs_copy_is_joined() -> None:
    # pdf.js's copy: no blank line anywhere, the headline wrapped over two lines.
    body = [line for paragraph in COLUMN_PARAGRAPHS + MORE_PARAGRAPHS
            for line in column(paragraph)]
    copy = "\n".join(["Levee Works to Start on the Northern Coast Before",
                      "the Storm Season, Council Says", *body])
    cleaned = clean_article(Article(text=copy, format="text")).article
    assert cleaned.title == ("Levee Works to Start on the Northern Coast Before the Storm "
                             "Season, Council Says")
    assert cleaned.text.startswith("Tide gauges")


def test_the_day_a_one_page_print_was_made_is_no_publication_date() -> None:
    body = [line for paragraph in COLUMN_PARAGRAPHS + MORE_PARAGRAPHS
            for line in column(paragraph)]
    copy = "\n".join(["12/5/26, 10:24 AM", "", "Levee works to start on the northern coast",
                      "", *body])
    cleaned = clean_article(Article(text=copy, format="text")).article
    assert cleaned.published is None
    assert cleaned.title == "Levee works to start on the northern coast"
    assert "10:24" not in cleaned.text


def test_a_line_opening_with_a_hash_sign_is_no_page_number() -> None:
    # "# Install the package" (a script's comment, a heading not read as Markdown) once had
    # running_lines look for the page number it took the "#" for: an IndexError, no brief.
    lines = ["# Install the package first"] + [
        f"Step {n} of the guide says what to type and what the screen shows then." for n in
        range(40)]
    cleaned = clean_article(Article(text="\n".join(lines))).article
    assert all(line in cleaned.text for line in lines[1:])


def test_a_printed_page_in_one_column_is_no_web_page() -> None:
    # An interview printed by a browser (its stamp, address and "3/5" on each page) in one
    # wide column: the names and handles on lines of their own are the article's, not a
    # web page's menus around it.
    people = ["Ada Brennan", "Tomas Vel", "Lidia Sorn", "Ana Ruiz", "Ray Holt", "Mira Kovac"]
    answer = ("I always liked to cook for friends, and the page began as a notebook of what we "
              "ate on long weekends by the harbour; now thousands of readers try the recipes "
              "each week.")
    body = textwrap.wrap("Our heroes know taste and how food looks. Thousands follow their "
                         "accounts, and they reward them with recipes and bright photographs.",
                         82)
    for name in people:
        body += [name, f"Account: @{name.split()[0].lower()}cooks",
                 "What made you start a page about food?", *textwrap.wrap("— " + answer, 82),
                 f"Vote for {name.split()[0]} on the last page!"]
    title = "The most popular food bloggers of the year: a list"
    chunks = [body[at:at + 16] for at in range(0, len(body), 16)]
    pages = [[*(["12/5/26, 10:22 AM", "", title, ""]), *([title] if number == 1 else []),
              *chunk, "file:///home/ana/bloggers.html", "", f"{number}/{len(chunks)}", ""]
             for number, chunk in enumerate(chunks, 1)]
    cleaned = clean_article(Article(text="\n".join(line for page in pages for line in page),
                                    format="text")).article
    text = " ".join(cleaned.text.split())
    assert all(f"{name} Account: @" in text for name in people)
    assert text.count(answer) == len(people)
    assert "10:22 AM" not in text and "file:///" not in text


def test_a_printed_page_copied_from_firefoxs_viewer_loses_its_heads_and_feet() -> None:
    # pdf.js runs each printed page's head (the day and time, the title) and foot (the
    # address, "2/3") onto a line each, after the page's text, no blank lines anywhere.
    title = "Levee works to start on the northern coast before the storm season"
    body = [line for paragraph in COLUMN_PARAGRAPHS + ["THE SOUTH WAITS"] + MORE_PARAGRAPHS
            for line in textwrap.wrap(paragraph, 88)]
    chunks = [body[at:at + 12] for at in range(0, len(body), 12)]
    pages = [[*([title] if number == 1 else []), *chunk, f"12/5/26, 11:13 AM {title}",
              f"file:///home/ana/levees.html {number}/{len(chunks)}"]
             for number, chunk in enumerate(chunks, 1)]
    assert len(chunks) >= 2
    cleaned = clean_article(Article(text="\n".join(line for page in pages for line in page),
                                    format="text")).article
    assert cleaned.title == title
    assert "11:13 AM" not in cleaned.text and "file:///" not in cleaned.text
    assert "THE SOUTH WAITS" in cleaned.text  # a sub-heading in capitals, no section label
    text = " ".join(cleaned.text.split())
    for paragraph in COLUMN_PARAGRAPHS + MORE_PARAGRAPHS:
        assert paragraph in text, paragraph[:40]


def test_a_papers_note_on_where_its_authors_work_is_left_out() -> None:
    note = ["A. Ruiz and T. Vel are with the Department of Coastal Engineering, University",
            "of Port Sorn, Harbour Road 12, 4410 Port Sorn, Marenia. E-mail {ana.ruiz,",
            "tomas.vel}@sorn.example"]
    copy = _paper().replace("\n2\n", "\n" + "\n".join(note) + "\n2\n", 1)
    assert note[0] in copy
    cleaned = clean_article(Article(text=copy, format="text")).article
    assert "are with the" not in cleaned.text and "sorn.example" not in cleaned.text
    text = " ".join(cleaned.text.split())
    for paragraph in COLUMN_PARAGRAPHS + MORE_PARAGRAPHS:
        assert paragraph in text, paragraph[:40]
    # A sentence of the body saying so is no note: no e-mail follows it.
    assert affiliation_notes(["A. Ruiz is with the team that built the northern levee.",
                              "The work took four years."]) == set()
