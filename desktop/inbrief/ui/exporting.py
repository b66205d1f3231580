"""The window's export (through the FORMATS registry, with its note) and the clipboard's summary."""

from __future__ import annotations

import html
from pathlib import Path

from inbrief.core.brief import Brief
from inbrief.export.formats import ExportOptions, write


def export(kind: str, brief: Brief, path: Path, *, summary_sentences: int | None,
           paper: str) -> str:
    """Write ``brief`` to ``path`` (overwriting: the save dialog asked); return a note or ""."""
    options = ExportOptions(summary_sentences=summary_sentences, paper=paper)
    rendered = write(kind, brief, path, options, force=True)
    return "Some items were shortened to fit one page." if rendered.shortened else ""


def summary_text(brief: Brief) -> str:
    """Return the summary as plain text: title, then one sentence per paragraph."""
    parts = [brief.title] if brief.title else []
    parts += [" ".join(s.text.split()) for s in brief.summary]
    return "\n\n".join(parts)


def summary_html(brief: Brief) -> str:
    """Return the summary as HTML: the title as a heading and a bulleted list."""
    items = "".join(f"<li>{html.escape(' '.join(s.text.split()))}</li>" for s in brief.summary)
    heading = f"<h3>{html.escape(brief.title)}</h3>" if brief.title else ""
    return f"<html><body>{heading}<ul>{items}</ul></body></html>"
