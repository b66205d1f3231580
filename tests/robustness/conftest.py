"""Robustness tests keep the data folder (log, caches) and the ``inbrief`` logger to themselves."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _private_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Point the data folder into ``tmp_path`` and undo any log set-up a test (or the CLI) made."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    logger = logging.getLogger("inbrief")
    handlers, level, propagate = list(logger.handlers), logger.level, logger.propagate
    yield
    for handler in list(logger.handlers):
        if handler not in handlers:
            logger.removeHandler(handler)
            handler.close()
    logger.setLevel(level)
    logger.propagate = propagate
