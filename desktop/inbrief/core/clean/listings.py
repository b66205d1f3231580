"""Articles that are mostly a table or a list in a pasted page: match results, fixtures, a
schedule; or a poem or a song's lyrics. Their lines hold little prose, so the run of prose
found in the page is some short blurb elsewhere; a long stretch of table rows, of short
lines or of verse, with the prose that introduces it, is the article then."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from inbrief.core.clean.block_kinds import Block, bulleted
from inbrief.core.clean.counts import dense_chars
from inbrief.core.clean.date_lines import (
    date_line,
)
from inbrief.core.text import VERSE_WIDTH

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
    lines of words alone look like a menu's or a list of links: a poem's are told by _verse.)"""
    text = block.text
    if raw == "table":
        return True
    if (len(text) > MAX_LINE_CHARS or "\n" in text or bulleted(text) and not block.sentence
            or raw == "bad" and not block.sentence or "://" in text or "www." in text
            or text.startswith("[")):
        return False
    return (bool(_DIGIT.search(text)) and len(_WORD.findall(text)) >= 2
            and date_line(text) is None)


# A line of verse: a few words (or a few characters of Chinese or Japanese) on a line of
# their own, no wider than a stanza's lines are (text.VERSE_WIDTH, which splits a stanza into
# its lines as sentences): shorter than a text browser's lines of a paragraph it wraps.
VERSE_WORDS = (3, 14)
# Most of a poem's words after each line's first are in lower case (a menu's and a list of
# headlines' are capitalised), it holds stop words as prose does, and many of its lines open
# with one ("And", "The", "He": a line goes on from the line above; a headline opens with
# its subject, "Port strike enters second week").
VERSE_LOWER = 0.6
VERSE_STOPS = 0.25
VERSE_OPENERS = 0.4


def _verse_lines(block: Block, lines: Sequence[str]) -> list[str]:
    """Return the lines of ``block`` when each may be a line of a poem or a song (a text
    browser joins a stanza's lines into a block when they are about as long as the page's
    lines), else none. (A line said twice may be a chorus's.)"""
    text = block.text
    if (bulleted(text) or text.startswith("[") or "://" in text
            or "www." in text or "|" in text or date_line(text) is not None):
        return []
    found = [line.strip() for line in lines[block.first:block.last + 1]]
    for line in found:
        dense = dense_chars(line)
        if len(line) > VERSE_WIDTH or not (
                dense >= 4 or dense == 0 and VERSE_WORDS[0] <= len(line.split()) <= VERSE_WORDS[1]):
            return []
    return found


def _lower_share(lines: list[str]) -> float:
    """Return the share of the words after each line's first that open in lower case (0.0
    when no word has letters of two cases: lines of Chinese alone are as often a menu's as
    a song's; with their romanisation below each, they are a song's)."""
    words = [w for line in lines for w in line.split()[1:] if w[:1].isalpha()]
    cased = [w for w in words if w[:1].islower() or w[:1].isupper()]
    return sum(w[:1].islower() for w in cased) / len(cased) if cased else 0.0


def _verse(blocks: list[Block], lines: Sequence[str], stops: frozenset[str], floor: float
           ) -> tuple[list[int], int] | None:
    """Return the blocks of the longest stretch of verse (a poem, a song's lyrics: stanzas of
    short lines, most of their words in lower case, many lines opening with a stop word; or
    lines of Chinese or Japanese each with its romanisation) with more than ``floor``
    characters, and its characters; None when there is none."""
    verse = [_verse_lines(block, lines) for block in blocks]
    # Stanzas: verse blocks on lines in a row, two lines at least (a list of headlines has
    # capitalised words; a line alone, "Poem of the Day", is a heading).
    stanza: list[int] = []
    stanzas: list[list[int]] = []
    for index, found in enumerate(verse):
        if found and stanza and blocks[index].first == blocks[stanza[-1]].last + 1:
            stanza.append(index)
            continue
        if stanza:
            stanzas.append(stanza)
        stanza = [index] if found else []
    if stanza:
        stanzas.append(stanza)
    good = [s for s in stanzas if sum(len(verse[i]) for i in s) >= 2
            and _lower_share([line for i in s for line in verse[i]]) >= VERSE_LOWER]
    best: tuple[list[int], int] | None = None
    at = 0
    while at < len(good):
        stretch = list(good[at])
        at += 1
        # Stanzas parted by a blank line or by a block or two that are no verse ("[Chorus]").
        while at < len(good) and good[at][0] - stretch[-1] <= MAX_GAP + 1:
            stretch.extend(good[at])
            at += 1
        # (A character of Chinese or Japanese counts as three, as classify counts it; a
        # chorus said again, once.)
        chars = sum(len(text) + 2 * dense_chars(text)
                    for text in dict.fromkeys(blocks[i].text for i in stretch))
        count = sum(len(verse[i]) for i in stretch)
        if count < MIN_LINES or chars <= floor or best is not None and chars <= best[1]:
            continue
        folded = [w for i in stretch for w in blocks[i].words]
        stop_share = sum(map(stops.__contains__, folded)) / max(1, len(folded))
        openers = [line.split()[0].casefold() for i in stretch for line in verse[i]]
        opening = sum(word in stops for word in openers) / max(1, len(openers))
        dense = sum(dense_chars(line) >= 4 for i in stretch for line in verse[i])
        if (stop_share >= VERSE_STOPS and opening >= VERSE_OPENERS) or dense >= count // 3:
            best = (stretch, chars)
    return best


def listing_run(blocks: list[Block], raw: list[str], first: int, last: int,
                prose: Callable[[int], bool], lines: Sequence[str] = (),
                stops: frozenset[str] = frozenset()) -> tuple[int, int, set[int], bool] | None:
    """Return the first and last block of the article and the lines to keep in it when the
    run ``first``..``last`` holds less than WEAK_PROSE characters of prose and a stretch of
    lines of a table or list elsewhere holds ODDS times more text (MIN_LINES lines at least,
    no block shown twice on the page); None otherwise. The prose right above the stretch that
    introduces it, and the run when it ends right above the stretch or in it, go with it
    (prose right below a table may as well be the site's note on itself at the page's foot).
    The last item says whether the stretch is a poem's or a song's (_verse)."""
    run_prose = sum(len(blocks[i].text) for i in range(first, last + 1) if prose(i))
    if run_prose >= WEAK_PROSE:
        return None
    copies = Counter(block.text for block in blocks)
    rows = [_line(block, kind) and copies[block.text] == 1
            for block, kind in zip(blocks, raw, strict=True)]
    best: tuple[int, int, set[int]] | None = None
    best_chars = max(ODDS * run_prose, MIN_CHARS)
    index = 0
    while index < len(blocks):
        if not rows[index]:
            index += 1
            continue
        found = [index]
        position = index + 1
        while position < len(blocks) and position - found[-1] <= MAX_GAP + 1:
            if rows[position]:
                found.append(position)
            position += 1
        chars = sum(len(blocks[i].text) for i in found)
        if len(found) >= MIN_LINES and chars > best_chars:
            kept = set(range(found[0], found[-1] + 1)) - {
                i for i in range(found[0], found[-1] + 1) if copies[blocks[i].text] > 1}
            best, best_chars = (found[0], found[-1], kept), chars
        index = found[-1] + 1
    verse = _verse(blocks, lines, stops, max(ODDS * run_prose, MIN_CHARS))
    poem = verse is not None and (best is None or verse[1] > best_chars)
    if verse is not None and poem:
        best = (verse[0][0], verse[0][-1], set(verse[0]))
    if best is None:
        return None
    start, end, kept = best
    for above in range(start - 1, max(-1, start - 1 - INTRO_REACH), -1):
        # (Above a poem, its title and its poet's name stay in the head.)
        if (prose(above) and not (poem and not blocks[above].sentence)
                or raw[above] == "short" and blocks[above].sentence):
            kept.add(above)
            start = above
        elif raw[above] == "bad":
            break
    if first <= end and start - last <= NEAR + 1:
        kept.update(i for i in range(min(first, start), max(last, end) + 1)
                    if prose(i) or raw[i] == "table")
        start, end = min(first, start), max(last, end)
    return start, end, kept, poem


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
