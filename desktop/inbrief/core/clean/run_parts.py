"""Parts of a pasted page's run of prose told by the blocks around them: the short sentences
inside the body, and where the cards of other stories start below it.

Each is worked out in one pass over the run (a page may hold thousands of blocks and a
"More from" heading over every section), never by a scan from every block.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping

from inbrief.core.clean.block_kinds import Block, bulleted
from inbrief.core.clean.counts import word_count
from inbrief.core.clean.special_blocks import PhotoCaptions

# An item of a numbered list: "1. Ten charts on the housing slump".
NUMBERED = re.compile(r"^\d{1,2}\.\s+\S")
# A list article's headings ("2. Sam Ponder", each over its paragraph), this many at least,
# of this many words at most.
MIN_NUMBERED_HEADINGS = 3
NUMBERED_HEADING_WORDS = 15
_NUMBER = re.compile(r"^(\d{1,2})\.\s")
# A short sentence this many blocks from the body's prose above and below is the body's.
SHORT_REACH = 6
# Cards of other stories, each a paragraph under its own headline of at most this many words.
MIN_TITLED_CARDS = 3
CARD_TITLE_WORDS = 12


def is_prose(block: Block, raw: str) -> bool:
    """Return True for a paragraph of prose: a good block, or a near-good sentence."""
    return raw == "good" or raw == "near-good" and block.sentence


def numbered_headings(blocks: list[Block], raw: list[str], first: int, last: int) -> set[int]:
    """Return the headings of a list article in the run ``first``-``last`` ("Ten women who
    talk sports": "2. Sam Ponder", her paragraph, "4. Kristi Dosh", …): numbered blocks that
    end as no sentence does, each right above a paragraph (a good or near-good block: its
    last line may be the person's handle, "Twitter: @sam_ponder"), MIN_NUMBERED_HEADINGS or
    more, their numbers counting up or down. (A list of links to other stories between two
    paragraphs has its items one below the other.)"""
    found: list[tuple[int, int]] = []
    for index in range(first, last):
        block = blocks[index]
        match = _NUMBER.match(block.text)
        if (match and not block.sentence and word_count(block.text) <= NUMBERED_HEADING_WORDS
                and raw[index + 1] in ("good", "near-good")):
            found.append((index, int(match.group(1))))
    numbers = [number for _, number in found]
    steps = {number > before for before, number in itertools.pairwise(numbers)}
    if len(found) < MIN_NUMBERED_HEADINGS or len(steps) != 1 or len(set(numbers)) < len(numbers):
        return set()
    return {index for index, _ in found}


def short_sentences(blocks: list[Block], raw: list[str], first: int, last: int,
                    captions: Mapping[str, bool] | None = None) -> set[int]:
    """Return the short paragraphs of the body that end as sentences do, with the body's prose
    SHORT_REACH blocks above and below them at most (a line of dialogue, a one-line
    paragraph between teaser links or pictures): too short to class, yet the article's.
    ``captions``: is_photo_caption of each text (a PhotoCaptions the caller asks again)."""
    captions = PhotoCaptions() if captions is None else captions
    prose = [i for i in range(first, last + 1) if is_prose(blocks[i], raw[i])]
    found: set[int] = set()
    for index in range(first + 1, last):
        block = blocks[index]
        if (raw[index] != "short" or not block.sentence or bulleted(block.text)
                or NUMBERED.match(block.text) or captions[block.text]):
            continue
        above, below = bisect_left(prose, index), bisect_right(prose, index)
        if (above and index - prose[above - 1] <= SHORT_REACH
                and below < len(prose) and prose[below] - index <= SHORT_REACH):
            found.add(index)
    return found


def cards_below(blocks: list[Block], raw: list[str], start: int, end: int) -> list[bool]:
    """Return, for each ``index`` from ``start`` to ``end``, whether ``blocks[index:end]`` (at
    ``[index - start]``) hold no article text under a "More from" heading: no paragraph of
    prose, or paragraphs each standing alone between furniture, with one label shown as often
    as there are paragraphs (the cards of other stories, each with its picture, share buttons
    and teaser; an article's paragraphs follow each other), or three paragraphs or more each
    under a title of its own (each card's headline)."""
    found = [True] * (end - start + 1)
    labels: Counter[str] = Counter()
    most = prose = titled = 0
    adjacent = below = False
    for index in range(end - 1, start - 1, -1):
        block = blocks[index]
        now = is_prose(block, raw[index])
        prose += now
        titled += now and index > 0 and _card_title(blocks[index - 1], raw[index - 1])
        adjacent = adjacent or now and below
        below = now
        if raw[index] != "table" and not block.sentence and word_count(block.text) <= 10:
            labels[block.text] += 1
            most = max(most, labels[block.text])
        # Each card shows the same label (its share buttons, "Read more"): as many times.
        found[index - start] = not prose or not adjacent and (
            most >= prose >= 2 or titled == prose >= MIN_TITLED_CARDS)
    return found



# A card of another story closing the run with no heading above the cards: its section's
# label (a few words), its headline, a teaser of one sentence; this many cards at least, or
# two when a label is shown twice (futurezone's "Digital Life" / "B2B" / "B2B").
MIN_LABELLED_CARDS = 3
CARD_LABEL_WORDS = 3
CARD_TEASER_WORDS = 40


def _labelled_card(blocks: list[Block], raw: list[str], at: int) -> bool:
    """Return True when ``blocks[at:at + 3]`` are a card of another story: a label of a
    few words, a headline, a teaser of one sentence."""
    label, title, teaser = blocks[at], blocks[at + 1], blocks[at + 2]
    return (raw[at + 2] in ("near-good", "short") and teaser.sentence
            and word_count(teaser.text) <= CARD_TEASER_WORDS
            and _card_title(title, raw[at + 1])
            and raw[at] != "table" and not label.sentence and not bulleted(label.text)
            and 1 <= word_count(label.text) <= CARD_LABEL_WORDS)


def labelled_cards(blocks: list[Block], raw: list[str], first: int, last: int) -> int | None:
    """Return the first block of the cards of other stories that close the run
    ``first``..``last`` (each a label, a headline and a teaser of one sentence, in a row;
    the run may end inside them), or None when the run does not end with them."""
    labels: Counter[str] = Counter()
    start = None
    at = last - 2
    while at > first and _labelled_card(blocks, raw, at):
        labels[blocks[at].text] += 1
        start = at
        at -= 3
    if start is None:
        return None
    at = last + 1  # the cards the run left out below it
    while at + 2 < len(blocks) and _labelled_card(blocks, raw, at):
        labels[blocks[at].text] += 1
        at += 3
    cards = sum(labels.values())
    if not (cards >= MIN_LABELLED_CARDS or cards >= 2 and max(labels.values()) >= 2):
        return None
    return start


def _card_title(block: Block, raw: str) -> bool:
    """Return True for a card's headline: a short block that is no sentence."""
    return (raw != "table" and not block.sentence and not bulleted(block.text)
            and 2 <= word_count(block.text) <= CARD_TITLE_WORDS)
