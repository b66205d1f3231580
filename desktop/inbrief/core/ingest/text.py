"""Bytes to text for plain-text input: encoding detection, binary sniffing, normalisation."""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from inbrief.core.errors import UnsupportedFile

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
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufeff\ufffe]")
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


def _is_latin_text(text: str) -> bool:
    """Return True when the non-ASCII letters of ``text`` are mostly Latin script."""
    letters = [c for c in text[:_SAMPLE] if ord(c) > 127 and c.isalpha()]
    if not letters:
        return True
    latin = sum(1 for c in letters if unicodedata.name(c, "").startswith("LATIN"))
    return latin >= 0.9 * len(letters)


_NOT_WESTERN = re.compile("[^\x00-\x7f\u00a0-\u00ff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")


def _western(text: str) -> bool:
    """Return True when every non-ASCII character is one Western European text would use."""
    return _NOT_WESTERN.search(text) is None


def _guess_single_byte(data: bytes) -> str:
    """Return ``data`` decoded with the most likely legacy encoding."""
    best = from_bytes(data).best()
    guess = str(best) if best is not None else None
    try:
        cp1252 = data.decode("cp1252")
    except UnicodeDecodeError:
        cp1252 = None
    # charset-normalizer often names cp1250/cp1257 for short French or German text; cp1252
    # is by far the most common legacy Western encoding, so it wins whenever it fits.
    if cp1252 is not None and _western(cp1252) and (guess is None or _is_latin_text(guess)):
        return cp1252
    if guess is not None:
        return guess
    return cp1252 if cp1252 is not None else data.decode("latin-1")


def decode_bytes(data: bytes, file_name: str = "") -> str:
    """Return the text of ``data`` in whatever common encoding it uses, or raise UnsupportedFile.

    Order: byte-order mark, strict UTF-8, BOM-less UTF-16, then charset detection with a
    cp1252 preference for Latin text.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                break  # a BOM followed by garbage: let the checks below decide
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            text = ""
        # Binary junk can have NULs on one side too; real text has almost no control characters.
        controls = len(_CONTROL_CHARS.findall(text[:_SAMPLE]))
        if text and controls <= max(2, len(text[:_SAMPLE]) // 100):
            return text
    if _looks_binary(data):
        what = f"“{file_name}”" if file_name else "The input"
        raise UnsupportedFile(
            f"{what} looks like a binary file, not text. InBrief reads plain text, Markdown, "
            "HTML, PDF and Word (.docx) files."
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(data)
    return mostly_utf8 if mostly_utf8 is not None else _guess_single_byte(data)


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


def normalize_text(text: str) -> str:
    """Return ``text`` with newlines as ``\\n``, NFC Unicode, no control characters or
    trailing spaces, and paragraphs separated by exactly one blank line."""
    text = _SURROGATES.sub("\ufffd", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2029", "\n\n").replace("\u2028", "\n").replace("\f", "\n\n")
    text = text.replace("\u0085", "\n")
    text = _CONTROL_CHARS.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _SPACES_BEFORE_NEWLINE.sub("\n", text + "\n")
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip()
