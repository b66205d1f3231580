"""The quicker versions of what the page's cleaning asks of every line and block give what
their plain versions give, in any script, with any kind of space."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from inbrief.core.text import alnum_key

# Letters of several scripts (with the ones case folding turns into more than one character
# or into a combining mark: "ß", "İ", "ǰ", "ΐ", U+0345), digits (decimal and not), "_",
# combining marks, punctuation and every kind of space.
_CHARACTERS = st.sampled_from(
    list("abcXYZ éßøñ İıǰΐ ΣσςΩ яЖё 漢字かな 한글 ไทย 0123 ²½Ⅻ٣ _-'’.,;:!?()[]«» \t\n\r\x0b\x0c")
    + ["\u00a0", "\u2003", "\u3000", "\u2028", "\u0301", "\u0345", "\u200b", "\x1c", "\x85",
       "ǅ", "ʰ", "\ufb01"])
_TEXTS = st.text(_CHARACTERS, max_size=80)
_NOT_KEY = re.compile(r"[\W_]+")


def _plain_key(text: str) -> str:
    return _NOT_KEY.sub("", text.casefold())


@given(_TEXTS)
@settings(max_examples=3000)
def test_alnum_key_is_the_folded_text_without_what_is_no_letter_or_digit(text: str) -> None:
    assert alnum_key(text) == _plain_key(text)


def test_alnum_key_of_headlines_in_several_scripts() -> None:
    for text in ("", " ", "Harbour vote: council approves $2m levee", "Straße\u00a0im  Fluss",
                 "İSTANBUL'DA YAĞMUR", "ΟΔΟΣ ΣΟΦΟΚΛΕΟΥΣ", "Привет,\tмир!", "東京の 天気",
                 "จังหวัด เชียงใหม่", "jean_luc\u2003a.k.a. ǰ"):
        assert alnum_key(text) == _plain_key(text)
