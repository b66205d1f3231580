"""Text copied out of a PDF reader (a paper's pages, lines as laid out in two columns, no
blank line between paragraphs, a figure's labels among them): every paragraph is kept."""

from __future__ import annotations

from test_block_kinds import COLUMN_PARAGRAPHS, WIDE_HEAD, column

from inbrief.core.article import Article
from inbrief.core.clean import clean_article

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
