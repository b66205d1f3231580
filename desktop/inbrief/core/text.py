"""Sentences and words with character offsets, using segmenters that ship their data in the wheel.

sumy's own Tokenizer needs NLTK's downloaded punkt data and fails offline, so sumy gets a
`SumyTokenizer` of ours instead (sumy only uses `.language`, `.to_sentences()`, `.to_words()`).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from functools import cache

Span = tuple[int, int]

_BLOCK_BREAK = re.compile(r"\n[ \t]*\n\s*")
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)
_CJK_SENTENCE_END = re.compile(r"[^。！？!?]*[。！？!?]+[」』”’）)]*|[^。！？!?]+$")
_FINAL_PUNCT = ".!?。！？…\"'”’»)"
_CLOSERS = "\"'”’»)"
_OPENING_MARKS = "(\"“‘'«["
_SENTENCE_PUNCT = tuple(".!?。！？…")
# A wrapped line is at most this many characters short of the block's wrap width.
FULL_LINE_SLACK = 12
UNWRAPPED_SLACK = 12  # columns a renderer may leave free at a line's end (lynx: up to 9)
# A stanza: this many lines or more, each opening with a capital and none wider than this; a
# poem's or a song's lines end at line breaks, with or without punctuation (a paragraph
# wrapped in a narrow column has lines that open in lower case).
VERSE_LINES = 4
VERSE_WIDTH = 60
_NO_SPACE_LANGS = {"ja", "zh-cn", "zh-tw", "zh", "th", "lo", "km", "my"}
# Thai, Lao, Khmer and Burmese put no spaces between words and mark the end of a sentence or
# clause with a space; with no segmenter of their own here, a space-separated run is the unit.
_SPACE_SEPARATED_CLAUSES = {"th", "lo", "km", "my"}
_NON_SPACE_RUN = re.compile(r"\S+")
_lock = threading.Lock()
# A "sentence" longer than this has no sentence punctuation to speak of (a transcript, OCR
# output, a data dump): it is cut into pseudo-sentences, at line breaks first, then at word
# boundaries, so that every later stage works on pieces of bounded length.
MAX_SENTENCE_CHARS = 1000
PSEUDO_SENTENCE_CHARS = 300
_LINE = re.compile(r"[^\n]+")
_WORD_RUNS = re.compile(r"\w+")
# Cells of a line laid out as a table's row (a text browser, a spreadsheet): two spaces or more,
# or a tab, between them; no-break spaces count as spaces ("… i-Size Base\xa0\t350 €\xa0 \xa0\tja"
# in a browser's copy of ADAC's table).
_CELL_GAP = re.compile(r"\S[ \xa0]*(?:\t|[ \xa0]{2,})[ \xa0]*(?=\S)")
# A row has this many cells at least.
TABLE_CELLS = 3


def blocks(text: str) -> Iterator[Span]:
    """Yield (start, end) of paragraphs: runs of text separated by blank lines, trimmed."""
    pos = 0
    for match in _BLOCK_BREAK.finditer(text):
        yield from _trimmed(text, pos, match.start())
        pos = match.end()
    yield from _trimmed(text, pos, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def _lines_of_block(text: str, start: int, end: int) -> Iterator[Span]:
    """Split a block at line breaks that end a sentence or a heading; join wrapped lines."""
    piece_start = start
    pos = text.find("\n", start, end)
    # The width the block was wrapped at (0: not wrapped): a full line that ends with a
    # bracket or quotation mark but no sentence's punctuation inside it goes on below
    # ("... up to 4 streams (2 in, 2 out)" / "at once, and ...").
    lengths = [len(line.rstrip()) for line in text[start:end].split("\n")] if pos != -1 else []
    width = wrap_width(lengths) if lengths else 0
    # A line ending far short of the block's widest, though the next line's first word would
    # have fitted, was not wrapped: a link or label run into the paragraph below it, in a copy
    # that puts a paragraph on a line of its own ("Step-by-step guide to the base camp" /
    # "T1 entered the final ...").
    # (The second widest of four lines or more: a line that two wrapped lines were joined
    # into, a word broken at its end with a hyphen put back together, is no wrap width.)
    widest = max(lengths, default=0)
    full = sorted(lengths)[-2] if len(lengths) >= 4 else widest
    heading = HEADING_CHARS
    column = _column(text, start, end, lengths)
    if column:
        # A PDF's column copied (no blank line between its paragraphs, a wider title or
        # a line run across both columns in the block): its lines are as wide as most of
        # them, and a heading is short for the column, not for a page.
        full = sorted(lengths)[len(lengths) // 2]
        heading = int(COLUMN_HEADING_SHARE * full)
    fit = full - max(UNWRAPPED_SLACK, full // 8)
    verse = len(lengths) >= VERSE_LINES and widest <= VERSE_WIDTH and all(
        line.lstrip()[:1].isupper() for line in text[start:end].split("\n"))
    while pos != -1:
        # Only the last line is read: slicing the whole piece each time would be quadratic in a
        # block of lines that never end a sentence (a transcript with no punctuation).
        last_line_start = text.rfind("\n", piece_start, pos) + 1
        last_line = text[max(last_line_start, piece_start) : pos].strip()
        line_end = pos
        while line_end > piece_start and text[line_end - 1].isspace():
            line_end -= 1
        ends_sentence = line_end > piece_start and text[line_end - 1] in _FINAL_PUNCT and not (
            # An elision wrapped at its apostrophe ("Cette petite phrase d'" / "Arnaud ...",
            # "dell'" / "Europa") ends no sentence.
            text[line_end - 1] in "'’" and text[line_end - 2 : line_end - 1].isalpha()
            or width and pos - last_line_start >= width - FULL_LINE_SLACK
            and text[line_end - 1] in _CLOSERS
            and text[piece_start:line_end].rstrip(_CLOSERS)[-1:] not in _SENTENCE_PUNCT
            or _quote_goes_on(text, piece_start, line_end, pos))
        # A short line is a heading or label, not a hard-wrapped part of a sentence.
        looks_like_heading = len(last_line) < heading and 0 < len(last_line.split()) <= 12
        if looks_like_heading and (column or OPEN_TAIL.search(last_line)):
            # (A column's justified line pulled apart into words, a line each, goes on; so
            # does a narrow column's short line ending inside its sentence, "... hundreds of"
            # over "thousands of secret files", in a paragraph too short to tell a column.)
            looks_like_heading = not text[pos + 1 : pos + 3].lstrip()[:1].islower()
        if (verse or ends_sentence or looks_like_heading or _is_list_item(text, pos + 1)
                or _not_wrapped(text, last_line, pos, end, fit)):
            yield from _trimmed(text, piece_start, pos)
            piece_start = pos + 1
        pos = text.find("\n", pos + 1, end)
    yield from _trimmed(text, piece_start, end)


HEADING_CHARS = 45  # a line shorter than this is a heading or label, not a wrapped one
# A line ending inside its sentence for certain: a comma, a hyphen, a short word in lower case
# ("of", "the", "and", "de", "und"): no heading ends so, and the next line goes on with it.
OPEN_TAIL = re.compile(r"(?:[,‐-]|(?:^|\s)[a-zà-ÿ]{1,4})$")
# A PDF's column: COLUMN_LINES lines or more, most of them MIN_COLUMN to MAX_COLUMN wide, a
# share of them going on with their sentence in lower case on the next line.
COLUMN_LINES = 6
MIN_COLUMN, MAX_COLUMN = 25, 70
COLUMN_GOING_ON = 0.3
COLUMN_FLUSH = 0.9  # of its lines not indented at least
COLUMN_HEADING_SHARE = 0.6  # of the column's width: a line shorter is a heading


def column_width(text: str, start: int, end: int) -> int:
    """Return the median width of the lines of the block ``text[start:end]`` when it is a
    PDF's column as a PDF reader copies it (see COLUMN_LINES), else 0."""
    lengths = [len(line.rstrip()) for line in text[start:end].split("\n")]
    if not _column(text, start, end, lengths):
        return 0
    return sorted(lengths)[len(lengths) // 2]


def _column(text: str, start: int, end: int, lengths: list[int]) -> bool:
    """Return True when the block ``text[start:end]`` (its lines ``lengths`` long) is a
    PDF's column as a PDF reader copies it (see COLUMN_LINES)."""
    if len(lengths) < COLUMN_LINES:
        return False
    median = sorted(lengths)[len(lengths) // 2]
    if not MIN_COLUMN <= median <= MAX_COLUMN:
        return False
    lines = text[text.rfind("\n", 0, start) + 1 : end].split("\n")
    # (A PDF reader indents none of a column's lines; lynx indents its paragraphs.)
    if sum(1 for line in lines if line[:1].isspace()) > (1 - COLUMN_FLUSH) * len(lines):
        return False
    going = sum(1 for above, below in zip(lines, lines[1:], strict=False)
                if below.lstrip()[:1].islower() and above.rstrip(" ,")[-1:].isalpha())
    return going >= COLUMN_GOING_ON * (len(lines) - 1)


def _quote_goes_on(text: str, start: int, line_end: int, pos: int) -> bool:
    """Return True when the line ending at ``line_end`` closes a quotation after a comma and
    the next line (after ``pos``) opens in lower case: the attribution goes on below
    ("... pass out,\"" / "wrote Martin Taylor ...", a renderer's line break)."""
    # Only the line's last characters are read (its closing marks are few), not the piece.
    return (text[line_end - 1] in _CLOSERS
            and text[max(start, line_end - 8) : line_end].rstrip(_CLOSERS)[-1:] == ","
            and text[pos + 1 : pos + 40].lstrip()[:1].islower())


def _not_wrapped(text: str, line: str, pos: int, end: int, fit: int) -> bool:
    """Return True when ``line`` (ending at ``pos``) plus the next line's first word, which opens
    in a capital or a digit (after an opening bracket or quotation mark: "(CNN)President"), is
    ``fit`` characters or fewer: the line was not wrapped."""
    following = text[pos + 1 : min(end, pos + 60)].split(None, 1)
    opening = following[0].lstrip(_OPENING_MARKS)[:1] if following else ""
    return (bool(following) and (opening.isupper() or opening.isdigit())
            and len(line) + 1 + len(following[0]) <= fit)


def _is_list_item(text: str, pos: int) -> bool:
    return bool(re.match(r"[ \t]*(?:[-*•·]|\d{1,3}[.)])\s", text[pos : pos + 8]))


def split_sentences(text: str, language: str = "en") -> list[Span]:
    """Return (start, end) offsets of every sentence in ``text``, in order, trimmed."""
    spans: list[Span] = []
    for b_start, b_end in blocks(text):
        for l_start, l_end in _lines_of_block(text, b_start, b_end):
            for start, end in _sentences_in(text, l_start, l_end, language):
                if end - start > MAX_SENTENCE_CHARS:
                    spans.extend(_pseudo_sentences(text, start, end))
                else:
                    spans.append((start, end))
    return spans


def _pseudo_sentences(text: str, start: int, end: int) -> Iterator[Span]:
    """Yield pieces of an over-long sentence: its lines, each cut at spaces when too long."""
    for line in _LINE.finditer(text, start, end):
        for a, b in _trimmed(text, line.start(), line.end()):
            while b - a > PSEUDO_SENTENCE_CHARS:
                cut = text.rfind(" ", a + PSEUDO_SENTENCE_CHARS // 2, a + PSEUDO_SENTENCE_CHARS)
                cut = cut if cut != -1 else a + PSEUDO_SENTENCE_CHARS  # no spaces (CJK, a dump)
                yield from _trimmed(text, a, cut)
                a = cut
                while a < b and text[a].isspace():
                    a += 1
            if b > a:
                yield a, b


def _sentences_in(text: str, start: int, end: int, language: str) -> Iterator[Span]:
    chunk = text[start:end]
    base = language.split("-")[0].lower()
    if base in {"ja", "zh"}:
        pieces = [(m.start(), m.end()) for m in _CJK_SENTENCE_END.finditer(chunk)]
    elif base in _SPACE_SEPARATED_CLAUSES:
        pieces = [(m.start(), m.end()) for m in _NON_SPACE_RUN.finditer(chunk)]
    elif base == "en":
        pieces = _join_acronym_names(chunk, list(_nupunkt_spans(chunk)))
    else:
        pieces = _merge_fragments(chunk, list(_sentencex_spans(chunk, base)))
    pieces = _join_dash_goes_on(chunk, _join_open_quotes(chunk, pieces))
    if "[" in chunk:
        pieces = _split_after_marks(chunk, _attach_reference_marks(chunk, pieces))
    for a, b in pieces:
        yield from _trimmed(text, start + a, start + b)


# A reference's mark after a sentence's full stop (Wikipedia's "… on July 7, 2009.[1] As of
# …", w3m's "2009.^[1]", "[citation needed]", "[a]"): it belongs to the sentence before it,
# and a sentence after one is a sentence of its own ("… seasons.^[3] Critics liked it.").
_MARK = r"\^?\[(?:\d{1,3}|[a-z]|[a-z][a-z ]{2,30}[a-z]|note \d{1,3})\]"
_MARKS_AT_START = re.compile(rf"(?:{_MARK})+")
_MARKS_AFTER_STOP = re.compile(rf"(?<=[.!?])(?:{_MARK})+(?=\s+[\"“(]?[A-Z0-9])")


def _attach_reference_marks(chunk: str, pieces: list[Span]) -> list[Span]:
    """Move reference marks opening a piece to the end of the piece before it."""
    moved: list[Span] = []
    for start, end in pieces:
        marks = _MARKS_AT_START.match(chunk, start) if moved else None
        if marks is not None:
            moved[-1] = (moved[-1][0], marks.end())
            start = marks.end()
            while start < end and chunk[start].isspace():
                start += 1
            if start >= end:
                continue
        moved.append((start, end))
    return moved


def _split_after_marks(chunk: str, pieces: list[Span]) -> list[Span]:
    """Split a piece after a full stop and its reference marks before a capital: the
    sentence tokenizer does not see a stop there ("… seasons.^[3] Critics liked it.")."""
    split: list[Span] = []
    for start, end in pieces:
        for mark in _MARKS_AFTER_STOP.finditer(chunk, start, end):
            split.append((start, mark.end()))
            start = mark.end()
        split.append((start, end))
    return split


# A sentence goes on past a split before a dash and a word in lower case: "… from here!” — a
# window the size of an IMAX screen …" (nupunkt splits after the exclamation mark).
_DASH_GOES_ON = re.compile(r"\s*[—–]\s*[^\W\d_]")


def _join_dash_goes_on(chunk: str, pieces: list[Span]) -> list[Span]:
    """Join a piece opening with a dash and a word in lower case to the sentence before it."""
    joined: list[Span] = []
    for start, end in pieces:
        match = _DASH_GOES_ON.match(chunk, start)
        if joined and match is not None and match.group()[-1].islower():
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


_OPENING, _CLOSING = "“«「『", "”»」』"
_OPENING_LOW, _CLOSING_LOW = "„‚", "“”‘"  # German, Czech, Polish…: „so“
_QUOTED = re.compile(r'“[^”]*”|«[^»]*»|„[^“”]*[“”]|"[^"]*"|「[^」]*」|『[^』]*』')
MAX_QUOTED_SENTENCES = 6  # beyond this a quotation mark is a stray one: keep the splits


def is_quotation(sentence: str) -> bool:
    """Return True when ``sentence`` is mostly someone's words in quotation marks: it opens
    with a quotation mark, or quoted text makes up half of it."""
    text = sentence.strip()
    if not text:
        return False
    if text[0] in _OPENING + _OPENING_LOW + '"':
        return True
    quoted = sum(len(m.group()) for m in _QUOTED.finditer(text))
    return quoted >= len(text) / 2


def _quote_depth(piece: str, low: bool) -> tuple[int, int]:
    """Return (curly quotations opened minus closed, straight double quotes) in ``piece``."""
    opening, closing = (_OPENING_LOW, _CLOSING_LOW) if low else (_OPENING, _CLOSING)
    depth = sum(c in opening for c in piece) - sum(c in closing for c in piece)
    return depth, piece.count('"')


def _join_open_quotes(chunk: str, pieces: list[Span]) -> list[Span]:
    """Join sentences split inside a quotation ("“It was late. We left.” she said" is one
    sentence); a quotation still open after a few sentences is a stray mark, split as before."""
    low = "„" in chunk or "‚" in chunk
    joined: list[Span] = []
    i = 0
    while i < len(pieces):
        start, end = pieces[i]
        depth, straight = _quote_depth(chunk[start:end], low)
        j = i
        while (depth > 0 or straight % 2) and j + 1 < len(pieces) and j - i < MAX_QUOTED_SENTENCES:
            j += 1
            more, more_straight = _quote_depth(chunk[pieces[j][0]:pieces[j][1]], low)
            depth, straight, end = depth + more, straight + more_straight, pieces[j][1]
        if j > i and depth <= 0 and straight % 2 == 0:
            joined.append((start, end))
            i = j + 1
        else:
            joined.append(pieces[i])
            i += 1
    return joined


def _nupunkt_spans(chunk: str) -> Iterator[Span]:
    import nupunkt

    with _lock:  # nupunkt's cached model is shared; keep it single-threaded
        spans = nupunkt.sent_spans(chunk)
    yield from spans


# "the U.N. General Assembly", "a U.S. Supreme Court ruling": a dotted acronym before a name
# of two capitalised words ends no sentence ("in the U.S. The next day" and "the U.S.
# Officials said" do: a word that opens sentences, or one in lower case, follows).
_ACRONYM_END = re.compile(r"\b(?:[A-Z]\.){2,}\s*$")
_TWO_CAPITALS = re.compile(r"([A-Z][a-z][\w'’-]*)\s+[A-Z][\w'’-]+")
# Words that open a sentence rather than a name (the stop-word list also holds "General").
_OPENER_WORDS = (
    "the a an this that these those he she it they we i you his her its their our my your "
    "but and or so yet nor in on at for with from by after before when while if as since "
    "then there here now still also however meanwhile although though because during despite "
    "many most some several both each every all no not one two three last next mr mrs ms dr "
    "what who why how where which"
)
_OPENERS = frozenset(_OPENER_WORDS.split())


def _join_acronym_names(chunk: str, spans: list[Span]) -> list[Span]:
    """Join nupunkt's pieces split after a dotted acronym that opens a name."""
    joined: list[Span] = []
    for start, end in spans:
        if joined and _ACRONYM_END.search(chunk, joined[-1][0], joined[-1][1]):
            name = _TWO_CAPITALS.match(chunk[start:end])
            if name is not None and name.group(1).casefold() not in _OPENERS:
                joined[-1] = (joined[-1][0], end)
                continue
        joined.append((start, end))
    return joined


def _sentencex_spans(chunk: str, language: str) -> Iterator[Span]:
    import sentencex

    pos = 0
    for piece in sentencex.segment(language, chunk):
        found = chunk.find(piece.strip() or piece, pos)
        if found == -1:
            continue
        yield found, found + len(piece.strip() or piece)
        pos = found + len(piece.strip() or piece)


_ABBREV_END = re.compile(r"(?:\b\w{1,3}|\d+)\.\s*$")


def _merge_fragments(chunk: str, spans: list[Span]) -> list[Span]:
    """Join sentencex pieces it split after abbreviations or ordinals ("M. Dupont", "3. Okt.")."""
    merged: list[Span] = []
    for start, end in spans:
        if merged:
            prev_start, prev_end = merged[-1]
            prev = chunk[prev_start:prev_end]
            nxt = chunk[start:end].lstrip()
            first = nxt[:1]
            short_prev = len(prev.split()) < 3 and _ABBREV_END.search(prev) is not None
            continues = bool(first) and (first.islower() or first.isdigit())
            if short_prev or (continues and _ABBREV_END.search(prev)):
                merged[-1] = (prev_start, end)
                continue
        merged.append((start, end))
    return merged


# ----------------------------------------------------------------------------- words


def word_spans(text: str, language: str = "en") -> list[Span]:
    """Return (start, end) offsets of the words of ``text`` (no punctuation)."""
    base = language.split("-")[0].lower()
    if base == "ja":
        return _located(text, _tinysegmenter().tokenize(text))
    if base == "zh":
        return [(a, b) for _w, a, b in _jieba().tokenize(text) if _is_wordlike(text[a:b])]
    if base in _SPACE_SEPARATED_CLAUSES:
        # \w would cut Thai words at every vowel sign (category Mn): keep whole runs instead.
        return [(m.start(), m.end()) for m in _NON_SPACE_RUN.finditer(text)]
    return [(m.start(), m.end()) for m in _WORD.finditer(text)]


def words(text: str, language: str = "en") -> list[str]:
    """Return the words of ``text``."""
    return [text[a:b] for a, b in word_spans(text, language)]


def count_words(text: str, language: str = "en") -> int:
    """Return the number of words, counting CJK characters as 1.5 per word for reading time."""
    base = language.split("-")[0].lower()
    if base in {"ja", "zh"}:
        return max(1, round(len(re.findall(r"\w", text)) / 1.5)) if text.strip() else 0
    if base in _SPACE_SEPARATED_CLAUSES:  # about five letters (vowel signs aside) to a word
        return max(1, round(len(re.findall(r"\w", text)) / 5)) if text.strip() else 0
    return len(_WORD.findall(text))


def _is_wordlike(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def _located(text: str, tokens: list[str]) -> list[Span]:
    spans: list[Span] = []
    pos = 0
    for token in tokens:
        found = text.find(token, pos)
        if found == -1:
            continue
        pos = found + len(token)
        if _is_wordlike(token):
            spans.append((found, pos))
    return spans


@cache
def _tinysegmenter():  # type: ignore[no-untyped-def]
    import tinysegmenter

    return tinysegmenter.TinySegmenter()


@cache
def _jieba():  # type: ignore[no-untyped-def]
    import logging
    import lzma
    import os
    import warnings

    with warnings.catch_warnings():  # jieba imports the deprecated pkg_resources
        warnings.simplefilter("ignore")
        import jieba

    jieba.setLogLevel(logging.WARNING)

    class PackedDictionaryTokenizer(jieba.Tokenizer):
        """jieba's tokenizer that can read its main dictionary from ``dict.txt.xz``.

        The frozen bundle ships the dictionary compressed (5.1 -> 1.5 MB); it is read once,
        then jieba loads the cache it writes to our private folder.
        """

        def get_dict_file(self):  # type: ignore[no-untyped-def]
            packed = os.path.join(os.path.dirname(jieba.__file__), "dict.txt.xz")
            if self.dictionary == jieba.DEFAULT_DICT and os.path.isfile(packed):
                return lzma.open(packed, "rb")
            return super().get_dict_file()

    tokenizer = PackedDictionaryTokenizer()
    tokenizer.tmp_dir = _private_cache_dir()
    return tokenizer


def _private_cache_dir() -> str:
    """Return a folder of this user's for jieba's dictionary cache.

    jieba's default is the shared temp folder, where it reads ``jieba.cache`` with marshal:
    another user could plant that file. marshal is not safe against crafted data.
    """
    import tempfile

    from inbrief.logs import data_dir

    folder = data_dir() / "cache"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return str(folder)
    except OSError:
        return tempfile.mkdtemp(prefix="inbrief-")  # private (0700), rebuilt each run


class SumyTokenizer:
    """A sumy-compatible tokenizer backed by our offline segmenters."""

    def __init__(self, language: str = "en", sumy_language: str = "english") -> None:
        self.code = language
        self.language = sumy_language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(paragraph[a:b] for a, b in split_sentences(paragraph, self.code))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence, self.code))


def has_word_segmenter(language: str) -> bool:
    """Return False for scripts whose words this module cannot separate (Thai, Lao...)."""
    return language.split("-")[0].lower() not in _SPACE_SEPARATED_CLAUSES


def is_no_space_language(language: str) -> bool:
    """Return True for scripts written without spaces between words."""
    return language.lower() in _NO_SPACE_LANGS or language.split("-")[0].lower() in _NO_SPACE_LANGS


def wrap_width(widths: list[int]) -> int:
    """Return the width lines were wrapped at, or 0 when the text is not hard-wrapped
    (``widths``: the width in columns of each line that is not blank)."""
    lengths = sorted(widths, reverse=True)
    if len(lengths) < 6:
        return 0
    widest = lengths[min(2, len(lengths) - 1)]
    near = sum(1 for n in lengths if n >= widest - 25)
    return widest if near >= 4 and widest <= 400 else 0


def alnum_key(text: str) -> str:
    """Return ``text`` reduced to its lower-case letters and digits: the key two titles,
    names or lines are compared by, whatever their case, spacing and punctuation."""
    # The runs of word characters joined, "_" taken out: what removing [\W_]+ leaves, ~15%
    # quicker (a page's every block is keyed when its headline is looked for). The spaces go
    # first (in C): the pattern then finds a run between punctuation marks, not one a word,
    # and none in a text of letters and digits only (~30% quicker). Only " " is replaced: a
    # rarer space (a tab, U+00A0) is no word character, the pattern leaves it out; a split
    # and a join made a string of each word (a fifth of the key's time).
    packed = text.casefold().replace(" ", "")
    if packed.isalnum():
        return packed
    return "".join(_WORD_RUNS.findall(packed)).replace("_", "")


def table_cells(line: str) -> list[str]:
    """Return the cells of ``line`` as a table lays them out (the whole line when it has no
    gap of two spaces or a tab; each cell but the last without its final character)."""
    return _CELL_GAP.split(line)
