"""The controller without a window: what it runs, what it drops, what it tells the view."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from ui_helpers import PLAIN_TEXT, CountingAnalyze, simple_brief

from inbrief.core.article import AnalysisOptions, Article
from inbrief.core.brief import Brief
from inbrief.ui.controller import Controller


@pytest.fixture
def make_controller(qtbot: Any) -> Iterator[Callable[..., Controller]]:
    """Return a factory of controllers; each is shut down (threads joined) afterwards."""
    made: list[Controller] = []

    def factory(analyze: Callable[..., Brief], **kwargs: Any) -> Controller:
        controller = Controller(analyze=CountingAnalyze(analyze), warm_up=lambda: None, **kwargs)
        made.append(controller)
        return controller

    yield factory
    for controller in made:
        controller.shutdown()
        assert controller.runner.pool.activeThreadCount() == 0


def _by_title(article: Article, *_: Any) -> Brief:
    return simple_brief(article.text, title=article.title or "Pasted")


def _idle(controller: Controller) -> bool:
    return controller.brief is not None and not controller.runner.busy()


def test_a_newer_analysis_supersedes_an_older_one(
    qtbot: Any, make_controller: Callable[..., Controller]
) -> None:
    release = threading.Event()

    def analyze(article: Article, options: AnalysisOptions, progress: Any = None,
                cancel: Any = None) -> Brief:
        if article.text.startswith("Old"):
            release.wait(5.0)  # ignores the request to stop: finishes after the new one
        return simple_brief(article.text)

    controller = make_controller(analyze)
    shown: list[Brief] = []
    said: list[tuple[str, str]] = []
    busy: list[tuple[bool, str]] = []
    controller.brief_changed.connect(shown.append)
    controller.message.connect(lambda kind, text: said.append((kind, text)))
    controller.busy_changed.connect(lambda on, label: busy.append((on, label)))
    controller.use_text("Old text about one thing. It has two sentences.")
    controller.use_text("New text about another thing. It also has two.")
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5_000)
    assert controller.runner.busy()  # the old analysis still runs
    release.set()
    qtbot.waitUntil(lambda: not controller.runner.busy(), timeout=5_000)
    qtbot.wait(50)
    assert [b.text[:8] for b in shown] == ["New text"]  # the old result never showed
    assert controller.brief is not None and controller.brief.text.startswith("New text")
    assert said == []  # nor did its end say anything ("Cancelled." is no news here)
    assert busy == [(True, "Analysing…"), (True, "Analysing…"), (False, "")]  # no flicker


def test_busy_strip_and_progress_follow_the_analysis(
    qtbot: Any, make_controller: Callable[..., Controller]
) -> None:
    def analyze(article: Article, options: AnalysisOptions, progress: Any = None,
                cancel: Any = None) -> Brief:
        progress("summary", 1.0)
        return simple_brief(article.text)

    controller = make_controller(analyze)
    busy: list[tuple[bool, str]] = []
    reports: list[tuple[str, float]] = []
    controller.busy_changed.connect(lambda on, label: busy.append((on, label)))
    controller.progress.connect(lambda stage, fraction: reports.append((stage, fraction)))
    controller.use_text(PLAIN_TEXT)
    qtbot.waitUntil(lambda: _idle(controller), timeout=5_000)
    assert busy == [(True, "Analysing…"), (False, "")]
    assert reports == [("summary", 1.0)]


def test_cancel_drops_the_running_analysis(
    qtbot: Any, make_controller: Callable[..., Controller]
) -> None:
    release = threading.Event()

    def analyze(article: Article, options: AnalysisOptions, progress: Any = None,
                cancel: Any = None) -> Brief:
        release.wait(5.0)
        return simple_brief(article.text)

    controller = make_controller(analyze)
    shown: list[Brief] = []
    said: list[tuple[str, str]] = []
    busy: list[tuple[bool, str]] = []
    controller.brief_changed.connect(shown.append)
    controller.message.connect(lambda kind, text: said.append((kind, text)))
    controller.busy_changed.connect(lambda on, label: busy.append((on, label)))
    controller.use_text(PLAIN_TEXT)
    controller.cancel()
    assert busy[-1] == (False, "")  # the strip goes at once
    release.set()
    qtbot.waitUntil(lambda: not controller.runner.busy(), timeout=5_000)
    qtbot.wait(50)
    assert shown == [] and controller.brief is None
    assert said == []


def test_use_text_forgets_the_loaded_file(
    qtbot: Any, make_controller: Callable[..., Controller], tmp_path: Path
) -> None:
    loaded: list[tuple[str, str]] = []
    busy: list[tuple[bool, str]] = []
    controller = make_controller(
        _by_title, load=lambda path: Article(text=PLAIN_TEXT, title="From a file")
    )
    controller.source_loaded.connect(lambda text, path: loaded.append((text, path)))
    controller.busy_changed.connect(lambda on, label: busy.append((on, label)))
    controller.open_file(tmp_path / "dam.txt")
    qtbot.waitUntil(lambda: _idle(controller), timeout=5_000)
    assert loaded == [(PLAIN_TEXT, str(tmp_path / "dam.txt"))]
    assert controller.brief is not None and controller.brief.title == "From a file"
    assert busy[0] == (True, "Opening…") and (True, "Analysing…") in busy
    controller.text_edited(PLAIN_TEXT + " Edited.")  # an edit keeps the file's title
    controller.analyze_now()
    qtbot.waitUntil(lambda: _idle(controller) and "Edited." in controller.brief.text,
                    timeout=5_000)
    assert controller.brief.title == "From a file"
    controller.use_text("Pasted text about something else. It has two sentences.")
    qtbot.waitUntil(lambda: _idle(controller) and controller.brief.text.startswith("Pasted"),
                    timeout=5_000)
    assert controller.brief.title == "Pasted"


def test_export_reports_through_the_exported_signal(
    qtbot: Any, make_controller: Callable[..., Controller], tmp_path: Path
) -> None:
    controller = make_controller(_by_title)
    exported: list[tuple[str, str, str]] = []
    said: list[tuple[str, str]] = []
    controller.exported.connect(lambda kind, path, note: exported.append((kind, path, note)))
    controller.message.connect(lambda kind, text: said.append((kind, text)))
    controller.use_text(PLAIN_TEXT)
    qtbot.waitUntil(lambda: _idle(controller), timeout=5_000)
    target = tmp_path / "dam.md"
    controller.export("markdown", target)
    assert controller.runner.busy()
    qtbot.waitUntil(lambda: bool(exported), timeout=10_000)
    assert exported == [("markdown", str(target), "")]
    assert "Vellmar" in target.read_text(encoding="utf-8")
    assert said == []  # the "Saved" line is the view's to show, from the signal
    controller.export("markdown", tmp_path / "missing" / "dam.md")
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert said[0][0] == "error" and "missing does not exist" in said[0][1]
    assert len(exported) == 1


def test_restored_choices_shape_the_options(make_controller: Callable[..., Controller]) -> None:
    controller = make_controller(_by_title)
    controller.restore_choices(unit="percent", sentences=7, percent=35, algorithm="lexrank",
                               paper="letter")
    options = controller.options()
    assert (options.sentences, options.ratio, options.algorithm) == (None, 0.35, "lexrank")
    assert controller.paper == "letter"
    controller.set_length("sentences", 0)
    assert controller.options().sentences == 1  # never an empty summary


def test_a_typed_reference_date_applies_to_the_text_it_was_typed_for(
    qtbot: Any, make_controller: Callable[..., Controller], tmp_path: Path
) -> None:
    import datetime as dt

    seen: list[dt.date | None] = []

    def analyze(article: Article, options: AnalysisOptions, progress: Any = None,
                cancel: Any = None) -> Brief:
        seen.append(options.reference_date)
        return simple_brief(article.text)

    typed = dt.date(2024, 3, 12)
    controller = make_controller(analyze, load=lambda path: Article(text=PLAIN_TEXT))
    controller.use_text("A first article. It has two sentences.")
    qtbot.waitUntil(lambda: _idle(controller) and len(seen) == 1, timeout=5_000)
    controller.set_reference_date(typed)
    qtbot.waitUntil(lambda: _idle(controller) and len(seen) == 2, timeout=5_000)
    controller.text_edited("A first article. It has two sentences. Edited.")
    controller.analyze_now()  # an edit of the same text keeps the typed date
    qtbot.waitUntil(lambda: _idle(controller) and len(seen) == 3, timeout=5_000)
    controller.use_text("A new paste. It has its own date.")  # a new text: its own date
    qtbot.waitUntil(lambda: _idle(controller) and len(seen) == 4, timeout=5_000)
    controller.set_reference_date(typed)
    qtbot.waitUntil(lambda: _idle(controller) and len(seen) == 5, timeout=5_000)
    controller.open_file(tmp_path / "other.txt")  # so does a file
    qtbot.waitUntil(lambda: _idle(controller) and len(seen) == 6, timeout=5_000)
    assert seen == [None, typed, typed, None, typed, None]
    assert controller.reference_date is None


def test_a_read_shows_its_label_outlives_typing_and_stops_on_cancel(
    qtbot: Any, make_controller: Callable[..., Controller]
) -> None:
    controller = make_controller(_by_title)
    busy: list[tuple[bool, str]] = []
    got: list[str] = []
    controller.busy_changed.connect(lambda on, label: busy.append((on, label)))
    release = threading.Event()

    def slow(progress: Any, cancelled: Any) -> str:
        release.wait(5)
        return "read"

    controller.read_input("Reading the pasted page…", slow, got.append, lambda exc: None)
    assert busy[-1] == (True, "Reading the pasted page…")
    controller.text_edited("Typed meanwhile.")  # typing does not cancel the read
    controller.cancel()  # the Cancel button does
    assert busy[-1] == (False, "")
    release.set()
    qtbot.waitUntil(lambda: not controller.runner.busy(), timeout=5_000)
    qtbot.wait(50)
    assert got == []

    release.clear()
    controller.read_input("Reading the pasted page…", slow, got.append, lambda exc: None)
    controller.text_edited("Typed again.")
    release.set()
    qtbot.waitUntil(lambda: got == ["read"], timeout=5_000)


def test_the_summary_is_shown_before_the_names_then_the_whole_brief(
    qtbot: Any, make_controller: Callable[..., Controller]
) -> None:
    release = threading.Event()

    def analyze(article: Article, options: AnalysisOptions, progress: Any = None,
                cancel: Any = None, preview: Any = None) -> Brief:
        preview(simple_brief(article.text, title="Without names"))
        release.wait(5.0)  # the name model loading
        return simple_brief(article.text, title="Complete")

    controller = make_controller(analyze)
    controller.preview_names = True
    shown: list[str] = []
    pending: list[bool] = []
    controller.brief_changed.connect(lambda brief: shown.append(brief.title))
    controller.names_pending.connect(pending.append)
    controller.use_text(PLAIN_TEXT)
    qtbot.waitUntil(lambda: shown == ["Without names"], timeout=5000)
    assert pending == [True] and controller.runner.busy()
    release.set()
    qtbot.waitUntil(lambda: _idle(controller) and shown[-1] == "Complete", timeout=5000)
    assert shown == ["Without names", "Complete"] and pending == [True, False]


def test_a_preview_of_a_cancelled_analysis_is_dropped(
    qtbot: Any, make_controller: Callable[..., Controller]
) -> None:
    started, release = threading.Event(), threading.Event()

    def analyze(article: Article, options: AnalysisOptions, progress: Any = None,
                cancel: Any = None, preview: Any = None) -> Brief:
        started.set()
        release.wait(5.0)
        preview(simple_brief(article.text, title="Late preview"))
        return simple_brief(article.text)

    controller = make_controller(analyze)
    controller.preview_names = True
    shown: list[str] = []
    controller.brief_changed.connect(lambda brief: shown.append(brief.title))
    controller.use_text(PLAIN_TEXT)
    assert started.wait(5.0)
    controller.cancel()
    release.set()
    qtbot.waitUntil(lambda: not controller.runner.busy(), timeout=5000)
    qtbot.wait(50)  # a queued preview would arrive now
    assert shown == []


def test_the_warm_up_sample_is_skipped_once_the_users_text_is_analysed(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from inbrief.ui import controller as module

    asked: list[Callable[[], bool]] = []
    monkeypatch.setattr(module, "default_warm_up", asked.append)
    controller = Controller(analyze=CountingAnalyze(_by_title))
    try:
        controller.warm_up_fn()
        assert len(asked) == 1 and asked[0]() is True  # nothing of the user's yet: analyse it
        controller.use_text(PLAIN_TEXT)
        assert asked[0]() is False  # the sample would hold up the user's names
        qtbot.waitUntil(lambda: _idle(controller), timeout=5_000)
        assert asked[0]() is False
    finally:
        controller.shutdown()
