"""Shared test set-up: offscreen Qt, the source tree on sys.path, sample texts."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

# pytest-qt has no setting for the platform; without a display Qt aborts the process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Logs and caches go to a throw-away data folder, never the developer's real one, and the
# folder goes when the run ends (each run left up to 14 MB of caches in the temp folder).
if "XDG_DATA_HOME" not in os.environ:
    _DATA_HOME = tempfile.mkdtemp(prefix="inbrief-tests-")
    os.environ["XDG_DATA_HOME"] = _DATA_HOME
    atexit.register(shutil.rmtree, _DATA_HOME, ignore_errors=True)

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "desktop") not in sys.path:
    sys.path.insert(0, str(ROOT / "desktop"))

# CI replays the same fuzz examples every run (a new random find must not block a landing
# by chance); developers' runs keep exploring new ones.
from hypothesis import settings  # noqa: E402

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture
def locked_pdf_writer(tmp_path: Path) -> Callable[..., Path]:
    """Return a function that writes a one-page PDF of the given lines, encrypted with the
    user password "harbour" (RC4 needs no extra crypto library), as tmp_path/minutes.pdf."""

    def write(*lines: str) -> Path:
        import io

        from pypdf import PdfReader, PdfWriter
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        buffer = io.BytesIO()
        drawing = canvas.Canvas(buffer, pagesize=A4)
        for number, line in enumerate(lines):
            drawing.drawString(72, 760 - 20 * number, line)
        drawing.showPage()
        drawing.save()
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buffer.getvalue())))
        writer.encrypt("harbour", owner_password="owner-secret", algorithm="RC4-128")
        path = tmp_path / "minutes.pdf"
        with path.open("wb") as handle:
            writer.write(handle)
        return path

    return write
