"""The worker: results on the UI thread, progress throttled so it cannot flood the event loop."""

from __future__ import annotations

import threading
import time
from typing import Any

from inbrief.ui.worker import Runner


def test_progress_flood_is_throttled_and_result_arrives_on_ui_thread(qtbot: Any) -> None:
    runner = Runner()
    reports: list[tuple[str, float]] = []
    results: list[tuple[object, threading.Thread]] = []
    runner.progress.connect(lambda _id, stage, fraction: reports.append((stage, fraction)))
    runner.finished.connect(
        lambda _id, result: results.append((result, threading.current_thread()))
    )

    def task(progress: Any, cancelled: Any) -> str:
        started = time.monotonic()
        for i in range(20_000):
            progress("summary", i / 20_000)
        progress("summary", 1.0)
        return f"{time.monotonic() - started:.3f}"

    runner.start(task)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    elapsed = float(results[0][0])  # type: ignore[arg-type]
    assert results[0][1] is threading.main_thread()
    assert len(reports) <= 2 + elapsed / 0.033 + 1
    assert reports[-1] == ("summary", 1.0)  # the final 100% is never dropped
    assert runner.shutdown()
