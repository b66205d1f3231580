"""Run a callable on a QThreadPool with progress and cancel; results arrive on the UI thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

# The callable receives (progress, cancelled): progress(stage, fraction 0..1), cancelled() -> bool.
Progress = Callable[[str, float], None]
Cancelled = Callable[[], bool]
Task = Callable[[Progress, Cancelled], Any]


class JobSignals(QObject):
    """Signals of one job; the object lives on the UI thread so slots run there."""

    progress = Signal(int, str, float)  # job id, stage, fraction
    finished = Signal(int, object)  # job id, result
    failed = Signal(int, object)  # job id, exception


class Job(QRunnable):
    """One task for the pool; ``cancel()`` asks it to stop at its next check."""

    def __init__(self, job_id: int, task: Task, signals: JobSignals) -> None:
        super().__init__()
        self.job_id = job_id
        self._task = task
        self.signals = signals
        self._cancel = threading.Event()
        self._last_report = 0.0
        self._last_stage = ""
        # The pool must not delete the C++ object while Python still holds this Job.
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._task(self._report, self._cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the UI thread
            self.signals.failed.emit(self.job_id, exc)
        else:
            self.signals.finished.emit(self.job_id, result)

    def _report(self, stage: str, fraction: float) -> None:
        # Each report is an event queued to the UI thread; a flood of them starves its timers
        # and repaints, so pass on at most ~30 a second (plus every change of stage and 100%).
        now = time.monotonic()
        if stage == self._last_stage and fraction < 1.0 and now - self._last_report < 0.033:
            return
        self._last_report, self._last_stage = now, stage
        self.signals.progress.emit(self.job_id, stage, float(fraction))


class Runner(QObject):
    """Start jobs on a private pool and route their signals to callbacks on the UI thread."""

    progress = Signal(int, str, float)
    finished = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._jobs: dict[int, Job] = {}
        self._next_id = 0
        self._signals = JobSignals(self)
        self._signals.progress.connect(self.progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)

    def start(self, task: Task) -> Job:
        """Queue ``task`` and return its Job (its id comes back with every signal)."""
        self._next_id += 1
        job = Job(self._next_id, task, self._signals)
        self._jobs[job.job_id] = job
        self.pool.start(job)
        return job

    def busy(self) -> bool:
        return bool(self._jobs)

    def cancel(self, job_id: int) -> None:
        job = self._jobs.get(job_id)
        if job is not None:
            job.cancel()

    def cancel_all(self) -> None:
        for job in self._jobs.values():
            job.cancel()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Cancel every job and wait for the threads; return True when all stopped."""
        self.cancel_all()
        return bool(self.pool.waitForDone(timeout_ms))

    def _on_finished(self, job_id: int, result: object) -> None:
        self._jobs.pop(job_id, None)
        self.finished.emit(job_id, result)

    def _on_failed(self, job_id: int, exc: object) -> None:
        self._jobs.pop(job_id, None)
        self.failed.emit(job_id, exc)
