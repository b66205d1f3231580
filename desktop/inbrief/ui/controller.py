"""What the window does: load, analyse, resize the summary and export, off the UI thread."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from inbrief.core.article import AnalysisOptions, Article
from inbrief.core.brief import Brief
from inbrief.core.errors import Cancelled, EmptyText, InBriefError
from inbrief.core.textmap import TextMap
from inbrief.ui import exporting
from inbrief.ui.worker import IsCancelled, Job, Progress, Runner, Task

AnalyzeFn = Callable[..., Brief]
LoadFn = Callable[[Path], Article]
PasteFn = Callable[[str, str], tuple[str, Article]]  # (text, html) -> (plain text, Article)
DEBOUNCE_MS = 800
T = TypeVar("T")


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


def _default_paste(text: str, html: str) -> tuple[str, Article]:
    from inbrief.core.ingest import load_paste
    from inbrief.core.ingest.paste import clipboard_html, visible_text

    plain = text if text.strip() else visible_text(clipboard_html(html))
    return plain, load_paste(text, html)


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
    exported = Signal(str, str, str)  # kind, path, a note for the reader ("" when none)
    paste_read = Signal(str, object)  # the clipboard's plain text, the Article of the paste

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        analyze: AnalyzeFn | None = None,
        load: LoadFn | None = None,
        warm_up: Callable[[], None] | None = None,
        paste: PasteFn | None = None,
    ) -> None:
        super().__init__(parent)
        self.analyze_fn: AnalyzeFn = analyze or _default_analyze
        self.load_fn: LoadFn = load or _default_load
        self.warm_up_fn = warm_up if warm_up is not None else _default_warm_up
        self.paste_fn: PasteFn = paste or _default_paste
        self._paste: Job | None = None  # reading a pasted page; typing does not cancel it
        self.runner = Runner(self)
        self.text = ""  # the text the view shows, as it last told us
        # The load or analysis whose result the window waits for (starting one cancels the
        # last, and a cancelled job's result never arrives), and what the busy strip says.
        self._input: Job | None = None
        self._input_label = ""
        self._exports = 0  # exports still writing
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self._analyze(quiet=True))
        self._file_article: Article | None = None  # metadata of the loaded file, if any
        self.analysed_text: str | None = None
        self.base_brief: Brief | None = None
        self.brief: Brief | None = None
        self.offsets: TextMap | None = None
        self.last_seconds = 0.0
        self.summary_length = 5  # in sentences, when length_unit is "sentences"
        self.summary_percent = 20  # of the sentences, when length_unit is "percent"
        self.length_unit = "sentences"
        self.algorithm = "auto"
        self.language = "auto"
        # The date the user typed for the current text; None: the article's own date.
        self.reference_date: dt.date | None = None
        self.paper = ""

    # ------------------------------------------------------------------ input
    def text_edited(self, text: str) -> None:
        """Note a user edit: analyse once the text has stopped changing for a moment."""
        self.text = text
        if not text.strip():
            self._debounce.stop()
            self._cancel_input()
            self._file_article = None
            self.analysed_text = None
            self._set_brief(None)
            return
        if text == self.analysed_text:
            return
        if self._input is not None:
            # Work on an older text is of no use any more: stop it and drop its result.
            self._cancel_input()
            self.analysed_text = None
        self._debounce.start()

    def use_text(self, text: str) -> None:
        """Take ``text`` (pasted, a restored draft) as new input, not from a file; analyse it.

        A reference date typed for the previous text does not carry over: the new text starts
        from its own date (edits of the same text keep it: see text_edited)."""
        self.text = text
        self._file_article = None
        self.reference_date = None
        self.analyze_now()

    def use_article(self, article: Article, text: str) -> None:
        """Take the editor's ``text`` after a paste of ``article``; keep its title, byline and
        date while the text is the article's (as for an opened file); analyse it."""
        self.text = text
        self._file_article = article if text == article.text else None
        self.analyze_now()

    def read_paste(self, text: str, html: str) -> None:
        """Read a paste with HTML off the UI thread; emit ``paste_read`` with what to show."""
        if self._paste is not None:
            self._paste.cancel()  # a newer paste replaces it
        paste = self.paste_fn

        def task(progress: Progress, cancelled: IsCancelled) -> tuple[str, Article]:
            progress("load", 0.0)
            return paste(text, html)

        def done(result: tuple[str, Article]) -> None:
            self._paste = None
            self._update_busy()
            self.paste_read.emit(*result)

        def failed(exc: BaseException) -> None:
            self._paste = None
            self._update_busy()
            if isinstance(exc, EmptyText):
                self.message.emit("info", "The clipboard holds no text to paste.")
            else:
                self._report_failure(exc)

        self._paste = self.runner.run(task, done, failed)
        self._update_busy()

    def analyze_now(self) -> None:
        """Analyse the text now; say so when there is nothing to analyse."""
        self._analyze(quiet=False)

    def _analyze(self, quiet: bool) -> None:
        self._debounce.stop()
        text = self.text
        if not text.strip():
            if not quiet:
                self.message.emit("info", "There is no text to summarise yet: paste, type or "
                                          "open an article.")
            return
        article = self._article_for(text)
        self._start_analysis(article, text)

    def _article_for(self, text: str) -> Callable[[], Article]:
        """Return how to build the Article for ``text`` (in the worker: parsing may be slow)."""
        meta = self._file_article
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
        options = self.options()
        analyze = self.analyze_fn

        def task(progress: Progress, cancelled: IsCancelled) -> Analysis:
            started = time.perf_counter()
            article = make_article()
            brief = analyze(article, options, progress, cancelled)
            if cancelled():
                raise Cancelled("Analysis cancelled")
            offsets = _editor_map(editor_text, article.text, brief)
            return Analysis(brief, offsets, time.perf_counter() - started)

        self._start_input("Analysing…", task, self._analysed, self._analysis_failed)
        self.analysed_text = editor_text

    def open_file(self, path: str | Path) -> None:
        """Load ``path`` off the UI thread, show its text, then analyse it."""
        self._debounce.stop()
        load = self.load_fn
        target = Path(path)

        def task(progress: Progress, cancelled: IsCancelled) -> Article:
            progress("load", 0.0)
            return load(target)

        self._start_input("Opening…", task, lambda article: self._loaded(article, str(target)),
                          self._report_failure)

    def _start_input(self, label: str, task: Task[T], on_result: Callable[[T], None],
                     on_error: Callable[[BaseException], None]) -> None:
        """Run the load or analysis the window now waits for, in place of any older one."""
        if self._input is not None:
            self._input.cancel()  # the busy strip stays: the new job takes its place

        def finished(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                self._input = None
                self._update_busy()
                callback(value)
            return call

        self._input = self.runner.run(task, finished(on_result), finished(on_error),
                                      self.progress.emit)
        self._input_label = label
        self._update_busy()

    def _cancel_input(self) -> None:
        """Cancel the running load or analysis, if any (exports carry on)."""
        if self._input is not None:
            self._input.cancel()
            self._input = None
            self._update_busy()

    def cancel(self) -> None:
        """Stop whatever runs; its result, if it still arrives, is dropped."""
        self._debounce.stop()
        self._cancel_input()
        self.analysed_text = None

    # --------------------------------------------------------------- controls
    def summary_count(self, brief: Brief | None = None) -> int:
        """Return how many summary sentences the chosen length gives for ``brief``."""
        brief = brief or self.base_brief
        if self.length_unit != "percent":
            return self.summary_length
        total = len(brief.sentences) if brief is not None else 0
        return max(1, round(total * self.summary_percent / 100))

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

    def restore_choices(self, *, unit: str, sentences: int, percent: int, algorithm: str,
                        paper: str) -> None:
        """Take the choices remembered from the last session (before any text is there)."""
        self.summary_length = max(1, sentences)
        self.summary_percent = max(1, min(100, percent))
        self.length_unit = "percent" if unit == "percent" else "sentences"
        self.algorithm = algorithm
        self.paper = paper

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

    def set_paper(self, paper: str) -> None:
        """Use ``paper`` ("" for the locale's, a4, letter) for the PDF brief."""
        self.paper = paper

    def _reanalyse(self) -> None:
        if self.text.strip():
            self._analyze(quiet=True)

    def warm_up(self) -> None:
        """Do the slow first-time loads in the background (after the window shows)."""
        warm = self.warm_up_fn

        def task(progress: Progress, cancelled: IsCancelled) -> None:
            warm()

        # A failure is no news: the first analysis loads what it needs, just more slowly.
        self.runner.run(task, lambda _none: None, lambda _exc: None)

    # ----------------------------------------------------------------- output
    def export(self, kind: str, path: str | Path) -> None:
        """Write the current brief as ``kind`` (pdf, markdown, text, json) off the UI thread."""
        if self.brief is None:
            self.message.emit("info", "There is no brief to export yet.")
            return
        brief, count, paper, target = self.brief, self.summary_count(), self.paper, Path(path)

        def task(progress: Progress, cancelled: IsCancelled) -> str:
            return exporting.export(kind, brief, target, summary_sentences=count, paper=paper)

        def written(note: str) -> None:
            self._export_ended()
            self.exported.emit(kind, str(target), note)

        def failed(exc: BaseException) -> None:
            self._export_ended()
            self._report_failure(exc)

        self.runner.run(task, written, failed)
        self._exports += 1
        self._update_busy()

    def _export_ended(self) -> None:
        self._exports -= 1
        self._update_busy()

    def summary_text(self) -> tuple[str, str]:
        """Return the summary as plain text and as HTML, for the clipboard."""
        if self.brief is None:
            return "", ""
        return exporting.summary_text(self.brief), exporting.summary_html(self.brief)

    # ----------------------------------------------------------------- results
    def _loaded(self, article: Article, path: str) -> None:
        self._file_article = article
        self.text = article.text
        self.reference_date = None
        self.source_loaded.emit(article.text, path)
        self._start_analysis(lambda: article, article.text)

    def _analysed(self, analysis: Analysis) -> None:
        self.last_seconds = analysis.seconds
        self.offsets = analysis.offsets
        self._set_brief(analysis.brief)

    def _analysis_failed(self, exc: BaseException) -> None:
        self.analysed_text = None  # let the same text be retried
        if isinstance(exc, EmptyText):
            self._set_brief(None)
            self.message.emit("warning", str(exc))
        else:
            self._report_failure(exc)

    def _report_failure(self, exc: BaseException) -> None:
        """Say what went wrong in words, or hand a bug to the view's error dialog."""
        if isinstance(exc, Cancelled):
            self.message.emit("info", "Cancelled.")
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
        if self._paste is not None:
            self.busy_changed.emit(True, "Reading the pasted page…")
        elif self._input is not None:
            self.busy_changed.emit(True, self._input_label)
        elif self._exports:
            self.busy_changed.emit(True, "Exporting…")
        else:
            self.busy_changed.emit(False, "")

    def shutdown(self) -> None:
        """Cancel all work and wait for the worker threads (window closing, tests)."""
        self._debounce.stop()
        self._input = self._paste = None
        self.runner.shutdown()
