"""Tests for PDF input: paragraphs, hyphenation, metadata, encryption, scans and damage."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import pytest
from pdf_samples import encrypt
from PIL import Image
from pypdf import PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from inbrief.core import ingest
from inbrief.core.errors import EncryptedPdf, FileTooLarge, NoTextInPdf, UnsupportedFile
from inbrief.core.ingest import load_bytes, load_path
from inbrief.core.ingest import pdf as pdf_module
from inbrief.core.ingest.pdf_layout import drop_furniture
from inbrief.core.ingest.pdf_text import join_lines

PAGE_ONE = [
    "Harbor Ferries Resume After Storm",
    "",
    "Ferry service between Harbor City and Gull Island resumed on Friday after a",
    "three-day suspension, the operator said. Crews repaired the damaged land-",
    "ing ramp overnight and inspected both vessels before the first departure at",
    "seven in the morning.",
    "",
    "Passengers said the crossing was calm.",
    "3",
]
PAGE_TWO = [
    "The operator, Gull Island Lines, said timetables would return to normal on",
    "Monday. It thanked residents for their patience during the well-",
    "publicised closure. The well-publicised timetable is on the island's web-",
    "site.",
    "4",
]


def make_pdf(pages: list[list[str]], title: str = "", author: str = "") -> bytes:
    """Return a PDF drawing each line of each page with reportlab ("" = a blank line)."""
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer, pagesize=A4)
    if title:
        drawing.setTitle(title)
    if author:
        drawing.setAuthor(author)
    for lines in pages:
        y = 800
        for line in lines:
            if line:
                drawing.drawString(72, y, line)
            y -= 14
        drawing.showPage()
    drawing.save()
    return buffer.getvalue()


def test_paragraphs_are_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "ferries.pdf"
    path.write_bytes(make_pdf([PAGE_ONE, PAGE_TWO], title="Ferries Resume", author="Ines Duarte"))
    article = load_path(path)
    assert article.format == "pdf"
    assert article.file_name == "ferries.pdf"
    assert article.title == "Ferries Resume"
    assert article.author == "Ines Duarte"
    assert article.text.split("\n\n") == [
        "Harbor Ferries Resume After Storm",
        "Ferry service between Harbor City and Gull Island resumed on Friday after a "
        "three-day suspension, the operator said. Crews repaired the damaged landing ramp "
        "overnight and inspected both vessels before the first departure at seven in the "
        "morning.",
        "Passengers said the crossing was calm.",
        "The operator, Gull Island Lines, said timetables would return to normal on Monday. "
        "It thanked residents for their patience during the well-publicised closure. The "
        "well-publicised timetable is on the island's website.",
    ]


def test_running_headers_and_page_numbers_are_dropped() -> None:
    pages = [
        f"Meridian Wire Weekly\nLine one of page {n} has plenty of words to fill the width\n"
        f"and line two of page {n} carries on the same paragraph of text.\nPage {n} of 4"
        for n in range(1, 5)
    ]
    text = join_lines(drop_furniture([page.split("\n") for page in pages]).pages)
    assert "Meridian Wire Weekly" not in text
    assert "Page" not in text
    for n in range(1, 5):
        assert f"Line one of page {n} has plenty of words to fill the width and line two" in text


def test_junk_metadata_title_is_ignored() -> None:
    article = load_bytes(make_pdf([PAGE_ONE], title="Microsoft Word - draft3.docx"), "a.pdf")
    assert article.title == ""


def test_encrypted_pdf() -> None:
    locked = encrypt(make_pdf([PAGE_ONE]), "reader-secret")
    with pytest.raises(EncryptedPdf, match="password protected"):
        load_bytes(locked, "locked.pdf")


def test_pdf_with_only_an_owner_password_opens() -> None:
    # Printing/editing restrictions with an empty user password: any viewer opens it.
    restricted = encrypt(make_pdf([PAGE_ONE]), "")
    article = load_bytes(restricted, "restricted.pdf")
    assert "Passengers said the crossing was calm." in article.text


def _aes_pdf(user_password: str) -> bytes:
    """Return a one-page PDF whose encryption dictionary says AES (AESV2, revision 4).

    pypdf writes AES only with a crypto library; revision 4 derives its keys as revision 3
    does, so an RC4-128 file relabelled AESV2 opens with its password and is read as AES.
    """
    from pypdf.generic import DictionaryObject, NameObject, NumberObject, StreamObject

    writer = PdfWriter()
    page = writer.add_blank_page(300, 200)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                             NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    content = StreamObject()
    content.set_data(b"BT /F1 12 Tf 20 100 Td (Harbor council votes) Tj ET")
    page.replace_contents(content)
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    entry = writer._encrypt_entry
    entry[NameObject("/V")] = NumberObject(4)
    entry[NameObject("/R")] = NumberObject(4)
    entry[NameObject("/CF")] = DictionaryObject({NameObject("/StdCF"): DictionaryObject({
        NameObject("/CFM"): NameObject("/AESV2"), NameObject("/Length"): NumberObject(16),
        NameObject("/AuthEvent"): NameObject("/DocOpen")})})
    entry[NameObject("/StmF")] = NameObject("/StdCF")
    entry[NameObject("/StrF")] = NameObject("/StdCF")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("password", [None, "reader-secret"])
def test_aes_pdf_with_a_password_says_so_without_asking_for_it(
        monkeypatch: pytest.MonkeyPatch, password: str | None) -> None:
    monkeypatch.setattr(pdf_module, "has_aes_library", lambda: False)
    with pytest.raises(EncryptedPdf) as raised:
        load_bytes(_aes_pdf("reader-secret"), "locked.pdf", password=password)
    message = str(raised.value)
    assert "locked.pdf" in message and "password protected" in message and "AES" in message
    assert not raised.value.needs_password and not raised.value.wrong_password


def test_aes_pdf_without_a_user_password_is_not_called_password_protected(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_module, "has_aes_library", lambda: False)
    if importlib.util.find_spec("cryptography") or importlib.util.find_spec("Crypto"):
        pytest.fail("this test expects pypdf without an AES library, as InBrief ships it")
    with pytest.raises(EncryptedPdf) as raised:
        load_bytes(_aes_pdf(""), "restricted.pdf")
    assert "AES" in str(raised.value) and "password protected" not in str(raised.value)
    assert not raised.value.needs_password


def test_scanned_pdf_without_text() -> None:
    scan = Image.new("RGB", (400, 200), "white")
    for x in range(50, 350):
        scan.putpixel((x, 100), (0, 0, 0))  # a "line of print" that OCR would need
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer, pagesize=A4)
    drawing.drawImage(ImageReader(scan), 72, 500, width=400, height=200)
    drawing.showPage()
    drawing.save()
    with pytest.raises(NoTextInPdf, match="scanned"):
        load_bytes(buffer.getvalue(), "scan.pdf")


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.95])
def test_truncated_pdf(keep: float) -> None:
    pdf = make_pdf([PAGE_ONE, PAGE_TWO])
    with pytest.raises(UnsupportedFile, match="damaged"):
        load_bytes(pdf[: int(len(pdf) * keep)], "cut.pdf")


def test_pdf_magic_with_garbage_after_it() -> None:
    with pytest.raises(UnsupportedFile, match="junk.pdf"):
        load_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20, "junk.pdf")


def test_text_named_pdf_is_refused() -> None:
    with pytest.raises(UnsupportedFile, match="not a valid PDF"):
        load_bytes(b"Just some words, not a PDF at all.", "words.pdf")


def test_pdf_is_sniffed_whatever_its_name() -> None:
    article = load_bytes(make_pdf([PAGE_ONE]), "download.bin")
    assert article.format == "pdf"


def test_page_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "MAX_PDF_PAGES", 2)
    with pytest.raises(FileTooLarge, match="up to 2 pages"):
        load_bytes(make_pdf([PAGE_ONE, PAGE_TWO, PAGE_TWO]), "book.pdf")


def test_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "PDF_TIME_LIMIT", 0.0)
    with pytest.raises(FileTooLarge, match="took longer than 0 seconds"):
        load_bytes(make_pdf([PAGE_ONE, PAGE_TWO]), "slow.pdf")


def test_arabic_drawn_from_the_left_is_read_in_logical_order(tmp_path: Path) -> None:
    # PDF makers draw a right-to-left line's glyphs from the left (visual order): its last
    # word first, a number and a Latin name left to right, brackets mirrored. Written here
    # in that order by hand; the text must read in logical order.
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from inbrief.core.ingest.pdf_text import logical_order

    font = Path(__file__).resolve().parents[3] / "resources/fonts/InBriefArabic-Regular.ttf"
    pdfmetrics.registerFont(TTFont("InBriefArabic", str(font)))
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer, pagesize=A4)
    for y, pieces in ((800, (".(", "ةرهاقلا يف", ") 2025 ", "ماع أدبيس لمعلا نإ ريزولا لاق")),
                      (780, (".Ada Brennan ", "ريزولا لاقو"))):
        line = drawing.beginText(72, y)
        for piece in pieces:  # the Arabic face has no Latin letters, digits or brackets
            arabic = any("\u0600" <= c <= "\u06ff" for c in piece)
            line.setFont("InBriefArabic" if arabic else "Helvetica", 12)
            line.textOut(piece)
        drawing.drawText(line)
    drawing.save()
    path = tmp_path / "arabic.pdf"
    path.write_bytes(buffer.getvalue())
    text = load_path(path).text
    assert "قال الوزير إن العمل سيبدأ عام 2025 (في القاهرة)." in text
    assert "وقال الوزير Ada Brennan." in text
    assert logical_order("Page 12 of 40") == "Page 12 of 40"  # no Arabic or Hebrew: as it is


def test_a_blank_row_inside_a_sentence_parts_no_paragraph() -> None:
    # Two columns side by side: the right one's paragraph gap is a blank row across the
    # page's grid, inside a sentence of the left column. A blank row before a capital is a
    # paragraph's end (a paper's title over its abstract).
    page = ["Trace Trees for a Dynamic Language Compiler and Its Runtime", "",
            "Dynamic languages such as these are hard to compile well, and the",
            "new compiler records the hot loops of a program as it runs. And", "",
            "researchers have now measured the speed of the traces it builds.", "",
            "A second paragraph opens here with a capital, after a full stop."]
    assert join_lines([page]).split("\n\n") == [
        "Trace Trees for a Dynamic Language Compiler and Its Runtime",
        "Dynamic languages such as these are hard to compile well, and the new compiler "
        "records the hot loops of a program as it runs. And researchers have now measured "
        "the speed of the traces it builds.",
        "A second paragraph opens here with a capital, after a full stop."]
