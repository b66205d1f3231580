"""Blocks of a pasted page that no length or stop-word count classes right: cookie and
consent notices and news photos' captions (prose, never the article's) and rows of a table
of figures (no prose, yet the article's)."""

from __future__ import annotations

import re

from inbrief.core.clean.rules import word_count

# A cookie or consent notice: the site says it uses cookies, or a paragraph names them twice
# with what a notice asks of the reader (an article about cookie rules names them once or
# twice among its own words; a notice of a few sentences is made of them).
_COOKIE_NOTICE_OPENING = re.compile(
    r"(?:this (?:web)?site|our (?:web)?site|we) uses? cookies\b|by (?:continuing|using)"
    r" (?:this|our) (?:web)?site\b|wir verwenden cookies\b|diese (?:web)?seite verwendet"
    r" cookies\b|(?:ce site|nous) utilis\w+ des cookies\b|(?:este sitio(?: web)?|usamos"
    r"|utilizamos) (?:utiliza )?cookies\b|(?:questo sito|utilizziamo) (?:utilizza )?(?:i )?cookie",
    re.IGNORECASE,
)
_COOKIE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_CONSENT_WORDS = re.compile(
    r"\b(?:consent|opt[- ]?out|opt[- ]?in|accept|browser|browsing|preferences|settings"
    r"|functionalit(?:y|ies)|einwilligung|zustimm\w*|akzeptier\w*|consentement|accepter"
    r"|consentimiento|aceptar|consenso|accetta)\b",
    re.IGNORECASE,
)
MAX_NOTICE_WORDS = 120


def is_cookie_notice(text: str) -> bool:
    """Return True for a cookie or consent notice: "This website uses cookies to improve
    your experience ...", "Necessary cookies are essential ... (browser, consent)"."""
    if "ookie" not in text or word_count(text) > MAX_NOTICE_WORDS:
        return False
    return bool(_COOKIE_NOTICE_OPENING.search(text)
                or len(_COOKIE.findall(text)) >= 2 and _CONSENT_WORDS.search(text))


# A news photo's caption in the words agencies write them in: who stands where in the picture
# ("Ada Brennan, left, speaks ..."), "this ... file photo", a picture credited to an agency at
# its end ("... via AP", "(AP)"), or a photo's "[+]" button to read the caption in full.
_PHOTO_CAPTION = re.compile(
    r",\s(?:left|right|centre|center|second (?:from )?(?:left|right)|far (?:left|right)"
    r"|front|rear|top|bottom|foreground|background)(?: row)?,\s"
    r"|^(?:in )?this (?:[\w.,'’-]+ ){0,6}(?:file )?(?:photo|photograph|image|picture)\b"
    r"|\bfile (?:photo|image|picture)\b,? (?:[\w.,'’-]+ ){0,12}shows\b"
    r"|\bvia (?:AP|Reuters|AFP|Getty Images)\.?$|\((?:AP|AFP|Reuters)\)$|\[\+\]",
    re.IGNORECASE,
)
MAX_CAPTION_WORDS = 60


def is_photo_caption(text: str) -> bool:
    """Return True for a news photo's caption: "Ada Brennan, left, speaks with voters ...",
    "This March 3, 2024, file photo shows ...", "... in Porto Calme. (AP)"."""
    return word_count(text) <= MAX_CAPTION_WORDS and bool(_PHOTO_CAPTION.search(text))


# A row of a table of figures as a text browser lays it out: cells two spaces or more apart,
# three cells or more, two of them short (a figure, a name), a digit in the row.
_CELL_GAP = re.compile(r"\S(?: {2,}|\t)(?=\S)")
TABLE_CELLS = 3
SHORT_CELL_WORDS = 3
TABLE_ROW_WORDS = 30


def table_row(text: str) -> bool:
    """Return True for a row of a table of figures ("DL   Ada Brennan   63   85%   1 sack")."""
    if "  " not in text and "\t" not in text or "\n" in text:
        return False
    cells = _CELL_GAP.split(text)
    if len(cells) < TABLE_CELLS or not any(c.isdigit() for c in text):
        return False
    short = sum(len(cell.split()) <= SHORT_CELL_WORDS for cell in cells)
    return short >= 2 and word_count(text) <= TABLE_ROW_WORDS


def table_heads(texts: list[str], raw: list[str]) -> None:
    """Class as "table" the rows right above a table's first row laid out as rows too (its
    header: "Pos   Player   Plays   %", no figures in it)."""
    for index in range(1, len(texts)):
        if raw[index] != "table" or raw[index - 1] == "table":
            continue
        above = index - 1
        while (above >= 0 and raw[above] != "table" and "\n" not in texts[above]
               and len(_CELL_GAP.split(texts[above])) >= TABLE_CELLS):
            raw[above] = "table"
            above -= 1
