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
_BREADCRUMB = re.compile(r"\s(?:»|›|>|/)\s|^[\s#•*\[(]|\]$|^\W*$")
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
    return not (
        _BREADCRUMB.search(text)
        or text[:1].islower()
        or BYLINE.match(text)
        or SECTION_LABEL.match(text)
        or is_boilerplate(text)
        or date_line(text) is not None
        or find_date(text)
        or _TIME.search(text)
    )
