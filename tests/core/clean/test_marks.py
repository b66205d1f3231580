"""Words broken at a line's end with a hyphen, as a PDF reader's copy gives them: put back
together in the analysed text, the source left as pasted."""

from __future__ import annotations

from inbrief.core import pipeline
from inbrief.core.article import Article
from inbrief.core.clean import clean_article
from inbrief.core.clean.marks import line_end_hyphens

WRAPPED = """Automated lighthouses have changed the way small ports in the province
manage their approaches. This paper reviews the automa-
tion programme of the port authority between 1994 and 2018
and its effect on staffing, maintenance costs and the safety
of navigation along the coast. Over the following two decades
the authority automated eleven further lights, repla-
cing keepers with remote monitoring from the harbour control
room, and the well-
known keepers' houses became museums."""


def _joined(text: str, broken: bool = True) -> str:
    kept, position = [], 0
    for start, end in line_end_hyphens(text, broken):
        kept.append(text[position:start])
        position = end
    return "".join(kept) + text[position:]


def test_a_word_broken_at_a_lines_end_is_put_back_together() -> None:
    joined = _joined(WRAPPED)
    assert "the automation programme" in joined and "replacing keepers" in joined
    # A compound the text writes with its hyphen elsewhere keeps it; so does one whose
    # second part opens with a capital.
    assert _joined("A well-known tale. The well-\nknown keeper.") == (
        "A well-known tale. The well-known keeper.")
    assert _joined("The Anglo-\nSaxon king.") == "The Anglo-Saxon king."
    # A word's first part standing for two keeps its line break, a space.
    assert _joined("die Hafen-\noder Flughafengebühren") == "die Hafen-\noder Flughafengebühren"
    # A web page's rendering: whether a space followed the hyphen cannot be told.
    assert line_end_hyphens("Gas-\noder Kohlegrill, Staats-\nund Regierungs-", False) == []


def test_a_pdf_readers_copy_reads_as_whole_words() -> None:
    cleaned = clean_article(Article(text=WRAPPED, format="text"))
    assert "automation programme" in cleaned.article.text
    assert "automa-" in WRAPPED and cleaned.text_map.kept_text(WRAPPED) == cleaned.article.text
    brief = pipeline.analyze(Article(text=WRAPPED, format="text"))
    shown = [sentence.shown for sentence in brief.sentences]
    assert any("reviews the automation programme of the port authority" in s for s in shown)
    assert not any("automa- tion" in s or "repla- cing" in s for s in shown)
