"""The jobs the window waits for, one per slot, and what the busy strip says about them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from inbrief.ui.worker import Job, OnProgress, Runner, Task

T = TypeVar("T")
INPUT, READING = "input", "reading"  # job slots: the load or analysis; a pasted page


class JobSlots:
    """The jobs the window waits for, by slot (INPUT: the load or analysis, which reports
    progress; READING: a pasted page, which typing does not cancel), and the exports writing.

    Starting a job cancels its slot's last one; a cancelled job's result never arrives."""

    def __init__(self, runner: Runner, busy: Callable[[bool, str], None],
                 progress: OnProgress) -> None:
        self.runner = runner
        self._busy = busy  # called with (busy, what is running) whenever that may change
        self._progress = progress
        self._jobs: dict[str, tuple[Job, str]] = {}  # slot -> (job, what the busy strip says)
        self._exports = 0  # exports still writing

    def __contains__(self, slot: str) -> bool:
        return slot in self._jobs

    def start(self, slot: str, label: str, task: Task[T], on_result: Callable[[T], None],
              on_error: Callable[[BaseException], None]) -> None:
        """Run ``task`` in ``slot`` (the busy strip saying ``label``); the slot must be free."""

        def finished(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                self._jobs.pop(slot, None)
                self.update_busy()
                callback(value)
            return call

        progress = self._progress if slot == INPUT else None
        job = self.runner.run(task, finished(on_result), finished(on_error), progress)
        self._jobs[slot] = (job, label)
        self.update_busy()

    def cancel(self, slot: str) -> bool:
        """Cancel the job of ``slot``; return False when there was none."""
        running = self._jobs.pop(slot, None)
        if running is None:
            return False
        running[0].cancel()
        return True

    def clear(self) -> None:
        """Forget every slot's job (the runner's shutdown cancels them)."""
        self._jobs.clear()

    def export(self, task: Task[T], on_result: Callable[[T], None],
               on_error: Callable[[BaseException], None]) -> None:
        """Run an export ``task``: it carries on beside the slots' jobs, and the busy strip
        says so while nothing else runs."""

        def ended(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                self._exports -= 1
                self.update_busy()
                callback(value)
            return call

        self.runner.run(task, ended(on_result), ended(on_error))
        self._exports += 1
        self.update_busy()

    def update_busy(self) -> None:
        """Say what runs: a pasted page being read, else the load or analysis, else exports."""
        running = self._jobs.get(READING) or self._jobs.get(INPUT)
        if running is not None:
            self._busy(True, running[1])
        elif self._exports:
            self._busy(True, "Exporting…")
        else:
            self._busy(False, "")
