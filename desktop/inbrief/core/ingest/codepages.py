"""Legacy single-byte and ISO-2022 text: which code page, and how sure we are.

charset-normalizer names the script (Cyrillic, Greek, Arabic, Hebrew code pages and the CJK
multi-byte ones it gets right), but among the Latin code pages it often picks a sibling that
turns Polish "ż" into "¿" or Turkish "İ" into "Ý" (measured: 26 of 33 samples right; see
tests/bench/encodings.py). Latin candidates are therefore decided by a letter check: the
decoding whose accented letters all belong to one language's alphabet, with no symbols in the
middle of words and no control characters, wins; ties go to the more common code page.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

SAMPLE_BYTES = 64 * 1024  # for charset-normalizer; the whole file is decoded once at the end
LATIN_SAMPLE = 16 * 1024  # for the letter check, which runs once per Latin code page

# Latin code pages in order of how common they are: a tie (same letters) goes to the first.
LATIN_CODEPAGES = (
    "cp1252", "cp1250", "iso8859_2", "cp1254", "iso8859_9", "cp1257", "iso8859_13",
    "iso8859_15", "iso8859_16", "iso8859_4",
)

# What people call them, for notes and the Reopen with Encoding list (Python codec names).
ENCODING_NAMES: dict[str, str] = {
    "utf-8": "Unicode (UTF-8)",
    "utf-16": "Unicode (UTF-16)",
    "cp1252": "Western European (Windows-1252)",
    "iso8859_15": "Western European (ISO-8859-15)",
    "cp1250": "Central European (Windows-1250)",
    "iso8859_2": "Central European (ISO-8859-2)",
    "iso8859_16": "South-Eastern European (ISO-8859-16)",
    "cp1254": "Turkish (Windows-1254)",
    "iso8859_9": "Turkish (ISO-8859-9)",
    "cp1257": "Baltic (Windows-1257)",
    "iso8859_13": "Baltic (ISO-8859-13)",
    "iso8859_4": "Baltic (ISO-8859-4)",
    "cp1253": "Greek (Windows-1253)",
    "iso8859_7": "Greek (ISO-8859-7)",
    "cp1251": "Cyrillic (Windows-1251)",
    "koi8_r": "Cyrillic (KOI8-R)",
    "koi8_u": "Cyrillic (KOI8-U)",
    "iso8859_5": "Cyrillic (ISO-8859-5)",
    "cp866": "Cyrillic (DOS 866)",
    "cp1256": "Arabic (Windows-1256)",
    "iso8859_6": "Arabic (ISO-8859-6)",
    "cp1255": "Hebrew (Windows-1255)",
    "iso8859_8": "Hebrew (ISO-8859-8)",
    "shift_jis": "Japanese (Shift JIS)",
    "euc_jp": "Japanese (EUC-JP)",
    "iso2022_jp": "Japanese (ISO-2022-JP)",
    "gb18030": "Chinese Simplified (GB18030)",
    "big5": "Chinese Traditional (Big5)",
    "euc_kr": "Korean (EUC-KR)",
    "cp874": "Thai (Windows-874)",
    "cp1258": "Vietnamese (Windows-1258)",
    "mac_roman": "Western European (Mac Roman)",
}

# Accented letters of the languages written in the Latin code pages (lower case).
_ALPHABETS: dict[str, str] = {
    "de": "äöüß", "fr": "àâæçéèêëîïôœùûüÿ", "es": "áéíóúüñ", "pt": "áâãàçéêíóôõú",
    "it": "àèéìíîòóùú", "nl": "éëïöüèáó", "ca": "àçèéíïòóúü", "sv": "åäöé", "da": "æøåéó",
    "fi": "äöåšž", "is": "áðéíóúýþæö", "ga": "áéíóú", "sq": "çë",
    "pl": "ąćęłńóśźż", "cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž", "sl": "čšž",
    "hr": "čćđšž", "hu": "áéíóöőúüű", "ro": "ăâîșțşţ", "tr": "çğıöşüâîû",
    "lt": "ąčęėįšųūž", "lv": "āčēģīķļņšūž", "et": "äöõüšž",
}
_LETTERS = {lang: set(abc) | set(abc.upper()) | ({"İ"} if lang == "tr" else set())
            for lang, abc in _ALPHABETS.items()}
# Inside words these are normal (l’État, l·l); any other symbol between letters is a misread.
_IN_WORD_OK = set("’'·-\u00ad")
_NON_ASCII = re.compile("[^\x00-\x7f]")
_HIGH_BYTES = re.compile(b"[\x80-\xff]")
_ASCII_LETTERS = re.compile(b"[A-Za-z]")
_C1 = re.compile("[\x80-\x9f]")
_ISO2022 = re.compile(rb"\x1b(?:\$[@B]|\$\(D|\(J|\(I|\$\)C|\$A|\$\)A)")


@dataclass(frozen=True)
class Guess:
    """A decoding of legacy bytes: the text, the codec, and whether the choice is doubtful."""

    text: str
    encoding: str
    unsure: bool = False


def _canonical(codec: str) -> str:
    """Return Python's own name of ``codec`` ("ISO-8859-2" and "iso8859_2" -> "iso8859-2")."""
    try:
        return codecs.lookup(codec).name
    except LookupError:
        return codec.lower()


@cache
def _names() -> dict[str, str]:
    """Return the names people know encodings by, under Python's own names (built on first
    use: looking every codec up imports its module, ~5 ms that a UTF-8 text never needs)."""
    return {_canonical(codec): name for codec, name in ENCODING_NAMES.items()}


def encoding_name(codec: str) -> str:
    """Return the name people know an encoding by ("Central European (ISO-8859-2)")."""
    return _names().get(_canonical(codec), codec)


def iso2022(data: bytes) -> str | None:
    """Return the ISO-2022 codec of 7-bit ``data`` with its escape sequences, or None."""
    sample = data[:SAMPLE_BYTES]
    if max(sample, default=0) >= 0x80 or not _ISO2022.search(sample):
        return None
    if b"\x1b$)C" in sample:
        return "iso2022_kr"
    return "iso2022_jp_2" if b"\x1b$A" in sample or b"\x1b$(D" in sample else "iso2022_jp"


def latin_fit(text: str, language: str | None = None) -> float:
    """Return the share (0..1) of the non-ASCII characters of ``text`` that one language's
    alphabet explains (``language``'s, else the best one's): its letters, symbols outside
    words; never control characters."""
    odd = [match.start() for match in _NON_ASCII.finditer(text)]
    if not odd:
        return 1.0
    best = 0.0
    outside = 0  # symbols between words: fine in any language
    letters: list[str] = []
    for i in odd:
        char = text[i]
        category = unicodedata.category(char)
        if category.startswith("L"):
            letters.append(char)
        elif category != "Cc":
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if char in _IN_WORD_OK or not (before.isalpha() and after.isalpha()):
                outside += 1
    if not letters:
        return outside / len(odd)
    alphabets = [_LETTERS.get(language, set())] if language else _LETTERS.values()
    for alphabet in alphabets:
        known = sum(1 for char in letters if char in alphabet)
        best = max(best, known)
    return (best + outside) / len(odd)


def _script_is_latin(text: str) -> bool:
    """Return True when the non-ASCII letters of ``text`` are mostly Latin (or there are none)."""
    letters = [c for c in text[:SAMPLE_BYTES] if ord(c) > 127 and c.isalpha()]
    if not letters:
        return True
    latin = sum(1 for c in letters if unicodedata.name(c, "").startswith("LATIN"))
    return latin >= 0.9 * len(letters)


def _latin_guess(sample: bytes) -> tuple[str, float, bool]:
    """Return (codec, fit, unsure) of the best Latin code page for ``sample``."""
    scored: list[tuple[bool, float, int, str, str]] = []
    for order, codec in enumerate(LATIN_CODEPAGES):
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        # C1 control characters (what ISO-8859 makes of Windows quotes and dashes) are never
        # in real text: a decoding without them beats one with them.
        clean = _C1.search(text) is None
        scored.append((clean, latin_fit(text), -order, codec, text))
    if not scored:
        return "cp1252", 0.0, True
    scored.sort(reverse=True)
    clean, fit, _, codec, text = scored[0]
    tied = [(order, other, other_text) for other_clean, other_fit, order, other, other_text
            in scored[1:] if other_clean == clean and other_fit >= fit - 0.02
            and _letters_differ(other_text, text)]
    if not tied:
        return codec, fit, fit < 0.97
    # Decodings that fit different alphabets equally well (Latvian "ā ē ī" read as French
    # "â ç î"): the one whose letters belong to the language the words are in wins.
    tied.insert(0, (scored[0][2], codec, text))
    distinct = {candidate: (order, other) for order, other, candidate in reversed(tied)}
    judged = sorted(((latin_fit(candidate, _language_of(candidate)), order, other)
                     for candidate, (order, other) in distinct.items()), reverse=True)
    (best_fit, _, best), (second_fit, _, _) = judged[0], judged[1]
    return best, fit, best_fit - second_fit < 0.05 or fit < 0.97


# Cedilla and comma-below forms are one Romanian letter; code pages differ only in which.
_SAME_LETTER = str.maketrans("șțȘȚ", "şţŞŢ")


def _letters_differ(one: str, other: str) -> bool:
    """Return True when two decodings read differently (not just ş for ș)."""
    return one != other and one.translate(_SAME_LETTER) != other.translate(_SAME_LETTER)


def _language_of(text: str) -> str | None:
    """Return the language code langdetect reads in ``text`` (None when it cannot tell)."""
    from inbrief.core.language import detect_language

    language = detect_language(text)
    return language.code if language.method == "detected" else None


_SHIFT_JIS = ("shift_jis", "shift_jis_2004", "shift_jisx0213", "cp932")


def _mostly_halfwidth_kana(text: str) -> bool:
    """Return True when half-width katakana make up a third of the non-ASCII characters."""
    wide = [c for c in text if ord(c) > 127]
    kana = sum(1 for c in wide if "\uff61" <= c <= "\uff9f")
    return bool(wide) and kana * 3 >= len(wide)


def _decode(data: bytes, codec: str) -> str:
    """Return ``data`` decoded with ``codec``, bytes it lacks as U+FFFD."""
    return data.decode(codec, errors="replace")


def guess_legacy(data: bytes) -> Guess:
    """Return the most likely decoding of bytes that are neither UTF-8, UTF-16 nor ISO-2022."""
    from charset_normalizer import from_bytes  # 5 ms to import: only for legacy code pages

    sample = data[:SAMPLE_BYTES]
    best = from_bytes(sample).best()
    if best is not None and _mostly_halfwidth_kana(str(best)):
        # Short Cyrillic text in KOI8-R or cp1251 also decodes as Shift JIS half-width kana,
        # which real Japanese text hardly uses.
        best = from_bytes(sample, cp_exclusion=list(_SHIFT_JIS)).best()
    head = sample[:LATIN_SAMPLE]
    high = len(_HIGH_BYTES.findall(head))
    if best is not None and high > 0.4 * (high + len(_ASCII_LETTERS.findall(head))):
        # Most letters are outside ASCII: no language of the Latin code pages writes so
        # (Czech, the most accented, stays near 15%): Cyrillic, Greek, Arabic, Hebrew, CJK.
        return Guess(_decode(data, best.encoding), best.encoding, unsure=best.chaos > 0.2)
    latin_codec, fit, unsure = _latin_guess(head)
    if best is not None and not _script_is_latin(str(best)) and (
        # Cyrillic, Greek, Arabic, Hebrew or CJK: charset-normalizer reads these well, unless
        # a Latin code page explains every letter (short Western text mistaken for them).
        fit < 0.999 or latin_fit(str(best)) >= 0.999
    ):
        return Guess(_decode(data, best.encoding), best.encoding, unsure=best.chaos > 0.2)
    return Guess(_decode(data, latin_codec), latin_codec, unsure)
