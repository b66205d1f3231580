"""What the controller runs off the UI thread: loading, analysing, and where the Brief sits."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inbrief.core.article import AnalysisOptions, Article
from inbrief.core.brief import Brief
from inbrief.core.errors import Cancelled
from inbrief.core.textmap import Removed, TextMap
from inbrief.ui.removed_text import in_editor
from inbrief.ui.worker import IsCancelled, Progress, Task

AnalyzeFn = Callable[..., Brief]
LoadFn = Callable[..., Article]  # (path, encoding=None, password=None) -> Article


def default_analyze(article: Article, options: AnalysisOptions, progress: Any = None,
                    cancel: Any = None, preview: Any = None, names: Any = None) -> Brief:
    from inbrief.core.pipeline import analyze

    if names is None:
        return analyze(article, options, progress, cancel, preview)
    return analyze(article, options, progress, cancel, preview, names=names)


def default_load(
    path: Path, encoding: str | None = None, password: str | None = None
) -> Article:
    from inbrief.core.ingest import load_path

    return load_path(path, encoding=encoding, password=password)


def default_warm_up(idle: Callable[[], bool] = lambda: True, names: Any = None) -> None:
    """The first-time loads, then a short sample analysis while ``idle()`` (core's warm_up)."""
    from inbrief.core.pipeline import warm_up

    if names is None:
        warm_up(idle)
    else:
        warm_up(idle, names=names)


def load_task(load: LoadFn, path: Path, encoding: str | None,
              password: str | None) -> Task[Article]:
    """Return the task that loads ``path`` (in ``encoding``, with ``password``, when given)."""

    def task(progress: Progress, cancelled: IsCancelled) -> Article:
        progress("load", 0.0)
        options = {key: value for key, value in
                   (("encoding", encoding), ("password", password)) if value is not None}
        return load(path, **options)

    return task


def warm_up_task(warm: Callable[[], None]) -> Task[float]:
    """Return the task that runs ``warm`` (the first-time loads) and says how long it took."""

    def task(progress: Progress, cancelled: IsCancelled) -> float:
        started = time.perf_counter()
        warm()
        return time.perf_counter() - started

    return task


def load_text(text: str) -> Article:
    from inbrief.core.ingest import load_text as load

    return load(text)


@dataclass(frozen=True)
class Analysis:
    """What one analysis job hands back to the UI thread."""

    brief: Brief
    offsets: TextMap  # Brief.text in the editor's text
    seconds: float
    removed: tuple[Removed, ...] = ()  # Brief.removed in the editor's text


def analysis_task(make_article: Callable[[], Article], editor_text: str,
                  options: AnalysisOptions, analyze: AnalyzeFn,
                  preview: Callable[[Analysis], None] | None = None) -> Task[Analysis]:
    """Return the task that builds the Article (parsing may be slow), analyses it and maps the
    Brief's offsets to ``editor_text``.

    ``preview`` (called on the worker thread) receives the Analysis without names first when
    the name model is still loading; ``analyze`` must then accept ``preview=``.
    """

    def task(progress: Progress, cancelled: IsCancelled) -> Analysis:
        started = time.perf_counter()
        article = make_article()

        def mapped(brief: Brief) -> Analysis:
            # Typed or pasted text loses trailing spaces and surplus blank lines in the
            # Article's text: the editor's text maps to it, and it to Brief.text by cleaning.
            to_given = TextMap.between(editor_text, article.text)
            offsets = to_given.then(brief.text_map or TextMap.between(article.text, brief.text))
            removed = in_editor(to_given, brief.removed)
            return Analysis(brief, offsets, time.perf_counter() - started, removed)

        if preview is None:
            brief = analyze(article, options, progress, cancelled)
        else:
            brief = analyze(article, options, progress, cancelled,
                            preview=lambda early: preview(mapped(early)))
        if cancelled():
            raise Cancelled("Analysis cancelled")
        return mapped(brief)

    return task
