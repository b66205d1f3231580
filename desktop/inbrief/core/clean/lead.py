"""The opening paragraphs of a pasted article, and how many words a candidate headline shares
with them: a headline sums up its lead; a menu, section label or another story's teaser does not."""

from __future__ import annotations

import re
from collections.abc import Callable

from inbrief.core.clean.counts import word_count

# The lead: the body's first paragraphs of at least this many words.
LEAD_PARAGRAPHS = 3
LEAD_WORDS = 12
# The letters two words must open with alike to be stemmed and compared.
OPENING = 3
# The fewest letters a lead word has to count as the tail of a compound in a headline.
COMPOUND_PART = 5
_WORD = re.compile(r"[^\W\d_]+")
_DENSE = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


def _prefix(word: str) -> str:
    """Return a crude stem of ``word`` for languages without a Snowball stemmer."""
    return word[:5]


class Lead:
    """The article's opening paragraphs, to tell how many words of a candidate headline
    they use too (stemmed: "floods" and "flooded" are one word)."""

    def __init__(self, words: set[str], stop_words: frozenset[str] = frozenset(),
                 stem: Callable[[str], str] | None = None) -> None:
        self.words = words  # the lead's content words, case-folded, not stemmed
        self.stop_words = stop_words
        self._stem = stem or _prefix
        self._stems: dict[str, str] = {}
        # The lead's words by their first three letters: a Snowball stemmer only takes
        # suffixes off past the third letter, so only words opening alike can share a stem,
        # and only those are stemmed (a stem takes ~0.1 ms a word in some languages, German's
        # the most: a third of cleaning a German page otherwise).
        self._by_opening: dict[str, list[str]] = {}
        for word in words:
            self._by_opening.setdefault(word[:OPENING], []).append(word)
        # The lead's longer words, to find as the tail of a compound ("Sensortechnik" and
        # "Technik": German writes them as one word): looked up, never searched.
        self._parts = frozenset(word for word in words if len(word) >= COMPOUND_PART)

    def stem(self, word: str) -> str:
        """Return the stem of a content word (a pair of characters stays as it is)."""
        if len(word) < 3:
            return word
        if word not in self._stems:
            self._stems[word] = self._stem(word)
        return self._stems[word]

    def overlap(self, text: str) -> tuple[int, int]:
        """Return how many content words ``text`` has, and how many of them the lead uses."""
        stems: set[str] = set()
        lead: set[str] = set()
        unstemmed: set[str] = set()
        compounds = 0  # words no lead word opens alike, a compound of one of them
        stemmed: dict[str, str] = {}  # stem -> the word of ``text`` it was taken from
        for word in _content(text, self.stop_words):
            peers = self._by_opening.get(word[:OPENING])
            if peers is None:
                if self._compound_of_lead(word):
                    compounds += 1
                else:
                    unstemmed.add(word)  # no lead word opens alike: none shares its stem
                continue
            stem = self.stem(word)
            stems.add(stem)
            stemmed.setdefault(stem, word)
            lead.update(self.stem(peer) for peer in peers)
        shared = len(stems & lead) + sum(1 for stem in stems - lead
                                         if self._compound_of_lead(stemmed[stem]))
        return len(stems) + len(unstemmed) + compounds, shared + compounds

    def _compound_of_lead(self, word: str) -> bool:
        """Return True when a long word of the lead closes ``word``, a compound made of it
        and another word ("sensortechnik" and the lead's "technik")."""
        if len(word) < COMPOUND_PART + OPENING or not self._parts:
            return False
        return any(word[start:] in self._parts
                   for start in range(OPENING, len(word) - COMPOUND_PART + 1))

    def share(self, text: str) -> float:
        """Return the share of the content words of ``text`` that the lead uses too."""
        words, shared = self.overlap(text)
        return shared / words if words else 0.0

    def shared(self, text: str) -> int:
        """Return how many content words of ``text`` the lead uses too."""
        return self.overlap(text)[1]


def make_lead(texts: list[str], first: int, stop_words: frozenset[str] = frozenset(),
              stem: Callable[[str], str] | None = None) -> Lead:
    """Return the lead of the body starting at block ``first``: its first paragraphs of
    LEAD_WORDS words or more, LEAD_PARAGRAPHS of them."""
    words: set[str] = set()
    taken = 0
    for text in texts[first:first + 4 * LEAD_PARAGRAPHS]:
        if word_count(text) >= LEAD_WORDS:
            words |= _content(text, stop_words)
            taken += 1
            if taken == LEAD_PARAGRAPHS:
                break
    return Lead(words, stop_words, stem)


def _content(text: str, stop_words: frozenset[str]) -> set[str]:
    """Return the content words of ``text``, case-folded (pairs of characters in scripts
    written without spaces)."""
    words = {word for word in _WORD.findall(text.casefold())
             if len(word) >= 3 and word not in stop_words and not _DENSE.match(word)}
    dense = "".join(_DENSE.findall(text))
    words.update(dense[i:i + 2] for i in range(len(dense) - 1))
    return words
