"""The languages whose dates are read: one DateLanguage record each, and their registry."""

from __future__ import annotations

from inbrief.core.dates.languages import arabic, cjk, english, european
from inbrief.core.dates.languages.english import ENGLISH, ENGLISH_TENSE, ENGLISH_WORDS
from inbrief.core.dates.languages.record import (
    Ago,
    Counters,
    DateLanguage,
    EnglishWords,
    Grammar,
    TenseCues,
    WordOrder,
)

__all__ = [
    "DATE_LANGUAGES", "ENGLISH", "ENGLISH_TENSE", "ENGLISH_WORDS", "Ago", "Counters",
    "DateLanguage", "EnglishWords", "Grammar", "TenseCues", "WordOrder", "date_language",
]  # fmt: skip

# Adding a language: a DateLanguage record in the module of its family (listed in that
# module's LANGUAGES), or a new module listed here.
DATE_LANGUAGES: dict[str, DateLanguage] = {
    record.code: record
    for record in (*english.LANGUAGES, *european.LANGUAGES, *arabic.LANGUAGES, *cjk.LANGUAGES)
}


def date_language(code: str) -> DateLanguage | None:
    """Return the record of a language code ("de", "pt-BR", "EN"), None when not read.

    Dates of languages without a record are read with the English rules.
    """
    return DATE_LANGUAGES.get(code.lower().split("-")[0])
