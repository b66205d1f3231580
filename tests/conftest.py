"""Shared test set-up: offscreen Qt, the source tree on sys.path, sample texts."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

# pytest-qt has no setting for the platform; without a display Qt aborts the process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Logs and caches go to a throw-away data folder, never the developer's real one.
os.environ.setdefault("XDG_DATA_HOME", tempfile.mkdtemp(prefix="inbrief-tests-"))

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "desktop") not in sys.path:
    sys.path.insert(0, str(ROOT / "desktop"))

# CI replays the same fuzz examples every run (a new random find must not block a landing
# by chance); developers' runs keep exploring new ones.
from hypothesis import settings  # noqa: E402

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
