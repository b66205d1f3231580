"""The blocks of a page pasted as plain text, and their class before the article is looked for.

jusText's idea applied to plain text: each block (a paragraph, or one line of a list) is
classed good, near-good, short or bad from its length, sentence punctuation, stop-word density
and list shape; short and near-good blocks then take the class of their good or bad
neighbours, so a short article paragraph between prose stays (blocks.py finds the article's
run of blocks from these classes).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from functools import cache

from inbrief.core.clean.code_lines import is_code_line
from inbrief.core.clean.counts import columns, dense_chars, letter_runs, narrow, word_count
from inbrief.core.clean.date_lines import date_line
from inbrief.core.clean.repeats import repeated_lines
from inbrief.core.clean.rules import DATELINE, MONTH_NAMES, SENTENCE_END, BoilerplateLines
from inbrief.core.clean.special_blocks import (
    is_cookie_notice,
    is_promo,
    is_site_notice,
    is_video_label,
    table_row,
)
from inbrief.core.clean.title_like import credit_ends
from inbrief.core.language import LANGUAGES
from inbrief.core.stopwords import stop_words
from inbrief.core.text import OPEN_TAIL, wrap_width

# jusText's defaults: characters and stop-word shares.
LENGTH_LOW = 70
LENGTH_HIGH = 200
STOPWORDS_LOW = 0.30
STOPWORDS_HIGH = 0.32
BULLET = re.compile(r"^\s*(?:[•◦▪□■●○◆►▸·*+]|-(?=\s)|\(BUTTON\)|\[[^\]]{0,80}\]\s*$)")
# What each of BULLET's alternatives opens with, past the spaces: a text opening otherwise is
# turned away without the pattern (most lines and blocks; a page's are asked two thousand
# times).
_BULLET_OPENINGS = frozenset("•◦▪□■●○◆►▸·*+-([")


def bulleted(text: str) -> bool:
    """Return True when ``text`` opens with a list's bullet (BULLET matches it)."""
    # (``lstrip`` and ``\s`` strip the same spaces: str.isspace's.)
    return text.lstrip()[:1] in _BULLET_OPENINGS and BULLET.match(text) is not None


# A teaser: its headline run into its first sentence ("Student-AthleteA 24-year-old woman").
_GLUED = re.compile(r"[a-z]{3}(?:A|An|The|In|On|At|After|When|As|It|This"
                    r"|[A-Z][a-z]+ [A-Z][a-z]+ (?:is|was|has|have|said|says|will))\s")
# Where a lower-case letter runs into a capital: without one the pattern above cannot match
# (looked for first, about a third quicker on a page's blocks).
_GLUE = re.compile(r"[a-z][A-Z]")
_BRACKETS = re.compile(r"\[[^\]]{0,80}\]")
_WORD = re.compile(r"[^\W\d_]+")
_CELL_GAP = re.compile(r"\S(?: {2,}|\t)(?=\S)")
# A sentence's end in a script without spaces between words (Japanese and Chinese have marks
# of their own; Korean, which is dense here for its syllable blocks, ends with a full stop,
# question or exclamation mark after a syllable: "... 귀띔했다.").
_DENSE_END = re.compile(r"[。！？」』）]|[\uac00-\ud7a3][.?!](?!\S)")
# Tags under an article: "tags #Markets #Nifty #Sensex" (a tweet quoted in the article has
# more words than tags).
_HASHTAG = re.compile(r"(?:^|\s)#[^\W\d_]")
MIN_HASHTAGS = 2
# A line this wide (columns) or wider, its sentence carried on in lower case on the next
# line, was wrapped by the renderer.
MIN_WRAPPED = 100
WORDS_PER_HASHTAG = 3
# A renderer wraps a line only when the next word does not fit: a line ending this many
# columns short of the width, though the next line's first word would have fitted, ended its
# block (lynx runs a paragraph into the list or caption after it without a blank line).
FIT_SLACK = 3
# ... unless a third or more of the lines that go on in lower case would have had room for
# their next line's first word under the widest of the lines up to NEAR_LINES away (a few in
# a hundred in a text browser's page; 40 to 85 in a hundred in a text of 6 to 20 words a
# line): the text was wrapped at a number of words (a transcript, a dump), not at a width,
# and a short line ends no block (else each would be a block of its own, and a long text's
# thousands of them cost seconds). A page's few dozen such lines are too few to tell by.
FITTED_SHARE = 1 / 3
NEAR_LINES = 5
MIN_GOING_ON = 100
MAX_GOING_ON = 1000

@dataclass
class Block:
    """Lines ``first``..``last`` (indices into the text's lines) read as one block."""

    first: int
    last: int
    text: str
    sentence: bool = False  # ends like a sentence
    caption: bool = False  # a picture's caption with its credit (picture_captions)
    _words: list[str] | None = field(default=None, repr=False, compare=False)

    @property
    def words(self) -> list[str]:
        """Return the block's words, case-folded (found once: the stop-word count and the
        choice of stop-word list both read them)."""
        if self._words is None:
            self._words = letter_runs(self.text.casefold())
        return self._words


def split_blocks(lines: list[str]) -> list[Block]:
    """Return the blocks of ``lines``: paragraphs (wrapped lines joined) and list items; a
    line repeated within a few lines is a block of its own."""
    texts = [line.strip() for line in lines]
    # Most texts have no wide character at all: told by one scan of their lines not in ASCII,
    # not one a line, each line's width is then its length.
    if narrow("\n".join(line for line in lines if not line.isascii())):
        widths = [len(line) if text else 0 for line, text in zip(lines, texts, strict=True)]
    else:
        widths = [columns(line) if text else 0 for line, text in zip(lines, texts, strict=True)]
    width = wrap_width([n for n, text in zip(widths, texts, strict=True) if text])
    fit_width = width if width and _wrapped_at(width, lines, texts, widths) else 0
    starts, ends = repeated_lines(texts)
    in_column = column_joins(lines, texts, widths)
    blocks: list[Block] = []
    parts: list[list[str]] = []  # each block's lines, joined once at the end (linear time)
    current: Block | None = None
    previous = 0  # the width of the last line that is not blank
    for index, line in enumerate(lines):
        text = texts[index]
        if not text:
            current = None
            continue
        joined = (
            current is not None
            and ((width and previous >= width - 30
                  # A line wrapped in a text with too few long lines to tell the width by:
                  # a paragraph does not open in lower case.
                  or previous >= MIN_WRAPPED and text[:1].islower()
                  and not texts[index - 1].endswith(SENTENCE_END)
                  or _column_wrapped(texts, widths, index, current.last > current.first))
                 and not _fitted(previous, text, fit_width, widths[index] == len(line))
                 # (A column's lines are not a text browser's: its width tells nothing.)
                 or index in in_column)
            and not bulleted(line)
            and index not in starts
            and index - 1 not in ends
        )
        if current is not None and joined:
            current.last = index
            parts[-1].append(text)
        else:
            current = Block(index, index, text)
            blocks.append(current)
            parts.append([current.text])
        previous = widths[index]
    for block, pieces in zip(blocks, parts, strict=True):
        if len(pieces) > 1:
            block.text = " ".join(pieces)
    return blocks


# A PDF reader's copy: lines as the page laid them out, in a column narrower than a text
# browser's page, each full line's sentence going on in lower case on the next.
MIN_COLUMN = 40  # columns: a line this wide or wider may be a column's full line
FULL_SHARE = 0.8  # of the widest of the next lines: a full line, not a paragraph's last
MIN_COLUMN_WORDS = 6
PROSE_WORD_SHARE = 0.7  # of a line's words plain words (no dotted name, no operator)
_PLAIN_WORD = re.compile(r"^[(\"'“‘]?[^\W\d_]+(?:[-’'][^\W\d_]+)*[)\"'”’]?[,.;:?!]?$")


def _column_wrapped(texts: list[str], widths: list[int], index: int, going: bool) -> bool:
    """Return whether line ``index`` goes on with the sentence of the line above it, wrapped
    at a column's width: that line MIN_COLUMN columns wide or wider (narrower than a text
    browser wraps at), as wide as FULL_SHARE of the widest of the next lines, a sentence's
    words not ending it; this one opening with a plain word in lower case, and as wide too
    unless it ends a paragraph already ``going`` (two lines or more): a headline's short
    line under it ("by Tom Rogan") is none, nor are lines of program code."""
    above, text, previous = texts[index - 1], texts[index], widths[index - 1]
    if not (MIN_COLUMN <= previous < MIN_WRAPPED and text[:1].islower()
            and previous >= FULL_SHARE * max(widths[index:index + 3])
            and (going or widths[index] >= MIN_COLUMN)
            and not above.endswith((*SENTENCE_END, ":"))):
        return False
    words = above.split()
    return (len(words) >= MIN_COLUMN_WORDS
            and bool(_PLAIN_WORD.match(text.split(maxsplit=1)[0]))
            and sum(bool(_PLAIN_WORD.match(word)) for word in words)
            >= PROSE_WORD_SHARE * len(words)
            and not is_code_line(above) and not is_code_line(text))


# A column's run of lines, copied out of a PDF reader: no blank line between its paragraphs,
# its sentences going on from line to line (in lower case, often), its lines about as wide
# as one another and narrower than a text browser's page.
COLUMN_RUN = 4  # lines in a run at least
MIN_RUN_WIDTH = 25  # columns: the run's median line at least
MAX_RUN_WIDTH = 70  # and at most (a text browser wraps at 76 columns or more)
MIN_WIDE_RUN = 15  # lines in a run of wider lines at least: a page's, not a paragraph's
MIN_FITTED = 2  # lines of a wide run that would have fitted the next word, at least
FITTED_SHARE_WIDE = 0.05  # of its lines going on
GOING_ON_SHARE = 0.3  # of the run's line breaks, inside a sentence going on in lower case
MIN_GOING_ON_LINES = 3
FLUSH_SHARE = 0.9  # of the run's lines not indented at least
PROSE_LINES = 0.6  # of the run's lines a sentence's words (_prose_line) at least
RUN_FULL_SHARE = 0.75  # of the run's median width: a full line, its paragraph going on
MIN_RUN_LINE_WORDS = 5
_GOING_ON = re.compile(r"[^\W\d_A-Z]{2}")  # a word in lower case (not lynx's bullet "o")


def column_runs(lines: list[str], texts: list[str], widths: list[int]
                ) -> Iterator[tuple[int, int, int]]:
    """Yield the runs of ``lines`` (``texts`` stripped, ``widths`` columns wide) that are a
    column's wrapped prose (see COLUMN_RUN), in order: each run's first line, its end (past
    its last line) and its median width."""
    index, count = 0, len(texts)
    while index < count:
        if not texts[index]:
            index += 1
            continue
        end = index
        while end < count and texts[end]:
            end += 1
        size = end - index
        if size >= COLUMN_RUN:
            # The cheap tests first (a web page's runs fail them): lines going on in lower
            # case, none indented; then the widths, then the words.
            going_on = [at for at in range(index + 1, end)
                        if texts[at][:1].islower() and _going_on(texts[at])
                        and _open_end(texts[at - 1])]
            going = len(going_on)
            if going < MIN_GOING_ON_LINES or going < GOING_ON_SHARE * (size - 1):
                index = end
                continue
            # A PDF reader copies a column's lines without indenting them; lynx indents its
            # paragraphs (and a text browser's lines are wrapped to its width already).
            flush = sum(1 for at in range(index, end) if not lines[at][:1].isspace())
            median = sorted(widths[index:end])[size // 2]
            if (flush >= FLUSH_SHARE * size and median >= MIN_RUN_WIDTH
                    and (median <= MAX_RUN_WIDTH or size >= MIN_WIDE_RUN
                         and _proportional(texts, widths, going_on, max(widths[index:end])))
                    and sum(map(_prose_line, texts[index:end])) >= PROSE_LINES * size):
                yield index, end, median
        index = end


def _proportional(texts: list[str], widths: list[int], going_on: list[int], widest: int
                  ) -> bool:
    """Return True when lines going on (``going_on``, ``widest`` the widest of their run)
    were set in a proportional font: on MIN_FITTED of them, FITTED_SHARE_WIDE at least, the
    next line's first word would have fitted by its letters (a text browser wraps a line
    only when the next word does not fit)."""
    fitted = sum(1 for at in going_on
                 if widths[at - 1] + 1 + len(texts[at].split()[0]) <= widest - FIT_SLACK)
    return fitted >= MIN_FITTED and fitted >= FITTED_SHARE_WIDE * len(going_on)


def column_joins(lines: list[str], texts: list[str], widths: list[int]) -> set[int]:
    """Return the lines of ``lines`` (``texts`` stripped, ``widths`` columns wide) that go on
    with the full line above them in a column's run of wrapped prose (column_runs): opening
    in lower case, or after a line ending a sentence (the paragraph goes on) or ending inside
    one for certain (OPEN_TAIL). A list's items, each opening with a capital under a line
    ending with a word, are no column's lines."""
    return {at for index, end, median in column_runs(lines, texts, widths)
            for at in range(index + 1, end)
            if widths[at - 1] >= RUN_FULL_SHARE * median
            and _prose_line(texts[at - 1]) and not is_code_line(texts[at])
            and (_going_on(texts[at]) or OPEN_TAIL.search(texts[at - 1])
                 or texts[at - 1].endswith(SENTENCE_END))}


COLUMNS_SHARE = 0.5  # of a text's characters in columns' runs: a PDF reader's copy


def pdf_columns(lines: list[str]) -> bool:
    """Return True when COLUMNS_SHARE of the text of ``lines`` or more is in runs of a
    column's wrapped prose (column_runs): a PDF reader's copy of pages set in columns, no web
    page (whose furniture a text browser lays out in runs of its own)."""
    texts = [line.strip() for line in lines]
    widths = [len(line) if text else 0 for line, text in zip(lines, texts, strict=True)]
    # (Counted in characters, a cheap stand-in for words.)
    total = sum(widths)
    inside = 0
    for index, end, _ in column_runs(lines, texts, widths):
        inside += sum(widths[index:end])
        if inside >= COLUMNS_SHARE * total:
            return True
    return False


_FIGURE = re.compile(r"^\(?[\d.,:%$€£-]+\)?[,;.]?$")  # "6-4,", "(5)", "2,000", "$3,299."


def _open_end(text: str) -> bool:
    """Return True when ``text`` ends with a word's letter (or a comma after one): no
    sentence's end. (The last characters looked at: a pattern anchored at the end is tried
    at every position of the line.)"""
    last = text[-2:-1] if text.endswith(",") else text[-1:]
    return last.isalpha()


def _going_on(text: str) -> bool:
    """Return True when ``text`` opens with a word in lower case (two letters or more: not
    lynx's bullet "o")."""
    return text[:1].islower() and bool(_GOING_ON.match(text))


def _prose_line(text: str) -> bool:
    """Return True when ``text`` reads as a line of a sentence: MIN_RUN_LINE_WORDS words or
    more, PROSE_WORD_SHARE of them plain words, no program code."""
    words = text.split()
    return (len(words) >= MIN_RUN_LINE_WORDS
            and sum(bool(_PLAIN_WORD.match(word) or _FIGURE.match(word)) for word in words)
            >= PROSE_WORD_SHARE * len(words) and not is_code_line(text))


def _fitted(previous: int, text: str, width: int, narrow: bool = False) -> bool:
    """Return whether ``text``, not in lower case, would have fitted on a line ``previous``
    columns wide wrapped at ``width``: that line was not wrapped, so ``text`` opens a block.
    ``narrow``: no character of ``text`` is wide (its words are as wide as they are long)."""
    if not width or text[:1].islower():
        return False
    first = text.split(maxsplit=1)[0]
    return previous + 1 + (len(first) if narrow else columns(first)) <= width - FIT_SLACK


# A browser's copy puts each paragraph on a line of its own: its long lines end sentences. A
# hard-wrapped text's long lines end inside them most often.
PARAGRAPH_LINE = 100  # columns: longer than a text browser's or an e-mail's lines
PARAGRAPH_LINES = 3
PARAGRAPH_END_SHARE = 0.7
_LINE_END = (".", "!", "?", "…", '"', "”", "'", "’", ")", "。", "！", "？")


def paragraph_lines(lines: list[str]) -> bool:
    """Return True when ``lines`` hold a paragraph a line: PARAGRAPH_LINES lines or more
    longer than PARAGRAPH_LINE columns, and PARAGRAPH_END_SHARE of them ending a sentence."""
    # (A line is at least as many columns wide as it is long: its length tells.)
    long = [text for text in (line.strip() for line in lines) if len(text) > PARAGRAPH_LINE]
    ended = sum(1 for text in long if text.endswith(_LINE_END))
    return len(long) >= PARAGRAPH_LINES and ended >= PARAGRAPH_END_SHARE * len(long)


def _wrapped_at(width: int, lines: list[str], texts: list[str], widths: list[int]) -> bool:
    """Return False when MIN_GOING_ON lines or more of ``lines`` (``texts`` stripped,
    ``widths`` columns wide) go on in lower case and FITTED_SHARE of them or more would have
    had room for their next word under the widest line near them (a renderer wraps a line
    only when the next word does not fit, at the page's width or a table cell's). A lone
    lower-case letter opens a list item in lynx; the first MAX_GOING_ON lines going on tell
    (a long text costs no more)."""
    going_on = fitted = 0
    run_start = 0  # the first line of the current run of lines that are not blank
    cells: list[int] = []  # each line's first cell, measured once: the windows overlap
    wrapped = width - 30  # a line this wide or wider may have been wrapped
    for index in range(1, len(texts)):
        text = texts[index]
        if not texts[index - 1]:
            run_start = index
            continue
        if not text[:1].islower() or widths[index - 1] < wrapped:
            continue
        first = text.split(None, 1)[0]
        if len(first) < 2:
            continue
        # A line as wide as it is long has no wide character: nor has its first word.
        first_width = len(first) if widths[index] == len(lines[index]) else columns(first)
        stop = index + 1
        near_end = min(len(texts), index + NEAR_LINES)
        while stop < near_end and texts[stop]:
            stop += 1
        while len(cells) < stop:
            near = len(cells)
            # (A line without a gap is one cell: its width, told without a call.)
            gap = "  " in texts[near] or "\t" in texts[near]
            cells.append(_first_cell(lines[near], texts[near], widths[near]) if gap
                         else widths[near])
        ceiling = max(cells[max(run_start, index - NEAR_LINES):stop])
        previous = cells[index - 1]
        going_on += 1
        fitted += previous + 1 + first_width <= ceiling - FIT_SLACK
        if going_on == MAX_GOING_ON:
            break
    return going_on < MIN_GOING_ON or fitted < FITTED_SHARE * going_on


def _first_cell(line: str, text: str, width: int) -> int:
    """Return the width of ``line`` (``text`` stripped, ``width`` columns wide) up to its
    first gap of two spaces or a tab: w3m prints a table's cells side by side."""
    if not text or "  " not in text and "\t" not in text:
        return width
    gap = _CELL_GAP.search(line, len(line) - len(line.lstrip()))
    return width if gap is None else columns(line[:gap.start() + 1])


@cache
def _all_stop_words() -> tuple[tuple[str, frozenset[str]], ...]:
    """Return every language's stop words (languages without a list left out)."""
    found = ((code, stop_words(code)) for code in LANGUAGES if code != "zh-tw")
    return tuple((code, words) for code, words in found if words)


@cache
def _stop_word_lists() -> dict[str, tuple[int, ...]]:
    """Return, for each stop word, the positions in ``_all_stop_words()`` of the languages
    that list it."""
    lists: dict[str, list[int]] = {}
    for number, (_code, words) in enumerate(_all_stop_words()):
        for word in words:
            lists.setdefault(word, []).append(number)
    return {word: tuple(numbers) for word, numbers in lists.items()}


def stop_list(blocks: list[Block]) -> tuple[str, frozenset[str], float]:
    """Return the language the longest blocks are written in, its stop words, and the
    share of them there (Arabic or Finnish attach many stop words to other words, so their
    prose has fewer separate ones than English)."""
    sample: list[str] = []
    for block in sorted(blocks, key=lambda b: len(b.text), reverse=True)[:40]:
        sample.extend(block.words)
        if len(sample) > 3000:
            break
    if not sample:
        return "", frozenset(), 0.0
    # Each word's count goes to the languages listing it: one look-up per word, not one
    # per word and language.
    languages = _all_stop_words()
    lists = _stop_word_lists()
    hits_of = [0] * len(languages)
    for word, count in Counter(sample).items():
        for number in lists.get(word, ()):
            hits_of[number] += count
    best, best_code, best_hits = frozenset[str](), "", 0
    for (code, words), hits in zip(languages, hits_of, strict=True):
        if hits > best_hits:
            best, best_code, best_hits = words, code, hits
    share = best_hits / len(sample)
    return (best_code, best, share) if share >= 0.1 else ("", frozenset(), 0.0)


# A reader's comment opening with its header: "ada_b on Sep 21, 4:23 PM said:", "Ada Brennan
# says: March 4, 2024 at 4:23 pm" (a time or a date: a quote's "Brennan said:" has neither).
_MONTH_NAME = rf"(?:{MONTH_NAMES})\.?"
COMMENT_HEAD = re.compile(
    r"^[^.!?\n]{1,60}? on [^.!?\n]{0,30}\d{1,2}:\d{2}[^.!?\n]{0,12}(?:said|wrote|says)\s*:"
    r"|^[^.!?\n]{1,40}? (?:says|said|wrote)\s*:\s+(?:on\s+)?"
    rf"(?:{_MONTH_NAME}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\.?\s+{_MONTH_NAME}\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})",
    re.IGNORECASE,
)


# A line giving when an article was first published, wherever it stands (a page shows it
# below the body too); its date is read in the head.
_FIRST_PUBLISHED = re.compile(r"first published\b", re.IGNORECASE)


# A web address alone (a text browser breaks a long one at its lines' ends: a few spaces).
_URL_BLOCK = re.compile(r"(?:https?://|www\.)\S+(?:\s\S+){0,4}$")
LONG_URL = 80


def classify(block: Block, stops: frozenset[str], share: float,
              boilerplate: BoilerplateLines) -> str:
    """Return the context-free class of ``block``: good, near-good, short or bad."""
    text = block.text
    block.sentence = text.rstrip("\"'”’»)").endswith(SENTENCE_END)
    head = text[:160]
    if (_GLUE.search(head) and _GLUED.search(head) or boilerplate[text] or "©" in text
            or bulleted(text) and word_count(text) < 12 or is_cookie_notice(text)
            or is_video_label(text) or is_promo(text) or is_site_notice(text)):
        return "bad"
    if table_row(text):
        return "table"
    if text[:1] in "Ff" and _FIRST_PUBLISHED.match(text) and date_line(text) is not None:
        return "bad"  # "First Published: Tuesday, November 19, 2019 08:38 AM" below the body
    if "#" in text and _tags(text):
        return "bad"
    if text[:1] in "hw" and len(text) > LONG_URL and _URL_BLOCK.match(text):
        # A long address alone, a frame's or a share button's ("http://www.facebook.com/
        # plugins/like.php?href=…deadline-big-media-with-david-lieberman…"): its slug's words
        # read as prose full of stop words. (A short link, "http://amzn.to/2iJFhRj" under each
        # of an article's offers, is short: kept between its paragraphs.)
        return "bad"
    if (not _WORD.search(_BRACKETS.sub("", text) if "[" in text else text)
            and len(set(text) - {" "}) > 1):
        # No words but in brackets: a picture, a form field, a counter. (A rule of one
        # character, "___" or "* * *", separates the article's parts.)
        return "bad"
    dense = dense_chars(text)
    if dense > len(text) // 3:
        # Japanese, Chinese, Korean, Thai: no spaces to count words or stop words by.
        length = 3 * dense
        sentence = block.sentence = bool(_DENSE_END.search(text))
        if length < LENGTH_LOW:
            return "short"
        if sentence:
            return "good" if length > LENGTH_HIGH else "near-good"
        return "near-good" if length > LENGTH_HIGH else "bad"
    length = len(_BRACKETS.sub("", text)) if "[" in text else len(text)
    if length < LENGTH_LOW:
        return "short"
    words = block.words
    sentence = block.sentence
    if stops:
        density = sum(map(stops.__contains__, words)) / max(1, len(words))
    else:  # no list for this language: sentence punctuation stands in for stop words
        density = STOPWORDS_HIGH if sentence else 0.0
    # jusText's thresholds, lowered for languages whose prose has fewer stop words. A
    # paragraph opening with a wire dateline ("HARBOR CITY (AP) — ") is a story's lead,
    # however few stop words its one sentence holds.
    if density >= min(STOPWORDS_HIGH, 0.7 * share) or sentence and DATELINE.match(text):
        return "good" if length > LENGTH_HIGH else "near-good"
    if density >= min(STOPWORDS_LOW, 0.6 * share):
        return "near-good"
    return "bad"


# A picture's caption with the picture's name run into it as a text browser prints an image:
# "The new levee at dusk[levee-300x200]" (a footnote's mark is a number: "[1]").
_PICTURE_END = re.compile(r"(?<=\S)\[(?![\d\s]*\])[^\[\]]{3,80}\]$")


MAX_COMMENT_BLOCKS = 4  # paragraphs of one reader's comment below its header


def comment_head(text: str) -> bool:
    """Return True when ``text`` opens with a reader's comment's header (COMMENT_HEAD)."""
    head = text[:160]
    # Each header has a colon ("said:", "4:23"): looked for first, the pattern only then (its
    # name, tried at each of the first 60 characters, took 10 µs a paragraph).
    return ":" in head and bool(COMMENT_HEAD.match(head))


# A comment's header as other sites write it, only a name and when: "Ada Brennan a répondu le
# mardi 30 octobre 2012 à 11h45", "ada_b - 16.08.2015 г. 10:44:23", "Report CommentAda Brennan
# (1 day ago)": a name of a few words (a teaser's title has more). A byline can read so once;
# MIN_LOOSE_HEADS of them or more make comments.
_LOOSE_HEAD = re.compile(
    # A publishing system's header over each comment: "Soumis par monslateamoi, le lundi 29
    # octobre 2012 à 15h46" (Slate), "Submitted by ada_b on Mon, 03/04/2024 - 15:46".
    r"^(?:soumis par|submitted by|eingereicht von|enviado por)\s[^\s.!?,]+(?:\s[^\s.!?,]+)"
    r"{0,3},?\s(?:le|on|am|el|em)\s[^\n]{0,40}\d"
    r"|^(?:report comment)?[^\s.!?]+(?:\s[^\s.!?]+){0,3}?(?:"
    r"\s(?:a répondu|a écrit|antwortete|schrieb|respondió|escribió)(?:\s(?:le|am|el))?"
    r"\s[^\n]{0,40}\d"
    r"|\s[-–—|]\s\d{1,2}[./]\d{1,2}[./]\d{4}\b[^\n]{0,12}\d{1,2}:\d{2}"
    r"|\s?\(\d{1,3}\s(?:minutes?|hours?|days?|weeks?|months?|years?)\sago\)$)",
    re.IGNORECASE,
)
MIN_LOOSE_HEADS = 2
LOOSE_HEAD_CHARS = 100
_DIGIT = re.compile(r"\d")  # each header has one: looked for first, the pattern only then


def _loose_head(text: str) -> bool:
    """Return True for a line of a name and when it wrote (_LOOSE_HEAD)."""
    return (len(text) <= LOOSE_HEAD_CHARS and "\n" not in text
            and _DIGIT.search(text) is not None and bool(_LOOSE_HEAD.match(text)))


def comment_entries(texts: list[str], raw: list[str]) -> None:
    """Class readers' comments bad in ``raw``: each comment's header ("ada_b on Sep 21, 4:23
    PM said:", or MIN_LOOSE_HEADS or more of _LOOSE_HEAD's) and the paragraphs below it, up
    to the next header (MAX_COMMENT_BLOCKS at most): a long comment section outweighs a short
    article's prose otherwise."""
    heads = [index for index, text in enumerate(texts) if comment_head(text)]
    loose = [index for index, text in enumerate(texts) if _loose_head(text)]
    if len(loose) >= MIN_LOOSE_HEADS:
        heads = sorted({*heads, *loose})
    for at, head in enumerate(heads):
        end = heads[at + 1] if at + 1 < len(heads) else len(texts)
        for index in range(head, min(end, head + 1 + MAX_COMMENT_BLOCKS)):
            raw[index] = "bad"


_CLOSING = "\"'”’»)]"


def _credited_caption(text: str) -> bool:
    """Return True when ``text`` ends with a picture's credit, no sentence's end after it,
    and is no paragraph closing with its pictures' credits in brackets ("... brain damage.
    [Top Image: Creativa, Notes Image: wavebreakmedia / Shutterstock]", Gizmodo)."""
    # Each credit has a colon, a slash or a copyright sign: looked for first (each of a
    # page's blocks is asked).
    if not (":" in text or "/" in text or "©" in text):
        return False
    text = text.rstrip()
    if text.rstrip(_CLOSING).endswith(SENTENCE_END) or not credit_ends(text):
        return False
    bracket = text.rfind("[")
    return not (text.endswith("]") and bracket > 0
                and text[:bracket].rstrip().endswith(SENTENCE_END))


def picture_captions(blocks: list[Block], raw: list[str]) -> None:
    """Class as bad the short blocks that end with a picture's name in brackets (a caption
    run into its picture) and the same caption printed again right below, and any block that
    ends with a picture's credit, no sentence's end after it (a caption as a browser copies
    it, its picture hidden: "... on Tuesday. Photograph: Ana Ruiz/Reuters")."""
    for index, block in enumerate(blocks):
        if raw[index] != "bad" and _credited_caption(block.text):
            raw[index] = "bad"
            block.caption = True
            continue
        if raw[index] != "short" or block.sentence or "[" not in block.text:
            continue
        picture = _PICTURE_END.search(block.text)
        if picture is None:
            continue
        raw[index] = "bad"
        caption = block.text[:picture.start()].strip()
        if index + 1 < len(blocks) and blocks[index + 1].text == caption:
            raw[index + 1] = "bad"


def _tags(text: str) -> bool:
    """Return True for a line of tags: MIN_HASHTAGS hashtags or more, few other words."""
    tags = len(_HASHTAG.findall(text))
    return tags >= MIN_HASHTAGS and len(text.split()) <= WORDS_PER_HASHTAG * tags


UNSEEN = "unseen"


def _neighbour(kinds: list[str], index: int, step: int, ignore_near_good: bool) -> str:
    """Return the class of the nearest good or bad block from ``index`` in direction ``step``."""
    index += step
    while 0 <= index < len(kinds):
        kind = kinds[index]
        if kind in ("good", "bad") or (kind == "near-good" and not ignore_near_good):
            return "good" if kind == "near-good" else kind
        index += step
    return "bad"


# Paragraphs of a sentence or two in a row (a wire story, a site writing one sentence a
# paragraph): this many near-good ones, this long together, read as prose.
PROSE_GROUP = 2
PROSE_GROUP_CHARS = 2 * LENGTH_HIGH


def _link(block: Block) -> bool:
    """Return True for a bulleted line of a few words: a link to another story."""
    return bulleted(block.text) and not block.sentence and word_count(block.text) < 12


def prose_groups(blocks: list[Block], raw: list[str], kinds: list[str]) -> list[str]:
    """Return the classes in context with the paragraphs of a group of short paragraphs of
    prose classed good: PROSE_GROUP near-good sentences or more in a row, PROSE_GROUP_CHARS
    long together, short sentences among them. A standfirst or a teaser's line stands
    alone; an article written a sentence a paragraph does not (its paragraphs, near-good
    each, would take the class of the menus and captions around them)."""
    found = list(kinds)

    def prose(at: int) -> bool:
        return blocks[at].sentence and raw[at] in ("near-good", "short")

    def item(at: int) -> bool:
        # An item of a list the paragraphs introduce ("... from Reuters:" then "• Pensions
        # ..."): the group goes on past it, without it.
        return bulleted(blocks[at].text) and raw[at] in ("near-good", "short")

    def aside(at: int) -> bool:
        return _link(blocks[at]) or item(at)

    index = 0
    while index < len(blocks):
        stop = index
        while stop < len(blocks) and (
                prose(stop) and not (stop > index and item(stop))
                or stop > index and aside(stop) and stop + 1 < len(blocks)
                and (prose(stop + 1) or item(stop + 1))):
            stop += 1
        if stop - index < PROSE_GROUP:
            # Too few blocks for PROSE_GROUP near-good ones (most blocks open no group).
            index = max(stop, index + 1)
            continue
        group = [i for i in range(index, stop) if not aside(i)]
        if (sum(raw[i] == "near-good" for i in group) >= PROSE_GROUP
                and sum(len(blocks[i].text) for i in group) >= PROSE_GROUP_CHARS):
            for i in group:
                found[i] = "good"
        index = max(stop, index + 1)
    return found


def in_context(given: list[str], unseen: Collection[int] = ()) -> list[str]:
    """Return the classes after short and near-good blocks took their neighbours' class.
    The blocks at ``unseen`` (links back up the page, between an article's sections) keep
    their class and are no block's neighbour: a subheading under "Zurück zur Übersicht" is
    read between the paragraphs around it."""
    # (A class _neighbour passes over, as it passes over short blocks.)
    kinds = [UNSEEN if index in unseen else kind for index, kind in enumerate(given)]
    final = list(kinds)
    for index, kind in enumerate(kinds):
        if kind != "short":
            continue
        before = _neighbour(kinds, index, -1, True)
        after = _neighbour(kinds, index, 1, True)
        if before == after:
            final[index] = before
        elif "good" in (_neighbour(kinds, index, -1, False), _neighbour(kinds, index, 1, False)):
            final[index] = "near-good"
        else:
            final[index] = "bad"
    settled = list(final)
    for index, kind in enumerate(final):
        if kind == "near-good":
            before = _neighbour(final, index, -1, True)
            after = _neighbour(final, index, 1, True)
            settled[index] = "bad" if before == after == "bad" else "good"
        elif kind == "short":
            settled[index] = "bad"
    return [given[index] if kind == UNSEEN else kind for index, kind in enumerate(settled)]
