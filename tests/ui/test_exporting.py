"""The window's export: through the FORMATS registry, overwriting, with a note when shortened."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from ui_helpers import simple_brief

from inbrief.ui import exporting


def test_export_overwrites_and_writes_the_chosen_summary_length(tmp_path: Path) -> None:
    brief = simple_brief("One came first. Two came next. Three came last", title="Counting")
    path = tmp_path / "brief.txt"
    path.write_text("older export", encoding="utf-8")  # the save dialog asked already
    note = exporting.export("text", brief, path, summary_sentences=1, paper="")
    assert note == ""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Counting"
    assert "1. One came first" in lines and not any(line.startswith("2. ") for line in lines)


def test_export_pdf_notes_when_the_page_was_shortened(qapp: object, tmp_path: Path) -> None:
    sentence = " ".join(["the committee reviewed the tender documents and the budget"] * 60)
    brief = simple_brief(f"{sentence}. {sentence}. {sentence}", title="A very long report " * 40)
    path = tmp_path / "brief.pdf"
    note = exporting.export("pdf", brief, path, summary_sentences=3, paper="letter")
    assert note == "Some items were shortened to fit one page."
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    assert round(float(reader.pages[0].mediabox.width)) == 612  # letter, as chosen
