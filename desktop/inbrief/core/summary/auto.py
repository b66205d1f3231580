"""InBrief's own ranker: position, centrality, keywords, title, names and sentence quality.

Every signal is linear in the length of the text (sparse numpy maths, no loops over sentence
pairs); redundancy is removed by MMR over the best few hundred sentences.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from inbrief.core.brief import Language
from inbrief.core.summary import RankInput, layout
from inbrief.core.summary.quality import (
    FURNITURE_BLOCK,
    PROSE_SENTENCES,
    _quality,
    ends_sentence,
)
from inbrief.core.summary.terms import (
    CachedStemmer,
    TermMatrix,
    build_term_matrix,
    normalised,
    order_by_relevance,
    sentence_words,
    stop_words,
)

# Weights of the signals (tuned on development data; see tests/bench/summary_quality.py).
WEIGHTS: dict[str, float] = {
    "position": 1.0,
    "keywords": 0.4,
    "length": 0.3,
    "title": 0.2,
    "centrality": 0.15,
    "paragraph": 0.05,
    "names": 0.1,
}
DIVERSITY = 0.3
DUPLICATE = 0.65
POOL = 300
# Factors for what the page's layout says is not the article (see layout.py).
OUTSIDE_RUN = 0.1
REPEATED = 0.3
TITLE_ECHO = 0.3
TEASER = 0.3
HARD_BREAK = 0.3


def rank_auto(
    source: RankInput, check: Callable[[float], None] = lambda fraction: None
) -> tuple[np.ndarray, list[int], TermMatrix]:
    """Return (scores 0..1, sentence indices best first, term matrix) for our ranker.

    ``check(fraction)`` reports progress and raises Cancelled when the user cancelled.
    """
    matrix, signals = compute_signals(source, check)
    total = combine(signals, WEIGHTS)
    standalone = total * signals["quality"]
    # A sentence opening with "He" or "But" counts fully once the one before it is taken.
    raw = standalone * signals["opener"]
    low, high = float(np.min(raw)), float(np.max(raw))
    scores = normalised(raw)
    resolved = (standalone - low) / max(high - low, 1e-12)
    order = order_by_relevance(
        matrix,
        scores,
        pool_size=POOL,
        diversity=DIVERSITY,
        duplicate=DUPLICATE,
        resolved=resolved,
    )
    check(0.95)
    return scores, order, matrix


def combine(signals: dict[str, np.ndarray], weights: dict[str, float]) -> np.ndarray:
    """Return the weighted sum of the signals (before the quality factor)."""
    total = np.zeros(len(signals["quality"]))
    for name, weight in weights.items():
        total = total + weight * signals[name]
    return total


def compute_signals(
    source: RankInput, check: Callable[[float], None] = lambda fraction: None
) -> tuple[TermMatrix, dict[str, np.ndarray]]:
    """Return the term matrix and every per-sentence signal (each scaled to about 0..1)."""
    text, spans, language = source.text, source.spans, source.language
    n = len(spans)
    stemmer = CachedStemmer(language)
    words = sentence_words(text, spans, language)
    check(0.15)
    matrix = build_term_matrix(text, spans, language, stemmer, words)
    check(0.4)
    paragraph = np.zeros(n)
    if source.paragraph_starts:
        # The first sentence already has the lead prior; later openers are topic sentences.
        paragraph[[i for i in source.paragraph_starts if 0 < i < n]] = 1.0
    ended = [ends_sentence(text[start:end]) for start, end in spans]
    inside = _main_run(source, ended, words)
    signals = {
        "position": _position(n),
        "centrality": normalised(_centrality(matrix)),
    }
    check(0.6)
    signals["keywords"] = normalised(_keyword_coverage(matrix, bool(stop_words(language))))
    signals["title"] = _title_overlap(matrix, source.title, language, stemmer)
    signals["names"] = normalised(_name_coverage(words, language))
    signals["paragraph"] = paragraph
    signals["length"] = _length_fit(matrix.word_counts)
    quality, signals["opener"] = _quality(text, spans, words, language)
    signals["quality"] = quality * _layout(source, inside)
    check(0.75)
    return matrix, signals


def _length_fit(word_counts: np.ndarray) -> np.ndarray:
    """Return 0..1: how close each sentence is to a self-contained length (15-40 words)."""
    return np.clip(np.minimum(word_counts / 15.0, 40.0 / np.maximum(word_counts, 1.0)), 0, 1)


def _position(n: int, lead: float = 3.0, softness: float = 0.7) -> np.ndarray:
    """Return a lead prior: about 1 for the first three sentences, falling to 0 after."""
    index = np.arange(n, dtype=np.float64)
    return 1.0 / (1.0 + np.exp(np.minimum((index - lead) / softness, 50.0)))


def _centrality(matrix: TermMatrix, damping: float = 0.85, steps: int = 30) -> np.ndarray:
    """Return continuous LexRank scores, by power iteration on X @ X.T without forming it."""
    n = matrix.n_sentences
    if n == 0 or matrix.n_terms == 0:
        return np.zeros(n)
    has_words = np.bincount(matrix.rows, minlength=n) > 0
    self_sim = has_words.astype(np.float64)
    degree = matrix.dot(matrix.tdot(np.ones(n))) - self_sim
    degree = np.where(degree > 1e-9, degree, 1.0)
    p = np.full(n, 1.0 / n)
    for _ in range(steps):
        share = p / degree
        spread = matrix.dot(matrix.tdot(share)) - self_sim * share
        new = (1.0 - damping) / n + damping * spread
        new /= new.sum() or 1.0
        if np.abs(new - p).sum() < 1e-6:
            p = new
            break
        p = new
    return p


def _keyword_coverage(matrix: TermMatrix, has_stop_words: bool = True) -> np.ndarray:
    """Return how much of the text's frequent content words each sentence carries."""
    if matrix.n_terms == 0:
        return np.zeros(matrix.n_sentences)
    total = matrix.term_freq.sum() or 1.0
    probability = matrix.term_freq / total
    # Words seen once say nothing about the topic.
    weight = np.where(matrix.term_freq > 1, probability, 0.0)
    if not has_stop_words and matrix.n_sentences >= 8:
        # No stop-word list for this language: words in over a quarter of the sentences
        # are function words far more often than topics.
        weight = np.where(matrix.doc_freq > 0.25 * matrix.n_sentences, 0.0, weight)
    present = np.ones_like(matrix.counts)
    covered = np.bincount(
        matrix.rows, weights=present * weight[matrix.cols], minlength=matrix.n_sentences
    )
    # Diminishing returns for long sentences: divide by a root of their length.
    return covered / np.sqrt(np.maximum(matrix.content_counts, 4.0))


def _title_overlap(
    matrix: TermMatrix, title: str, language: Language, stemmer: CachedStemmer
) -> np.ndarray:
    """Return the share of the title's content words each sentence contains."""
    n = matrix.n_sentences
    if not title.strip() or matrix.n_terms == 0:
        return np.zeros(n)
    stops = stop_words(language)
    stems = {
        stemmer(w)
        for w in sentence_words(title, [(0, len(title))], language)[0]
        if w.lower() not in stops
    }
    terms = [matrix.vocabulary[s] for s in stems if s in matrix.vocabulary]
    if not terms:
        return np.zeros(n)
    wanted = np.zeros(matrix.n_terms)
    wanted[terms] = 1.0
    return np.bincount(matrix.rows, weights=wanted[matrix.cols], minlength=n) / len(terms)


def _name_coverage(words: list[list[str]], language: Language) -> np.ndarray:
    """Return how many recurring capitalised names (cheap entities) each sentence mentions."""
    counts: dict[str, int] = {}
    found: list[set[str]] = []
    for sentence in words:
        names = {w for w in sentence[1:] if w[:1].isupper() and not w.isupper()}
        found.append(names)
        for name in names:
            counts[name] = counts.get(name, 0) + 1
    return np.asarray(
        [sum(1 for name in names if counts[name] > 1) for names in found], dtype=np.float64
    )


def _main_run(source: RankInput, ended: list[bool], words: list[list[str]]) -> np.ndarray:
    """Return True for each sentence in the article's main run of prose (all of them when the
    text has too few sentences that end like one to tell)."""
    if sum(ended) < PROSE_SENTENCES:
        return np.ones(len(source.spans), dtype=bool)
    return layout.main_run(source.text, source.spans, ended, [len(w) for w in words])


def _layout(source: RankInput, inside: np.ndarray) -> np.ndarray:
    """Return 0..1 factors per sentence: low outside the article's main run of prose, for a
    sentence the text repeats, one that only restates the title and one run into a line that
    is not its own."""
    text, spans = source.text, source.spans
    factor = np.ones(len(spans))
    factor[~inside] *= OUTSIDE_RUN
    joined = layout.hard_breaks(text, spans)
    for index in joined:
        factor[index] *= HARD_BREAK
    # The rest of a paragraph that holds a joined line is more likely a caption or a promo.
    for index in layout.same_block(text, spans, joined) - joined:
        factor[index] *= FURNITURE_BLOCK
    for index in layout.teasers(text, spans) | layout.table_lines(text, spans):
        factor[index] *= TEASER  # another story's excerpt, a row of a table: no sentence
    repeats = layout.repeated(text, spans)
    for index in repeats:
        factor[index] *= REPEATED
    # A paragraph that prints a caption twice (alt text, then caption) is a gallery's captions.
    for index in layout.same_block(text, spans, repeats) - repeats:
        factor[index] *= FURNITURE_BLOCK
    for index in layout.title_echoes(text, spans, source.title, stop_words(source.language)):
        factor[index] *= TITLE_ECHO
    return factor
