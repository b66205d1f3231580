"""Names that technical prose makes a news-tuned tagger see: code identifiers, programming
languages, figure and table labels, variables ("T16", "NaN", "Java", "Section 3").

A news name finder takes every capitalised word it does not know for a name. In a paper or a
manual that means loop labels as places, type names and programming languages as people and
section headings as organizations. Two kinds of rule, the safer first:

- everywhere: a "person" or "place" written with a digit ("T16", "L1") or with a capital
  inside a lower-case run that no name prefix explains ("LuaJIT", "NaN", but "McCloskey"),
  anything on a line of code ("v5 := eq v4, Array // test"), a span holding a mathematical
  sign ("≤ Pr"), and a bare "Figure" or "Section" whose number the tagger left out;
- in text of technical register (code-like words, figure and section references, citations):
  labels with their numbers ("Section 3", "Equal3"), numbered headings, table header rows,
  macro names, a lone capitalised word whose lower-case form the text also uses ("Dead code",
  "dead"), a programming language taken for a person ("Java", "Ruby"), and a one-word
  "person" never written with a first name, a title or a citation ("Gal et al.", "Smith
  (12)" stay).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

from inbrief.core.entities.lexicon import words
from inbrief.core.entities.spans import RawMention

# Programming languages and runtimes whose names are also given names or common words:
# in technical text they are never the person ("Ruby", "Julia", "Ada", "Pascal").
PROGRAMMING_LANGUAGES = frozenset(
    words("""
    java ruby python perl lua luajit haskell scala erlang elixir smalltalk lisp scheme fortran
    pascal julia rust go swift kotlin dart clojure ocaml prolog ada cobol php javascript
    typescript matlab simula basic delphi groovy racket crystal nim zig self squeak
    """)
)
# The earth's and prehistory's named periods, which a news tagger takes for a person, a place
# or an organisation ("the Cenozoic, cooling, the Pliocene, and the Holocene": a place, a
# person and an organisation): epochs and eras by their endings in the languages we read
# ("Holocene", "Holozän", "Holocène", "Holoceno"; "Mesozoic", "Mesozoikum", "Mésozoïque"),
# and periods by name. A time, not a who or a where. (Not "Permian", also Texas's oil basin,
# nor the German "Perm" and "Devon", a city and a county.)
_PERIOD_ENDING = re.compile(
    r"^[A-ZÀ-Ý][a-zà-ÿ]+(?:cene|cène|ceno|zän|zoic|zoikum|zoïque|zoico)$")
_PERIODS = frozenset(
    words("""
    jurassic triassic cretaceous devonian silurian ordovician cambrian precambrian
    carboniferous ediacaran archean archaean hadean quaternary neogene paleogene palaeogene
    neolithic paleolithic palaeolithic mesolithic chalcolithic
    jurassique trias crétacé permien dévonien silurien ordovicien cambrien carbonifère
    néolithique paléolithique mésolithique quaternaire
    jurásico triásico cretácico pérmico devónico silúrico ordovícico cámbrico carbonífero
    neolítico paleolítico mesolítico cuaternario
    jurassico triassico cretaceo permiano devoniano siluriano ordoviciano cambriano
    neolitico paleolitico mesolitico quaternario
    ordovizium kambrium neolithikum paläolithikum mesolithikum
    """)
)
# A word that labels a part of a document when a number follows ("Section 3", "Figure 2a").
_LABEL = re.compile(
    r"(?:Fig|Figure|Figures|Table|Tables|Section|Sections|Listing|Appendix|Algorithm|Eq|"
    r"Equation|Lemma|Theorem|Definition|Corollary)\.?\s*(?:\d|[IVX]+\b)"
)
# Name prefixes that put a capital inside a name: "McCloskey", "MacArthur", "DiCaprio",
# "LeBron", "DeKalb", "O'Brien", "VanDyke".
_NAME_PREFIX = re.compile(r"^(?:Mc|Mac|Di|De|Le|La|Da|Du|Van|Von|O['’])[A-Z][a-z]")
_CAMEL = re.compile(r"[a-z][A-Z]")
_CAPITALISED_HALVES = re.compile(r"^(?:[A-Z][a-z]+){2,3}$")
_DIGIT = re.compile(r"\d")
# What makes a line read as code: assignments and comparisons, comments, braces, a statement's
# closing semicolon, snake_case names and calls.
_CODE_SIGNALS = (
    re.compile(r":=|==|!=|&&|\|\||->|=>|\+\+|\+=|-="),
    re.compile(r"(?<![:/])//|/\*|\*/"),
    re.compile(r"[{}]"),
    re.compile(r";\s*(?://.*)?$"),
    re.compile(r"\b[A-Za-z]+_\w+"),
    re.compile(r"\b[a-z]\w*(?:\.\w+)*\([^()]*\)"),
)
# Code is written in short lines; a paragraph is one long line.
_CODE_LINE_CHARS = 160
# How technical text announces itself: references to its own parts, citations, identifiers.
_TECHNICAL_MARKS = (
    _LABEL,
    re.compile(r"et al\b"),
    re.compile(r"\b[a-z]{2,}[A-Z]\w*\b|\b[a-z]+_[a-z_]+\b"),  # camelCase ("iPhone" is none)
    re.compile(r"\w\(\)"),  # "charCodeAt()"
)
# Marks per word past which a text is technical (a news story has next to none; the paper this
# was written for has one every 60 words).
_TECHNICAL_RATE = 1 / 400
_MIN_MARKS = 5
# A loop, register or table label: a letter or two and a number ("T16", "L1", "R2").
_LABEL_NAME = re.compile(r"^(?:[A-Za-z]{1,2}|[A-Z][a-z]+)\d+[a-z]?$")  # also "Lemma2"
# A numbered heading ("3. Recording Loops", "4.2 Guards", "II. Method", "B. Noise"): its
# words are a title, not names.
_HEADING_CHARS = 80
_HEADING = re.compile(
    r"(?:^|\n)[ \t]*(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[A-H]\.)[ \t]+(?:[A-Z][\w\-]*[ \t]*)*$"
)
# The numbering a heading's span may take in ("II. Method", "A. Noise calibration").
_NUMBERING = re.compile(r"(?:[IVX]+|[A-H])\.\s")
# A run of this many capitalised words without "of" or "and" is a table's header row.
_HEADER_WORDS = 5
_PARTICLES = frozenset(words("of the and for de du des la le von van der den di da del y e &"))
# An all-capital word this long is a constant or macro name ("REQUIRESSTACK"), not an acronym.
_MACRO_LETTERS = 9
_CITATION_AFTER = re.compile(r"(?:['’]s)?\s*(?:et al\b|\(\d+(?:,\s*\d+)*\)|\[\d+(?:,\s*\d+)*\])")
# An adjective's ending, and the lower-case noun after it ("Governmental purposes").
_ADJECTIVE = re.compile(r"(?:al|ic|ive|ous|ary|ical)$")
_LOWER_AFTER = re.compile(r" [a-z]{3,}")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*(?:[•*\-–·]\s*)?)$")


def technical_register(text: str) -> bool:
    """Return True when ``text`` reads as a paper, a manual or documentation, not a story."""
    count = len(text.split())
    if not count:
        return False
    marks = sum(len(pattern.findall(text)) for pattern in _TECHNICAL_MARKS)
    return marks >= _MIN_MARKS and marks >= count * _TECHNICAL_RATE


def code_lines(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of each line of ``text`` that reads as code: a short line with
    two signals or more, one of them an operator, a comment, a brace or a closing semicolon
    ("x := y // comment", "f(a, b);"; a paragraph naming "getElementAt()" is prose)."""
    found = []
    start = 0
    for line in text.splitlines(keepends=True):
        if len(line) <= _CODE_LINE_CHARS and any(p.search(line) for p in _CODE_SIGNALS[:4]):
            signals = sum(1 for pattern in _CODE_SIGNALS if pattern.search(line))
            if signals >= 2:
                found.append((start, start + len(line)))
        start += len(line)
    return found


def identifier_like(surface: str, technical: bool = False) -> bool:
    """Return True for one word written as an identifier, not a name: a digit in it ("T16",
    "L1") or a capital after a lower-case letter that no name prefix explains ("LuaJIT",
    "NaN"; "McCloskey" is a name). Outside technical text a word of capitalised halves is
    a name too ("JoAnn", "MaryBeth"); in technical text it is a class or a product
    ("SpiderMonkey")."""
    if " " in surface:
        return False
    if _DIGIT.search(surface):
        return True
    if not _CAMEL.search(surface) or _NAME_PREFIX.match(surface):
        return False
    return technical or not _CAPITALISED_HALVES.match(surface)


def drop_technical(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """Return ``mentions`` without the code identifiers, labels and technical words above."""
    code = code_lines(text)
    code_starts = [s for s, _ in code]
    technical = technical_register(text)
    surfaces = [text[m.start : m.end] for m in mentions]
    # Words written as part of a longer person name somewhere ("Andreas Gal" makes "Gal" one).
    in_full_names = {
        word for m, surface in zip(mentions, surfaces, strict=True)
        if m.type == "person" and " " in surface for word in surface.split()
    }  # fmt: skip
    lower_words = set(re.findall(r"\b[a-z][a-z\-]+\b", text)) if technical else set()
    kept = []
    for m, surface in zip(mentions, surfaces, strict=True):
        i = bisect_right(code_starts, m.start) - 1
        if i >= 0 and m.start < code[i][1]:
            continue  # "v5 := eq v4, Array // test": code, not a sentence
        if _LABEL.match(text, m.start) and (technical or not _DIGIT.search(surface)):
            continue  # "Section 3 describes...", "Table 2" ("Section 230" in news is a law)
        if _formula(surface):
            continue  # "≤ Pr", "Ni ∼", "U[0": a piece of a formula
        if named_period(surface):
            continue  # "the Pliocene", "the Jurassic": a time
        if m.type in ("person", "place") and identifier_like(surface, technical):
            continue  # "T16", "NaN", "LuaJIT"
        if technical and (
            _HEADING.search(text, max(0, m.start - _HEADING_CHARS), m.start)
            or (_NUMBERING.match(surface) and _at_line_start(text, m.start))
            or _technical_junk(text, m, surface, in_full_names, lower_words)
        ):
            continue
        kept.append(m)
    return kept


def named_period(surface: str) -> bool:
    """Return True for a geological or prehistoric period's name, perhaps after "the"
    ("Pliocene", "the Holocene", "Mesozoikum", "Jurassic"), in capitals too."""
    word = re.sub(r"^(?i:the|das|le|la|l['’]|el|il)\s*", "", surface.strip())
    if " " in word:
        return False
    return bool(_PERIOD_ENDING.match(word.capitalize())) or word.casefold() in _PERIODS


def _at_line_start(text: str, position: int) -> bool:
    """Return True when only spaces stand between the start of its line and ``position``."""
    return not text[text.rfind("\n", 0, position) + 1 : position].strip()


def _formula(surface: str) -> bool:
    """Return True for a span holding a mathematical sign or a bracket, which no name has
    ("C++" keeps its plus signs at the end)."""
    return any(
        (unicodedata.category(c) == "Sm" and c != "+") or c in "[]{}()‖" for c in surface
    )


def _technical_junk(
    text: str, m: RawMention, surface: str, in_full_names: set[str], lower_words: set[str]
) -> bool:
    """Return True for a mention that technical text makes no name."""
    if " " in surface:
        parts = surface.split()
        # "Loops Trees Traces Aborts Flushes": the header row of a table, not one long name.
        return len(parts) >= _HEADER_WORDS and not any(p.casefold() in _PARTICLES for p in parts)
    if identifier_like(surface, True) and (m.type != "organization" or _LABEL_NAME.match(surface)):
        return True  # "V8" or "T16" as a product or a company: in a paper, a label
    if surface.isupper() and len(surface) >= _MACRO_LETTERS:
        return True  # "REQUIRESSTACK": a macro or constant, no acronym is this long
    lowered = surface.casefold()
    if m.type == "person":
        if lowered in PROGRAMMING_LANGUAGES:
            return True  # "Dynamic languages such as Python and Ruby"
        if m.titled or m.cue == "person" or surface in in_full_names:
            return False
        return not _CITATION_AFTER.match(text, m.end)  # "Bala et al." is the author
    if m.cue is not None or not surface[:1].isupper() or surface.isupper():
        return False
    if _ADJECTIVE.search(surface) and _LOWER_AFTER.match(text, m.end):
        return True  # "for Governmental purposes": an adjective before its noun
    # "Dead code elimination" at the head of a bullet, "dead" elsewhere: a common word.
    starts = _SENTENCE_START.search(text, max(0, m.start - 4), m.start) is not None
    return starts and lowered in lower_words
