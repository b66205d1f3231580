"""The registry of export formats the window and the command line share, and its file writer."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from brief_fakes import english_brief, long_brief, make_brief
from pdf_helpers import page_count
from pypdf import PdfReader

from inbrief.core.brief import Brief
from inbrief.core.errors import OutputExists
from inbrief.export import formats
from inbrief.export.formats import FORMATS, ExportOptions, default_file_name, write
from inbrief.export.jsonfile import to_json
from inbrief.export.markdown import to_markdown, to_text

NOW = dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.UTC)


def test_the_four_formats() -> None:
    assert {kind: (f.label, f.extension, f.binary) for kind, f in FORMATS.items()} == {
        "pdf": ("PDF brief (*.pdf)", "pdf", True),
        "markdown": ("Markdown (*.md)", "md", False),
        "text": ("Plain text (*.txt)", "txt", False),
        "json": ("JSON (*.json)", "json", False),
    }


def test_text_formats_render_what_their_modules_write() -> None:
    brief = english_brief()
    options = ExportOptions(summary_sentences=2, now=NOW)
    markdown = FORMATS["markdown"].render(brief, options)
    assert markdown.data == to_markdown(brief, 2, now=NOW) and markdown.shortened is False
    assert FORMATS["text"].render(brief, options).data == to_text(brief, 2, now=NOW)
    # JSON is the whole brief whatever the summary length shown.
    assert FORMATS["json"].render(brief, options).data == to_json(brief)
    assert "generated 2026-01-05 09:30 UTC" in str(markdown.data)


def test_default_file_name_comes_from_the_title() -> None:
    assert default_file_name(english_brief(), "pdf") == (
        "Port Wendal will rebuild its harbour wall before winter.pdf"
    )
    assert default_file_name(make_brief(["x."], title="CON"), "markdown") == "CON brief.md"
    assert default_file_name(make_brief(["x."], title="a/b: c?"), "json") == "a b c.json"
    assert default_file_name(make_brief(["x."], title="?"), "text") == "brief.txt"


def test_write_refuses_an_existing_file_before_rendering(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "brief.md"
    path.write_text("precious", encoding="utf-8")
    rendered: list[str] = []
    markdown = FORMATS["markdown"]

    def counting(brief: Brief, options: ExportOptions) -> formats.Rendered:
        rendered.append("md")
        return markdown.render(brief, options)

    monkeypatch.setitem(FORMATS, "markdown", formats.Format("Markdown", "md", counting))
    with pytest.raises(OutputExists):
        write("markdown", english_brief(), path)
    assert rendered == [] and path.read_text(encoding="utf-8") == "precious"
    write("markdown", english_brief(), path, ExportOptions(now=NOW), force=True)
    assert rendered == ["md"]
    assert path.read_text(encoding="utf-8") == to_markdown(english_brief(), now=NOW)


def test_write_json(tmp_path: Path) -> None:
    path = tmp_path / "brief.json"
    result = write("json", english_brief(), path)
    assert result.shortened is False
    assert json.loads(path.read_text(encoding="utf-8"))["title"] == english_brief().title


def test_write_pdf_says_when_it_shortened(qapp: object, tmp_path: Path) -> None:
    short = write("pdf", english_brief(), tmp_path / "short.pdf", ExportOptions(paper="a4"))
    assert short.shortened is False
    assert isinstance(short.data, bytes) and short.data.startswith(b"%PDF")
    path = tmp_path / "long.pdf"
    result = write("pdf", long_brief(), path, ExportOptions(paper="letter"))
    assert result.shortened is True
    assert page_count(path) == 1
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
