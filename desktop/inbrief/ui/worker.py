"""Run a task off the UI thread, then call back on it: ``Runner.run(task, on_result, on_error)``."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")
# A task receives (progress, is_cancelled): progress(stage, fraction 0..1), is_cancelled() -> bool.
Progress = Callable[[str, float], None]
IsCancelled = Callable[[], bool]
Task = Callable[[Progress, IsCancelled], T]
OnProgress = Callable[[str, float], object]


class JobSignals(QObject):
    """What jobs send back; the object lives on the UI thread, so its slots run there."""

    progress = Signal(object, str, float)  # job, stage, fraction
    finished = Signal(object, object)  # job, result
    failed = Signal(object, object)  # job, exception


class Job(QRunnable):
    """One task for the pool with its callbacks; ``cancel()`` asks it to stop."""

    def __init__(
        self,
        task: Task[Any],
        on_result: Callable[[Any], object],
        on_error: Callable[[BaseException], object],
        on_progress: OnProgress | None,
        signals: JobSignals,
    ) -> None:
        super().__init__()
        self._task = task
        self.on_result = on_result
        self.on_error = on_error
        self.on_progress = on_progress
        self._signals = signals
        self._cancel = threading.Event()
        self._last_report = 0.0
        self._last_stage = ""
        # The pool must not delete the C++ object while Python still holds this Job.
        self.setAutoDelete(False)

    def cancel(self) -> None:
        """Ask the task to stop at its next check; none of its callbacks will run any more."""
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._task(self._report, self._cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the UI thread
            self._signals.failed.emit(self, exc)
        else:
            self._signals.finished.emit(self, result)

    def _report(self, stage: str, fraction: float) -> None:
        if self.on_progress is None:
            return
        # Each report is an event queued to the UI thread; a flood of them starves its timers
        # and repaints, so pass on at most ~30 a second (plus every change of stage and 100%).
        now = time.monotonic()
        if stage == self._last_stage and fraction < 1.0 and now - self._last_report < 0.033:
            return
        self._last_report, self._last_stage = now, stage
        self._signals.progress.emit(self, stage, float(fraction))


class Runner(QObject):
    """Start tasks on a private pool; each job's callbacks run on the UI thread."""

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._jobs: list[Job] = []
        self._signals = JobSignals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)

    def run(
        self,
        task: Task[T],
        on_result: Callable[[T], object],
        on_error: Callable[[BaseException], object],
        on_progress: OnProgress | None = None,
    ) -> Job:
        """Queue ``task``; call ``on_result(result)`` or ``on_error(exception)`` when it ends.

        The callbacks (and ``on_progress``) run on the UI thread, and never once the job is
        cancelled: a result that arrives after ``Job.cancel()`` is dropped.
        """
        job = Job(task, on_result, on_error, on_progress, self._signals)
        self._jobs.append(job)
        self.pool.start(job)
        return job

    def busy(self) -> bool:
        """Return True while a job runs (a cancelled one too, until its thread lets go)."""
        return bool(self._jobs)

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Cancel every job and wait for the threads; return True when all stopped."""
        for job in self._jobs:
            job.cancel()
        return bool(self.pool.waitForDone(timeout_ms))

    def _on_progress(self, job: Job, stage: str, fraction: float) -> None:
        if job.on_progress is not None and not job.cancelled():
            job.on_progress(stage, fraction)

    def _on_finished(self, job: Job, result: object) -> None:
        self._jobs.remove(job)
        if not job.cancelled():
            job.on_result(result)

    def _on_failed(self, job: Job, exc: BaseException) -> None:
        self._jobs.remove(job)
        if not job.cancelled():
            job.on_error(exc)
