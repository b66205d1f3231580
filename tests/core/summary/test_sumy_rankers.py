"""Tests for the sumy adapter: the ratings taken at sumy's hook are the ones sumy ranks by."""

from __future__ import annotations

import math
import warnings

import pytest
from sumy.models.dom import Sentence

from inbrief.core.language import make_language
from inbrief.core.summary import ALGORITHMS, RankInput, paragraph_starts
from inbrief.core.summary.sumy_rankers import (
    _SUMMARIZERS,
    CachedStemmer,
    _document,
    _Setup,
    rate_with_sumy,
    stop_words,
)
from inbrief.core.text import split_sentences

ENGLISH = make_language("en", 1.0, "chosen")
SUMY = [a.name for a in ALGORITHMS.values() if a.ranker == "sumy"]

# An invented story: distinct sentences, so no rating ties between copies.
STORY = (
    "The harbour board voted on Monday to rebuild the north pier before the winter storms. "
    "The old pier was closed in March after engineers found cracks in its concrete piles.\n\n"
    "Fishing crews have landed their catch at the south quay since the closure. "
    "The south quay is too shallow for the larger trawlers at low tide. "
    "Skippers said the delay cost them two days of fishing every week.\n\n"
    "The new pier will rest on steel piles driven deep into the harbour bed. "
    "Work on the steel piles starts in October and should finish by the spring. "
    "The board will pay for the pier with a loan from the regional fund.\n\n"
    "Some members asked whether the harbour fees would rise to repay the loan. "
    "The chair said fees would stay the same for local crews until the loan is repaid. "
    "Visiting yachts will pay a higher fee from next summer."
)
TITLE = "Harbour board votes to rebuild the north pier"


def _source(text: str, title: str = TITLE) -> RankInput:
    spans = split_sentences(text, "en")
    return RankInput(text, spans, ENGLISH, title, paragraph_starts(text, spans))


@pytest.mark.parametrize("name", SUMY)
def test_ratings_pick_what_sumy_itself_picks(name: str) -> None:
    source = _source(STORY)
    ratings = rate_with_sumy(name, source)
    assert len(ratings) == len(source.spans) >= 8
    # sumy's own run: the same summarizer, configured the same way, on the same document.
    build, _by_position = _SUMMARIZERS[name]
    document = _document(source, Sentence)
    setup = _Setup(document, CachedStemmer(ENGLISH), stop_words(ENGLISH))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        picked = [str(s) for s in build(setup, source)(document, 4)]
    # sumy sorts by rating, keeping document order among equals, and takes the first four.
    best = sorted(range(len(ratings)), key=lambda i: -ratings[i])[:4]
    assert [str(document.sentences[i]) for i in sorted(best)] == picked


@pytest.mark.parametrize("name", SUMY)
def test_every_copy_of_a_repeated_sentence_is_rated(name: str) -> None:
    repeated = "The harbour board voted on Monday to rebuild the north pier. "
    text = repeated + STORY.split(". ", 1)[1] + "\n\n" + repeated
    source = _source(text)
    first, last = 0, len(source.spans) - 1
    assert text[slice(*source.spans[first])] == text[slice(*source.spans[last])]
    ratings = rate_with_sumy(name, source)
    assert len(ratings) == len(source.spans)
    assert all(math.isfinite(r) for r in ratings)
    assert ratings[first] == pytest.approx(ratings[last])


def test_lexrank_rates_unrelated_sentences_zero_not_nan() -> None:
    # Two sentences: every word's idf is log(2 / 2) = 0, so sumy's power method divides 0 by 0.
    text = "Owls hunt at night. Bakers rise early."
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # numpy's 0/0 warning stays inside the adapter
        ratings = rate_with_sumy("lexrank", _source(text, title=""))
    assert ratings == [0.0, 0.0]


def test_lsa_on_fewer_words_than_sentences_warns_nothing() -> None:
    text = "Rain. Rain again. Rain."
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ratings = rate_with_sumy("lsa", _source(text, title=""))
    assert len(ratings) == 3 and all(math.isfinite(r) for r in ratings)


def test_lsa_rates_all_zero_when_there_are_only_stop_words() -> None:
    ratings = rate_with_sumy("lsa", _source("It is. It was.", title=""))
    assert ratings == [0.0, 0.0]
