"""Sentence rankers behind one interface: InBrief's own ("auto"), document order, and sumy's."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

import numpy as np

from inbrief.core import text as textmod
from inbrief.core.brief import Language
from inbrief.core.errors import Cancelled
from inbrief.core.summary.terms import (
    CachedStemmer,
    build_term_matrix,
    normalised,
    order_by_relevance,
    ranks_from_order,
)

Span = tuple[int, int]


@dataclass(frozen=True)
class Ranking:
    """A score and a rank for every sentence; rank 1 is the first to include in a summary."""

    scores: tuple[float, ...]  # one per sentence, 0..1, higher = better
    ranks: tuple[int, ...]  # one per sentence, a permutation of 1..n, redundancy removed
    notes: tuple[str, ...] = ()  # things the user should know about how it was ranked


ALGORITHMS: dict[str, str] = {
    "auto": "InBrief's ranker: position, centrality, keywords, title and names, no repeats",
    "lead": "The opening sentences, in document order",
    "lexrank": "LexRank (sumy): sentences most similar to many others",
    "textrank": "TextRank (sumy): PageRank over shared words between sentences",
    "lsa": "LSA (sumy): sentences that best cover the text's main latent topics",
    "luhn": "Luhn (sumy): sentences dense in the text's frequent words",
    "edmundson": "Edmundson (sumy): cue words, key words, title words and position",
    "kl": "KL-Sum (sumy): keeps the summary's word distribution close to the text's",
    "sumbasic": "SumBasic (sumy): frequent words, down-weighted once covered",
    "reduction": "Reduction (sumy): sentences sharing the most words with the others",
}

_DISPLAY_NAMES = {
    "kl": "KL-Sum",
    "lsa": "LSA",
    "lexrank": "LexRank",
    "textrank": "TextRank",
    "sumbasic": "SumBasic",
}


def paragraph_starts(text: str, spans: Sequence[Span]) -> frozenset[int]:
    """Return the indices of the sentences that open a paragraph (a block of text)."""
    starts = [start for start, _end in textmod.blocks(text)]
    if not spans or not starts:
        return frozenset({0}) if spans else frozenset()
    sentence_starts = np.asarray([a for a, _ in spans])
    # The first sentence starting at or after each block start opens that block.
    found = np.searchsorted(sentence_starts, np.asarray(starts), side="left")
    return frozenset(int(i) for i in found if i < len(spans))


def rank_sentences(
    text: str,
    spans: Sequence[Span],
    language: Language,
    algorithm: str = "auto",
    *,
    title: str = "",
    paragraph_starts: Collection[int] = (),
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Ranking:
    """Return a score and rank for every sentence of ``text`` (given as ``spans``).

    Raises ValueError for an unknown algorithm and Cancelled when ``cancel()`` turns True.
    """
    if algorithm not in ALGORITHMS:
        raise ValueError(
            f"Unknown summary algorithm {algorithm!r}: choose one of {', '.join(ALGORITHMS)}."
        )
    reached = [0.0]

    def check(fraction: float) -> None:
        if cancel is not None and cancel():
            raise Cancelled("Summarizing was cancelled.")
        if progress is not None and fraction > reached[0]:
            reached[0] = fraction
            progress(fraction)

    check(0.0)
    n = len(spans)
    if n == 0:
        check(1.0)
        return Ranking((), ())
    if algorithm == "lead" or n == 1:
        ranking = Ranking(
            tuple(float(v) for v in normalised(-np.arange(n, dtype=np.float64))),
            tuple(range(1, n + 1)),
        )
    elif algorithm == "auto":
        ranking = _rank_auto(text, spans, language, title, paragraph_starts, check)
    else:
        ranking = _rank_sumy(
            algorithm, text, spans, language, title, paragraph_starts, check, cancel
        )
    check(1.0)
    return ranking


def _rank_auto(
    text: str,
    spans: Sequence[Span],
    language: Language,
    title: str,
    paragraph_starts: Collection[int],
    check: Callable[[float], None],
) -> Ranking:
    from inbrief.core.summary.auto import rank_auto

    scores, order, _matrix = rank_auto(
        text, spans, language, title=title, paragraph_starts=paragraph_starts, check=check
    )
    return Ranking(tuple(float(s) for s in scores), ranks_from_order(order, len(spans)))


def _rank_sumy(
    algorithm: str,
    text: str,
    spans: Sequence[Span],
    language: Language,
    title: str,
    paragraph_starts: Collection[int],
    check: Callable[[float], None],
    cancel: Callable[[], bool] | None,
) -> Ranking:
    """Rank with a sumy summarizer, on the best candidates of a long text."""
    from inbrief.core.summary.sumy_rankers import CANDIDATE_LIMITS, rate_with_sumy

    n = len(spans)
    notes: list[str] = []
    limit = CANDIDATE_LIMITS[algorithm]
    if limit is not None and n > limit:
        from inbrief.core.summary.auto import rank_auto

        cheap_scores, cheap_order, matrix = rank_auto(
            text,
            spans,
            language,
            title=title,
            paragraph_starts=paragraph_starts,
            check=lambda fraction: check(0.2 * fraction),
        )
        candidates = sorted(cheap_order[:limit])
        name = _DISPLAY_NAMES.get(algorithm, algorithm.capitalize())
        notes.append(
            f"{name} ran on the {limit} best candidate sentences of this long text "
            f"({n} sentences), chosen by InBrief's own ranker; the rest follow in that "
            "ranker's order."
        )
    else:
        candidates = list(range(n))
        cheap_scores = np.zeros(n)
        matrix = build_term_matrix(text, spans, language, CachedStemmer(language))
    check(0.2)
    candidate_starts = _remap_starts(candidates, paragraph_starts)
    rated = rate_with_sumy(
        algorithm,
        text,
        [spans[i] for i in candidates],
        language,
        title=title,
        paragraph_starts=candidate_starts,
        cancel=cancel,
    )
    check(0.85)
    scores = np.zeros(n)
    local = normalised(np.asarray(rated, dtype=np.float64))
    # Candidates score 0.5..1, the rest 0..0.5 by the cheap ranker, so order follows scores.
    scores[:] = 0.5 * normalised(cheap_scores) if len(candidates) < n else 0.0
    scores[candidates] = (0.5 + 0.5 * local) if len(candidates) < n else local
    order = order_by_relevance(matrix, scores, pool_size=min(n, 300), diversity=0.0)
    return Ranking(tuple(float(s) for s in scores), ranks_from_order(order, n), tuple(notes))


def _remap_starts(candidates: Sequence[int], starts: Collection[int]) -> set[int]:
    """Return paragraph starts renumbered for a subset of the sentences."""
    wanted = set(starts)
    result: set[int] = set()
    previous = -2
    for position, index in enumerate(candidates):
        if index in wanted or index != previous + 1:
            result.add(position)
        previous = index
    return result
