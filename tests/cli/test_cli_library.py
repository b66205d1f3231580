"""`inbrief digest` and `inbrief library list|search|export|delete`."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from inbrief.cli import main
from inbrief.core.ingest import load_text
from inbrief.core.library import Library
from inbrief.core.pipeline import analyze

# Invented stories (not from any evaluation set).
FERRY = (
    "Island ferry gets a second boat\n\n"
    "The Corrin Island ferry will run a second boat from 1 May 2026, the operator Halden Lines "
    "said on Wednesday. Captain Ruth Abernathy said crossings would leave every half hour in "
    "summer. Islanders had asked for more sailings since the first boat broke down in 2024."
)
MARKET = (
    "Night market returns to Corrin harbour\n\n"
    "The night market on Corrin harbour returns on 12 June 2026 with forty stalls, the "
    "organisers said. Ruth Abernathy, who also chairs the harbour trust, said the ferry would "
    "run late on market nights. Stallholders pay a reduced fee in the first month."
)


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    paths = [tmp_path / "ferry.txt", tmp_path / "market.txt"]
    for path, text in zip(paths, (FERRY, MARKET), strict=True):
        path.write_text(text, encoding="utf-8")
    return paths


@pytest.fixture
def library_file(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite3"
    with Library(path) as library:
        for text in (FERRY, MARKET):
            library.add(text, analyze(load_text(text)))
    return path


def test_digest_of_files_as_pdf_and_markdown(qapp: object, files: list[Path], tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "digest.pdf"
    assert main(["digest", *map(str, files), "-o", str(out)]) == 0
    assert len(PdfReader(out).pages) == 3
    assert f"2 articles -> {out}" in capsys.readouterr().out
    markdown = tmp_path / "digest.md"
    assert main(["digest", *map(str, files), "-o", str(markdown)]) == 0
    text = markdown.read_text(encoding="utf-8")
    assert text.startswith("# Digest of 2 articles")
    assert "Ruth Abernathy — articles [1](#article-1), [2](#article-2)" in text
    # An existing file is kept unless --force.
    assert main(["digest", *map(str, files), "-o", str(out)]) == 2
    assert "exists" in capsys.readouterr().err


def test_digest_bad_input_says_which_file(qapp: object, files: list[Path], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.txt"
    assert main(["digest", str(files[0]), str(missing), "-o", str(tmp_path / "d.pdf")]) == 2
    err = capsys.readouterr().err
    assert str(missing) in err and "Traceback" not in err
    assert main(["digest", str(files[0]), "-o", str(tmp_path / "d.docx")]) == 2
    assert "a digest is written as .pdf or .md" in capsys.readouterr().err
    assert not (tmp_path / "d.pdf").exists()


def test_library_add_keeps_files_once(files: list[Path], tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    base = ["library", "--library", str(tmp_path / "lib.sqlite3")]
    assert main([*base, "add", *map(str, files)]) == 0
    assert main([*base, "add", str(files[0])]) == 0  # the same text: the same entry
    added = capsys.readouterr().out.split()
    assert added == ["1", str(files[0]), "2", str(files[1]), "1", str(files[0])]
    with Library(tmp_path / "lib.sqlite3") as library:
        stored = library.get(1)
    assert stored.text == FERRY and stored.current
    assert stored.brief is not None and stored.brief.title == "Island ferry gets a second boat"
    assert stored.offsets is not None  # the window shows it without analysing again
    assert main([*base, "add", str(tmp_path / "missing.txt")]) == 2


def test_library_list_search_export_delete(qapp: object, library_file: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    base = ["library", "--library", str(library_file)]
    assert main([*base, "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "Night market returns to Corrin harbour" in lines[0]  # newest first
    assert "Island ferry gets a second boat" in lines[1]
    assert lines[1].split()[0] == "1"

    assert main([*base, "search", "Halden"]) == 0
    found = capsys.readouterr().out
    assert "Island ferry gets a second boat" in found and "Night market" not in found
    assert "[Halden]" in found

    digest = tmp_path / "both.pdf"
    assert main([*base, "export", "1", "2", "-o", str(digest)]) == 0
    assert len(PdfReader(digest).pages) == 3
    one = tmp_path / "ferry.md"
    assert main([*base, "export", "1", "-o", str(one)]) == 0
    assert one.read_text(encoding="utf-8").startswith("# Island ferry gets a second boat")
    capsys.readouterr()

    assert main([*base, "export", "7", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "the library has no entry 7" in capsys.readouterr().err
    assert main([*base, "delete", "1"]) == 0
    assert main([*base, "list"]) == 0
    assert "Island ferry" not in capsys.readouterr().out
