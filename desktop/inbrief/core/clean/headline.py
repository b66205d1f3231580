"""Which line of a pasted page is its headline: title-like, not a label, breadcrumb or date."""

from __future__ import annotations

import re

from inbrief.core.clean.rules import (
    BYLINE,
    SECTION_LABEL,
    SENTENCE_END,
    date_line,
    find_date,
    is_boilerplate,
    word_count,
)

MAX_HEADLINE_WORDS = 25
# Breadcrumbs, form fields ("Search ____ (BUTTON)") and teasers cut short with an ellipsis.
_BREADCRUMB = re.compile(r"\s(?:»|›|>|/)\s|\]$|^\W*$|_{3,}|\(BUTTON\)|(?:…|\.\.\.)$")
# Labels that sit where a headline would: picture credits, author boxes, account links.
_NOT_HEADLINE = re.compile(
    r"\b(?:image|photo|picture|copyright|contributor|staff writer|correspondent|reporter"
    r"|associated press|sign (?:in|out|up)|log ?in|profile|e-?mail|newsletter|subscribe"
    r"|advertisement|cookies?|share|sharing|follow|\d+ of \d+|foto|фото|external links?"
    r"|new window|playback|javascript|browser|copy (?:this |the )?link)\b"
    # "Media captionWho is ...": a text browser runs a caption's label into it.
    r"|^(?:media|image|video|photo)\s?(?:caption|copyright|source|credit)",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
# What follows a headline within a few blocks: byline, date, share bar, reading time.
_HEAD_SIGNAL = re.compile(
    r"^(?:by|von|par|por|di|door|av|af|de)\s|\b(?:share|teilen|partager|compartir|condividi"
    r"|sharing|tweet|updated|published|min(?:ute)?s? read|ago)\b|\b\d{1,2}:\d{2}\b",
    re.IGNORECASE,
)
_TWO_SENTENCES = re.compile(r"[^\W\d_]{3,}[.!?] +[A-Z]")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
# Menu items run together ("NewsletterSubscribeSign in", "AméricaMéxicoVenezuela"): a word
# of three lower-case letters or more going on with a capital, three times ("WordPress" once).
_RUN_TOGETHER = re.compile(r"[^\W\d_A-Z]{3}(?=[A-ZÀ-ÞА-Я][^\W\d_A-Z])")
# How far above the body the headline is looked for, in blocks, and what each block of text
# between them costs a candidate; what a byline or date right below it, and the same words
# elsewhere on the page (the page's title, a share text), add.
HEAD_BLOCKS = 80
DISTANCE_COST = 0.5
SIGNAL_BONUS = 5.0
REPEAT_BONUS = 3.0
LIST_COST = 4.0
_DENSE = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


def looks_like_headline(text: str) -> bool:
    """Return True when ``text`` (one block) reads like an article's headline."""
    text = text.strip()
    if not text or len(text) > 250 or word_count(text) > MAX_HEADLINE_WORDS:
        return False
    dense = len(_DENSE.findall(text))
    if dense < 6 and len(text.split()) < 3:
        return False
    if _TWO_SENTENCES.search(text):
        return False  # a standfirst or teaser: "... the crisis. It is up to them ..."
    ending = text.rstrip("\"'”’»")
    if ending.endswith(SENTENCE_END) and not ending.endswith(("?", "!", "？", "！")):
        return False
    first = text[:1]
    return (first.isalnum() or first in "\"'“‘«¿¡") and not (
        _NOT_HEADLINE.search(text)
        or _BREADCRUMB.search(text)
        or text[:1].islower() and not text[1:2].isupper()  # "iOS 13", "eBay"
        or BYLINE.match(text)
        or SECTION_LABEL.match(text)
        or is_boilerplate(text)
        or date_line(text) is not None
        or find_date(text)
        or _TIME.search(text)
        or len(_RUN_TOGETHER.findall(text)) >= 3
    )


def headline_score(text: str) -> float:
    """Return how much ``text`` looks like a headline: 0 when it does not, else its length in
    words (a section label or picture caption is shorter than a headline)."""
    if not looks_like_headline(text):
        return 0.0
    dense = len(_DENSE.findall(text))
    words = max(len(text.split()), dense // 2)
    # Headlines peak at about a dozen words; a longer title-like block is more likely a
    # standfirst, still a headline when nothing shorter is title-like.
    return max(1.0, min(words, 12) - 2.0 * max(0, words - 14))


_NOT_ALNUM = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    """Return ``text`` reduced to its lower-case letters and digits."""
    return _NOT_ALNUM.sub("", text.casefold())


def _is_text(text: str) -> bool:
    """Return True for a block with words in it (not a bullet, picture name or number)."""
    return len(_LETTERS.findall(text)) >= 2 and text[:1].isalnum()


def _is_signal(text: str) -> bool:
    """Return True for a byline, date, share bar or reading time."""
    return bool(
        _HEAD_SIGNAL.search(text) and word_count(text) <= 20
        or BYLINE.match(text)
        or date_line(text) is not None
        or word_count(text) <= 15 and find_date(text)
    )


def _counts(text: str) -> bool:
    """Return True for a block of text that puts a candidate farther from the body (not a
    share button, bullet, picture name or label of a word or two)."""
    return _is_text(text) and word_count(text) >= 3 and not _is_signal(text)


def _signalled(texts: list[str], index: int, end: int) -> bool:
    """Return True when a byline, date or share bar follows block ``index`` within a few
    text blocks (before ``end``), or a date or byline sits right above it."""
    seen = 0
    for text in texts[index + 1 : end]:
        if _is_signal(text):
            return True
        if _is_text(text):
            seen += 1
            if seen > 4:
                break
    for text in reversed(texts[max(0, index - 3) : index]):
        if _is_text(text):
            return bool(BYLINE.match(text) or date_line(text) is not None)
    return False


def _nearest(texts: list[str], index: int, step: int) -> str:
    """Return the nearest text block from ``index`` in direction ``step``, or ""."""
    at = index + step
    while 0 <= at < len(texts) and not _is_text(texts[at]):
        at += step
    return texts[at] if 0 <= at < len(texts) else ""


def _in_list(texts: list[str], index: int) -> bool:
    """Return True when the text blocks on both sides of block ``index`` are title-like too
    (a list of teasers or links)."""
    return looks_like_headline(_nearest(texts, index, -1)) and looks_like_headline(
        _nearest(texts, index, 1))


def pick_headline(texts: list[str], first: int) -> int | None:
    """Return the index of the headline among the blocks ``texts`` above the body's first
    block ``first``, or None: the title-like block with the best score (its length, a byline
    or date below it, its words repeated elsewhere on the page, less its distance in blocks
    of text from the body)."""
    keys = [_key(text) for text in texts]
    # Every block's key in one string: a key found twice in it is repeated on the page.
    page = "\n".join(keys)
    best, best_score = None, 0.0
    distance = 0
    for index in range(first - 1, max(-1, first - HEAD_BLOCKS), -1):
        text = texts[index]
        score = headline_score(text)
        if score > 0 and _in_list(texts, index):
            score -= LIST_COST
        if score > 0:
            if _signalled(texts, index, first):
                score += SIGNAL_BONUS
            key = keys[index]
            if len(key) >= 12 and page.count(key) >= 2:
                score += REPEAT_BONUS
            score -= DISTANCE_COST * distance
            if score > best_score:
                best, best_score = index, score
        if _counts(text):
            distance += 1
    return best
