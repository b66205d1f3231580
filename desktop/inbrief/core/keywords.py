"""Keywords: the words and short phrases an article is about.

A RAKE-style extractor (candidate phrases are runs of content words between stop words and
punctuation) scored by how often their words occur and how early; it needs only stop words,
so it works for every language sumy has a stop-word list for, and degrades to frequency
elsewhere. Chosen over YAKE/KeyBERT to avoid another dependency and any model download.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from functools import cache
from typing import NamedTuple

from inbrief.core.brief import Keyword, Language, Mention
from inbrief.core.dates.grammar_cjk import relative_words
from inbrief.core.dates.languages import ENGLISH, WordOrder, date_language
from inbrief.core.stopwords import stop_words
from inbrief.core.summary.terms import CachedStemmer
from inbrief.core.text import has_word_segmenter, is_no_space_language, word_spans

_MAX_PHRASE_WORDS = 3
_BREAK = re.compile(r"[,;:()\[\]\"“”«»—–!?。、，；：！？]|\s[-–]\s|\.\s")
_MIN_LETTERS = 2
# Japanese: a word written only in hiragana is a particle, an auxiliary or a verb ending (する,
# いる, た): content words carry a kanji, katakana or Latin letter. Chinese: one character is
# mostly a function word (会, 在); a number with its measure word (一座, 两个) is no topic.
_HIRAGANA_ONLY = re.compile(r"^[\u3041-\u309f\u30fc]+$")
_ZH_COUNT = re.compile(
    r"^[〇零一二三四五六七八九十百千万亿两几每这那该]+[个座名位家条项种次件所台只张块份人]?$"
)
# Reporting verbs and fillers of news prose, missing from the stop-word lists (words for days,
# months and years, 昨天 or 来年, are added from the date rules).
_FILLERS = {
    "zh": frozenset({
        "表示", "认为", "指出", "强调", "介绍", "宣布", "透露", "报道", "记者", "进行", "目前",
        "预计", "已经", "开始", "以及", "相关", "方面", "所有", "有人", "不少", "可以", "同时",
        "一些", "很多", "许多", "其中", "之后", "之前", "以后", "以前", "此外", "因此", "这个",
        "那个", "說", "表達", "認為", "強調", "介紹", "宣佈", "報導", "記者", "進行", "預計",
        "已經", "開始", "相關",
    }),
    "ja": frozenset({"記者", "会見", "同日", "一方", "発表"}),
}
# Korean writes particles onto the noun ("도서관을" = library + object marker): they are cut off
# so every form counts as one word. Longer particles always; of the one-syllable ones only after
# two syllables, never 이, 가, 의, 도 (어린이, 국가, 회의 end so), and 은/는, which also end
# verb forms (바꾸는), only when the bare word is seen elsewhere in the text.
_KO_PARTICLES = (
    "에서는", "에게서", "으로는", "으로서", "으로써", "이라는", "에서", "에게", "으로", "까지",
    "부터", "처럼", "보다", "에는", "에도", "라는", "이나",
)
_KO_OBJECT_PARTICLES = ("을", "를", "과", "와", "에", "로")
_KO_TOPIC_PARTICLES = ("은", "는")
# Endings of verbs and adjectives (했다, 싶다, 중요한, 낡은, 반영할...): such words are not
# topics. A few nouns end so too (바다); the keywords do without them.
_KO_VERB_ENDING = re.compile(
    r"(?:하고|하여|해서|하게|하면|되어|해질|해진|해지는|되고|[가-힣]한|(?<!역)할|[은는며다])$"
)
# Numbers written as words, and the big units ("doce millones", "zwölf Millionen"): amounts,
# not topics. Lower case; matched in every language (none of these is a topic word elsewhere).
_NUMBER_TEXT = """
one two three four five six seven eight nine ten eleven twelve twenty hundred thousand million
millions billion billions dozen dozens
un une deux trois quatre cinq six sept huit neuf dix onze douze vingt cent cents mille million
millions milliard milliards
zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig hundert tausend million
millionen milliarde milliarden
uno dos tres cuatro cinco seis siete ocho nueve diez once doce veinte cien mil millón millones
due tre quattro cinque sette otto nove dieci undici dodici venti cento milione milioni
miliardo miliardi
dois duas três quatro cinco seis sete oito nove dez onze doze vinte cem milhão milhões
bilhão bilhões
один одна два две три четыре пять шесть семь восемь девять десять двенадцать двадцать сто
тысяча тысячи тысяч миллион миллиона миллионов миллиард миллиарда миллиардов
"""
_NUMBER_WORDS = frozenset(_NUMBER_TEXT.split())
# Verb forms that only verbs take (Spanish "aprobó", "costará"; Italian "approvò", "sarà";
# Portuguese "aprovou", "custará"): what happened is said by the summary, not a keyword.
_VERB_FORMS = {
    "es": re.compile(r"\w{2,}(?:ó|rá|rán|aron|ieron)$"),
    "it": re.compile(r"\w{2,}(?:ò|rà|ranno|arono|erono|irono)$"),
    "pt": re.compile(r"\w{2,}(?:ou|rá|aram|eram|iram)$"),
}
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
        if 1 < len(name) <= _MAX_PHRASE_WORDS:
            for word in set(name):
                names_with[word].append(name)
    base = language.code.split("-")[0].lower()
    joiner = "" if is_no_space_language(language.code) else " "
    elision = _ELISIONS.get(language.code)
    stops = stop_words(language.code)
    calendar = _calendar_words(base)
    phrases: list[tuple[str, ...]] = []
    # Where each entry of ``phrases`` occurs: its start and end in the text.
    where = _Occurrences(array("q"), array("q"))
    surface: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    first_seen: dict[tuple[str, ...], int] = {}
    total = max(1, len(text))
    korean_words = set(text.split()) if base == "ko" else set()

    for s_start, s_end in sentence_spans:
        sentence = text[s_start:s_end]
        # Split at punctuation first so a phrase never spans a comma or a quote.
        pos = 0
        for piece in [*_BREAK.split(sentence)]:
            found = sentence.find(piece, pos)
            pos = found + len(piece) if found >= 0 else pos
            current: list[str] = []
            current_surface: list[str] = []
            current_spans: list[tuple[int, int]] = []
            for a, b in word_spans(piece, language.code):
                word = piece[a:b]
                if elision is not None:  # "d'investissement" -> "investissement"
                    word = elision.sub("", word)
                word_start = s_start + found + b - len(word)
                if base == "ko":  # "도서관으로", "도서관은" -> "도서관"
                    word = _korean_stem(word, korean_words)
                lowered = word.lower()
                if (lowered in stops or lowered in calendar or lowered in _NUMBER_WORDS
                        or not _is_content(word, base)):
                    _flush(current, current_surface, current_spans, phrases, where, surface,
                           first_seen, s_start + found, joiner)
                    current, current_surface, current_spans = [], [], []
                    continue
                current.append(stem(word))  # "библиотека", "библиотеки": one keyword
                current_surface.append(word)
                current_spans.append((word_start, word_start + len(word)))
            _flush(current, current_surface, current_spans, phrases, where, surface, first_seen,
                   s_start + found, joiner)

    if not phrases:
        return []
    # Each occurrence of a word once: its unigrams (the 2- and 3-grams _flush also records hold
    # the same occurrences again, more often in the middle of a long run).
    word_freq: Counter[str] = Counter(phrase[0] for phrase in phrases if len(phrase) == 1)
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
    mentions = where.of({phrase for _, phrase in picked}, phrases, text)
    return [
        Keyword(
            surface[phrase].most_common(1)[0][0],
            round(score / top, 4),
            phrase_freq[phrase],
            tuple(mentions[phrase]),
        )
        for score, phrase in picked
    ]


class _Occurrences(NamedTuple):
    """Start and end offsets of each recorded phrase occurrence (parallel to the phrase list)."""

    starts: array[int]
    ends: array[int]

    def of(
        self, chosen: Collection[tuple[str, ...]], phrases: Sequence[tuple[str, ...]], text: str
    ) -> dict[tuple[str, ...], list[Mention]]:
        """Return the mentions of each ``chosen`` phrase, in document order."""
        found: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
        for index, phrase in enumerate(phrases):
            if phrase in chosen:
                start, end = self.starts[index], self.ends[index]
                found[phrase].append(Mention(start, end, text[start:end]))
        return found


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


@cache
def _calendar_words(language: str) -> frozenset[str]:
    """Return the month, weekday and season names of ``language`` (and English), lower case.

    "März" or "primavera" belong to the timeline, not to what the text is about.
    """
    found = {*ENGLISH.months, *ENGLISH.weekdays, "spring", "summer", "autumn", "winter"}
    found -= {"march", "may", "august"}  # also a protest march, a verb, an adjective
    dates = date_language(language)
    if dates is not None and isinstance(dates.grammar, WordOrder):  # months named in words
        found.update(dates.months, dates.weekdays, dates.seasons)
    return frozenset(found)


def _korean_stem(word: str, words: Collection[str]) -> str:
    """Return a Korean word without the particle written onto it (``words``: the text's)."""
    for particle in _KO_PARTICLES:
        if word.endswith(particle) and len(word) > len(particle):
            return word[: -len(particle)]
    stem = word[:-1]
    if len(word) >= 3 and word.endswith(_KO_OBJECT_PARTICLES):
        return stem
    if len(word) >= 3 and word.endswith(_KO_TOPIC_PARTICLES) and (
        stem in words or any(stem + p in words for p in _KO_OBJECT_PARTICLES + _KO_PARTICLES)
    ):
        return stem
    return word


def _is_content(word: str, language: str = "") -> bool:
    """Return True for a word that can be (part of) a keyword in ``language`` (base code)."""
    if word in _FILLERS.get(language, ()) or word in relative_words(language):
        return False
    verb = _VERB_FORMS.get(language)
    if verb is not None and word[:1].islower() and verb.match(word):
        return False
    if language == "ja" and _HIRAGANA_ONLY.match(word):
        return False
    if language == "zh" and (len(word) < 2 or _ZH_COUNT.match(word)):
        return False
    if language == "ko" and (
        len(word) < 2 or word[:1].isdigit() or _KO_VERB_ENDING.search(word)
    ):
        return False  # "세", "2년이", "발표했다"
    letters = sum(ch.isalpha() for ch in word)
    if letters < _MIN_LETTERS and not (letters and ord(word[0]) > 0x2E80):
        return False
    return not word.replace(".", "").replace(",", "").isdigit()


def _flush(
    current: list[str],
    current_surface: list[str],
    current_spans: list[tuple[int, int]],
    phrases: list[tuple[str, ...]],
    where: _Occurrences,
    surface: dict[tuple[str, ...], Counter[str]],
    first_seen: dict[tuple[str, ...], int],
    offset: int,
    joiner: str = " ",
) -> None:
    """Record every 1..3-word n-gram of a run of content words (shown joined by ``joiner``)
    and where it occurs."""
    for size in range(1, min(_MAX_PHRASE_WORDS, len(current)) + 1):
        for i in range(len(current) - size + 1):
            phrase = tuple(current[i : i + size])
            phrases.append(phrase)
            where.starts.append(current_spans[i][0])
            where.ends.append(current_spans[i + size - 1][1])
            surface[phrase][joiner.join(current_surface[i : i + size])] += 1
            first_seen.setdefault(phrase, offset)
