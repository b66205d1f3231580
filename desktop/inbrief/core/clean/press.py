"""Where a press release's closing boilerplate starts: "About <Company>", contacts, "###"."""

from __future__ import annotations

import re

# Headings of the company's description or of the press office's contacts, in the languages
# whose dates we read; at most eight words, no sentence.
_ABOUT = re.compile(
    r"^[\s#•*]*(?:about|à propos d[e'’]\s*|über|acerca de|sobre|a proposito di|informazioni su"
    r"|o (?:firmie|společnosti)|о компании)\s*[^.!?]{0,60}?[\s:]*$",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"^[\s#•*]*(?:(?:media|press|investor|editorial|news)\s+(?:contacts?|enquiries|inquiries"
    r"|relations)|contacts?|for (?:further|more) information(?:,? please contact)?"
    r"|pressekontakt|kontakt für (?:die )?medien|contact presse|contacts? médias?"
    r"|contacto(?:s)? (?:de prensa|para medios)|contatti? stampa|ufficio stampa"
    r"|контакты для (?:сми|прессы))\s*:?\s*$",
    re.IGNORECASE,
)
# A rule drawn across the page; the "###" or "-30-" that ends a release.
_RULE = re.compile(r"^\s*(?:[━─—–_=*~\-]\s*){3,}$")
_END = re.compile(r"^\s*(?:#{3}|-\s*30\s*-)\s*$")
# "Ascom is a global ...", "Meridian Holdings (MRDN) is the ...", "Meridian ist ein ...".
_COMPANY = re.compile(
    r"^[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}\s*(?:\([^()]{1,40}\)\s*)?,?\s*"
    r"(?:is|are|ist|est|es|è)\s+(?:a|an|the|ein|eine|un|une|una|uno|le|la|el)\s"
)
MAX_HEADING_WORDS = 8
# What a company's own description says of it and an article's paragraph about a company
# seldom does in one: where it is based, how many it employs, where its shares are listed.
_SELF_DESCRIPTION = re.compile(
    r"\b(?:headquartered in|head office|employs (?:around|about|approximately|over|more than"
    r"|some|nearly)?\s*[\d,.]+|(?:shares|stock) (?:are|is) (?:listed|traded) on"
    r"|listed on the \w+ (?:\w+ )?(?:stock )?exchange|(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|SIX)\s*:)"
)


def boilerplate_start(texts: list[str], prose: list[bool], first: int, last: int) -> int | None:
    """Return the block among ``texts[first + 1 : last + 1]`` where a press release's
    boilerplate starts ("About Meridian", "Media contacts", "###", a rule followed by "Meridian
    is a ...", "Meridian is a ..." saying where it is based or its shares are listed), when
    more of the paragraphs of prose (``prose[i]``) lie before it than after; else None."""
    for index in range(first + 1, last + 1):
        text = texts[index]
        # (Split no further than the limit: a paragraph is not cut into all its words.)
        short = (not text.endswith((".", "!", "?"))
                 and len(text.split(None, MAX_HEADING_WORDS)) <= MAX_HEADING_WORDS)
        heading = short and bool(_ABOUT.match(text) or _CONTACT.match(text)) or bool(
            _END.match(text))
        if not heading and _RULE.match(text):
            following = next((t for t in texts[index + 1 : last + 1] if not _RULE.match(t)), "")
            heading = bool(_COMPANY.match(following))
        if not heading and text[:1].isupper() and _COMPANY.match(text):
            # No heading over it: the description itself, in its words or the next one's
            # ("Ascom is a global solutions provider ...", "Ascom is headquartered in Baar").
            heading = any(_SELF_DESCRIPTION.search(texts[at])
                          for at in range(index, min(index + 2, last + 1)))
        if heading and _length(texts, prose, first, index) > _length(texts, prose, index,
                                                                      last + 1):
            return index
    return None


def _length(texts: list[str], prose: list[bool], start: int, end: int) -> int:
    """Return the length of the paragraphs of prose among ``texts[start:end]``."""
    return sum(len(texts[i]) for i in range(start, end) if prose[i])
