"""Sentence-term matrices for the rankers: stemmed content words as sparse TF-IDF rows (numpy only).

The matrix is kept as coordinate arrays (row, column, value) and multiplied with
``numpy.bincount``, so similarity-based maths stays linear in the number of words and
needs no scipy.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from inbrief.core import text as textmod
from inbrief.core.brief import Language

_CJK = {"ja", "zh"}
_WORD_RE = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)
# Beyond this many characters the CJK word segmenters (0.03-0.05 ms a character) are too
# slow for the time budget, and overlapping character pairs of kanji/hanzi and katakana runs
# stand in for words (the usual trick of CJK search engines).
CJK_SEGMENTER_LIMIT = 20_000
_HAN = "\u4e00-\u9fff\u3400-\u4dbf々〆\uf900-\ufaff"
_KANA = "\u3040-\u309f\u30a0-\u30ffー"
_HIRAGANA = re.compile(r"[\u3040-\u309f]+")


@cache
def _cjk_run() -> re.Pattern[str]:
    """Return the pattern of runs of one script (compiled on first use: ~4 ms, CJK texts only)."""
    return re.compile(rf"[{_HAN}]+|[\u30a0-\u30ffー]+|[\u3040-\u309f]+|[^\W\d_{_HAN}{_KANA}]+|\d+")


@dataclass(frozen=True)
class TermMatrix:
    """Sparse sentence x term matrix with L2-normalised TF-IDF rows."""

    n_sentences: int
    n_terms: int
    rows: np.ndarray  # int64, sorted
    cols: np.ndarray  # int64
    counts: np.ndarray  # float64, raw term counts in the sentence
    values: np.ndarray  # float64, L2-normalised tf-idf
    idf: np.ndarray  # per term
    term_freq: np.ndarray  # occurrences of each term in the whole text
    doc_freq: np.ndarray  # sentences containing each term
    word_counts: np.ndarray  # all words per sentence (stop words included)
    content_counts: np.ndarray  # content words per sentence
    words: tuple[tuple[str, ...], ...]  # surface words of each sentence
    vocabulary: dict[str, int]  # stem -> column

    def dot(self, vector: np.ndarray) -> np.ndarray:
        """Return X @ vector (one value per sentence)."""
        return np.bincount(
            self.rows, weights=self.values * vector[self.cols], minlength=self.n_sentences
        )

    def tdot(self, vector: np.ndarray) -> np.ndarray:
        """Return X.T @ vector (one value per term)."""
        return np.bincount(
            self.cols, weights=self.values * vector[self.rows], minlength=self.n_terms
        )

    def similarity(self, indices: Sequence[int]) -> np.ndarray:
        """Return the cosine similarity matrix of the sentences ``indices``."""
        index = np.asarray(indices, dtype=np.int64)
        position = np.full(self.n_sentences, -1, dtype=np.int64)
        position[index] = np.arange(len(index))
        keep = position[self.rows] >= 0
        cols = self.cols[keep]
        _used, compact, shared = np.unique(cols, return_inverse=True, return_counts=True)
        # Only terms two of these sentences share can make them similar: drop the others.
        common = shared[compact] >= 2
        width = int(np.count_nonzero(shared >= 2))
        remap = np.cumsum(shared >= 2) - 1
        dense = np.zeros((len(index), max(1, width)))
        dense[position[self.rows[keep]][common], remap[compact[common]]] = self.values[keep][common]
        sim = dense @ dense.T
        np.fill_diagonal(sim, 1.0)
        return sim


def stop_words(language: Language) -> frozenset[str]:
    """Return sumy's stop words for the language, or an empty set when it has none."""
    return _stop_words(language.sumy_language if language.stemmer else "")


@cache  # keyed by sumy language name, not by Language (whose confidence varies)
def _stop_words(sumy_language: str) -> frozenset[str]:
    if not sumy_language:
        return frozenset()
    from inbrief.core.stopwords import sumy_stop_words

    try:
        return frozenset(w.lower() for w in sumy_stop_words(sumy_language))
    except LookupError:
        return frozenset()


def _stemmer(sumy_language: str) -> Callable[[str], str]:
    from inbrief.core.language import stemmer_for

    return stemmer_for(sumy_language) or str.lower


_STEM_CACHE_LIMIT = 300_000


@cache
def _stem_cache(language: str) -> dict[str, str]:
    return {}


class CachedStemmer:
    """A memoising stemmer that also checks for cancellation now and then."""

    def __init__(self, language: Language, cancel: Callable[[], bool] | None = None) -> None:
        key = language.sumy_language if language.stemmer else ""
        self._stem = _stemmer(key)
        # Shared per language across calls: stemming is the slowest step on a cold cache.
        self._cache = _stem_cache(key)
        if len(self._cache) > _STEM_CACHE_LIMIT:
            self._cache.clear()
        self._cancel = cancel
        self._calls = 0

    def __call__(self, word: str) -> str:
        self._calls += 1
        if self._cancel is not None and self._calls % 4096 == 0 and self._cancel():
            from inbrief.core.errors import Cancelled

            raise Cancelled("Summarizing was cancelled.")
        found = self._cache.get(word)
        if found is None:
            lowered = word.lower()
            found = self._stem(lowered) if lowered.isalpha() else lowered
            self._cache[word] = found
        return found


def sentence_words(
    text: str, spans: Sequence[tuple[int, int]], language: Language
) -> list[list[str]]:
    """Return the words of every sentence (CJK through text.words, others by regex)."""
    base = language.code.split("-")[0].lower()
    if base in _CJK:
        total = sum(b - a for a, b in spans)
        if total <= CJK_SEGMENTER_LIMIT:
            return [textmod.words(text[a:b], language.code) for a, b in spans]
        return [_cjk_pairs(text[a:b]) for a, b in spans]
    find = _WORD_RE.findall
    return [find(text, a, b) for a, b in spans]


def _cjk_pairs(sentence: str) -> list[str]:
    """Return overlapping character pairs of CJK runs (whole words for other scripts)."""
    tokens: list[str] = []
    for run in _cjk_run().findall(sentence):
        if _HIRAGANA.fullmatch(run):
            continue  # hiragana runs are mostly particles and endings
        if len(run) > 2 and not run.isascii():
            tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
        else:
            tokens.append(run)
    return tokens


def build_term_matrix(
    text: str,
    spans: Sequence[tuple[int, int]],
    language: Language,
    stemmer: CachedStemmer | None = None,
    words: list[list[str]] | None = None,
) -> TermMatrix:
    """Return the TF-IDF term matrix of the sentences ``spans`` of ``text``."""
    stem = stemmer or CachedStemmer(language)
    stops = stop_words(language)
    per_sentence = words if words is not None else sentence_words(text, spans, language)
    n = len(per_sentence)
    word_counts = np.fromiter((len(s) for s in per_sentence), dtype=np.float64, count=n)
    # Number the distinct word forms first, then stem each form once (vectorised mapping).
    forms: dict[str, int] = {}
    flat = [forms.setdefault(w, len(forms)) for sentence in per_sentence for w in sentence]
    owners = np.repeat(np.arange(n, dtype=np.int64), word_counts.astype(np.int64))
    vocabulary: dict[str, int] = {}
    form_term = np.full(len(forms) + 1, -1, dtype=np.int64)
    for form, number in forms.items():
        lowered = form.lower()
        if lowered in stops or lowered.isdigit() or (len(lowered) < 2 and lowered.isascii()):
            continue
        form_term[number] = vocabulary.setdefault(stem(form), len(vocabulary))
    terms = form_term[np.asarray(flat, dtype=np.int64)] if flat else np.zeros(0, np.int64)
    content = terms >= 0
    v = len(vocabulary)
    if v and content.any():
        keys = owners[content] * v + terms[content]
        unique, counts = np.unique(keys, return_counts=True)
        r = unique // v
        c = unique % v
        counts = counts.astype(np.float64)
    else:
        r = c = np.zeros(0, dtype=np.int64)
        counts = np.zeros(0)
    doc_freq = np.bincount(c, minlength=v).astype(np.float64)
    term_freq = np.bincount(c, weights=counts, minlength=v)
    idf = np.log((n + 1.0) / (doc_freq + 0.5)) + 0.1
    values = (1.0 + np.log(counts)) * idf[c] if len(counts) else np.zeros(0)
    norms = np.sqrt(np.bincount(r, weights=values * values, minlength=n))
    values = values / np.maximum(norms[r], 1e-12) if len(values) else values
    content_counts = np.bincount(r, weights=counts, minlength=n)
    return TermMatrix(
        n_sentences=n,
        n_terms=v,
        rows=r,
        cols=c,
        counts=counts,
        values=values,
        idf=idf,
        term_freq=term_freq,
        doc_freq=doc_freq,
        word_counts=word_counts,
        content_counts=content_counts,
        words=tuple(tuple(s) for s in per_sentence),
        vocabulary=vocabulary,
    )


def order_by_relevance(
    matrix: TermMatrix,
    scores: np.ndarray,
    *,
    pool_size: int = 200,
    diversity: float = 0.0,
    duplicate: float = 0.7,
    resolved: np.ndarray | None = None,
) -> list[int]:
    """Return sentence indices best first: MMR over the best ``pool_size``, then score order.

    ``diversity`` is the MMR weight of the similarity to sentences already taken (0 = plain
    score order); a sentence more similar than ``duplicate`` to one taken goes after every
    sentence that is not. ``resolved`` holds the score a sentence has once the sentence
    before it is taken (an opening "He" or "But" then makes sense).
    """
    n = len(scores)
    by_score = sorted(range(n), key=lambda i: (-scores[i], i))
    pool = by_score[: min(n, pool_size)]
    rest = by_score[len(pool) :]
    if not pool:
        return []
    sim = matrix.similarity(pool)
    local = np.asarray([scores[i] for i in pool], dtype=np.float64)
    span = float(local.max() - local.min()) or 1.0
    relevance = (local - local.min()) / span
    place = {index: position for position, index in enumerate(pool)}
    taken: list[int] = []
    deferred: list[int] = []
    max_sim = np.zeros(len(pool))
    available = np.ones(len(pool), dtype=bool)
    for _ in range(len(pool)):
        gain = relevance - diversity * max_sim
        gain = np.where(available & (max_sim < duplicate), gain, -np.inf)
        best = int(np.argmax(gain))
        if not np.isfinite(gain[best]):
            break
        taken.append(best)
        available[best] = False
        follower = place.get(pool[best] + 1)
        if resolved is not None and follower is not None:
            lifted = (resolved[pool[best] + 1] - local.min()) / span
            relevance[follower] = max(relevance[follower], lifted)
        max_sim = np.maximum(max_sim, sim[best])
    deferred = [i for i in range(len(pool)) if available[i]]
    deferred.sort(key=lambda i: (max_sim[i], -relevance[i]))
    ordered = [pool[i] for i in taken] + [pool[i] for i in deferred]
    return _push_exact_duplicates(matrix, ordered + rest)


def _push_exact_duplicates(matrix: TermMatrix, order: list[int]) -> list[int]:
    """Move sentences whose words repeat an earlier-ranked sentence to the end."""
    seen: set[str] = set()
    first: list[int] = []
    repeats: list[int] = []
    for index in order:
        key = " ".join(matrix.words[index]).lower()
        if key and key in seen:
            repeats.append(index)
        else:
            seen.add(key)
            first.append(index)
    return first + repeats


def ranks_from_order(order: Sequence[int], n: int) -> tuple[int, ...]:
    """Return ranks (1 = first) from an ordering of sentence indices."""
    ranks = [0] * n
    for position, index in enumerate(order):
        ranks[index] = position + 1
    return tuple(ranks)


def normalised(values: np.ndarray) -> np.ndarray:
    """Return ``values`` scaled to 0..1 (all ones when they are all equal)."""
    if len(values) == 0:
        return values
    low, high = float(np.min(values)), float(np.max(values))
    if not math.isfinite(low) or not math.isfinite(high) or high - low < 1e-12:
        return np.ones(len(values))
    return (values - low) / (high - low)
