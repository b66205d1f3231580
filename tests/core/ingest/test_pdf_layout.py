"""PDF reading order and page furniture on PDFs made here: columns, running lines, footnotes,
front matter, hyphenation, unreadable pages, damaged files, passwords and junk metadata."""

from __future__ import annotations

import io

import pytest
from pdf_samples import (
    AFFILIATION,
    FOOTNOTE,
    HEADER,
    HELVETICA,
    TITLE,
    UNMAPPED_FONT,
    encrypt,
    raw_pdf,
    text_page,
    two_column_paper,
)
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from inbrief.core.article import AnalysisOptions
from inbrief.core.errors import EncryptedPdf, NoTextInPdf
from inbrief.core.ingest import load_bytes
from inbrief.core.ingest.pdf_front import author_line, split_front_matter
from inbrief.core.ingest.pdf_layout import drop_furniture, is_page_number, reading_order
from inbrief.core.ingest.pdf_text import (
    clean_metadata,
    garbage_share,
    join_hyphenated,
    join_lines,
)
from inbrief.core.pipeline import analyze


@pytest.fixture(scope="module")
def paper_text() -> str:
    return load_bytes(two_column_paper(), "paper.pdf").text


def test_columns_are_read_one_after_the_other(paper_text: str) -> None:
    # Each column's lines were drawn row by row, interleaved with the other column's.
    order = [
        "The old harbour has tides of six metres, and engineers have long wanted to use them.",
        "Harbour towns along the coast have tried tidal power before.",
        "The new design is small enough to sit beside the quay.",
        "Their advice placed the turbine in the deepest part of the channel",
        "The rotor has three blades of laminated larch and turns at most forty times",
        "Over the first year the turbine delivered four hundred megawatt hours",
        "Building the turbine cost two million euros, paid by the council",
        "Small tidal turbines can serve harbour towns where large plants failed.",
        "All measurements are published with the paper.",
    ]
    positions = [paper_text.find(sentence) for sentence in order]
    assert -1 not in positions, [s for s, p in zip(order, positions, strict=True) if p < 0]
    assert positions == sorted(positions)


def test_running_header_page_numbers_and_footnote_are_dropped(paper_text: str) -> None:
    assert HEADER not in paper_text.upper()
    assert "Page 2 of 3" not in paper_text and "Page" not in paper_text
    assert "Coastal Energy Trust" not in paper_text  # the footnote
    assert FOOTNOTE[2:20] not in paper_text
    for line in paper_text.split("\n"):
        assert not line.strip().isdigit()


def test_line_end_hyphens(paper_text: str) -> None:
    assert "beside the seawall, where" in paper_text  # "sea-" + "wall": one word
    assert "the resulting system TideMill;" in paper_text  # written whole elsewhere
    assert "the Anglo-Saxon names" in paper_text  # a capital after the hyphen: a compound
    assert "a well-known source" in paper_text  # a hyphen inside a line stays


def test_front_matter_is_metadata() -> None:
    article = load_bytes(two_column_paper(), "paper.pdf")
    assert article.title == TITLE
    assert article.author == "Ana Lima, Tomas Berg, Eva Noor"
    assert "@" not in article.text
    assert "University of Porto" not in article.text
    assert "Tomas Berg" not in article.text
    assert "Abstract" not in article.text.split() and "Keywords" not in article.text
    assert article.text.startswith(TITLE + "\n\nThe old harbour has tides")


def test_no_summary_sentence_is_page_furniture_or_front_matter() -> None:
    brief = analyze(load_bytes(two_column_paper(), "paper.pdf"), AnalysisOptions(sentences=5))
    assert brief.author == "Ana Lima, Tomas Berg, Eva Noor"
    assert len(brief.summary) == 5
    for sentence in brief.summary:
        assert "@" not in sentence.text
        assert "University" not in sentence.text and "HARBOUR REVIEW" not in sentence.text
        assert "Page " not in sentence.text and "Funded by" not in sentence.text


def test_single_column_page_is_not_split() -> None:
    rows = [
        "A single column of prose runs across the whole width of the page here.",
        "Its lines are long, and no blank band runs down the middle of the page.",
        "Even a short line ends early.",
        "Then the text goes on again across the page for another few lines or so.",
        "And one more line of words to make the block tall enough to be tested.",
        "The last line of the block ends the paragraph with a full stop at the end.",
    ]
    assert reading_order(rows) == rows


def test_a_line_of_authors_with_wide_spaces_is_not_split() -> None:
    left = [f"Left column line number {n} with words" for n in range(8)]
    right = [f"right column line {n} goes on" for n in range(8)]
    rows = ["Jordi  Soria,  Josep  Ferrer,   David  Sánchez,  and  David  Megías", ""]
    rows += [f"{a:<44}  {b}" for a, b in zip(left, right, strict=True)]
    ordered = [line for line in reading_order(rows) if line.strip()]
    assert ordered[0] == "Jordi Soria, Josep Ferrer, David Sánchez, and David Megías"
    assert ordered[1:9] == left and ordered[9:] == right


def test_running_lines_need_several_pages() -> None:
    body = [f"Body line {n} of a page that is long enough to have edges." for n in range(8)]
    pages = [["Weekly Ledger"] + body + [str(n)] for n in range(1, 4)]
    kept = drop_furniture(pages)
    assert all("Weekly Ledger" not in page and str(n) not in page
               for n, page in enumerate(kept.pages, start=1))
    assert kept.running_title == "Weekly Ledger"
    two = drop_furniture(pages[:2])  # two pages are too few to call a line running
    assert all("Weekly Ledger" in page for page in two.pages)


def test_a_browsers_print_header_and_footer_leave_a_single_page() -> None:
    # "Save as PDF" from a browser: Chromium heads each page with the day and time and the
    # page's title, and foots it with its address and number; Firefox the other way round.
    # One page is enough to tell them: no repetition needed.
    body = [f"Body line {n} of the article, long enough to read as a paragraph." for n in range(8)]
    gap = " " * 20
    chromium = [f"12/5/26, 11:13 AM{gap}Harbour Ferries Resume – Meridian", *body,
                f"https://meridian.example/ferries{gap}1/1"]
    firefox = [f"Harbour Ferries Resume – Meridian{gap}https://meridian.example/ferries", *body,
               f"1 of 1{gap}05.12.26, 11:13"]
    for rows in (chromium, firefox):
        kept = [row for row in drop_furniture([rows]).pages[0] if row]
        assert kept == body
    # A body line at the page's edge that has an address or a date in it stays.
    edge = [f"Read the report at https://meridian.example/report{gap}now", *body,
            "The council met on 12/5/26, 11:13 AM to vote."]
    assert [row for row in drop_furniture([edge]).pages[0] if row] == edge


@pytest.mark.parametrize("line,number", [
    ("12", True), ("Page 3 of 9", True), ("- 4 -", True), ("xiv", True), ("3/10", True),
    ("12 Angry Men", False), ("Page one", False), ("Mix", False),
])
def test_page_number_lines(line: str, number: bool) -> None:
    assert is_page_number(line) is number


def test_hyphen_rules() -> None:
    words = {"tracemonkey", "seawall"}
    compounds = {"well-known"}
    assert join_hyphenated("call it Trace-", "Monkey today", words, compounds) == (
        "call it TraceMonkey today")
    assert join_hyphenated("a well-", "known fact", words, compounds) == "a well-known fact"
    assert join_hyphenated("the Anglo-", "Saxon word", words, compounds) == (
        "the Anglo-Saxon word")
    assert join_hyphenated("com-", "pile it", words, compounds) == "compile it"


def test_front_matter_without_an_abstract_label_needs_an_email() -> None:
    news = ["Storm Closes Harbour", "", "By Ana Lima", "The Harbour Company said on Friday "
            "that the ferries would not sail until the storm had passed over the bay."]
    assert split_front_matter(news).lines == news
    paper = ["Tidal Power", "Ana Lima, Tomas Berg", "ana@example.org", "",
             "Tidal power has been tried in many harbours over the last forty years, with "
             "mixed results."]
    front = split_front_matter(paper)
    assert front.authors == ["Ana Lima", "Tomas Berg"]
    assert "ana@example.org" not in front.lines and "Tidal Power" in front.lines


def test_many_authors_are_shortened() -> None:
    assert author_line(["A Bee", "C Dee"]) == "A Bee, C Dee"
    assert author_line(["A Bee", "C Dee", "E Eff", "G Hay"]) == "A Bee, C Dee, E Eff et al."


@pytest.mark.parametrize("value,kept", [
    ("ARRAY(0x2c7cf020)", ""), ("untitled", ""), ("Microsoft Word - doc1.docx", ""),
    ("zen_of_python.txt", ""), ("  ", ""), ("1234", ""),
    ("Losing the Cabin", "Losing the Cabin"), ("Mark  Lacagnina", "Mark Lacagnina"),
])
def test_junk_metadata(value: str, kept: str) -> None:
    assert clean_metadata(value) == kept


def test_junk_author_metadata_is_ignored() -> None:
    info = "<< /Title (untitled) /Author (ARRAY\\(0x2c7cf020\\)) >>"
    pdf = raw_pdf([(HELVETICA, text_page("Ferries sail again after the storm."))], info=info)
    article = load_bytes(pdf, "ferries.pdf")
    assert article.author == "" and article.title == ""
    assert "ARRAY" not in analyze(article, AnalysisOptions()).author


@pytest.mark.parametrize("text,garbage", [
    ("The ferry service resumed on Friday after repairs.", False),
    ("Die Fähre fährt wieder; Straße gesperrt.", False),
    ("渡轮服务在周五恢复。東京の天気は晴れです。서울은 맑음", False),
    ("العربية الخطوط انواع", False),
    ("Θͨ͘͠ͱ͍ ίϯύϥϒϧͳ৽ฉࣄه͔Βͷ ݻ༗දݱͷൃݟ", True),
    ("/g22/g10/g7 /g8/g7/g20/g20/g27 /g21/g7/g20", True),
])
def test_glyph_garbage_is_recognised(text: str, garbage: bool) -> None:
    assert (garbage_share(text) > 0.15) is garbage


def test_unreadable_pages_are_dropped_and_counted() -> None:
    good = text_page("Ferry service between the islands resumed on Friday.",
                     "Crews repaired the landing ramp overnight.")
    noise = text_page("the ferry service resumed on friday after repairs")
    pdf = raw_pdf([(HELVETICA, good), (UNMAPPED_FONT, noise), (HELVETICA, good),
                   (UNMAPPED_FONT, noise), (UNMAPPED_FONT, noise)])
    article = load_bytes(pdf, "mixed.pdf")
    assert "/g" not in article.text
    assert "Crews repaired the landing ramp overnight." in article.text
    assert article.notes == ("3 pages could not be read as text (fonts without a usable "
                             "character map) and were left out: pages 2, 4 and 5.",)
    brief = analyze(article, AnalysisOptions())
    assert article.notes[0] in brief.notes


def test_a_pdf_of_glyph_garbage_only_is_refused() -> None:
    pdf = raw_pdf([(UNMAPPED_FONT, text_page("nothing here can be read at all"))])
    with pytest.raises(NoTextInPdf, match="cannot be read") as error:
        load_bytes(pdf, "glyphs.pdf")
    assert "scanned" not in str(error.value)


def test_damaged_but_readable_pdf_is_read_with_a_note() -> None:
    pdf = raw_pdf([(HELVETICA, text_page("Hello, world!"))], broken_xref=True)
    article = load_bytes(pdf, "hello-bad.pdf")
    assert article.text == "Hello, world!"  # short, but text: not "scanned images"
    assert article.notes == ("“hello-bad.pdf” is damaged; InBrief read the text it could "
                             "recover.",)


def test_pdf_without_text_or_images_is_not_called_scanned() -> None:
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer, pagesize=A4)
    drawing.rect(100, 100, 200, 200, fill=1)
    drawing.showPage()
    drawing.save()
    with pytest.raises(NoTextInPdf) as error:
        load_bytes(buffer.getvalue(), "drawing.pdf")
    assert "scanned" not in str(error.value) and "no text" in str(error.value)


def test_password_opens_an_encrypted_pdf() -> None:
    locked = encrypt(raw_pdf([(HELVETICA, text_page("The secret minutes of the council."))]),
                     "harbour")
    with pytest.raises(EncryptedPdf) as asked:
        load_bytes(locked, "minutes.pdf")
    assert asked.value.needs_password and not asked.value.wrong_password
    assert "--password" in str(asked.value)
    with pytest.raises(EncryptedPdf, match="not right") as wrong:
        load_bytes(locked, "minutes.pdf", password="ferry")
    assert wrong.value.wrong_password
    article = load_bytes(locked, "minutes.pdf", password="harbour")
    assert article.text == "The secret minutes of the council."
    # The owner password opens it too, as in every PDF viewer.
    assert load_bytes(locked, "minutes.pdf", password="owner-secret").text == article.text


def test_affiliation_constant_is_in_the_sample() -> None:
    # Guards the sample itself: the front-matter tests above rely on these lines being drawn.
    from pypdf import PdfReader

    first = PdfReader(io.BytesIO(two_column_paper())).pages[0].extract_text()
    assert AFFILIATION.split(",")[0] in first and FOOTNOTE in first


def test_prose_before_a_summary_label_is_kept() -> None:
    report = ["Annual Report of the Harbour Board", "Prepared by the Finance Department",
              "The board met eleven times this year and approved the new turbine budget in May.",
              "Summary", "Income rose by a tenth while costs stayed flat."]
    front = split_front_matter(report)
    assert "The board met eleven times this year and approved the new turbine budget in May." \
        in front.lines
    assert "Prepared by the Finance Department" not in front.lines
    assert "Summary" not in front.lines and front.lines[-1].startswith("Income rose")


def test_a_byline_with_an_email_gives_the_author() -> None:
    story = ["Storm Closes Harbour", "By Ana Lima", "ana.lima@example.org",
             "The harbour company said on Friday that the ferries would not sail until the "
             "storm had passed."]
    front = split_front_matter(story)
    assert front.authors == ["Ana Lima"]
    assert front.lines[0] == "Storm Closes Harbour" and front.lines[-1] == story[-1]


def test_table_of_contents_lines_are_dropped() -> None:
    page = ["Contents", "1 Introduction . . . . . . . . . . . . 1",
            "2 Design of the turbine ............ 4", "",
            "The turbine was designed in the spring. It was built over the summer."]
    text = join_lines([page])
    assert "Introduction" not in text and "Design of the turbine" not in text
    assert "The turbine was designed in the spring." in text


def test_a_papers_list_of_references_is_left_out() -> None:
    body = [f"Line {n} of the paper explains the turbine design in plain words." for n in range(30)]
    cited = ["References", "[1] A. Brown. Tidal power. Harbour Press, 1998.",
             "[2] J. Ha. Small turbines. Coastal Journal, 2004."]
    pdf = raw_pdf([(HELVETICA, text_page(*body[:15])), (HELVETICA, text_page(*body[15:], *cited))])
    text = load_bytes(pdf, "paper.pdf").text
    assert "Line 29 of the paper" in text
    assert "References" not in text and "A. Brown" not in text
    # A "References" heading early in a text is a section of it, not the closing list.
    early = raw_pdf([(HELVETICA, text_page("References", *body[:20]))])
    assert "References" in load_bytes(early, "guide.pdf").text
