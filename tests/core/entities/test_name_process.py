"""The window's name finder in a second process: same Brief, fallback, clean stop."""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

import pytest

from inbrief.core.article import AnalysisOptions
from inbrief.core.brief import Brief
from inbrief.core.entities.process import NameProcess
from inbrief.core.ingest import load_text
from inbrief.core.pipeline import analyze

STORY = (
    "Harbour Board Picks New Chair\n\n"
    "PORTSMOUTH -- The harbour board of Portsmouth chose Helen Marsh as its chair on Monday, "
    "June 2, 2025. Marsh, who ran Solent Freight for ten years, replaces Tom Abbott.\n\n"
    "Abbott said the board had asked the Department for Transport for money to dredge the "
    "east basin. Marsh will meet the council in Southampton next week.\n"
)


def _comparable(brief: Brief) -> dict[str, Any]:
    """The Brief without its stage timings (they differ from run to run)."""
    return dataclasses.replace(brief, timings=()).to_dict()


@pytest.fixture
def names() -> Any:
    finder = NameProcess()
    yield finder
    finder.close()


def test_names_from_the_child_give_the_same_brief_as_in_process(names: NameProcess) -> None:
    article = load_text(STORY)
    here = analyze(article, AnalysisOptions())
    there = analyze(article, AnalysisOptions(), names=names)
    assert {e.name for e in here.entities} >= {"Helen Marsh", "Tom Abbott"}
    assert _comparable(there) == _comparable(here)
    assert names.ready("en") and not names.ready("de")  # other languages load on first use


def test_a_preview_comes_first_while_the_child_loads(names: NameProcess) -> None:
    previews: list[Brief] = []
    brief = analyze(load_text(STORY), AnalysisOptions(), preview=previews.append, names=names)
    assert len(previews) == 1 and previews[0].entities == ()
    assert previews[0].summary == brief.summary and brief.entities


def test_a_child_that_dies_falls_back_to_this_process(
    names: NameProcess, caplog: pytest.LogCaptureFixture
) -> None:
    article = load_text(STORY)
    names.process.kill()
    names.process.join(5)
    with caplog.at_level(logging.WARNING, logger="inbrief.core.entities.process"):
        there = analyze(article, AnalysisOptions(), names=names)
    assert "name process failed" in caplog.text
    assert _comparable(there) == _comparable(analyze(article, AnalysisOptions()))
    assert names.ready("en")  # answered here from now on


def test_a_request_the_child_fails_on_is_retried_here(
    names: NameProcess, caplog: pytest.LogCaptureFixture
) -> None:
    # Not a text: the child's extractor raises and says why; the parent gives up on the child,
    # retries here (which raises the same error for the caller) and answers later requests.
    with (caplog.at_level(logging.WARNING, logger="inbrief.core.entities.process"),
          pytest.raises(AttributeError)):
        names.find(None, "en", [], (), False)  # type: ignore[arg-type]
    assert "name process failed: AttributeError" in caplog.text
    assert not names.process.is_alive()
    found, note = names.find(STORY, "en", [(0, len(STORY))], {0}, True)
    assert {e.name for e in found} >= {"Helen Marsh"} and note is None


def test_close_stops_the_child_cleanly(names: NameProcess) -> None:
    names.find(STORY, "en", [(0, len(STORY))], (), False)
    names.close()
    assert not names.process.is_alive()
    assert names.process.exitcode == 0  # it left on the stop message: not terminated
