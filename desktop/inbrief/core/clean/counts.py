"""Words and terminal columns of a line in any script: Latin, Cyrillic, Chinese, Japanese, Korean,
Thai."""

from __future__ import annotations

import re
from functools import cache


# The patterns of wide and dense scripts below list whole blocks of code points, which the re
# module compiles one code point at a time (3-5 ms each): they are compiled the first time a
# text holds a character of those blocks, never for most English, French or Russian texts.
@cache
def _dense_script() -> re.Pattern[str]:
    return re.compile("[\u3040-\u9fff\uac00-\ud7af]")


@cache
def _dense() -> re.Pattern[str]:
    return re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


# Thai, or a character from kana up: a text without one has no dense characters. Hangul Jamo,
# or a character from the CJK radicals up: a line without one has no wide characters. (One scan
# of a long line each, not two; negated ranges compile quickly.)
_MAYBE_DENSE = re.compile("[^\x00-\u0dff\u0e80-\u303f]")
_MAYBE_WIDE = re.compile("[^\x00-\u10ff\u1160-\u2e7f]")


# A character from kana up: a scan in C, several times quicker than ``max(text)`` on a long
# line (a negated range compiles quickly, a range up to U+10FFFF does not); compiled here, not
# looked up in a cache at each of a page's thousands of word counts.
_FROM_KANA = re.compile("[^\\x00-\u303f]")
# A character that is a space other than " " (every one of them but " " is unprintable), or
# one from kana up: a line without one has no more words than spaces and one, none of them
# dense.
_PLAIN = re.compile("[^\\x00-\\x08\\x0e-\\x1b\\x20-\\x84\\x86-\\x9f\\xa1-\u167f\u1681-\u1fff"
                    "\u200b-\u2027\u202a-\u202e\u2030-\u205e\u2060-\u2fff\u3001-\u303f]")


def dense_chars(text: str) -> int:
    """Return how many characters of ``text`` are Japanese, Chinese, Korean or Thai (scripts
    written without spaces between words)."""
    if text.isascii():
        return 0
    # Below kana only Thai can be dense (a dash or curly quote is not).
    if _MAYBE_DENSE.search(text) is None:
        return 0
    return len(_dense().findall(text))


def word_count(line: str) -> int:
    """Return a word count that also works for scripts written without spaces."""
    return _with_dense_words(line, len(line.split()))


def _with_dense_words(line: str, words: int) -> int:
    """Return the word count of ``line``, which has ``words`` words between spaces."""
    # Chinese or Japanese: about two characters make a word. Counting them is skipped when
    # they could not outnumber the words (most lines, and every line in ASCII).
    if line.isascii() or len(line) < 2 * (words + 1) or _FROM_KANA.search(line) is None:
        return words
    return max(words, len(_dense_script().findall(line)) // 2)


# Characters a terminal shows two columns wide: the blocks of Unicode East Asian Width W and
# F (Hangul Jamo, CJK punctuation, kana, ideographs, Yi, Hangul syllables, full-width forms,
# Tangut, emoji), one regular expression instead of a look-up per character.
@cache
def _wide() -> re.Pattern[str]:
    return re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
                      "\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60"
                      "\uffe0-\uffe6\U00016fe0-\U0001b2ff\U0001f300-\U0001f64f"
                      "\U0001f900-\U0001f9ff\U00020000-\U0003fffd]")


def narrow(text: str) -> bool:
    """Return True when no character of ``text`` is wide: then each line of it is as many
    columns wide as it is long (``columns(line) == len(line)``). False says nothing."""
    return text.isascii() or _MAYBE_WIDE.search(text) is None


def columns(line: str) -> int:
    """Return the width of ``line`` in terminal columns: CJK and other wide characters take two.

    Hard-wrapped Japanese or Chinese text is wrapped at a column count (40 characters = 80
    columns), so its lines would look short beside an English header wrapped at 72 characters.
    """
    if line.isascii():
        return len(line)
    # Below the CJK radicals only Hangul Jamo are wide (a dash or curly quote is not).
    if _MAYBE_WIDE.search(line) is None:
        return len(line)
    return len(line) + len(_wide().findall(line))


# A run of letters of any script: no digit, no "_".
_LETTERS = re.compile(r"[^\W\d_]+")
# The punctuation that most often ends or opens a word in prose.
_PUNCTUATION = ".,;:!?\"'«»()[]…—–-“”„‘’*/"


def letter_runs(text: str) -> list[str]:
    """Return the runs of letters in ``text``, in order (what ``_LETTERS.findall(text)``
    returns)."""
    # Split at spaces first (no space is a letter): a piece of letters only is a run of its
    # own, taken without the pattern, which reads the other pieces only ("said,", "2024").
    # The pattern's test of each character took two thirds of the time on a page's blocks.
    runs: list[str] = []
    for piece in text.split():
        if piece.isalpha():
            runs.append(piece)
            continue
        # A word with its punctuation ("said,", "«Привет»"): without it, a run of its own too
        # (no punctuation mark is a letter: its runs are the same). A quarter of the words of
        # prose, each read by the pattern otherwise.
        piece = piece.strip(_PUNCTUATION)
        if piece.isalpha():
            runs.append(piece)
        else:
            runs.extend(_LETTERS.findall(piece))
    return runs


def more_words_than(line: str, most: int) -> bool:
    """Return ``word_count(line) > most``, splitting a long line's first ``most`` words off only
    (a paragraph of prose asked whether it is a short label is not split into all its words)."""
    # A word takes two characters (with a space), so does a word of dense characters: a line
    # this short has ``most`` words at most in any script (its labels and menus are not split).
    if len(line) <= 2 * most:
        return False
    # A line whose only space is " " has one word more than its spaces at most; without a
    # character from kana up it has no dense characters: fewer than ``most`` spaces, and it
    # has ``most`` words at most. (Counted and scanned in C, no string made a word: most of a
    # text browser's lines are asked, each for several limits.)
    if line.count(" ") < most and (
            line.isprintable() if line.isascii() else _PLAIN.search(line) is None):
        return False
    words = len(line.split(None, most))
    # Split no further than ``most`` words: then it was split whole, as word_count splits it.
    return words > most or _with_dense_words(line, words) > most


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def lower_share(text: str) -> float:
    """Return the share of the words of ``text`` after its first that open in lower case (a
    sentence has many, a headline in title case few)."""
    words = _WORD.findall(text)[1:]
    return sum(word[:1].islower() for word in words) / max(1, len(words))
