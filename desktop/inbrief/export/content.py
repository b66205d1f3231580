"""What a brief shows, independent of format: title, facts, formatted dates, selections."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from inbrief import __version__
from inbrief.core.brief import Brief, DateMention, Entity, Sentence, fallback_title
from inbrief.core.dates.timex import chronological_key, describe, is_point_in_time

ELLIPSIS = "…"
ENTITY_SECTIONS = (("person", "People"), ("organization", "Organizations"), ("place", "Places"))


def ellipsize(text: str, limit: int | None) -> str:
    """Return ``text`` cut to at most ``limit`` characters at a word boundary, with an ellipsis."""
    text = " ".join(text.split())
    if limit is None or len(text) <= limit:
        return text
    cut = text[: max(1, limit - 1)]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + ELLIPSIS


def brief_title(brief: Brief) -> str:
    """Return the title, or the first words of the text when there is none (as analyze()
    names an untitled article)."""
    if brief.title.strip():
        return " ".join(brief.title.split())
    first = (brief.sentences[0].start, brief.sentences[0].end) if brief.sentences else None
    head = fallback_title(brief.text, first)
    if not head:
        return "Untitled brief"
    # CJK text has no spaces: the first "word" may be a whole paragraph.
    return ellipsize(head, 90)


def format_date_value(value: str) -> str:
    """Return a TIMEX3 value (``2024-10-28``, ``2024-W45``, ``PRESENT_REF``...) for people."""
    return describe(value)


def format_iso_date(value: str | None) -> str:
    """Return an ISO date string as ``28 Oct 2024`` (unchanged when it is not one)."""
    return format_date_value(value) if value else ""


def summary_sentences(brief: Brief, count: int | None) -> tuple[Sentence, ...]:
    """Return the summary to show: the brief's own, or its ``count`` best, in document order."""
    return brief.summary if count is None else brief.summary_of(count)


def key_entities(brief: Brief, kind: str) -> tuple[Entity, ...]:
    """Return the entities of one kind in the brief's order (most salient first)."""
    return tuple(e for e in brief.entities if e.type == kind)


def key_dates(brief: Brief) -> tuple[DateMention, ...]:
    """Return the timeline: one date per distinct point in time (its first mention), in time
    order. Vague references ("soon", "in the past") are no points in time: see also_mentioned().
    """
    first: dict[str, DateMention] = {}
    for mention in brief.dates:
        if is_point_in_time(mention.value):
            first.setdefault(mention.value, mention)
    return tuple(sorted(first.values(), key=lambda m: (chronological_key(m.value), m.start)))


def also_mentioned(brief: Brief) -> tuple[str, ...]:
    """Return the vague time references the timeline leaves out ("soon", "in the past"), as
    written, once each (ignoring case), in document order."""
    seen: dict[str, str] = {}
    for mention in brief.dates:
        if not is_point_in_time(mention.value):
            said = " ".join(mention.text.split())
            seen.setdefault(said.lower(), said)
    return tuple(seen.values())


def timeline_note(brief: Brief) -> str:
    """Return where the timeline's relative dates are measured from, as a sentence ("" when
    it has none): "Relative dates measured from 6 Mar 2024 (the date of a photo caption)."."""
    note = brief.reference_note()
    if not note or not any(d.kind == "relative" for d in key_dates(brief)):
        return ""
    return note[:1].upper() + note[1:] + "."


def date_context(brief: Brief, mention: DateMention, limit: int | None = 110) -> str:
    """Return the phrase around a date: its sentence, cut around the date when long."""
    if 0 <= mention.sentence < len(brief.sentences):
        sentence = brief.sentences[mention.sentence]
        text, start = sentence.text, mention.start - sentence.start
    else:
        lo = max(0, mention.start - 60)
        text, start = brief.text[lo : mention.end + 60], mention.start - lo
    text = " ".join(text.split()) if start < 0 or start > len(text) else text
    if limit is None or len(text) <= limit:
        return " ".join(text.split())
    start = max(0, min(start, len(text)))
    length = mention.end - mention.start
    # Keep the sentence's start when the date is near it; otherwise start a few words before.
    left = 0 if start + length <= limit - 15 else max(0, start - limit // 3)
    if left > 0:
        space = text.find(" ", left)
        left = space + 1 if 0 <= space < start else left
    piece = text[left:]
    prefix = ELLIPSIS if left > 0 else ""
    return prefix + ellipsize(piece, limit - len(prefix))


@dataclass(frozen=True)
class Facts:
    """The numbers for the footer."""

    words: int
    reading_minutes: float
    saved_minutes: float
    compression: float  # summary words / original words, 0..1


def brief_facts(brief: Brief, summary: tuple[Sentence, ...]) -> Facts:
    """Return words, reading time saved and compression for the summary shown."""
    words = brief.stats.words or len(brief.text.split())
    summary_words = brief.words_in(summary)
    reading = brief.stats.reading_minutes or words / 230
    compression = min(1.0, summary_words / words) if words else 0.0
    saved = max(0.0, reading * (1 - compression))
    return Facts(words, reading, saved, compression)


def format_minutes(minutes: float) -> str:
    """Return a duration in minutes as ``< 1 min``, ``4 min`` or ``1 h 20 min``."""
    if minutes < 1:
        return "< 1 min"
    whole = round(minutes)
    if whole < 60:
        return f"{whole} min"
    return f"{whole // 60} h {whole % 60} min"


def facts_line(brief: Brief, summary: tuple[Sentence, ...]) -> list[str]:
    """Return the footer's facts as short phrases."""
    facts = brief_facts(brief, summary)
    return [
        f"{facts.words:,} words in the original",
        f"{format_minutes(facts.saved_minutes)} reading time saved",
        f"summary is {facts.compression:.0%} of the text",
    ]


def version_label() -> str:
    return f"InBrief {__version__}"


def now_label(now: dt.datetime | None = None) -> str:
    """Return the generation time in local time with its offset."""
    now = now or dt.datetime.now().astimezone()
    return now.strftime("%Y-%m-%d %H:%M %Z").strip()


def meta_parts(brief: Brief, now: dt.datetime | None = None) -> list[str]:
    """Return the header's facts: source, published date, language, brief date."""
    parts: list[str] = []
    if brief.source.strip():
        parts.append(ellipsize(brief.source, 60))
    if brief.author.strip():
        parts.append(f"by {ellipsize(brief.author, 40)}")
    if brief.published:
        parts.append(f"published {format_iso_date(brief.published)}")
    if brief.language.name:
        parts.append(brief.language.name)
    made = (now or dt.datetime.now().astimezone()).date().isoformat()
    parts.append(f"brief made {format_iso_date(made)}")
    return parts
