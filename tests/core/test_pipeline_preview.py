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
