"""What the library stores of an article besides its row: the hash that spots a text pasted
again, the search query of typed words, the brief without what the article's text gives back."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from inbrief.core.textmap import TextMap

MATCH_START, MATCH_END = "\x02", "\x03"  # around the matched words in a snippet
_WORD = re.compile(r"\w+")
# Scripts written without spaces between words (kana, CJK ideographs, Thai) and Hangul, whose
# words carry their particles: the word index has no word boundaries there, so these queries
# look for the text itself.
UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_SNIPPET_CHARS = 40  # each side of the first match


def content_hash(text: str) -> str:
    """Return the hash that makes the same text pasted twice one entry (outer and trailing
    whitespace, line endings and Unicode normalisation do not count)."""
    lines = unicodedata.normalize("NFC", text).strip().splitlines()
    normal = "\n".join(line.rstrip() for line in lines)
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def fts_query(text: str) -> str:
    """Return the FTS5 query of what the user typed: every word, the last one as a prefix
    while it is being typed ("" when there is no word)."""
    words = _WORD.findall(text)
    if not words:
        return ""
    parts = [f'"{word}"' for word in words]
    if not text[-1:].isspace():
        parts[-1] += "*"
    return " ".join(parts)


def snippet(text: str, pieces: list[str]) -> str:
    """Return the passage around the first of ``pieces`` in ``text``, each piece marked."""
    flat = " ".join(text.split())
    at = min((i for i in (flat.find(p) for p in pieces) if i >= 0), default=0)
    start, end = max(0, at - _SNIPPET_CHARS), min(len(flat), at + _SNIPPET_CHARS * 2)
    passage = flat[start:end]
    for piece in sorted(set(pieces), key=len, reverse=True):
        passage = passage.replace(piece, f"{MATCH_START}{piece}{MATCH_END}")
    return ("…" if start else "") + passage + ("…" if end < len(flat) else "")


_SPAN_LISTS = ("sentences", "summary", "dates")
_MENTION_LISTS = ("entities", "keywords")


def _spans(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Yield every item of a Brief dict that is a span of its text (start, end, text)."""
    for key in _SPAN_LISTS:
        yield from data.get(key) or ()
    for key in _MENTION_LISTS:
        for item in data.get(key) or ():
            yield from item.get("mentions") or ()


def slim(data: dict[str, Any], source: str, offsets: TextMap | None) -> dict[str, Any]:
    """Return a Brief's dict (changed in place) without the texts ``_fill`` gives back:
    Brief.text when the offsets cut it from ``source``, each span's text that is its slice."""
    slim = data
    text = data["text"]
    for item in _spans(slim):
        if text[item["start"]:item["end"]] == item.get("text"):
            del item["text"]
    if offsets is not None and offsets.kept_text(source) == text:
        slim["text"] = None
    return slim


def fill(data: dict[str, Any], source: str, offsets: TextMap | None) -> dict[str, Any]:
    """Return the Brief dict ``_slim`` made, whole again."""
    if data.get("text") is None:
        if offsets is None:
            raise ValueError("a stored brief without its text needs its offsets")
        data["text"] = offsets.kept_text(source)
    text = data["text"]
    for item in _spans(data):
        if "text" not in item:
            item["text"] = text[item["start"]:item["end"]]
    return data


def map_dict(offsets: TextMap) -> dict[str, Any]:
    return {"source_length": offsets.source_length, "segments": list(offsets.segments)}
