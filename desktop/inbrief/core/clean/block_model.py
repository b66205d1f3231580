"""A second opinion on the blocks of a pasted page the rules keep or drop: a logistic model of
general cues (length, sentence punctuation, stop words, list shape, capitals, digits, where the
block stands against the article's run, its neighbours), fit by tests/bench/block_fit.py."""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from collections.abc import Collection
from dataclasses import dataclass

from inbrief.core.clean.headline import looks_like_headline
from inbrief.core.clean.rules import SENTENCE_END, date_line

_BULLET = re.compile(r"^\s*(?:[•◦▪□■●○◆►▸·*+]|-(?=\s)|\(BUTTON\)|\d{1,2}[.)]\s)")
_CAPITALISED = re.compile(r"\b[^\W\d_a-zà-öø-ÿ]")
_TOKEN = re.compile(r"\w+")
_DIGITS = re.compile(r"\d")
_ADDRESS = re.compile(r"@|https?://|www\.|\.com\b")
_ELLIPSIS = re.compile(r"(?:…|\.\.\.)\W*$")


@dataclass(frozen=True)
class Page:
    """What the model reads of a page: its blocks' texts, each block's class alone and among
    its neighbours, the article's run, the body's first block, whether the rules keep each
    block, and the page's stop words with their share in its prose."""

    texts: list[str]
    lines: list[tuple[int, int]]  # each block's first and last line
    raw: list[str]
    kinds: list[str]
    first: int
    last: int
    body: int
    kept: list[bool]
    stops: frozenset[str]
    share: float


# Each a cue that holds on any site: a constant; whether the rules keep the block; inside the
# run; its class alone (good, near-good, short, bad) and among its neighbours (good); a
# sentence's end; its length (log of characters / 6); stop words (share / the page's share);
# a list item; capitalised words' share; digits' share; a web or mail address; an ellipsis at
# its end; title-like; a date line; the same text elsewhere on the page; the neighbours above
# and below kept by the rules; its distance from the run (log of blocks / 4); below the run.
FEATURES = ("bias", "kept", "in run", "good", "near-good", "short", "bad", "good here",
            "sentence", "length", "stop words", "list item", "capitals", "digits", "address",
            "ellipsis", "title-like", "date", "repeated", "kept above", "kept below",
            "distance", "below run", "prose before", "prose after", "words")
SPLIT = True
if SPLIT:
    FEATURES = FEATURES + tuple("kept*" + name for name in FEATURES)
WEIGHTS: tuple[float, ...] = ()
MARGIN = 0.0  # fit by tests/bench/block_fit.py; empty: the rules decide


def features(page: Page) -> list[tuple[float, ...]]:
    """Return the features (FEATURES) of every block of ``page``."""
    counts: dict[str, int] = {}
    for text in page.texts:
        counts[text] = counts.get(text, 0) + 1
    # The length of the kept prose above and below each block.
    lengths = [len(text) if kept and raw in ("good", "near-good") else 0
               for text, kept, raw in zip(page.texts, page.kept, page.raw, strict=True)]
    before = list(itertools.accumulate([0, *lengths[:-1]]))
    total = sum(lengths)
    rows = []
    for index, text in enumerate(page.texts):
        tokens = _TOKEN.findall(text.casefold())
        words = max(1, len(tokens))
        raw = page.raw[index]
        stops = sum(map(page.stops.__contains__, tokens)) / words if page.stops else 0.0
        distance = max(page.first - index, index - page.last, 0)
        rows.append((
            1.0,
            float(page.kept[index]),
            float(page.first <= index <= page.last),
            float(raw == "good"),
            float(raw == "near-good"),
            float(raw == "short"),
            float(raw == "bad"),
            float(page.kinds[index] == "good"),
            float(text.rstrip("\"'”’»)").endswith(SENTENCE_END)),
            math.log1p(len(text)) / 6,
            min(2.0, stops / page.share) if page.share else 0.0,
            float(bool(_BULLET.match(text))),
            len(_CAPITALISED.findall(text)) / words,
            len(_DIGITS.findall(text)) / max(1, len(text)) * 10,
            float(bool(_ADDRESS.search(text))),
            float(bool(_ELLIPSIS.search(text))),
            float(looks_like_headline(text)),
            float(date_line(text) is not None) if len(text) < 120 else 0.0,
            float(counts[text] > 1),
            float(index > 0 and page.kept[index - 1]),
            float(index + 1 < len(page.texts) and page.kept[index + 1]),
            math.log1p(distance) / 4,
            float(index > page.last),
            math.log1p(before[index]) / 8,
            math.log1p(total - before[index] - lengths[index]) / 8,
            min(1.0, len(tokens) / 40),
        ))
    if SPLIT:
        rows = [row + tuple(x * row[1] for x in row) for row in rows]
    return rows


def utility(row: tuple[float, ...], weights: tuple[float, ...]) -> float:
    """Return the log-odds that a block with features ``row`` is the article's text."""
    return sum(x * w for x, w in zip(row, weights, strict=True))


def judged(page: Page, drop: set[int], fixed: Collection[int]
           ) -> list[tuple[int, tuple[float, ...]]]:
    """Return the blocks of ``page`` the model judges, with their features: from the body's
    first block on, those the rules (``drop``) keep or drop whole, no line of them in
    ``fixed`` (a byline, dateline or headline a rule lifted)."""
    kept = [not any(line in drop for line in range(first, last + 1))
            for first, last in page.lines]
    page = dataclasses.replace(page, kept=kept)
    found = []
    for index, row in enumerate(features(page)):
        first, last = page.lines[index]
        lines = range(first, last + 1)
        if index < page.body or any(line in fixed for line in lines):
            continue
        if not kept[index] and any(line not in drop for line in lines):
            continue  # partly dropped: a caption's credit line, say
        found.append((index, row))
    return found


def revise(page: Page, drop: set[int], fixed: Collection[int]) -> set[int]:
    """Return the lines to drop of ``page`` once the model had its say on the blocks it
    judges (``judged``)."""
    if not WEIGHTS:
        return drop
    revised = set(drop)
    for index, row in judged(page, drop, fixed):
        first, last = page.lines[index]
        if utility(row, WEIGHTS) > (-MARGIN if row[1] else MARGIN):
            revised.difference_update(range(first, last + 1))
        else:
            revised.update(range(first, last + 1))
    return revised
