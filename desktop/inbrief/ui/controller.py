"""What the window does: load, analyse, resize the summary and export, off the UI thread."""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from inbrief.core.article import AnalysisOptions, Article
from inbrief.core.brief import Brief
from inbrief.core.errors import Cancelled, EmptyText, EncryptedPdf, InBriefError
from inbrief.core.textmap import Removed, TextMap
from inbrief.ui import exporting
from inbrief.ui.analysis_job import (
    Analysis,
    AnalyzeFn,
    LoadFn,
    analysis_task,
    default_analyze,
    default_load,
    default_warm_up,
    load_task,
    warm_up_task,
)
from inbrief.ui.job_slots import INPUT, READING, JobSlots
from inbrief.ui.summary_length import SummaryLength
from inbrief.ui.text_source import TextSource
from inbrief.ui.worker import IsCancelled, Progress, Runner, Task

if TYPE_CHECKING:
    from inbrief.core.entities.process import NameProcess

log = logging.getLogger(__name__)
DEBOUNCE_MS = 800
T = TypeVar("T")


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
    reference_reset = Signal()  # a new text: the reference date is the article's own again
    new_input = Signal()  # a paste, file or restored text replaces the text (not an edit)
    analysis_finished = Signal(object)  # the Analysis of analysed_text, as it arrived
    password_needed = Signal(str, bool)  # an encrypted PDF's path, the last password was wrong
    names_pending = Signal(bool)  # the brief shown has no names yet: the name model is loading
    _preview_ready = Signal(int, object)  # analysis number, Analysis without names (any thread)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        analyze: AnalyzeFn | None = None,
        load: LoadFn | None = None,
        warm_up: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.analyze_fn: AnalyzeFn = analyze or default_analyze
        self.load_fn: LoadFn = load or default_load
        # The warm-up's sample analysis only while the user's text has not started: it would
        # hold up that text's names (one spaCy call at a time) instead of speeding them up.
        self.warm_up_fn = warm_up if warm_up is not None else (
            lambda: default_warm_up(lambda: self._analyses == 0 and INPUT not in self.jobs))
        # The summary, keywords and timeline are shown before the names while the name model
        # loads (the first analysis after launch). An injected analyze may not take preview=.
        self.preview_names = analyze is None
        self.name_process: NameProcess | None = None
        self._analyses = 0  # analyses started: a preview of an older one is dropped
        self._names_pending = False
        self._preview_ready.connect(self._previewed)
        self.runner = Runner(self)
        self.text = ""  # the text the view shows, as it last told us
        self.jobs = JobSlots(self.runner, self.busy_changed.emit, self.progress.emit)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self._analyze(quiet=True))
        self.source = TextSource()  # the file's or paste's Article the text came from
        self.analysed_text: str | None = None
        self.base_brief: Brief | None = None
        self.brief: Brief | None = None
        self.offsets: TextMap | None = None
        self.removed: tuple[Removed, ...] = ()  # why text was left out, in the editor's text
        self.last_seconds = 0.0
        self.length = SummaryLength()
        self.algorithm = "auto"
        self.language = "auto"
        # The date the user typed for the current text; None: the article's own date.
        self.reference_date: dt.date | None = None
        # The title the user picked in the current text; "": the one the article has or the
        # cleaning finds.
        self.title = ""
        self.paper = ""

    # ------------------------------------------------------------------ input
    def text_edited(self, text: str) -> None:
        """Note a user edit: analyse once the text has stopped changing for a moment."""
        self.text = text
        if not text.strip():
            self._debounce.stop()
            self._stop(INPUT)
            self.source.article = None
            self.analysed_text = None
            self._set_brief(None)
            return
        if text == self.analysed_text:
            return
        if INPUT in self.jobs:
            # Work on an older text is of no use any more: stop it and drop its result.
            self._stop(INPUT)
            self.analysed_text = None
        self._debounce.start()

    def analyse_pasted(self) -> None:
        """Analyse an edit that was a plain-text paste at once (no typing pause to wait for)."""
        if self._debounce.isActive():
            self._analyze(quiet=True)

    def use_text(self, text: str, article: Article | None = None) -> None:
        """Take ``text`` (pasted, a restored draft) as new input, not from a file; analyse it.

        ``article`` is what a paste read from HTML: its title, byline and date apply while the
        text is the article's text. A reference date typed or a title picked for the previous
        text does not carry over to a new one (a paste into part of the text is an edit, and
        keeps them)."""
        self.text = text
        self.source = TextSource(article if article is not None and text == article.text else None)
        self.new_input.emit()
        if article is None or self.source.article is not None:
            self._drop_text_choices()
        self.analyze_now()

    def _drop_text_choices(self) -> None:
        """Forget the reference date and title chosen for the previous text."""
        self.reference_date = None
        self.title = ""
        self.reference_reset.emit()

    def read_input(self, label: str, task: Task[T], on_result: Callable[[T], None],
                   on_error: Callable[[BaseException], None]) -> None:
        """Read what the window will show as input (a pasted page) off the UI thread, the busy
        strip saying ``label``; a newer read replaces it, typing does not cancel it."""
        self._start(READING, label, task, on_result, on_error)

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
        self._start_analysis(self.source.article_for(text), text)

    def options(self) -> AnalysisOptions:
        """Return the analysis options the controls describe."""
        return AnalysisOptions(
            sentences=None if self.length.unit == "percent" else self.length.sentences,
            ratio=self.length.percent / 100 if self.length.unit == "percent" else None,
            algorithm=self.algorithm,
            language=self.language,
            reference_date=self.reference_date,
            title=self.title,
        )

    def _start_analysis(self, make_article: Callable[[], Article], editor_text: str) -> None:
        self._analyses += 1
        number = self._analyses
        preview = None
        if self.preview_names:
            def preview(analysis: Analysis) -> None:  # on the worker thread: a queued signal
                self._preview_ready.emit(number, analysis)

        task = analysis_task(make_article, editor_text, self.options(), self.analyze_fn, preview)
        self._start(INPUT, "Analysing…", task, self._analysed, self._analysis_failed)
        self.analysed_text = editor_text

    def open_file(
        self, path: str | Path, encoding: str | None = None, password: str | None = None
    ) -> None:
        """Load ``path`` off the UI thread (a text file in ``encoding`` when given, else in
        the encoding detected), show its text, then analyse it.

        An encrypted PDF that needs its password emits ``password_needed``; the view asks
        and calls again with ``password``."""
        self._debounce.stop()
        target = Path(path)
        task = load_task(self.load_fn, target, encoding, password)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, EncryptedPdf) and exc.needs_password:
                self.password_needed.emit(str(target), exc.wrong_password)
            else:
                self.report_failure(exc)

        self._start(INPUT, "Opening…", task, lambda article: self._loaded(article, str(target)),
                    failed)

    def _start(self, slot: str, label: str, task: Task[T], on_result: Callable[[T], None],
               on_error: Callable[[BaseException], None]) -> None:
        """Run ``task`` in ``slot`` in place of the slot's last job (the busy strip stays)."""
        self._stop(slot, update=False)
        self.jobs.start(slot, label, task, on_result, on_error)

    def _stop(self, slot: str, update: bool = True) -> None:
        """Cancel the job of ``slot``, if any."""
        if self.jobs.cancel(slot):
            if slot == INPUT:
                self._set_names_pending(False)
            if update:
                self.jobs.update_busy()

    def cancel(self) -> None:
        """Stop whatever runs (exports carry on); its result, if it still arrives, is dropped."""
        self._debounce.stop()
        self._stop(READING)
        self._stop(INPUT)
        self.analysed_text = None

    # --------------------------------------------------------------- controls
    def set_length(self, unit: str, value: int) -> None:
        """Set the summary length in sentences, percent or words; re-rank nothing, re-cut."""
        self.length.set(unit, value)
        self._recut()

    def set_avoid_quotations(self, avoid: bool) -> None:
        """Leave quotations out of the summary (or not); re-cut, no re-analysis."""
        self.length.avoid_quotations = avoid
        self._recut()

    def _recut(self) -> None:
        if self.base_brief is not None:
            self.brief = self.length.cut(self.base_brief)
            self.brief_changed.emit(self.brief)

    def restore_choices(self, *, unit: str, sentences: int, percent: int, algorithm: str,
                        paper: str, words: int = 100, avoid_quotations: bool = False) -> None:
        """Take the choices remembered from the last session (before any text is there)."""
        self.length.restore(unit=unit, sentences=sentences, percent=percent, words=words,
                            avoid_quotations=avoid_quotations)
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

    def set_title(self, title: str) -> None:
        """Use ``title`` (a line of the text: the headline the cleaning missed) as the
        brief's title while this text is shown; "" goes back to the article's own."""
        title = " ".join(title.split())
        if title != self.title:
            self.title = title
            self._reanalyse()

    def keep_text_choices(self, title: str, reference_date: dt.date | None) -> None:
        """Take the title picked and the reference date typed for the text shown (a library
        entry) without analysing it again: they apply when it is analysed next."""
        self.title, self.reference_date = title, reference_date

    def set_paper(self, paper: str) -> None:
        """Use ``paper`` ("" for the locale's, a4, letter) for the PDF brief."""
        self.paper = paper

    def _reanalyse(self) -> None:
        if self.text.strip():
            self._analyze(quiet=True)

    def use_name_process(self, names: NameProcess) -> None:
        """Find names in ``names``' child process (the window's; tests and injected analyses
        keep finding them here); shutdown() stops it."""
        self.name_process = names
        self.analyze_fn = functools.partial(default_analyze, names=names)
        self.warm_up_fn = lambda: default_warm_up(
            lambda: self._analyses == 0 and INPUT not in self.jobs, names=names)

    def warm_up(self) -> None:
        """Do the slow first-time loads in the background (after the window shows)."""
        # A failure is no news: the first analysis loads what it needs, just more slowly.
        self.runner.run(warm_up_task(self.warm_up_fn),
                        lambda seconds: log.debug("warm-up done (%.2f s)", seconds),
                        lambda _exc: None)

    # ----------------------------------------------------------------- output
    def export(self, kind: str, path: str | Path) -> None:
        """Write the current brief as ``kind`` (pdf, markdown, text, json) off the UI thread."""
        if self.brief is None:
            self.message.emit("info", "There is no brief to export yet.")
            return
        brief, paper, target = self.brief, self.paper, Path(path)

        def task(progress: Progress, cancelled: IsCancelled) -> str:
            # The brief shown carries the summary chosen (length, quotations left out).
            return exporting.export(kind, brief, target, summary_sentences=None, paper=paper)

        self.jobs.export(task, lambda note: self.exported.emit(kind, str(target), note),
                         self.report_failure)

    def summary_text(self) -> tuple[str, str]:
        """Return the summary as plain text and as HTML, for the clipboard."""
        if self.brief is None:
            return "", ""
        return exporting.summary_text(self.brief), exporting.summary_html(self.brief)

    # ----------------------------------------------------------------- results
    def _loaded(self, article: Article, path: str) -> None:
        self.source = TextSource(article, from_file=True, path=path)
        self.new_input.emit()
        self.text = article.text
        self._drop_text_choices()
        self.source_loaded.emit(article.text, path)
        self._start_analysis(lambda: article, article.text)

    def _previewed(self, number: int, analysis: Analysis) -> None:
        if number != self._analyses or INPUT not in self.jobs:
            return  # a newer analysis started, or this one was cancelled
        self._analysed(analysis)
        self._set_names_pending(True)
        log.debug("brief shown without names: summary, keywords, timeline (%.2f s)",
                  analysis.seconds)

    def _set_names_pending(self, pending: bool) -> None:
        if pending != self._names_pending:
            self._names_pending = pending
            self.names_pending.emit(pending)

    def _analysed(self, analysis: Analysis) -> None:
        complete = INPUT not in self.jobs  # the whole brief (a preview keeps the job running)
        if complete:
            self._set_names_pending(False)
            log.debug("brief complete (%.2f s)", analysis.seconds)
        self.last_seconds = analysis.seconds
        self.offsets = analysis.offsets
        self.removed = analysis.removed
        self._set_brief(analysis.brief)
        if complete:  # a preview without names is not what the library keeps
            self.analysis_finished.emit(analysis)

    def show_analysis(self, text: str, analysis: Analysis) -> None:
        """Show a kept ``analysis`` of ``text`` (a library entry) without analysing again."""
        self._debounce.stop()
        self._stop(INPUT)
        self.text = text
        self.source = TextSource()
        self._drop_text_choices()
        self.analysed_text = text
        self._analysed(analysis)

    def _analysis_failed(self, exc: BaseException) -> None:
        self._set_names_pending(False)
        self.analysed_text = None  # let the same text be retried
        if isinstance(exc, EmptyText):
            self._set_brief(None)
            self.message.emit("warning", str(exc))
        else:
            self.report_failure(exc)

    def report_failure(self, exc: BaseException) -> None:
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
            self.removed = ()
            self.analysis_cleared.emit()
            return
        self.brief = self.length.cut(brief)
        self.brief_changed.emit(self.brief)

    def shutdown(self) -> None:
        """Cancel all work and wait for the worker threads (window closing, tests)."""
        self._debounce.stop()
        self.jobs.clear()
        if self.name_process is not None:
            self.name_process.close()  # first: a request waiting for the child ends at once
        self.runner.shutdown()
