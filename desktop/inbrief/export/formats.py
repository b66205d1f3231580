"""The export formats, one registry for the window and the command line: FORMATS[kind].

The command line reads the registry before it parses its arguments, so this module imports
only the standard library; a format's writer is imported when it renders (the PDF's imports Qt).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from inbrief.core.brief import Brief


@dataclass(frozen=True)
class ExportOptions:
    """What the user chose for the output, beyond the brief itself."""

    summary_sentences: int | None = None  # None: the brief's own summary
    paper: str = ""  # PDF paper size, "a4" or "letter"; "" for the system locale's
    now: dt.datetime | None = None  # the time the footer names; None: now


@dataclass(frozen=True)
class Rendered:
    """A brief in one format, and whether it had to be shortened."""

    data: str | bytes
    shortened: bool = False  # the one-page PDF cut or left out items to fit


@dataclass(frozen=True)
class Format:
    label: str  # the save dialog's filter
    extension: str  # without the dot
    render: Callable[[Brief, ExportOptions], Rendered]
    binary: bool = False  # True: bytes, so `inbrief analyze --format` does not offer it


def _pdf(brief: Brief, options: ExportOptions) -> Rendered:
    from inbrief.export import pdf

    paper = options.paper or pdf.default_paper()
    data, result = pdf.render_pdf(
        brief, paper=paper, summary_sentences=options.summary_sentences, now=options.now
    )
    return Rendered(data, result.shortened)


def _markdown(brief: Brief, options: ExportOptions) -> Rendered:
    from inbrief.export.markdown import to_markdown

    return Rendered(to_markdown(brief, options.summary_sentences, now=options.now))


def _text(brief: Brief, options: ExportOptions) -> Rendered:
    from inbrief.export.markdown import to_text

    return Rendered(to_text(brief, options.summary_sentences, now=options.now))


def _json(brief: Brief, options: ExportOptions) -> Rendered:
    from inbrief.export.jsonfile import to_json

    return Rendered(to_json(brief))  # the whole brief: the summary length is a view of it


FORMATS: dict[str, Format] = {
    "pdf": Format("PDF brief (*.pdf)", "pdf", _pdf, binary=True),
    "markdown": Format("Markdown (*.md)", "md", _markdown),
    "text": Format("Plain text (*.txt)", "txt", _text),
    "json": Format("JSON (*.json)", "json", _json),
}


def default_file_name(brief: Brief, kind: str) -> str:
    """Return a file name for ``brief`` as ``kind`` from its title, safe on every OS."""
    from inbrief.export.atomic import safe_file_stem
    from inbrief.export.content import brief_title

    return f"{safe_file_stem(brief_title(brief))}.{FORMATS[kind].extension}"


def write(
    kind: str, brief: Brief, path: Path, options: ExportOptions | None = None, *,
    force: bool = False,
) -> Rendered:
    """Write ``brief`` as ``kind`` to ``path`` atomically; an existing file only when ``force``."""
    from inbrief.export.atomic import refuse_existing, write_atomic

    refuse_existing(path, force)  # before the work of rendering
    rendered = FORMATS[kind].render(brief, options or ExportOptions())
    write_atomic(path, rendered.data, force=force)
    return rendered
