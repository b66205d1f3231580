"""English's date words (its grammar is code: grammar_en.py and the resolvers)."""

from __future__ import annotations

from inbrief.core.dates.languages.record import DateLanguage, EnglishWords, TenseCues

ENGLISH_WORDS = EnglishWords(
    month_abbreviations={
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
        "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    },
    number_words={
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50, "hundred": 100,
    },
    ordinals={
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
        "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
        "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
        "twenty-first": 21, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    },
    decade_words={
        "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
        "seventies": 7, "eighties": 8, "nineties": 9,
    },
)  # fmt: skip

# Also read for the languages without cues of their own (tense=None).
ENGLISH_TENSE = TenseCues(
    future=(
        r"\b(?:will|won't|shall|going\s+to|(?:is|are|be)\s+(?:expected|scheduled|due|set|slated|"
        r"planned|likely)\s+to|plans?\s+to|intends?\s+to|upcoming)\b|'ll\b"
    ),
    past=r"\b(?:was|were|had|did|ago|earlier|last|yesterday)\b",
    # Regular past forms, except participles after "is"/"be" ("is scheduled for Friday") and
    # words that only end like one ("United", "hundred"), and the common irregular ones.
    past_verbs=(
        r"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )\b(?!(?:united|hundred|limited|related"
        r"|based|need|feed|speed|proceed|succeed|exceed|schedul|plann|expect|slat|postpon"
        r"|delay|due|intend)\w*\b)[a-z]{3,}ed\b"
        r"|\b(?:said|told|won|lost|met|held|left|saw|began|became|came|went|took|gave|made"
        r"|found|fell|rose|sold|bought|got|kept|led|ran|sent|spoke|stood|wrote|struck|shot"
        r"|fought|brought|thought|felt)\b"
    ),
    undecided=r"\b(?:would|could|might|should)\b|'d\b",
)

ENGLISH = DateLanguage(
    code="en",
    grammar=ENGLISH_WORDS,
    months={
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    },
    weekdays={
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
        "saturday": 5, "sunday": 6,
    },
    seasons={"spring": 0, "summer": 1, "autumn": 2, "fall": 2, "winter": 3},
    # Only the one-word days: "last week", "next year"... are rules of the English grammar.
    relative_words={"today": ("day", 0), "yesterday": ("day", -1), "tomorrow": ("day", 1)},
    ago=None,  # "two years ago", "a year earlier", "three weeks from now": grammar_en.py
    tense=ENGLISH_TENSE,
)  # fmt: skip

LANGUAGES = (ENGLISH,)
