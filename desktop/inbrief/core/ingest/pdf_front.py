"""Front matter of a paper's first page: authors, affiliations, e-mails and the Abstract label.

They belong in the metadata, not among the summary sentences: the authors become the
article's author, the rest is left out of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FRONT_MATTER_LINES = 40  # the Abstract label must come this early on the first page
MAX_AUTHORS_SHOWN = 3

_ABSTRACT = re.compile(
    r"^(?:abstract|a b s t r a c t|summary|résumé|zusammenfassung|resumen|riassunto|resumo)"
    r"\s*(?:[.:—–-]\s*|$)(?P<rest>.*)$",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\{[^}]*\}\s*@|@\s*[\w-]+\.[a-z]{2,}", re.I)
_AFFILIATION = re.compile(
    r"\b(?:universit\w*|institut\w*|department|dept\.|laborator\w*|lab|college|school|"
    r"faculty|facult\w+|corporation|corp\.?|inc\.?|ltd\.?|llc|gmbh|s\.a\.|centre|center|"
    r"research|academy|hospital|foundation|company|labs|technologies|polytechnic|cnrs|inria)\b",
    re.IGNORECASE,
)
# Footnote and affiliation marks after names: ∗ + # $ † ‡ § ¶, digits, superscripts.
_MARKS = re.compile(r"[*∗+#$†‡§¶⋆✉\d¹²³⁴⁵⁶⁷⁸⁹⁰]+(?=\s|,|$)|[*∗+#$†‡§¶⋆✉¹²³⁴⁵⁶⁷⁸⁹⁰]")
_NAME_PART = re.compile(
    r"^(?:[A-Z][a-zà-öø-ÿ'’]+(?:-[A-Z]?[a-zà-öø-ÿ'’]+)*|[A-Z]\.(?:-?[A-Z]\.)*|[A-Z][a-z]*[A-Z][a-z]+|"
    r"van|von|der|de|da|di|du|del|la|le|bin|al|ten|ter)$"
)
_SEPARATORS = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b)\s*")
_INDEX_TERMS = re.compile(
    r"^(?:keywords|key words|index terms|general terms|categories and subject descriptors|"
    r"ccs concepts|acm reference format|mots[- ]clés|schlüsselwörter|palabras clave)\b",
    re.IGNORECASE,
)
_BY = re.compile(r"^\s*by\s+", re.IGNORECASE)
_SENTENCE_INSIDE = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")
_HONORIFIC = re.compile(r",?\s*(?:member|fellow|senior member|student member),?\s+ieee\b",
                        re.IGNORECASE)


@dataclass(frozen=True)
class FrontMatter:
    """The first page's lines without the front matter, and the authors found in it."""

    lines: list[str]
    authors: list[str]
    title: str = ""  # the lines above the authors, when there are one to three


def _names(line: str) -> list[str]:
    """Return the personal names on a line of authors, or [] when it is not one."""
    text = _HONORIFIC.sub(",", _BY.sub("", line))
    text = _MARKS.sub(" ", text)
    parts = [" ".join(part.split()) for part in _SEPARATORS.split(text)]
    parts = [part for part in parts if part]
    if not parts:
        return []
    names = []
    for part in parts:
        tokens = part.split()
        if 2 <= len(tokens) <= 5 and all(_NAME_PART.match(token) for token in tokens) and (
            tokens[0][:1].isupper() and tokens[-1][:1].isupper()
        ):
            names.append(part)
    return names if len(names) >= 0.7 * len(parts) else []


def is_contact_line(line: str) -> bool:
    """Return True for an e-mail or affiliation line of a paper's front matter."""
    return bool(_EMAIL.search(line)) or (
        bool(_AFFILIATION.search(line)) and not line.rstrip().endswith((".", "?", "!"))
        and len(line.split()) <= 14 and not _SENTENCE_INSIDE.search(line)
    )


def author_line(authors: list[str]) -> str:
    """Return authors for the brief: all of up to three, else the first three "et al."."""
    if len(authors) <= MAX_AUTHORS_SHOWN:
        return ", ".join(authors)
    return ", ".join(authors[:MAX_AUTHORS_SHOWN]) + " et al."


def split_front_matter(lines: list[str]) -> FrontMatter:
    """Return the first page without its author, affiliation and e-mail block.

    The block runs from the first line after the title that names authors, an affiliation
    or an e-mail address, up to an "Abstract" label; without such a label only a block that
    holds an e-mail address counts as front matter (a news story's
    headline and first paragraph stay untouched). The label is dropped, and "Abstract—Text"
    keeps its text.
    """
    filled = [i for i, line in enumerate(lines) if line.strip()][:FRONT_MATTER_LINES]
    label = next((i for i in filled if _ABSTRACT.match(lines[i].strip())), None)
    end = label
    if end is None:
        # No label: the block ends at the first prose line (long, ending a sentence).
        end = next((i for i in filled[1:] if len(lines[i].split()) >= 12
                    and not is_contact_line(lines[i])), None)
        if end is None:
            return FrontMatter(lines, [])
    start = next(
        (i for i in filled if 0 < i < end and (_names(lines[i]) or is_contact_line(lines[i]))
         and i != filled[0]),
        None,
    )
    block = [lines[i] for i in filled if start is not None and start <= i < end]
    authors = [name for line in block if not is_contact_line(line) for name in _names(line)]
    if label is None and not any(_EMAIL.search(line) for line in block):
        return FrontMatter(lines, [])
    above = [lines[i].strip() for i in filled if start is not None and i < start]
    title = " ".join(above) if 1 <= len(above) <= 3 else ""
    # A title set in large type spans blank grid rows: it becomes one line again.
    kept = [title] if title else list(lines[:start if start is not None else end])
    # Prose between the title and the label (a report's foreword) is not front matter.
    prose = [line for line in block if len(line.split()) >= 10 and not is_contact_line(line)
             and not _names(line)]
    if prose:
        kept.extend(["", *prose])
    if label is not None:
        rest = _ABSTRACT.match(lines[label].strip())
        remainder = rest.group("rest").strip() if rest else ""
        kept.append("")
        if remainder:
            kept.append(remainder)
        kept.extend(lines[label + 1:])
    else:
        kept.append("")
        kept.extend(lines[end:])
    return FrontMatter(_without_index_terms(kept), authors, title)


def _without_index_terms(lines: list[str]) -> list[str]:
    """Return lines without a paper's keyword and classification paragraphs ("Keywords
    JavaScript, compilers", "Index Terms—Privacy", "Categories and Subject Descriptors")."""
    kept: list[str] = []
    skipping = False
    for line in lines:
        if _INDEX_TERMS.match(line.strip()):
            skipping = True
        elif not line.strip():
            skipping = False
        if not skipping:
            kept.append(line)
    return kept
