"""Property tests: any text either yields a Brief whose offsets index its text, or our error."""

from __future__ import annotations

import random
from pathlib import Path

from bad_inputs import ARTICLE, EMOJI, MIXED, RTL, mutate, offset_problems
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inbrief.core.article import AnalysisOptions, Article
from inbrief.core.errors import InBriefError
from inbrief.core.ingest import load_text
from inbrief.core.pipeline import analyze

# Every category but surrogates (not encodable, never produced by a decoder).
ANY_CHAR = st.characters(blacklist_categories=("Cs",))
# Characters that stress segmentation: controls, line and paragraph separators, bidi marks,
# combining marks, zero-width joiners, emoji, CJK and Arabic punctuation.
ODD_CHARS = st.sampled_from(
    list("\x00\x01\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\u200b\u200c\u200d\u200e\u200f\u202a"
         "\u202b\u202e\u2066\u2069\ufeff\ufffd\u0301\u0308\u0336\u20dd")
    + ["👩🏽‍🔬", "🇫🇷", "😱", "。", "！", "؟", "،", "«", "»", "“", "”", "…", ".", "\n", "\n\n"]
)
WORDS = st.sampled_from(
    ["Harbor", "City", "council", "Okafor", "voted", "Tuesday", "2024", "mardi", "市議会",
     "المدينة", "מועצת", "Mr.", "U.S.", "e.g.", "Oct.", "28", "9-2", "$2.1", "(", ")", '"']
)
TEXTS = st.one_of(
    st.text(ANY_CHAR, max_size=300),
    st.lists(st.one_of(WORDS, ODD_CHARS, st.text(ANY_CHAR, max_size=5)), max_size=120).map(
        " ".join),
)
SEEDS = [ARTICLE, MIXED, RTL, EMOJI, ARTICLE.upper(), ARTICLE.replace("\n", " ")]


def _check(text: str, raw: bool) -> None:
    try:
        brief = analyze(Article(text), AnalysisOptions(raw=raw))
    except InBriefError:
        return  # a clear refusal (empty text, no sentences...) is an acceptable answer
    assert offset_problems(brief) == []
    assert brief.text_map is not None and brief.text_map.kept_text(text) == brief.text
    if not raw:
        return
    assert brief.text == text, "--raw must analyse the text exactly as given"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, raw=st.booleans())
def test_any_unicode_text(text: str, raw: bool) -> None:
    _check(text, raw)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(st.characters(), max_size=200), fmt=st.sampled_from(["text", "markdown",
                                                                         "html", "stdin"]))
def test_any_text_through_ingest_including_lone_surrogates(text: str, fmt: str) -> None:
    # Pasted text and JSON lines go through load_text; surrogates can come from "\\ud800".
    try:
        article = load_text(text, fmt=fmt)
    except InBriefError:
        return
    article.text.encode("utf-8")  # would raise on a surrogate left in
    _check(article.text, raw=True)


# Lines of the kinds the cleaning tells apart (a page's furniture, a PDF copy's running heads
# and page numbers, a paper's head, a letter's parts), in texts long enough for the rules that
# wait for many lines (a PDF copy's: 40 or more): a line opening "# " once crashed one.
LINES = st.sampled_from([
    "", "# Install the package first", "#", "# 12", "12", "3/18", "Page 3 of 9",
    "12/5/26, 10:22 AM", "file:///home/ana/levees.html", "https://example.com/levees",
    "References", "[1] A. Ruiz, Tide gauges. Port Sorn, 2011.", "Abstract—We study tides.",
    "By Ada Brennan", "March 4, 2025", "© 2025 Herald", "Share this article", "  • Home",
    "[photo]", "Advertisement", "Figure 3. The levee.", "52 THE SIEGE OF VICKSBURG.",
    "Ana Ruiz¹, Ada Brennan²", "The council met on Tuesday and voted to build the levee.",
    "the work will start in spring, the engineer said, and take", "ﬁrst ﬂoor", "اﻧﻮاع اﳋﻄﻮط",
    "市立図書館は土曜日に再開した。", "Dear colleagues,", "Best regards,", "> quoted line",
    "Q: Why?", "A: Because.", "* * *", "Chapter 1", "LONDON (Reuters) -"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(LINES, min_size=40, max_size=120))
def test_long_texts_of_structured_lines(lines: list[str]) -> None:
    _check("\n".join(lines), raw=False)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), base=st.sampled_from(SEEDS), edits=st.integers(1, 200),
       raw=st.booleans())
def test_mutated_articles(seed: int, base: str, edits: int, raw: bool) -> None:
    _check(mutate(base, random.Random(seed), edits), raw)


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1), base=st.sampled_from(SEEDS))
def test_brief_of_fuzzed_text_is_one_page(qapp: object, tmp_path: Path, seed: int,
                                          base: str) -> None:
    from pypdf import PdfReader

    from inbrief.export.pdf import write_pdf

    text = mutate(base * 3, random.Random(seed), 150)
    try:
        brief = analyze(Article(text, title=mutate(base[:80], random.Random(seed), 10)))
    except InBriefError:
        return
    target = tmp_path / f"fuzz-{seed}.pdf"
    write_pdf(brief, target, force=True)
    assert len(PdfReader(target).pages) == 1
