"""The quick looks put before patterns for speed (a colon, a word) turn away only texts the
pattern does not match: each helper answers as its pattern alone does."""

from __future__ import annotations

import random

from inbrief.core.clean.block_kinds import COMMENT_HEAD, comment_head
from inbrief.core.clean.special_blocks import _SHORT_CREDITED, short_credited

_PIECES = ("Ada Brennan", "ada_b", "on", "Sep 21,", "4:23 PM", "said", "says", "wrote", "SAID",
           ":", ": ", "March 4, 2024", "2024-03-04", "4/3/24", "at", "The levee at dusk",
           "photo", "Photos", "PICTURE", "image", "Credit", "screenshot", "by", "BY", "By",
           "Ana Ruiz", "/ Reuters", ".", "!", "?", "(AP)", "Ωμέγα", "Привет", "東京", "\n")


def _texts(count: int = 4000) -> list[str]:
    chance = random.Random(21)
    texts = ["ada_b on Sep 21, 4:23 PM said: the levee held",
             "Ada Brennan says: March 4, 2024 at 4:23 pm", "The new levee at dusk Credit: Ana Ruiz",
             "Harbour at night photo by Ana Ruiz", "The harbour vote split the city."]
    for _ in range(count):
        text = " ".join(chance.choice(_PIECES) for _ in range(chance.randint(1, 12)))
        # A header's parts in their order, some left out or changed.
        head = "".join(chance.choice(options) for options in (
            ("Ada Brennan", "ada_b", "A.", ""), (" on ", " ", " on"),
            ("Sep 21, ", "2024-03-04 ", ""),
            ("4:23 PM ", "4.23 ", ""), ("said", "says", "wrote", "SAYS", ""), (":", " :", "", ";"),
            (" ", "  ", ""), ("March 4, 2024", "4 March 2024", "4/3/2024", "")))
        texts += [text, text.replace(" ", ""), "x" * chance.randint(0, 170) + text, head,
                  head + " " + text]
    return texts


def test_a_comment_head_is_what_its_pattern_matches() -> None:
    texts = _texts()
    assert sum(comment_head(text) for text in texts) > 100
    assert [comment_head(text) for text in texts] == [
        bool(COMMENT_HEAD.match(text[:160])) for text in texts]


def test_a_short_credited_caption_is_what_its_pattern_matches() -> None:
    texts = _texts()
    assert sum(short_credited(text) for text in texts) > 100
    assert [short_credited(text) for text in texts] == [
        bool(_SHORT_CREDITED.match(text)) for text in texts]
