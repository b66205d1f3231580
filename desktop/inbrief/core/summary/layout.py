"""Where a sentence sits on the page: the article's main run of prose, repeats, title echoes.

Text pasted from a whole web page keeps, after cleaning, a few lines that are not the article:
a caption above a "More on ..." list, a promotion between video labels, a teaser in a numbered
list of other stories, a video label that repeats the headline, a caption printed twice (alt text
and caption). These signals find them from the layout alone; on clean text (every block prose,
no repeats) they change nothing.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

import numpy as np

from inbrief.core import text as textmod

Span = tuple[int, int]

# A block is prose when it has a sentence that ends like one and at least this many words.
PROSE_BLOCK_WORDS = 8
# What a block of page furniture (headings, labels, link lines) costs the run it would join,
# on top of its words: a few of them between two stretches of prose split the two.
FURNITURE_COST = 16
# A block whose lines mostly open with "1.", "•", "-" or "*" is a list: neither prose nor
# furniture (a list of points inside an article, or of other stories after it).
LIST_SHARE = 0.6
# A sentence repeats the title when at most this many words longer and this share of its
# words are the title's.
TITLE_EXTRA_WORDS = 3
TITLE_SHARE = 0.8
# Normalised sentences shorter than this are not compared as repeats ("Read more.").
REPEAT_MIN_CHARS = 20

# Columns a wrapped line may end short of its block's widest line (at least; an eighth of the
# width on wide pages): lynx ends lines up to 9 columns early.
WRAP_SLACK = textmod.UNWRAPPED_SLACK  # the sentence splitter's own test (text._not_wrapped)

# A row of a table (a line) is this long at most: a row, not a paragraph.
TABLE_ROW_CHARS = 300
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,3}[.)]|[•·▪●◦*+-])\s+\S")
_WORD = re.compile(r"\w+")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_CUT_OFF = re.compile(r"\[(?:…|\.\.\.)\]\s*$")


def main_run(
    text: str, spans: Sequence[Span], ended: Sequence[bool], word_counts: Sequence[int]
) -> np.ndarray:
    """Return True for each sentence inside the article's main run of prose blocks.

    Blocks (paragraphs) score their words when prose, nothing when a list, and minus their
    words and FURNITURE_COST otherwise; the run is the stretch of blocks with the highest sum.
    """
    n = len(spans)
    inside = np.ones(n, dtype=bool)
    block_spans = list(textmod.blocks(text))
    if n == 0 or len(block_spans) < 2:
        return inside
    block_starts = np.asarray([a for a, _ in block_spans])
    owner = np.searchsorted(block_starts, np.asarray([a for a, _ in spans]), side="right") - 1
    owner = np.maximum(owner, 0)
    words = np.bincount(owner, weights=np.asarray(word_counts, dtype=np.float64),
                        minlength=len(block_spans))
    has_end = np.bincount(owner, weights=np.asarray(ended, dtype=np.float64),
                          minlength=len(block_spans)) > 0
    values = [
        _block_value(text[a:b], float(words[i]), bool(has_end[i]))
        for i, (a, b) in enumerate(block_spans)
    ]
    first, last = _best_stretch(values)
    return (owner >= first) & (owner <= last)


def _block_value(block: str, words: float, has_end: bool) -> float:
    """Return what a block adds to the run it is part of (see main_run)."""
    if _is_list(block):
        # Items of other stories' titles are furniture; a list of sentences is neutral.
        return 0.0 if has_end else -(words + FURNITURE_COST)
    if has_end and words >= PROSE_BLOCK_WORDS:
        return words
    return -(words + FURNITURE_COST)


def _is_list(block: str) -> bool:
    """Return True when most lines of ``block`` open an item (wrapped lines, indented deeper
    than the items, continue one)."""
    lines = [line for line in block.splitlines() if line.strip()]
    items = [line for line in lines if _LIST_ITEM.match(line)]
    if len(items) < 2:
        return False
    indent = min(_indent(line) for line in items)
    heads = [line for line in lines if _indent(line) <= indent]
    return len(items) >= LIST_SHARE * len(heads)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _best_stretch(values: Sequence[float]) -> tuple[int, int]:
    """Return (first, last) index of the contiguous stretch with the highest sum (Kadane)."""
    best, best_span = float("-inf"), (0, len(values) - 1)
    total, start = 0.0, 0
    for index, value in enumerate(values):
        if total <= 0:
            total, start = value, index
        else:
            total += value
        if total > best:
            best, best_span = total, (start, index)
    return best_span


def hard_breaks(text: str, spans: Sequence[Span]) -> set[int]:
    """Return the indices of sentences that run over a line break a wrap did not make.

    A renderer breaks a paragraph's line only when the next word does not fit (a browser's copy
    not at all); a sentence whose line ends well before the block's width although its next
    word would have fitted holds two texts joined: a caption, heading or label run into the
    prose after it. Some renderers leave a few columns free (lynx), hence the slack.
    """
    found: set[int] = set()
    for start, end in textmod.blocks(text):
        if "\n" not in text[start:end]:
            continue
        width = max(_columns(line.rstrip()) for line in _block_lines(text, start, end))
        first = bisect.bisect_left(spans, (start, -1))
        for index in range(first, len(spans)):
            a, b = spans[index]
            if a >= end:
                break
            pos = text.find("\n", a, b)
            while pos != -1:
                line = text[text.rfind("\n", start, pos) + 1 : pos].rstrip()
                following = text[pos + 1 : b].split(None, 1)
                if line.strip() and following and (_columns(line) + 1 + _columns(following[0])
                                                   <= width - max(WRAP_SLACK, width // 8)):
                    found.add(index)
                    break
                pos = text.find("\n", pos + 1, b)
    return found


def _block_lines(text: str, start: int, end: int) -> list[str]:
    # From the start of the block's first line, so that its indent counts like the others'.
    return text[text.rfind("\n", 0, start) + 1 : end].split("\n")


def _columns(text: str) -> int:
    """Return how many terminal columns ``text`` takes (wide East Asian characters take two)."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def same_block(
    text: str, spans: Sequence[Span], marked: set[int], most: int = 1 << 30
) -> set[int]:
    """Return the indices of the sentences that share a block (paragraph) of at most ``most``
    sentences with a marked one."""
    if not marked:
        return set()
    starts = np.asarray([a for a, _ in spans])
    found: set[int] = set()
    for start, end in textmod.blocks(text):
        first = int(np.searchsorted(starts, start, side="left"))
        last = int(np.searchsorted(starts, end, side="left"))
        if last - first <= most and not marked.isdisjoint(range(first, last)):
            found.update(range(first, last))
    return found


def teasers(text: str, spans: Sequence[Span]) -> set[int]:
    """Return the indices of sentences in a block cut off with a bracketed ellipsis ("[…]",
    "[...]"): the excerpt of another story in a list of teasers."""
    if not spans:
        return set()
    starts = np.asarray([a for a, _ in spans])
    found: set[int] = set()
    for start, end in textmod.blocks(text):
        if _CUT_OFF.search(text, start, end):
            first = int(np.searchsorted(starts, start, side="left"))
            last = int(np.searchsorted(starts, end, side="left"))
            found.update(range(first, last))
    return found


def table_lines(text: str, spans: Sequence[Span]) -> set[int]:
    """Return the indices of sentences that are rows of a table: each of their lines parted into
    cells by runs of spaces or tabs ("Porto Calme    41    30    60%", text.table_cells), as a
    text browser or a spreadsheet lays a table out, and no sentence's end. Rows whose last
    cell ends a sentence ("DL    Ada Brennan    63    85%    1 tackle (1 combined).") are a
    table too when the sentence runs over two rows or more (a header, then a row), or starts
    on the line after a row already found; so is the rest of a row's line after one."""
    found: set[int] = set()
    row_ended = -1  # where the last row found ends
    for index, (start, end) in enumerate(spans):
        lines = text[start:end].strip().splitlines()
        if end - start > TABLE_ROW_CHARS * len(lines):
            continue
        if row_ended >= 0 and "\n" not in text[row_ended:end].rstrip():
            found.add(index)  # the rest of the row's last cell: "... (1 combined). 1 sack."
            row_ended = end
            continue
        if (len(lines) < 2 and text[start:end].rstrip().endswith((".", "!", "?"))
                and not (row_ended >= 0 and text.count("\n", row_ended, start) == 1)):
            continue
        if all(len(textmod.table_cells(line.strip())) >= textmod.TABLE_CELLS for line in lines):
            found.add(index)
            row_ended = end
    return found


def repeated(text: str, spans: Sequence[Span]) -> set[int]:
    """Return the indices of sentences whose text occurs again: as another sentence, or inside
    the sentence just before it on the same lines (a picture's alt text run into its caption:
    "X in 2002 X in 2002" then "X in 2002.")."""
    keys = [textmod.alnum_key(text[a:b]) for a, b in spans]
    counts = Counter(k for k in keys if len(k) >= REPEAT_MIN_CHARS)
    found = {i for i, k in enumerate(keys) if counts[k] > 1}
    found.update(
        i for i in range(1, len(spans))
        if len(keys[i]) >= REPEAT_MIN_CHARS and keys[i] in keys[i - 1]
        and not _BLANK_LINE.search(text, spans[i - 1][1], spans[i][0])
    )
    return found


def title_echoes(
    text: str, spans: Sequence[Span], title: str, stop_words: frozenset[str]
) -> set[int]:
    """Return the indices of sentences that only restate the title (a video label, a teaser)."""
    title_words = _words(title)
    wanted = {w for w in title_words if w not in stop_words}
    if len(wanted) < 2:
        return set()
    found = set()
    for index, (a, b) in enumerate(spans):
        words = _words(text[a:b])
        if not words or len(words) > len(title_words) + TITLE_EXTRA_WORDS:
            continue
        content = [w for w in words if w not in stop_words] or words
        if sum(w in wanted for w in content) >= TITLE_SHARE * len(content):
            found.add(index)
    return found


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())
