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
_BREADCRUMB = re.compile(r"\s(?:»|›|>|/)\s|\]$|^\W*$")
# Labels that sit where a headline would: picture credits, author boxes, account links.
_NOT_HEADLINE = re.compile(
    r"\b(?:image|photo|picture|copyright|contributor|staff writer|correspondent|reporter"
    r"|associated press|sign (?:in|out|up)|log ?in|profile|e-?mail|newsletter|subscribe"
    r"|advertisement|cookies?|share|sharing|follow|\d+ of \d+)\b",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_DENSE = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


def looks_like_headline(text: str) -> bool:
    """Return True when ``text`` (one block) reads like an article's headline."""
    text = text.strip()
    if not text or len(text) > 250 or word_count(text) > MAX_HEADLINE_WORDS:
        return False
    dense = len(_DENSE.findall(text))
    if dense < 6 and len(text.split()) < 3:
        return False
    ending = text.rstrip("\"'”’»")
    if ending.endswith(SENTENCE_END) and not ending.endswith(("?", "!", "？", "！")):
        return False
    first = text[:1]
    return (first.isalnum() or first in "\"'“‘«¿¡") and not (
        _NOT_HEADLINE.search(text)
        or _BREADCRUMB.search(text)
        or text[:1].islower()
        or BYLINE.match(text)
        or SECTION_LABEL.match(text)
        or is_boilerplate(text)
        or date_line(text) is not None
        or find_date(text)
        or _TIME.search(text)
    )


def headline_score(text: str) -> float:
    """Return how much ``text`` looks like a headline: 0 when it does not, else its length in
    words (a section label or picture caption is shorter than a headline)."""
    if not looks_like_headline(text):
        return 0.0
    dense = len(_DENSE.findall(text))
    return float(min(max(len(text.split()), dense // 2), 14))
