"""People told by their given name, in languages without a tagger here.

The language-independent finder (fallback.py) types a name only on a cue around it (a title, an
office, a quote); most people of a French, Spanish or German article went untyped ("Other
names") and the brief's People list stayed short. A name of two to four words whose first word
is a common given name ("Jean-Luc Mélenchon", "Ana Mato") is a person's. The given names are
Faker's lists for its Latin-script locales (lexicon.given_names: resources/names/
given-names.txt, made by build_scripts/given_names.py; MIT licence beside it), places left out
("Paris", "Florence").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from inbrief.core.entities.fallback import _PARTICLES
from inbrief.core.entities.lexicon import ORGANIZATIONS, PLACES, given_names
from inbrief.core.entities.spans import RawMention

NAME_WORDS = (2, 4)  # the fewest and most words of a name typed so
_INITIAL = re.compile(r"^[A-ZÀ-ÖØ-Þ]\.$")  # a middle initial ("Salvador G. Tena")
# A capitalised word with a lower-case letter after its first (no initial, no acronym), parts
# joined by a hyphen or apostrophe ("Dupond-Moretti", "O'Neill").
_WORD = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+(?:[-'’][A-ZÀ-ÖØ-ÞĀ-Ža-zß-öø-ÿā-ž]+)*$")


def is_given_name_person(name: str) -> bool:
    """Return True when ``name`` reads as a person's: NAME_WORDS words, the first a given name
    (its first part when hyphenated: "Jean-Luc"), each capitalised but the particles between
    ("Geneviève de Gaulle"), no word a place or organisation the lexicon knows."""
    words = name.split()
    if (not NAME_WORDS[0] <= len(words) <= NAME_WORDS[1] or name in PLACES
            or name in ORGANIZATIONS):
        return False
    if words[0].split("-")[0] not in given_names() or not _WORD.match(words[-1]):
        return False
    return all((_WORD.match(word) or 0 < at < len(words) - 1
                and (word in _PARTICLES or _INITIAL.match(word) is not None))
               and (at == 0 or word not in PLACES and word not in ORGANIZATIONS)
               for at, word in enumerate(words))


def people_by_given_name(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """Return ``mentions`` with each untyped one that nothing else typed and that reads as a
    person's name (is_given_name_person) typed as a person; one whose first word runs a role,
    party or ministry into such a name ("Aktivistin Greta Thunberg", "LREM Christophe
    Castaner", "Santé Olivier Véran") becomes that name."""
    typed = []
    for m in mentions:
        name = text[m.start:m.end]
        if m.type != "other" or m.cue is not None:
            typed.append(m)
        elif is_given_name_person(name):
            typed.append(dataclasses.replace(m, type="person"))
        elif (rest := _after_role(name)) is not None:
            start = m.start + len(name) - len(rest)
            typed.append(dataclasses.replace(m, start=start, type="person"))
        else:
            typed.append(m)
    return typed


def _after_role(name: str) -> str | None:
    """Return the person's name that ends ``name`` past its first word (and a particle after
    it: "Ejecutivo de José Luis Rodríguez Zapatero"), when that word runs a role, party or
    ministry into it; else None."""
    words = name.split()
    for skip in (1, 2):
        if len(words) < skip + 2 or skip == 2 and words[1] not in _PARTICLES:
            continue
        rest = " ".join(words[skip:])
        if is_given_name_person(rest) and name.endswith(rest):
            return rest
    return None
