"""Type evidence from what a name does in its sentence: whom it beats, how it speaks.

The small English model tags many players' names as organizations ("Diego Schwartzman
defeating Cristian Garin"). What the text does with a name says more than its letters: the
two sides of a contest are of one kind (two players, two teams), and a name that speaks in
the first person ('"I played well," Schwartzman said') or is "he" or "she" is somebody, and
so is a name opening with the first name of somebody else in the text ("Diego").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from inbrief.core.entities.lexicon import is_demonym, known_type
from inbrief.core.entities.name_cues import (
    EVENT_WORDS,
    LEGAL_SUFFIXES,
    ORG_PREFIXES,
    ORG_SUFFIXES,
    PLACE_WORDS,
)
from inbrief.core.entities.spans import RawMention

Votes = dict[str, float]  # type -> summed evidence

# One use outweighs the tagger's reading of a full name (1.5 a mention, counted thrice for
# the fullest form) but not a layout cue on it (4.5, also thrice).
USE_WEIGHT = 5.0
# Verbs of a contest between the names on either side: "Ana Silva edged Rui Costa 7-6".
_CONTEST = re.compile(
    r"[ \t]+(?:beat|beats|beating|defeat|defeats|defeated|defeating|edge|edges|edged|edging|"
    r"upset|upsets|upsetting|top|tops|topped|topping|downed|ousted|outlasted|overcame|routed|"
    r"stunned|thrashed|dispatched|eliminated|knocked[ \t]+out|lost[ \t]+to|loses[ \t]+to|"
    r"fell[ \t]+to|falls[ \t]+to|drew[ \t]+with|(?:cruised|rallied|eased|swept|got|slipped)"
    r"[ \t]+past)[ \t]+"
)
# A speech verb after a name, then maybe what says it is a person: "Lee said he would".
# The same verbs in the other languages whose names have no tagger here ("sagte", "a déclaré",
# "dijo", "ha detto", "disse"): they make a person with a first-person quote.
_SPEECH_ELSEWHERE = (
    r"|sagte|sagt|erklärte|erklärt|betonte|meinte|ergänzte|a[ \t]+(?:dit|déclaré|expliqué"
    r"|affirmé|ajouté|raconté)|explique|affirme|déclare|raconte|ajoute|dijo|afirmó|explicó"
    r"|añadió|aseguró|ha[ \t]+(?:detto|spiegato|aggiunto)|spiega|disse|afirmou|explicou")
_SPEAKS_AFTER = re.compile(
    r"[ \t]+(?:said|says|told|added|asked|recalled|admitted|explained|insisted|joked"
    rf"{_SPEECH_ELSEWHERE})\b(?:[ \t]+(?:that[ \t]+)?(he|she)\b)?"
)
_SPEAKS_BEFORE = re.compile(
    rf"\b(?:said|says|added|asked|recalled|admitted{_SPEECH_ELSEWHERE})[ \t]+$")
# The next sentence opens with "He" or "She": it speaks of the name opening this one.
_NEXT_HE = re.compile(r"[.!?][\"”’]?\s+(?:He|She)\b")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)[\"“‘]?$")
_SENTENCE_REACH = 400  # how far a sentence may run from a name to its end
_QUOTE = re.compile(r"[\"“”„«»]([^\"“”„«»]{1,600})[\"“”«»]")
_FIRST_PERSON = re.compile(
    r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|myself|mine"
    r"|(?i:ich|mich|mir|mein|meine|meinen|meinem|meiner|je|j['’]|moi|mon|mes|yo|mí|mis"
    r"|io|mio|mia|miei|meu|minha|meus|minhas))(?!\w)")
_QUOTE_GAP = 60  # how far a quote may stand from the name that says it ('," the No. 3 Lee said')


def person_shaped(key: str) -> bool:
    """Return True when nothing in a name's key says it is not a person's name: no
    organization, place or event word, not a known organization, place or people."""
    names = key.split()
    if not 1 <= len(names) <= 3 or known_type(key) or is_demonym(key):
        return False
    marks = ORG_SUFFIXES | LEGAL_SUFFIXES | ORG_PREFIXES | PLACE_WORDS | EVENT_WORDS
    return not any(n in marks or known_type(n) for n in names)


def _first_person_quote(text: str, m: RawMention, said_end: int | None) -> bool:
    """Return True when the quote a name says, just before it or just after its speech verb,
    speaks in the first person singular ('"I think ...," Lee said')."""
    low = max(0, m.start - 700)
    high = min(len(text), (said_end or m.end) + 700)
    for quote in _QUOTE.finditer(text, low, high):
        before = (quote.end() <= m.start and m.start - quote.end() <= _QUOTE_GAP
                  and not _SENTENCE_END.search(text, quote.end(), m.start))  # its sentence
        after = said_end is not None and 0 <= quote.start() - said_end <= _QUOTE_GAP // 3
        if (before or after) and _FIRST_PERSON.search(quote.group(1)):
            return True
    return False


def _alone_before_he(text: str, m: RawMention, following: int) -> bool:
    """Return True when ``m`` opens its sentence, no other name follows in it (the next
    starts at ``following``) and the next sentence opens with "He" or "She"."""
    if not _OPENS_SENTENCE.search(text, max(0, m.start - 4), m.start):
        return False  # "a Forest Hill police sergeant ... He": the name only qualifies
    end = _SENTENCE_END.search(text, m.end, m.end + _SENTENCE_REACH)
    if end is None or end.start() >= following:
        return False
    return bool(_NEXT_HE.match(text, end.start()))


def _speaker_votes(text: str, m: RawMention) -> float:
    """Return the person evidence from how a mention speaks: "he"/"she" after its speech
    verb, or a first-person quote it says."""
    said = _SPEAKS_AFTER.match(text, m.end)
    if said and said.group(1):
        return USE_WEIGHT
    spoken = said is not None or bool(_SPEAKS_BEFORE.search(text, max(0, m.start - 12), m.start))
    if spoken and _first_person_quote(text, m, said.end() if said else None):
        return USE_WEIGHT
    return 0.0


def _surname(key: str) -> str:
    """Return a name's last word without a plural "s" ("Iceberg Passages": "passage")."""
    last = key.rsplit(" ", 1)[-1]
    return last[:-1] if last.endswith("s") else last


def _sharing_a_first_name(types: Mapping[str, str]) -> list[str]:
    """Return the keys of two- and three-word names whose first word opens a person's name
    with another last name in the text ("diego schwartzberg" beside "diego alvarez"), unless
    the text names that word alone as something else ("Ascom" beside "Ascom North America")."""
    given: dict[str, set[str]] = defaultdict(set)  # first name -> the last names it opens
    for key, kind in types.items():
        if kind == "person" and 2 <= len(key.split()) <= 3:
            given[key.split()[0]].add(_surname(key))
    found = []
    for key in types:
        first = key.split()[0]
        if not 2 <= len(key.split()) <= 3 or types.get(first, "person") != "person":
            continue
        if given.get(first, set()) - {_surname(key)}:
            found.append(key)
    return found


def use_votes(
    text: str,
    keyed: Sequence[tuple[str, RawMention]],
    types: Mapping[str, str],
) -> dict[str, Votes]:
    """Return type votes per grouping key from what its mentions do in the text.

    ``keyed`` pairs each mention with its group's key; ``types`` is each key's type as read
    so far. A person on the other side of a contest, speaking in the first person, or a first
    name another person in the text has, makes a person; the votes go only to names that could
    be a person's.
    """
    votes: dict[str, Votes] = defaultdict(lambda: defaultdict(float))

    def vote(key: str, kind: str, weight: float) -> None:
        if weight and person_shaped(key):
            votes[key][kind] += weight

    for key in _sharing_a_first_name(types):
        vote(key, "person", USE_WEIGHT)
    ordered = sorted(keyed, key=lambda pair: pair[1].start)
    by_start = {m.start: key for key, m in ordered}
    for i, (key, m) in enumerate(ordered):
        vote(key, "person", _speaker_votes(text, m))
        following = ordered[i + 1][1].start if i + 1 < len(ordered) else len(text)
        if _alone_before_he(text, m, following):
            vote(key, "person", USE_WEIGHT)
        contest = _CONTEST.match(text, m.end)
        other = by_start.get(contest.end()) if contest else None
        if other is None or other == key:
            continue
        # Only a person lends its type: the tagger reads players as teams far more often
        # than teams as players, so a team's side would carry the tagger's mistake across.
        if types.get(other) == "person":
            vote(key, "person", USE_WEIGHT)
        if types.get(key) == "person":
            vote(other, "person", USE_WEIGHT)
    return votes
