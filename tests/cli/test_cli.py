"""The command line as users and scripts run it: as a subprocess, checking output and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample-article.txt"


def run(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"), "QT_QPA_PLATFORM": "offscreen"}
    completed = subprocess.run(
        [sys.executable, "-m", "inbrief", *args],
        input=stdin, capture_output=True, env=env, cwd=cwd, timeout=180,
    )
    return subprocess.CompletedProcess(
        completed.args, completed.returncode,
        completed.stdout.decode("utf-8", "replace"), completed.stderr.decode("utf-8", "replace"),
    )


@pytest.fixture(scope="module")
def sample_json() -> dict:
    result = run("analyze", str(SAMPLE), "--format", "json", "--sentences", "3")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_version() -> None:
    from inbrief import __version__

    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"InBrief {__version__}"


def test_analyze_json_offsets_index_the_text(sample_json: dict) -> None:
    brief = sample_json
    text = brief["text"]
    assert brief["schema"] == 1
    assert len(brief["summary"]) == 3
    for sentence in brief["summary"]:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
    for entity in brief["entities"]:
        for mention in entity["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
    for date in brief["dates"]:
        assert text[date["start"] : date["end"]] == date["text"]


def test_analyze_removes_web_clutter_and_lifts_metadata(sample_json: dict) -> None:
    text = sample_json["text"]
    for clutter in ("ADVERTISEMENT", "Jonas Weber/Meridian Wire", "©", "Read more", "newsletter"):
        assert clutter not in text
    assert sample_json["source"] == "Meridian Wire"
    assert sample_json["title"].startswith("Harbor City Council Approves")


def test_analyze_finds_people_places_and_dates(sample_json: dict) -> None:
    names = {(e["name"], e["type"]) for e in sample_json["entities"]}
    assert ("Daniel Okafor", "person") in names
    assert ("Priya Raman", "person") in names
    values = {d["value"] for d in sample_json["dates"]}
    assert "2024-10-28" in values
    assert "2026-06-30" in values


def test_analyze_text_and_markdown_formats() -> None:
    text = run("analyze", str(SAMPLE), "--format", "text", "--sentences", "2")
    assert text.returncode == 0, text.stderr
    markdown = run("analyze", str(SAMPLE), "--format", "markdown")
    assert markdown.returncode == 0, markdown.stderr
    assert markdown.stdout.lstrip().startswith("#")
    assert "Okafor" in text.stdout and "Okafor" in markdown.stdout
    # The text formats have always been followed by an empty line.
    for output in (text.stdout, markdown.stdout):
        assert output.endswith("\n\n") and not output.endswith("\n\n\n")


def test_json_ends_with_one_newline_and_pdf_is_no_analyze_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # In-process (the same main() the command runs): no extra interpreter start-up.
    from inbrief.cli import main

    article = tmp_path / "note.txt"
    article.write_text("The council met in Paris on Monday. It agreed.", encoding="utf-8")
    assert main(["analyze", str(article), "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert out.endswith("}\n") and not out.endswith("\n\n")
    assert json.loads(out)["schema"] == 1
    with pytest.raises(SystemExit) as exit_info:
        main(["analyze", str(article), "--format", "pdf"])
    assert exit_info.value.code == 2
    assert "(choose from 'json', 'markdown', 'text')" in capsys.readouterr().err


def test_analyze_stdin_raw_keeps_offsets_of_the_input() -> None:
    article = "Mayor Ann Lee spoke in Paris on Monday. The council agreed. Lee thanked them."
    result = run("analyze", "-", "--raw", "--sentences", "1", stdin=article.encode())
    assert result.returncode == 0, result.stderr
    brief = json.loads(result.stdout)
    assert brief["text"] == article
    sentence = brief["summary"][0]
    assert article[sentence["start"] : sentence["end"]] == sentence["text"]


def test_every_algorithm_returns_the_requested_length(capsys: pytest.CaptureFixture[str]) -> None:
    # In-process (the same main() the command runs) to avoid ten interpreter start-ups.
    from inbrief.cli import main
    from inbrief.core.summary.algorithms import ALGORITHMS

    for algorithm in ALGORITHMS:
        status = main(["analyze", str(SAMPLE), "--algorithm", algorithm, "--sentences", "4"])
        captured = capsys.readouterr()
        assert status == 0, (algorithm, captured.err)
        brief = json.loads(captured.out)
        assert brief["algorithm"] == algorithm
        assert len(brief["summary"]) == 4, algorithm


def test_jsonl_keeps_ids_and_reports_bad_lines(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "text": "The council met on Tuesday. It approved the plan.",
         "reference_date": "2024-10-31"},
        "this is not json",
        {"id": "c", "text": ""},
        {"id": 4, "text": "Le conseil a voté mardi. Le maire était content.", "language": "fr"},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
        encoding="utf-8",
    )
    result = run("analyze", "--jsonl", str(source))
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", None, "c", 4]
    assert "error" not in out[0] and out[0]["reference_date"] == "2024-10-31"
    assert out[0]["dates"][0]["value"] == "2024-10-29"
    assert "error" in out[1] and "error" in out[2]
    assert out[3]["language"]["code"] == "fr" and out[3]["language"]["method"] == "chosen"


@pytest.mark.parametrize(
    ("content", "name", "reason"),
    [
        (b"", "empty.txt", "empty"),
        (b"\x00\x01\x02\xff" * 500, "junk.txt", ""),
        (b"%PDF-1.4 truncated", "broken.pdf", ""),
        (b"not a zip at all", "fake.docx", ""),
    ],
)
def test_bad_input_gives_one_line_and_exit_2(
    tmp_path: Path, content: bytes, name: str, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = run("analyze", str(path))
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"inbrief: {path}:")
    assert "Traceback" not in result.stderr
    assert reason in lines[0].lower()


def test_missing_file_and_bad_options() -> None:
    missing = run("analyze", "/nonexistent/article.txt")
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    assert "/nonexistent/article.txt" in missing.stderr
    language = run("analyze", str(SAMPLE), "--language", "xx")
    assert language.returncode == 2 and "unknown language" in language.stderr
    ratio = run("analyze", str(SAMPLE), "--ratio", "3")
    assert ratio.returncode == 2


def test_brief_writes_one_page_and_refuses_to_overwrite(tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "brief.pdf"
    first = run("brief", str(SAMPLE), "-o", str(out), "--paper", "letter")
    assert first.returncode == 0, first.stderr
    assert len(PdfReader(out).pages) == 1
    again = run("brief", str(SAMPLE), "-o", str(out))
    assert again.returncode == 2 and "Traceback" not in again.stderr
    assert "--force" in again.stderr  # the refusal says how to overwrite
    forced = run("brief", str(SAMPLE), "-o", str(out), "--force")
    assert forced.returncode == 0, forced.stderr


def test_brief_into_a_folder_names_files_after_titles(tmp_path: Path) -> None:
    other = tmp_path / "note.md"
    other.write_text("# Budget talks resume\n\nThe ministers met in Rome on Friday. "
                     "They agreed to meet again.\n", encoding="utf-8")
    result = run("brief", str(SAMPLE), str(other), "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    pdfs = sorted(p.name for p in (tmp_path / "out").glob("*.pdf"))
    assert len(pdfs) == 2
    assert any("Budget" in name for name in pdfs)


def test_output_is_utf8_even_on_an_ascii_console() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"), "PYTHONIOENCODING": "ascii"}
    completed = subprocess.run(
        [sys.executable, "-m", "inbrief", "analyze", "-", "--format", "text"],
        input="市議会は火曜日に防潮堤を承認した。工事は春に始まる。".encode(),
        capture_output=True, env=env, timeout=180,
    )
    assert completed.returncode == 0, completed.stderr
    assert "防潮堤" in completed.stdout.decode("utf-8")


def test_window_without_a_display_says_what_to_do_instead() -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT / "desktop")
    completed = subprocess.run([sys.executable, "-m", "inbrief", str(SAMPLE)],
                               capture_output=True, text=True, env=env, timeout=60)
    assert completed.returncode == 2
    assert "no display" in completed.stderr and "inbrief analyze" in completed.stderr
    assert "Traceback" not in completed.stderr


def test_encoding_option_reads_the_file_in_that_code_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from inbrief.cli import main

    text = "Rada miasta zatwierdziła budowę kładki. Mieszkańcy cieszą się z decyzji."
    article = tmp_path / "pl.txt"
    article.write_bytes(text.encode("iso8859_2"))
    assert main(["analyze", str(article), "--encoding", "cp1252", "--raw"]) == 0
    assert json.loads(capsys.readouterr().out)["text"] != text  # a wrong choice is obeyed
    assert main(["analyze", str(article), "--encoding", "iso-8859-2", "--raw"]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == text
    assert main(["analyze", str(article), "--encoding", "utf-8"]) == 2
    assert "pl.txt: “pl.txt” is not valid utf-8 text" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["analyze", str(article), "--encoding", "klingon"])
    assert exit_info.value.code == 2
    assert "unknown encoding" in capsys.readouterr().err


def test_a_doubtful_encoding_guess_is_a_note_on_stderr(tmp_path: Path) -> None:
    article = tmp_path / "notes.txt"
    article.write_bytes(b"Meeting notes: J\xe8rome will call on Monday about the timetable.\n")
    result = run("analyze", str(article), "--format", "text")
    assert result.returncode == 0, result.stderr
    assert "notes.txt: note: InBrief guessed that “notes.txt” is in" in result.stderr
    assert "--encoding" in result.stderr


def test_password_opens_an_encrypted_pdf(locked_pdf_writer: Callable[..., Path]) -> None:
    locked = locked_pdf_writer("The harbour council approved the tidal turbine on Monday.")

    asked = run("analyze", str(locked), "--format", "text")
    assert asked.returncode == 2 and "Traceback" not in asked.stderr
    assert "minutes.pdf" in asked.stderr and "--password" in asked.stderr
    wrong = run("analyze", str(locked), "--format", "text", "--password", "ferry")
    assert wrong.returncode == 2 and "not right" in wrong.stderr
    opened = run("analyze", str(locked), "--format", "json", "--password", "harbour")
    assert opened.returncode == 0, opened.stderr
    assert "approved the tidal turbine" in json.loads(opened.stdout)["text"]


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["analyze", "--help"]])
def test_version_and_help_import_no_analysis_libraries(args: list[str]) -> None:
    code = (
        "import sys, contextlib, io\n"
        "from inbrief.cli import main\n"
        "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main({args!r})\n"
        "heavy = ('spacy', 'sumy', 'langdetect', 'numpy', 'PySide6', 'nltk', 'trafilatura')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, check=True, timeout=60)
    assert done.stdout.strip() == "[]"


def test_analyze_output_is_complete_when_the_command_leaves_early(tmp_path: Path) -> None:
    # The command leaves with os._exit after flushing: every byte must still arrive, in a pipe
    # (buffered) as on a terminal.
    result = run("analyze", str(SAMPLE), "--format", "markdown")
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("\n\n") and result.stdout.count("\n") > 10
    status = run("analyze", str(tmp_path / "missing.txt"))
    assert status.returncode == 2 and "missing.txt" in status.stderr
