"""Tests for Word .docx input: text, title, author, tables, zip bombs and damaged files."""

from __future__ import annotations

import io
import random
import struct
import zipfile
from pathlib import Path

import docx
import pytest

from inbrief.core.errors import EmptyText, FileTooLarge, UnsupportedFile
from inbrief.core.ingest import load_bytes, load_path


def make_docx(
    paragraphs: list[str], *, heading: str = "", title: str = "", author: str = ""
) -> bytes:
    """Return a .docx written by python-docx, with an optional Title-style heading."""
    document = docx.Document()
    if heading:
        document.add_heading(heading, level=0)  # level 0 = the "Title" style
    for text in paragraphs:
        document.add_paragraph(text)
    document.core_properties.title = title
    document.core_properties.author = author
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


BODY = [
    "The Gull Island ferry resumed service on Friday after a three-day suspension.",
    "Crews repaired the landing ramp overnight, the operator said.",
]


def test_paragraphs_title_style_and_author(tmp_path: Path) -> None:
    path = tmp_path / "ferry.docx"
    path.write_bytes(make_docx(BODY, heading="Ferry Service Resumes", author="Ines Duarte"))
    article = load_path(path)
    assert article.format == "docx"
    assert article.file_name == "ferry.docx"
    assert article.title == "Ferry Service Resumes"
    assert article.author == "Ines Duarte"
    assert article.text == "\n\n".join(BODY)


def test_core_properties_title_wins_and_duplicate_is_removed() -> None:
    data = make_docx(["Ferry Service Resumes", *BODY], title="Ferry Service Resumes")
    article = load_bytes(data, "ferry.docx")
    assert article.title == "Ferry Service Resumes"
    assert article.text == "\n\n".join(BODY)


def test_default_author_of_python_docx_is_not_an_author() -> None:
    article = load_bytes(make_docx(BODY), "plain.docx")  # python-docx writes "python-docx"
    assert article.author == ""
    assert article.title == ""


def test_tables_become_lines() -> None:
    document = docx.Document()
    document.add_paragraph("Departures from the north pier:")
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, [("Boat", "Time"), ("Tern", "07:00")], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    article = load_bytes(buffer.getvalue(), "table.docx")
    assert article.text == "Departures from the north pier:\n\nBoat; Time\n\nTern; 07:00"


def test_empty_document() -> None:
    with pytest.raises(EmptyText, match="empty.docx"):
        load_bytes(make_docx([]), "empty.docx")


def test_zip_bomb_by_ratio() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * 20_000_000)  # ~20 KB compressed
    data = buffer.getvalue()
    assert len(data) < 100_000
    with pytest.raises(FileTooLarge, match="zip bomb"):
        load_bytes(data, "bomb.docx")


def test_zip_member_declaring_a_huge_size() -> None:
    data = bytearray(make_docx(BODY))
    # Rewrite the uncompressed size in the central directory entry of word/document.xml.
    entry = data.find(b"PK\x01\x02")
    while entry >= 0:
        name_length = struct.unpack_from("<H", data, entry + 28)[0]
        name = bytes(data[entry + 46 : entry + 46 + name_length])
        if name == b"word/document.xml":
            struct.pack_into("<I", data, entry + 24, 3_000_000_000)
            break
        entry = data.find(b"PK\x01\x02", entry + 4)
    assert entry >= 0
    with pytest.raises(FileTooLarge) as caught:
        load_bytes(bytes(data), "huge.docx")
    assert "200 MB" in str(caught.value)


def test_random_bytes_named_docx() -> None:
    junk = random.Random(3).randbytes(5000)
    with pytest.raises(UnsupportedFile, match="junk.docx"):
        load_bytes(junk, "junk.docx")


def test_zip_without_a_word_document() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(UnsupportedFile, match="not a Word document"):
        load_bytes(buffer.getvalue(), "archive.docx")


def test_truncated_docx() -> None:
    data = make_docx(BODY)
    with pytest.raises(UnsupportedFile, match="damaged"):
        load_bytes(data[: len(data) // 2], "cut.docx")


def test_corrupt_document_xml() -> None:
    buffer = io.BytesIO()
    source = zipfile.ZipFile(io.BytesIO(make_docx(BODY)))
    with zipfile.ZipFile(buffer, "w") as archive:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/document.xml":
                content = content[: len(content) // 2]  # unterminated XML
            archive.writestr(item, content)
    with pytest.raises(UnsupportedFile, match="damaged"):
        load_bytes(buffer.getvalue(), "broken.docx")
