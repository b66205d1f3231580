"""Reading PDFs back in tests: pages, text (pypdf and pdftotext), fonts, metadata."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

HAS_PDFTOTEXT = shutil.which("pdftotext") is not None
needs_pdftotext = pytest.mark.skipif(
    not HAS_PDFTOTEXT, reason="pdftotext (poppler-utils) is not installed"
)


def page_count(path: Path) -> int:
    return len(PdfReader(path).pages)


def squash(text: str) -> str:
    """Return text without whitespace and in NFKC form (PDF extraction re-wraps lines)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def pypdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def pdftotext(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          check=True, timeout=60)  # fmt: skip
    return done.stdout.decode("utf-8")


def font_names(path: Path) -> set[str]:
    """Return the base names of the fonts the page uses, without subset prefixes."""
    names: set[str] = set()
    page = PdfReader(path).pages[0]
    for font in page["/Resources"]["/Font"].values():
        font = font.get_object()
        name = str(font["/BaseFont"]).lstrip("/")
        names.add(name.split("+", 1)[-1])
    return names


def embedded(path: Path) -> bool:
    """Return whether every font on the page carries its font program."""
    page = PdfReader(path).pages[0]
    for font in page["/Resources"]["/Font"].values():
        font = font.get_object()
        descendants = font.get("/DescendantFonts")
        target = descendants[0].get_object() if descendants else font
        descriptor = target["/FontDescriptor"].get_object()
        if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
            return False
    return True
