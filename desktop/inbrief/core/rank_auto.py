"""InBrief's own ranker: position, centrality, keywords, title, names and sentence quality.

Every signal is linear in the length of the text (sparse numpy maths, no loops over sentence
pairs); redundancy is removed by MMR over the best few hundred sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

import numpy as np

from inbrief.core.brief import Language
from inbrief.core.rank_terms import (
    CachedStemmer,
    TermMatrix,
    build_term_matrix,
    normalised,
    order_by_relevance,
    sentence_words,
    stop_words,
)

# Words that make a sentence lean on the one before it when they open it.
_DEPENDENT_OPENERS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "he she it they his her its their them him this that these those but and or so "
        "however also yet still then meanwhile moreover furthermore instead although though "
        "nevertheless nonetheless besides thus hence therefore otherwise such another both "
        "there here later afterwards additionally likewise similarly".split()
    ),
    "fr": frozenset(
        "il elle ils elles ce cela ceci cet cette ces mais et ou donc cependant pourtant "
        "toutefois aussi puis alors sa son ses leur leurs lui en y ensuite néanmoins "
        "d'ailleurs enfin or".split()
    ),
    "de": frozenset(
        "er sie es dies diese dieser dieses aber und oder doch jedoch auch dann sein seine "
        "ihr ihre deshalb daher trotzdem dort dabei damit".split()
    ),
    "es": frozenset(
        "él ella ellos ellas esto este esta estos estas pero y o también entonces su sus "
        "sin embargo además luego allí".split()
    ),
    "it": frozenset("lui lei loro questo questa questi ma e o anche poi quindi però".split()),
    "pt": frozenset("ele ela eles elas isso isto este esta mas e ou também então porém".split()),
    "nl": frozenset("hij zij het dit dat deze die maar en of ook dan daarom".split()),
}
_NOISE = re.compile(
    r"\b(?:advertisement|subscribe|click here|read more|sign up|newsletter|cookie|"
    r"all rights reserved|copyright|published:|updated:|last updated|share this|"
    r"follow us|getty images|photo:|pictured:)",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^[^\s:]+(?:\s+[^\s:]+){0,3}:\s")
_QUOTES = "\"'“”‘’«»„"

# Weights of the signals (tuned on development data; see tests/bench/summary_quality.py).
W_POSITION = 1.0
W_CENTRALITY = 0.5
W_KEYWORDS = 0.6
W_TITLE = 0.3
W_NAMES = 0.2
W_PARAGRAPH = 0.1
DIVERSITY = 0.3
DUPLICATE = 0.65
POOL = 300


def rank_auto(
    text: str,
    spans: Sequence[tuple[int, int]],
    language: Language,
    *,
    title: str = "",
    paragraph_starts: Collection[int] = (),
    check: Callable[[float], None] = lambda fraction: None,
) -> tuple[np.ndarray, list[int]]:
    """Return (scores 0..1, sentence indices best first) for our combined ranker.

    ``check(fraction)`` reports progress and raises Cancelled when the user cancelled.
    """
    n = len(spans)
    stemmer = CachedStemmer(language)
    words = sentence_words(text, spans, language)
    check(0.15)
    matrix = build_term_matrix(text, spans, language, stemmer, words)
    check(0.4)
    position = _position(n, paragraph_starts)
    centrality = _centrality(matrix)
    check(0.6)
    keywords = _keyword_coverage(matrix)
    title_overlap = _title_overlap(matrix, title, language, stemmer)
    names = _name_coverage(words, language)
    quality = _quality(text, spans, words, language)
    check(0.75)
    paragraph = np.zeros(n)
    if paragraph_starts:
        paragraph[[i for i in paragraph_starts if 0 <= i < n]] = 1.0
    score = (
        W_POSITION * position
        + W_CENTRALITY * normalised(centrality)
        + W_KEYWORDS * normalised(keywords)
        + W_TITLE * title_overlap
        + W_NAMES * normalised(names)
        + W_PARAGRAPH * paragraph
    ) * quality
    scores = normalised(score)
    order = order_by_relevance(
        matrix, scores, pool_size=POOL, diversity=DIVERSITY, duplicate=DUPLICATE
    )
    check(0.95)
    return scores, order


def _position(n: int, paragraph_starts: Collection[int]) -> np.ndarray:
    """Return a lead prior: 1 for the first sentence, decaying with position."""
    index = np.arange(n, dtype=np.float64)
    return 1.0 / np.sqrt(1.0 + index)


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


def _keyword_coverage(matrix: TermMatrix) -> np.ndarray:
    """Return how much of the text's frequent content words each sentence carries."""
    if matrix.n_terms == 0:
        return np.zeros(matrix.n_sentences)
    total = matrix.term_freq.sum() or 1.0
    probability = matrix.term_freq / total
    # Words seen once say nothing about the topic.
    weight = np.where(matrix.term_freq > 1, probability, 0.0)
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
    terms = {
        matrix.vocabulary.get(stemmer(w))
        for w in sentence_words(title, [(0, len(title))], language)[0]
        if w.lower() not in stops
    }
    terms.discard(None)
    if not terms:
        return np.zeros(n)
    wanted = np.zeros(matrix.n_terms)
    wanted[list(terms)] = 1.0
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


def _quality(
    text: str, spans: Sequence[tuple[int, int]], words: list[list[str]], language: Language
) -> np.ndarray:
    """Return a 0..1 factor per sentence: low for fragments that make no sense alone."""
    openers = _DEPENDENT_OPENERS.get(language.code.split("-")[0], frozenset())
    lengths = np.asarray([len(w) for w in words], dtype=np.float64)
    median = float(np.median(lengths)) if len(lengths) else 0.0
    short = max(4.0, 0.35 * median)
    factor = np.ones(len(spans))
    for index, (start, end) in enumerate(spans):
        sentence = text[start:end]
        sentence_words_ = words[index]
        size = lengths[index]
        value = 1.0
        if size < short:
            value *= 0.4 + 0.6 * size / short
        if size > 3.5 * max(median, 10.0):
            value *= 0.7
        if sentence_words_ and sentence_words_[0].lower() in openers:
            value *= 0.7
        stripped = sentence.rstrip(_QUOTES + ")] ")
        if stripped.endswith(("?", "？")):
            value *= 0.5
        elif stripped.endswith(":"):
            value *= 0.4
        elif not stripped.endswith((".", "!", "。", "！", "…")):
            value *= 0.55  # headings, captions and cut-off lines
        if sentence[:1] in _QUOTES and sentence.rstrip()[-1:] in _QUOTES:
            value *= 0.75
        if _NOISE.search(sentence):
            value *= 0.3
        if _LABEL.match(sentence):
            value *= 0.8
        factor[index] = value
    return factor
