"""Tests for core.ingest: plain text, Markdown, encodings, sniffing, limits and bad input."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inbrief.core import ingest
from inbrief.core.errors import (
    EmptyText,
    FileTooLarge,
    FileUnreadable,
    InBriefError,
    UnsupportedFile,
)
from inbrief.core.ingest import load_bytes, load_path, load_text

ROOT = Path(__file__).resolve().parents[3]

# Invented articles, long enough for encoding detection to have something to go on.
TEXTS = {
    "english": (
        "The Lakeside Library reopened on Saturday after an 18-month renovation.\n\n"
        "Librarian Ada Brennan said the new reading room seats 120 people."
    ),
    "french": (
        "Le café près de la gare a rouvert ses portes mercredi. Les élèves étaient déçus "
        "de la fermeture, mais le maître d'hôtel a promis une réouverture à l'été. "
        "« C'est une fête », a déclaré la propriétaire, Hélène Marchais."
    ),
    "german": (
        "Die Brücke über die Süderelbe wird ab Montag für drei Wochen gesperrt. "
        "Die Straßenmeisterei rechnet mit längeren Staus; Pendler sollen früher losfahren. "
        "„Wir bitten um Geduld“, sagte Sprecherin Jördis Köhler – die Arbeiten seien nötig."
    ),
    "russian": (
        "Городской совет во вторник одобрил строительство новой дамбы на реке. "
        "Работы начнутся весной следующего года и продлятся около трёх лет, "
        "сообщил мэр города Сергей Волков журналистам после заседания."
    ),
    "japanese": (
        "東京都は月曜日、新しい防潮堤の建設計画を発表した。工事は来年春に始まる予定で、"
        "総事業費は約二千億円と見込まれている。住民説明会は来月開かれる。"
    ),
    "chinese": (
        "北京市政府周二宣布了一项新的防洪计划。该工程预计明年春天开工，"
        "总投资约为二十亿元人民币。市民可以在下个月参加公开听证会。"
    ),
}

ENCODINGS = [
    ("utf-8", "french"),
    ("utf-8-sig", "german"),
    ("utf-16", "russian"),  # Python writes a BOM for "utf-16"
    ("utf-16-le", "english"),  # no BOM
    ("utf-16-be", "german"),  # no BOM
    ("utf-32", "japanese"),
    ("cp1252", "german"),
    ("latin-1", "french"),
    ("shift_jis", "japanese"),
    ("gb18030", "chinese"),
    ("koi8-r", "russian"),
    ("cp1251", "russian"),
]


@pytest.mark.parametrize(("encoding", "language"), ENCODINGS)
def test_encodings_round_trip(tmp_path: Path, encoding: str, language: str) -> None:
    text = TEXTS[language]
    path = tmp_path / f"{language}.txt"
    path.write_bytes(text.encode(encoding))
    article = load_path(path)
    assert article.text == text
    assert article.format == "text"
    assert article.file_name == f"{language}.txt"


def test_newlines_and_unicode_are_normalised() -> None:
    # "e" + combining acute must become the single code point U+00E9 (NFC).
    data = "Caf\u0065\u0301 owners met.\r\nThey agreed.\r\rA third   \rline.\n\n\n\nEnd.".encode()
    article = load_bytes(data, "notes.txt")
    assert article.text == "Café owners met.\nThey agreed.\n\nA third\nline.\n\nEnd."


def test_soft_hyphens_a_browser_copies_inside_words_are_dropped() -> None:
    # A page's "&shy;" hyphenation points come along in a browser's copy (wehranlage-horka.de
    # in Chromium: "die\u00adsem Jahr wol\u00adlen wir"); the words are one word each.
    pasted = "Auch in die\u00adsem Jahr wol\u00adlen wir Sie ent\u00adführen."
    article = load_text(pasted)
    assert article.text == "Auch in diesem Jahr wollen wir Sie entführen."


def test_ligatures_a_pdf_reader_copies_are_letters() -> None:
    # Text copied out of a PDF keeps its typeface's ligatures ("Diﬀerential", "Deﬁnition")
    # and an Arabic PDF's presentation forms; the words are read in plain letters.
    article = load_text("Individual Diﬀerential Privacy: a Deﬁnition of the ﬂow.\n\n"
                        "\u202bﻻ ﺑﺄﺱ\u202c")  # poppler's copy: each Arabic line embedded
    assert article.text == "Individual Differential Privacy: a Definition of the flow.\n\nلا بأس"


def test_invalid_utf8_keeps_the_good_characters() -> None:
    data = "Café owners in Köln agreed on Tuesday. ".encode() * 5 + b"\xff bad byte.\n"
    article = load_bytes(data, "broken.txt")
    assert "Café owners in Köln" in article.text
    assert "\ufffd bad byte." in article.text


def test_utf8_cut_mid_character_is_still_utf8() -> None:
    data = "Die Brücke über die Süderelbe wird gesperrt.".encode()[:-1] + "ü".encode()[:1]
    article = load_bytes(data, "cut.txt")
    assert article.text.startswith("Die Brücke über die Süderelbe")


def test_load_text_for_pasted_text_and_stdin() -> None:
    pasted = load_text("  First paragraph here.\r\n\r\nSecond one.  ")
    assert pasted.text == "First paragraph here.\n\nSecond one."
    assert pasted.format == "text" and pasted.file_name == ""
    piped = load_text("Text from a pipe.", fmt="stdin")
    assert piped.format == "stdin"


def test_load_text_rejects_unknown_format() -> None:
    with pytest.raises(ValueError, match="pdf"):
        load_text("hello", fmt="pdf")


def test_sample_article_loads() -> None:
    article = load_path(ROOT / "resources" / "sample-article.txt")
    assert article.format == "text"
    assert article.text.startswith("Harbor City Council Approves $2.1 Billion Flood Barrier")
    assert "\n\nBy Marta Lindqvist\nPublished November 12, 2025\n\n" in article.text


MARKDOWN = """---
title: "Ferry Service Returns to Gull Island"
author: Noor Haddad
---

Intro paragraph that is
hard wrapped across **two** lines.

## The *new* timetable

Boats leave at [7 a.m.](https://example.org/timetable "Timetable") and `9 a.m.`, see
![a ferry](https://example.org/ferry.jpg) the ~~old~~ __updated__ plan.

- First item
- Second item with a snake_case_name

> A quoted remark from a resident.

```python
print("code is not prose")
```

| Route | Time |
|-------|------|
| North | 7:00 |

[timetable]: https://example.org/timetable
"""


def test_markdown_markup_is_stripped() -> None:
    article = load_text(MARKDOWN, file_name="ferry.md", fmt="markdown")
    assert article.title == "Ferry Service Returns to Gull Island"
    assert article.author == "Noor Haddad"
    assert article.format == "markdown"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == "Intro paragraph that is hard wrapped across two lines."
    assert "The new timetable" in paragraphs
    assert "Boats leave at 7 a.m. and 9 a.m., see the old updated plan." in paragraphs
    assert "First item" in paragraphs
    assert "Second item with a snake_case_name" in paragraphs
    assert "A quoted remark from a resident." in paragraphs
    assert "North; 7:00" in paragraphs
    for markup in ("**", "](", "http", "![", "```", "code is not prose", "|---"):
        assert markup not in article.text


def test_markdown_marks_never_closed_are_read_once() -> None:
    # A line of openings without their closings (100,000 characters of "**a ") took 70 s
    # when each opening was read to the line's end; it is text, kept as it is.
    text = "**a " * 25000
    article = load_text(f"# Notes\n\n{text}", file_name="notes.md", fmt="markdown")
    assert article.text == text.strip()


def test_markdown_first_heading_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Night Market Opens\n\nStalls opened at dusk.\n\nSetext Part\n---\n\nMore.")
    article = load_path(path)
    assert article.format == "markdown"
    assert article.title == "Night Market Opens"
    assert article.text == "Stalls opened at dusk.\n\nSetext Part\n\nMore."


def test_setext_title() -> None:
    article = load_text("Harvest Festival\n================\n\nIt rained.", fmt="markdown")
    assert article.title == "Harvest Festival"
    assert article.text == "It rained."


# ------------------------------------------------------------------ bad input


def test_missing_file() -> None:
    with pytest.raises(FileUnreadable, match="does not exist"):
        load_path("/nonexistent/folder/story.txt")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(FileUnreadable, match="folder"):
        load_path(tmp_path)


def test_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    with pytest.raises(FileUnreadable, match="not a regular file"):
        load_path(pipe)


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("text")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # Tests may run as root, who can read anything: simulate the refusal.
    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(FileUnreadable, match="permission denied"):
        load_path(path)


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", "\ufeff  \n".encode()])
def test_empty_and_whitespace_files(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    with pytest.raises(EmptyText, match="blank.txt"):
        load_path(path)


def test_empty_pasted_text() -> None:
    with pytest.raises(EmptyText, match="no text"):
        load_text(" \n\n ")


JUNK = random.Random(7).randbytes(4096)


@pytest.mark.parametrize("name", ["junk.txt", "junk.pdf", "junk.docx", "junk.html", "junk.md",
                                  "junk"])
def test_binary_junk_with_any_extension(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(JUNK)
    with pytest.raises(UnsupportedFile) as caught:
        load_path(path)
    assert name in str(caught.value)


def test_junk_without_nul_bytes_is_still_binary() -> None:
    junk = bytes(b for b in JUNK if b)
    with pytest.raises(UnsupportedFile, match="binary"):
        load_bytes(junk, "junk.txt")


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"\x89PNG\r\n\x1a\n" + JUNK, "PNG image"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + JUNK, ".doc"),
        (b"{\\rtf1\\ansi Hello}", "Rich Text"),
    ],
)
def test_known_binary_formats_are_named(data: bytes, words: str) -> None:
    with pytest.raises(UnsupportedFile, match=words):
        load_bytes(data, "mystery.txt")


def test_file_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 2_000_000)
    path = tmp_path / "long.txt"
    with path.open("wb") as stream:
        stream.truncate(2_000_001)  # sparse: no 2 MB written
    with pytest.raises(FileTooLarge) as caught:
        load_path(path)
    assert "2 MB" in str(caught.value)
    with pytest.raises(FileTooLarge, match="2 MB"):
        load_bytes(b"x" * 2_000_001, "long.txt")


def test_text_over_the_character_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "MAX_TEXT_CHARS", 100)
    with pytest.raises(FileTooLarge, match="100 characters"):
        load_text("word " * 30)
    with pytest.raises(FileTooLarge, match="100 characters"):
        load_bytes(b"word " * 30, "words.txt")


def test_errors_are_inbrief_errors_with_readable_messages() -> None:
    for data, name in [(b"", "a.txt"), (JUNK, "b.pdf"), (JUNK, "c.docx")]:
        with pytest.raises(InBriefError) as caught:
            load_bytes(data, name)
        message = str(caught.value)
        assert name in message and "Traceback" not in message and len(message) < 300


def test_no_file_descriptor_leak(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Some text.")
    before = len(os.listdir("/proc/self/fd"))
    for _ in range(20):
        load_path(path)
    assert len(os.listdir("/proc/self/fd")) <= before


SUFFIXES = ["", ".txt", ".md", ".html", ".mhtml", ".eml", ".pdf", ".docx", ".bin"]
PREFIXES = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<!DOCTYPE html><html>", b"MIME-Version: 1.0\n",
            b"\xef\xbb\xbf", b"\xff\xfe", b"# Heading\n\n"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    prefix=st.sampled_from(PREFIXES),
    body=st.binary(max_size=600) | st.text(max_size=300).map(str.encode),
    suffix=st.sampled_from(SUFFIXES),
)
def test_any_bytes_give_an_article_or_our_error(prefix: bytes, body: bytes, suffix: str) -> None:
    try:
        article = load_bytes(prefix + body, f"input{suffix}")
    except InBriefError as error:
        assert str(error)
    else:
        assert article.text.strip() == article.text and article.text
        assert "\r" not in article.text and "\x00" not in article.text
        assert article.format in ingest.FORMATS
