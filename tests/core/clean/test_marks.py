"""Words broken at a line's end with a hyphen, as a PDF reader's copy gives them: put back
together in the analysed text, the source left as pasted."""

from __future__ import annotations

from test_block_kinds import COLUMN_PARAGRAPHS, column

from inbrief.core import pipeline
from inbrief.core.article import Article
from inbrief.core.clean import clean_article
from inbrief.core.clean.marks import line_end_hyphens
from inbrief.core.clean.pdf_copy import running_lines

WRAPPED = """Automated lighthouses have changed the way small ports in the province
manage their approaches. This paper reviews the automa-
tion programme of the port authority between 1994 and 2018
and its effect on staffing, maintenance costs and the safety
of navigation along the coast. Over the following two decades
the authority automated eleven further lights, repla-
cing keepers with remote monitoring from the harbour control
room, and the well-
known keepers' houses became museums."""


def _joined(text: str, broken: bool = True) -> str:
    kept, position = [], 0
    for start, end in line_end_hyphens(text, broken):
        kept.append(text[position:start])
        position = end
    return "".join(kept) + text[position:]


def test_a_word_broken_at_a_lines_end_is_put_back_together() -> None:
    joined = _joined(WRAPPED)
    assert "the automation programme" in joined and "replacing keepers" in joined
    # A compound the text writes with its hyphen elsewhere keeps it; so does one whose
    # second part opens with a capital.
    assert _joined("A well-known tale. The well-\nknown keeper.") == (
        "A well-known tale. The well-known keeper.")
    assert _joined("The Anglo-\nSaxon king.") == "The Anglo-Saxon king."
    # A word broken the same way on each page: its parts are no words of the text.
    assert _joined("the repla-\ncing of keepers; the repla-\ncing of lamps") == (
        "the replacing of keepers; the replacing of lamps")
    # A word's first part standing for two keeps its line break, a space.
    assert _joined("die Hafen-\noder Flughafengebühren") == "die Hafen-\noder Flughafengebühren"
    # A web page's rendering: whether a space followed the hyphen cannot be told.
    assert line_end_hyphens("Gas-\noder Kohlegrill, Staats-\nund Regierungs-", False) == []


def test_a_pdf_readers_copy_reads_as_whole_words() -> None:
    cleaned = clean_article(Article(text=WRAPPED, format="text"))
    assert "automation programme" in cleaned.article.text
    assert "automa-" in WRAPPED and cleaned.text_map.kept_text(WRAPPED) == cleaned.article.text
    brief = pipeline.analyze(Article(text=WRAPPED, format="text"))
    shown = [sentence.shown for sentence in brief.sentences]
    assert any("reviews the automation programme of the port authority" in s for s in shown)
    assert not any("automa- tion" in s or "repla- cing" in s for s in shown)


_PAGE_TEXT = [
    "The port authority automated eleven lights between 1994 and 2018, replacing keepers",
    "with remote monitoring from the harbour control room in Port Selwyn, and it",
    "reported fewer outages in each year of the programme than in any year before it.",
    "Critics argued that automation would make the lights less reliable, while the",
    "authority pointed to lower costs and to the falling number of ships that used the",
    "smaller harbours along the northern coast of the province in the same years.",
    "The keepers' houses were sold or leased, several of them to local museums that now",
    "show the lamps, logbooks and uniforms of the service to visitors in the summer and",
    "to school classes from the towns along the coast during the rest of the year.",
    "Solar panels were fitted to the last three towers in 2018, when the authority",
]


def _pdf_copy() -> str:
    pages = []
    for number in range(1, 5):
        head = f"Harbour Policy Review                 Vol. 12, No. {number}"
        pages.append("\n".join([head, "", *_PAGE_TEXT, "", str(number), ""]))
    # A sentence runs on from one page to the next.
    return "\n".join(pages).replace(
        "in 2018, when the authority\n\n1\n\nHarbour Policy Review                 Vol. 12, "
        "No. 2\n\nThe port", "in 2018, when the authority\n\n1\n\nHarbour Policy Review"
        "                 Vol. 12, No. 2\n\nsaid the port")


def test_a_pdf_readers_running_heads_and_page_numbers_are_left_out() -> None:
    copy = _pdf_copy()
    cleaned = clean_article(Article(text=copy, format="text"))
    text = cleaned.article.text
    assert "Harbour Policy Review" not in text.split("\n", 1)[1]
    assert "Vol. 12, No. 3" not in text and "\n3\n" not in f"\n{text}\n"
    assert cleaned.text_map.kept_text(copy) == text
    # The sentence a page break parted reads whole.
    brief = pipeline.analyze(Article(text=copy, format="text"))
    shown = [sentence.shown for sentence in brief.sentences]
    assert any("in 2018, when the authority said the port authority automated" in s
               for s in shown)


def test_a_songs_chorus_is_no_running_head() -> None:
    words = ["harbour", "mole", "tower", "lamp", "keeper", "wick", "storm", "ship", "shoal",
             "beacon", "signal", "night"]
    chorus = ["Keep the light on, keeper", "keep the light on for me"]
    lines = []
    for number in range(4):
        verse = [f"the {words[(number + k) % 12]} and the {words[(number * 5 + k) % 12]} "
                 f"of the {words[(number * 7 + k) % 12]}" for k in range(10)]
        lines += [*verse, "", *chorus, ""]
    song = "\n".join(lines)
    text = clean_article(Article(text=song, format="text")).article.text
    assert text.count("Keep the light on, keeper") == 4


def test_a_poems_refrain_is_no_running_head() -> None:
    # The same closing line under each stanza, other lines around it each time, no page
    # numbers: a refrain, kept.
    words = ["harbour", "mole", "tower", "lamp", "keeper", "wick", "storm", "ship", "shoal",
             "beacon", "signal", "night", "tide", "gull"]
    stanzas = []
    for number in range(6):
        lines = [f"Upon the {words[(number * 3 + k) % 14]} the {words[(number + 2 * k) % 14]} "
                 f"was {words[(number * 5 + k) % 14]}" for k in range(7)]
        stanzas.append("\n".join([*lines, "Quoth the keeper, the light burns on."]))
    poem = "\n\n".join(stanzas)
    text = clean_article(Article(text=poem, format="text")).article.text
    assert text.count("Quoth the keeper, the light burns on.") == 6



def test_a_drop_cap_on_its_own_line_reads_with_its_word() -> None:
    # The Guardian in a browser's copy: the paragraph's first letter, set large, alone on the
    # line above the paragraph ("H" / "ong Kong is burning."): "ong Kong" was a place.
    from page_parts import FOOTER, MENU, STORY

    headline = "Marenia Elects Harbour Engineer as Governor in Upset"
    first = STORY[0]
    text = "\n\n".join([MENU, headline, "By Ada Brennan", f"{first[0]}\n{first[1:]}", *STORY[1:],
                        FOOTER])
    cleaned = clean_article(Article(text=text, format="text"))
    assert cleaned.article.text.startswith(first[:40])
    # The source keeps the letter and the line break where they were.
    start = text.index(f"{first[0]}\n{first[1:20]}")
    assert cleaned.text_map.to_source(0) == start
    # Letters over a button or a capitalised line, and a letter over a word or two, stay
    # apart ("A" / "A" / "A" font size buttons).
    from inbrief.core.clean.marks import drop_cap_breaks

    assert drop_cap_breaks("A\nA\nA\nSuperbugs: What They Are") == []
    assert drop_cap_breaks("W\nwired") == []
    assert drop_cap_breaks("V\noters in the coastal province chose a new governor on Tuesday") == [
        (1, 2)]


def test_a_scanned_books_running_head_misread_is_left_out_too() -> None:
    # A scanned book's text layer reads its running head with a letter wrong on some pages.
    heads = ["THE HARBOUR OF MARENIA.", "THE HARBOUR OF MARENIA.", "THE HARBOUR OP MARENIA.",
             "THE HARBOUR OF MAKENIA.", "THE HARBOUR OF MARENIA."]
    text = [line for paragraph in COLUMN_PARAGRAPHS for line in column(paragraph)]
    pages = ["\n".join([head, "", str(48 + number), "", *text, ""])
             for number, head in enumerate(heads)]
    copy = "\n".join(pages)
    lines = copy.split("\n")
    running = {lines[i] for i in running_lines(lines)}
    assert {"THE HARBOUR OP MARENIA.", "THE HARBOUR OF MAKENIA.", "51"} <= running
    # The first one is the book's title, kept (the brief's title, its first line).
    cleaned = clean_article(Article(text=copy, format="text")).article
    assert cleaned.text.startswith("THE HARBOUR OF MARENIA.\n")
    assert cleaned.text.count("HARBOUR") == 1 and "MAKENIA" not in cleaned.text


def test_a_running_head_with_its_page_number_run_into_it_is_left_out() -> None:
    # pdf.js's copy (Firefox) runs a page's number into its running head, and puts no blank
    # line anywhere; a line of prose ending with a number stays.
    text = [line for paragraph in COLUMN_PARAGRAPHS for line in column(paragraph)]
    pages = [f"THE HARBOUR OF MARENIA. {48 + number}" if number % 2 else
             f"{48 + number} THE HARBOUR OF MARENIA." for number in range(1, 6)]
    copy = "\n".join(line for head in pages for line in [head, *text])
    copy = copy.replace("estuary.", "estuary, and the works were finished in 2020", 1)
    cleaned = clean_article(Article(text=copy, format="text")).article
    assert cleaned.title == "THE HARBOUR OF MARENIA."
    assert "HARBOUR" not in cleaned.text
    assert "the works were finished in 2020" in cleaned.text


def test_a_hyphen_after_a_superscript_breaks_no_word() -> None:
    # "¹" is a word character but no letter: a footnote's mark before a dash is no word.
    assert _joined("Ruiz¹-\nLibrary Reopens") == "Ruiz¹-\nLibrary Reopens"
    assert _joined("automa-\ntion") == "automation"
