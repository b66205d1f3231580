"""TextMap: kept segments and removed spans, offsets both ways, composition, the deletion diff."""

from __future__ import annotations

import dataclasses
import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inbrief.core.textmap import TextMap

SOURCE = "Title\n\nAD: buy now\n\nFirst sentence here.\nSecond one follows."


def keep(source: str, *pieces: str) -> TextMap:
    """Return the map keeping these pieces of ``source``, each found after the last."""
    spans, position = [], 0
    for piece in pieces:
        start = source.index(piece, position)
        spans.append((start, start + len(piece)))
        position = start + len(piece)
    return TextMap.keeping(len(source), spans)


def assert_exact(text_map: TextMap, source: str, target: str) -> None:
    """Assert segments are ordered, disjoint, non-empty and slice-equal in both texts."""
    source_end = clean_end = 0
    for start, end, at in text_map.segments:
        assert source_end <= start < end <= len(source)
        assert clean_end <= at and at + end - start <= len(target)
        assert source[start:end] == target[at : at + end - start]
        source_end, clean_end = end, at + end - start


def test_keeping_merges_neighbours_and_lists_what_was_removed() -> None:
    text_map = keep(SOURCE, "Title\n", "\n", "First sentence here.\nSecond one follows.")
    clean = text_map.kept_text(SOURCE)
    assert clean == "Title\n\nFirst sentence here.\nSecond one follows."
    assert text_map.segments == ((0, 7, 0), (20, len(SOURCE), 7))
    assert [SOURCE[a:b] for a, b in text_map.removed] == ["AD: buy now\n\n"]
    assert text_map.clean_length == len(clean)
    assert not text_map.is_identity()


def test_offsets_map_both_ways() -> None:
    text_map = keep(SOURCE, "Title\n\n", "First sentence here.")
    first = SOURCE.index("First")
    assert text_map.to_source(7) == first and text_map.to_clean(first) == 7
    assert text_map.to_clean(SOURCE.index("AD")) is None  # removed
    assert text_map.to_clean(SOURCE.index("Second")) is None
    assert text_map.to_source(text_map.clean_length) is None  # past the end
    assert text_map.to_clean_spans(0, len(SOURCE)) == [(0, text_map.clean_length)]


def test_a_span_across_removed_text_maps_to_its_pieces() -> None:
    source = "The council voted\n(Photo: Ada Brennan)\nto approve the plan."
    text_map = keep(source, "The council voted\n", "to approve the plan.")
    clean = text_map.kept_text(source)
    pieces = text_map.to_source_spans(0, len(clean))
    assert [source[a:b] for a, b in pieces] == ["The council voted\n", "to approve the plan."]
    word = clean.index("approve")
    assert text_map.to_source_spans(word, word + 7) == [(source.index("approve"),
                                                         source.index("approve") + 7)]


def test_identity_and_empty() -> None:
    assert TextMap.identity(5).is_identity() and TextMap.identity(5).removed == ()
    assert TextMap.identity(0).segments == () and TextMap.identity(0).is_identity()
    assert TextMap.keeping(4, []).removed == ((0, 4),)
    with pytest.raises(ValueError):
        TextMap.keeping(10, [(5, 8), (2, 3)])  # out of order


def test_composition_equals_the_direct_map() -> None:
    first = keep(SOURCE, "Title\n\n", "First sentence here.\nSecond one follows.")
    middle = first.kept_text(SOURCE)
    second = keep(middle, "Title", "First sentence here.", "Second")
    both = first.then(second)
    assert both.kept_text(SOURCE) == second.kept_text(middle) == "TitleFirst sentence here.Second"
    assert_exact(both, SOURCE, both.kept_text(SOURCE))
    assert [SOURCE[a:b] for a, b in both.removed] == [
        "\n\nAD: buy now\n\n", "\n", " one follows."
    ]


def test_between_maps_deleted_whitespace_exactly() -> None:
    shown = "  Title   \n\n\n\n\nFirst\x07 sentence.\t\nSecond.  "
    given = "Title\n\nFirst sentence.\nSecond."
    text_map = TextMap.between(shown, given)
    assert_exact(text_map, shown, given)
    assert text_map.clean_length == len(given)  # every character found
    assert sum(b - a for a, b, _ in text_map.segments) == len(given)
    assert TextMap.between(given, given).is_identity()


def test_between_steps_over_replaced_characters() -> None:
    shown = unicodedata.normalize("NFD", "Le café ouvre.\u2028Les élèves arrivent.")
    given = unicodedata.normalize("NFC", "Le café ouvre.\nLes élèves arrivent.")
    text_map = TextMap.between(shown, given)
    assert_exact(text_map, shown, given)
    sentence = given.index("arrivent")
    a, b = text_map.to_source_spans(sentence, sentence + 8)[0]
    assert shown[a:b] == "arrivent"
    assert text_map.to_source(given.index("\n")) is None  # the separator was replaced


def test_a_span_over_replaced_characters_is_one_source_piece() -> None:
    # A PDF's ligatures become letters ("ﬁ" -> "fi"): a highlighted word is one piece in the
    # source, its ligature inside it; text removed between two pieces still parts them.
    shown = "A Deﬁnition of the ﬂow. Then more."
    given = "A Definition of the flow. Then more."
    text_map = TextMap.between(shown, given)
    word = given.index("Definition")
    assert [shown[a:b] for a, b in text_map.to_source_spans(word, word + 10)] == ["Deﬁnition"]
    sentence = given.index("A Definition"), given.index(" Then")
    assert [shown[a:b] for a, b in text_map.to_source_spans(*sentence)] == [
        "A Deﬁnition of the ﬂow."]
    removed = keep("One two. MENU Three.", "One two.", " Three.")
    assert len(removed.to_source_spans(0, len("One two. Three."))) == 2
    # Replaced is not removed: the source pane dims none of the ligatures.
    assert text_map.removed == ()
    padded = shown.replace(" Then", "\n\n\n Then")
    assert [padded[a:b] for a, b in TextMap.between(padded, given).removed] == ["\n\n\n"]


def test_json_round_trip() -> None:
    text_map = keep(SOURCE, "Title\n\n", "First sentence here.")
    data = json.loads(json.dumps(dataclasses.asdict(text_map)))
    assert TextMap.from_dict(data) == text_map


SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=12)


def spans_of(source: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return ordered, disjoint spans of ``source`` made from random cut points."""
    points = sorted({min(p, len(source)) for pair in cuts for p in pair})
    return list(zip(points[::2], points[1::2], strict=False))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), SPANS, SPANS)
def test_kept_segments_are_exact_ordered_and_disjoint(
    source: str, cuts: list[tuple[int, int]], more: list[tuple[int, int]]
) -> None:
    first = TextMap.keeping(len(source), spans_of(source, cuts))
    middle = first.kept_text(source)
    assert_exact(first, source, middle)
    second = TextMap.keeping(len(middle), spans_of(middle, more))
    both = first.then(second)
    assert both.kept_text(source) == second.kept_text(middle)
    assert_exact(both, source, both.kept_text(source))
    for clean in range(len(middle)):
        position = first.to_source(clean)
        assert position is not None and source[position] == middle[clean]
        assert first.to_clean(position) == clean


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.text(max_size=60))
def test_between_is_exact_for_any_pair(source: str, target: str) -> None:
    assert_exact(TextMap.between(source, target), source, target)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("ab \n\t\x07"), max_size=60), SPANS)
def test_between_finds_every_kept_character_after_whitespace_deletions(
    source: str, cuts: list[tuple[int, int]]
) -> None:
    # Delete only whitespace and control characters, as ingest's normalising does.
    spans = spans_of(source, cuts)
    deleted = {i for a, b in spans for i in range(a, b) if not source[i].isalpha()}
    target = "".join(c for i, c in enumerate(source) if i not in deleted)
    text_map = TextMap.between(source, target)
    assert_exact(text_map, source, target)
    assert sum(b - a for a, b, _ in text_map.segments) == len(target)
