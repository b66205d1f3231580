"""How a keyword candidate reads: whether a word can be a keyword at all (no filler, date word,
number or verb form), where it is written (headline, sentence start), whether it is a verb
there, and whether a phrase is a piece of a longer name."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from functools import cache

from inbrief.core.dates.grammar_cjk import relative_words
from inbrief.core.dates.languages import ENGLISH, WordOrder, date_language
from inbrief.core.keyword_words import (
    AGENCIES,
    CARDINALS,
    FILLERS,
    HIRAGANA_ONLY,
    INFINITIVES,
    KO_OBJECT_PARTICLES,
    KO_PARTICLES,
    KO_TOPIC_PARTICLES,
    KO_VERB_ENDING,
    TITLE_WORD,
    VERB_FORMS,
    ZH_COUNT,
)

# Where a word is written: mid-sentence (its capitals are its own), first in a sentence (a
# capital there says nothing), or in a title-case headline (nor do capitals there).
MID, FIRST, HEADLINE = 0, 1, 2


# Words that stay stop words even capitalised beside a name ("The Associated Press").
ARTICLES = frozenset(["the", "a", "an", "and", "of", "for", "to", "in", "on", "at", "by"])


def beside_name(
    piece: str, spans: Sequence[tuple[int, int]], index: int, stops: Collection[str]
) -> bool:
    """Return True when the word at ``index`` has a capitalised word beside it that is no
    stop word: "New" in "New York", "Group" in "Orvane Group"."""
    for other in (index - 1, index + 1):
        if 0 <= other < len(spans):
            word = piece[spans[other][0] : spans[other][1]]
            if word[:1].isupper() and word.lower() not in stops:
                return True
    return False


# An abbreviation's full stop before a capitalised word ("Gov. Chris"): the piece of sentence
# ended at the stop, the name goes on after it.
_STOP_BEFORE_CAPITAL = re.compile(r"\.\s+[A-Z]")


def before_name(piece: str, spans: Sequence[tuple[int, int]], index: int, rest: str) -> bool:
    """Return True when a capitalised word follows the word at ``index``: in its ``piece`` of
    sentence ("Mayor Elena Ortiz"), or after an abbreviation's full stop that ended the piece
    ("Gov. Chris Christie"; ``rest`` is the text after the piece: a splitter may end a
    sentence at that stop)."""
    if index + 1 < len(spans):
        return piece[spans[index + 1][0]].isupper()
    return piece[spans[index][1]:].strip() == "" and bool(_STOP_BEFORE_CAPITAL.match(rest))


# English words that show the next word is a verb ("to discuss", "will meet", "they fought"),
# that the word before is one ("beating her challenger"), or that the next is a noun.
BEFORE_VERB = frozenset(
    [
        "to", "will", "would", "could", "should", "can", "may", "might", "must", "shall", "he",
        "she", "they", "we", "i", "who", "has", "have", "had", "did", "does", "do", "not", "never"
    ]
)


# "agreed", "remained" (unless "the agreed plan"), not "speed" or "hundred".
PAST = re.compile(r"^(?!(?:speed|breed|greed|seed|need|feed|creed|hundred)$)\w{3,}ed$")


AFTER_VERB = frozenset([
    "her", "him", "them", "us", "me", "his", "their", "its", "our", "your", "my", "these",
    "those"
])


BEFORE_NOUN = frozenset(
    [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
        "your", "my", "of", "in", "on", "for", "with"
    ]
)


def reads_as_verb(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Return True when an English phrase's first word reads as a verb more often than as a
    noun at its occurrences (``spans``), from the words beside it: "to discuss", "beating
    her", "agreed" against "the meeting"."""
    verbs = nouns = 0
    for start, end in spans[:_ENOUGH]:
        first = _FIRST_WORD.match(text, start, end)
        if first is None or not first.group().islower():
            continue
        before = _WORD_BEFORE.search(text, max(0, start - 24), start)
        word_before = before.group(1).lower() if before else ""
        after = _WORD_AFTER.match(text, first.end())
        word_after = after.group(1).lower() if after else ""
        if word_before in BEFORE_NOUN:
            nouns += 1
        elif (word_before in BEFORE_VERB or word_after in AFTER_VERB
              or PAST.search(first.group())):
            verbs += 1
    return verbs > nouns


def ends_in_past_verb(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Return True when an English phrase of two or more words ends in a past-tense verb at
    most of its occurrences (``spans``): a subject and what it did ("crew returned", "Assad
    appointed", "eBay released"), not a topic."""
    verbs = 0
    for start, end in spans[:_ENOUGH]:
        last = _LAST_WORD.search(text, start, end)
        if last is not None and last.start() > start and PAST.search(last.group()):
            verbs += 1
    return 2 * verbs > min(len(spans), _ENOUGH)


def reads_as_infinitive(text: str, spans: Sequence[tuple[int, int]], language: str) -> bool:
    """Return True when a phrase opens with an infinitive at most of its occurrences
    (``spans``): a word with an infinitive's ending after a word that asks for one ("para
    apresentar", "pour rendre", "puede aprobar")."""
    ending, openers = INFINITIVES.get(language, (None, frozenset()))
    if ending is None or not spans:
        return False
    verbs = 0
    for start, end in spans[:_ENOUGH]:
        first = _FIRST_WORD.match(text, start, end)
        if first is None or not first.group().islower() or not ending.match(first.group()):
            continue
        before = _WORD_BEFORE.search(text, max(0, start - 24), start)
        opener = before.group(1).lower() if before is not None else ""
        if opener in openers and not (opener == "a" and first.group().endswith("er")):
            verbs += 1
    return 2 * verbs >= min(len(spans), _ENOUGH)


_ENOUGH = 60  # occurrences looked at: a frequent word's first sixty say how it is used
_FIRST_WORD = re.compile(r"[\w'’-]+")
_WORD_BEFORE = re.compile(r"([\w'’]+) +$")
_WORD_AFTER = re.compile(r" +([\w'’]+)")
_LAST_WORD = re.compile(r"[\w'’-]+$")


def joined_piece(text: str, spans: Sequence[tuple[int, int]], joiners: Sequence[str]) -> bool:
    """Return True for a capitalised phrase every occurrence of which (``spans``) stands
    beside a joiner and another capitalised word: half of a longer name ("Walk of Fame",
    "Câmara do Porto")."""
    if not joiners or not spans:
        return False
    alternatives = "|".join(joiners)
    after = re.compile(r"\s+(?:" + alternatives + r")\s+[^\W\d_]")
    before = re.compile(r"(?:^|\s)[^\W\d_][\w.'’-]*\s+(?:" + alternatives + r")\s+$")
    for start, end in spans:
        if not text[start : start + 1].isupper():
            return False
        follows = after.match(text, end)
        if follows is not None and not text[follows.end() - 1].isupper():
            follows = None
        precedes = before.search(text, max(0, start - 40), start)
        if precedes is not None and not precedes.group().strip()[:1].isupper():
            precedes = None
        if follows is None and precedes is None:
            return False
    return True


def is_title_case(sentence: str) -> bool:
    """Return True for a headline in title case: most of its longer words capitalised."""
    if len(sentence) > 250:
        return False  # a paragraph, not a headline
    words = [w for w in TITLE_WORD.findall(sentence) if len(w) > 3]
    if len(words) < 3 or sentence.isupper():
        return False
    capitals = sum(w[0].isupper() for w in words)
    return capitals >= 0.8 * len(words) and any(w[0].islower() or w[0].isupper() for w in words)


def written(forms: Counter[tuple[int, str]], language: str, name: bool) -> str:
    """Return how to show a keyword: as the body writes it mid-sentence, else lower case
    ("Turnout" only ever opens a sentence: "turnout"), names and German nouns as written."""
    for place in (MID, FIRST, HEADLINE):
        written = [(n, form) for (at, form), n in forms.items() if at == place]
        if written:
            form = max(written)[1]
            words = form.split(" ")
            if (place != MID and not name and language != "de"
                    and all(w[:1].isupper() and w[1:].islower() for w in words[:1])
                    and not any(w[:1].isupper() for w in words[1:])):
                return form[:1].lower() + form[1:]
            return form
    return ""


def inside(phrase: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Return True when ``phrase`` is a run of words of ``other``."""
    size = len(phrase)
    return any(other[i : i + size] == phrase for i in range(len(other) - size + 1))


def fragment_beside(
    phrase: tuple[str, ...], other: tuple[str, ...], phrase_freq: Counter[tuple[str, ...]]
) -> bool:
    """Return True when two phrases overlap as pieces of one longer name: "Comedy Memorial
    Society" beside "Alternative Comedy Memorial", "York City" beside "New York"."""
    if len(phrase) < 2 or len(other) < 2:
        return False
    for first, second in ((other, phrase), (phrase, other)):
        for k in range(min(len(first), len(second)) - 1, 0, -1):
            if first[-k:] == second[:k]:
                joined = first + second[k:]
                if k >= 2 or phrase_freq[joined] >= min(phrase_freq[first], phrase_freq[second]):
                    return True
    return False


MIN_LETTERS = 2  # a keyword has two letters at least, or one CJK character


@cache
def calendar_words(language: str) -> frozenset[str]:
    """Return the month, weekday and season names, the units of time ("week", "decades",
    "ans") and the parts of the day of ``language`` (and English), lower case.

    "März" or "primavera" belong to the timeline, not to what the text is about.
    """
    found = {*ENGLISH.months, *ENGLISH.weekdays, "spring", "summer", "autumn", "winter"}
    found -= {"march", "may", "august"}  # also a protest march, a verb, an adjective
    found |= {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
              "decade", "decades", "century", "centuries", "late", "early", "morning", "afternoon",
              "evening", "night"}
    if language == "en":  # "Sat", "Sept" (other languages have words such as "mar", "sun")
        found |= {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
                  "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
    dates = date_language(language)
    if dates is not None and isinstance(dates.grammar, WordOrder):  # months named in words
        found.update(dates.months, dates.weekdays, dates.seasons)
        if dates.ago is not None:  # "ans", "semaines": units of time, not topics
            found.update(w for w in dates.ago.units if w[:1].isalpha())
    if dates is not None:  # "hoje", "yesterday"
        found.update(w for w in dates.relative_words if " " not in w)
    return frozenset(found)


def korean_stem(word: str, words: Collection[str]) -> str:
    """Return a Korean word without the particle written onto it (``words``: the text's)."""
    for particle in KO_PARTICLES:
        if word.endswith(particle) and len(word) > len(particle):
            return word[: -len(particle)]
    stem = word[:-1]
    if len(word) >= 3 and word.endswith(KO_OBJECT_PARTICLES):
        return stem
    if len(word) >= 3 and word.endswith(KO_TOPIC_PARTICLES) and (
        stem in words or any(stem + p in words for p in KO_OBJECT_PARTICLES + KO_PARTICLES)
    ):
        return stem
    return word


# An English compound modifier, written with hyphens before the noun it describes: a number,
# an -ly adverb or "anti"/"pro" first, or a past participle, "old" or "term" last
# ("36-year-old", "newly-hired", "anti-government", "error-plagued", "US-led", "long-term").
# Compound nouns stay ("co-founder", "pinch-hitter", "decision-making", "well-being").
_COMPOUND_MODIFIER = re.compile(
    r"^(?:\d[\w.]*|\w+ly|anti|pro)-[\w-]+$|^[\w-]+-(?:\w{2,}ed|led|old|term)$"
)


def is_content(word: str, language: str = "") -> bool:
    """Return True for a word that can be (part of) a keyword in ``language`` (base code)."""
    fillers = FILLERS.get(language, ())
    if word in fillers or word.lower() in fillers or word in relative_words(language):
        return False
    if word[:1].isupper() and word.lower() in AGENCIES:
        return False  # "(Reuters)", "(Lusa)"; "a cultura lusa" is another word
    verb = VERB_FORMS.get(language)
    if verb is not None and word[:1].islower() and verb.match(word):
        return False
    if language == "ja" and HIRAGANA_ONLY.match(word):
        return False
    if language == "zh" and (len(word) < 2 or ZH_COUNT.match(word)):
        return False
    if language == "ko" and (
        len(word) < 2 or word[:1].isdigit() or KO_VERB_ENDING.search(word)
    ):
        return False  # "세", "2년이", "발표했다"
    if "-" in word and word.split("-", 1)[0].lower() in CARDINALS:
        return False  # "two-year", "third-quarter": how long or which, not a topic
    if language == "en" and "-" in word and _COMPOUND_MODIFIER.match(word.lower()):
        return False  # "Oscar-winning", "36-year-old", "newly-hired": how, not what
    letters = sum(ch.isalpha() for ch in word)
    if letters < MIN_LETTERS and not (letters and ord(word[0]) > 0x2E80):
        return False
    return not word.replace(".", "").replace(",", "").isdigit()
