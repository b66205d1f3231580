"""DateLanguage: the record of how one language writes dates, and the grammar parts it holds."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

# What a relative word stands for: a unit ("day", "week", "month", "year") and an offset in
# those units from the reference date ("gestern" is ("day", -1)).
Offset = tuple[str, int]


@dataclass(frozen=True)
class Ago:
    """How a language says "N units ago": "vor zwei Jahren", "il y a trois mois", "3年前"."""

    pattern: str  # a regex with {n} and {unit} slots: r"vor\s+{n}\s+{unit}"
    numbers: Mapping[str, int]  # number words ("zwei": 2); figures are always read
    units: Mapping[str, str]  # unit words: "jahren" -> "year" ("month", "week", "day")


@dataclass(frozen=True)
class TenseCues:
    """Regexes (matched ignoring case) of the words that put a clause in the future or past.

    Reporting verbs ("said") are left out on purpose: news puts them in the past even when
    the reported event is still to come.
    """

    future: str
    past: str
    # Past-tense verbs, reporting verbs included, that put a bare weekday in the past:
    # "said Thursday" is the Thursday before the reference date. Read for weekdays only
    # (a month or a year moves on the ``past`` words alone). "": the ``past`` words only.
    past_verbs: str = ""
    # Words that leave such a weekday to the nearest one despite a past verb: "said the
    # flights would leave on Monday" (the future of a past). "": none.
    undecided: str = ""


@dataclass(frozen=True)
class WordOrder:
    """The grammar of dates written with month names and small joining words (grammar.py).

    "3. März 2023", "14 de marzo de 2023", "martes 14", "14 марта 2023". Each joiner is a
    regex of what may stand between two parts of a date.
    """

    day_month: str  # "3. März": r"\.?"; "14 de marzo": r"(?:\s+de)?"
    month_year: str  # "marzo de 2023"
    season_year: str  # "primavera de 2026"
    weekday_date: str  # "Dienstag, dem 14.": r",?\s+(?:(?:dem|den)\s+)?"
    # Nouns are capitalised (German): "Morgen" is morning, "morgen" tomorrow, so the relative
    # words match only as written.
    capitalised_nouns: bool


@dataclass(frozen=True)
class Counters:
    """The grammar of dates written as numbers with counters (grammar_cjk.py): 2025年3月14日.

    Each counter is a regex of what follows the number of a year, month or day.
    """

    year: str
    month: str
    day: str


@dataclass(frozen=True)
class EnglishWords:
    """The word tables only the English grammar reads (grammar_en.py and the resolvers)."""

    month_abbreviations: Mapping[str, int]  # count only next to a day or year ("Jan. 5")
    number_words: Mapping[str, int]  # "two years ago"
    ordinals: Mapping[str, int]  # "the third quarter", "the 20th century"
    decade_words: Mapping[str, int]  # "the eighties" -> 8


Grammar = WordOrder | Counters | EnglishWords


@dataclass(frozen=True, eq=False)
class DateLanguage:
    """How one language writes dates: its words, and which grammar reads them.

    Word tables are lower case, with accented and plain spellings and every inflected form
    the grammar should accept. Compared (and hashed) by identity: one record per language.
    """

    code: str  # base language code: "de"
    grammar: Grammar
    months: Mapping[str, int]  # name -> 1..12 (empty where months are numbers: 3月)
    weekdays: Mapping[str, int]  # name -> 0 (Monday)..6 (empty: weekdays are not read)
    seasons: Mapping[str, int]  # name -> 0 spring, 1 summer, 2 autumn, 3 winter
    relative_words: Mapping[str, Offset]  # fixed words: "gestern" -> ("day", -1)
    ago: Ago | None  # None: no table (English has a rule of its own)
    tense: TenseCues | None  # None: no cues of its own, the English ones are read
