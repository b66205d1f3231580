"""The bad-input corpus through the command line: a brief or one clear line, never a traceback."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bad_inputs import EMOJI, MIXED, RTL, offset_problems, write_corpus

from inbrief import cli
from inbrief.core.brief import Brief

ROOT = Path(__file__).resolve().parents[2]
MAX_RSS_BYTES = 2_000_000_000
TIMEOUT = 240  # seconds for one CLI process over the whole corpus (it takes ~5 s)

# What a person should see for each input: None = a brief, else words of the one-line message.
EXPECTED: dict[str, str | None] = {
    "empty.txt": "is empty",
    "whitespace.txt": "contains no text",
    "one-word.txt": None,
    "no-punctuation.txt": None,
    "only-numbers.txt": None,
    "nul-bytes.txt": "looks like a binary file",
    "all-nul.txt": "looks like a binary file",
    "invalid-utf8.txt": None,
    "utf16-no-bom.txt": None,
    "utf16be-no-bom.txt": None,
    "random.pdf": "is not a valid pdf",
    "random.docx": "is damaged or is not a word document",
    "random.html": "looks like a binary file",
    "random.txt": "looks like a binary file",
    "truncated.pdf": "is damaged or is not a valid pdf",
    "encrypted.pdf": "password protected",
    "image-only.pdf": "looks like scanned images",
    "zip-bomb.docx": "looks like a zip bomb",
    "nested-100000.html": None,
    "hostile.html": None,
    "mixed-languages.txt": None,
    "right-to-left.txt": None,
    "emoji-combining.txt": None,
    "control-chars.txt": "looks like a binary file",
    "mutated.txt": None,
}
# Words the brief's text must hold, so a "result" is the right result and not mojibake.
CONTAINS = {
    "utf16-no-bom.txt": "nurse who works at Harbor General Hospital",
    "utf16be-no-bom.txt": "Gull Island Lines will add",
    "invalid-utf8.txt": "Gull Island Lines",
    "nested-100000.html": "The council approved the barrier",
    "hostile.html": "approved a flood barrier",
    "right-to-left.txt": "وافق مجلس المدينة",
    "emoji-combining.txt": "Café",
}


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run ``python -m inbrief ARGS`` with no display and its data folder inside ``cwd``."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"), "QT_QPA_PLATFORM": "offscreen",
           "XDG_DATA_HOME": str(cwd / "data")}
    done = subprocess.run([sys.executable, "-m", "inbrief", *args], capture_output=True,
                          env=env, cwd=cwd, timeout=TIMEOUT)
    return subprocess.CompletedProcess(done.args, done.returncode,
                                       done.stdout.decode("utf-8", "replace"),
                                       done.stderr.decode("utf-8", "replace"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "in")


def test_every_case_has_an_expectation(corpus: list[Path]) -> None:
    assert sorted(p.name for p in corpus) == sorted(EXPECTED)


def test_one_brief_run_over_the_whole_corpus(corpus: list[Path], tmp_path: Path) -> None:
    from pypdf import PdfReader

    started = time.monotonic()
    result = run_cli("brief", *map(str, corpus), "-o", str(tmp_path / "out"), cwd=tmp_path)
    elapsed = time.monotonic() - started
    # ru_maxrss of children is the largest child so far, so it bounds this one from above.
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert result.returncode == 2  # some inputs are bad; none is a fault (1)
    errors = [line for line in result.stderr.splitlines() if ": note: " not in line]
    for path in corpus:
        expected = EXPECTED[path.name]
        mine = [line for line in errors if line.startswith(f"inbrief: {path}: ")]
        if expected is None:
            assert mine == [], mine
            assert f"{path} -> " in result.stdout, path.name
        else:
            assert len(mine) == 1, (path.name, mine)
            assert expected in mine[0].lower(), mine[0]
    assert len(errors) == sum(1 for e in EXPECTED.values() if e is not None)
    pdfs = sorted((tmp_path / "out").glob("*.pdf"))
    assert len(pdfs) == sum(1 for e in EXPECTED.values() if e is None)
    assert all(len(PdfReader(pdf).pages) == 1 for pdf in pdfs)
    assert elapsed < TIMEOUT and peak < MAX_RSS_BYTES


TEXT_VARIANTS = {
    "one-word": "Harbor",
    "numbers": "1 2 3 4 5 6 7 8 9 10 2024 2025 3.14 -7",
    "punctuation": "...!!!???;;;---«»",
    "combining-only": "\u0301\u0308\u0336" * 20,
    "emoji-only": "🌊😱🧹👍🏻👩🏽‍🔬🇫🇷" * 10,
    "rtl": RTL,
    "mixed": MIXED,
    "emoji": EMOJI,
    "nul-and-controls": "Harbor\x00City voted\x07 on Tuesday.\x1b[31m Okafor was pleased.\x00",
    "lone-surrogates": "The council voted \ud800 on Tuesday. Okafor \udfff was pleased.",
    "long-word": "a" * 200_000,
    "no-spaces-cjk": "市議会は火曜日に計画を承認した" * 500,
    "whitespace": " \n\t\u3000 ",
    "empty": "",
}


def test_analyze_jsonl_over_text_variants(tmp_path: Path) -> None:
    source = tmp_path / "variants.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for key, text in TEXT_VARIANTS.items():
            # ensure_ascii writes lone surrogates as \ud800 escapes, as other programs do.
            handle.write(json.dumps({"id": key, "text": text}) + "\n")
    result = run_cli("analyze", "--jsonl", str(source), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    records = {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert set(records) == set(TEXT_VARIANTS)
    for key in ("empty", "whitespace"):
        assert "no text" in records[key]["error"].lower(), records[key]
    for key in set(TEXT_VARIANTS) - {"empty", "whitespace"}:
        record = records[key]
        if "error" in record:
            assert "codec" not in record["error"] and len(record["error"]) < 300, record
            continue
        del record["id"]
        assert offset_problems(Brief.from_dict(record)) == [], key
    for key in ("one-word", "rtl", "mixed", "emoji", "nul-and-controls", "lone-surrogates"):
        assert "error" not in records[key], records[key]
    assert "\ufffd" in records["lone-surrogates"]["text"]  # replaced, offsets unchanged


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_case_in_process(
    name: str, corpus: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    qapp: object,
) -> None:
    path = next(p for p in corpus if p.name == name)
    expected = EXPECTED[name]
    for argv in (["analyze", str(path)], ["brief", str(path), "-o", str(tmp_path / "out.pdf")]):
        status = cli.main(argv)
        out, err = capsys.readouterr()
        errors = [line for line in err.splitlines() if ": note: " not in line]
        if expected is None:
            assert status == 0 and errors == [], err
            if argv[0] == "analyze":
                brief = Brief.from_dict(json.loads(out))
                assert offset_problems(brief) == []
                assert CONTAINS.get(name, "") in brief.text
                assert "SCRIPT-RAN" not in brief.text and "127.0.0.1" not in brief.text
            else:
                assert (tmp_path / "out.pdf").stat().st_size > 1000
        else:
            assert status == 2, err
            assert len(errors) == 1 and errors[0].startswith(f"inbrief: {path}: "), err
            assert expected in errors[0].lower()
            assert not (tmp_path / "out.pdf").exists()


def test_two_inputs_with_one_title_both_get_a_brief(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    first, second = tmp_path / "monday.txt", tmp_path / "tuesday.txt"
    first.write_text("Ferries resume.\n\nService restarted on Monday after the storm.",
                     encoding="utf-8")
    second.write_text("Ferries resume.\n\nA second boat joined the route on Tuesday.",
                      encoding="utf-8")
    status = cli.main(["brief", str(first), str(second), "-o", str(tmp_path / "out")])
    capsys.readouterr()
    assert status == 0
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 2
