"""The run's parts worked out in one pass (clean.run_parts) give what the plain definition
gives, scanning from every block: the short sentences inside the body and the cards of
other stories under a "More from" heading (invented blocks)."""

from __future__ import annotations

import random
from collections import Counter

from inbrief.core.clean.block_kinds import Block
from inbrief.core.clean.run_parts import SHORT_REACH, cards_below, is_prose, short_sentences

KINDS = ("good", "near-good", "short", "bad", "table")
TEXTS = ("Share", "Read more", "The council voted on Tuesday.", "Photo: Ana Ruiz",
         "Officials said the bridge would open in May after two years of repairs.",
         "It rained.", "Sign up", "Port strike enters second week")


def random_page(rng: random.Random, size: int) -> tuple[list[Block], list[str]]:
    blocks, raw = [], []
    for index in range(size):
        text = rng.choice(TEXTS)
        blocks.append(Block(index, index, text, sentence=text.endswith(".")))
        raw.append(rng.choice(KINDS))
    return blocks, raw


def cards_plainly(blocks: list[Block], raw: list[str], start: int, end: int) -> bool:
    """The definition, read from the top of ``blocks[start:end]`` each time."""
    prose = [i for i in range(start, end) if is_prose(blocks[i], raw[i])]
    if not prose:
        return True
    if any(b - a == 1 for a, b in zip(prose, prose[1:], strict=False)):
        return False
    labels = Counter(blocks[i].text for i in range(start, end) if raw[i] != "table"
                     and not blocks[i].sentence and len(blocks[i].text.split()) <= 10)
    # Or three paragraphs or more, each right under a short title (a card's headline).
    titled = [i for i in prose if i > 0 and raw[i - 1] != "table"
              and not blocks[i - 1].sentence and 2 <= len(blocks[i - 1].text.split()) <= 12]
    return (any(count >= len(prose) >= 2 for count in labels.values())
            or len(titled) == len(prose) >= 3)


def short_plainly(blocks: list[Block], raw: list[str], first: int, last: int) -> set[int]:
    prose = [i for i in range(first, last + 1) if is_prose(blocks[i], raw[i])]
    return {index for index in range(first + 1, last)
            if raw[index] == "short" and blocks[index].sentence
            and any(0 < index - i <= SHORT_REACH for i in prose)
            and any(0 < i - index <= SHORT_REACH for i in prose)}


def test_cards_below_matches_the_definition_from_every_block() -> None:
    rng = random.Random(3)
    decided = Counter()
    for _ in range(300):
        blocks, raw = random_page(rng, rng.randint(1, 30))
        start = rng.randint(0, len(blocks) - 1)
        found = cards_below(blocks, raw, start, len(blocks))
        assert len(found) == len(blocks) - start + 1 and found[-1]
        for index in range(start, len(blocks)):
            expected = cards_plainly(blocks, raw, index, len(blocks))
            assert found[index - start] == expected
            decided[expected] += 1
    assert decided[True] > 50 and decided[False] > 50  # both answers were tried


def test_cards_of_other_stories_each_with_its_label() -> None:
    teaser = "Officials said the bridge would open in May after two years of repairs."
    texts = ["Share", teaser, "Photo: Ana Ruiz", "Share", teaser, "Photo: Ana Ruiz"]
    blocks = [Block(i, i, t, sentence=t.endswith(".")) for i, t in enumerate(texts)]
    raw = ["bad", "good", "bad", "bad", "good", "bad"]
    assert cards_below(blocks, raw, 0, 6)[0]  # two paragraphs apart, two labels each
    raw[2] = raw[3] = "good"  # paragraphs that follow each other: an article
    blocks[2].sentence = blocks[3].sentence = True
    assert not cards_below(blocks, raw, 0, 6)[0]


def test_short_sentences_match_the_definition() -> None:
    rng = random.Random(5)
    kept = 0
    for _ in range(300):
        blocks, raw = random_page(rng, rng.randint(3, 40))
        first = rng.randint(0, len(blocks) - 3)
        last = rng.randint(first + 2, len(blocks) - 1)
        found = short_sentences(blocks, raw, first, last)
        assert found == short_plainly(blocks, raw, first, last)
        kept += len(found)
    assert kept > 20
