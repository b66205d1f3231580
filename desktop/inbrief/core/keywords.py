"""Keywords: the words and short phrases an article is about.

A RAKE-style extractor (candidate phrases are runs of content words between stop words and
punctuation, and two lone words joined by "de"/"of": "taxa de natalidade") scored by how often
their words occur, how early, whether the headline or lead says them, whether they are a
whole place or organisation name, and how long their words are (short words are the common
ones); a phrase earns its place over its words only by being said about as often as they are
("payroll tax" twice beside "tax" ten times yields to "tax"), and a phrase said once or twice
that repeats a chosen keyword's word gives its place to another topic. It needs only stop
words, so it works for every language sumy has a stop-word list for, and degrades to
frequency elsewhere. Chosen over YAKE/KeyBERT
to avoid another dependency and any model download. People are not keywords: the Brief lists
them under People.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator, Sequence

from inbrief.core.brief import Keyword, Language
from inbrief.core.entities.name_cues import PERSON_TITLES
from inbrief.core.keyword_forms import (
    ARTICLES,
    FIRST,
    HEADLINE,
    MID,
    before_name,
    beside_name,
    calendar_words,
    ends_in_past_verb,
    fragment_beside,
    inside,
    is_content,
    is_title_case,
    joined_piece,
    korean_stem,
    reads_as_infinitive,
    reads_as_verb,
    written,
)
from inbrief.core.keyword_phrases import MAX_PHRASE_WORDS, Occurrences, Run, record_joined
from inbrief.core.keyword_words import (
    ELISIONS,
    NAME_JOINERS,
    NUMBER_WORDS,
    POSSESSIVE,
)
from inbrief.core.stopwords import stop_words
from inbrief.core.summary.terms import CachedStemmer
from inbrief.core.text import has_word_segmenter, is_no_space_language, word_spans

# A word said this often outside a chosen phrase holding it is a keyword of its own.
_ALONE = 4
_BREAK = re.compile(r"[,;:()\[\]\"“”«»—–!?。、，；：！？]|\s[-–]\s|\.\s")
# How much more a whole entity name weighs than a common word said as often.
_NAMED = 2.0
# Past this many letters a word is no more specific for being longer ("internationalization").
_LONG_WORD = 12
# A phrase said less than this share of the times its commonest word is said is that word's
# context ("tax" said ten times, "payroll tax" twice): the word stands for it.
_PHRASE_SHARE = 2 / 3
# A phrase said this often is one the story repeats, a topic of its own.
_REPEATED = 3
# The sentences that make a story's lead (with its headline, when it has one).
_LEAD = 2
# A sentence of this many words said again verbatim is a copy: its words count once.
_REPEATED_WORDS = 4
# Titles before a name ("Prime" opens "Prime Minister Ana Lindqvist").
_TITLES = PERSON_TITLES | {"prime"}


def extract_keywords(
    text: str,
    sentence_spans: Sequence[tuple[int, int]],
    language: Language,
    limit: int = 12,
    people: Collection[str] = (),
    names: Collection[str] = (),
) -> list[Keyword]:
    """Return up to ``limit`` keywords, best first.

    ``people`` are person names already listed as entities: their words are not keywords.
    ``names`` are the other entity names: a keyword may be one whole ("Puerto Claro"), never
    a piece of one ("Claro").
    """
    if not has_word_segmenter(language.code):
        return []  # a run of Thai letters is a clause, not a keyword: better none than junk
    stem = CachedStemmer(language) if language.stemmer else str.lower
    name_words = {stem(w) for name in people for w in name.split()}
    whole_names = {tuple(stem(w) for w in name.split()) for name in names}
    names_with: dict[str, list[tuple[str, ...]]] = defaultdict(list)  # word -> names holding it
    for name in whole_names:
        if 1 < len(name) <= MAX_PHRASE_WORDS:
            for word in set(name):
                names_with[word].append(name)
    base = language.code.split("-")[0].lower()
    joiner = "" if is_no_space_language(language.code) else " "
    elision = ELISIONS.get(language.code)
    stops = stop_words(language.code)
    calendar = calendar_words(base)
    joiners = frozenset(NAME_JOINERS.get(base, ()))
    phrases: list[tuple[str, ...]] = []
    # Where each entry of ``phrases`` occurs: its start and end in the text, and how it is
    # written there (MID, FIRST or HEADLINE: see _Place).
    where = Occurrences(array("q"), array("q"), array("b"))
    surface: dict[tuple[str, ...], Counter[tuple[int, str]]] = defaultdict(Counter)
    first_seen: dict[tuple[str, ...], int] = {}
    total = max(1, len(text))
    korean_words = set(text.split()) if base == "ko" else set()
    cased = joiner == " "
    has_body = False

    seen: set[str] = set()
    for s_start, s_end in sentence_spans:
        sentence = text[s_start:s_end]
        if sentence in seen and len(sentence.split()) >= _REPEATED_WORDS:
            continue  # a title printed twice says its words once ("E muito sal." is emphasis)
        seen.add(sentence)
        headline = cased and is_title_case(sentence)
        has_body = has_body or not headline
        shouting = sentence.isupper()
        first_word = True
        # Split at punctuation first so a phrase never spans a comma or a quote.
        pos = 0
        for piece in [*_BREAK.split(sentence)]:
            found = sentence.find(piece, pos)
            pos = found + len(piece) if found >= 0 else pos
            after = text[s_start + pos : s_start + pos + 8]  # "Gov| . Chris": a title's stop
            run = Run(s_start + found)
            spans = list(word_spans(piece, language.code))
            # A lone content word, a joiner and another lone content word make one phrase
            # ("taxa de natalidade", "Assembleia da República"); ``last`` is the first word
            # when it stood alone, ``gap`` the stop words since, ``joined`` the phrase waiting
            # to see that its second word stands alone too ("disparition de Thierry Roland"
            # is no phrase: it would cut a name).
            last: tuple[str, int, int] | None = None
            gap: list[str] = []
            joined: tuple[tuple[str, ...], int, int, int] | None = None
            for index, (a, b) in enumerate(spans):
                word = piece[a:b]
                if elision is not None:  # "d'investissement" -> "investissement"
                    word = elision.sub("", word)
                word_start = s_start + found + b - len(word)
                if base == "en" and ("'" in word or "’" in word):
                    word = POSSESSIVE.sub("", word)  # "Perry's" -> "Perry"
                if base == "ko":  # "도서관으로", "도서관은" -> "도서관"
                    word = korean_stem(word, korean_words)
                place = HEADLINE if headline else FIRST if first_word else MID
                first_word = False
                lowered = word.lower()
                # "US troops" is no pronoun; "New" opens "New York City".
                if (lowered in stops and cased and not shouting and place != HEADLINE and (
                    (len(word) > 1 and word.isupper())
                    or (place == MID and word[:1].isupper() and lowered not in ARTICLES
                        and beside_name(piece, spans, index, stops))
                )):
                    lowered = ""
                if (lowered in stops or lowered in calendar or lowered in NUMBER_WORDS
                        or not is_content(word, base)
                        or (base == "en" and word.lower() in _TITLES and word[:1].isupper()
                            and before_name(piece, spans, index, after))):
                    # ...and "Mayor" in "Mayor Elena Ortiz" or "Gov" (a stop word, but beside
                    # a name) in "Gov. Chris Christie": a title, said by the People list
                    if run.stems:
                        run.flush(phrases, where, surface, first_seen, joiner, whole_names)
                    if joined is not None:
                        record_joined(joined, text, phrases, where, surface, first_seen)
                        joined = None
                    if last is not None:
                        gap.append(word.lower())
                    continue
                stemmed = stem(word)
                alone = not run.stems
                joined = None  # its second word opens a longer run
                if alone and last is not None and gap and " ".join(gap) in joiners:
                    phrase = (last[0], *map(stem, gap), stemmed)
                    joined = (phrase, last[1], word_start + len(word), last[2])
                last, gap = ((stemmed, word_start, place) if alone else None), []
                run.add(stemmed, word, word_start, word_start + len(word), place)
            run.flush(phrases, where, surface, first_seen, joiner, whole_names)
            if joined is not None:
                record_joined(joined, text, phrases, where, surface, first_seen)

    if not phrases:
        return []
    # Each occurrence of a word once: its unigrams (the 2- and 3-grams Run.flush also records
    # hold the same occurrences again, more often in the middle of a long run).
    word_freq: Counter[str] = Counter(phrase[0] for phrase in phrases if len(phrase) == 1)
    phrase_freq: Counter[tuple[str, ...]] = Counter(phrases)
    in_body: Counter[tuple[str, ...]] = Counter(
        phrase for phrase, place in zip(phrases, where.places, strict=True) if place != HEADLINE
    )

    def yields(phrase: tuple[str, ...], count: int) -> bool:
        """Return True for a phrase said less than _PHRASE_SHARE as often as its commonest word
        ("payroll tax" twice, "tax" ten times): that word, and the phrase's other words on
        their own ("payroll"), are the keywords. A whole name keeps its place."""
        content = [word_freq[w] for w in phrase if word_freq[w]] or [0]
        return phrase not in whole_names and count < _PHRASE_SHARE * max(content)

    # How often a word occurs inside a recurring phrase: "council" in "city council" is
    # already said by the phrase, so only its other occurrences speak for the word alone.
    inside_phrase: Counter[str] = Counter()
    for phrase, count in phrase_freq.items():
        if len(phrase) > 1 and count > 1 and not yields(phrase, count):
            for word in phrase:
                inside_phrase[word] = max(inside_phrase[word], count)
    lead_end = sentence_spans[min(len(sentence_spans), _LEAD) - 1][1]

    def specific(phrase: tuple[str, ...]) -> float:
        """Return how specific a phrase's words are, from their length: short words are the
        common ones in every language (Zipf's law of abbreviation), so "live", "adds" or
        "vida" say less about a story than "bankruptcy" or "natalidade". No word list needed."""
        if not cased:
            return 1.0  # a Chinese or Japanese word's length in characters says little
        forms = surface[phrase]
        form = max(forms, key=forms.__getitem__)[1]
        letters = (len(form) - len(phrase) + 1) / len(phrase)
        return float(min(max(letters, 1.0), _LONG_WORD) ** 0.5)

    scored: list[tuple[float, tuple[str, ...]]] = []
    for phrase, count in phrase_freq.items():
        if len(phrase) > 1 and count < 2:
            continue  # a word pair seen once is chance, not a key phrase
        if has_body and not in_body[phrase]:
            continue  # "Wins", only in the headline: the body says what the story is about
        if set(phrase) <= name_words:
            continue  # "Okafor" is in the People list already
        if base == "de" and len(phrase) == 1 and _lower_inside_sentences(surface[phrase]):
            continue  # German writes nouns with a capital: "mehr", "gibt", "lange" are none
        if phrase not in whole_names and _only_inside_names(
            phrase, names_with.get(phrase[0], ()), phrase_freq
        ):
            continue  # "Claro", only ever said as part of "Puerto Claro"
        if len(phrase) == 1:
            count = word_freq[phrase[0]] - inside_phrase[phrase[0]]
            if count < 1 or (count < 2 and len(word_freq) > 6 * limit):
                continue  # in a long text, a word said once is not what it is about
            words_score = float(count)
        else:
            # (the "da" of "presidente da Câmara" is no word of its own: not counted)
            content = [word_freq[w] for w in phrase if word_freq[w]] or [0]
            if yields(phrase, count):
                continue  # the story says its word more often on its own: the word is the topic
            words_score = sum(content) / len(content) * (1 + 0.5 * len(content))
        early = 1.0 + 0.5 * (1.0 - first_seen[phrase] / total)
        # A place or organisation the story names ("NASA", "Mirandela") is what readers tag it
        # with more often than a common noun said as often.
        named = _NAMED if phrase in whole_names else 1.0
        # The headline and lead say what a news story is about (KP-Miner's and YAKE's
        # position feature): a phrase they hold weighs double.
        lead = 2.0 if first_seen[phrase] < lead_end else 1.0
        scored.append((words_score * count**0.5 * early * named * lead * specific(phrase), phrase))
    scored.sort(key=lambda item: (-item[0], item[1]))

    def said_alone(phrase: tuple[str, ...]) -> bool:
        """Return True for a word the text often says outside any recurring phrase ("musée"
        beside "musée Pointe-à-Callière")."""
        word = phrase[0]
        return len(phrase) == 1 and word_freq[word] - inside_phrase[word] >= _ALONE

    picked: list[tuple[float, tuple[str, ...]]] = []
    for score, phrase in _plausible(scored, phrases, where, text, base, limit):
        if len(picked) >= limit * 2:
            break
        alone = said_alone(phrase)
        # A phrase said once or twice that shares a word with a keyword already chosen says
        # it again ("NYSE shareholders" after "NYSE", "calorie postings" after "calorie
        # counts"): the place goes to another topic. A whole name, or a phrase the story
        # repeats ("defense spending", three times or more), keeps its place.
        minor = len(phrase) > 1 and phrase not in whole_names and phrase_freq[phrase] < _REPEATED
        if not any(
            (set(phrase) <= set(other) and not alone)
            or fragment_beside(phrase, other, phrase_freq)
            or (minor and not set(phrase).isdisjoint(other))
            for _, other in picked
        ):
            picked.append((score, phrase))
    # A word that is part of a chosen phrase ("city" beside "Harbor City") adds nothing, nor a
    # phrase only ever said inside a longer chosen one ("York City" beside "New York City").
    picked = [
        (score, phrase)
        for score, phrase in picked
        if not any(
            len(other) > len(phrase) and inside(phrase, other)
            and (phrase_freq[other] >= phrase_freq[phrase] if len(phrase) > 1
                 else not said_alone(phrase))
            for _, other in picked
        )
    ][:limit]
    top = picked[0][0] if picked else 1.0
    mentions = where.of({phrase for _, phrase in picked}, phrases, text)
    return [
        Keyword(
            written(surface[phrase], base, phrase in whole_names),
            round(score / top, 4),
            phrase_freq[phrase],
            tuple(mentions[phrase]),
        )
        for score, phrase in picked
    ]




def _plausible(
    scored: Sequence[tuple[float, tuple[str, ...]]],
    phrases: Sequence[tuple[str, ...]],
    where: Occurrences,
    text: str,
    language: str,
    limit: int,
) -> Iterator[tuple[float, tuple[str, ...]]]:
    """Yield the scored phrases, best first, without those that read as a verb ("beating her
    challenger", "to raise defense spending") or are half of a longer name ("Hollywood Walk"
    of "Hollywood Walk of Fame"). Occurrences are looked up for a batch of the best at a time:
    most phrases of a long text are never reached."""
    joiners = NAME_JOINERS.get(language, ())
    first, batch_size = 0, max(8, 3 * limit)
    while first < len(scored):
        batch = scored[first : first + batch_size]
        first += len(batch)
        batch_size *= 4  # each batch reads the whole phrase list once: few, growing batches
        found = where.of({phrase for _, phrase in batch}, phrases, text)
        for score, phrase in batch:
            spans = [(m.start, m.end) for m in found[phrase]]
            if language == "en" and (
                reads_as_verb(text, spans) or (len(phrase) > 1 and ends_in_past_verb(text, spans))
            ):
                continue
            if reads_as_infinitive(text, spans, language):
                continue
            if joined_piece(text, spans, joiners):
                continue
            yield score, phrase


def _only_inside_names(
    phrase: tuple[str, ...],
    names: Collection[tuple[str, ...]],
    phrase_freq: Counter[tuple[str, ...]],
) -> bool:
    """Return True when every occurrence of ``phrase`` is inside one of the entity ``names``
    (those holding its first word).

    "council" also said alone ("the council voted") stays a keyword beside "City Council".
    """
    holding = [name for name in names if set(phrase) <= set(name)]
    return bool(holding) and phrase_freq[phrase] <= sum(phrase_freq[name] for name in holding)


def _lower_inside_sentences(forms: Counter[tuple[int, str]]) -> bool:
    """Return True when a word is written in lower case wherever it stands inside a sentence
    (and stands there at least once): in German, no noun, so no topic on its own."""
    inside = [form for (place, form) in forms if place == MID]
    return bool(inside) and all(form[:1].islower() for form in inside)

