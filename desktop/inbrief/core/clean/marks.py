"""Marks inside an article's sentences that are no part of its text: a wiki's reference marks
("… Hinton.[1]", "[citation needed]") and a formula's TeX source ("{\\displaystyle I}"), and
the hyphens and line breaks of words broken at a line's end ("automa-" / "tion")."""

from __future__ import annotations

import re
from collections import Counter

from inbrief.core.clean.markdown_marks import inline_markup
from inbrief.core.clean.rules import WIKI_EDIT
from inbrief.core.textmap import Span

# A reference mark run onto the word or punctuation before it: Wikipedia's "[1]", "[a]",
# "[note 1]" and its maintenance tags, w3m's "^[2]^[3]" (a superscript's caret). A mark after a
# space is none ("see [1]" cites a list the page gives; "a [b] c" is any text).
_TAGS = ("citation needed|clarification needed|better source needed|full citation needed"
         "|page needed|verification needed|failed verification|dubious|discuss|who|when"
         "|where|which|why|according to whom|by whom|original research|needs update"
         "|not in citation given|unreliable source\\??|vague|specify|edit|edit source"
         "|Belege fehlen|Quelle fehlt|réf\\. nécessaire|réf\\. souhaitée|cita requerida"
         "|citation nécessaire|senza fonte|carece de fontes")
_ONE_MARK = rf"\^?\[(?:\d{{1,3}}|[a-z]|note \d{{1,3}}|Anm\. \d{{1,3}}|(?:{_TAGS})\??)\]"
_MARKS = re.compile(rf"(?<=[^\s\[\]])(?:{_ONE_MARK})+"
                    # After a sentence's end and a space (a browser's copy of a reference
                    # set apart: 'real life." [5] SciFi.com stated …'), the space with it.
                    rf"|(?<=[.!?\"”’]) (?:{_ONE_MARK})+(?=\s|$)")
# Reference marks after a sentence's punctuation or closing quote: a page cites its sources so
# ("… the coast.[1]"); so many of them before any mark is taken out (one alone may be a
# program's "items[1]", a footnote's "[a]" in a table).
_AFTER_PUNCTUATION = re.compile(rf"(?<=[.,;:!?)\"”’])(?:{_ONE_MARK})")
CITED_MARKS = 2
# The TeX source of a formula a text browser shows after its text (the formula's annotation
# and its picture's alternative text, each "{\displaystyle …}" with braces nested inside).
_TEX_OPENING = re.compile(r"\{\\(?:displaystyle|textstyle|scriptstyle)\b")
TEX_CHARS = 2000  # the longest formula source looked through for its closing brace


# A wiki's link to edit a section run onto its heading ("History[edit]", a browser's copy).
_EDIT_AFTER_HEADING = re.compile(rf"(?<=\S)\s?{WIKI_EDIT}[ \t]*$", re.IGNORECASE | re.MULTILINE)


# A word broken at a line's end with a hyphen, as a PDF reader's copy or a text wrapped by
# hand gives it ("the automa-" / "tion programme"): the hyphen, the line break and the next
# line's indent between two letters.
_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])-(\n[ \t]*)(?=[^\W\d_])")
_WORD = re.compile(r"[^\W\d_]+")
_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")


def line_end_hyphens(text: str, broken: bool = True) -> list[Span]:
    """Return the spans of ``text`` that join the words broken at a line's end with a
    hyphen: the hyphen and the line break ("automa-" / "tion" -> "automation"), or the line
    break alone when the hyphen is the word's own (a compound the text writes so elsewhere,
    two words it uses on their own, "well-" / "known"; a capital after it, "Anglo-" /
    "Saxon"), as pdf_text.join_hyphenated decides for a PDF's lines; nothing before "and",
    "oder" and the like (a word's first part standing for two: "Hafen-" / "oder
    Flughafengebühren", the line break a space). Nothing unless ``broken``: a web page as a
    text browser or a browser lays it out breaks lines after a hyphen, never inside a word,
    and whether a space followed the hyphen ("Gas- oder Kohlegrill") cannot be told."""
    if not broken:
        return []
    # (A superscript digit is a word character but no letter: "¹-" breaks no word.)
    breaks = [found for found in _LINE_END_HYPHEN.finditer(text)
              if text[found.start() - 1].isalpha()]
    if not breaks:
        return []
    counts = Counter(word.casefold() for word in _WORD.findall(text))
    compounds = {word.casefold() for word in _COMPOUND.findall(text)}
    parts: list[tuple[str, str]] = []
    for found in breaks:
        head = _LAST_LETTERS.search(text, 0, found.start())
        tail = _WORD.match(text, found.end())
        parts.append((head.group(0) if head else "", tail.group(0) if tail else ""))
    # Words the text uses on their own: its words but the broken ones' parts ("repla-" /
    # "cing" broken the same way on each page is no word "repla").
    counts.subtract(part.casefold() for pair in parts for part in pair)
    spans: list[Span] = []
    for found, (first, second) in zip(breaks, parts, strict=True):
        if second.casefold() in _SUSPENDED_BEFORE:
            continue
        whole = (first + second).casefold()
        own = (f"{first}-{second}".casefold() in compounds or second[:1].isupper()
               or counts[first.casefold()] > 0 and counts[second.casefold()] > 0)
        if own and counts[whole] <= 0:
            spans.append(found.span(1))  # "well-known": the line break alone
        else:
            spans.append((found.start(), found.end(1)))
    return spans


_LAST_LETTERS = re.compile(r"[^\W\d_]+$")
# Words after a suspended hyphen: "Hafen- oder Flughafengebühren", "pre- and post-war".
_SUSPENDED_BEFORE = frozenset((
    "and", "or", "nor", "to", "und", "oder", "bzw", "sowie", "bis", "als", "wie", "et", "ou",
    "y", "o", "e", "en", "of", "och", "eller", "og", "ja", "tai", "i", "lub", "a"))


# Blank lines inside a paragraph that a page or column break parted (its running head and
# page number left out around them): the line above ends with a letter (no sentence's end),
# the line below goes on in lower case.
_BLANK_LINES = re.compile(r"\n((?:[ \t]*\n)+)")


def parted_paragraphs(text: str) -> list[Span]:
    """Return the blank lines of ``text`` inside a paragraph that a page break parted (each
    span all of its line breaks but the first, which joins the two parts as a wrapped line)."""
    # (The runs of blank lines found first, each one's neighbours then looked at: a pattern
    # looking behind at every line break took 13 ms of a 100,000-word text's cleaning.)
    return [found.span(1) for found in _BLANK_LINES.finditer(text)
            if found.start() and text[found.start() - 1].isalpha()
            and text[found.end():found.end() + 20].lstrip(" \t")[:1].islower()]


def inline_junk(text: str, broken_words: bool = True, markdown: bool = False) -> list[Span]:
    """Return the spans of ``text`` that are reference marks, a formula's TeX source, what
    breaks a word at a line's end (line_end_hyphens and parted_paragraphs, when
    ``broken_words``) or, when ``markdown``, Markdown's inline marks, in order and joined
    where they meet: left out of the analysis, each the length of the mark (a sentence keeps
    its full stop and the space after it)."""
    spans: list[Span] = []
    if "\\" in text:
        position = 0
        budget = [len(text) + TEX_CHARS]
        while (opening := _TEX_OPENING.search(text, position)) is not None and budget[0] > 0:
            end = _closing_brace(text, opening.start(), budget)
            if end is None:
                position = opening.end()
                continue
            spans.append((opening.start(), end))
            position = end
    if broken_words and "-\n" in text:
        spans.extend(line_end_hyphens(text))
    if broken_words and "\n\n" in text:
        spans.extend(parted_paragraphs(text))
    if "[" in text:
        if len(_AFTER_PUNCTUATION.findall(text)) >= CITED_MARKS:
            spans.extend(match.span() for match in _MARKS.finditer(text))
        spans.extend(match.span() for match in _EDIT_AFTER_HEADING.finditer(text))
    if markdown:
        spans.extend(inline_markup(text))
    if "\n" in text:
        spans.extend(drop_cap_breaks(text))
    return _merged(spans)


# A paragraph's first letter set large (a drop cap), which a browser's copy puts on a line of its
# own: "H" / "ong Kong is burning. The authorities …" (the Guardian's, in Chromium).
_DROP_CAP = re.compile(r"(?m)^[A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω]\n(?=[a-zà-öø-ÿа-яёα-ω]{2,})")
DROP_CAP_WORDS = 8  # the paragraph the letter opens: prose, not a word or two


def drop_cap_breaks(text: str) -> list[Span]:
    """Return the line breaks after a drop cap, a capital alone on its line opening the
    paragraph of DROP_CAP_WORDS words or more below it: left out, the letter reads with its
    word again ("Hong Kong is burning")."""
    spans = []
    for match in _DROP_CAP.finditer(text):
        end = text.find("\n", match.end())
        line = text[match.end() : end if end >= 0 else len(text)]
        if len(line.split()) >= DROP_CAP_WORDS:
            spans.append((match.end() - 1, match.end()))
    return spans


def drop_cap_lines(lines: list[str]) -> dict[int, int]:
    """Return {line of a drop cap: line of the paragraph it opens} (see drop_cap_breaks)."""
    found = {}
    for index in range(len(lines) - 1):
        letter, below = lines[index], lines[index + 1]
        if (len(letter) == 1 and letter.isupper() and _DROP_CAP.match(f"{letter}\n{below}")
                and len(below.split()) >= DROP_CAP_WORDS):
            found[index] = index + 1
    return found


_BRACE_OR_BREAK = re.compile(r"[{}]|\n[ \t]*\n")


def _closing_brace(text: str, start: int, budget: list[int]) -> int | None:
    """Return the index after the brace closing the one at ``start``, or None (none within
    TEX_CHARS characters, a paragraph's end first, or ``budget[0]``, the braces the whole
    text's scans may still read, spent: text made of unclosed formulas is read once over,
    not once a formula)."""
    depth = 0
    for found in _BRACE_OR_BREAK.finditer(text, start, min(len(text), start + TEX_CHARS)):
        budget[0] -= 1
        if budget[0] < 0:
            return None
        char = found.group()
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return found.end()
        else:
            return None  # a paragraph's end: the formula's source is cut off
    return None  # a paragraph's end: the formula's source is cut off
    return None


def _merged(spans: list[Span]) -> list[Span]:
    """Return ``spans`` sorted, overlapping or touching ones joined."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
