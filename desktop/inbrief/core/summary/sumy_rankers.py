"""sumy's summarizers behind InBrief's ranking interface, on our own sentences.

The sumy document is built from our sentence spans (one sumy sentence per span, in order),
so sumy's sentence i is exactly our sentence i; every sentence gets a rating from the
summarizer's own rating code.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

import numpy as np

from inbrief.core.brief import Language
from inbrief.core.summary.terms import CachedStemmer, stop_words
from inbrief.core.text import SumyTokenizer

# The most sentences each algorithm rates at once: beyond it, it runs on the best
# candidates chosen by our ranker (its cost grows with the square or worse).
CANDIDATE_LIMITS: dict[str, int | None] = {
    "lexrank": 150,
    "textrank": 200,
    "lsa": 200,
    "reduction": 100,
    "kl": 60,
    "sumbasic": 300,
    "luhn": 2000,
    "edmundson": 2000,
}

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


def rate_with_sumy(
    algorithm: str,
    text: str,
    spans: Sequence[tuple[int, int]],
    language: Language,
    *,
    title: str = "",
    paragraph_starts: Collection[int] = (),
    cancel: Callable[[], bool] | None = None,
) -> list[float]:
    """Return sumy's rating of every sentence in ``spans`` (higher = better)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = SumyTokenizer(language.code, language.sumy_language)
    stemmer = CachedStemmer(language, cancel)
    sentences = [Sentence(text[a:b], tokenizer) for a, b in spans]
    starts = set(paragraph_starts) | {0}
    paragraphs: list[list[Any]] = []
    for index, sentence in enumerate(sentences):
        if index in starts or not paragraphs:
            paragraphs.append([])
        paragraphs[-1].append(sentence)
    if title.strip():
        paragraphs[0].insert(0, Sentence(title, tokenizer, is_heading=True))
    document = ObjectDocumentModel([Paragraph(p) for p in paragraphs])
    stops = stop_words(language)
    rating = _RATERS[algorithm](document, stemmer, stops, language, title)
    return [float(rating(sentence)) for sentence in document.sentences]


Rater = Callable[[Any], float]


def _lexrank(document: Any, stemmer: Any, stops: frozenset[str], *_: Any) -> Rater:
    from sumy.summarizers.lex_rank import LexRankSummarizer

    summarizer = LexRankSummarizer(stemmer)
    summarizer.stop_words = stops
    words = [summarizer._to_words_set(s) for s in document.sentences]
    tf = summarizer._compute_tf(words)
    idf = summarizer._compute_idf(words)
    matrix = summarizer._create_matrix(words, summarizer.threshold, tf, idf)
    # With no edge above the threshold (tiny texts) sumy divides zero by zero: rate all equal.
    with np.errstate(invalid="ignore", divide="ignore"):
        scores = summarizer.power_method(matrix, summarizer.epsilon)
    return _by_position(document, np.nan_to_num(scores, nan=0.0))


def _textrank(document: Any, stemmer: Any, stops: frozenset[str], *_: Any) -> Rater:
    from sumy.summarizers.text_rank import TextRankSummarizer

    summarizer = TextRankSummarizer(stemmer)
    summarizer.stop_words = stops
    matrix = summarizer._create_matrix(document)
    scores = summarizer.power_method(matrix, summarizer.epsilon)
    return _by_position(document, scores)


def _lsa(document: Any, stemmer: Any, stops: frozenset[str], *_: Any) -> Rater:
    from numpy.linalg import svd
    from sumy.summarizers.lsa import LsaSummarizer

    summarizer = LsaSummarizer(stemmer)
    summarizer.stop_words = stops
    dictionary = summarizer._create_dictionary(document)
    if not dictionary:
        return lambda sentence: 0.0
    import warnings

    with warnings.catch_warnings():  # "fewer words than sentences" on tiny texts
        warnings.simplefilter("ignore")
        matrix = summarizer._create_matrix(document, dictionary)
    matrix = summarizer._compute_term_frequency(matrix)
    _u, sigma, v = svd(matrix, full_matrices=False)
    return _by_position(document, summarizer._compute_ranks(sigma, v))


def _luhn(document: Any, stemmer: Any, stops: frozenset[str], *_: Any) -> Rater:
    from sumy.summarizers.luhn import LuhnSummarizer

    summarizer = LuhnSummarizer(stemmer)
    summarizer.stop_words = stops
    # A set instead of sumy's tuple: same words, linear instead of quadratic lookups.
    significant = frozenset(summarizer._get_significant_words(document.words))
    return lambda sentence: summarizer.rate_sentence(sentence, significant)


def _edmundson(
    document: Any, stemmer: Any, stops: frozenset[str], language: Language, title: str
) -> Rater:
    from sumy.summarizers.edmundson import EdmundsonSummarizer

    summarizer = EdmundsonSummarizer(stemmer, cue_weight=1.0, key_weight=1.0)
    base = language.code.split("-")[0]
    summarizer.bonus_words = _bonus_words(document, stemmer, stops, title)
    summarizer.stigma_words = STIGMA_WORDS.get(base, _FALLBACK_STIGMA)
    # sumy refuses an empty set; a placeholder keeps the title and location methods usable.
    summarizer.null_words = stops or frozenset({"\x00"})
    ratings: dict[Any, float] = {}
    for method in (
        summarizer._build_cue_method_instance(),
        summarizer._build_key_method_instance(),
        summarizer._build_title_method_instance(),
        summarizer._build_location_method_instance(),
    ):
        for sentence, value in method.rate_sentences(document).items():
            ratings[sentence] = ratings.get(sentence, 0.0) + value
    return lambda sentence: ratings.get(sentence, 0.0)


def _bonus_words(document: Any, stemmer: Any, stops: frozenset[str], title: str) -> list[str]:
    """Return the title's content words plus the 12 most frequent content words."""
    counts: dict[str, int] = {}
    surface: dict[str, str] = {}
    for word in document.words:
        lowered = word.lower()
        if lowered in stops or len(lowered) < 3 or not lowered.isalpha():
            continue
        stem = stemmer(lowered)
        counts[stem] = counts.get(stem, 0) + 1
        surface.setdefault(stem, lowered)
    frequent = sorted(counts, key=lambda s: -counts[s])[:12]
    words = [surface[s] for s in frequent if counts[s] > 1]
    words += [w for w in title.split() if w.lower() not in stops]
    return words or ["\x00"]


def _kl(document: Any, stemmer: Any, stops: frozenset[str], *_: Any) -> Rater:
    from sumy.summarizers.kl import KLSummarizer

    summarizer = KLSummarizer(stemmer)
    summarizer.stop_words = stops
    ratings = summarizer._compute_ratings(document.sentences)
    return lambda sentence: ratings[sentence]


def _sumbasic(document: Any, stemmer: Any, stops: frozenset[str], *_: Any) -> Rater:
    from sumy.summarizers.sum_basic import SumBasicSummarizer

    summarizer = SumBasicSummarizer(stemmer)
    summarizer.stop_words = stops
    ratings = summarizer._compute_ratings(document.sentences)
    return lambda sentence: ratings[sentence]


def _reduction(document: Any, stemmer: Any, stops: frozenset[str], *_: Any) -> Rater:
    from sumy.summarizers.reduction import ReductionSummarizer

    summarizer = ReductionSummarizer(stemmer)
    summarizer.stop_words = stops
    ratings = summarizer.rate_sentences(document)
    return lambda sentence: ratings.get(sentence, 0.0)


def _by_position(document: Any, scores: Sequence[float]) -> Rater:
    """Return a rater for a summarizer that scores sentences by position in the document."""
    values = {id(s): float(v) for s, v in zip(document.sentences, scores, strict=False)}
    return lambda sentence: values[id(sentence)]


_RATERS: dict[str, Callable[..., Rater]] = {
    "lexrank": _lexrank,
    "textrank": _textrank,
    "lsa": _lsa,
    "luhn": _luhn,
    "edmundson": _edmundson,
    "kl": _kl,
    "sumbasic": _sumbasic,
    "reduction": _reduction,
}
