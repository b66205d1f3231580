"""Very long texts: the summary, dates, names and keywords read a bounded sample of sentences,
offsets still point into the whole text, and the notes say so."""

from __future__ import annotations

import pytest

from inbrief.core import budget
from inbrief.core.article import Article
from inbrief.core.pipeline import analyze
from inbrief.core.text import split_sentences

PARAGRAPH = (
    "Mayor Daniel Okafor of Harbor City opened pier {n} on Monday, March 3, 2025. "
    "Crews from Norland Engineering repaired ramp {n} overnight."
)


def long_text(paragraphs: int) -> str:
    return "\n\n".join(PARAGRAPH.format(n=n) for n in range(paragraphs))


def test_a_text_within_the_budget_keeps_every_sentence() -> None:
    text = long_text(5)
    spans = split_sentences(text)
    assert budget.sample_sentences(spans, len(text), 10_000) == list(range(len(spans)))


def test_the_sample_keeps_the_opening_and_reaches_the_end_within_the_budget() -> None:
    text = long_text(2_000)
    spans = split_sentences(text)
    kept = budget.sample_sentences(spans, len(text), 20_000)
    assert kept == sorted(set(kept))
    assert kept[:10] == list(range(10))
    assert kept[-1] >= 0.85 * len(spans)  # the step is rounded: the last steps may not fit
    longest = max(end - start for start, end in spans)
    assert sum(spans[i][1] - spans[i][0] for i in kept) <= 20_000 + longest


def test_sample_offsets_map_back_into_the_whole_text() -> None:
    text = "One two.  Three four.\nFive six. Seven eight. Nine ten."
    spans = split_sentences(text)
    assert len(spans) == 5
    sample = budget.Sample(text, spans, [0, 1, 3])
    assert sample.text == "One two.  Three four.\n\nSeven eight."
    for (a, b), (start, end) in zip(sample.spans, [spans[0], spans[1], spans[3]], strict=True):
        assert sample.text[a:b] == text[start:end]
        assert (sample.whole(a), sample.whole_end(b)) == (start, end)
    inside = sample.text.index("eight")
    assert text[sample.whole(inside) : sample.whole_end(inside + 5)] == "eight"


@pytest.fixture
def small_budget(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(budget, "WORK_BUDGET_CHARS", 4_000)
    return 4_000


def test_a_long_text_is_analysed_on_a_sample_and_says_so(small_budget: int) -> None:
    text = long_text(300)  # ~40,000 characters, ten times the budget
    brief = analyze(Article(text=text))
    assert any("very long" in note and "counts cover all of it" in note for note in brief.notes)
    assert brief.stats.sentences == 600
    assert brief.stats.words == 300 * 22  # every paragraph counted (14 + 8 words)
    okafor = next(e for e in brief.entities if "Okafor" in e.name)
    assert 1 < len(okafor.mentions) < 100  # counted in the sample only, not in 300 paragraphs
    for item in [*brief.entities, *brief.keywords]:
        for mention in item.mentions:
            assert brief.text[mention.start : mention.end] == mention.text
    assert 1 < len(brief.dates) < 100
    for date in brief.dates:
        assert brief.text[date.start : date.end] == date.text
        sentence = brief.sentences[date.sentence]
        assert sentence.start <= date.start < sentence.end
    assert any(d.start > len(text) // 2 for d in brief.dates)  # the sample reaches the end
    read = [s for s in brief.sentences if s.score > 0]
    assert {s.rank for s in brief.summary} <= set(range(1, len(read) + 1))
    assert sorted(s.rank for s in brief.sentences) == list(range(1, 601))


def test_a_text_within_the_budget_has_no_sampling_note(small_budget: int) -> None:
    brief = analyze(Article(text=long_text(10)))
    assert not any("very long" in note for note in brief.notes)
    okafor = next(e for e in brief.entities if "Okafor" in e.name)
    assert len(okafor.mentions) == 10
