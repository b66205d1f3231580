"""Long texts: the NER model reads a bounded part, and names it found are counted everywhere."""

from __future__ import annotations

from inbrief.core import entities
from inbrief.core.text import split_sentences


def long_text(paragraphs: int) -> str:
    opening = "Mayor Daniel Okafor of Harbor City met engineers from Norland Engineering on Monday."
    filler = "The committee discussed the schedule, the budget and the weather for an hour."
    late = "Later, Okafor said the work would go on."
    body = [opening] + [filler] * paragraphs + [late]
    return "\n\n".join(body)


def test_short_text_is_read_whole() -> None:
    text = "Ann Lee spoke. Bo Chan listened."
    assert entities.budget_regions(text, split_sentences(text)) == [(0, len(text))]


def test_regions_respect_the_budget_and_keep_opening_and_summary() -> None:
    text = long_text(2000)
    spans = split_sentences(text)
    summary = {len(spans) // 2}
    regions = entities.budget_regions(text, spans, summary, budget=20_000)
    read = sum(end - start for start, end in regions)
    assert read <= 20_000 + max(e - s for s, e in spans)
    assert regions[0][0] == spans[0][0]
    middle = spans[len(spans) // 2]
    assert any(start <= middle[0] and middle[1] <= end for start, end in regions)
    assert regions == sorted(regions)


def test_names_found_early_are_counted_in_unread_parts() -> None:
    text = long_text(int(entities.NER_BUDGET_CHARS / 60))
    found = entities.extract_entities(text, "en", split_sentences(text))
    okafor = next(e for e in found if e.name == "Daniel Okafor")
    assert okafor.type == "person"
    last_mention = max(m.start for m in okafor.mentions)
    assert last_mention > entities.NER_BUDGET_CHARS  # the closing "Okafor" was matched
    assert entities.budget_note(text, "en") is not None
    assert entities.budget_note("Short text.", "en") is None
