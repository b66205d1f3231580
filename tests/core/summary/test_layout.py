"""Tests for the layout signals of the summary: the main run of prose, repeats, title echoes."""

from __future__ import annotations

import pytest

from inbrief.core.language import make_language
from inbrief.core.summary import RankInput, layout, paragraph_starts, rank_sentences
from inbrief.core.text import split_sentences

ENGLISH = make_language("en", 1.0, "chosen")
TITLE = "Harbour town votes to rebuild its lighthouse"

# An invented story: six paragraphs of prose.
STORY = "\n\n".join((
    "Kestrel Bay voted on Monday to rebuild the lighthouse that storms destroyed last winter, "
    "ending months of argument about the cost and the design of the new tower.",
    "The council approved four million pounds for the work, most of it from the coastal fund. "
    "Harbour master Ines Calloway said fishing boats had missed the light every night since "
    "January and that two of them had run aground on the reef.",
    "Some residents wanted a modern beacon on a steel mast instead of a stone tower. They said "
    "the money would be better spent on the sea wall, which also cracked in the storms.",
    "The council rejected the mast after the coastguard warned that its light would be hard to "
    "see in fog. Engineers will reuse the granite blocks that survived the collapse.",
    "Work is due to start in April and to finish before the autumn gales. The old keeper's "
    "cottage will become a small museum about the wrecks along this stretch of coast.",
    "Calloway said the town had waited long enough. The first boats should see the new light "
    "before the end of next year, she added.",
))


def _summary(text: str, count: int = 5, title: str = TITLE) -> list[str]:
    spans = split_sentences(text, "en")
    source = RankInput(text, spans, ENGLISH, title, paragraph_starts(text, spans))
    ranks = rank_sentences(source, "auto").ranks
    return [text[a:b] for (a, b), rank in zip(spans, ranks, strict=True) if rank <= count]


def _inside(text: str) -> list[bool]:
    from inbrief.core.summary.quality import ends_sentence

    spans = split_sentences(text, "en")
    ended = [ends_sentence(text[a:b]) for a, b in spans]
    words = [len(text[a:b].split()) for a, b in spans]
    return [bool(x) for x in layout.main_run(text, spans, ended, words)]


def test_a_caption_above_a_list_of_other_stories_is_left_out() -> None:
    caption = ("Ines Calloway, the harbour master, photographed beside the broken lighthouse "
               "with the granite blocks and a fishing boat behind her.")
    page = (f"{caption}\n\nMore from the Coast Desk\n\n"
            " 1. Ferry timetable changes for the summer\n"
            " 2. Seal pups return to the northern beach\n"
            " 3. The best harbour walks this spring\n\n" + STORY)
    summary = _summary(page)
    assert caption not in summary, summary
    assert not _inside(page)[0]


def test_a_clean_article_is_one_run() -> None:
    assert all(_inside(STORY))


def test_a_list_of_points_inside_the_article_stays_in_the_run() -> None:
    paragraphs = STORY.split("\n\n")
    points = (" 1. The tower will be built of the old granite.\n"
              " 2. The light will reach twenty miles out to sea.\n"
              " 3. The cottage will open as a museum.")
    page = "\n\n".join(paragraphs[:3] + [points] + paragraphs[3:])
    assert all(_inside(page))


def test_a_list_of_other_stories_after_a_heading_is_outside_the_run() -> None:
    teasers = (" 1. Ferry timetable changes for the summer Boats will leave\n"
               "    an hour earlier from May.\n"
               " 2. Seal pups return to the northern beach Wardens ask walkers\n"
               "    to keep their dogs on a lead.")
    page = f"{STORY}\n\nMore from the Coast Desk\n\n{teasers}\n"
    inside = _inside(page)
    spans = split_sentences(page, "en")
    first_teaser = next(i for i, (a, _b) in enumerate(spans) if page[a:].startswith("1."))
    assert all(inside[:first_teaser - 1]) and not any(inside[first_teaser - 1:]), inside


def test_a_caption_printed_twice_is_left_out() -> None:
    caption = "The stone lighthouse of Kestrel Bay before the storms, seen from the harbour wall."
    paragraphs = STORY.split("\n\n")
    page = "\n\n".join(paragraphs[:2] + [f"{caption} {caption}"] + paragraphs[2:])
    assert caption not in _summary(page)
    spans = split_sentences(page, "en")
    assert layout.repeated(page, spans) == {
        i for i, (a, b) in enumerate(spans) if page[a:b] == caption}


def test_a_video_label_that_restates_the_title_is_left_out() -> None:
    label = "Video: Harbour town votes to rebuild lighthouse!"
    paragraphs = STORY.split("\n\n")
    page = "\n\n".join(paragraphs[:1] + [label] + paragraphs[1:])
    assert label not in _summary(page)
    assert label not in _summary(page, count=8)


def test_a_lead_sentence_that_shares_the_titles_words_is_no_echo() -> None:
    spans = split_sentences(STORY, "en")
    assert layout.title_echoes(STORY, spans, TITLE, frozenset({"to", "its", "the"})) == set()


def test_an_agency_caption_wrapped_inside_its_date_is_left_out() -> None:
    # A text browser wraps the line after "Nov.", where the splitter ends a sentence.
    caption = ("Ines Calloway speaks to reporters at the harbour in Kestrel Bay, on Tuesday, Nov.\n"
               "   19, 2019.")
    paragraphs = STORY.split("\n\n")
    page = "\n\n".join(paragraphs[:1] + [caption] + paragraphs[1:])
    summary = _summary(page)
    assert not any(sentence in caption for sentence in summary), summary


def test_a_credit_line_marks_the_caption_before_it() -> None:
    caption = ("Fishing boats wait outside the harbour of Kestrel Bay on a stormy night in "
               "January. Photographer: Jane Marlow/Coastal Pictures")
    paragraphs = STORY.split("\n\n")
    page = "\n\n".join(paragraphs[:1] + [caption] + paragraphs[1:])
    summary = _summary(page)
    assert not any(sentence in caption for sentence in summary), summary


def test_teasers_cut_off_with_a_bracketed_ellipsis_are_left_out() -> None:
    teaser = ("The ferry to the northern islands will leave an hour earlier from May, and the "
              "harbour office says the late boat will run on Fridays as well as Saturdays so "
              "that [\u2026]")
    paragraphs = STORY.split("\n\n")
    page = "\n\n".join(paragraphs[:2] + [teaser, "READ THE REST"] + paragraphs[2:])
    spans = split_sentences(page, "en")
    assert {page[a:b] for i, (a, b) in enumerate(spans) if i in layout.teasers(page, spans)} \
        == {teaser}
    assert teaser not in _summary(page)


@pytest.mark.parametrize(
    ("values", "expected"),
    [([5.0, -20.0, 30.0, -1.0, 4.0], (2, 4)), ([-3.0, -1.0, -2.0], (1, 1)), ([1.0], (0, 0))],
)
def test_best_stretch_is_the_highest_sum(values: list[float], expected: tuple[int, int]) -> None:
    assert layout._best_stretch(values) == expected


def test_alt_text_run_into_its_caption_is_a_repeat() -> None:
    # A text browser prints a picture's alt text twice, then its caption, in one block.
    caption = ("Ines Calloway and the coastguard chief in 2019 Ines Calloway and the coastguard "
               "chief in\n   2019\n   Ines Calloway and the coastguard chief in 2019.")
    paragraphs = STORY.split("\n\n")
    page = "\n\n".join(paragraphs[:2] + [caption] + paragraphs[2:])
    spans = split_sentences(page, "en")
    found = {page[a:b] for i, (a, b) in enumerate(spans) if i in layout.repeated(page, spans)}
    assert found == {"Ines Calloway and the coastguard chief in 2019."}
    assert not any(sentence in caption for sentence in _summary(page))


def test_links_run_together_with_bars_are_left_out() -> None:
    links = ("Ferry timetable changes for the summer | Seal pups return to the northern beach | "
             "The best harbour walks this spring | Weather warning for the coast.")
    paragraphs = STORY.split("\n\n")
    page = "\n\n".join(paragraphs[:1] + [links] + paragraphs[1:])
    assert links not in _summary(page)


def test_a_story_about_a_privacy_policy_keeps_its_lead() -> None:
    # Footer words are no noise inside an article about them.
    story = (
        "Northwind Games changed its privacy policy on Monday after regulators found that its "
        "app shared players' locations with advertisers.\n\n" + STORY.split("\n\n", 1)[1]
    )
    assert story.split("\n\n")[0] in _summary(story, 3)


def _wrapped(paragraph: str, width: int, indent: str = "") -> str:
    """Return ``paragraph`` wrapped as a text browser renders it."""
    import textwrap

    return textwrap.fill(paragraph, width, initial_indent=indent, subsequent_indent=indent)


def test_a_caption_run_into_the_next_paragraph_is_a_hard_break() -> None:
    caption = "Ines Calloway at the broken lighthouse on Monday"
    paragraphs = STORY.split("\n\n")
    first = _wrapped(paragraphs[0], 76, "   ")
    page = "\n\n".join([f"   {caption}\n{first}", *(_wrapped(p, 76, "   ")
                                                   for p in paragraphs[1:])])
    spans = split_sentences(page, "en")
    # The splitter parts them already: the caption's line ends short of the width though the
    # next word would have fitted (text._not_wrapped); hard_breaks is left with nothing.
    alone = next(i for i, (a, b) in enumerate(spans) if page[a:b].startswith("Ines"))
    assert page[slice(*spans[alone])] == caption
    assert layout.hard_breaks(page, spans) == set()
    summary = _summary(page)
    assert not any(s.startswith("Ines") for s in summary), summary


def test_lines_wrapped_a_few_columns_short_are_no_hard_break() -> None:
    # A renderer may end a wrapped line a few columns early; only a line that stops well
    # short of the width, before a word that would have fitted, is a join.
    lines = ("   The council approved four million pounds for the work, most of it from",
             "   the coastal fund, and the harbour master said that fishing boats had",
             "   missed the light every night since January.")
    page = "\n".join(lines)
    assert layout.hard_breaks(page, split_sentences(page, "en")) == set()


def test_wide_characters_take_two_columns() -> None:
    assert layout._columns("abc") == 3
    assert layout._columns("灯台を再建") == 10


def test_a_headline_in_title_case_is_left_out() -> None:
    headline = "Seal Pups Return To The Northern Beach After Winter Storms!"
    summary = _summary(f"{headline}\n\n{STORY}", count=3)
    assert headline not in summary, summary


def test_a_sentence_in_title_case_that_ends_with_a_full_stop_is_prose() -> None:
    from inbrief.core.summary.quality import _title_case

    headline, sentence = "Seal Pups Return To The Northern Beach", "Seal pups return to the beach"
    assert _title_case(headline.split())
    assert not _title_case(sentence.split())
    # Names alone do not make a headline: most longer words of a sentence are lower case.
    names = "Ines Calloway met Kestrel Bay council members about the reef"
    assert not _title_case(names.split())


def test_the_rest_of_a_caption_paragraph_is_left_out() -> None:
    caption = ("Ines Calloway, left, walks with engineers along the harbour wall below the "
               "broken lighthouse tower.")
    rest = ("Granite blocks saved from the old lighthouse tower wait on the harbour wall for "
            "the rebuilding work.")
    page = f"{caption} {rest}\n\n{STORY}"
    spans = split_sentences(page, "en")
    assert [page[a:b] for a, b in spans[:2]] == [caption, rest]
    summary = _summary(page, count=2)
    assert caption not in summary and rest not in summary, summary


def test_a_sentence_with_a_picture_file_name_or_a_web_address_is_left_out() -> None:
    pictured = ("Kestrel Bay voted on Monday to rebuild the lighthouse that storms destroyed "
                "last winter [lighthouse-ruins-2041.jpg]")
    linked = "Read the council's plan for the tower at https://example.org/lighthouse-plan now."
    page = STORY.replace(
        "Kestrel Bay voted on Monday to rebuild the lighthouse that storms destroyed last winter, "
        "ending months of argument about the cost and the design of the new tower.",
        f"{pictured}. {linked}")
    summary = _summary(page, count=3)
    assert not any("[lighthouse" in s or "https://" in s for s in summary), summary


def test_editorial_brackets_are_no_picture() -> None:
    from inbrief.core.summary.quality import _EMBEDDED

    assert _EMBEDDED.search("It [the tower] will stand for a century [12], she said.") is None
    assert _EMBEDDED.search("The tower at dusk [IMG_2041.jpg]") is not None


def test_the_rest_of_a_paragraph_of_doubled_captions_is_left_out() -> None:
    captions = ("Boats wait outside the harbour on Tuesday evening. Boats wait outside the "
                "harbour on Tuesday evening.\n"
                "Engineers measure the granite blocks beside the harbour wall on Wednesday.\n"
                "Volunteers clear storm debris from the coast road near the old pier.")
    summary = _summary(f"{captions}\n\n{STORY}", count=1)
    assert not any(s.startswith(("Boats", "Engineers", "Volunteers")) for s in summary), summary


@pytest.mark.parametrize("note", [
    "Posted by the Coast Desk, updated March 14, 2026 at 9:40 AM.",
    "Ines Calloway is a reporter for the Kestrel Bay Gazette.",
    "Marco di Stella is a breaking news reporter for the Kestrel Bay Gazette.",
    "Get breaking harbour news alerts and special reports from our desk.",
    "Join our forums to keep talking about the coast and more!",
])
def test_notes_of_the_page_around_the_article_are_left_out(note: str) -> None:
    summary = _summary(f"{note}\n\n{STORY}", count=2)
    assert note not in summary, summary


@pytest.mark.parametrize("sentence", [
    "The plan was published on March 14 in the council's bulletin.",
    "The council wants boats to get the light back and to follow the marked channel.",
    "Calloway said the keeper was a writer for the local paper before the war.",
])
def test_prose_that_mentions_publishing_or_writers_is_no_page_note(sentence: str) -> None:
    from inbrief.core.summary.quality import _PAGE_NOTE

    assert _PAGE_NOTE.search(sentence) is None


def test_a_caption_that_places_someone_in_brackets_is_a_caption() -> None:
    from inbrief.core.summary.quality import _CAPTION

    assert _CAPTION.search("Ines Calloway (left) with engineers at the harbour wall")
    assert not _CAPTION.search("The tower (left of the pier) will be rebuilt.")


def test_rows_of_a_table_rank_below_the_prose_that_introduces_it() -> None:
    from inbrief.core import ingest, pipeline

    intro = ("Results of the governor's election in each district of Marenia, as the electoral "
             "commission published them on Thursday:")  # a colon: weighed down as unended
    rows = "\n".join(f"{name}    {41 + 3 * n}    {30 + 2 * n}    {12 + n}    {60 + n}%"
                     for n, name in enumerate(("Porto Calme", "Ria Norte", "Ria Sul",
                                               "Velha Ponte", "Alto Mar", "Seixal Novo",
                                               "Brava", "Lagoa Funda")))
    text = f"{intro}\n\nDistrict    Sorn    Vaz    Lima    Turnout\n{rows}\n"
    spans = split_sentences(text, "en")
    found = layout.table_lines(text, spans)
    assert len(found) == 9 and 0 not in found  # the header and eight rows, not the intro
    # A whole page pasted: the table's header ranked first before rows were told from prose.
    menu = "\n".join(f"  • {item}" for item in ("Home", "News", "Sport", "Weather", "Opinion",
                                                  "Podcasts", "Games", "Sign in"))
    page = "\n\n".join((menu, "Marenia Governor's Election: Results by District",
                         "By Ada Brennan", text, "Most read",
                         "  • Port strike enters second week\n  • Rates stay on hold",
                         "© 2026 The Marenia Courier. All rights reserved."))
    brief = pipeline.analyze(ingest.load_text(page))
    assert [s.text for s in brief.summary if s.rank == 1] == [intro]
    # Gaps inside sentences that end as sentences do are no table.
    prose = "The count  took three  days. Officials said    it was fair."
    assert layout.table_lines(prose, split_sentences(prose, "en")) == set()


def test_a_header_and_a_row_ending_with_a_full_stop_are_a_table() -> None:
    # w3m lays a box score out this way; the sentence runs from the header to the first note.
    # w3m spreads the cells over the page's width: the sentence is longer than a row.
    text = ("Pos    Player            Plays    %" + " " * 150 + "Notes\n"
            "DL     Ines Calloway     63       85%    1 tackle (1 combined).\n"
            "DL     Ada Brennan       57       77%    3 tackles (3 combined). 1 sack.\n\n"
            "Calloway played more snaps than anyone on the line.  She said  it was fine.\n")
    spans = split_sentences(text, "en")
    found = layout.table_lines(text, spans)
    # header and first row; second row; "1 sack." after it
    assert "Pos" in text[slice(*spans[min(found)])] and len(found) == 3
    assert all("Calloway played" not in text[slice(*spans[i])] for i in found)
    assert not {i for i, (a, b) in enumerate(spans) if "She said" in text[a:b]} & found


@pytest.mark.parametrize("number", ["Figure 2.", "Fig. 2:", "Table II"])
def test_a_papers_figure_caption_is_left_out(number: str) -> None:
    caption = ("Lighthouse rebuilding costs in Kestrel Bay, the council's four million pounds "
               "and the coastal fund's share of the work on the tower.")
    page = f"{STORY}\n\n{number}\n{caption}\n\n{STORY}"
    summary = _summary(page, count=6)
    assert not any("costs in Kestrel Bay" in sentence for sentence in summary), summary


def test_a_sentence_cut_at_the_page_before_is_left_out() -> None:
    # A copy out of a PDF reader that opens on a page's first line, mid-sentence.
    cut = ("voted on Monday to rebuild the lighthouse that storms destroyed last winter, and "
           "the council approved the money for the tower's granite.")
    summary = _summary(f"{cut}\n\n{STORY}", count=3)
    assert cut not in summary, summary
    # A name written in lower case opens a sentence as it is.
    named = STORY.replace("Some residents wanted", "eBay sellers wanted")
    assert any(s.startswith("eBay sellers") for s in _summary(named, count=6))
