"""Bytes to text for plain-text input: encoding detection, binary sniffing, normalisation."""

from __future__ import annotations

import codecs
import re
import unicodedata

from inbrief.core.errors import UnsupportedFile
from inbrief.core.ingest.codepages import Guess, guess_legacy, iso2022

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 controls that never appear in text files (tab, newlines and form feed are fine).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"
_CONTROL_TABLE = {b: None for b in _CONTROL_BYTES}
# Control characters, byte-order marks, and soft hyphens: a browser copies a page's "&shy;"
# hyphenation points inside its words ("die\u00adsem Jahr"), which no one sees and which
# part each such word in two for the summary, the names and the keywords. Also the bidi
# embedding and isolate controls a PDF reader wraps each right-to-left line in when it is
# copied (poppler: "\u202bانواع الخطوط العربية\u202c"): the line's letters tell its direction.
_CONTROL_CHARS = re.compile(
    r"[\x00-\x08\x0b\x0e-\x1f\x7f\u00ad\ufeff\ufffe\u202a-\u202e\u2066-\u2069]")
_SAMPLE = 64 * 1024  # bytes examined by the binary and UTF-16 heuristics


def _utf16_without_bom(data: bytes) -> str | None:
    """Return the codec name when ``data`` looks like BOM-less UTF-16 (NULs on one side)."""
    sample = data[:_SAMPLE]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    # Latin, Cyrillic or Greek text in UTF-16 has a zero in most high bytes.
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    """Return True when ``data`` holds NUL bytes or too many control bytes to be text."""
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(2, len(sample) // 100)


def decode_bytes(data: bytes, file_name: str = "") -> str:
    """Return the text of ``data`` in whatever common encoding it uses, or raise UnsupportedFile."""
    return detect_text(data, file_name).text


def detect_text(data: bytes, file_name: str = "") -> Guess:
    """Return the text of ``data``, the codec it was read with and whether that is a guess
    worth doubting; raise UnsupportedFile for binary data.

    Order: byte-order mark, ISO-2022 escapes, BOM-less UTF-16, strict UTF-8 (or UTF-8 with a
    few bad bytes), then the legacy code pages (core.ingest.codepages).
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Guess(data[len(bom) :].decode(codec), codec)
            except UnicodeDecodeError:
                break  # a BOM followed by garbage: let the checks below decide
    escaped = iso2022(data)
    if escaped is not None:
        try:
            return Guess(data.decode(escaped), escaped)
        except UnicodeDecodeError:
            pass
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            text = ""
        # Binary junk can have NULs on one side too; real text has almost no control characters.
        controls = len(_CONTROL_CHARS.findall(text[:_SAMPLE]))
        if text and controls <= max(2, len(text[:_SAMPLE]) // 100):
            return Guess(text, utf16)
    if _looks_binary(data):
        what = f"“{file_name}”" if file_name else "The input"
        raise UnsupportedFile(
            f"{what} looks like a binary file, not text. InBrief reads plain text, Markdown, "
            "HTML, PDF and Word (.docx) files."
        )
    try:
        return Guess(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return Guess(mostly_utf8, "utf-8")
    return guess_legacy(data)


def decode_as(data: bytes, codec: str, file_name: str = "") -> str:
    """Return ``data`` decoded with the encoding the user chose, or raise UnsupportedFile."""
    what = f"“{file_name}”" if file_name else "The input"
    try:
        info = codecs.lookup(codec)
    except LookupError as error:
        raise UnsupportedFile(f"“{codec}” is not an encoding InBrief knows.") from error
    try:
        # utf-8-sig drops a byte-order mark; "utf-16" and "utf-32" read theirs.
        return data.decode("utf-8-sig" if info.name == "utf-8" else info.name)
    except UnicodeDecodeError as error:
        raise UnsupportedFile(
            f"{what} is not valid {info.name} text (byte {error.object[error.start]:#04x} at "
            f"position {error.start:,}); choose another encoding."
        ) from error


def _mostly_utf8(data: bytes) -> str | None:
    """Return ``data`` decoded as UTF-8 with U+FFFD for a few bad bytes, or None.

    A UTF-8 file with a stray invalid byte (or cut off mid-character) is still UTF-8;
    reading it as cp1252 would garble every accented letter instead of one.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad
    return text if good >= 1 and bad <= max(2, good // 20) else None


_SPACES_BEFORE_NEWLINE = re.compile(r"[ \t\u00a0]+\n")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")
# Lone surrogates come from JSON "\\ud800" escapes or clipboards; no encoder accepts them
# (spaCy's tokenizer raised UnicodeEncodeError), so each becomes U+FFFD, keeping the length.
_SURROGATES = re.compile("[\ud800-\udfff]")


# Typographic ligatures and Arabic presentation forms, as text copied out of a PDF holds them
# ("Deﬁnition", "Diﬀerential"): their NFKC forms are the letters, which the tagger, the
# keywords and the sentence rules read (a word with "ﬁ" in it matched none of them).
_PRESENTATION = re.compile("[\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefc]+")


def plain_forms(text: str) -> str:
    """Return ``text`` with ligatures and presentation forms as plain letters."""
    return _PRESENTATION.sub(lambda match: unicodedata.normalize("NFKC", match.group(0)), text)


def normalize_text(text: str) -> str:
    """Return ``text`` with newlines as ``\\n``, NFC Unicode, ligatures as letters, no control
    characters or trailing spaces, and paragraphs separated by exactly one blank line."""
    text = _SURROGATES.sub("\ufffd", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2029", "\n\n").replace("\u2028", "\n").replace("\f", "\n\n")
    text = text.replace("\u0085", "\n")
    text = _CONTROL_CHARS.sub("", text)
    text = plain_forms(unicodedata.normalize("NFC", text))
    text = _SPACES_BEFORE_NEWLINE.sub("\n", text + "\n")
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip()


# Mojibake: UTF-8 read as a Windows or Latin-1 code page and saved again ("EspaÃ±a",
# "donâ€™t", Cyrillic's "Ð»"), and Windows punctuation left as C1 control codes ("BP \x97
# which"). Each garbled character holds a lead byte's letter (Â to ô) before a continuation
# byte's (\x80-\xbf, or what Windows-1252 shows for one: "€", "™", "’"...), or a C1 code: only
# a text with one is handed to ftfy, which tells mojibake from real text (it takes about 4 ms
# on an ordinary page and 40 on a long one, the hint 0.1 ms).
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_MOJIBAKE_HINT = re.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]|[\u0080-\u009f]")
# A C1 code not inside a garbled character (after its lead or another continuation byte's
# letter) is a Windows punctuation mark ("BP \x97 which", "\x93quoted\x94"): a few a page.
# One in fifty characters or more (twenty or more) is a misreading beyond repair (lynx's GBK
# reading of a UTF-8 page: "棣\x96椤"), where turning them into dashes and quotes only adds
# marks to the noise: such a text is left as it is.
_LONE_C1 = re.compile(f"(?<![\u00c2-\u00f4{_CONTINUATION}])[\u0080-\u009f]")
LONE_C1_SHARE = 50
LONE_C1_FEWEST = 20  # a line with two dashes is no misreading
_EXAMPLE_CHARS = 30


def repair_encoding(text: str) -> tuple[str, int, str]:
    """Return ``text`` with its mojibake undone (ftfy.fix_encoding), how many garbled
    characters were repaired, and an example ('“EspaÃ±a” now reads “España”'; "" when none)."""
    if not _MOJIBAKE_HINT.search(text):
        return text, 0, ""
    lone = len(_LONE_C1.findall(text))
    if lone >= LONE_C1_FEWEST and lone * LONE_C1_SHARE > len(text):
        return text, 0, ""
    import ftfy  # 20 ms to import: only for a text that may need it

    fixed = ftfy.fix_encoding(text)
    if fixed == text:
        return text, 0, ""
    repaired = max(1, len(_MOJIBAKE_HINT.findall(text)) - len(_MOJIBAKE_HINT.findall(fixed)))
    at = next(i for i, (a, b) in enumerate(zip(text, fixed, strict=False)) if a != b)
    start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at), at - _EXAMPLE_CHARS) + 1
    ends = [i for i in (text.find(" ", at), text.find("\n", at)) if i >= 0]
    end = min([*ends, len(text), at + _EXAMPLE_CHARS])
    word = text[start:end]
    shown = ftfy.fix_encoding(word)
    readable = shown != word and word.isprintable() and shown.isprintable()  # not a C1 code
    example = f"“{word}” now reads “{shown}”" if readable else ""
    return fixed, repaired, example


def repair_note(what: str, repaired: int, example: str) -> str:
    """Return the note that says ``repaired`` garbled characters of ``what`` were repaired."""
    letters = "1 character" if repaired == 1 else f"{repaired:,} characters"
    said = f" ({example})" if example else ""
    return (f"InBrief repaired {letters} of {what} garbled by a wrong encoding before it "
            f"reached InBrief{said}.")
