"""Property: whatever the brief, the PDF has exactly one page and its footer is on it."""

from __future__ import annotations

from pathlib import Path

from brief_fakes import make_brief
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdf_helpers import page_count, pypdf_text, squash

from inbrief.core.brief import Language
from inbrief.export.pdf import write_pdf

WORDS = [
    "harbour", "council", "Ilse", "voted", "the", "a", "of", "storm", "2025", "wall",
    "Pneumonoultramicroscopicsilicovolcanoconiosis" * 3,  # a word wider than a column
    "東京都", "経済", "مرحبا", "שלום", "ภาษาไทย", "Ελλάδα", "Москва", "🌊",
]  # fmt: skip
LANGUAGES = [
    Language("en", "English", 0.9), Language("ja", "Japanese", 0.9),
    Language("ar", "Arabic", 0.9), Language("ru", "Russian", 0.9),
]  # fmt: skip

sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=400).map(
    lambda words: " ".join(words) + "."
)


@st.composite
def briefs(draw: st.DrawFn) -> object:
    sentences = draw(st.lists(sentence, min_size=1, max_size=30))
    names = draw(st.lists(st.sampled_from(WORDS), min_size=0, max_size=50))
    kinds = ["person", "organization", "place", "other"]
    entities = [(f"{name} {i}", kinds[i % 4], [name]) for i, name in enumerate(names)]
    date_count = draw(st.integers(0, 40))
    dates = [(WORDS[i % 5], f"20{i % 30:02d}-{1 + i % 12:02d}", "absolute")
             for i in range(date_count)]  # fmt: skip
    return make_brief(
        sentences,
        title=draw(st.one_of(st.just(""), sentence, st.text(max_size=3000))),
        language=draw(st.sampled_from(LANGUAGES)),
        entities=entities,
        dates=dates,
        keywords=draw(st.lists(st.sampled_from(WORDS), max_size=40)),
        summary_count=draw(st.integers(1, 30)),
        source=draw(st.one_of(st.just(""), sentence)),
        file_name=draw(st.one_of(st.just(""), st.text(max_size=300))),
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])  # fmt: skip
@given(brief=briefs(), paper=st.sampled_from(["a4", "letter"]))
def test_always_exactly_one_page(qapp: object, tmp_path: Path, brief: object, paper: str) -> None:
    path = tmp_path / "brief.pdf"
    result = write_pdf(brief, path, paper=paper, force=True)  # type: ignore[arg-type]
    assert page_count(path) == 1
    assert result.font_size >= 7.5
    text = squash(pypdf_text(path))
    assert "InBrief0.1.0" in text  # the footer is on the page, not pushed off it
    assert "SUMMARY" in text
