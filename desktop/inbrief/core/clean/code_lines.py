"""Program code in a page pasted as plain text: a listing the article shows, kept with it.

A text browser prints a ``<pre>`` listing line by line, each line a block too short to class
and many of them ("});") without a word: classed by length and stop words, a listing reads
as a menu and cuts the article in two. Its lines are classed as a table's rows instead (kept
inside the article, neither adding to its run of prose nor costing it).
"""

from __future__ import annotations

import re

# How a line of code ends: a bracket or a statement's semicolon ("if (ok) {", "});", "},",
# "var x = 1;"), a call ("console.log(data.entries)"), a comment's end, a trailing comment.
_CODE_END = re.compile(r"(?:[{}\[;(]|[}\])],|\*/|-->|[\w\])]\([^()]*\))\s*(?://[^\"']*)?$")
# An entry of an object or a dictionary: "method: "POST",", ""Content-Type": "image/png"".
_ENTRY = re.compile(r"(?:[a-z_$][\w$]*|\"[^\"]+\"|'[^']+'):\s*(?:\"[^\"]*\"|'[^']*'|-?\d[\d.]*"
                    r"|true|false|null)\s*,?$")
# A line of markup ("<meta charset="utf-8">", "</html>") or a comment opening a line.
_CODE_OPENING = re.compile(r"</?[A-Za-z!?][^<>]*>")
_COMMENT = ("//", "/*", "#!", "<!--")
# An item of a list, which may end with a semicolon; a picture's credit in brackets.
_LIST_ITEM = re.compile(r"[•◦▪■●*+\-–—]\s")
# (Looked for by a pattern: a set's isdisjoint reads a text a character at a time, each made a
# string of its own, five times as long.)
_CODE_CHAR = re.compile(r"[{}()\[\];=<>]")
# A template's tags left unfilled on a page ("{* signInButton *}", "{{ user.name }}"): a
# widget's furniture, not a listing.
_TEMPLATE = re.compile(r"(?:\{[*{%#][^{}]*[*}%#]\}\s*)+$")
MAX_CODE_CHARS = 160
# Lines of code in a row that make a listing, and the lines of another kind between two
# of them that it may hold ("if (!target)" or a string wrapped onto a line of its own).
MIN_CODE_LINES = 3
MAX_CODE_GAP = 1


def is_code_line(text: str) -> bool:
    """Return True for a line that reads as program code or markup."""
    if len(text) > MAX_CODE_CHARS or _LIST_ITEM.match(text):
        return False
    if text.startswith(_COMMENT):
        return True
    if _ENTRY.match(text):
        return True
    if _CODE_CHAR.search(text) is None or _TEMPLATE.match(text):
        return False
    return bool(_CODE_OPENING.match(text) or _CODE_END.search(text))


def code_listings(texts: list[str], raw: list[str]) -> None:
    """Class as "table" the blocks of a listing of code: MIN_CODE_LINES lines of code or
    more, MAX_CODE_GAP blocks of another kind at most between two of them (a paragraph of
    prose, good on its own, keeps its class)."""
    start = end = -1  # the listing's first and last line of code so far
    lines = 0
    for index in [*range(len(texts)), len(texts) + MAX_CODE_GAP + 1]:
        code = index < len(texts) and is_code_line(texts[index])
        if code and end >= 0 and index - end <= MAX_CODE_GAP + 1:
            end, lines = index, lines + 1
            continue
        if index - end <= MAX_CODE_GAP and not code:
            continue  # a line of another kind: the listing may go on below it
        if lines >= MIN_CODE_LINES:
            for inside in range(start, end + 1):
                if raw[inside] != "good":
                    raw[inside] = "table"
        start, end, lines = (index, index, 1) if code else (-1, -1, 0)
