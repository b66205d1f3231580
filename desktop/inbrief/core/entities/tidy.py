"""Names a reader would write down: no generic phrases, bare directions or projects as places;
state abbreviations spelled out ("Reno, Nev." -> Nevada)."""

from __future__ import annotations

import dataclasses
import re

from inbrief.core.entities.lexicon import words
from inbrief.core.entities.spans import RawMention

# US state and Canadian province abbreviations as news writes them after a city ("Reno, Nev.").
# Read only in that place: "Miss", "La" or "Ind" elsewhere are other words.
STATE_ABBREVIATIONS = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California",
    "Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida",
    "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Kans": "Kansas",
    "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts",
    "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri",
    "Mont": "Montana", "Neb": "Nebraska", "Nebr": "Nebraska", "Nev": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "Okla": "Oklahoma", "Ore": "Oregon",
    "Pa": "Pennsylvania", "Penn": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "Tenn": "Tennessee", "Tex": "Texas", "Vt": "Vermont", "Va": "Virginia",
    "Wash": "Washington", "WVa": "West Virginia", "Wis": "Wisconsin", "Wisc": "Wisconsin",
    "Wyo": "Wyoming", "Ont": "Ontario", "Que": "Quebec", "BC": "British Columbia",
    "Alta": "Alberta", "Sask": "Saskatchewan", "Man": "Manitoba", "NS": "Nova Scotia",
    "NB": "New Brunswick", "Nfld": "Newfoundland and Labrador", "PEI": "Prince Edward Island",
}  # fmt: skip
# "Reno, Nev." / "Boise, Idaho": a capitalised word, a comma, then the abbreviation.
_AFTER_CITY = re.compile(r"[A-Z][\w.'\-]*,\s*$")
# Compass points alone name no place a reader would list ("West" from "out West"); "the West"
# in the sense of the Western world is kept.
_DIRECTIONS = frozenset(
    words("north south east west northeast northwest southeast southwest midwest")
)
# What follows a name that makes it a project, product or event rather than the place it is
# named after: "the Kessel Gate project", "the Harbor Point development".
_NOT_PLACE_AFTER = re.compile(
    r"\s+(?:project|projects|programme|program|plan|scheme|development|pipeline|mine|"
    r"festival|summit|conference|award|awards|prize|initiative|accord|agreement|deal|"
    r"treaty|talks|process|brand|app|platform|device|phone|model|vaccine|drug|system)\b"
)
# ... or what comes before it: "the project, known as the Kessel Gate", "a plan called Blue Line".
_NOT_PLACE_BEFORE = re.compile(
    r"\b(?:project|projects|programme|program|plan|scheme|development|initiative|operation|"
    r"festival|summit|conference|barrier|bridge|dam|tunnel|vessel|ship|app|product)"
    r"[\s,]+(?:(?:is|was|will be|to be)\s+)?(?:known|called|named|dubbed|nicknamed)\s+"
    r"(?:as\s+)?(?:the\s+)?[\"“']?$",
    re.IGNORECASE,
)
# A common noun before a name that says it is a company: "the defense contractor Kessel Gate".
_COMPANIES = (
    r"(?:company|firm|contractor|maker|manufacturer|developer|operator|carrier|retailer|"
    r"insurer|lender|bank|group|conglomerate|startup|start-up|publisher|broadcaster|airline|"
    r"automaker|chipmaker|miner|producer|supplier)"
)
_COMPANY_BEFORE = re.compile(rf"\b{_COMPANIES}\s+$")
# ... or in apposition after it: "Kessel Gate, a group co-founded by", "Orvin, a firm that".
# The noun must end its phrase: "Lee, a company director" is a person.
_COMPANY_AFTER = re.compile(
    rf",\s+an?\s+(?:[\w\-]+\s+){{0,2}}?{_COMPANIES}"
    r"(?=\s*[,.;]|\s+(?:that|which|whose|based|founded|co-founded|owned|run|controlled|"
    r"known|with|in|from|specialising|specializing)\b)"
)
# Numbered groups of countries, which taggers often miss or cut ("Group of" + "20").
_NUMBERED_GROUP = re.compile(
    r"(?<![\w-])(?:Group of (?:7|8|20|77|Seven|Eight|Twenty)|G-?(?:7|8|20|77))(?![\w-])"
)
# A role noun before a name in apposition: "Her challenger, Marcus Hale, conceded".
_PERSON_BEFORE = re.compile(
    r"\b(?:challenger|rival|opponent|spokesman|spokeswoman|spokesperson|wife|husband|son|"
    r"daughter|brother|sister|mother|father|widow|lawyer|attorney|founder|colleague|"
    r"predecessor|successor|deputy|aide|adviser|advisor|"
    # occupations news writes before a name ("quarterback Mason Rudolph", "coach Ann Lee")
    r"quarterback|coach|player|teammate|striker|goalkeeper|pitcher|defender|midfielder|"
    r"forward|guard|captain|actor|actress|singer|rapper|novelist|author|writer|artist|"
    r"director|producer|journalist|reporter|columnist|economist|analyst|professor|"
    r"scientist|researcher|doctor|surgeon|nurse|teacher|pilot|driver|detective|"
    r"entrepreneur|investor|billionaire|chef|designer|architect),?\s+$"
)
# (An opening quotation mark or an ellipsis may stand before the word: '“… Fares have risen'.)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)[“\"‘'«(]?(?:…\s*)?$")
SENTENCE_START_REACH = 6  # characters before a word looked at for the sentence's start
# A lower-case word a tagger took as the end of a name: "an Illinois city", "a Texas town".
# "al-Assad", "el-Sisi", "bin-Talal" end a name.
_TRAILING_COMMON = re.compile(r"(?:\s+(?![a-z]{1,3}-[A-Z])[a-z][\w'\-]*)+$")
_PARTICLES = frozenset(words("of the and for de du des la le von van der den di da del y e"))
# Lower-case words inside a person's name ("Ludwig van Beethoven", "Bashar al-Assad").
_NAME_PARTICLES = _PARTICLES | frozenset(
    words("al el bin ibn bint ben ter te zu af dos das do della dello degli st")
)
_WORD = re.compile(r"\S+")


# An abbreviation in capitals before a name: a position or a unit ("Browns DL Sheldon
# Richardson", "Sen. Ann Lee" is a title and has its full stop).
_CAPS_BEFORE_NAME = re.compile(r"^(?:\S+\s+)*?[A-Z]{2,3}\s+(?=\S+\s+\S)")
_COUNT_AFTER_NAME = re.compile(r"(?<=[^\W\d_])\s+\d+$")  # a score or count after a name
# "the Steelers": a plural after "the" names a team or a band, not a person.
_THE_PLURAL = re.compile(r"\b[Tt]he\s+$")
# What "the" + a surname names: "the Harris campaign", "the Jones family", "the Adams years".
_OF_A_PERSON = re.compile(
    r"\s+(?:family|families|campaign|administration|government|cabinet|era|years|sisters"
    r"|brothers|household|estate|case|trial|affair|doctrine|presidency|foundation)\b"
)


def _team(text: str, surface: str, people: set[str]) -> bool:
    """Return True for a one-word "person" in the plural that the text writes after "the" at
    least once ("the Steelers", "facing the Browns again" beside "Browns pass rusher Tom Hale":
    a surname alone is not written so), unless it ends a person's name there ("Serena
    Williams"), its singular does ("the Obamas" beside "Barack Obama") or the "the" belongs to
    what follows ("the Harris campaign", "the Jones family")."""
    if " " in surface or not surface.endswith("s"):
        return False
    singular = surface[:-1]
    if any(name.endswith((" " + surface, " " + singular)) or name == singular for name in people):
        return False  # "Serena Williams", "the Obamas" beside "Barack Obama"
    starts = [match.start() for match in re.finditer(re.escape(surface) + r"\b", text)]
    return any(
        _THE_PLURAL.search(text, max(0, at - 5), at)
        and not _OF_A_PERSON.match(text, at + len(surface))
        for at in starts
    )


def _split_person(text: str, m: RawMention) -> list[RawMention]:
    """Return a "person" span cut at lower-case words no name has inside it: a tagger that
    reads "Garrett hit Rudolph" at a line's start as one name gives two people."""
    parts: list[RawMention] = []
    run_start = run_end = -1
    for word in _WORD.finditer(text, m.start, m.end):
        token = word.group()
        if token[:1].islower() and token.split("-")[0].casefold() not in _NAME_PARTICLES:
            if run_start >= 0:
                parts.append(dataclasses.replace(m, start=run_start, end=run_end,
                                                 titled=m.titled and not parts))
            run_start = -1
            continue
        if run_start < 0:
            run_start = word.start()
        run_end = word.end()
    if not parts:
        return [m] if run_start == m.start else [] if run_start < 0 else [
            dataclasses.replace(m, start=run_start, end=run_end)]
    if run_start >= 0:
        parts.append(dataclasses.replace(m, start=run_start, end=run_end, titled=False))
    return parts


def tidy(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """Return the mentions without generic phrases and bare compass points, projects typed
    "other", state abbreviations after a city given their full names, and numbered groups
    ("G20", "the Group of Seven") as organizations."""
    result = []
    taken = [(m.start, m.end) for m in mentions]
    for match in _NUMBERED_GROUP.finditer(text):
        start, end = match.span()
        if not any(s < end and start < e for s, e in taken):
            mentions = [*mentions, RawMention(start, end, "organization", 1.5)]
    not_places = {
        text[m.start : m.end]
        for m in mentions
        if m.type == "place" and (_NOT_PLACE_AFTER.match(text, m.end)
                                  or _NOT_PLACE_BEFORE.search(text, max(0, m.start - 60), m.start))
    }
    counts: dict[str, int] = {}

    def said_once(surface: str) -> bool:
        if surface not in counts:
            counts[surface] = text.count(surface)
        return counts[surface] == 1

    lowered: dict[str, bool] = {}  # a word's lower-case form found in the text, asked once

    def said_in_lower_case(surface: str) -> bool:
        if surface not in lowered:
            lowered[surface] = re.search(rf"\b{re.escape(surface.lower())}\b", text) is not None
        return lowered[surface]

    people = {text[m.start : m.end] for m in mentions if m.type == "person"}
    split = []
    for m in mentions:
        if m.type == "person":
            split.extend(_split_person(text, m))
            continue
        parts = _split_person(text, m)
        # "Garrett hit Rudolph" taken for a title: people named elsewhere, joined by a verb.
        if len(parts) > 1 and all(text[p.start : p.end] in people for p in parts):
            split.extend(dataclasses.replace(p, type="person") for p in parts)
        else:
            split.append(m)
    for m in split:
        surface = text[m.start : m.end]
        if m.type == "person":
            caps = _CAPS_BEFORE_NAME.match(surface)
            if caps:
                m = dataclasses.replace(m, start=m.start + caps.end())
                surface = surface[caps.end() :]
            if _team(text, surface, people):
                m = dataclasses.replace(m, type="organization")
            count = _COUNT_AFTER_NAME.search(surface)
            if count is not None:  # "Aiden Haig 1 goal": the number is no part of the name
                m = dataclasses.replace(m, end=m.start + count.start())
                surface = surface[: count.start()]
        trailing = _TRAILING_COMMON.search(surface)
        if trailing and trailing.start() > 0:
            kept = surface[: trailing.start()]
            if kept.rsplit(" ", 1)[-1].casefold() in _PARTICLES:
                continue  # "Bank of" something lower case: no name left
            m = dataclasses.replace(m, end=m.start + len(kept))  # "an Illinois city" -> Illinois
            surface = kept
        if surface.casefold() in _DIRECTIONS and not _the_west(text, m):
            continue
        if m.type == "place" and surface in not_places:
            m = dataclasses.replace(m, type="other", weight=0.0)
        if (m.type == "person" and " " not in surface and not m.titled and m.cue is None
                and _SENTENCE_START.search(text, max(0, m.start - SENTENCE_START_REACH), m.start)
                and (said_once(surface) or said_in_lower_case(surface))):
            # "Turnout reached 61 percent": a word opening a sentence, said once, or in lower
            # case elsewhere ("Fares have increased" and "taxi fares").
            continue
        if m.type != "person" and _PERSON_BEFORE.search(text, max(0, m.start - 20), m.start):
            m = dataclasses.replace(m, cue="person")
        if m.type != "organization" and (
            _COMPANY_BEFORE.search(text, max(0, m.start - 20), m.start)
            or _COMPANY_AFTER.match(text, m.end)
        ):
            m = dataclasses.replace(m, cue="organization")
        full = STATE_ABBREVIATIONS.get(surface.replace(".", ""))
        if full is not None and _AFTER_CITY.search(text, max(0, m.start - 40), m.start):
            m = dataclasses.replace(m, type="place", canonical=full)
        result.append(m)
    return result


def _the_west(text: str, m: RawMention) -> bool:
    """Return True for "the West" (or "the East") as the political world, not a direction."""
    surface = text[m.start : m.end]
    before = text[max(0, m.start - 4) : m.start].casefold()
    after = text[m.end : m.end + 2]
    return surface in ("West", "East") and before == "the " and not after.strip()[:1].isupper()
