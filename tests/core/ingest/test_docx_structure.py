"""Tests for what a Word file's body holds: tables, text boxes, content controls, tracked
changes, Strict OOXML, and what stays out (headers, footers, footnotes, comments, field codes)."""

from __future__ import annotations

import io
import re
import zipfile

import docx
import pytest

from inbrief.core.errors import UnsupportedFile
from inbrief.core.ingest import load_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"


def saved(document: object) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


def rewrite(data: bytes, edits: dict[str, bytes | None], extra: dict[str, bytes] | None = None,
            body: tuple[str, str] | None = None) -> bytes:
    """Return a copy of a .docx with parts replaced (None: removed), added, or a piece of
    word/document.xml replaced (old, new)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename in edits:
                replacement = edits[item.filename]
                if replacement is None:
                    continue
                content = replacement
            if body is not None and item.filename == "word/document.xml":
                assert body[0].encode() in content
                content = content.replace(body[0].encode(), body[1].encode(), 1)
            archive.writestr(item, content)
        for name, content in (extra or {}).items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_a_document_all_in_tables_is_read_row_by_row() -> None:
    document = docx.Document()
    table = document.add_table(rows=0, cols=3)
    rows = [("Boat", "Departs", "Notes")] + [
        (f"Ferry {n}", f"{7 + n % 12:02d}:15", f"Calls at Gull Island and Stack Point, run {n}.")
        for n in range(120)
    ]
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text
    data = saved(document)
    # Wrap the table in a content control, as Word templates and forms do.
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    start, end = xml.index("<w:tbl>"), xml.index("</w:tbl>") + len("</w:tbl>")
    wrapped = xml[:start] + "<w:sdt><w:sdtPr/><w:sdtContent>" + xml[start:end] + (
        "</w:sdtContent></w:sdt>") + xml[end:]
    article = load_bytes(rewrite(data, {"word/document.xml": wrapped.encode()}), "timetable.docx")
    lines = article.text.split("\n\n")
    assert len(article.text) > 7000
    assert lines[0] == "Boat; Departs; Notes"
    assert lines[1] == "Ferry 0; 07:15; Calls at Gull Island and Stack Point, run 0."
    assert len(lines) == 121


def test_merged_cells_are_not_repeated_and_multi_paragraph_cells_stay_on_their_row() -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Week 1"
    table.cell(0, 2).text = "Lab"
    table.cell(0, 2).add_paragraph("Homework 1")
    table.cell(1, 0).text, table.cell(1, 1).text, table.cell(1, 2).text = "Week 2", "Quiz", ""
    article = load_bytes(saved(document), "schedule.docx")
    assert article.text == "Week 1; Lab; Homework 1\n\nWeek 2; Quiz"


def test_prose_laid_out_in_a_table_and_nested_tables_keep_their_paragraphs() -> None:
    document = docx.Document()
    layout = document.add_table(rows=1, cols=2)
    left = ("The harbour board met on Tuesday to discuss the new ferry timetable, which adds "
            "two early sailings on weekdays and a late one on Saturdays from next month.")
    layout.cell(0, 0).text = left
    layout.cell(0, 0).add_paragraph("Residents welcomed the change.")
    inner = layout.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Fare", "4.50"
    article = load_bytes(saved(document), "layout.docx")
    assert article.text.split("\n\n") == [left, "Residents welcomed the change.", "Fare; 4.50"]


def test_headers_footers_footnotes_and_comments_stay_out_of_the_body() -> None:
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Harbour Board Minutes - Confidential"
    section.footer.paragraphs[0].text = "Page 1 of 3"
    paragraph = document.add_paragraph("The board approved two early sailings.")
    document.add_comment(paragraph.runs, text="Check the date with Ines.", author="Ana")
    document.add_paragraph("Fares stay the same until spring.")
    data = saved(document)
    footnotes = (
        f'<w:footnotes xmlns:w="{W}"><w:footnote w:id="1"><w:p><w:r><w:t>'
        "Source: the board's own minutes.</w:t></w:r></w:p></w:footnote></w:footnotes>"
    )
    data = rewrite(
        data, {}, {"word/footnotes.xml": footnotes.encode()},
        body=("<w:t>Fares stay the same until spring.</w:t></w:r>",
              "<w:t>Fares stay the same until spring.</w:t></w:r>"
              '<w:r><w:footnoteReference w:id="1"/></w:r>'),
    )
    article = load_bytes(data, "minutes.docx")
    assert article.text == (
        "The board approved two early sailings.\n\nFares stay the same until spring."
    )
    for left_out in ("Confidential", "Page 1", "Check the date", "Source:"):
        assert left_out not in article.text


def test_text_boxes_are_read_once_and_deleted_hidden_and_field_code_text_is_not() -> None:
    document = docx.Document()
    document.add_paragraph("MARKER")
    data = saved(document)
    box = (
        "<w:r><mc:AlternateContent xmlns:mc='http://schemas.openxmlformats.org/"
        "markup-compatibility/2006'><mc:Choice Requires='wps'><w:drawing><wp:anchor "
        "xmlns:wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing'>"
        "<w:txbxContent><w:p><w:r><w:t>Quote of the day: sailings sell out.</w:t></w:r></w:p>"
        "</w:txbxContent></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        "<w:txbxContent><w:p><w:r><w:t>Quote of the day: sailings sell out.</w:t></w:r></w:p>"
        "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    changes = (
        "<w:r><w:t xml:space='preserve'>Sailings start </w:t></w:r>"
        "<w:del><w:r><w:delText>in May</w:delText></w:r></w:del>"
        "<w:ins><w:r><w:t>in June</w:t></w:r></w:ins>"
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>SECRET NOTE</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType='begin'/></w:r>"
        "<w:r><w:instrText> HYPERLINK \"http://example.org\" </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType='separate'/></w:r>"
        "<w:r><w:t>, see the site</w:t></w:r><w:r><w:fldChar w:fldCharType='end'/></w:r>"
        "<w:hyperlink><w:r><w:t>.</w:t></w:r></w:hyperlink>"
    )
    data = rewrite(data, {}, body=("<w:r><w:t>MARKER</w:t></w:r>", changes + box))
    article = load_bytes(data, "boxes.docx")
    assert article.text == (
        "Sailings start in June, see the site.\n\nQuote of the day: sailings sell out."
    )


def test_table_of_contents_entries_are_not_body_text() -> None:
    document = docx.Document()
    document.styles.add_style("TOC 1", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("Timetable\t3", style="TOC 1")
    document.add_paragraph("The timetable changes in June.")
    data = saved(document)
    assert load_bytes(data, "toc.docx").text == "The timetable changes in June."
    # Word's own table of contents: a content control from the "Table of Contents" gallery.
    toc = ("<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val='Table of Contents'/>"
           "</w:docPartObj></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Contents</w:t></w:r></w:p>"
           "<w:p><w:r><w:t>Fares 2</w:t></w:r></w:p></w:sdtContent></w:sdt>"
           "<w:p><w:r><w:t>The timetable changes in June.")
    data = rewrite(data, {}, body=("<w:p><w:r><w:t>The timetable changes in June.", toc))
    assert load_bytes(data, "toc.docx").text == "The timetable changes in June."


def strict_docx(*, main: str = "word/document.xml") -> bytes:
    """Return a Strict OOXML document written by hand, as Word saves it with "Strict"."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            '.org/package/2006/content-types"><Default Extension="rels" ContentType="application'
            '/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/' + main + '" ContentType="'
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats'
            '-package.core-properties+xml"/></Types>'))
        archive.writestr("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
            'purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="' + main
            + '"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
            'relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'
        ))
        archive.writestr("docProps/core.xml", (
            '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.'
            'openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/'
            'dc/elements/1.1/"><dc:title>Ferry Report</dc:title><dc:creator>Ines Duarte'
            '</dc:creator></cp:coreProperties>'))
        archive.writestr(main, (
            f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{STRICT_W}" '
            'w:conformance="strict"><w:body>'
            "<w:p><w:r><w:t>Ferry Report</w:t></w:r></w:p>"
            "<w:p><w:r><w:t>The ferry runs again from Friday.</w:t></w:r></w:p>"
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Tern</w:t></w:r></w:p></w:tc>"
            "<w:tc><w:p><w:r><w:t>07:00</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
            "<w:sectPr/></w:body></w:document>"))
    return buffer.getvalue()


def test_strict_ooxml_is_read() -> None:
    data = strict_docx()
    assert STRICT_W.encode() in zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    with pytest.raises(KeyError):  # python-docx, the old reader, finds no document in it
        docx.Document(io.BytesIO(data))
    article = load_bytes(data, "strict.docx")
    assert (article.title, article.author) == ("Ferry Report", "Ines Duarte")
    assert article.text == "The ferry runs again from Friday.\n\nTern; 07:00"


def test_main_part_found_through_the_package_relationships() -> None:
    article = load_bytes(strict_docx(main="word/main_text.xml"), "renamed.docx")
    assert article.text.startswith("The ferry runs again from Friday.")


def test_a_zip_whose_main_part_is_not_a_document_is_refused() -> None:
    data = rewrite(strict_docx(), {"word/document.xml": b"<notes><p>hello</p></notes>"})
    with pytest.raises(UnsupportedFile, match="damaged or is not a valid Word document"):
        load_bytes(data, "odd.docx")


def test_entities_are_not_expanded() -> None:
    data = strict_docx()
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;">]>'
        f'<w:document xmlns:w="{STRICT_W}"><w:body><w:p><w:r><w:t>Laugh: &b;</w:t></w:r></w:p>'
        "<w:p><w:r><w:t>Then the ferry left.</w:t></w:r></w:p></w:body></w:document>"
    )
    text = load_bytes(rewrite(data, {"word/document.xml": bomb.encode()}), "e.docx").text
    assert "haha" not in text
    assert re.search(r"Then the ferry left\.$", text)


def test_a_bare_package_from_another_producer_is_read() -> None:
    # Generators other than Word often write no styles, no core properties, and an absolute
    # relationship target; the main part's content type is all that names it.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Override PartName="/content/body.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'))
        archive.writestr("_rels/.rels", (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="/content/body.xml"/></Relationships>'))
        archive.writestr("content/body.xml", (
            f'<w:document xmlns:w="{W}"><w:body><w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>'
            "<w:r><w:t>Harbour News</w:t></w:r></w:p><w:p><w:r><w:t>The pier reopens"
            "</w:t></w:r><w:r><w:tab/><w:t>on Friday.</w:t></w:r></w:p></w:body></w:document>"))
    article = load_bytes(buffer.getvalue(), "export.docx")
    assert article.title == "Harbour News"  # the style id stands in for the missing name
    assert article.text == "The pier reopens on Friday."
