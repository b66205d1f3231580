"""Turn raw entity mentions into clean spans, group them into entities, type and rank them."""

from __future__ import annotations

import bisect
import dataclasses
import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from inbrief.core.brief import Entity, EntityType, Mention
from inbrief.core.entity_lexicon import (
    LEGAL_SUFFIXES,
    NOT_NAMES,
    OF_HEADS,
    ORG_PREFIXES,
    ORG_SUFFIXES,
    PERSON_TITLES,
    PLACE_WORDS,
    STRONG_PERSON_TITLES,
    TITLE_PHRASES,
    group_key,
    is_country,
    is_demonym,
    known_type,
    words,
)


@dataclass
class RawMention:
    """A span a tagger proposed, with its type and how much to trust that type."""

    start: int
    end: int
    type: EntityType
    weight: float = 1.0
    titled: bool = False  # a person title stood in front of it ("Mr.", "President")
    cue: EntityType | None = None  # what the layout around it says it is
    shouted: bool = False  # found in a recased ALL-CAPS line


_LEAD_PUNCT = "\"'“”‘’«»([{-–—,;:/*•· \t\r\n"
_TRAIL_PUNCT = "\"'“”‘’«»)]},;:-–—!?/*•· \t\r\n"
_KEEP_DOT = frozenset(words("inc corp co ltd jr sr bros st mt no"))
_POSSESSIVE = re.compile(r"\s?['’]s$|(?<=s)['’]$", re.IGNORECASE)
_TITLE_WORD = re.compile(r"([A-Za-z][A-Za-z\-]*)\.?\s+")
_TITLE_BEFORE = re.compile(r"\b([A-Za-z][A-Za-z\-]*)\.?\s+$")
_AFTER_OF = re.compile(r" of (?:the )?(?:\d+|[A-Z][\w\-&']*(?: [A-Z][\w\-&']*)*)")
_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Z0-9&\.\-]{1,8}s?)\s*\)")
_DANGLING = re.compile(r" (?:and|&|of|for|the|de)$")
_TRAILING_NUMBER = re.compile(r"(?<! of) [+\-]?\d[\d\-./]*$")
_WORD = re.compile(r"[^\W_][\w'’\-\.&]*")
_MINOR = frozenset(words("of the and for de du des la le von van der den di da del y e &"))


def _keeps_dot(span: str) -> bool:
    """Return True when a final '.' belongs to the name (U.S., Inc., John F.)."""
    last = span.rsplit(" ", 1)[-1][:-1]
    return "." in last or last.casefold() in _KEEP_DOT or (len(last) == 1 and last.isupper())


def _looks_personal(rest: str) -> bool:
    """Return True when what follows a title reads as a first and last name."""
    names = rest.split()
    return 2 <= len(names) <= 3 and all(
        n[0].isupper() and n.casefold() not in ORG_SUFFIXES and n.casefold() not in PLACE_WORDS
        for n in names
    )


def _strip_title(text: str, start: int, end: int, force: bool) -> tuple[int, bool]:
    """Return the new start past leading person titles, and whether a strong title was seen."""
    strong = False
    while True:
        span = text[start:end]
        lowered = span.casefold()
        phrase = next((p for p in TITLE_PHRASES if lowered.startswith(p + " ")), None)
        if phrase is not None:
            step = len(phrase) + 1
            strong = True
        else:
            match = _TITLE_WORD.match(span)
            word = match.group(1).casefold() if match else ""
            if not match or word not in PERSON_TITLES:
                return start, strong
            abbreviated = word in {"mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov"}
            personal = _looks_personal(span[match.end() :])
            if not (force or abbreviated or personal):
                return start, strong
            step = match.end()
            strong = strong or personal or word in STRONG_PERSON_TITLES
        rest = span[step:]
        if not rest or not rest[0].isupper():
            return start, strong
        start += step


def clean(text: str, raw: RawMention) -> RawMention | None:
    """Return the mention without titles, 'the', possessives and stray punctuation, or None."""
    start, end = raw.start, raw.end
    while start < end and text[start] in _LEAD_PUNCT:
        start += 1
    while True:
        while end > start and text[end - 1] in _TRAIL_PUNCT:
            end -= 1
        span = text[start:end]
        if span.endswith(".") and not _keeps_dot(span):
            end -= 1
            continue
        possessive = _POSSESSIVE.search(span)
        if possessive and possessive.start() > 0:
            end = start + possessive.start()
            continue
        number = _TRAILING_NUMBER.search(span)
        if number and number.start() > 0:  # "New York Desk +1 212": a phone number, not a name
            end = start + number.start()
            continue
        break
    if text[start:end].casefold().startswith("the "):
        start += 4
    start, strong = _strip_title(text, start, end, force=raw.type == "person")
    before = _TITLE_BEFORE.search(text, max(0, start - 20), start)
    if before and before.group(1).casefold() in STRONG_PERSON_TITLES:
        strong = True
    span = text[start:end]
    if len(span) < 2 or not any(c.isalpha() for c in span) or group_key(span) in NOT_NAMES:
        return None
    if raw.type != "other" and not any(c.isupper() for c in span):
        return None
    kind = raw.type
    if is_demonym(span):
        kind = "other"  # "Palestinians", "Thai": a people, not a person or a place
    elif kind == "person" and span.isupper() and " " not in span and not strong:
        kind = "organization"  # an acronym is not somebody's name
    return dataclasses.replace(raw, start=start, end=end, type=kind, titled=raw.titled or strong)


def extend_of(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """Return mentions with split names joined: "Group" + " of 20", "Mines and" + "Energy..."."""
    mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
    out: list[RawMention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue  # swallowed by the extended previous mention, or overlapping
        if (
            out
            and out[-1].end + 1 == m.start
            and _DANGLING.search(text, out[-1].start, out[-1].end)
        ):
            joined = dataclasses.replace(
                m, start=out[-1].start, weight=max(m.weight, out[-1].weight)
            )
            out[-1] = joined  # "Mines and" + "Energy Ministry": one name, typed by its head
            continue
        words = text[m.start : m.end].split()
        if words and words[-1].casefold() in OF_HEADS:
            after = _AFTER_OF.match(text, m.end)
            if after:
                m = dataclasses.replace(m, end=after.end())
        out.append(m)
    result = []
    for m in out:
        dangling = _DANGLING.search(text, m.start, m.end)
        if dangling and dangling.start() > m.start:
            m = dataclasses.replace(m, end=dangling.start())
        result.append(m)
    return result


@dataclass
class _Group:
    key: str
    mentions: list[RawMention] = field(default_factory=list)

    def votes(self) -> Counter[str]:
        tally: Counter[str] = Counter()
        for m in self.mentions:
            tally[m.type] += m.weight
            if m.titled:
                tally["person"] += 3.0
            if m.cue:
                tally[m.cue] += 4.5
        return tally


def _initials(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in _MINOR and w[0].isalnum())


def _surface(text: str, m: RawMention) -> str:
    return " ".join(text[m.start : m.end].split())


def _shouting(form: str) -> bool:
    """Return True for an all-capitals form longer than an acronym ("MARCELLO CUTTITTA")."""
    return form.isupper() and len(form) > 5


def _cue_votes(name: str, words: Sequence[str]) -> Counter[str]:
    """Return type votes from the name itself: gazetteer, company suffixes, place words."""
    votes: Counter[str] = Counter()
    known = known_type(name)
    if known:  # cities often name teams too; countries and organizations are surer
        votes[known] += 4.0 if known == "organization" or is_country(name) else 2.5
    lowered = [w.casefold() for w in words]
    if len(lowered) >= 2 and lowered[-1] in LEGAL_SUFFIXES:
        votes["organization"] += 10.0  # "Corp", "GmbH": nothing else ends like that
    elif len(lowered) >= 2 and lowered[-1] in ORG_SUFFIXES:
        votes["organization"] += 2.0
        if known_type(words[0]) == "place" and known is None:
            votes["organization"] += 4.0  # "Westbury Rovers", "Leeds United": a club
    if len(lowered) >= 2 and lowered[0] in ORG_PREFIXES and "of" in lowered:
        votes["organization"] += 2.0
    if len(lowered) >= 2 and lowered[-1] in PLACE_WORDS:
        votes["place"] += 1.5
    return votes


def _decide(votes: Counter[str]) -> EntityType:
    named = {k: v for k, v in votes.items() if k != "other"}
    if not named:
        return "other"
    order = ("person", "organization", "place")
    best = max(order, key=lambda k: (named.get(k, 0.0), -order.index(k)))
    return best  # type: ignore[return-value]


def group(text: str, mentions: list[RawMention]) -> list[tuple[str, EntityType, list[RawMention]]]:
    """Return (canonical name, type, mentions) for every entity the mentions refer to."""
    groups: dict[str, _Group] = {}
    for m in mentions:
        key = group_key(_surface(text, m))
        groups.setdefault(key, _Group(key)).mentions.append(m)
    target: dict[str, str] = {}  # key -> key of the group it joins

    # Acronyms defined in the text: "Liberal Democratic Party (LDP)".
    for m in mentions:
        after = _ACRONYM_AFTER.match(text, m.end)
        if not after or len(_surface(text, m).split()) < 2:
            continue
        acronym = group_key(after.group(1))
        initials = _initials(group_key(_surface(text, m)))
        if acronym != group_key(_surface(text, m)) and acronym[:1] == initials[:1]:
            target.setdefault(acronym, group_key(_surface(text, m)))
    # Acronyms matching the initials of exactly one longer name ("EU", "LDP").
    by_initials: dict[str, list[str]] = defaultdict(list)
    for key in groups:
        if len(key.split()) >= 2:
            by_initials[_initials(key)].append(key)
    for key in groups:
        if key not in target and " " not in key and len(by_initials.get(key, ())) == 1:
            target[key] = by_initials[key][0]

    # Surnames and short forms join the fullest person name or organization.
    provisional = {k: _decide(g.votes() + _cue_votes(k, k.split())) for k, g in groups.items()}
    for key, kind in provisional.items():  # "Olaf Scholz" (untyped) is the "Herr Scholz"
        words = key.split()
        if kind == "other" and 2 <= len(words) <= 3 and provisional.get(words[-1]) == "person":
            provisional[key] = "person"
    persons: dict[str, list[str]] = defaultdict(list)
    for key, kind in provisional.items():
        words = key.split()
        if kind == "person" and len(words) >= 2:
            persons[words[-1]].append(key)
    for key, g in groups.items():
        if key in target or " " in key or key not in persons:
            continue
        if known_type(key) and not any(m.titled for m in g.mentions):
            continue  # "Jordan" the country is not Michael Jordan without a cue
        candidates = persons[key]
        target[key] = max(candidates, key=lambda k: len(groups[k].mentions))
    for key in groups:
        if key in target:
            continue
        for longer, kind in provisional.items():
            if kind != "organization" or longer == key or not longer.startswith(key + " "):
                continue
            rest = longer[len(key) + 1 :].split()
            if rest[-1] in ORG_SUFFIXES and not known_type(key):
                target[key] = longer
                break

    merged: dict[str, list[RawMention]] = defaultdict(list)
    for key, g in groups.items():
        root, seen = key, {key}
        while root in target and target[root] in groups and target[root] not in seen:
            root = target[root]
            seen.add(root)
        if root == key:
            merged[root].extend(g.mentions)
        else:  # a surname or short form takes the type of the full name it joins
            kind = provisional[root]
            merged[root].extend(dataclasses.replace(m, type=kind) for m in g.mentions)

    result = []
    for root, members in merged.items():
        forms = Counter(_surface(text, m) for m in members)
        name = max(forms, key=lambda f: (len(f.split()), not _shouting(f), len(f), forms[f]))
        if all(m.shouted and not m.cue for m in members) and not known_type(name):
            continue  # only in a recased headline: too likely "PUNISH RULING PARTY"
        full = [m for m in members if " " in name and _surface(text, m) == name]
        votes = _Group(root, members + full + full).votes() + _cue_votes(name, name.split())
        result.append((name, _decide(votes), sorted(members, key=lambda m: m.start)))
    return result


def propagate(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """Return the mentions plus other occurrences of the same names the tagger missed."""
    forms: dict[str, EntityType] = {}
    lower_words = {w for w in re.findall(r"\w+", text) if w.islower()}
    for m in mentions:
        form = text[m.start : m.end]
        if m.type == "other" or len(form) < 3 or not form[0].isupper():
            continue
        if " " not in form and form.lower() in lower_words:
            continue  # also used as a common word: "Brown", "Will"
        forms.setdefault(form, m.type)
    if not forms:
        return mentions
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in taken]
    pattern = re.compile(
        r"(?<![\w.\-])(?:"
        + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        + r")(?![\w\-]|\.\w)"
    )
    added = []
    for match in pattern.finditer(text):
        i = bisect.bisect_right(starts, match.start()) - 1
        if i >= 0 and taken[i][1] > match.start():
            continue
        if i + 1 < len(taken) and taken[i + 1][0] < match.end():
            continue
        added.append(RawMention(match.start(), match.end(), forms[match.group()], 0.3))
    return mentions + added


def prepare(view: str, mentions: list[RawMention]) -> list[RawMention]:
    """Return cleaned mentions with "of" splits joined.

    ``view`` is the text, or a same-length copy of it with shouting passages recased.
    """
    cleaned = [c for m in mentions if (c := clean(view, m)) is not None]
    return extend_of(view, cleaned)


def build_entities(
    text: str,
    cleaned: list[RawMention],
    sentence_spans: Sequence[tuple[int, int]] = (),
    summary_sentences: Collection[int] = (),
    view: str | None = None,
) -> list[Entity]:
    """Return entities from prepared mentions, grouped, typed and most salient first.

    Names and aliases are read from ``view`` (the recased copy) when given, so a name seen
    only in a shouting headline reads "Japan", not "JAPAN"; mentions quote ``text`` exactly.
    """
    view = text if view is None else view
    summary_ranges = sorted(
        sentence_spans[i] for i in summary_sentences if 0 <= i < len(sentence_spans)
    )
    starts = [s for s, _ in summary_ranges]

    def in_summary(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and pos < summary_ranges[i][1]

    groups = group(view, cleaned)
    if not groups:
        return []
    most = max(len(ms) for _, _, ms in groups)
    length = max(1, len(text))
    entities = []
    for name, kind, members in groups:
        seen: set[tuple[int, int]] = set()
        unique = []
        for m in members:
            if (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                unique.append(m)
        count = len(unique)
        first = unique[0].start / length
        in_sum = sum(1 for m in unique if in_summary(m.start)) / count if summary_ranges else 0.0
        salience = (
            0.55 * math.log1p(count) / math.log1p(most)
            + 0.25 * (1.0 - first)
            + 0.20 * in_sum
            - (0.15 if kind == "other" else 0.0)
        )
        forms = dict.fromkeys(_surface(view, m) for m in unique)
        entities.append(
            Entity(
                name=name,
                type=kind,
                count=count,
                aliases=tuple(f for f in forms if f != name),
                mentions=tuple(Mention(m.start, m.end, text[m.start : m.end]) for m in unique),
                salience=round(min(1.0, max(0.0, salience)), 4),
            )
        )
    entities.sort(key=lambda e: (-e.salience, e.mentions[0].start))
    return entities
