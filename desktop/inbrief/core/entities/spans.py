"""Raw entity mentions and their clean spans: no titles, "the", possessives or stray marks."""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass

from inbrief.core.brief import EntityType
from inbrief.core.entities.lexicon import NOT_NAMES, group_key, is_demonym, words
from inbrief.core.entities.name_cues import (
    OF_HEADS,
    ORG_SUFFIXES,
    PERSON_TITLES,
    PLACE_WORDS,
    STRONG_PERSON_TITLES,
    TITLE_PHRASES,
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
    canonical: str | None = None  # the name to show and group by, when not the text ("Nevada")


_LEAD_PUNCT = "\"'“”‘’«»([{-–—,;:/*•· \t\r\n"
_TRAIL_PUNCT = "\"'“”‘’«»)]},;:-–—!?/*•· \t\r\n"
# The rest of a name joined on with hyphens around a short word in lower case, which a tagger
# cuts off ("Mar" + "-a-Lago", "Stratford" + "-upon-Avon"); not another name ("Trump-Biden")
# nor a word made of the name ("Trump-era", "Kremlin-linked").
_JOINED_ON = re.compile(r"-[a-z]{1,4}-[A-Z][\w]*(?:-[\w]+)*")
_KEEP_DOT = frozenset(words("inc corp co ltd jr sr bros st mt no"))
_POSSESSIVE = re.compile(r"\s?['’]s$|(?<=s)['’]$", re.IGNORECASE)
_TITLE_WORD = re.compile(r"([A-Za-z][A-Za-z\-]*)\.?\s+")
_TITLE_BEFORE = re.compile(r"\b([A-Za-z][A-Za-z\-]*)\.?\s+$")
_AFTER_OF = re.compile(r" of (?:the )?(?:\d+|[A-Z][\w\-&']*(?: [A-Z][\w\-&']*)*)")
_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Z0-9&\.\-]{1,8}s?)\s*\)")
_DANGLING = re.compile(r" (?:and|&|of|for|the|de)$")
_TRAILING_NUMBER = re.compile(r"(?<! of) [+\-]?\d[\d\-./]*$")
_WORD = re.compile(r"[^\W_][\w'’\-\.&]*")
# "The"/"the" before a name, and "a"/"an" in small letters ("A Tribe Called Quest" is one).
_ARTICLE = re.compile(r"(?:[Tt]he|THE|an?) ")
_MINOR = frozenset(words("of the and for de du des la le von van der den di da del y e &"))


# A question's first word, capitalised as a sentence opens, before a name: "Are Urban Meyer
# ...", "Did Ada Brennan ...", "Why Marenia ...".
_QUESTION_OPENER = re.compile(
    r"(?:Are|Is|Was|Were|Do|Does|Did|Can|Could|Will|Would|Should|Has|Have|Had|Why|How|What"
    r"|When|Where|Who|Which)\s+(?=[A-Z])")


def _sentence_start(text: str, start: int) -> bool:
    """Return True when ``text[start]`` opens a sentence (or the text, or a line)."""
    before = text[max(0, start - 3) : start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n"


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
    while start < end and (text[start] in _LEAD_PUNCT or text[start].isspace()):
        start += 1
    newline = text.find("\n", start, end)
    if newline >= 0:  # a name never runs across a line break
        end = newline
    joined = _JOINED_ON.match(text, end)
    if joined:
        end = joined.end()  # "Mar" cut from "Mar-a-Lago", "Saint" from "Saint-sur-Mer"
    while True:
        # Any whitespace, not only spaces and tabs: "\x1e" and friends count as space to str.strip.
        while end > start and (text[end - 1] in _TRAIL_PUNCT or text[end - 1].isspace()):
            end -= 1
        span = text[start:end]
        if span.endswith(".") and not _keeps_dot(span):
            end -= 1
            continue
        possessive = _POSSESSIVE.search(span)
        if possessive and possessive.start() > 0:
            end = start + possessive.start()
            continue
        if span.count("(") > span.count(")"):  # "Copyright Holder(s"
            end = start + span.rindex("(")
            continue
        slash = span.find("/")
        if (
            raw.type == "person"
            and " " in span
            and slash > 0
            and span[slash + 1 : slash + 2].isupper()
        ):
            end = start + slash  # "Ana Silva/Wire Agency": a photo credit's name part
            continue
        number = _TRAILING_NUMBER.search(span)
        if number and number.start() > 0:  # "New York Desk +1 212": a phone number, not a name
            end = start + number.start()
            continue
        break
    article = _ARTICLE.match(text, start, end)
    if article:  # "the Senate", "a White House who ...": the article is no part of the name
        start = article.end()
        while start < end and text[start] in _LEAD_PUNCT:  # 'the "Red Box': the quote too
            start += 1
    opener = _QUESTION_OPENER.match(text, start, end)
    if opener and _sentence_start(text, start):
        start = opener.end()  # "Are Urban Meyer and Nick Saban really ...?": not "Are"'s
    start, strong = _strip_title(text, start, end, force=raw.type == "person")
    before = _TITLE_BEFORE.search(text, max(0, start - 20), start)
    if before and before.group(1).casefold() in STRONG_PERSON_TITLES:
        strong = True
    span = text[start:end]
    if len(span) < 2 or not any(c.isalpha() for c in span) or group_key(span) in NOT_NAMES:
        return None
    if not any(c.isupper() for c in span):  # "communist": a word, not a name
        return None
    kind = raw.type
    if is_demonym(span):
        kind = "other"  # "Palestinians", "Thai": a people, not a person or a place
    elif kind == "person" and span.isupper() and " " not in span and not strong:
        kind = "organization"  # an acronym is not somebody's name
    return dataclasses.replace(raw, start=start, end=end, type=kind, titled=raw.titled or strong)


# A town named after its river or region, the tagger's two names ("Braunau am Inn": a place
# and a person; "Freiburg im Breisgau", "Halle an der Saale", "Newcastle upon Tyne").
_TOWN_JOINER = re.compile(r" (?:am|im|an der|ob der|bei|upon) ")


def extend_of(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """Return mentions with split names joined: "Group" + " of 20", "Mines and" + "Energy...",
    "Braunau" + " am " + "Inn"."""
    mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
    out: list[RawMention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue  # swallowed by the extended previous mention, or overlapping
        if (out and out[-1].type == "place" and " " not in text[m.start : m.end]
                and _TOWN_JOINER.fullmatch(text, out[-1].end, m.start)):
            out[-1] = dataclasses.replace(out[-1], end=m.end)  # "Braunau am Inn": one place
            continue
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
        if len(words) >= 2 and words[-1] == "of" and words[-2].casefold() in OF_HEADS:
            m = dataclasses.replace(m, end=m.end - 3)  # "Group of" + "20": the tagger's split
            words.pop()
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


def propagate(text: str, mentions: list[RawMention], surnames: bool = False) -> list[RawMention]:
    """Return the mentions plus other occurrences of the same names the tagger missed.

    With ``surnames`` (the tagger read only part of a long text), a person's last name alone
    is matched too, since the tagger never saw most of the later "Okafor said" mentions.
    """
    forms: dict[str, EntityType] = {}
    lower_words = {w for w in re.findall(r"\w+", text) if w.islower()}
    for m in mentions:
        form = text[m.start : m.end]
        if m.type == "other" or len(form) < 3 or not form[0].isupper():
            continue
        if surnames and m.type == "person" and " " in form:
            last = form.rsplit(" ", 1)[1]
            if len(last) >= 3 and last[0].isupper() and last.lower() not in lower_words:
                forms.setdefault(last, "person")
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


# A name with a nickname in quotes between its parts: Lee "Faker" Sang-hyeok, Dwayne "The
# Rock" Johnson (a tagger reads a part of it: "Lee", 'Faker" Sang-hyeok').
_NICKNAMED = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]*\s+[\"“][A-Z][^\"“”\n]{0,24}[\"”]\s+[A-Z][\w-]*[^\W\d_]")


def _nicknamed(view: str, mentions: list[RawMention]) -> list[RawMention]:
    """Return ``mentions`` with each name around a quoted nickname that a mention overlaps
    taken whole, as a person."""
    for match in _NICKNAMED.finditer(view):
        start, end = match.span()
        inside = [m for m in mentions if m.start < end and m.end > start]
        if inside:
            kept = [m for m in mentions if m.end <= start or m.start >= end]
            weight = max(m.weight for m in inside)
            mentions = [*kept, RawMention(start, end, "person", weight)]
    return mentions


def prepare(view: str, mentions: list[RawMention]) -> list[RawMention]:
    """Return cleaned mentions with "of" splits joined and names around a nickname whole.

    ``view`` is the text, or a same-length copy of it with shouting passages recased.
    """
    cleaned = [c for m in mentions if (c := clean(view, m)) is not None]
    if '"' in view or "“" in view:
        cleaned = _nicknamed(view, cleaned)
    return extend_of(view, cleaned)


def trim_headline_names(
    text: str, mentions: list[RawMention], headlines: list[tuple[int, int]]
) -> list[RawMention]:
    """Return mentions where a Title Case headline's "Harbor Council Approves" is cut back to
    the "Harbor Council" the text names elsewhere."""
    if not headlines:
        return mentions
    # Headlines do not overlap: the last one starting at or before a mention is the only one
    # that can hold it (a bisection, not a scan of every headline for every mention).
    ordered = sorted(headlines)
    starts = [s for s, _ in ordered]

    def in_headline(position: int) -> bool:
        i = bisect.bisect_right(starts, position) - 1
        return i >= 0 and position < ordered[i][1]

    inside = [in_headline(m.start) for m in mentions]
    known = {text[m.start : m.end] for m, head in zip(mentions, inside, strict=True) if not head}
    result = []
    for m, head in zip(mentions, inside, strict=True):
        surface = text[m.start : m.end]
        if head and surface not in known:
            ends = [w.end() for w in re.finditer(r"\S+", surface)]
            for end in reversed(ends[:-1]):
                if surface[:end] in known:
                    m = dataclasses.replace(m, end=m.start + end)
                    break
        result.append(m)
    return result
