"""Markdown pasted as plain text (from a chat assistant, a notes app, a README): its markup
left out of the analysis, the text kept, as opening a .md file gives it (ingest.markdown);
the source keeps every mark."""

from __future__ import annotations

import re

from inbrief.core.markdown_syntax import (
    ESCAPE,
    FENCE,
    IMAGE,
    QUOTE,
    REF_DEFINITION,
    RULE,
    SETEXT,
    STRONG,
    TABLE_SEPARATOR,
    WRAPPING,
)
from inbrief.core.textmap import Span

_ATX = re.compile(r"^ {0,3}#{1,6}[ \t]+(?=\S)")
# A list item's marker, a task's box after it ("- [ ] ").
_BULLET = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?(?=\S)")
# What tells Markdown from plain text: headings, links with their address, strong emphasis
# and fences, two kinds of them (a page's copy may have hashtags opening lines, "# Lutte"), or
# three links; quotations ("> ") count beside another kind only (a breadcrumb's ">>").
_SIGNS = (
    re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.MULTILINE),
    re.compile(r"\[[^\]\n]{1,300}\]\((?:https?://|/|#|mailto:)[^)\s]{0,2000}\)"),
    STRONG,
    re.compile(r"^ {0,3}```", re.MULTILINE),
)
_QUOTE_SIGN = re.compile(r"^ {0,3}>[ \t][^\W\d_]", re.MULTILINE)
MIN_KINDS = 2
MIN_LINKS = 3
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$", re.MULTILINE)


def looks_like_markdown(text: str) -> bool:
    """Return True when ``text`` is written in Markdown (MIN_KINDS kinds of its marks, or
    MIN_LINKS links)."""
    counts = [len(sign.findall(text, 0, 200_000)) for sign in _SIGNS]
    kinds = sum(1 for count in counts if count)
    if kinds and _QUOTE_SIGN.search(text, 0, 200_000):
        kinds += 1
    return kinds >= MIN_KINDS or counts[1] >= MIN_LINKS


def markup_lines(lines: list[str]) -> tuple[set[int], dict[int, int]]:
    """Return the lines of Markdown ``lines`` that are markup alone (fences and the code
    between them, rules, a heading's underline, a table's separator, a link's definition),
    and how many characters of markup open the others (a heading's "# ", a quotation's "> ",
    a list item's "- ")."""
    drop: set[int] = set()
    opening: dict[int, int] = {}
    fenced = False
    for index, line in enumerate(lines):
        if FENCE.match(line):
            fenced = not fenced
            drop.add(index)
            continue
        if fenced:
            drop.add(index)  # a code listing is no prose to summarise (as a .md file's)
            continue
        if (RULE.match(line) or TABLE_SEPARATOR.match(line) or REF_DEFINITION.match(line)
                or index and lines[index - 1].strip() and SETEXT.match(line)):
            drop.add(index)
            continue
        quote = QUOTE.match(line)
        start = quote.end() if quote else 0
        heading = _ATX.match(line, start)
        if heading is not None:
            start = heading.end()
        elif (bullet := _BULLET.match(line, start)) is not None:
            start = bullet.end()
        if start:
            opening[index] = start
    return drop, opening


def inline_markup(text: str) -> list[Span]:
    """Return the spans of Markdown ``text`` that are inline markup: emphasis marks, a link's
    brackets and address, a picture, code's backticks, escapes, a heading's closing hashes."""
    spans: list[Span] = [match.span() for match in IMAGE.finditer(text)]
    spans += [match.span() for match in _CLOSING_HASHES.finditer(text)]
    for pattern in WRAPPING:
        for match in pattern.finditer(text):
            spans += [match.span(1), match.span(3)]
    spans += [match.span(1) for match in ESCAPE.finditer(text)]
    return spans
