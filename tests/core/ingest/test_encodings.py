"""Tests for legacy encodings: code pages detected per language, ISO-2022-JP, doubtful guesses
noted, and the encoding a user chooses."""

from __future__ import annotations

from pathlib import Path

import pytest
from encoding_samples import LEGACY, SAMPLES, encodable

from inbrief.core.errors import UnsupportedFile
from inbrief.core.ingest import load_bytes, load_path, load_text
from inbrief.core.ingest.codepages import encoding_name, latin_fit
from inbrief.core.pipeline import analyze


@pytest.mark.parametrize(("language", "codec"), LEGACY)
def test_each_code_page_is_read_right(tmp_path: Path, language: str, codec: str) -> None:
    text = encodable(language, codec)
    path = tmp_path / f"{language}-{codec}.txt"
    path.write_bytes(text.encode(codec))
    article = load_path(path)
    assert article.text == text
    assert article.notes == ()  # a paragraph of text is enough to be sure


@pytest.mark.parametrize(("language", "codec"), LEGACY)
def test_short_text_is_read_right_or_flagged(language: str, codec: str) -> None:
    text = encodable(language, codec)[:120]
    article = load_bytes(text.encode(codec), "short.txt")
    assert article.text == text.strip() or article.notes


@pytest.mark.parametrize(
    ("codec", "text", "wrong"),
    [
        ("iso8859_2", "Naukowcy zauważyli, że zmiana pory snu szkodzi.", "zauwa¿yli"),
        ("cp1250", "Președintele a vorbit despre șefii de stat.".translate(
            str.maketrans("șț", "şţ")), "Preºedintele"),
        ("iso8859_9", "İstanbul'da yeni köprü için çalışmalar başladı.", "Ýstanbul"),
    ],
)
def test_the_misreadings_users_saw_are_gone(codec: str, text: str, wrong: str) -> None:
    article = load_bytes(text.encode(codec), "note.txt")
    assert article.text == text
    assert wrong not in article.text


def test_iso_2022_jp_is_text_not_binary() -> None:
    text = SAMPLES["ja"]
    data = text.encode("iso2022_jp")
    assert b"\x1b$B" in data  # escape sequences, which looked like binary control bytes
    article = load_bytes(data, "mail.txt")
    assert article.text == text
    assert article.encoding == "iso2022_jp"


def test_a_doubtful_guess_is_noted_and_reaches_the_brief() -> None:
    # One accented letter: "è" in Windows-1252, "č" in Windows-1250; nothing decides.
    data = b"Meeting notes: J\xe8rome will call on Monday about the new ferry timetable.\n"
    article = load_bytes(data, "notes.txt")
    assert len(article.notes) == 1
    assert "notes.txt" in article.notes[0]
    assert "Reopen with Encoding" in article.notes[0]
    assert "--encoding" in article.notes[0]
    brief = analyze(article)
    assert article.notes[0] in brief.notes


def test_utf8_and_sure_guesses_have_no_note() -> None:
    assert load_bytes(SAMPLES["pl"].encode(), "pl.txt").notes == ()
    assert load_bytes(SAMPLES["de"].encode("cp1252"), "de.txt").notes == ()


def test_chosen_encoding_is_used() -> None:
    data = "Ceny: 10 ± 2 zł.".encode("cp1250")  # "±" is "ą" in ISO-8859-2
    assert load_bytes(data, "a.txt").text != "Ceny: 10 ą 2 zł."
    article = load_bytes("Ceny: 10 ą 2 zł.".encode("iso8859_2"), "a.txt", encoding="ISO-8859-2")
    assert article.text == "Ceny: 10 ą 2 zł."
    assert article.encoding == "ISO-8859-2"
    assert article.notes == ()


def test_chosen_encoding_that_does_not_fit_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "pl.txt"
    path.write_bytes(SAMPLES["pl"].encode("iso8859_2"))
    with pytest.raises(UnsupportedFile, match=r"“pl.txt” is not valid utf-8 text"):
        load_path(path, encoding="utf-8")
    with pytest.raises(UnsupportedFile, match="not an encoding"):
        load_path(path, encoding="klingon-1")


def test_chosen_utf8_drops_the_byte_order_mark() -> None:
    article = load_bytes(b"\xef\xbb\xbfPlain words here.", "bom.txt", encoding="utf-8")
    assert article.text == "Plain words here."


def test_chosen_encoding_applies_to_markdown_and_html() -> None:
    md = "# Zmiana pory snu\n\nNaukowcy zauważyli zmianę.".encode("iso8859_2")
    article = load_bytes(md, "a.md", encoding="iso8859_2")
    assert (article.format, article.title) == ("markdown", "Zmiana pory snu")
    html = ("<html><body><article><p>" + SAMPLES["cs"] + "</p></article></body></html>").encode(
        "cp1250")
    assert "přes řeku" in load_bytes(html, "a.html", encoding="cp1250").text


def test_latin_fit_penalises_symbols_inside_words_and_controls() -> None:
    assert latin_fit("zauważyli że") == 1.0
    assert latin_fit("zauwa¿yli ¿e") < 0.6
    assert latin_fit("Price: 10 € ± 2") == 1.0  # symbols between words are fine
    assert latin_fit("caf\x85e") == 0.0


def test_encoding_names_for_people() -> None:
    assert encoding_name("iso8859_2") == "Central European (ISO-8859-2)"
    assert encoding_name("ISO-8859-2") == "Central European (ISO-8859-2)"
    assert encoding_name("cp1254") == "Turkish (Windows-1254)"
    assert encoding_name("x-unknown") == "x-unknown"


def test_saved_pages_record_the_declared_or_detected_encoding() -> None:
    body = f"<article><p>{SAMPLES['pl']}</p></article></body></html>"
    declared = f'<html><head><meta charset="iso-8859-2"></head><body>{body}'
    article = load_bytes(declared.encode("iso8859_2"), "page.html")
    assert article.encoding == "iso8859-2"
    assert "zauważyli" in article.text
    undeclared = f"<html><head><title>Sen</title></head><body>{body}"
    article = load_bytes(undeclared.encode("iso8859_2"), "page.html")
    assert article.encoding == "iso8859_2"  # detected: Reopen with Encoding can offer others
    assert "zauważyli" in article.text


def _misread(text: str) -> str:
    """Return ``text`` as a UTF-8 file read as Windows-1252 and saved again (mojibake); the
    five bytes Windows-1252 leaves out read as Latin-1's, as browsers and editors read them."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b)
                   for b in text.encode("utf-8"))


def test_text_garbled_by_a_wrong_encoding_is_repaired_with_a_note() -> None:
    repaired = []
    for language, sample in SAMPLES.items():
        garbled = _misread(sample)
        if garbled == sample:
            continue
        article = load_bytes(garbled.encode("utf-8"), f"{language}.txt")
        assert article.text == sample, language
        assert len(article.notes) == 1 and f"{language}.txt" in article.notes[0]
        assert "wrong encoding" in article.notes[0]
        repaired.append(language)
    assert {"de", "fr", "pl", "ru", "el"} <= set(repaired)
    # Windows punctuation left as C1 control codes in a paste becomes the dash it was.
    assert load_text("The ferry \x97 late again \x96 left at nine.").text == (
        "The ferry \u2014 late again \u2013 left at nine."
    )
    # Chinese quotes left as C1 codes ("\x93...\x94") are quotes again; a page misread beyond
    # repair (UTF-8 read as GBK, C1 codes between every few characters) is left alone.
    assert load_text("他说\x93撒谎\x94，要求辞职。").text == "他说“撒谎”，要求辞职。"
    noise = "棣\x96椤 伴\x97 浣\x93\x82 濞变 璐㈢ 绉\x91\x8a\x80 寰\x9a\n" * 20
    assert "\u2014" not in load_text(noise).text and load_text(noise).notes == ()
    # A Markdown file's heading is its title: repaired too.
    article = load_bytes("# CafÃ© notes\n\nThe cafÃ© opens at nine.\n".encode(), "c.md")
    assert article.title == "Café notes"
    assert article.text.endswith("The café opens at nine.")


def test_text_in_good_order_is_never_repaired() -> None:
    for language, sample in SAMPLES.items():
        article = load_bytes(sample.encode("utf-8"), f"{language}.txt")
        assert article.text == sample and article.notes == (), language
    # Letters that look like mojibake's, in real words: left alone.
    for text in ("São Paulo à\u00a0midi — naïve “quotes” and €5.", "Ãgua é Ângela's ©2024"):
        article = load_text(text)
        assert article.text == text and article.notes == ()
