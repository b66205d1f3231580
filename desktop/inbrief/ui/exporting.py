"""Write a Brief as PDF, Markdown, text or JSON, and the summary for the clipboard."""

from __future__ import annotations

import html
from pathlib import Path

from inbrief.core.brief import Brief

# File dialog filter and extension of each export, by kind.
KINDS: dict[str, tuple[str, str]] = {
    "pdf": ("PDF brief (*.pdf)", "pdf"),
    "markdown": ("Markdown (*.md)", "md"),
    "text": ("Plain text (*.txt)", "txt"),
    "json": ("JSON (*.json)", "json"),
}


def default_file_name(brief: Brief, kind: str) -> str:
    """Return the suggested file name for ``brief`` exported as ``kind``."""
    ext = KINDS[kind][1]
    try:
        from inbrief.export.pdf import default_file_name as from_title

        return from_title(brief, ext)
    except ImportError:
        stem = "".join(c if c.isalnum() or c in " -_" else " " for c in brief.title).strip()
        return f"{' '.join(stem.split())[:80] or 'brief'}.{ext}"


def export(kind: str, brief: Brief, path: Path, *, summary_sentences: int, paper: str) -> str:
    """Write ``brief`` to ``path`` (overwriting: the save dialog asked); return a note or ""."""
    if kind == "pdf":
        from inbrief.export import pdf

        result = pdf.write_pdf(
            brief, path, paper=paper or pdf.default_paper(), summary_sentences=summary_sentences,
            force=True,
        )
        return "Some items were shortened to fit one page." if result.shortened else ""
    from inbrief.export.atomic import write_atomic

    if kind == "json":
        from inbrief.export.jsonfile import to_json

        data = to_json(brief)
    else:
        from inbrief.export import markdown

        convert = markdown.to_markdown if kind == "markdown" else markdown.to_text
        data = convert(brief, summary_sentences=summary_sentences)
    write_atomic(path, data, force=True)
    return ""


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
