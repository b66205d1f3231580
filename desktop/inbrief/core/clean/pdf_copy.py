"""Text copied out of a PDF reader: the running heads and page numbers its pages repeat,
left out of the analysis (the PDF reader's own ingest drops them page by page; a copy has no
pages to go by, only the lines)."""

from __future__ import annotations

import re
from collections import Counter

from inbrief.core.clean.counts import word_count

_DIGITS = re.compile(r"\d+")
# A page's number alone on its line: "12", "- 12 -", "Page 12", "12 of 40", "S. 12".
_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(?:(?:page|seite|page|página|pagina|p\.|s\.)\s*)?"
                          r"\d{1,4}(?:\s*(?:of|von|de|di|/)\s*\d{1,4})?(?:\s*[-–—])?$",
                          re.IGNORECASE)
RUNNING_MIN = 3  # times a line comes back, its numbers aside, to be a running head
RUNNING_WORDS = 15
MIN_LINES = 40  # lines of text a copy of several pages has at least
MIN_PAGE_NUMBERS = 2
PAGE_NUMBER_CHARS = 20  # the longest page number line ("Page 112 of 240")
NUMBER_REACH = 3  # text lines between a running head and its page's number at most


def running_lines(lines: list[str]) -> set[int]:
    """Return the indices of ``lines`` that are a PDF's running heads or feet and its page
    numbers alone on their lines (MIN_PAGE_NUMBERS or more), in a text of MIN_LINES lines or
    more. A running head is the same line, its numbers aside, RUNNING_MIN times or more, of two
    words or more and RUNNING_WORDS at most, other lines above and below it each time, a
    page's number NUMBER_REACH text lines from it on two pages ("IEEE TRANSACTIONS ON …, VOL.
    X, NO. X, JULY 2016"). A running head on the text's first line is its title there, kept."""
    texts = [line.strip() for line in lines]
    filled = [i for i, text in enumerate(texts) if text]
    if len(filled) < MIN_LINES:
        return set()
    # Page numbers first (short lines only are matched): a text without them has no pages.
    numbers = [at for at, index in enumerate(filled)
               if len(texts[index]) <= PAGE_NUMBER_CHARS and _PAGE_NUMBER.match(texts[index])]
    if len(numbers) < MIN_PAGE_NUMBERS:
        return set()  # no pages: a poem's refrain, a speaker's name in a transcript
    keys = [_DIGITS.sub("#", text) if text else "" for text in texts]
    counts = Counter(keys)
    first = filled[0]
    repeated = {key for key, count in counts.items() if key and count >= RUNNING_MIN
                and any(char.isalpha() for char in key)}
    # A page's head stands over different lines on each page and under different ones: a
    # song's chorus or a list's repeated line comes with the same lines around it.
    above: dict[str, set[str]] = {}
    below: dict[str, set[str]] = {}
    for at, index in enumerate(filled):
        key = keys[index]
        if key in repeated:
            above.setdefault(key, set()).add(keys[filled[at - 1]] if at else "")
            below.setdefault(key, set()).add(keys[filled[at + 1]] if at + 1 < len(filled)
                                             else "")
    running = {key for key in repeated if len(above[key]) > 1 and len(below[key]) > 1}
    # A page's head or foot has the page's number a few lines from it, on two pages at least.
    near = Counter(keys[filled[at]] for number in numbers
                   for at in range(max(0, number - NUMBER_REACH),
                                   min(len(filled), number + NUMBER_REACH + 1)))
    found = {i for i in filled if keys[i] in running and near[keys[i]] >= MIN_PAGE_NUMBERS
             and i != first and 2 <= word_count(texts[i]) <= RUNNING_WORDS}
    found.update(filled[at] for at in numbers)
    return found
