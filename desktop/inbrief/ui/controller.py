"""What the window does: load, analyse, resize the summary and export, off the UI thread."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QObject, QTimer, Signal

from inbrief.core.article import AnalysisOptions, Article
from inbrief.core.brief import Brief
from inbrief.core.errors import Cancelled, EmptyText, InBriefError
from inbrief.core.textmap import TextMap
from inbrief.ui import exporting
from inbrief.ui.worker import Cancelled as CancelledCheck
from inbrief.ui.worker import Progress, Runner

AnalyzeFn = Callable[..., Brief]
LoadFn = Callable[[Path], Article]
DEBOUNCE_MS = 800


def _default_analyze(article: Article, options: AnalysisOptions, progress: Any = None,
                     cancel: Any = None) -> Brief:
    from inbrief.core.pipeline import analyze

    return analyze(article, options, progress, cancel)


def _default_load(path: Path) -> Article:
    from inbrief.core.ingest import load_path

    return load_path(path)


def _default_warm_up() -> None:
    from inbrief.core.pipeline import warm_up

    warm_up()


def _load_text(text: str) -> Article:
    from inbrief.core.ingest import load_text

    return load_text(text)


def _editor_map(editor_text: str, given: str, brief: Brief) -> TextMap:
    """Return where Brief.text sits in the editor's text: through the Article's text (typed or
    pasted text loses trailing spaces and surplus blank lines there), then through cleaning."""
    analysed = brief.text_map or TextMap.between(given, brief.text)
    return TextMap.between(editor_text, given).then(analysed)


@dataclass(frozen=True)
class Analysis:
    """What one analysis job hands back to the UI thread."""

    brief: Brief
    offsets: TextMap  # Brief.text in the editor's text
    editor_text: str
    seconds: float


class Controller(QObject):
    """The window's behaviour; the view feeds it text and events and draws what it emits."""

    source_loaded = Signal(str, str)  # text to show in the editor, file path
    brief_changed = Signal(object)  # the Brief currently shown (summary length applied)
    analysis_cleared = Signal()
    busy_changed = Signal(bool, str)  # busy, what is running ("Analysing…")
    progress = Signal(str, float)
    message = Signal(str, str)  # kind (error, info, warning), text a person understands
    unexpected = Signal(object)  # an exception that is a bug: the view shows details
    exported = Signal(str, str)  # kind, path

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        analyze: AnalyzeFn | None = None,
        load: LoadFn | None = None,
        warm_up: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.analyze_fn: AnalyzeFn = analyze or _default_analyze
        self.load_fn: LoadFn = load or _default_load
        self.warm_up_fn = warm_up if warm_up is not None else _default_warm_up
        self.runner = Runner(self)
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.text_source: Callable[[], str] = lambda: ""
        self.generation = 0  # bumped by new input: results of older jobs are dropped
        self.analysis_count = 0  # analyses started (tests assert resizing never adds one)
        self._jobs: dict[int, tuple[str, int]] = {}  # job id -> (kind, generation)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.analyze_now_quietly)
        self.file_article: Article | None = None  # metadata of the loaded file, if any
        self.file_path: str = ""
        self.analysed_text: str | None = None
        self.base_brief: Brief | None = None
        self.brief: Brief | None = None
        self.offsets: TextMap | None = None
        self.last_seconds = 0.0
        self.summary_length = 5  # in sentences, when length_unit is "sentences"
        self.summary_percent = 20  # of the sentences, when length_unit is "percent"
        self.length_unit = "sentences"
        self._pending_path = ""
        self.algorithm = "auto"
        self.language = "auto"
        self.reference_date: dt.date | None = None  # None: publication date, else today
        self.paper = ""

    # ------------------------------------------------------------------ input
    def text_edited(self, text: str) -> None:
        """Note a user edit: analyse once the text has stopped changing for a moment."""
        if not text.strip():
            self._debounce.stop()
            self.generation += 1
            self._cancel_work()
            self.file_article = None
            self.file_path = ""
            self.analysed_text = None
            self._set_brief(None)
            self._update_busy()
            return
        if text == self.analysed_text:
            return
        if any(kind in ("analysis", "load") for kind, _ in self._jobs.values()):
            # Work on an older text is of no use any more: stop it and drop its result.
            self.generation += 1
            self._cancel_work()
            self.analysed_text = None
        self._debounce.start()

    def analyze_now(self) -> None:
        """Analyse the editor's text now; say so when there is nothing to analyse."""
        self._analyze(quiet=False)

    def analyze_now_quietly(self) -> None:
        self._analyze(quiet=True)

    def _analyze(self, quiet: bool) -> None:
        self._debounce.stop()
        text = self.text_source()
        if not text.strip():
            if not quiet:
                self.message.emit("info", "There is no text to summarise yet: paste, type or "
                                          "open an article.")
            return
        article = self._article_for(text)
        self._start_analysis(article, text)

    def _article_for(self, text: str) -> Callable[[], Article]:
        """Return how to build the Article for ``text`` (in the worker: parsing may be slow)."""
        meta = self.file_article
        if meta is not None and text == meta.text:
            return lambda: meta
        if meta is not None:
            # The user edited a loaded file: keep its title, date and source.
            return lambda: dataclasses.replace(meta, text=text)
        return lambda: _load_text(text)

    def options(self) -> AnalysisOptions:
        """Return the analysis options the controls describe."""
        return AnalysisOptions(
            sentences=None if self.length_unit == "percent" else self.summary_length,
            ratio=self.summary_percent / 100 if self.length_unit == "percent" else None,
            algorithm=self.algorithm,
            language=self.language,
            reference_date=self.reference_date,
        )

    def _start_analysis(self, make_article: Callable[[], Article], editor_text: str) -> None:
        self.generation += 1
        self._cancel_work()
        self.analysis_count += 1
        options = self.options()
        analyze = self.analyze_fn

        def task(progress: Progress, cancelled: CancelledCheck) -> Analysis:
            started = time.perf_counter()
            article = make_article()
            brief = analyze(article, options, progress, cancelled)
            if cancelled():
                raise Cancelled("Analysis cancelled")
            offsets = _editor_map(editor_text, article.text, brief)
            return Analysis(brief, offsets, editor_text, time.perf_counter() - started)

        job = self.runner.start(task)
        self._jobs[job.job_id] = ("analysis", self.generation)
        self.analysed_text = editor_text
        self._update_busy()

    def open_file(self, path: str | Path) -> None:
        """Load ``path`` off the UI thread, show its text, then analyse it."""
        self._debounce.stop()
        self.generation += 1
        self._cancel_work()
        load = self.load_fn
        target = Path(path)

        def task(progress: Progress, cancelled: CancelledCheck) -> Article:
            progress("load", 0.0)
            return load(target)

        job = self.runner.start(task)
        self._jobs[job.job_id] = ("load", self.generation)
        self._pending_path = str(target)
        self._update_busy()

    def _cancel_work(self) -> None:
        """Cancel running analyses and loads (exports carry on)."""
        for job_id, (kind, _generation) in self._jobs.items():
            if kind in ("analysis", "load"):
                self.runner.cancel(job_id)

    def cancel(self) -> None:
        """Stop whatever runs; its result, if it still arrives, is dropped."""
        self._debounce.stop()
        self.generation += 1
        self._cancel_work()
        self.analysed_text = None
        self._jobs = {k: v for k, v in self._jobs.items() if v[0] == "export"}
        self._update_busy()

    # --------------------------------------------------------------- controls
    def summary_count(self, brief: Brief | None = None) -> int:
        """Return how many summary sentences the chosen length gives for ``brief``."""
        brief = brief or self.base_brief
        if self.length_unit != "percent":
            return self.summary_length
        total = len(brief.sentences) if brief is not None else 0
        return max(1, round(total * self.summary_percent / 100))

    def set_summary_length(self, count: int) -> None:
        """Show ``count`` summary sentences from the scores already in the Brief."""
        self.set_length("sentences", count)

    def set_length(self, unit: str, value: int) -> None:
        """Set the summary length in sentences or percent; re-rank nothing, just re-cut."""
        self.length_unit = "percent" if unit == "percent" else "sentences"
        if self.length_unit == "percent":
            self.summary_percent = max(1, min(100, value))
        else:
            self.summary_length = max(1, value)
        if self.base_brief is not None:
            self.brief = self.base_brief.with_summary_length(self.summary_count())
            self.brief_changed.emit(self.brief)

    def set_algorithm(self, name: str) -> None:
        if name != self.algorithm:
            self.algorithm = name
            self._reanalyse()

    def set_language(self, code: str) -> None:
        if code != self.language:
            self.language = code
            self._reanalyse()

    def set_reference_date(self, date: dt.date | None) -> None:
        if date != self.reference_date:
            self.reference_date = date
            self._reanalyse()

    def _reanalyse(self) -> None:
        if self.text_source().strip():
            self.analyze_now_quietly()

    def warm_up(self) -> None:
        """Do the slow first-time loads in the background (after the window shows)."""
        warm = self.warm_up_fn

        def task(progress: Progress, cancelled: CancelledCheck) -> None:
            warm()

        job = self.runner.start(task)
        self._jobs[job.job_id] = ("warm-up", self.generation)

    # ----------------------------------------------------------------- output
    def export(self, kind: str, path: str | Path) -> None:
        """Write the current brief as ``kind`` (pdf, markdown, text, json) off the UI thread."""
        if self.brief is None:
            self.message.emit("info", "There is no brief to export yet.")
            return
        brief, count, paper, target = self.brief, self.summary_count(), self.paper, Path(path)

        def task(progress: Progress, cancelled: CancelledCheck) -> tuple[str, str, str]:
            note = exporting.export(kind, brief, target, summary_sentences=count, paper=paper)
            return kind, str(target), note

        job = self.runner.start(task)
        self._jobs[job.job_id] = ("export", self.generation)
        self._update_busy()

    def summary_text(self) -> tuple[str, str]:
        """Return the summary as plain text and as HTML, for the clipboard."""
        if self.brief is None:
            return "", ""
        return exporting.summary_text(self.brief), exporting.summary_html(self.brief)

    # ----------------------------------------------------------------- results
    def _on_progress(self, job_id: int, stage: str, fraction: float) -> None:
        kind, generation = self._jobs.get(job_id, ("", -1))
        if kind in ("analysis", "load") and generation == self.generation:
            self.progress.emit(stage, fraction)

    def _on_finished(self, job_id: int, result: object) -> None:
        kind, generation = self._jobs.pop(job_id, ("", -1))
        self._update_busy()
        if kind == "export":
            name, path, note = cast("tuple[str, str, str]", result)
            self.exported.emit(name, path)
            self.message.emit("info", f"Saved {Path(path).name}." + (f" {note}" if note else ""))
            return
        if generation != self.generation:
            return  # stale: newer input arrived meanwhile
        if kind == "load":
            article: Article = result  # type: ignore[assignment]
            self.file_article = article
            self.file_path = self._pending_path
            self.reference_date = None
            self.source_loaded.emit(article.text, self.file_path)
            self._start_analysis(lambda: article, article.text)
        elif kind == "analysis":
            analysis: Analysis = result  # type: ignore[assignment]
            self.last_seconds = analysis.seconds
            self.offsets = analysis.offsets
            self._set_brief(analysis.brief)

    def _on_failed(self, job_id: int, exc: object) -> None:
        kind, generation = self._jobs.pop(job_id, ("", -1))
        self._update_busy()
        if kind == "warm-up":
            return  # the first analysis will load what it needs, just more slowly
        if kind != "export" and generation != self.generation:
            return
        if kind == "analysis":
            self.analysed_text = None  # let the same text be retried
        if isinstance(exc, Cancelled):
            self.message.emit("info", "Cancelled.")
        elif isinstance(exc, EmptyText) and kind == "analysis":
            self._set_brief(None)
            self.message.emit("warning", str(exc))
        elif isinstance(exc, (InBriefError, OSError)):
            text = str(exc)
            if isinstance(exc, OSError) and not isinstance(exc, FileExistsError):
                text = f"Could not write the file: {exc.strerror or exc}"
            self.message.emit("error", text)
        else:
            self.unexpected.emit(exc)

    def _set_brief(self, brief: Brief | None) -> None:
        self.base_brief = brief
        if brief is None:
            self.brief = None
            self.offsets = None
            self.analysis_cleared.emit()
            return
        self.brief = brief.with_summary_length(self.summary_count(brief))
        self.brief_changed.emit(self.brief)

    def _update_busy(self) -> None:
        kinds = [kind for kind, _ in self._jobs.values() if kind != "warm-up"]
        if not kinds:
            self.busy_changed.emit(False, "")
        elif "load" in kinds:
            self.busy_changed.emit(True, "Opening…")
        elif "analysis" in kinds:
            self.busy_changed.emit(True, "Analysing…")
        else:
            self.busy_changed.emit(True, "Exporting…")

    def shutdown(self) -> None:
        """Cancel all work and wait for the worker threads (window closing, tests)."""
        self._debounce.stop()
        self.generation += 1
        self.runner.shutdown()
