"""analyze(preview=...): the summary, keywords and timeline first while the name model loads."""

from __future__ import annotations

import pytest

from inbrief.core import entities


def test_preview_comes_first_without_names_while_the_model_is_not_loaded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from inbrief.core import pipeline
    from inbrief.core.ingest import load_text

    text = ("Mayor Daniel Okafor of Harbor City opened the new ferry landing on Friday, "
            "March 6, 2026. Okafor said the landing cost less than planned.")
    previews: list[object] = []
    monkeypatch.setattr(entities, "ready", lambda _language: False)
    brief = pipeline.analyze(load_text(text), preview=previews.append)
    assert len(previews) == 1
    first = previews[0]
    assert first.entities == () and first.summary == brief.summary  # type: ignore[attr-defined]
    assert first.dates == brief.dates and first.dates  # type: ignore[attr-defined]
    assert "Okafor" in {e.name.split()[-1] for e in brief.entities}


def test_no_preview_once_the_model_is_loaded() -> None:
    from inbrief.core import pipeline
    from inbrief.core.ingest import load_text

    entities.warm_up("en")
    previews: list[object] = []
    pipeline.analyze(load_text("The council met on Tuesday. It approved the plan."),
                     preview=previews.append)
    assert previews == []


def test_warm_up_analyses_its_sample_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    from inbrief.core import dates, language, pipeline

    for module in (language, dates):
        monkeypatch.setattr(module, "warm_up", lambda: None)
    monkeypatch.setattr(entities, "warm_up", lambda _language: None)
    analysed: list[str] = []
    monkeypatch.setattr(pipeline, "analyze", lambda article, _options, **_names: analysed.append(
        article.text))
    pipeline.warm_up()
    pipeline.warm_up(lambda: False)
    assert analysed == []  # by default (batch workers) and when the user's text has started
    pipeline.warm_up(lambda: True)
    assert len(analysed) == 1 and analysed[0].startswith("Harbour Council")


def test_warm_up_sample_reaches_every_stage_a_first_paste_needs() -> None:
    """The sample pays for the first-time work of each stage only if each stage has work."""
    from inbrief.core import pipeline
    from inbrief.core.ingest import load_text

    brief = pipeline.analyze(load_text(pipeline._WARM_UP_TEXT))
    assert brief.language.code == "en" and brief.language.method == "detected"
    assert brief.stats.sentences >= 6 and brief.summary
    assert {"person", "organization", "place"} <= {e.type for e in brief.entities}
    assert {d.value for d in brief.dates} >= {"2025-03-04"}
    assert brief.keywords
