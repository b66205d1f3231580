"""Group clean mentions into entities, decide each entity's type, and rank by salience."""

from __future__ import annotations

import bisect
import dataclasses
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from inbrief.core.brief import Entity, EntityType, Mention
from inbrief.core.entities.lexicon import group_key, is_country, is_demonym, known_type, words
from inbrief.core.entities.name_cues import (
    DISEASE_WORDS,
    EVENT_WORDS,
    FACILITY_WORDS,
    LEGAL_SUFFIXES,
    ORG_PREFIXES,
    ORG_SUFFIXES,
    PLACE_WORDS,
)
from inbrief.core.entities.spans import RawMention
from inbrief.core.entities.usage import use_votes

Votes = dict[str, float]  # type -> summed evidence
_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Z0-9&\.\-]{1,8}s?)\s*\)")
# A quoted name, then another in brackets: its gloss or translation ('"Caja Roja" (Red Box)').
_GLOSS_AFTER = re.compile(r"[\"”’']\s*\(\s*")
_MINOR = frozenset(words("of the and for de du des la le von van der den di da del y e &"))


@dataclass
class _Group:
    """Mentions that share one grouping key."""

    key: str
    mentions: list[RawMention] = field(default_factory=list)

    def votes(self) -> Votes:
        """Return the summed type evidence of the group's mentions."""
        tally: Votes = defaultdict(float)
        for m in self.mentions:
            tally[m.type] += m.weight
            if m.titled:
                tally["person"] += 3.0
            if m.cue:
                tally[m.cue] += 4.5
        return tally


def _initials(key: str) -> str:
    """Return the initials of a key's significant words ('liberal democratic party' -> 'ldp')."""
    return "".join(w[0] for w in key.split() if w not in _MINOR and w[0].isalnum())


def _surface(text: str, m: RawMention) -> str:
    """Return a mention's name: its text with runs of white space made single spaces, or the
    full name it stands for ("Nev." after a city: "Nevada")."""
    return m.canonical or " ".join(text[m.start : m.end].split())


def _unaccented(key: str) -> str:
    """Return ``key`` without its letters' accents ("josé castro" -> "jose castro")."""
    return "".join(c for c in unicodedata.normalize("NFD", key) if not unicodedata.combining(c))


def _own_key(name: str) -> str:
    """Return a name's grouping key before the alias table ("Group of 20": "group of 20")."""
    key = " ".join(name.replace(".", "").split()).casefold().replace("\u2019", "'")
    return key[4:] if key.startswith("the ") else key


def _shouting(form: str) -> bool:
    """Return True for an all-capitals form longer than an acronym ("MARCELLO CUTTITTA")."""
    return form.isupper() and len(form) > 5


def _cue_votes(name: str, words: Sequence[str]) -> Votes:
    """Return type votes from the name itself: gazetteer, company suffixes, place words."""
    votes: Votes = defaultdict(float)
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


def _plus(a: Votes, b: Votes) -> Votes:
    """Return the sum of two vote tallies."""
    total: Votes = defaultdict(float, a)
    for kind, weight in b.items():
        total[kind] += weight
    return total


# A word in lower case joined on with hyphens inside a name: a place's ("Mar-a-Lago",
# "Stratford-upon-Avon"); a person's hyphenated names are capitalised ("Jean-Paul").
_JOINED_PLACE = re.compile(r"\w-[a-z]+-\w")
_OTHER_LAST_WORDS = EVENT_WORDS | DISEASE_WORDS
# Words that end a place's name and no one's: a building's (FACILITY_WORDS) and these of
# PLACE_WORDS ("Ben Gurion Airport", a person to the tagger). Not "Lake", "Bay", "Street" or
# "Coast": surnames too (Ricki Lake, Michael Bay).
_PLACE_NOT_SURNAME = FACILITY_WORDS | frozenset(
    ("airport", "avenue", "province", "region", "district", "strait", "straits", "peninsula",
     "desert", "islands", "mountains"))


# Feasts and holidays, which a tagger reads as a place or a person ("Since Diwali, despite the
# Supreme Court ban, the air quality has plunged": a place): a time, typed as other names.
# (Not "Carnival" or "Advent": a cruise line's and a fund's names too.)
_FEASTS = frozenset((
    "diwali", "deepavali", "holi", "navratri", "dussehra", "durga puja", "ramadan", "ramzan",
    "eid", "eid al-fitr", "eid al-adha", "eid ul-fitr", "eid ul-adha", "hanukkah", "chanukah",
    "passover", "pesach", "yom kippur", "rosh hashanah", "purim", "christmas", "easter",
    "pentecost", "lent", "epiphany", "halloween", "thanksgiving", "kwanzaa",
    "lunar new year", "chinese new year", "nowruz", "vesak", "songkran", "tet", "obon",
    "oktoberfest", "hogmanay", "mardi gras", "carnaval", "karneval", "fasching",
    "ostern", "weihnachten", "pfingsten", "noël", "pâques", "navidad", "semana santa",
    "pascua", "natale", "pasqua", "ferragosto", "ramadán", "ramadã"))


def _decide(votes: Votes, name: str = "") -> EntityType:
    """Return the type with the most evidence; 'other' only when nothing else has any, or
    for an event's or a disease's name ("Davis Cup": the tagger reads it as a person, a place
    or a team; "Eastern Equine Encephalitis" as a place) and a feast's ("Diwali")."""
    last = name.rsplit(" ", 1)
    if len(last) == 2 and last[1].casefold() in _OTHER_LAST_WORDS:
        return "other"  # an event's or a disease's name
    if name.casefold() in _FEASTS:
        return "other"
    named = {k: v for k, v in votes.items() if k != "other"}
    if not named:
        return "other"
    order = ("person", "organization", "place")
    best = max(order, key=lambda k: (named.get(k, 0.0), -order.index(k)))
    if best == "person" and (len(last) == 2 and last[1].casefold() in _PLACE_NOT_SURNAME
                             or _JOINED_PLACE.search(name)):
        return "place"  # "Trump Tower", "Mar-a-Lago": the tagger reads a person's name
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

    # A gloss in brackets after a quoted name is another name for the same thing.
    starts = {m.start: m for m in mentions}
    for m in mentions:
        after = _GLOSS_AFTER.match(text, m.end)
        gloss = starts.get(after.end()) if after else None
        if gloss is not None and text.startswith(")", gloss.end):
            key, gloss_key = group_key(_surface(text, m)), group_key(_surface(text, gloss))
            if gloss_key != key:
                target.setdefault(gloss_key, key)

    # Surnames and short forms join the fullest person name or organization.
    base = {k: _plus(g.votes(), _cue_votes(k, k.split())) for k, g in groups.items()}
    keyed = [(k, m) for k, g in groups.items() for m in g.mentions]
    used = use_votes(text, keyed, {k: _decide(v, k) for k, v in base.items()})
    provisional = {k: _decide(_plus(v, used.get(k, {})), k) for k, v in base.items()}
    for key, kind in provisional.items():  # "Olaf Scholz" (untyped) is the "Herr Scholz"
        words = key.split()
        if kind == "other" and 2 <= len(words) <= 3 and provisional.get(words[-1]) == "person":
            provisional[key] = "person"
    # A person's name with a middle initial is the same name without it ("Salvador G. Tena",
    # "Salvador Tena"), unless two initials tell two people apart.
    initialled: dict[str, list[str]] = defaultdict(list)
    for key, kind in provisional.items():
        words = key.split()
        if kind == "person" and len(words) == 3 and len(words[1]) == 1:
            initialled[f"{words[0]} {words[2]}"].append(key)
    for short, fuller in initialled.items():
        if short in groups and len(fuller) == 1 and provisional.get(short) in ("person", "other"):
            target.setdefault(short, fuller[0])
    # A person's name written once without its accents is that name ("Jose Castro" beside
    # "José Castro" x7): it joins the form with accents.
    accented: dict[str, list[str]] = defaultdict(list)
    for key, kind in provisional.items():
        if kind == "person" and " " in key and (bare := _unaccented(key)) != key:
            accented[bare].append(key)
    for key in groups:
        if key in accented and len(accented[key]) == 1 and provisional.get(key) in (
                "person", "other"):
            target.setdefault(key, accented[key][0])
    persons: dict[str, list[str]] = defaultdict(list)
    first_names: dict[str, list[str]] = defaultdict(list)
    for key, kind in provisional.items():
        words = key.split()
        if kind == "person" and len(words) >= 2:
            persons[words[-1]].append(key)
            first_names[words[0]].append(key)
    for key, named in first_names.items():  # "Kristina" alone, when one Kristina is named
        if key in groups and key not in persons and len(named) == 1 and not known_type(key):
            target.setdefault(key, named[0])
    for key, g in groups.items():
        if key in target or " " in key or key not in persons:
            continue
        if known_type(key) and not any(m.titled for m in g.mentions):
            continue  # "Jordan" the country is not Michael Jordan without a cue
        candidates = persons[key]
        target[key] = max(candidates, key=lambda k: len(groups[k].mentions))
    # An untyped name's last word alone is that name when one name ends with it (a tagger-less
    # language's "Meuthen" after "Jörg Meuthen", neither of them typed).
    untyped: dict[str, list[str]] = defaultdict(list)
    for key, kind in provisional.items():
        words = key.split()
        if kind == "other" and 2 <= len(words) <= 3:
            untyped[words[-1]].append(key)
    for key in groups:
        if (key in target or " " in key or provisional.get(key) != "other"
                or len(untyped.get(key, ())) != 1 or known_type(key)):
            continue
        target[key] = untyped[key][0]
    organizations: dict[str, list[str]] = defaultdict(list)  # "Norland" -> "Norland Engineering"
    for key, kind in provisional.items():
        words = key.split()
        if kind == "organization" and len(words) >= 2:
            organizations[words[0]].append(key)
            if "of" not in words:  # "Dortmund" joins "Borussia Dortmund", not "Bank of England"
                organizations[words[-1]].append(key)
    for key in groups:
        if key in target or " " in key or key not in organizations:
            continue
        if known_type(key) or is_demonym(key) or len(set(organizations[key])) > 1:
            continue  # a place, a people, or ambiguous between two organizations
        target[key] = organizations[key][0]

    merged: dict[str, list[RawMention]] = defaultdict(list)
    merged_use: dict[str, Votes] = defaultdict(lambda: defaultdict(float))
    for key, g in groups.items():
        root, seen = key, {key}
        while root in target and target[root] in groups and target[root] not in seen:
            root = target[root]
            seen.add(root)
        merged_use[root] = _plus(merged_use[root], used.get(key, {}))
        if root == key:
            merged[root].extend(g.mentions)
        else:  # a surname or short form takes the type of the full name it joins
            kind = provisional[root]
            merged[root].extend(dataclasses.replace(m, type=kind) for m in g.mentions)

    result = []
    for root, members in merged.items():
        forms = Counter(_surface(text, m) for m in members)
        # The form that is the name's own key first: "G20" over "Group of 20", which the
        # alias table maps to it; then the fullest.
        name = max(forms, key=lambda f: (
            _own_key(f) == root, len(f.split()), not _shouting(f), len(f), forms[f]
        ))  # fmt: skip
        if all(m.shouted and not m.cue for m in members) and not known_type(name):
            continue  # only in a recased headline: too likely "PUNISH RULING PARTY"
        full = [m for m in members if " " in name and _surface(text, m) == name]
        votes = _plus(_Group(root, members + full + full).votes(), _cue_votes(name, name.split()))
        votes = _plus(votes, merged_use[root])
        result.append((name, _decide(votes, name), sorted(members, key=lambda m: m.start)))
    return result


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
        """Return True when ``pos`` lies in a summary sentence."""
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
