"""Tests for the blocks of a pasted page (clean.block_kinds): where a text browser's wrapped
lines make one paragraph and where a block ends without a blank line."""

from __future__ import annotations

import random
import textwrap

import pytest
from page_parts import FOOTER, MENU, STORY

from inbrief.core.article import Article
from inbrief.core.clean import clean_article
from inbrief.core.clean.block_kinds import MIN_GOING_ON, paragraph_lines, pdf_columns, split_blocks
from inbrief.core.text import wrap_width

MORE = [
    "Engineers from three universities will review the plans for the levees before any "
    "work begins, and their report will be published in full by the end of the summer.",
    "The outgoing governor congratulated Sorn in a short statement and said he would help "
    "with the handover of the provincial offices during the coming weeks.",
]
# Its last line (50 columns) is too wide to tell a paragraph's end by width alone.
LAST = ("The new assembly meets for the first time in April, when it elects a speaker and "
        "agrees on the budget for next year.")


def lynx(paragraph: str) -> str:
    """Return ``paragraph`` as lynx dumps it: wrapped under 76 columns, indented 3 spaces."""
    return textwrap.fill(paragraph, 74, initial_indent="   ", subsequent_indent="   ")


def test_a_wrapped_line_is_joined_even_when_the_next_opens_with_a_capital() -> None:
    text = lynx("The commission counted the last ballots of the provincial election on "
                "Wednesday and handed the results to Sorn.")
    assert len(text.split("\n")) == 2 and text.split("\n")[1].strip()[0].isupper()
    # The width a text was wrapped at is told from its lines: a few paragraphs above.
    lines = "\n\n".join([*(lynx(p) for p in STORY), text]).split("\n")
    assert split_blocks(lines)[-1].text == " ".join(text.split())


def test_a_short_last_line_ends_its_block_without_a_blank_line() -> None:
    paragraph = lynx(LAST)
    lines = "\n\n".join([*(lynx(p) for p in STORY), *(lynx(p) for p in MORE),
                           paragraph]).split("\n")
    lines += ["   Politics", "   Elections", "   Marenia"]
    blocks = split_blocks(lines)
    assert [block.text for block in blocks[-3:]] == ["Politics", "Elections", "Marenia"]
    assert blocks[-4].text == " ".join(paragraph.split())


def test_tags_and_a_teaser_run_into_the_last_paragraph_are_dropped() -> None:
    # lynx leaves no blank line between a paragraph and the list of tags or the teaser that
    # follows it in the page's markup.
    teaser = lynx("Our readers write every week about the ferry timetable, and this week "
                  "the letters came from the islands, where the winter service starts.")
    tail = "\n".join([lynx(LAST), "   Politics", "   Elections", "   Levees", "   Floods"])
    text = "\n\n".join([MENU, "Marenia Elects Harbour Engineer as Governor in Upset",
                        "   By Ana Ruiz, March 12, 2024",
                        *[lynx(p) for p in STORY + MORE], tail,
                        "More from the Marenia Herald", "  + Ferry letters",
                        f"Ferry timetable: the islands write in\n{teaser}", FOOTER])
    article = clean_article(Article(text=text)).article
    assert not any(tag in article.text for tag in ("Politics", "Elections", "Levees", "Floods"))
    assert "ferry" not in article.text.casefold()
    assert all(lynx(p).split("\n")[0].strip() in article.text for p in [*STORY, *MORE, LAST])


# Words of invented prose, a few of them names (a line may open with a capital).
WORDS = ("the ferry to the outer islands runs twice a day in summer and once in winter when "
         "storms close the harbour for days at a time while Sorn and the Marenia council "
         "argue over the cost of a second boat that could carry trucks as well as passengers "
         "from Port Ellis to the quarry towns along the northern coast")


def _prose(count: int, seed: int) -> list[str]:
    """Return ``count`` words of WORDS in an order drawn from ``seed`` (no line repeats)."""
    draw = random.Random(seed)
    words = WORDS.split()
    return [draw.choice(words) for _ in range(count)]


@pytest.mark.parametrize("per_line", [8, 12, 20])
def test_a_long_text_wrapped_at_a_number_of_words_is_not_cut_at_each_short_line(
        per_line: int) -> None:
    # A transcript or a dump: a number of words a line, no blank line. Most of its lines would
    # have had room for the next line's first word: it was not wrapped at a width, and a
    # short line opening with a name is no paragraph's end (cut there, a long text made
    # thousands of blocks and took seconds to clean).
    words = _prose(per_line * 400, seed=7)
    lines = [" ".join(words[i:i + per_line]) for i in range(0, len(words), per_line)]
    width = wrap_width([len(line) for line in lines])
    assert sum(len(line) >= width - 30 and after[0].isupper()
               and len(line) + 1 + len(after.split()[0]) <= width - 3
               for line, after in zip(lines, lines[1:], strict=False)) > 20
    blocks = split_blocks(lines)
    # A block still ends at a line too short to be a wrapped one (30 columns under the width).
    assert all(len(lines[block.last]) < width - 30 for block in blocks[:-1])
    assert " ".join(block.text for block in blocks) == " ".join(words)
    assert clean_article(Article(text="\n".join(lines))).article.text.split() == words


def test_a_long_text_wrapped_at_a_width_still_ends_a_block_at_a_short_line() -> None:
    # Many paragraphs wrapped as lynx does (a long article, enough lines going on in lower
    # case to tell how it was wrapped): a short line still ends its block.
    paragraphs = [lynx(" ".join(_prose(70, seed))) for seed in range(40)]
    assert sum(line.strip()[0].islower() for paragraph in paragraphs
               for line in paragraph.split("\n")[1:]) >= MIN_GOING_ON
    lines = "\n\n".join([*paragraphs, lynx(LAST)]).split("\n")
    lines += ["   Politics", "   Elections", "   Marenia"]
    blocks = split_blocks(lines)
    assert [block.text for block in blocks[-3:]] == ["Politics", "Elections", "Marenia"]
    assert blocks[-4].text == " ".join(LAST.split())
    assert len(blocks) == len(paragraphs) + 4


def test_a_group_of_short_paragraphs_goes_on_past_the_list_they_introduce() -> None:
    from inbrief.core.clean.block_kinds import Block, prose_groups

    texts = [
        "Image: Jonas Weber on Flickr",
        "As everyone watched the harbour vote, the cabinet went on doing what it takes to get "
        "the next loan from the capital.",
        "The cabinet agreed on another round of cuts today. The details come to us from the "
        "finance office:",
        "• Pensions of more than 1,600 crowns a month will be cut by a fifth of what they are",
        "• Payments to state workers who retired before the age of 55 will be reduced",
        "The governor also promised to keep the harbour tax, meant to end next year, until "
        "the end of 2014.",
        "An official sign-off from the lenders is still not official, and there still needs "
        "to be a vote in the assembly.",
        "Follow Ada Brennan on Twitter.",
    ]
    blocks = [Block(i, i, text, text.endswith((".", ":"))) for i, text in enumerate(texts)]
    raw = ["bad", "near-good", "near-good", "short", "short", "near-good", "near-good", "bad"]
    found = prose_groups(blocks, raw, ["bad"] * len(texts))
    # The paragraphs around the list are one group of prose: good; the list items and the
    # furniture around keep their class.
    assert [found[i] for i in (1, 2, 5, 6)] == ["good"] * 4
    assert [found[i] for i in (0, 3, 4, 7)] == ["bad"] * 4


def test_a_paragraph_a_line_is_told_from_a_hard_wrapped_text() -> None:
    one_a_line = "\n\n".join(STORY).split("\n")
    assert paragraph_lines(one_a_line)
    for width in (74, 158):  # lynx's width, and w3m's at 160 columns
        wrapped = "\n\n".join(textwrap.fill(p * 2, width) for p in STORY).split("\n")
        assert not paragraph_lines(wrapped), width
    assert not paragraph_lines(one_a_line[:3])  # too few lines to tell


# A PDF reader's copy of a two-column page: a column's lines (about 60 columns, each as wide
# as its words make it), no blank line between paragraphs, the title and abstract across the
# page (wider lines: the width a text browser would have wrapped at is not the column's).
COLUMN_PARAGRAPHS = [
    "Tide gauges along the northern coast have recorded the level of the sea every hour "
    "since the harbour authority installed them, and their records are the longest the "
    "province holds. We compare the readings of eleven gauges with the dates on which "
    "the levees were raised, and we find that the level rose fastest in the decade "
    "before the first levee was finished.",
    "The second part of the paper turns to the cost of the works. The authority paid for "
    "the levees out of harbour dues until the storm of 1998, when the province took over "
    "the debt and the maintenance of every gate along the estuary.",
]
WIDE_HEAD = [
    "Sea Level and Levee Building on the Northern Coast of Marenia, 1950 to 2020",
    "Ana Ruiz, Department of Coastal Engineering, University of the North, Port Sorn",
    "",
    *textwrap.wrap(
        "Abstract. We study how the level of the sea along the northern coast changed while "
        "the levees were built, from the records of eleven tide gauges and the accounts of "
        "the works kept by the harbour authority, and we ask whether the levees were raised "
        "where the sea rose fastest or where the ports' trade was largest; the records "
        "answer both.", 125),
]


def column(paragraph: str) -> list[str]:
    """Return ``paragraph`` as a PDF reader copies it from a column: lines of 54 to 62
    columns (a proportional font fits more narrow letters on some lines than on others)."""
    return _wrapped(paragraph, [58, 62, 54, 60, 56])


def _wrapped(text: str, widths: list[int]) -> list[str]:
    """Return ``text`` wrapped at ``widths`` in turn, a line each."""
    lines: list[str] = []
    while text:
        piece = textwrap.wrap(text, widths[len(lines) % len(widths)])[0]
        lines.append(piece)
        text = text[len(piece):].strip()
    return lines


def test_a_pdf_columns_wrapped_lines_make_one_paragraph_each() -> None:
    lines = [*WIDE_HEAD, "", *column(COLUMN_PARAGRAPHS[0]), *column(COLUMN_PARAGRAPHS[1])]
    texts = [block.text for block in split_blocks(lines)]
    assert texts[-2:] == COLUMN_PARAGRAPHS
    # A text browser's width (wider than the column) does not tell these lines apart.
    assert wrap_width([len(line) for line in lines if line]) > 70


def test_a_headlines_short_line_below_it_is_no_wrapped_line_of_it() -> None:
    # A browser's copy: a paragraph a line, the headline's byline and date each on its own.
    headline = "Why the harbour will need another levee before 2030"
    lines = [headline, "by Ana Ruiz", "March 12, 2024", "", *COLUMN_PARAGRAPHS]
    texts = [block.text for block in split_blocks(lines)]
    assert texts[:3] == [headline, "by Ana Ruiz", "March 12, 2024"]


def test_lines_of_program_code_are_no_wrapped_column() -> None:
    code = ["from harbour.gauges import TideGauge, read_levels, hourly_means",
            "levels = read_levels(TideGauge('north'), since='1950-01-01')"]
    prose = ["The listing reads the gauge's levels since 1950 and averages them",
             "hour by hour before the levees' dates are laid over them."]
    texts = [block.text for block in split_blocks([*code, "", *prose])]
    assert texts[:2] == code


# A narrow column's lines (about 45 columns): sentences end and names open lines inside a
# paragraph, with no blank line between its paragraphs.
NARROW_COLUMN = [
    "MADRAS HARBOUR — Ana Ruiz kept the levee plans",
    "alive, then the engineers Tomas Vel and the",
    "Brennan brothers finished the survey of the",
    "estuary's mouth before the storm season began.",
    "The survey found the gate too low by a metre,",
    "and the council voted on Monday to raise it.",
    "Work starts in March and will take two years.",
]


def test_a_narrow_columns_run_is_one_paragraph_past_names_and_sentence_ends() -> None:
    lines = [*WIDE_HEAD, "", *NARROW_COLUMN]
    texts = [block.text for block in split_blocks(lines)]
    assert texts[-1] == " ".join(NARROW_COLUMN)



def _page_lines(widths: list[int]) -> list[str]:
    """Return a page of prose wrapped at ``widths`` in turn (one width: a text browser's)."""
    return _wrapped(" ".join(COLUMN_PARAGRAPHS * 4), widths)


def test_a_pdf_pages_wide_lines_are_told_from_a_text_browsers() -> None:
    # A proportional font fits more letters on some lines than on others: some lines had
    # room for the next word by its letters. A text browser's never have.
    assert pdf_columns(_page_lines([88, 96, 84, 92, 86]))
    assert not pdf_columns(_page_lines([92]))
    assert not pdf_columns(["   " + line for line in _page_lines([60, 66, 58])])  # lynx's
