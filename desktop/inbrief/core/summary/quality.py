"""How well a sentence stands alone in a summary: fragments, captions, credits, notices, links,
headlines and sentences leaning on the one before (factors 0..1 per sentence, for auto.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

import numpy as np

from inbrief.core.brief import Language
from inbrief.core.summary import layout

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
    r"|^(?-i:[A-Z][\w'.-]+(?:\s(?:(?:van|von|de|der|da|di|du|del|la|le)\s)?[A-Z][\w'.-]+){0,3})"
    r"(?:\s\([^()]{1,40}\))?\s+is\s+(?:an?|the)\s"
    r"[^.!?]{0,80}\b(?:reporter|editor|writer|contributor|correspondent|columnist|journalist"
    r"|producer)\b"
    r"|^(?:get|join|sign up|subscribe|follow|download|register|click|tap|don't miss|never miss"
    r"|stay (?:up to date|informed|tuned))\b[^.!?]{0,80}\b(?:our|us|alerts?|newsletters?|app"
    r"|forums?|podcasts?|updates)\b",
    re.IGNORECASE,
)
# A figure's or table's caption in a paper, opening its line: "Figure 3.", "Fig. 3:", "Table
# 2.", "Abb. 4", "Tabelle 1:", "Table IV" alone on its line over the caption.
_FIGURE_CAPTION = re.compile(
    r"(?m)^(?:fig(?:ure|ura)?s?\.?|tab(?:le|la|elle|leau)?\.?|abb(?:ildung)?\.?)"
    r"\s*(?:\d+[a-z]?|[IVXL]+)(?:[.:]|\s+[-–—]|[ \t]*$)", re.IGNORECASE)
FIGURE_SENTENCES = 4  # a caption's paragraph, at most
# A sentence opening with a word in lower case: its start is on a page before (a copy out of
# a PDF reader starting mid-sentence). Not a name written in lower case ("iPhone", "eBay").
_CUT_OPENING = re.compile(r"[^\W\d_A-Z]+\b(?![-'’]?[A-Z])")
CUT_OPENING = 0.3
_LABEL = re.compile(r"^[^\s:]+(?:\s+[^\s:]+){0,3}:\s")
# A capitalised function word right after a lowercase word means two texts ran together.
_GLUE_WORDS: dict[str, str] = {
    "en": "The|A|An|In|On|At|With|But|He|She|It|They|This|Its|His|Her|Their|We|After|As",
    "fr": "Le|La|Les|Un|Une|Il|Elle|Ils|Elles|Ce|Cette|Dans|Mais|Selon",
    "de": "Der|Die|Das|Ein|Eine|Er|Sie|Es|Im|Mit|Aber",
    "es": "El|La|Los|Las|Un|Una|Él|Ella|En|Con|Pero",
}
_QUOTES = "\"'“”‘’«»„"

OPENER = 0.4
QUALITY_POWER = 0.5
# A text is prose when at least this many sentences, and this share of them, end like one;
# then a sentence that does not is kept out of the summary unless nothing else is left.
PROSE_SENTENCES = 5
PROSE_SHARE = 0.6
UNENDED_IN_PROSE = 0.3
CAPTION = 0.3
# A "sentence" whose longer words nearly all open with a capital is a headline.
TITLE_CASE = 0.3
# The other sentences of a paragraph that holds a caption, notice or joined line.
FURNITURE_BLOCK = 0.5
NOTICE_SENTENCES = 3
EMBEDDED = 0.3
PAGE_NOTE = 0.3


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
    # A paper's figure and table captions ("Figure 3. ...", "Table 2: ..."), and the rest of
    # their paragraph (the number is a sentence of its own: "Fig. 3." then its text).
    figures = _sentences_matching(_FIGURE_CAPTION, text, spans)
    captions |= figures | layout.same_block(text, spans, figures, FIGURE_SENTENCES)
    # A sentence in the same paragraph as a caption, credit or notice is part of it more often
    # than not (a caption's second sentence, the text of a cookie or newsletter box).
    embedded = _sentences_matching(_EMBEDDED, text, spans)
    page_notes = {index for index, (start, end) in enumerate(spans)
                  if _PAGE_NOTE.search(text[start:end])}
    furniture_blocks = layout.same_block(text, spans, captions) | layout.same_block(
        text, spans, noisy, NOTICE_SENTENCES)
    ended = [ends_sentence(text[start:end]) for start, end in spans]
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
        if (sentence[:1].islower() and _CUT_OPENING.match(sentence)
                and (index == 0 or "\n" in text[spans[index - 1][1]:start])):
            fragment *= CUT_OPENING  # a sentence's end opening a line, its start on a page before
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


def _title_case(words: list[str]) -> bool:
    """Return True when nearly every longer word of ``words`` opens with a capital."""
    long = [w for w in words[1:] if len(w) >= 4 and w[:1].isalpha()]
    return len(long) >= 4 and sum(w[:1].isupper() for w in long) >= 0.8 * len(long)


def ends_sentence(sentence: str) -> bool:
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
