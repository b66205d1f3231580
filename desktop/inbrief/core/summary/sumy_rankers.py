"""sumy's summarizers behind InBrief's ranking interface, on our own sentences.

The sumy document is built from our sentence spans (one sumy sentence per span, in order),
so sumy's sentence i is exactly our sentence i. Each summarizer runs as sumy wrote it; its
rating of every sentence is taken at the one place all of them hand it over:
``AbstractSummarizer._get_best_sentences(sentences, count, rating, *args)``.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from inbrief.core.summary import Algorithm, Ranking, RankInput
from inbrief.core.summary.auto import rank_auto
from inbrief.core.summary.terms import (
    CachedStemmer,
    build_term_matrix,
    normalised,
    order_by_relevance,
    ranks_from_order,
    stop_words,
)
from inbrief.core.text import SumyTokenizer

STIGMA_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "advertisement",
        "subscribe",
        "click",
        "newsletter",
        "cookie",
        "cookies",
        "sponsored",
        "copyright",
        "download",
        "login",
        "share",
        "comments",
        "photo",
        "pictured",
    ),
    "fr": ("publicité", "abonnez", "cliquez", "newsletter", "cookies", "photo", "partager"),
    "de": ("anzeige", "abonnieren", "klicken", "newsletter", "cookies", "foto", "teilen"),
    "es": ("publicidad", "suscríbete", "haga", "clic", "boletín", "cookies", "foto"),
}
_FALLBACK_STIGMA = ("advertisement", "subscribe", "click", "newsletter", "cookies")


def rank_with_sumy(
    chosen: Algorithm,
    source: RankInput,
    check: Callable[[float], None],
    cancel: Callable[[], bool] | None = None,
) -> Ranking:
    """Rank with a sumy summarizer, on the best candidates of a long text."""
    n = len(source.spans)
    notes: list[str] = []
    limit = chosen.candidate_limit
    if limit is not None and n > limit:
        cheap_scores, cheap_order, matrix = rank_auto(source, lambda part: check(0.2 * part))
        candidates = sorted(cheap_order[:limit])
        notes.append(
            f"{chosen.label} ran on the {limit} best candidate sentences of this long text "
            f"({n} sentences), chosen by InBrief's own ranker; the rest follow in that "
            "ranker's order."
        )
    else:
        candidates = list(range(n))
        cheap_scores = np.zeros(n)
        language = source.language
        matrix = build_term_matrix(source.text, source.spans, language, CachedStemmer(language))
    check(0.2)
    rated = rate_with_sumy(chosen.name, _subset(source, candidates), cancel)
    check(0.85)
    scores = np.zeros(n)
    local = normalised(np.asarray(rated, dtype=np.float64))
    # Candidates score 0.5..1, the rest 0..0.5 by the cheap ranker, so order follows scores.
    scores[:] = 0.5 * normalised(cheap_scores) if len(candidates) < n else 0.0
    scores[candidates] = (0.5 + 0.5 * local) if len(candidates) < n else local
    order = order_by_relevance(matrix, scores, pool_size=min(n, 300), diversity=0.0)
    return Ranking(tuple(float(s) for s in scores), ranks_from_order(order, n), tuple(notes))


def _subset(source: RankInput, candidates: Sequence[int]) -> RankInput:
    """Return ``source`` restricted to the candidate sentences (paragraphs renumbered)."""
    if len(candidates) == len(source.spans):
        return source
    wanted = set(source.paragraph_starts)
    starts: set[int] = set()
    previous = -2
    for position, index in enumerate(candidates):
        if index in wanted or index != previous + 1:
            starts.add(position)
        previous = index
    spans = [source.spans[i] for i in candidates]
    return RankInput(source.text, spans, source.language, source.title, frozenset(starts))


def rate_with_sumy(
    name: str, source: RankInput, cancel: Callable[[], bool] | None = None
) -> list[float]:
    """Return sumy's rating of every sentence of ``source`` (higher = better)."""
    build, by_position = _SUMMARIZERS[name]
    document = _document(source, _PositionalSentence if by_position else Sentence)
    setup = _Setup(document, CachedStemmer(source.language, cancel), stop_words(source.language))
    return _ratings(build(setup, source), document)


def _document(source: RankInput, sentence: Callable[..., Any]) -> Any:
    """Return a sumy document of our sentences, the title as its heading."""
    language = source.language
    tokenizer = SumyTokenizer(language.code, language.sumy_language)
    text = source.text
    sentences = [sentence(text[a:b], tokenizer) for a, b in source.spans]
    starts = set(source.paragraph_starts) | {0}
    paragraphs: list[list[Any]] = []
    for index, item in enumerate(sentences):
        if index in starts or not paragraphs:
            paragraphs.append([])
        paragraphs[-1].append(item)
    if source.title.strip():
        paragraphs[0].insert(0, sentence(source.title, tokenizer, is_heading=True))
    return ObjectDocumentModel([Paragraph(p) for p in paragraphs])


class _PositionalSentence(Sentence):
    """A sumy sentence equal only to itself, so a repeated sentence keeps its own rating.

    sumy's sentences are equal when their text is; the summarizers that rate by position
    (LexRank, TextRank) would otherwise give every copy the rating of the last one.
    """

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return self is other

    def __hash__(self) -> int:
        return id(self)


def _ratings(summarizer: Any, document: Any) -> list[float]:
    """Run ``summarizer`` on ``document``; return its rating of every sentence, in order."""
    ratings = [0.0] * len(document.sentences)  # when it stops early (LSA: no content words)

    def best_sentences(
        sentences: Sequence[Any], _count: object, rating: Any, *args: Any, **kwargs: Any
    ) -> tuple[Any, ...]:
        if isinstance(rating, dict):
            values = [rating.get(s, 0.0) for s in sentences]
        else:
            # Luhn hands over its significant words as a tuple: a set gives the same
            # answers with linear- instead of quadratic-time lookups.
            args = tuple(frozenset(a) if isinstance(a, tuple) else a for a in args)
            values = [rating(s, *args, **kwargs) for s in sentences]  # in order: LSA counts
        # LexRank divides 0 by 0 when no two sentences are similar (tiny texts): rate all 0.
        ratings[:] = [0.0 if math.isnan(v) else v for v in map(float, values)]
        return ()

    summarizer._get_best_sentences = best_sentences
    with np.errstate(invalid="ignore", divide="ignore"), warnings.catch_warnings():
        # LSA on tiny texts: "Number of words (2) is lower than number of sentences (3)".
        warnings.filterwarnings("ignore", "Number of words", UserWarning)
        summarizer(document, len(ratings))
    return ratings


@dataclass(frozen=True)
class _Setup:
    document: Any
    stemmer: CachedStemmer
    stops: frozenset[str]


def _plain(summarizer_class: Any) -> Callable[[_Setup, RankInput], Any]:
    """Return a builder of a summarizer that needs only our stemmer and stop words."""

    def build(setup: _Setup, _source: RankInput) -> Any:
        summarizer = summarizer_class(setup.stemmer)
        summarizer.stop_words = setup.stops
        return summarizer

    return build


def _edmundson(setup: _Setup, source: RankInput) -> Any:
    # sumy adds up the four methods' ratings (a weight above 0 only switches a method on).
    summarizer = EdmundsonSummarizer(
        setup.stemmer, cue_weight=1.0, key_weight=1.0, title_weight=1.0, location_weight=1.0
    )
    base = source.language.code.split("-")[0]
    summarizer.bonus_words = _bonus_words(setup, source.title)
    summarizer.stigma_words = STIGMA_WORDS.get(base, _FALLBACK_STIGMA)
    # sumy refuses an empty set; a placeholder keeps the title and location methods usable.
    summarizer.null_words = setup.stops or frozenset({"\x00"})
    return summarizer


def _bonus_words(setup: _Setup, title: str) -> list[str]:
    """Return the title's content words plus the 12 most frequent content words."""
    stops = setup.stops
    counts: dict[str, int] = {}
    surface: dict[str, str] = {}
    for word in setup.document.words:
        lowered = word.lower()
        if lowered in stops or len(lowered) < 3 or not lowered.isalpha():
            continue
        stem = setup.stemmer(lowered)
        counts[stem] = counts.get(stem, 0) + 1
        surface.setdefault(stem, lowered)
    frequent = sorted(counts, key=lambda s: -counts[s])[:12]
    words = [surface[s] for s in frequent if counts[s] > 1]
    words += [w for w in title.split() if w.lower() not in stops]
    return words or ["\x00"]


# Algorithm name -> (summarizer builder, whether each copy of a repeated sentence is rated on
# its own). The others key their ratings by sentence text, as sumy does.
_SUMMARIZERS: dict[str, tuple[Callable[[_Setup, RankInput], Any], bool]] = {
    "lexrank": (_plain(LexRankSummarizer), True),
    "textrank": (_plain(TextRankSummarizer), True),
    "lsa": (_plain(LsaSummarizer), False),
    "luhn": (_plain(LuhnSummarizer), False),
    "edmundson": (_edmundson, False),
    "kl": (_plain(KLSummarizer), False),
    "sumbasic": (_plain(SumBasicSummarizer), False),
    "reduction": (_plain(ReductionSummarizer), False),
}
