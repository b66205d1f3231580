"""Brief as Markdown and as plain text (no page limit: every entity, date and keyword)."""

from __future__ import annotations

import datetime as dt
import re

from inbrief.core.brief import Brief
from inbrief.export.content import (
    ENTITY_SECTIONS,
    also_mentioned,
    brief_title,
    date_context,
    facts_line,
    format_date_value,
    key_dates,
    key_entities,
    meta_parts,
    now_label,
    timeline_note,
    version_label,
)
from inbrief.export.content import (
    summary_sentences as pick_summary,
)

MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!])")


def md_escape(text: str) -> str:
    """Return ``text`` with Markdown syntax characters escaped and whitespace collapsed."""
    text = MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))
    # A leading "1." or "-" would start a list, a leading "+" too.
    return re.sub(r"^(\d+)\.(\s)", r"\1\\.\2", re.sub(r"^([+\-])", r"\\\1", text))


def _footer(brief: Brief, summary: tuple, now: dt.datetime | None) -> list[str]:
    parts = facts_line(brief, summary) + [version_label()]
    if brief.file_name:
        parts.append(brief.file_name)
    parts.append(f"generated {now_label(now)}")
    return parts


def to_markdown(
    brief: Brief, summary_sentences: int | None = None, *, now: dt.datetime | None = None
) -> str:
    """Return the brief as a Markdown document."""
    summary = pick_summary(brief, summary_sentences)
    meta = md_escape(" · ".join(meta_parts(brief, now)))
    lines = [f"# {md_escape(brief_title(brief))}", "", f"*{meta}*", ""]
    lines += ["## Summary", ""]
    if summary:
        lines += [f"{n}. {md_escape(s.shown)}" for n, s in enumerate(summary, 1)]
    else:
        lines.append("*No summary: the text has no sentences.*")
    for kind, heading in ENTITY_SECTIONS:
        found = key_entities(brief, kind)
        if found:
            lines += ["", f"## {heading}", ""]
            lines += [f"- {md_escape(e.name)} ({e.count})" for e in found]
    dates = key_dates(brief)
    if dates:
        lines += ["", "## Timeline", ""]
        lines += [
            f"- **{md_escape(format_date_value(d.value))}** — {md_escape(date_context(brief, d))}"
            for d in dates
        ]
        if timeline_note(brief):
            lines += ["", f"*{md_escape(timeline_note(brief))}*"]
        vague = also_mentioned(brief)
        if vague:
            lines += ["", f"*Also mentioned: {md_escape(', '.join(vague))}*"]
    if brief.keywords:
        lines += ["", "## Keywords", "", ", ".join(md_escape(k.text) for k in brief.keywords)]
    lines += ["", "---", "", md_escape(" · ".join(_footer(brief, summary, now))), ""]
    return "\n".join(lines)


def to_text(
    brief: Brief, summary_sentences: int | None = None, *, now: dt.datetime | None = None
) -> str:
    """Return the brief as plain text with underlined headings."""
    summary = pick_summary(brief, summary_sentences)
    title = brief_title(brief)

    def heading(text: str) -> list[str]:
        return ["", text, "-" * len(text)]

    lines = [title, "=" * min(len(title), 78), " · ".join(meta_parts(brief, now))]
    lines += heading("Summary")
    if summary:
        lines += [f"{n}. {s.shown}" for n, s in enumerate(summary, 1)]
    else:
        lines.append("No summary: the text has no sentences.")
    for kind, name in ENTITY_SECTIONS:
        found = key_entities(brief, kind)
        if found:
            lines += heading(name)
            lines += [f"  {e.name} ({e.count})" for e in found]
    dates = key_dates(brief)
    if dates:
        lines += heading("Timeline")
        lines += [f"  {format_date_value(d.value)}: {date_context(brief, d)}" for d in dates]
        if timeline_note(brief):
            lines.append(f"  {timeline_note(brief)}")
        vague = also_mentioned(brief)
        if vague:
            lines.append(f"  Also mentioned: {', '.join(vague)}")
    if brief.keywords:
        lines += heading("Keywords")
        lines.append(", ".join(k.text for k in brief.keywords))
    lines += ["", " · ".join(_footer(brief, summary, now)), ""]
    return "\n".join(lines)
