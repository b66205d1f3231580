"""Keyword candidates as they are read: runs of content words, their n-grams and occurrences."""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from typing import NamedTuple

from inbrief.core.brief import Mention

MAX_PHRASE_WORDS = 3


def record_joined(
    joined: tuple[tuple[str, ...], int, int, int],
    text: str,
    phrases: list[tuple[str, ...]],
    where: Occurrences,
    surface: dict[tuple[str, ...], Counter[tuple[int, str]]],
    first_seen: dict[tuple[str, ...], int],
) -> None:
    """Record one occurrence of a joined phrase ("taxa de natalidade") as Run.flush does."""
    phrase, start, end, place = joined
    phrases.append(phrase)
    where.starts.append(start)
    where.ends.append(end)
    where.places.append(place)
    surface[phrase][place, text[start:end]] += 1
    first_seen.setdefault(phrase, start)


class Occurrences(NamedTuple):
    """Start and end offsets of each recorded phrase occurrence (parallel to the phrase list)."""

    starts: array[int]
    ends: array[int]
    places: array[int]

    def of(
        self, chosen: Collection[tuple[str, ...]], phrases: Sequence[tuple[str, ...]], text: str
    ) -> dict[tuple[str, ...], list[Mention]]:
        """Return the mentions of each ``chosen`` phrase, in document order."""
        found: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
        for index, phrase in enumerate(phrases):
            if phrase in chosen:
                start, end = self.starts[index], self.ends[index]
                found[phrase].append(Mention(start, end, text[start:end]))
        return found


class Run:
    """A run of content words between stop words and punctuation, as it is read."""

    def __init__(self, offset: int) -> None:
        self.offset = offset  # where the piece of sentence holding the run starts
        self.stems: list[str] = []
        self.words: list[str] = []
        self.spans: list[tuple[int, int]] = []
        self.places: list[int] = []

    def add(self, stem: str, word: str, start: int, end: int, place: int) -> None:
        """Add one word (its stem: "библиотека", "библиотеки" are one keyword)."""
        self.stems.append(stem)
        self.words.append(word)
        self.spans.append((start, end))
        self.places.append(place)

    def flush(
        self,
        phrases: list[tuple[str, ...]],
        where: Occurrences,
        surface: dict[tuple[str, ...], Counter[tuple[int, str]]],
        first_seen: dict[tuple[str, ...], int],
        joiner: str = " ",
        names: Collection[tuple[str, ...]] = (),
    ) -> None:
        """Record every 1..3-word n-gram of the run (shown joined by ``joiner``), where it
        occurs and how it is written there.

        A run of more than three capitalised words is one long name or a headline: of its
        word groups only the entity ``names`` are recorded, no pieces ("Harbor City Mayor"
        of "Harbor City Mayor Elena Ortiz").
        """
        current = self.stems
        if not current:
            return
        long_name = len(current) > MAX_PHRASE_WORDS and all(
            w[:1].isupper() for w in self.words
        )
        for size in range(1, min(MAX_PHRASE_WORDS, len(current)) + 1):
            for i in range(len(current) - size + 1):
                phrase = tuple(current[i : i + size])
                if long_name and size > 1 and phrase not in names:
                    continue
                phrases.append(phrase)
                where.starts.append(self.spans[i][0])
                where.ends.append(self.spans[i + size - 1][1])
                where.places.append(self.places[i])
                surface[phrase][self.places[i], joiner.join(self.words[i : i + size])] += 1
                first_seen.setdefault(phrase, self.offset)
        self.stems, self.words, self.spans, self.places = [], [], [], []  # the next run
