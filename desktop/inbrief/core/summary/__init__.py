"""Sentence ranking: one interface over InBrief's own ranker, document order and sumy's.

algorithms.py lists the choices; auto.py is InBrief's ranker (layout.py: where a sentence sits on
a pasted page), sumy_rankers.py the sumy adapter, terms.py the shared word and term-matrix
helpers. Importing this package is cheap (no numpy or sumy until something is ranked).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from inbrief.core import text as textmod
from inbrief.core.brief import Language
from inbrief.core.errors import Cancelled
from inbrief.core.summary.algorithms import ALGORITHMS, Algorithm, get_algorithm

__all__ = [
    "ALGORITHMS",
    "Algorithm",
    "RankInput",
    "Ranking",
    "fragments",
    "get_algorithm",
    "paragraph_starts",
    "rank_sentences",
]

Span = tuple[int, int]


@dataclass(frozen=True)
class RankInput:
    """What every ranker reads: the text, its sentences and what is known about them."""

    text: str
    spans: Sequence[Span]  # the sentences, in document order
    language: Language
    title: str = ""
    paragraph_starts: Collection[int] = frozenset()  # indices of sentences that open a block


@dataclass(frozen=True)
class Ranking:
    """A score and a rank for every sentence; rank 1 is the first to include in a summary."""

    scores: tuple[float, ...]  # one per sentence, 0..1, higher = better
    ranks: tuple[int, ...]  # one per sentence, a permutation of 1..n, redundancy removed
    notes: tuple[str, ...] = ()  # things the user should know about how it was ranked


# A fragment of a page among sentences: this many words at most, no sentence's end.
FRAGMENT_WORDS = 8


def fragments(sentences: Sequence[str], language: str = "en") -> set[int]:
    """Return the indices of the fragments among ``sentences`` of a text in prose (half of
    them or more end as sentences do): a post's credit line ("(via Geeks Are Sexy)"), a link's
    title, a heading, FRAGMENT_WORDS words at most without a sentence's end. (Where most
    sentences lack one, Thai, a list of notes, none is told apart.) Words are counted as the
    text's are in ``language`` (text.count_words: Chinese and Japanese by characters)."""
    from inbrief.core.summary.quality import ends_sentence  # (numpy: not at start-up)

    ended = [ends_sentence(sentence) for sentence in sentences]
    if 2 * sum(ended) < len(ended):
        return set()
    return {index for index, (sentence, end) in enumerate(zip(sentences, ended, strict=True))
            if not end and textmod.count_words(sentence, language) <= FRAGMENT_WORDS}


def paragraph_starts(text: str, spans: Sequence[Span]) -> frozenset[int]:
    """Return the indices of the sentences that open a paragraph (a block of text)."""
    import numpy as np

    starts = [start for start, _end in textmod.blocks(text)]
    if not spans or not starts:
        return frozenset({0}) if spans else frozenset()
    sentence_starts = np.asarray([a for a, _ in spans])
    # The first sentence starting at or after each block start opens that block.
    found = np.searchsorted(sentence_starts, np.asarray(starts), side="left")
    return frozenset(int(i) for i in found if i < len(spans))


def rank_sentences(
    source: RankInput,
    algorithm: str = "auto",
    *,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Ranking:
    """Return a score and rank for every sentence of ``source``, by the named algorithm.

    Raises ValueError for an unknown algorithm and Cancelled when ``cancel()`` turns True.
    """
    chosen = get_algorithm(algorithm)
    reached = [0.0]

    def check(fraction: float) -> None:
        if cancel is not None and cancel():
            raise Cancelled("Summarizing was cancelled.")
        if progress is not None and fraction > reached[0]:
            reached[0] = fraction
            progress(fraction)

    check(0.0)
    n = len(source.spans)
    if n == 0:
        check(1.0)
        return Ranking((), ())
    if chosen.ranker == "lead" or n == 1:
        ranking = _rank_lead(n)
    elif chosen.ranker == "auto":
        from inbrief.core.summary.auto import rank_auto
        from inbrief.core.summary.terms import ranks_from_order

        scores, order, _matrix = rank_auto(source, check)
        ranking = Ranking(tuple(float(s) for s in scores), ranks_from_order(order, n))
    else:
        from inbrief.core.summary.sumy_rankers import rank_with_sumy

        ranking = rank_with_sumy(chosen, source, check, cancel)
    check(1.0)
    return ranking


def _rank_lead(n: int) -> Ranking:
    """Return document order: the first sentence first."""
    import numpy as np

    from inbrief.core.summary.terms import normalised

    scores = normalised(-np.arange(n, dtype=np.float64))
    return Ranking(tuple(float(v) for v in scores), tuple(range(1, n + 1)))
