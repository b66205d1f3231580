"""InBrief's own ranker: position, centrality, keywords, title, names and sentence quality.

Every signal is linear in the length of the text (sparse numpy maths, no loops over sentence
pairs); redundancy is removed by MMR over the best few hundred sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

import numpy as np

from inbrief.core.brief import Language
from inbrief.core.summary import RankInput, layout
from inbrief.core.summary.terms import (
    CachedStemmer,
    TermMatrix,
    build_term_matrix,
    normalised,
    order_by_relevance,
    sentence_words,
    stop_words,
)

# Words that make a sentence lean on the one before it when they open it.
_OPENER_WORDS: dict[str, str] = {
    "en": "he she it they his her its their them him this that these those but and or so "
    "however also yet still then meanwhile moreover furthermore instead although though "
    "nevertheless nonetheless besides thus hence therefore otherwise such another both "
    "there here later afterwards additionally likewise similarly",
    "fr": "il elle ils elles ce cela ceci cet cette ces mais et ou donc cependant pourtant "
    "toutefois aussi puis alors sa son ses leur leurs lui en y ensuite néanmoins "
    "d'ailleurs enfin or",
    "de": "er sie es dies diese dieser dieses aber und oder doch jedoch auch dann sein seine "
    "ihr ihre deshalb daher trotzdem dort dabei damit",
    "es": "él ella ellos ellas esto este esta estos estas pero y o también entonces su sus "
    "sin embargo además luego allí",
    "it": "lui lei loro questo questa questi ma e o anche poi quindi però",
    "pt": "ele ela eles elas isso isto este esta mas e ou também então porém",
    "nl": "hij zij het dit dat deze die maar en of ook dan daarom",
}
_DEPENDENT_OPENERS = {lang: frozenset(words.split()) for lang, words in _OPENER_WORDS.items()}
_NOISE = re.compile(
    r"\b(?:advertisement|subscribe|click here|read more|sign up|newsletter|cookie|"
    r"all rights reserved|copyright|published:|updated:|last updated|share this|"
    r"follow us|getty images|photo(?:graph)?\s*[:/]|image:|credit:|affiliate (?:links?|program)|"
    r"pictured(?::| left| right| above| below| here))",
    re.IGNORECASE,
)
# Links run together with bars between them: a menu, or a hover card of other stories.
_LINK_BARS = re.compile(r"\s\|\s[^|\n]{1,200}\s\|\s")
# What only a picture caption says: "Jane Doe, left, speaks ...", "(pictured)", a weekday
# with its full date, "Photo credit", a gallery's "3 / 13", a picture agency's "CITY, STATE -
# NOVEMBER 19:" opening.
_CAPTION = re.compile(
    r",\s(?:left|right|cent(?:er|re)|second (?:from )?(?:left|right)),\s|\(pictured\)"
    # A weekday with its full date is how agencies date a picture ("..., Tuesday, Nov. 19,
    # 2019, in Madrid.", "... in Washington, on Tuesday, Nov. 19, 2019."); their stories say
    # "on Tuesday". A text browser may wrap the line inside the date.
    r"|(?:,|\bon)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s+(?:jan|feb|mar|apr|may|jun"
    r"|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\b"
    r"|\((?:left|right|cent(?:er|re)|top|bottom|above|below|inset|l-r|r-l|from left)\)"
    r"|\bphoto credit\b|\((?:photo|foto|image|picture)\b[^()]{0,60}\)|\b\d{1,3}\s+/\s+\d{1,3}\b"
    r"|(?-i:\b[A-Z]{3,}(?:[ ,]+[A-Z]{2,})*\s+-\s+(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY"
    r"|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s+\d{1,2}:)",
    re.IGNORECASE,
)
# A picture agency credited in brackets: a caption ("... in Nogales, Ariz. (AP)"), unless a
# dash follows, as after a wire dateline ("WASHINGTON (AP) — ...").
_AGENCY_CREDIT = re.compile(
    r"\((?:AP|AFP|Reuters|EPA|PTI|IANS|ANI|dpa|ANSA|EFE|Xinhua|Getty Images|Shutterstock)"
    r"(?:\s*Photo)?(?:\s*/[^()\n]{1,40})?\)(?!\s*[—–-])"
)
# How a credit opens when the splitter made it a sentence of its own.
_CREDIT_OPENING = re.compile(
    r"\(|(?:photo(?:graph(?:er)?)?|image|picture|credit|foto)s?\s*:", re.IGNORECASE
)
# What a page embeds rather than says: a web address, or a picture a text browser shows by
# its file name ("[IMG_2041.jpg]", "[81251ccf-9a95-...]", "[INS::INS]"); editorial brackets
# ("[but]", "[sic]", "[12]") have no digits-and-punctuation token of this length.
_EMBEDDED = re.compile(
    r"\bhttps?://|\bwww\.\w|\[(?=[^\]\s]*[\d_/:.])[^\]\s]{6,}\]?"
)
# What only the page around an article says: its byline's time stamp ("updated December 27,
# 2014 at 12:10 PM"), the writer's biography ("Jane Doe is a reporter for The Daily Post."),
# a call to join or follow the site ("Get breaking news alerts", "Join our forums").
_PAGE_NOTE = re.compile(
    r"\b(?:updated|posted|published)\s+(?:on\s+)?(?:\d{1,2}[/.]\d|(?:jan|feb|mar|apr|may|jun"
    r"|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b)"
    r"|^(?-i:[A-Z][\w'.-]+(?:\s[A-Z][\w'.-]+){0,3})(?:\s\([^()]{1,40}\))?\s+is\s+(?:an?|the)\s"
    r"[^.!?]{0,80}\b(?:reporter|editor|writer|contributor|correspondent|columnist|journalist"
    r"|producer)\b"
    r"|^(?:get|join|sign up|subscribe|follow|download|register|click|tap|don't miss|never miss"
    r"|stay (?:up to date|informed|tuned))\b[^.!?]{0,80}\b(?:our|us|alerts?|newsletters?|app"
    r"|forums?|podcasts?|updates)\b",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^[^\s:]+(?:\s+[^\s:]+){0,3}:\s")
# A capitalised function word right after a lowercase word means two texts ran together.
_GLUE_WORDS: dict[str, str] = {
    "en": "The|A|An|In|On|At|With|But|He|She|It|They|This|Its|His|Her|Their|We|After|As",
    "fr": "Le|La|Les|Un|Une|Il|Elle|Ils|Elles|Ce|Cette|Dans|Mais|Selon",
    "de": "Der|Die|Das|Ein|Eine|Er|Sie|Es|Im|Mit|Aber",
    "es": "El|La|Los|Las|Un|Una|Él|Ella|En|Con|Pero",
}
_QUOTES = "\"'“”‘’«»„"

# Weights of the signals (tuned on development data; see tests/bench/summary_quality.py).
WEIGHTS: dict[str, float] = {
    "position": 1.0,
    "keywords": 0.4,
    "length": 0.3,
    "title": 0.2,
    "centrality": 0.15,
    "paragraph": 0.05,
    "names": 0.1,
}
OPENER = 0.4
QUALITY_POWER = 0.5
DIVERSITY = 0.3
DUPLICATE = 0.65
POOL = 300
# A text is prose when at least this many sentences, and this share of them, end like one;
# then a sentence that does not is kept out of the summary unless nothing else is left.
PROSE_SENTENCES = 5
PROSE_SHARE = 0.6
UNENDED_IN_PROSE = 0.3
CAPTION = 0.3
# Factors for what the page's layout says is not the article (see layout.py).
OUTSIDE_RUN = 0.1
REPEATED = 0.3
TITLE_ECHO = 0.3
TEASER = 0.3
HARD_BREAK = 0.3
# A "sentence" whose longer words nearly all open with a capital is a headline.
TITLE_CASE = 0.3
# The other sentences of a paragraph that holds a caption, notice or joined line.
FURNITURE_BLOCK = 0.5
NOTICE_SENTENCES = 3
EMBEDDED = 0.3
PAGE_NOTE = 0.3


def rank_auto(
    source: RankInput, check: Callable[[float], None] = lambda fraction: None
) -> tuple[np.ndarray, list[int], TermMatrix]:
    """Return (scores 0..1, sentence indices best first, term matrix) for our ranker.

    ``check(fraction)`` reports progress and raises Cancelled when the user cancelled.
    """
    matrix, signals = compute_signals(source, check)
    total = combine(signals, WEIGHTS)
    standalone = total * signals["quality"]
    # A sentence opening with "He" or "But" counts fully once the one before it is taken.
    raw = standalone * signals["opener"]
    low, high = float(np.min(raw)), float(np.max(raw))
    scores = normalised(raw)
    resolved = (standalone - low) / max(high - low, 1e-12)
    order = order_by_relevance(
        matrix,
        scores,
        pool_size=POOL,
        diversity=DIVERSITY,
        duplicate=DUPLICATE,
        resolved=resolved,
    )
    check(0.95)
    return scores, order, matrix


def combine(signals: dict[str, np.ndarray], weights: dict[str, float]) -> np.ndarray:
    """Return the weighted sum of the signals (before the quality factor)."""
    total = np.zeros(len(signals["quality"]))
    for name, weight in weights.items():
        total = total + weight * signals[name]
    return total


def compute_signals(
    source: RankInput, check: Callable[[float], None] = lambda fraction: None
) -> tuple[TermMatrix, dict[str, np.ndarray]]:
    """Return the term matrix and every per-sentence signal (each scaled to about 0..1)."""
    text, spans, language = source.text, source.spans, source.language
    n = len(spans)
    stemmer = CachedStemmer(language)
    words = sentence_words(text, spans, language)
    check(0.15)
    matrix = build_term_matrix(text, spans, language, stemmer, words)
    check(0.4)
    paragraph = np.zeros(n)
    if source.paragraph_starts:
        # The first sentence already has the lead prior; later openers are topic sentences.
        paragraph[[i for i in source.paragraph_starts if 0 < i < n]] = 1.0
    ended = [_ends_sentence(text[start:end]) for start, end in spans]
    inside = _main_run(source, ended, words)
    signals = {
        "position": _position(n),
        "centrality": normalised(_centrality(matrix)),
    }
    check(0.6)
    signals["keywords"] = normalised(_keyword_coverage(matrix, bool(stop_words(language))))
    signals["title"] = _title_overlap(matrix, source.title, language, stemmer)
    signals["names"] = normalised(_name_coverage(words, language))
    signals["paragraph"] = paragraph
    signals["length"] = _length_fit(matrix.word_counts)
    quality, signals["opener"] = _quality(text, spans, words, language)
    signals["quality"] = quality * _layout(source, inside)
    check(0.75)
    return matrix, signals


def _length_fit(word_counts: np.ndarray) -> np.ndarray:
    """Return 0..1: how close each sentence is to a self-contained length (15-40 words)."""
    return np.clip(np.minimum(word_counts / 15.0, 40.0 / np.maximum(word_counts, 1.0)), 0, 1)


def _position(n: int, lead: float = 3.0, softness: float = 0.7) -> np.ndarray:
    """Return a lead prior: about 1 for the first three sentences, falling to 0 after."""
    index = np.arange(n, dtype=np.float64)
    return 1.0 / (1.0 + np.exp(np.minimum((index - lead) / softness, 50.0)))


def _centrality(matrix: TermMatrix, damping: float = 0.85, steps: int = 30) -> np.ndarray:
    """Return continuous LexRank scores, by power iteration on X @ X.T without forming it."""
    n = matrix.n_sentences
    if n == 0 or matrix.n_terms == 0:
        return np.zeros(n)
    has_words = np.bincount(matrix.rows, minlength=n) > 0
    self_sim = has_words.astype(np.float64)
    degree = matrix.dot(matrix.tdot(np.ones(n))) - self_sim
    degree = np.where(degree > 1e-9, degree, 1.0)
    p = np.full(n, 1.0 / n)
    for _ in range(steps):
        share = p / degree
        spread = matrix.dot(matrix.tdot(share)) - self_sim * share
        new = (1.0 - damping) / n + damping * spread
        new /= new.sum() or 1.0
        if np.abs(new - p).sum() < 1e-6:
            p = new
            break
        p = new
    return p


def _keyword_coverage(matrix: TermMatrix, has_stop_words: bool = True) -> np.ndarray:
    """Return how much of the text's frequent content words each sentence carries."""
    if matrix.n_terms == 0:
        return np.zeros(matrix.n_sentences)
    total = matrix.term_freq.sum() or 1.0
    probability = matrix.term_freq / total
    # Words seen once say nothing about the topic.
    weight = np.where(matrix.term_freq > 1, probability, 0.0)
    if not has_stop_words and matrix.n_sentences >= 8:
        # No stop-word list for this language: words in over a quarter of the sentences
        # are function words far more often than topics.
        weight = np.where(matrix.doc_freq > 0.25 * matrix.n_sentences, 0.0, weight)
    present = np.ones_like(matrix.counts)
    covered = np.bincount(
        matrix.rows, weights=present * weight[matrix.cols], minlength=matrix.n_sentences
    )
    # Diminishing returns for long sentences: divide by a root of their length.
    return covered / np.sqrt(np.maximum(matrix.content_counts, 4.0))


def _title_overlap(
    matrix: TermMatrix, title: str, language: Language, stemmer: CachedStemmer
) -> np.ndarray:
    """Return the share of the title's content words each sentence contains."""
    n = matrix.n_sentences
    if not title.strip() or matrix.n_terms == 0:
        return np.zeros(n)
    stops = stop_words(language)
    stems = {
        stemmer(w)
        for w in sentence_words(title, [(0, len(title))], language)[0]
        if w.lower() not in stops
    }
    terms = [matrix.vocabulary[s] for s in stems if s in matrix.vocabulary]
    if not terms:
        return np.zeros(n)
    wanted = np.zeros(matrix.n_terms)
    wanted[terms] = 1.0
    return np.bincount(matrix.rows, weights=wanted[matrix.cols], minlength=n) / len(terms)


def _name_coverage(words: list[list[str]], language: Language) -> np.ndarray:
    """Return how many recurring capitalised names (cheap entities) each sentence mentions."""
    counts: dict[str, int] = {}
    found: list[set[str]] = []
    for sentence in words:
        names = {w for w in sentence[1:] if w[:1].isupper() and not w.isupper()}
        found.append(names)
        for name in names:
            counts[name] = counts.get(name, 0) + 1
    return np.asarray(
        [sum(1 for name in names if counts[name] > 1) for names in found], dtype=np.float64
    )


@cache
def _glued_pattern(language: str) -> re.Pattern[str] | None:
    words = _GLUE_WORDS.get(language)
    return re.compile(rf"[a-z\u00e0-\u00ff,]\s+(?:{words})\s+[a-z\u00e0-\u00ff]") if words else None


def _quality(
    text: str, spans: Sequence[tuple[int, int]], words: list[list[str]], language: Language
) -> tuple[np.ndarray, np.ndarray]:
    """Return 0..1 factors per sentence: low for fragments that make no sense alone.

    The second array is the factor for opening with a pronoun or connective, kept apart
    because it no longer applies once the sentence before is in the summary.
    """
    openers = _DEPENDENT_OPENERS.get(language.code.split("-")[0], frozenset())
    lengths = np.asarray([len(w) for w in words], dtype=np.float64)
    median = float(np.median(lengths)) if len(lengths) else 0.0
    short = max(4.0, 0.35 * median)
    factor = np.ones(len(spans))
    dependent = np.ones(len(spans))
    glued = _glued_pattern(language.code.split("-")[0])
    # One pass of each pattern over the whole text, mapped back to sentences, is much faster
    # than searching every sentence separately on long texts.
    noisy = _sentences_matching(_NOISE, text, spans)
    captions = _sentences_matching(_CAPTION, text, spans) | _sentences_matching(
        _AGENCY_CREDIT, text, spans)
    # A credit split off as a sentence of its own ("(AP Photo/Jane Doe)", "Photographer:
    # Jane Doe/Getty Images") credits the one before it on its line.
    credits = {index for index, (start, end) in enumerate(spans)
               if _CREDIT_OPENING.match(text, start, end)
               and (index in captions or text[start] != "(")}
    captions |= credits
    captions |= {index - 1 for index in credits if index > 0
                 and "\n" not in text[spans[index - 1][1]:spans[index][0]]}
    # Links and captions are faulted as fragments: they are not sentences at all.
    captions |= _sentences_matching(_LINK_BARS, text, spans)
    # A sentence in the same paragraph as a caption, credit or notice is part of it more often
    # than not (a caption's second sentence, the text of a cookie or newsletter box).
    embedded = _sentences_matching(_EMBEDDED, text, spans)
    page_notes = {index for index, (start, end) in enumerate(spans)
                  if _PAGE_NOTE.search(text[start:end])}
    furniture_blocks = layout.same_block(text, spans, captions) | layout.same_block(
        text, spans, noisy, NOTICE_SENTENCES)
    ended = [_ends_sentence(text[start:end]) for start, end in spans]
    # In prose, a line without sentence punctuation is a heading, caption, teaser or byline
    # left over from the page; where most sentences lack it (Thai, lists, notes) it is normal.
    prose = len(ended) >= PROSE_SENTENCES and sum(ended) >= PROSE_SHARE * len(ended)
    run_together = _sentences_matching(glued, text, spans) if glued is not None else set()
    for index, (start, end) in enumerate(spans):
        sentence = text[start:end]
        sentence_words_ = words[index]
        size = lengths[index]
        value = 1.0
        fragment = 1.0
        if size < short:
            fragment = (size / short) ** 2
        if size > 3.5 * max(median, 10.0):
            value *= 0.7
        if sentence_words_ and sentence_words_[0].lower() in openers:
            dependent[index] = OPENER
        stripped = sentence.rstrip(_QUOTES + ")] ")
        if stripped.endswith(("?", "？")):
            value *= 0.5
        elif stripped.endswith(":"):
            value *= 0.4
        elif not ended[index]:
            value *= 0.55  # headings, captions and cut-off lines
            if prose:
                fragment *= UNENDED_IN_PROSE
        if sentence[:1] in _QUOTES and sentence.rstrip()[-1:] in _QUOTES:
            value *= 0.75
        if index in noisy:
            value *= 0.3
        if index in captions:
            fragment *= CAPTION
        if _LABEL.match(sentence):
            value *= 0.8
        if sentence[:1] in _QUOTES:
            value *= 0.85  # reported speech: who said it comes later, if at all
        if _title_case(sentence_words_) and not stripped.endswith((".", "。")):
            value *= TITLE_CASE  # a headline (of this story or another), not a sentence
        if index in embedded:
            fragment *= EMBEDDED
        if index in page_notes:
            fragment *= PAGE_NOTE
        if index in furniture_blocks and index not in captions:
            fragment *= FURNITURE_BLOCK
        if index in run_together:
            value *= 0.6  # a caption or heading run into the sentence without punctuation
        # Soft cues are dampened (tuned); a bare fragment is not.
        factor[index] = value**QUALITY_POWER * fragment
    return factor, dependent


def _main_run(source: RankInput, ended: list[bool], words: list[list[str]]) -> np.ndarray:
    """Return True for each sentence in the article's main run of prose (all of them when the
    text has too few sentences that end like one to tell)."""
    if sum(ended) < PROSE_SENTENCES:
        return np.ones(len(source.spans), dtype=bool)
    return layout.main_run(source.text, source.spans, ended, [len(w) for w in words])


def _title_case(words: list[str]) -> bool:
    """Return True when nearly every longer word of ``words`` opens with a capital."""
    long = [w for w in words[1:] if len(w) >= 4 and w[:1].isalpha()]
    return len(long) >= 4 and sum(w[:1].isupper() for w in long) >= 0.8 * len(long)


def _layout(source: RankInput, inside: np.ndarray) -> np.ndarray:
    """Return 0..1 factors per sentence: low outside the article's main run of prose, for a
    sentence the text repeats, one that only restates the title and one run into a line that
    is not its own."""
    text, spans = source.text, source.spans
    factor = np.ones(len(spans))
    factor[~inside] *= OUTSIDE_RUN
    joined = layout.hard_breaks(text, spans)
    for index in joined:
        factor[index] *= HARD_BREAK
    # The rest of a paragraph that holds a joined line is more likely a caption or a promo.
    for index in layout.same_block(text, spans, joined) - joined:
        factor[index] *= FURNITURE_BLOCK
    for index in layout.teasers(text, spans) | layout.table_lines(text, spans):
        factor[index] *= TEASER  # another story's excerpt, a row of a table: no sentence
    repeats = layout.repeated(text, spans)
    for index in repeats:
        factor[index] *= REPEATED
    # A paragraph that prints a caption twice (alt text, then caption) is a gallery's captions.
    for index in layout.same_block(text, spans, repeats) - repeats:
        factor[index] *= FURNITURE_BLOCK
    for index in layout.title_echoes(text, spans, source.title, stop_words(source.language)):
        factor[index] *= TITLE_ECHO
    return factor


def _ends_sentence(sentence: str) -> bool:
    """Return True when ``sentence`` ends with a full stop, exclamation or question mark."""
    return sentence.rstrip(_QUOTES + ")] ").endswith((".", "!", "?", "。", "！", "？", "…"))


def _sentences_matching(
    pattern: re.Pattern[str], text: str, spans: Sequence[tuple[int, int]]
) -> set[int]:
    """Return the indices of the sentences in which ``pattern`` matches (all of them when a
    match runs over a sentence break, as a caption's "Nov. 19, 2019" split after "Nov.")."""
    if not spans:
        return set()
    starts = np.asarray([a for a, _ in spans])
    ends = np.asarray([b for _, b in spans])
    found: set[int] = set()
    for match in pattern.finditer(text, int(starts[0]), int(ends[-1])):
        first = int(np.searchsorted(starts, match.start(), side="right")) - 1
        last = int(np.searchsorted(starts, match.end() - 1, side="right")) - 1
        found.update(i for i in range(max(first, 0), last + 1)
                     if starts[i] < match.end() and match.start() < ends[i])
    return found
