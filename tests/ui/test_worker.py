"""The worker: each job's callbacks run on the UI thread; cancelled jobs call back nothing."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QThread

from inbrief.core.errors import Cancelled, UnsupportedFile
from inbrief.ui.worker import IsCancelled, Progress, Runner


@pytest.fixture
def runner(qtbot: Any) -> Iterator[Runner]:
    made = Runner()
    yield made
    assert made.shutdown()
    assert made.pool.activeThreadCount() == 0


def _ui_thread() -> QThread:
    app = QCoreApplication.instance()
    assert app is not None
    return app.thread()


def test_result_callback_runs_on_the_ui_thread(qtbot: Any, runner: Runner) -> None:
    ran_on: list[QThread] = []
    results: list[tuple[int, QThread]] = []
    errors: list[BaseException] = []

    def task(progress: Progress, cancelled: IsCancelled) -> int:
        ran_on.append(QThread.currentThread())
        return 42

    runner.run(task, lambda value: results.append((value, QThread.currentThread())),
               errors.append)
    assert runner.busy()
    qtbot.waitUntil(lambda: bool(results), timeout=5_000)
    value, thread = results[0]
    assert value == 42
    assert thread == _ui_thread()
    assert ran_on and ran_on[0] != _ui_thread()  # the task itself never runs on the UI thread
    assert errors == []
    assert not runner.busy()


def test_error_callback_gets_our_exception_on_the_ui_thread(qtbot: Any, runner: Runner) -> None:
    results: list[object] = []
    errors: list[tuple[BaseException, QThread]] = []
    raised = UnsupportedFile("notes.xyz is not a format InBrief reads.")

    def task(progress: Progress, cancelled: IsCancelled) -> object:
        raise raised

    runner.run(task, results.append,
               lambda exc: errors.append((exc, QThread.currentThread())))
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    exc, thread = errors[0]
    assert exc is raised and isinstance(exc, UnsupportedFile)
    assert thread == _ui_thread()
    assert results == []
    assert not runner.busy()


def test_cancel_stops_the_task_and_calls_nothing_back(qtbot: Any, runner: Runner) -> None:
    started, stopped = threading.Event(), threading.Event()
    called: list[object] = []

    def task(progress: Progress, cancelled: IsCancelled) -> str:
        started.set()
        deadline = time.monotonic() + 5.0
        while not cancelled():
            if time.monotonic() > deadline:
                return "never cancelled"
            progress("work", 0.5)
            time.sleep(0.005)
        stopped.set()
        raise Cancelled("Work cancelled")

    job = runner.run(task, called.append, called.append, lambda *report: called.append(report))
    assert started.wait(5.0)
    job.cancel()
    assert job.cancelled()
    assert stopped.wait(2.0)  # the task saw the request at its next check
    qtbot.waitUntil(lambda: not runner.busy(), timeout=2_000)
    qtbot.wait(50)
    assert called == []  # no progress, no result, no error once cancelled


def test_a_result_arriving_after_cancel_is_dropped(qtbot: Any, runner: Runner) -> None:
    # The stale job ignores the request to stop and finishes after the newer one: its result
    # must still never reach its callback.
    release = threading.Event()
    old: list[str] = []
    new: list[str] = []

    def slow(progress: Progress, cancelled: IsCancelled) -> str:
        release.wait(5.0)
        return "old"

    def quick(progress: Progress, cancelled: IsCancelled) -> str:
        return "new"

    stale = runner.run(slow, old.append, old.append)
    stale.cancel()
    runner.run(quick, new.append, new.append)
    qtbot.waitUntil(lambda: new == ["new"], timeout=5_000)
    assert runner.busy()  # the stale job still runs
    release.set()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5_000)
    assert old == []


def test_shutdown_waits_for_running_jobs(qtbot: Any) -> None:
    runner = Runner()
    finished = threading.Event()

    def task(progress: Progress, cancelled: IsCancelled) -> None:
        time.sleep(0.3)  # does not look at cancelled(): shutdown must wait for it anyway
        finished.set()

    runner.run(task, lambda _r: None, lambda _e: None)
    assert runner.shutdown()
    assert finished.is_set()
    assert runner.pool.activeThreadCount() == 0


def test_progress_flood_is_throttled_and_reaches_the_ui_thread(
    qtbot: Any, runner: Runner
) -> None:
    reports: list[tuple[str, float, QThread]] = []
    results: list[str] = []

    def task(progress: Progress, cancelled: IsCancelled) -> str:
        started = time.monotonic()
        for i in range(20_000):
            progress("summary", i / 20_000)
        progress("summary", 1.0)
        return f"{time.monotonic() - started:.3f}"

    runner.run(task, results.append, lambda exc: None,
               lambda stage, fraction: reports.append((stage, fraction,
                                                       QThread.currentThread())))
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    elapsed = float(results[0])
    assert len(reports) <= 2 + elapsed / 0.033 + 1
    assert reports[-1][:2] == ("summary", 1.0)  # the final 100% is never dropped
    assert all(thread == _ui_thread() for _s, _f, thread in reports)
