"""What an extracted page body carries besides its article: links to other articles ("Read
also: …", a "Related" list, teaser excerpts), readers' comments, and the page's lead paragraph
when it was missed.

trafilatura's text keeps no links, so a line is known to be a link when its whole text is the
text of an ``<a>`` of the page.
"""

from __future__ import annotations

import html as html_lib
import re

from inbrief.core.clean.counts import more_words_than, word_count
from inbrief.core.clean.date_lines import date_line
from inbrief.core.clean.press import boilerplate_start
from inbrief.core.clean.rules import COMMENTS_HEADING, SENTENCE_END

_ANCHOR_START = re.compile(r"<a[\s>]", re.I)
# Longer link texts are no headlines (and a link never closed would run to the page's end).
MAX_ANCHOR_CHARS = 2000
_ANY_TAG = re.compile(r"<[^<>]*>")
_BULLET = re.compile(r"^[-•*]\s+")
# A lead-in naming what the link after it is: "Read also:", "Czytaj też:", "Our Standards:".
LABEL_WORDS = 8
# A line of this many words or more is prose, never a link to another article.
LINK_LINE_WORDS = 25
# A line with more words than this, ending like a sentence, is a paragraph of the article.
PROSE_WORDS = 20
# A heading or label just above a run of links ("Saiba Mais", "Related:") goes with them.
HEADING_WORDS = 4
# Teaser excerpts end cut short: "… and Onassis […]".
_CUT_SHORT = ("[…]", "[...]", "…", "...")
# A heading after which a page lists other articles (what follows it is no part of the text
# unless a paragraph of prose comes after it).
SEE_ALSO = re.compile(
    r"^(?:see also|read (?:more|also|next)|related(?: articles| stories| posts| coverage)?"
    r"|more (?:on|about) (?:this|the) (?:story|topic)|siehe auch|mehr zum thema"
    r"|lesen sie (?:auch|mehr)|auch interessant|lue (?:aiheesta |myös )?(?:lisää|myös)"
    r"|czytaj (?:też|także|również|więcej)"
    r"|zobacz (?:też|także|również)|dowiedz się więcej|leia (?:também|mais)|saiba mais"
    r"|veja (?:também|mais)|lea (?:también|más)|ver también|noticias relacionadas|(?:à )?lire aussi"
    r"|voir aussi|sur le même sujet|pour (?:aller plus loin|approfondir)|leggi anche|vedi anche"
    r"|les (?:også|mer)|se også|läs (?:också|mer)|lees ook|zie ook)\s*[:.…»›>]*$",
    re.IGNORECASE,
)


def _flat(text: str) -> str:
    return " ".join(text.split())


def anchor_texts(html: str) -> frozenset[str]:
    """Return the texts of the page's links (two words or more, spacing normalised)."""
    # A scan with ``find`` rather than one regular expression keeps this linear even when
    # thousands of links are never closed.
    lower = html.lower()
    texts = set()
    position = 0
    while (start := _ANCHOR_START.search(html, position)) is not None:
        close = lower.find("</a", start.end())
        if close < 0:
            break
        inner = html.find(">", start.start(), close) + 1
        if inner > 0 and close - inner <= MAX_ANCHOR_CHARS:
            text = _flat(html_lib.unescape(_ANY_TAG.sub(" ", html[inner:close])))
            if word_count(text) >= 2:
                texts.add(text)
        position = close + 3
    return frozenset(texts)


# A label in capitals after a link to another article, saying what it leads to: "China furious
# at Macron for Hong Kong protest jibe [INSIGHT]|", "... [VIDEO]".
_LINK_TAG = re.compile(r"\s*\[[A-Z][A-Z ]{1,14}\][\s|]*$")


def _is_link(line: str, anchors: frozenset[str]) -> bool:
    """Return True when the whole line (a list item's bullet and a label in capitals after it
    aside) is the text of a link."""
    flat = _flat(_BULLET.sub("", line))
    if flat in anchors:
        return True
    tag = _LINK_TAG.search(flat)
    return tag is not None and flat[:tag.start()] in anchors


def _is_labelled_link(line: str, anchors: frozenset[str]) -> bool:
    """Return True for "Label: <link>" ("Czytaj też: Wyścig zbrojeń ruszył z kopyta")."""
    flat = _flat(line)
    if word_count(flat) >= LINK_LINE_WORDS:
        return False
    for match in re.finditer(r":\s+", flat):
        label, link = flat[: match.start() + 1], flat[match.end() :]
        if word_count(label) <= LABEL_WORDS and link in anchors:
            return True
    return False


def _is_prose(line: str) -> bool:
    return word_count(line) > PROSE_WORDS and line.rstrip("\"'”’»)").endswith(SENTENCE_END)


def _is_heading(line: str) -> bool:
    flat = line.strip()
    return word_count(flat) <= HEADING_WORDS and (
        flat.endswith(":") or not flat.endswith(SENTENCE_END))


def _teaser_tail(lines: list[str]) -> int:
    """Return where a closing run of teaser excerpts starts (``len(lines)`` when none):
    the first line cut short ("… […]") from which on most lines are cut short."""
    cut = [line.rstrip().endswith(_CUT_SHORT) for line in lines]
    for start, is_cut in enumerate(cut):
        rest = cut[start:]
        if is_cut and sum(rest) >= 2 and 2 * sum(rest) >= len(rest):
            return start
    return len(lines)


def without_related_links(text: str, html: str) -> str:
    """Return an extracted body without what links to other articles: a line that is a link
    after a short label ("Read also: …"), runs of two or more lines that are links (with the
    heading above them), everything after a "See also" heading when no prose follows it, and
    a closing run of teaser excerpts."""
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines:
        return text
    anchors = anchor_texts(html)
    link = [_is_link(line, anchors) for line in lines]
    drop = {i for i, line in enumerate(lines) if _is_labelled_link(line, anchors)}
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and link[end]:
            end += 1
        if end - index >= 2:
            drop.update(range(index, end))
            if index > 0 and _is_heading(lines[index - 1]):
                drop.add(index - 1)
        index = max(end, index + 1)
    for index, line in enumerate(lines):
        if SEE_ALSO.match(line.strip()) and not any(_is_prose(rest) for rest in lines[index + 1 :]):
            drop.update(range(index, len(lines)))
            break
    drop.update(range(_teaser_tail(lines), len(lines)))
    kept = [line for i, line in enumerate(lines) if i not in drop]
    return "\n".join(kept) if kept else text


# When a reader's comment was posted, on a line of its own: "Hace 28 minutos", "2 hours ago",
# "vor 3 Stunden", "il y a 2 heures", "há 2 horas", "3 ore fa" (or a date: see date_line).
_POSTED = re.compile(
    r"^\W*(?:(?:hace|há|ha) (?:\d+|una?|um|uma) (?:segundo|minuto|hora|día|dia|semana|mes|año"
    r"|ano)s?|(?:\d+|an?|one) (?:second|minute|min|hour|hr|day|week|month|year)s? ago"
    r"|yesterday|vor (?:\d+|einer|einem) (?:Sekunde|Minute|Stunde|Tag|Woche|Monat|Jahr)\w*"
    r"|il y a (?:\d+|une?) (?:seconde|minute|heure|jour|semaine|mois|an)s?"
    r"|(?:\d+|un|una) (?:second|minut|or|giorn|settiman|mes|ann)[oiae] fa)\W*$",
    re.IGNORECASE,
)
COMMENT_STAMP_WORDS = 8
COMMENT_LOOK = 12  # lines below a comments heading looked at for their stamps
MIN_COMMENT_STAMPS = 2
COMMENTED_PROSE_WORDS = 60  # words of the article above the heading, at least
# The words of a comment form's rules and buttons, at most, below a heading that closes the
# text (the comments themselves left out with their markup: see ingest.html).
COMMENT_FORM_WORDS = 60
# The rules speak of comments ("El contenido de los comentarios es …").
_COMMENT_WORD = re.compile(r"comment|comentar|comentár|kommentar|komentarz|reactie", re.I)


def _posted(line: str) -> bool:
    """Return True for a line saying when a comment was posted, and nothing else."""
    return not more_words_than(line, COMMENT_STAMP_WORDS) and (
        bool(_POSTED.match(line)) or date_line(line) is not None)


def without_release_boilerplate(text: str) -> str:
    """Return an extracted body without a press release's closing boilerplate ("About
    Meridian", the company's description, the press office's contacts: clean.press), when
    more of the text's prose lies above it than below."""
    lines = text.split("\n")
    prose = [word_count(line) > PROSE_WORDS for line in lines]
    start = boilerplate_start([line.strip() for line in lines], prose, 0, len(lines) - 1)
    return text if start is None else "\n".join(lines[:start]).rstrip()


def without_comments(text: str) -> str:
    """Return an extracted body without the readers' comments below it: from a comments
    heading ("Comentar", "Comments (12)") that has an article above it and two comments' dates
    or more among the lines right below it ("Hace 28 minutos", "2 hours ago"), or only a few
    words below it that speak of comments (a comment form's rules)."""
    lines = text.split("\n")
    words = 0
    for index, line in enumerate(lines):
        if words >= COMMENTED_PROSE_WORDS and COMMENTS_HEADING.match(line.strip()):
            below = [rest for rest in lines[index + 1:] if rest.strip()]
            if (sum(map(_posted, below[:COMMENT_LOOK])) >= MIN_COMMENT_STAMPS
                    or sum(map(word_count, below)) <= COMMENT_FORM_WORDS
                    and any(map(_COMMENT_WORD.search, below))):
                return "\n".join(lines[:index]).rstrip()
        words += word_count(line)
    return text
