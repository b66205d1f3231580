"""Type cues from where a mention stands: score tables, "player (club)" lists, datelines."""

from __future__ import annotations

import bisect
import re

from inbrief.core.entity_groups import RawMention
from inbrief.core.entity_lexicon import is_country

_NUMBER = re.compile(r"(?<!\S)[-+]?\d+(?:[./:-]\d+)*(?!\S)")
_NUMBER_AFTER = re.compile(r"[ \t]+[-+]?\d")
_OPEN_PAREN_BEFORE = re.compile(r"\(\s*$")
_SEPARATOR_BEFORE = re.compile(r"[,/]\s*$")


def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def add_context_cues(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """Return the mentions with ``cue`` set where the layout says what they are.

    In a results or standings line ("Realtown 3 Otherville 1", "Realtown 15 10 4 1 46")
    a name followed by numbers is a team (an organization) unless it is a country, whose
    national team is conventionally tagged as the place. In squad lists ("Ana Silva
    (Realtown)") the name in brackets after a person is the club, or the country.
    """
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    for m in ordered:
        name = text[m.start : m.end]
        country = is_country(name)
        line_start, line_end = _line(text, m.start)
        line = text[line_start:line_end]
        if _NUMBER_AFTER.match(text, m.end) and len(_NUMBER.findall(line)) >= 2:
            if not (m.type == "person" and " " in name):
                m.cue = "place" if country else "organization"
            continue
        before = text[max(line_start, m.start - 40) : m.start]
        opened = _OPEN_PAREN_BEFORE.search(before)
        if opened:
            i = bisect.bisect_left(starts, m.start) - 1
            previous = ordered[i] if i >= 0 else None
            gap = text[previous.end : m.start] if previous else ""
            if previous and previous.type == "person" and re.fullmatch(r"\s*\(\s*", gap):
                m.cue = "place" if country else "organization"
            elif previous and re.fullmatch(r"\s*,\s*", gap) and previous.cue:
                m.cue = "place" if country else previous.cue  # "(Realtown , Spain)"
    return mentions
