"""The Brief contract: JSON round trip, schema version, summary lengths from stored ranks."""

from __future__ import annotations

import json

import pytest

from inbrief.core.brief import (
    SCHEMA_VERSION,
    Brief,
    DateMention,
    Entity,
    Keyword,
    Language,
    Mention,
    Sentence,
    Stats,
    fallback_title,
)
from inbrief.core.textmap import TextMap

TEXT = "Alpha one. Beta two. Gamma three. Delta four."


def make_brief() -> Brief:
    spans = [(0, 10), (11, 20), (21, 33), (34, 45)]
    ranks = [2, 4, 1, 3]
    sentences = tuple(
        Sentence(i, a, b, TEXT[a:b], score=1.0 / r, rank=r)
        for i, ((a, b), r) in enumerate(zip(spans, ranks, strict=True))
    )
    return Brief(
        text=TEXT,
        title="Letters",
        language=Language("en", "English", 0.99),
        stats=Stats(8, 4, 0.1, 4),
        sentences=sentences,
        summary=tuple(s for s in sentences if s.rank <= 2),
        keywords=(Keyword("Gamma", 1.0, 1, (Mention(21, 26, "Gamma"),)),),
        entities=(Entity("Gamma", "person", 1, (), (Mention(21, 26, "Gamma"),), 0.5),),
        dates=(DateMention("four", 40, 44, "PRESENT_REF", "relative", 3),),
        timings=(("summary", 0.01),),
        text_map=TextMap(len(TEXT) + 9, ((9, 9 + len(TEXT), 0),)),  # "Headline\n" removed
    )


def test_json_round_trip_is_lossless() -> None:
    brief = make_brief()
    data = json.loads(json.dumps(brief.to_dict()))
    assert data["schema"] == SCHEMA_VERSION
    assert data["timings"] == {"summary": 0.01}
    assert Brief.from_dict(data) == brief


def test_a_dict_of_an_earlier_brief_still_reads() -> None:
    # Written before keywords had mentions and briefs their text map: same schema, as these
    # fields were only added (a reader that does not know them skips them).
    data = json.loads(json.dumps(make_brief().to_dict()))
    del data["text_map"]
    for keyword in data["keywords"]:
        del keyword["mentions"]
    brief = Brief.from_dict(data)
    assert brief.keywords == (Keyword("Gamma", 1.0, 1),) and brief.text_map is None
    assert brief.entities == make_brief().entities


def test_fields_added_later_are_skipped() -> None:
    data = json.loads(json.dumps(make_brief().to_dict()))
    data["keywords"][0]["weight"] = 3
    data["language"]["script"] = "Latn"
    data["entities"][0]["mentions"][0]["sentence"] = 2
    assert Brief.from_dict(data) == make_brief()


def test_unknown_schema_is_refused() -> None:
    data = make_brief().to_dict()
    data["schema"] = SCHEMA_VERSION + 1
    with pytest.raises(ValueError, match="schema"):
        Brief.from_dict(data)


def test_summary_of_takes_best_ranks_in_document_order() -> None:
    brief = make_brief()
    assert [s.text for s in brief.summary_of(2)] == ["Alpha one.", "Gamma three."]
    assert [s.index for s in brief.summary_of(3)] == [0, 2, 3]
    assert len(brief.summary_of(99)) == 4
    assert brief.summary_of(0) == ()


def test_with_summary_length_updates_summary_words() -> None:
    shorter = make_brief().with_summary_length(1)
    assert [s.text for s in shorter.summary] == ["Gamma three."]
    assert shorter.stats.summary_words == 2


def test_summary_words_of_a_japanese_brief_count_characters_not_spaces() -> None:
    # Japanese has no spaces: a sentence is not one word. Counted like the text's words, the
    # whole text as summary is as many words as the text.
    text = "市は新しい図書館を建てる。工事は来年の春に始まる。"
    sentences = (Sentence(0, 0, 13, text[:13], 1.0, 1), Sentence(1, 13, 25, text[13:], 0.5, 2))
    brief = Brief(text=text, title="", language=Language("ja", "Japanese", 0.99),
                  stats=Stats(15, 2, 0.1, 15), sentences=sentences, summary=sentences)
    full = brief.with_summary_length(2)
    # 12 + 11 word characters, at 1.5 characters to a word: 8 + 7 (split() would say 1 + 1).
    assert full.stats.summary_words == 15
    assert brief.with_summary_length(1).stats.summary_words == 8


def test_untitled_text_is_named_by_ten_words_of_its_first_sentence() -> None:
    text = "One two three four five six seven eight nine ten eleven. Twelve thirteen."
    assert fallback_title(text, (0, 56)) == "One two three four five six seven eight nine ten…"
    assert fallback_title("Short one. Then more words here.", (0, 10)) == "Short one."
    assert fallback_title("  Just\nthese words  ") == "Just these words"
    assert fallback_title("") == ""
    # A text browser's list marker opens no title.
    assert fallback_title("• Harbour wall to be rebuilt, council says") == (
        "Harbour wall to be rebuilt, council says")
    assert fallback_title("-3 degrees overnight in the delta") == (
        "-3 degrees overnight in the delta")


def test_summary_of_can_skip_sentences() -> None:
    from inbrief.core.brief import Brief, Language, Sentence, Stats

    text = "A one. B two. C three. D four."
    sentences = tuple(Sentence(i, i * 7, i * 7 + 6, text[i * 7:i * 7 + 6], 1.0 - i / 10, i + 1)
                      for i in range(4))
    brief = Brief(text=text, title="", language=Language("en", "English", 1.0),
                  stats=Stats(8, 4, 1.0, 0), sentences=sentences, summary=sentences[:2])
    assert [s.index for s in brief.summary_of(2)] == [0, 1]
    assert [s.index for s in brief.summary_of(2, skip={0})] == [1, 2]
    cut = brief.with_summary_length(2, skip={1})
    assert [s.index for s in cut.summary] == [0, 2]
    assert cut.stats.summary_words == 4
    assert [s.index for s in brief.summary_of(1, skip={0, 1, 2, 3})] == [0]  # never empty
