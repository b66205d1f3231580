"""Type cues from where a mention stands: score tables, "player (club)" lists, datelines."""

from __future__ import annotations

import bisect
import re

from inbrief.core.entities.lexicon import COUNTRIES, is_country, words
from inbrief.core.entities.spans import RawMention

_NUMBER = re.compile(r"(?<!\S)[-+]?\d+(?:[./:-]\d+)*(?!\S)")
_NUMBER_AFTER = re.compile(r"[ \t]+[-+]?\d")
_OPEN_PAREN_BEFORE = re.compile(r"\(\s*$")
_SEPARATOR_BEFORE = re.compile(r"[,/]\s*$")


# A text with no line breaks would make every mention scan the whole text (quadratic: a 5 MB
# single line took 7 s here), so a "line" reaches at most this far either side of a mention.
LINE_WINDOW = 2_000


def _line(text: str, pos: int) -> tuple[int, int]:
    """Return the (start, end) of the line around ``pos``, at most LINE_WINDOW either side."""
    low = max(0, pos - LINE_WINDOW)
    newline = text.rfind("\n", low, pos)
    start = newline + 1 if newline >= 0 else low
    end = text.find("\n", pos, pos + LINE_WINDOW)
    return start, min(len(text), pos + LINE_WINDOW) if end < 0 else end


# Names listed before a plural noun of places: "Barry, Cass, Kalamazoo and Van Buren
# counties", "the Tigris and Euphrates rivers". The noun is looked for first (few texts have
# one), then the list in the LIST_REACH characters before it.
_PLACES_NOUN = re.compile(
    r"\s(?:counties|provinces|districts|regions|parishes|boroughs|townships|municipalities"
    r"|prefectures|cantons|oblasts|islands|rivers|valleys)\b"
)
_PLACE_WORDS = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"
_PLACE_LIST = re.compile(
    rf"(?<![\w'’.-]){_PLACE_WORDS}(?:,\s*{_PLACE_WORDS})*,?\s+(?:and|or|&)\s+{_PLACE_WORDS}$"
)
LIST_REACH = 200


def _place_lists(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of each list of names closed by a plural noun of places."""
    found = []
    for noun in _PLACES_NOUN.finditer(text):
        low = max(0, noun.start() - LIST_REACH)
        listed = _PLACE_LIST.search(text, low, noun.start())
        if listed:
            found.append((listed.start(), listed.end()))
    return found


# A results or standings line is short or thick with numbers; a paragraph with a few numbers in
# it is prose ("die Strecke ... für Tempo 300 auszubauen": no team). (CoNLL's sports pages
# keep every team at these values; at a share of 0.2 or 0.25 one or two of their longer lines
# lost their teams.)
RESULTS_LINE_WORDS = 20
RESULTS_NUMBER_SHARE = 0.15


def _results_line(line: str, numbers: int) -> bool:
    """Return True when ``line`` (with ``numbers`` numbers in it) can be a results line."""
    words = len(line.split())
    return words <= RESULTS_LINE_WORDS or numbers >= RESULTS_NUMBER_SHARE * words


def add_context_cues(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """Return the mentions with ``cue`` set where the layout says what they are.

    In a results or standings line ("Realtown 3 Otherville 1", "Realtown 15 10 4 1 46")
    a name followed by numbers is a team (an organization) unless it is a country, whose
    national team is conventionally tagged as the place. Names listed before a plural noun of
    places ("Cass, Kalamazoo and Van Buren counties") are places. In squad lists ("Ana Silva
    (Realtown)") the name in brackets after a person is the club, or the country.
    """
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    for start, end in _place_lists(text):
        for i in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
            if ordered[i].end <= end:
                ordered[i].cue = "place"  # "Cass, Kalamazoo and Van Buren counties"
    for m in ordered:
        name = text[m.start : m.end]
        country = is_country(name)
        line_start, line_end = _line(text, m.start)
        line = text[line_start:line_end]
        if (_NUMBER_AFTER.match(text, m.end) and len(numbers := _NUMBER.findall(line)) >= 2
                and _results_line(line, len(numbers))):
            if not (m.type == "person" and " " in name):
                m.cue = "place" if country else "organization"
            continue
        before = text[max(line_start, m.start - 40) : m.start]
        if re.fullmatch(r"\s*(?:By|BY|Von|Par|Por|Di)\s+", before):
            m.cue = "person"  # a byline
            continue
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


_NAME = r"[^\W\d_](?:[\w'&\-]|\.(?=\w))*\.?"
_NAMES = re.compile(rf"(?<![\w.]){_NAME}(?: {_NAME}){{0,3}}")
_FOLLOWED_BY_SCORE = re.compile(r"[ \t]+(?:\(\s*)?\d")
_NOT_TEAMS = frozenset(
    words(
        """
        Total Totals Week Round Group Game Games Division Conference Race Stage Points Pts Rank
        Jan Feb Mar Apr May Jun Jul Aug Sep Sept Oct Nov Dec January February March April June
        July August September October November December Monday Tuesday Wednesday Thursday
        Friday Saturday Sunday Note Notes Page Table Result Results Standings Played Won Lost
        Drawn Home Away
        """
    )
)
# Countries whose names are also common first names or words stay with the tagger.
_AMBIGUOUS = frozenset(words("Jordan Georgia Chad Niger Guinea Dominica Turkey China Victoria"))
_COUNTRY_NAMES = re.compile(
    r"(?<![\w.-])(?:"
    + "|".join(re.escape(c) for c in sorted(COUNTRIES - _AMBIGUOUS, key=len, reverse=True))
    + r")(?![\w-])"
)
_DATELINE = re.compile(
    r"^[ \t]*([A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+){0,2})(?:,[ \t]*|[ \t]+)"
    r"(?:\d{4}-\d\d-\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)",
    re.MULTILINE,
)
_FIXTURE = re.compile(r"(?<!\s)\s+(?:v|vs\.?|at|V|VS|AT)\s+")  # (?<!\s): linear on long blank runs
_LIST_ITEM = re.compile(
    rf"\s*(?:\d+\s*[-.)]\s*)?({_NAME}(?: {_NAME}){{1,2}})\s*(?:\([^()]*\))?\s*\.?\s*"
)


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Return True when no taken span overlaps [start, end)."""
    i = bisect.bisect_right(taken, (start, 10**12)) - 1
    if i >= 0 and taken[i][1] > start:
        return False
    return not (i + 1 < len(taken) and taken[i + 1][0] < end)


def _capitalised(name: str, stops: frozenset[str]) -> bool:
    """Return True when every word starts with a capital and none is a stop word."""
    return all(w[0].isupper() and w.casefold() not in stops for w in name.split())


def add_layout_mentions(
    text: str, mentions: list[RawMention], stops: frozenset[str]
) -> list[RawMention]:
    """Return the mentions plus names a tagger misses in tables, fixtures and name lists.

    Standings and results lines ("Realtown 15 10 4 1"), fixtures ("Realtown v Otherville")
    name teams; a comma list where most items are people ("4 - Ana Silva, 5 - Rui Costa")
    names people in its other items too.
    """
    taken = sorted((m.start, m.end) for m in mentions)
    added: list[RawMention] = []

    def add(start: int, end: int, kind: str, cue: str | None) -> None:
        """Add a layout mention unless it overlaps one already there or is not a name."""
        name = text[start:end]
        if name in _NOT_TEAMS or not _capitalised(name, stops) or not _free(taken, start, end):
            return
        added.append(RawMention(start, end, kind, 0.5, cue=cue))  # type: ignore[arg-type]
        bisect.insort(taken, (start, end))

    for found in _COUNTRY_NAMES.finditer(text):  # countries a tagger left out
        add(found.start(), found.end(), "place", None)
    for found in _DATELINE.finditer(text):  # "CANBERRA 1996-12-06", "PARIS, Dec 6 -"
        add(found.start(1), found.end(1), "place", "place")
    persons = {(m.start, m.end) for m in mentions if m.type == "person"}
    spans: dict[tuple[int, int], list[RawMention]] = {}
    for mention in mentions:
        spans.setdefault((mention.start, mention.end), []).append(mention)
    pos = 0
    for line in text.split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        separators = line.count(",") + line.count(";")
        numbers = len(_NUMBER.findall(line))
        fixture = _FIXTURE.search(line)
        # Only a line with scores or a fixture names teams, only a list names people: most
        # lines have neither and are passed over cheaply.
        short = (numbers >= 2 or fixture is not None) and 0 < len(line.split()) <= 16
        for found in _NAMES.finditer(line) if short else ():
            start, end = line_start + found.start(), line_start + found.end()
            team = numbers >= 2 and bool(_FOLLOWED_BY_SCORE.match(line, found.end()))
            if fixture and (found.end() == fixture.start() or found.start() == fixture.end()):
                team = True
            if team:
                kind = "place" if is_country(found.group()) else "organization"
                add(start, end, kind, kind)
        if separators < 2:
            continue  # fewer than three items
        items = [(m, line_start) for m in _list_items(line)]
        named = [m for m, _ in items if (line_start + m.start(1), line_start + m.end(1)) in persons]
        pieces = separators + 1
        mostly_people = len(named) >= 2 and 2 * len(named) >= len(items)
        roster = len(named) >= 1 and len(items) >= 4 and len(items) >= 0.6 * pieces
        if len(items) >= 3 and (mostly_people or roster):
            for m, offset in items:
                start, end = offset + m.start(1), offset + m.end(1)
                add(start, end, "person", "person")
                for mention in spans.get((start, end), ()):
                    if not is_country(m.group(1)):
                        mention.cue = "person"
    return mentions + added


def _list_items(line: str) -> list[re.Match[str]]:
    """Return the comma- or semicolon-separated items of ``line`` that are bare names."""
    items = []
    pos = 0
    for piece in re.split(r"[,;]", line):
        match = _LIST_ITEM.fullmatch(line, pos, pos + len(piece))
        if match:
            items.append(match)
        pos += len(piece) + 1
    return items
