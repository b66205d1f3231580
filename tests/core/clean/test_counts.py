"""Word counts of lines in any script: the quick paths give what the patterns give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from inbrief.core.clean.counts import letter_runs

_LETTERS = re.compile(r"[^\W\d_]+")
# Letters of several scripts, digits (decimal and not: "²", "½", "Ⅻ", "٣"), "_", combining
# marks, punctuation and every kind of space, so pieces of each sort are split and joined.
_CHARACTERS = st.sampled_from(
    list("abcXYZ éßøñ яЖё αΩ 漢字かな 한글 ไทย 0123 ²½Ⅻ٣ _-'’.,;:!?()[]«» \t\n\r\x0b\x0c")
    + list("…—–“”„‘\"*/")  # the punctuation letter_runs strips off a word
    + ["\u00a0", "\u2003", "\u3000", "\u2028", "\u0301", "\u200b", "\x1c", "\x85", "ǅ", "ʰ"])


@given(st.text(_CHARACTERS, max_size=60))
@settings(max_examples=3000)
def test_letter_runs_are_the_runs_the_pattern_finds(text: str) -> None:
    assert letter_runs(text) == _LETTERS.findall(text)


def test_letter_runs_of_words_and_punctuation() -> None:
    text = "Ada's 2nd e-mail, sent 12.03.2024 to jean_luc: «Привет²»  東京 ok"
    assert letter_runs(text) == _LETTERS.findall(text)
    assert letter_runs("") == []
    assert letter_runs("«Привет», said ²ada.") == ["Привет", "said", "²ada"]
