"""Lists that are the article's text in a pasted page: a numbered list counting up, or
bulleted sentences, that a paragraph introduces with a colon ("Here are the ten best
deals:"), however short and link-like each item looks; and the notes the article cites."""

from __future__ import annotations

import re
from collections.abc import Callable

from inbrief.core.clean.block_kinds import Block, bulleted
from inbrief.core.clean.counts import word_count

# An item of a numbered list: "1. Lanterns", "2) A pocket knife".
_NUMBER = re.compile(r"^\s*(\d{1,3})[.)]\s+\S")
# Blocks between two items of one list at most: a shop's link, a picture.
MAX_GAP = 3
# A sentence introducing a list has a few words ("Ingredients:" is a label, not prose).
MIN_INTRO_WORDS = 4
# A bulleted list below the colon: this many sentences of this many words at least.
MIN_POINTS = 2
MIN_POINT_WORDS = 4
MIN_PART_WORDS = 2  # a point that is a part of one sentence cut at its commas


def _number(text: str) -> int | None:
    """Return the number of a numbered list's item, None for any other block."""
    match = _NUMBER.match(text)
    return int(match.group(1)) if match else None


def _points(blocks: list[Block], start: int, furniture: Callable[[str], bool]) -> list[int]:
    """Return the blocks from ``start`` on that are bulleted sentences in a row, or parts of
    one the last of them ends (the points of a list in the article; a share bar's or a list
    of links' items end as no sentence does)."""
    points: list[int] = []
    chained = False  # the point above went on into this one ("…,"): a part of its sentence
    while start < len(blocks) and bulleted(blocks[start].text) and not furniture(
            blocks[start].text):
        text, words = blocks[start].text, word_count(blocks[start].text)
        goes_on = _goes_on(text)
        if not (blocks[start].sentence and words >= MIN_POINT_WORDS
                or (goes_on or chained and blocks[start].sentence) and words >= MIN_PART_WORDS):
            break
        points.append(start)
        chained = goes_on
        start += 1
    # Points may be one sentence cut at its commas ("• …, • …, • … and Kotkonsistenz."): the
    # list ends with the point that ends it.
    while points and not blocks[points[-1]].sentence:
        points.pop()
    return points


# A list as a browser copies it, with no bullets: an item a line right below its colon, no
# blank line between them, this many in a row at least, of this many words at most each;
# the colon's line this many words at least ("Schwerpunkte der Steuerberatung für
# Privatpersonen:", not "Polub Money.pl na Facebooku:").
MIN_PLAIN_ITEMS = 3
MAX_PLAIN_ITEM_WORDS = 12
MIN_PLAIN_INTRO_WORDS = 5


def _plain_items(blocks: list[Block], raw: list[str], intro: int,
                 furniture: Callable[[str], bool]) -> list[int]:
    """Return the blocks right below ``blocks[intro]`` (its colon) that are a list's items
    as a browser copies them: a line each, no blank line between them, none classed bad,
    furniture, bulleted or numbered, none a label or a link bar (":" or "|" in it),
    MIN_PLAIN_ITEMS of them at least. (Items parted by blank lines are as often a page's
    links and tags: "20 Cent 1 Bilt", "Tags: Bilt, Cent", "Kommentarfeed | …".)"""
    items: list[int] = []
    at = intro + 1
    while at < len(blocks):
        block, text = blocks[at], blocks[at].text
        if (block.first != blocks[at - 1].last + 1 or block.first != block.last
                or raw[at] == "bad" or bulleted(text) or _number(text) is not None
                or ":" in text or "|" in text or word_count(text) > MAX_PLAIN_ITEM_WORDS
                or furniture(text)):
            break
        items.append(at)
        at += 1
    return items if len(items) >= MIN_PLAIN_ITEMS else []


# The word closing a list's last point but one: "…, and", "…; oder".
_LAST_BUT_ONE = re.compile(r"[,;]?\s+(?:and|or|und|oder|et|ou|y|o|e)$", re.IGNORECASE)


def _goes_on(text: str) -> bool:
    """Return True for a list's point that a comma or semicolon carries on into the next, or
    an "and" (or "or") before the last point."""
    text = text.rstrip()
    return text.endswith((",", ";")) or bool(_LAST_BUT_ONE.search(text))


def _footnotes(blocks: list[Block], first: int, last: int) -> list[int]:
    """Return the notes the run ``first``..``last`` cites ("... per shift^[1], ..."): the
    blocks opening with "[1] ", "[2] " ... counting up, in the run or right below it."""
    cited = any("[1]" in blocks[i].text for i in range(first, last + 1))
    if not cited:
        return []
    start = next((i for i in range(first, min(len(blocks), last + 2))
                  if blocks[i].text.startswith("[1] ")), None)
    notes: list[int] = []
    while start is not None and start < len(blocks) and blocks[start].text.startswith(
            f"[{len(notes) + 1}] "):
        notes.append(start)
        start += 1
    return notes


def _on_past(blocks: list[Block], end: int, prose: Callable[[int], bool]) -> int:
    """Return the run's last block ``end`` moved down over the paragraphs of prose right
    below it: a list the run took in is the article's middle when its prose goes on below
    ("… in zehn Punkten:" / "1. …" … "10. …" / "Mithilfe der folgenden Fragen …:")."""
    while end + 1 < len(blocks) and prose(end + 1):
        end += 1
    return end


def introduced_lists(blocks: list[Block], raw: list[str], first: int, last: int,
                     prose: Callable[[int], bool], furniture: Callable[[str], bool]
                     ) -> tuple[set[int], int]:
    """Return the blocks of the lists that a paragraph of the run ``first``..``last``
    introduces with a colon, and the run's last block, moved down when such a list carries
    on below it.

    Bulleted sentences right below the colon, MIN_POINTS or more, are a list. A numbered
    list starts at 1 within MAX_GAP blocks of the colon and its items count up, at most
    MAX_GAP blocks apart; what stands between them and is not classed bad (the item's link
    or description; after the last item, as many blocks as after the first) is kept with
    them. ``prose(index)`` before the first item means the colon introduced no list; a
    heading or block that is ``furniture`` ("Most read:", "Share on Facebook") is none of a
    list's. (Bulleted items that end as no sentence does below a colon are as often a share
    bar or a list of links.)"""
    kept: set[int] = set()
    end = last
    index = first
    while index <= end:
        text = blocks[index].text
        if (not text.endswith(":") or raw[index] == "bad" or _number(text) is not None
                or word_count(text) < MIN_INTRO_WORDS or furniture(text)):
            index += 1
            continue
        points = _points(blocks, index + 1, furniture)
        if not points and word_count(text) >= MIN_PLAIN_INTRO_WORDS:
            points = _plain_items(blocks, raw, index, furniture)
        if len(points) >= MIN_POINTS:
            kept.update(points)
            end = _on_past(blocks, max(end, points[-1]), prose)
            index = points[-1] + 1
            continue
        start = next((i for i in range(index + 1, min(index + MAX_GAP + 2, len(blocks)))
                      if _number(blocks[i].text) is not None or prose(i)), None)
        if start is None or _number(blocks[start].text) != 1 or furniture(blocks[start].text):
            index += 1
            continue
        items = [start]
        position = start + 1
        while position < len(blocks) and position - items[-1] <= MAX_GAP + 1:
            following = blocks[position].text
            if _number(following) == len(items) + 1:
                items.append(position)
            elif furniture(following):
                break
            position += 1
        if len(items) > 1:
            # The last item takes as many blocks as the first did (its link, its picture).
            stop = min(len(blocks), items[-1] + items[1] - items[0])
            kept.update(i for i in range(items[0], stop)
                        if raw[i] != "bad" and not furniture(blocks[i].text))
            kept.update(items)
            end = _on_past(blocks, max(end, stop - 1), prose)
        index = items[-1] + 1
    notes = _footnotes(blocks, first, end)
    kept.update(notes)
    return kept, max([end, *notes])
