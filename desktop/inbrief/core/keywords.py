"""Keywords: the words and short phrases an article is about.

A RAKE-style extractor (candidate phrases are runs of content words between stop words and
punctuation) scored by how often their words occur and how early; it needs only stop words,
so it works for every language sumy has a stop-word list for, and degrades to frequency
elsewhere. Chosen over YAKE/KeyBERT to avoid another dependency and any model download.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence

from inbrief.core.brief import Keyword, Language
from inbrief.core.stopwords import stop_words
from inbrief.core.text import has_word_segmenter, word_spans

_MAX_PHRASE_WORDS = 3
_BREAK = re.compile(r"[,;:()\[\]\"“”«»—–!?。、，；：！？]|\s[-–]\s|\.\s")
_MIN_LETTERS = 2
# Elided articles and pronouns glued to the next word by an apostrophe.
_ELISIONS = {
    "fr": re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]", re.IGNORECASE),
    "it": re.compile(r"^(?:[cdlmnstv]|dell|all|dall|nell|sull|quest|quell|un)['’]",
                     re.IGNORECASE),
    "ca": re.compile(r"^(?:[dlmnst])['’]", re.IGNORECASE),
}


def extract_keywords(
    text: str,
    sentence_spans: Sequence[tuple[int, int]],
    language: Language,
    limit: int = 12,
    people: Collection[str] = (),
) -> list[Keyword]:
    """Return up to ``limit`` keywords, best first.

    ``people`` are person names already listed as entities: their words are not keywords.
    """
    if not has_word_segmenter(language.code):
        return []  # a run of Thai letters is a clause, not a keyword: better none than junk
    name_words = {w.lower() for name in people for w in name.split()}
    elision = _ELISIONS.get(language.code)
    stops = stop_words(language.code)
    phrases: list[tuple[str, ...]] = []
    surface: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    first_seen: dict[tuple[str, ...], int] = {}
    total = max(1, len(text))

    for s_start, s_end in sentence_spans:
        sentence = text[s_start:s_end]
        # Split at punctuation first so a phrase never spans a comma or a quote.
        pos = 0
        for piece in [*_BREAK.split(sentence)]:
            found = sentence.find(piece, pos)
            pos = found + len(piece) if found >= 0 else pos
            current: list[str] = []
            current_surface: list[str] = []
            for a, b in word_spans(piece, language.code):
                word = piece[a:b]
                if elision is not None:  # "d'investissement" -> "investissement"
                    word = elision.sub("", word)
                key = word.lower()
                if key in stops or not _is_content(word):
                    _flush(current, current_surface, phrases, surface, first_seen, s_start + found)
                    current, current_surface = [], []
                    continue
                current.append(key)
                current_surface.append(word)
            _flush(current, current_surface, phrases, surface, first_seen, s_start + found)

    if not phrases:
        return []
    word_freq: Counter[str] = Counter(w for phrase in phrases for w in phrase)
    phrase_freq: Counter[tuple[str, ...]] = Counter(phrases)
    # How often a word occurs inside a recurring phrase: "council" in "city council" is
    # already said by the phrase, so only its other occurrences speak for the word alone.
    inside_phrase: Counter[str] = Counter()
    for phrase, count in phrase_freq.items():
        if len(phrase) > 1 and count > 1:
            for word in phrase:
                inside_phrase[word] = max(inside_phrase[word], count)
    scored: list[tuple[float, tuple[str, ...]]] = []
    for phrase, count in phrase_freq.items():
        if len(phrase) > 1 and count < 2:
            continue  # a word pair seen once is chance, not a key phrase
        if set(phrase) <= name_words:
            continue  # "Okafor" is in the People list already
        if len(phrase) == 1:
            count = word_freq[phrase[0]] - inside_phrase[phrase[0]]
            if count < 1 or (count < 2 and len(phrase_freq) > 4 * limit):
                continue  # in a long text, a word said once is not what it is about
            words_score = float(count)
        else:
            words_score = sum(word_freq[w] for w in phrase) / len(phrase) * (1 + 0.5 * len(phrase))
        early = 1.0 + 0.5 * (1.0 - first_seen[phrase] / total)
        scored.append((words_score * count**0.5 * early, phrase))
    scored.sort(key=lambda item: (-item[0], item[1]))

    picked: list[tuple[float, tuple[str, ...]]] = []
    for score, phrase in scored:
        if len(picked) >= limit * 2:
            break
        if not any(set(phrase) <= set(other) for _, other in picked):
            picked.append((score, phrase))
    # A word that is part of a chosen phrase ("city" beside "Harbor City") adds nothing.
    picked = [
        (score, phrase)
        for score, phrase in picked
        if len(phrase) > 1 or not any(phrase[0] in other for _, other in picked if len(other) > 1)
    ][:limit]
    top = picked[0][0] if picked else 1.0
    return [
        Keyword(surface[phrase].most_common(1)[0][0], round(score / top, 4), phrase_freq[phrase])
        for score, phrase in picked
    ]


def _is_content(word: str) -> bool:
    letters = sum(ch.isalpha() for ch in word)
    if letters < _MIN_LETTERS and not (letters and ord(word[0]) > 0x2E80):
        return False
    return not word.replace(".", "").replace(",", "").isdigit()


def _flush(
    current: list[str],
    current_surface: list[str],
    phrases: list[tuple[str, ...]],
    surface: dict[tuple[str, ...], Counter[str]],
    first_seen: dict[tuple[str, ...], int],
    offset: int,
) -> None:
    """Record every 1..3-word n-gram of a run of content words."""
    for size in range(1, min(_MAX_PHRASE_WORDS, len(current)) + 1):
        for i in range(len(current) - size + 1):
            phrase = tuple(current[i : i + size])
            phrases.append(phrase)
            surface[phrase][" ".join(current_surface[i : i + size])] += 1
            first_seen.setdefault(phrase, offset)
