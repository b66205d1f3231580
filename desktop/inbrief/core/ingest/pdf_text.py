"""PDF lines to article text: paragraphs, line-end hyphens, front matter, junk and garbage."""

from __future__ import annotations

import functools
import re
import statistics
import unicodedata

from inbrief.core.ingest.pdf_layout import COLUMN_BREAK, is_page_number, trim
from inbrief.core.ingest.text import plain_forms

_SENTENCE_END = tuple(".!?:;\"'”’»)]…。！？")
_HYPHENATED = re.compile(r"[^\W\d_][-\u00ad]$")
_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+(?=[\s.,;:!?)]|$)")
_WORD = re.compile(r"\w+")
_LAST_WORD = re.compile(r"[^\W\d_]+$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# A table of contents line: dot leaders, then a page number.
_LEADERS = re.compile(r"(?:\.\s?){5,}\s*[\divxlc]+\s*$", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*(?:[-•*–]|\d{1,3}[.)])\s+")
_JUNK_METADATA = re.compile(
    r"^(?:untitled\d*|unknown|anonymous|user|owner|admin(?:istrator)?|none|null|n/?a|-+|"
    r"microsoft (?:word|powerpoint|excel) - .*|document\d*|doc\d*|"
    r"(?:perl|\w+)?\s*(?:array|hash|scalar)\(0x[0-9a-f]+\)|.*\.(?:docx?|pdf|odt|rtf|txt|tex|dvi"
    r"|pptx?|xlsx?|html?|ps|indd|qxd|pages))$",
    re.IGNORECASE,
)
# Characters left by fonts the PDF cannot map to text: the replacement character and the
# Private Use Area (icons, missing glyphs).
_UNMAPPED = re.compile("[\ufffd\ue000-\uf8ff]")
# Accents that TeX fonts draw as glyphs of their own before the letter ("na¨ıve").
_ACCENTS = {"¨": "\u0308", "´": "\u0301", "`": "\u0300", "ˆ": "\u0302", "˜": "\u0303",
            "ˇ": "\u030c", "˚": "\u030a"}
_SPACING_ACCENT = re.compile("([¨´`ˆ˜ˇ˚])([a-zA-Zı])")


# A right-to-left line as layout mode gives it, glyph by glyph from the left (visual order):
# read backwards it is in logical order but for its runs of left-to-right text (Latin words,
# numbers, "12/5/26, 12:30 PM"), each turned back, and its brackets, drawn mirrored.
_LEFT_TO_RIGHT_RUN = re.compile(
    r"[A-Za-z0-9\u00c0-\u024f](?:[A-Za-z0-9\u00c0-\u024f .,:;/%+&'-]*[A-Za-z0-9\u00c0-\u024f%])?")
_MIRRORED = str.maketrans("()[]{}«»<>", ")(][}{»«><")
RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")  # Hebrew, Arabic
_SPACES = re.compile(r" {2,}")


def logical_order(line: str) -> str:
    """Return a line of right-to-left text drawn from the left (as pypdf's layout mode reads
    it: "ﺔﻴﺑﺮﻌﻟا طﻮﻄﳋا عاﻮﻧا") in logical order, its layout's padding spaces one; a line without
    Arabic or Hebrew letters as it is."""
    if not RIGHT_TO_LEFT.search(line):
        return line
    backwards = _SPACES.sub(" ", line.strip())[::-1].translate(_MIRRORED)
    return _LEFT_TO_RIGHT_RUN.sub(lambda run: run.group(0)[::-1].translate(_MIRRORED),
                                  backwards)


def clean_metadata(value: object) -> str:
    """Return a metadata string unless it is empty or junk ("untitled", "ARRAY(0x…)")."""
    text = " ".join(str(value or "").split())
    if _JUNK_METADATA.match(text) or "(0x" in text or not any(c.isalpha() for c in text):
        return ""
    return text


def _accented(match: re.Match[str]) -> str:
    """Return a letter with the accent TeX drew before it as a separate glyph ("¨ı" -> "ï")."""
    base = "i" if match.group(2) == "ı" else match.group(2)
    return unicodedata.normalize("NFC", base + _ACCENTS[match.group(1)])


def plain_letters(text: str) -> str:
    """Return text with ligatures and presentation forms as plain letters, icons removed."""
    text = _UNMAPPED.sub("", text)
    text = _SPACING_ACCENT.sub(_accented, text)
    return plain_forms(text)


@functools.lru_cache(maxsize=8192)
def _script(char: str) -> str:
    """Return a coarse script name of a letter ("LATIN", "CJK"; "" for combining marks)."""
    try:
        word = unicodedata.name(char).split()[0]
    except ValueError:
        return "?"
    if word in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPHIC", "HALFWIDTH",
                "FULLWIDTH"):
        return "CJK"
    return "" if word == "COMBINING" else word


def garbage_share(text: str) -> float:
    """Return the share of letters in words that mix scripts (0 for real text).

    A font without a usable ToUnicode map yields its glyph codes as if they were Unicode:
    words such as "ίϯύϥϒϧͳ৽ฉ" mix Greek, Bengali and Thai, which real words never do.
    Glyph names ("/g3/g23") count as garbage too.
    """
    letters = mixed = 0
    for word in _WORD.findall(text):
        count = sum(c.isalpha() for c in word)
        letters += count
        if len({_script(c) for c in word if c.isalpha()} - {""}) > 1:
            mixed += count
    names = len(re.findall(r"/(?:g|uni|cid)[0-9A-Fa-f]+|\(cid:\d+\)", text))
    if not letters:
        return 1.0 if names else 0.0
    return min(1.0, (mixed + 3 * names) / letters)


def join_hyphenated(left: str, right: str, words: set[str], compounds: set[str]) -> str:
    """Return two lines joined where ``left`` ends with a hyphen at the line end.

    The word is written whole ("Trace-" + "Monkey" -> "TraceMonkey") when the document uses
    it whole elsewhere or the next line goes on in lower case; the hyphen stays when the
    hyphenated form occurs elsewhere ("well-known") or the next part is capitalised
    ("Anglo-" + "Saxon").
    """
    if left.endswith("\u00ad"):
        return left[:-1] + right
    head = _LAST_WORD.search(left[:-1])
    tail = _FIRST_WORD.match(right)
    first = head.group(0) if head else ""
    second = tail.group(0) if tail else ""
    if f"{first}-{second}".casefold() in compounds:
        return left + right
    if (first + second).casefold() in words or second[:1].islower():
        return left[:-1] + right
    return left + right


def _goes_on(current: str, following: str) -> bool:
    """Return True when the paragraph ``current`` goes on past a blank line into
    ``following``: it ends mid-sentence and the next line opens in lower case. (A full last
    line before a capital is no sign: a paper's title over its abstract is one.)"""
    return following[:1].islower() and not (current.endswith(_SENTENCE_END)
                                            or _LIST_ITEM.match(following))


def join_lines(pages: list[str] | list[list[str]]) -> str:
    """Return page texts joined into paragraphs: hard wraps undone, line-end hyphens removed.

    Each page is a text or its list of lines in reading order. A line ends its paragraph
    when it is followed by a blank line, when the next line is a list item, or when it ends
    a sentence and is clearly shorter than a full line. A paragraph goes on across a
    column or page break when its last line ends mid-sentence and the next one starts in
    lower case. Page numbers and table-of-contents lines are dropped.
    """
    split_pages = [page.split("\n") if isinstance(page, str) else page for page in pages]
    lines = [COLUMN_BREAK if line == COLUMN_BREAK else line.strip()
             for page in split_pages for line in trim(page) + [COLUMN_BREAK]]
    lines = ["" if is_page_number(line) or _LEADERS.search(line) else line for line in lines]
    whole = "\n".join(lines)
    # Compounds written with a hyphen elsewhere in the document keep it when split at a line end.
    compounds = {word.casefold() for word in _COMPOUND.findall(whole)}
    words = {word.casefold() for word in _WORD.findall(whole)}
    lengths = [len(line) for line in lines if len(line) > 20]
    full_width = statistics.median(lengths) if lengths else 60.0
    # Each line's next line with text (an index of ``lines``; its last, blank, at the end):
    # worked out once, not looked for again from each of a page's many blank rows.
    lines.append("")
    ahead_of = [len(lines) - 1] * len(lines)
    for index in range(len(lines) - 2, -1, -1):
        ahead_of[index] = index + 1 if lines[index + 1].strip() else ahead_of[index + 1]
    paragraphs: list[str] = []
    current = ""
    for index, line in enumerate(lines):
        if line == COLUMN_BREAK:
            following = lines[ahead_of[index]]
            goes_on = not current.endswith(_SENTENCE_END) and (
                following[:1].islower() or current.endswith(("-", ",")))
            if current and not goes_on:
                paragraphs.append(current)
                current = ""
            continue
        if not line:
            # A blank row inside a sentence (a column beside it set its paragraphs apart, and
            # the layout's grid shows that gap across both: "... ice shell. And" / "" /
            # "researchers have ..."): the paragraph goes on.
            if current and not _goes_on(current, lines[ahead_of[index]]):
                paragraphs.append(current)
                current = ""
            continue
        if not current:
            current = line
        elif _HYPHENATED.search(current) and line[:1].isalpha():
            current = join_hyphenated(current, line, words, compounds)
        else:
            current = f"{current} {line}"
        following = lines[index + 1] if index + 1 < len(lines) else ""
        ends_sentence = line.endswith(_SENTENCE_END)
        short = len(line) < 0.8 * full_width
        if (
            (ends_sentence and short)
            or _LIST_ITEM.match(following)
            # a heading: a half-width line without final punctuation
            or (len(line) < 0.5 * full_width and not ends_sentence and following[:1].isupper()
                and not line.endswith((",", "-")))
        ):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)
