"""Articles that are mostly a table or a list in a pasted page: match results, fixtures, a
schedule. Their lines hold little prose, so the run of prose found in the page is
some short blurb elsewhere; a long stretch of table rows or of short lines, with the prose
that introduces it, is the article then."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from inbrief.core.clean.block_kinds import Block, bulleted
from inbrief.core.clean.date_lines import (
    date_line,
)

# The run of prose is weak below this many characters: a blurb, not an article.
WEAK_PROSE = 1000
# A listing has this many lines at least, this many characters in all.
MIN_LINES = 8
MIN_CHARS = 400
# ... and this many times the run's prose.
ODDS = 1.5
# A line of a listing is a line, not a paragraph.
MAX_LINE_CHARS = 300
# Blocks that are no line of it (a heading, "GIRLS SOCCER") between two of its lines at most.
MAX_GAP = 2
# Blocks above a listing looked at for the prose that introduces it.
INTRO_REACH = 3
# A listing below the run of prose, this many blocks from it at most, goes with it.
NEAR = 3

_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+")


def _line(block: Block, raw: str) -> bool:
    """Return True for a line of a table or list of figures in an article: a table's row,
    or a short line of words with a figure in it (a score, a result, a time), that is no
    link, no date (a list of other stories shows one under each) and no picture (a text
    browser prints one as its name in brackets: "[soccer-ball-1080.jpg]"). (Short
    lines of words alone, a poem's or a line-up's, look like a menu's or a list of links.)"""
    text = block.text
    if raw == "table":
        return True
    if (len(text) > MAX_LINE_CHARS or "\n" in text or bulleted(text) and not block.sentence
            or raw == "bad" and not block.sentence or "://" in text or "www." in text
            or text.startswith("[")):
        return False
    return (bool(_DIGIT.search(text)) and len(_WORD.findall(text)) >= 2
            and date_line(text) is None)


def listing_run(blocks: list[Block], raw: list[str], first: int, last: int,
                prose: Callable[[int], bool]) -> tuple[int, int, set[int]] | None:
    """Return the first and last block of the article and the lines to keep in it when the
    run ``first``..``last`` holds less than WEAK_PROSE characters of prose and a stretch of
    lines of a table or list elsewhere holds ODDS times more text (MIN_LINES lines at least,
    no block shown twice on the page); None otherwise. The prose right above the stretch that
    introduces it, and the run when it ends right above the stretch or in it, go with it
    (prose right below a table may as well be the site's note on itself at the page's foot)."""
    run_prose = sum(len(blocks[i].text) for i in range(first, last + 1) if prose(i))
    if run_prose >= WEAK_PROSE:
        return None
    copies = Counter(block.text for block in blocks)
    lines = [_line(block, kind) and copies[block.text] == 1
             for block, kind in zip(blocks, raw, strict=True)]
    best: tuple[int, int, set[int]] | None = None
    best_chars = max(ODDS * run_prose, MIN_CHARS)
    index = 0
    while index < len(blocks):
        if not lines[index]:
            index += 1
            continue
        found = [index]
        position = index + 1
        while position < len(blocks) and position - found[-1] <= MAX_GAP + 1:
            if lines[position]:
                found.append(position)
            position += 1
        chars = sum(len(blocks[i].text) for i in found)
        if len(found) >= MIN_LINES and chars > best_chars:
            kept = set(range(found[0], found[-1] + 1)) - {
                i for i in range(found[0], found[-1] + 1) if copies[blocks[i].text] > 1}
            best, best_chars = (found[0], found[-1], kept), chars
        index = found[-1] + 1
    if best is None:
        return None
    start, end, kept = best
    for above in range(start - 1, max(-1, start - 1 - INTRO_REACH), -1):
        if prose(above) or raw[above] == "short" and blocks[above].sentence:
            kept.add(above)
            start = above
        elif raw[above] == "bad":
            break
    if first <= end and start - last <= NEAR + 1:
        kept.update(i for i in range(min(first, start), max(last, end) + 1)
                    if prose(i) or raw[i] == "table")
        start, end = min(first, start), max(last, end)
    return start, end, kept


def table_below(blocks: list[Block], raw: list[str], last: int) -> int:
    """Return the run's last block, moved down over the table right below it when its last
    paragraph introduces it with a colon ("The results by district:"): a table's rows add
    nothing to the run, so it never reaches them itself."""
    if not blocks[last].text.rstrip().endswith(":"):
        return last
    end = last
    while end + 1 < len(blocks) and raw[end + 1] == "table":
        end += 1
    return end if end - last >= 2 else last
