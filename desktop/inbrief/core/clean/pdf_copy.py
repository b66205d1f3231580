"""Text copied out of a PDF reader: the running heads and page numbers its pages repeat,
left out of the analysis (the PDF reader's own ingest drops them page by page; a copy has no
pages to go by, only the lines)."""

from __future__ import annotations

import difflib
import re
from collections import Counter

from inbrief.core.clean.counts import word_count
from inbrief.core.clean.date_lines import date_line
from inbrief.core.entities.lexicon import given_names

_DIGITS = re.compile(r"\d+")
# A page's number alone on its line: "12", "- 12 -", "Page 12", "12 of 40", "S. 12".
_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(?:(?:page|seite|page|página|pagina|p\.|s\.)\s*)?"
                          r"\d{1,4}(?:\s*(?:of|von|de|di|/)\s*\d{1,4})?(?:\s*[-–—])?$",
                          re.IGNORECASE)
RUNNING_MIN = 3  # times a line comes back, its numbers aside, to be a running head
RUNNING_WORDS = 15
MIN_LINES = 40  # lines of text a copy of several pages has at least
MIN_PAGE_NUMBERS = 2
PAGE_NUMBER_CHARS = 20  # the longest page number line ("Page 112 of 240")
NUMBER_REACH = 3  # text lines between a running head and its page's number at most
TITLE_LINES = 3  # text lines at the top a running head is the title in
MISREAD_LETTERS = 2
# A running head with its page's number run into it, the number replaced by "#".
_NUMBERED_HEAD = re.compile(r"^#\s+(?P<head>\D{6,})$|^(?P<tail>\D{6,})\s+#$")
MISREAD_RATIO = 0.9
# A page's address alone, at each page's foot of a page a browser printed.
PAGE_ADDRESS = re.compile(r"^(?:(?:https?|file)://|www\.)\S+$")


def running_lines(lines: list[str]) -> set[int]:
    """Return the indices of ``lines`` that are a PDF's running heads or feet and its page
    numbers alone on their lines (MIN_PAGE_NUMBERS or more), in a text of MIN_LINES lines or
    more. A running head is the same line, its numbers aside, RUNNING_MIN times or more, of two
    words or more and RUNNING_WORDS at most (or a page's address alone), other lines above or
    below it each time (a head of two lines: the day a browser printed a page, its title), a
    page's number NUMBER_REACH text lines from it on two pages ("IEEE TRANSACTIONS ON …, VOL.
    X, NO. X, JULY 2016"). A running head on the text's first lines is its title there, kept
    the first time."""
    texts = [line.strip() for line in lines]
    filled = [i for i, text in enumerate(texts) if text]
    if len(filled) < MIN_LINES:
        return set()
    # Page numbers first (short lines only are matched): a text without them has no pages.
    # pdf.js's copy runs a page's number into its running head ("52 THE SIEGE OF VICKSBURG.",
    # "THE SIEGE OF VICKSBURG. 53"): that line holds its page's number too.
    keys = [_DIGITS.sub("#", text) if text else "" for text in texts]
    # (A "#" the line itself has is no number: "# Trending now", a hashtag bar's.)
    glued = {index: match.group("head") or match.group("tail") for index in filled
             if (match := _NUMBERED_HEAD.match(keys[index])) and "#" not in texts[index]}
    # (Each time with another number: a page's, not a year said again.)
    pages: dict[str, set[str]] = {}
    for index, head in glued.items():
        pages.setdefault(head, set()).add(_DIGITS.findall(texts[index])[0])
    numbered = {index: head for index, head in glued.items()
                if len(pages[head]) >= RUNNING_MIN}
    numbers = [at for at, index in enumerate(filled) if index in numbered
               or len(texts[index]) <= PAGE_NUMBER_CHARS and _PAGE_NUMBER.match(texts[index])]
    if len(numbers) < MIN_PAGE_NUMBERS:
        return set()  # no pages: a poem's refrain, a speaker's name in a transcript
    for index, head in numbered.items():
        keys[index] = head
    counts = Counter(keys)
    repeated = {key for key, count in counts.items() if key and count >= RUNNING_MIN
                and any(char.isalpha() for char in key)}
    # A page's head stands over different lines on each page or under different ones: a
    # list's repeated line comes with the same lines around it (a song's chorus has no page
    # numbers near it).
    above: dict[str, set[str]] = {}
    below: dict[str, set[str]] = {}
    for at, index in enumerate(filled):
        key = keys[index]
        if key in repeated:
            above.setdefault(key, set()).add(keys[filled[at - 1]] if at else "")
            below.setdefault(key, set()).add(keys[filled[at + 1]] if at + 1 < len(filled)
                                             else "")
    running = {key for key in repeated if len(above[key]) > 1 or len(below[key]) > 1}
    # A page's head or foot has the page's number a few lines from it, on two pages at least.
    near = Counter(keys[filled[at]] for number in numbers
                   for at in range(max(0, number - NUMBER_REACH),
                                   min(len(filled), number + NUMBER_REACH + 1)))
    # A running head on the text's first lines is its title there (a browser prints the
    # page's title in each page's head): kept the first time, unless it is a date (the day
    # the page was printed, "12/5/26, 10:24 AM").
    spared: dict[str, int] = {}
    for i in filled[:TITLE_LINES]:
        if date_line(texts[i]) is None:
            spared.setdefault(keys[i], i)
    found = {i for i in filled if keys[i] in running and near[keys[i]] >= MIN_PAGE_NUMBERS
             and spared.get(keys[i]) != i
             and (2 <= word_count(texts[i]) <= RUNNING_WORDS or PAGE_ADDRESS.match(texts[i]))}
    found.update(filled[at] for at in numbers if filled[at] not in spared.values())
    # A scanned book's running head as its text layer reads it, a letter wrong here and
    # there ("THE SIEGE OP VICKSBURG."), next to a page's number.
    heads = {keys[i] for i in found if i not in numbers} | set(spared)
    for at in numbers:
        for index in filled[max(0, at - NUMBER_REACH):at + NUMBER_REACH + 1]:
            if (index not in found and index not in spared.values()
                    and 2 <= word_count(texts[index]) <= RUNNING_WORDS
                    and any(_misread(keys[index], head) for head in heads)):
                found.add(index)
    return found


def _misread(key: str, head: str) -> bool:
    """Return True when ``key`` is ``head`` read with a letter or two wrong."""
    return (key != head and abs(len(key) - len(head)) <= MISREAD_LETTERS
            and difflib.SequenceMatcher(None, key, head).ratio() >= MISREAD_RATIO)


# A paper's head as a PDF reader copies it: its title (a line or a few, wrapped), its authors
# and their institutions, then its abstract. The title is looked for above the abstract only.
PAPER_HEAD_LINES = 40  # text lines the abstract opens within
PAPER_TITLE_LINES = 3
PAPER_TITLE_WORDS = 25
AUTHORS_REACH = 2  # text lines from the title to its authors at most
_ABSTRACT = re.compile(
    r"^(?:abstract|summary|résumé|zusammenfassung|kurzfassung|resumen|riassunto|resumo"
    r"|samenvatting|sammanfattning|streszczenie|аннотация|摘要|要旨|概要|초록)"
    r"(?:\s*[.:—–-]|\s*$|\s+[A-Z])", re.IGNORECASE)
# A journal's or a conference's line over the title: "IEEE TRANSACTIONS ON …, VOL. X, NO. X,
# JULY 2016", "Proceedings of …", "arXiv:2101.00001v2 [cs.CL] 4 Jan 2021".
_VENUE = re.compile(r"\b(?:vol\.|no\.|pp\.|issn|doi:|arxiv:|proceedings\b|journal of\b"
                    r"|transactions on\b)", re.IGNORECASE)
# An author list or an institution: "Andreas Gal∗+ , Brendan Eich∗", "Mozilla Corporation∗",
# "{gal,brendan}@mozilla.com", "University of the North", "Ana Ruiz, Member, IEEE" (the
# title's lines are told from them by these and by commas, or a given name opening them:
# "Ada Brennan and Ana Ruiz"); a paper's head has one of the first kind at least.
_AFFILIATION = re.compile(
    r"[@∗†‡§¹²³⁴⁵]|\b(?:universit\w*|institut\w*|department|laborator\w*|college"
    r"|school of|corporation|inc\.|(?:senior )?member, ieee|fellow, ieee)", re.IGNORECASE)


def _authors(text: str) -> bool:
    """Return True when ``text`` names a paper's authors or their institution."""
    return (bool(_AFFILIATION.search(text)) or text.count(",") >= 2
            or text.split(maxsplit=1)[0] in given_names())


def paper_title(lines: list[str]) -> tuple[int, int] | None:
    """Return the first and last line of a paper's title in a PDF reader's copy of it, or
    None when ``lines`` hold no paper's head: an abstract opening within PAPER_HEAD_LINES
    text lines, and above it the first lines that are no page number nor the journal's line,
    up to PAPER_TITLE_LINES of them (a title wrapped), none ending with a full stop, with its
    authors AUTHORS_REACH text lines below them at most and an affiliation (or an e-mail
    address) among the lines down to the abstract."""
    filled = [i for i, line in enumerate(lines) if line.strip()][:PAPER_HEAD_LINES]
    texts = {i: lines[i].strip() for i in filled}
    abstract = next((at for at, i in enumerate(filled) if _ABSTRACT.match(texts[i])), None)
    if abstract is None:
        return None
    head = [i for i in filled[:abstract] if not _over_title(texts[i])]
    if not head or _authors(texts[head[0]]):
        return None
    title = [head[0]]
    for i in head[1:PAPER_TITLE_LINES]:
        # A title's lines follow one another: a blank line or an author ends it.
        if i != title[-1] + 1 or _authors(texts[i]):
            break
        title.append(i)
    words = sum(len(texts[i].split()) for i in title)
    if (words < 2 or words > PAPER_TITLE_WORDS
            or any(texts[i].endswith((".", ";", ",")) for i in title)
            or not texts[title[0]][:1].isupper() and not texts[title[0]][:1].isdigit()):
        return None
    after = [i for i in filled if i > title[-1]][:AUTHORS_REACH]
    if not any(_authors(texts[i]) for i in after if i < filled[abstract]) or not any(
            _AFFILIATION.search(texts[i]) for i in filled[:abstract] if i > title[-1]):
        return None
    return title[0], title[-1]


def _over_title(text: str) -> bool:
    """Return True when ``text`` (stripped) is a page's number or the journal's line."""
    return (len(text) <= PAGE_NUMBER_CHARS and bool(_PAGE_NUMBER.match(text))
            or bool(_VENUE.search(text)))


def over_paper_title(lines: list[str], first: int) -> set[int]:
    """Return the lines above a paper's title (its first line ``first``) that are a page's
    number or the journal's line: no part of the paper's text."""
    return {i for i in range(first) if lines[i].strip() and _over_title(lines[i].strip())}


# A paper's list of references, its heading alone on its line ("References", "7. REFERENCES",
# "Literatur"), to an appendix's heading or the end: cited works, no part of the gist.
_REFERENCES = re.compile(
    r"^(?:[\dIVX]+\.?\s+)?(?:references|bibliography|literature cited|works cited|literatur"
    r"|literaturverzeichnis|références|références bibliographiques|bibliographie|referencias"
    r"|bibliografía|riferimenti bibliografici|bibliografia|referências|список литературы"
    r"|литература|参考文献|참고문헌)$", re.IGNORECASE)
_APPENDIX = re.compile(r"^(?:appendix|appendices|anhang|annexe|apéndice|anexo|appendice)\b",
                       re.IGNORECASE)
REFERENCES_FROM = 0.5  # of the text's lines: a list of references is in its second half


def reference_lines(lines: list[str]) -> set[int]:
    """Return the lines of a paper's list of references in a PDF reader's copy: from the
    last heading of one (in the text's second half) to an appendix's heading or the end."""
    start = next((i for i in range(len(lines) - 1, -1, -1)
                  if _REFERENCES.match(lines[i].strip())), None)
    if start is None or start < REFERENCES_FROM * len(lines):
        return set()
    end = next((i for i in range(start + 1, len(lines)) if _APPENDIX.match(lines[i].strip())),
               len(lines))
    return set(range(start, end))


# What follows an author's name in a paper's head: the marks pointing to their institutions
# ("Gal∗+", "Haghighat$", "Ruiz¹"), an IEEE grade ("Fellow, IEEE").
_AUTHOR_MARKS = re.compile(r"[∗*†‡§¶#$+¹²³⁴⁵⁶⁷⁸⁹⁰\d]+$")
_GRADE = re.compile(r",?\s*(?:(?:senior|life)\s+)?(?:member|fellow),\s*ieee", re.IGNORECASE)
_AND = re.compile(r"\s+(?:and|und|et|y|e)\s+|\s*&\s*")
MAX_NAME_WORDS = 4


def paper_authors(lines: list[str], title_last: int) -> tuple[set[int], str]:
    """Return the lines between a paper's title (its last line ``title_last``) and its
    abstract (its authors, their institutions and addresses) and its byline: the first
    author's name, "et al." after it when there are three or more, both names of two."""
    found: set[int] = set()
    names: list[str] = []
    for index in range(title_last + 1, min(len(lines), title_last + PAPER_HEAD_LINES)):
        text = lines[index].strip()
        if _ABSTRACT.match(text):
            break
        if not text:
            continue
        found.add(index)
        if index == min(found) or not names:
            for part in _AND.split(_GRADE.sub("", text).replace(" ,", ",")):
                for name in part.split(","):
                    name = _AUTHOR_MARKS.sub("", name.strip()).strip()
                    if 2 <= len(name.split()) <= MAX_NAME_WORDS and name[:1].isupper():
                        names.append(name)
    else:
        return set(), ""
    if not names:
        return found, ""
    byline = (names[0] if len(names) == 1 else f"{names[0]} and {names[1]}" if len(names) == 2
              else f"{names[0]} et al.")
    return found, byline


# A paper's index terms under its abstract: "Keywords JavaScript, ...", "Index Terms—...",
# "Categories and Subject Descriptors D.3.4 [...]", "General Terms Design, ...".
_INDEX_TERMS = re.compile(
    r"^(?:key\s*words|index terms|general terms|categories and subject descriptors"
    r"|ccs concepts|acm reference format|jel classification|msc|schlüsselwörter"
    r"|mots[- ]clés|palabras clave|parole chiave|palavras-chave|ключевые слова)\b",
    re.IGNORECASE)
INDEX_TERMS_LINES = 120  # lines at the top of a paper its index terms are looked for in


def index_term_lines(lines: list[str]) -> set[int]:
    """Return the lines of a paper's index terms near its top, each with the lines going on
    with it (opening in lower case)."""
    found: set[int] = set()
    for index in range(min(len(lines), INDEX_TERMS_LINES)):
        if not _INDEX_TERMS.match(lines[index].strip()):
            continue
        found.add(index)
        below = index + 1
        while below < len(lines) and lines[below].strip()[:1].islower():
            found.add(below)
            below += 1
    return found


# A paper's note on where its authors work, at the foot of its first page: "J. Soria-Comas,
# J. Domingo-Ferrer and D. Sánchez are with the UNESCO Chair in Data Privacy, ..." down to
# their e-mail addresses ("E-mail {jordi.soria, ...}@urv.cat").
_INITIALS_NAME = r"(?:[A-Z]\.[\s-]?)+[^\W\d_][\w'’-]*"
_WITH_THE = re.compile(rf"^{_INITIALS_NAME}(?:,\s*{_INITIALS_NAME})*"
                       rf"(?:,?\s+and\s+{_INITIALS_NAME})?\s+(?:is|are)\s+(?:now\s+)?with\s+")
AFFILIATION_NOTE_LINES = 5  # lines a note on one institution takes at most, its e-mail's last


def affiliation_notes(lines: list[str]) -> set[int]:
    """Return the lines of a paper's notes on where its authors work: each from a line
    naming them ("… are with the …") down to the line with their e-mail address, when one
    follows within AFFILIATION_NOTE_LINES lines."""
    found: set[int] = set()
    for index, line in enumerate(lines):
        if not _WITH_THE.match(line.strip()):
            continue
        end = next((at for at in range(index, min(len(lines), index + AFFILIATION_NOTE_LINES))
                    if "@" in lines[at]), None)
        if end is not None:
            found.update(range(index, end + 1))
    return found


# A figure's text drawn with a font the PDF gives no letters for: a run of symbols, digits and
# stray capitals ("=<6>?J+B:F>*:</+>?7-<#0(1923#").
GARBLED_CHARS = 6  # characters a line has at least to be told so
MAX_GARBLED_LETTERS = 0.5  # of its characters letters and spaces, at most


def garbled_lines(lines: list[str]) -> set[int]:
    """Return the lines of ``lines`` that are mostly symbols: a figure's text read without
    its font's letters."""
    found: set[int] = set()
    for index, line in enumerate(lines):
        text = line.strip()
        if len(text) >= GARBLED_CHARS and " " not in text:
            plain = sum(char.isalpha() for char in text)
            if plain <= MAX_GARBLED_LETTERS * len(text) and not text.isdigit():
                found.add(index)
    return found


# A figure's labels or a table's cells as a PDF reader copies them: short lines in a row
# (blank lines between them or not), none a sentence: no prose, no heading (one or two lines).
LABEL_WORDS = 4  # words of a label at most
MIN_LABELS = 4  # labels in a row at least
_LABEL_END = re.compile(r"[.!?:;]$")


def label_lines(lines: list[str]) -> set[int]:
    """Return the lines of ``lines`` in runs of MIN_LABELS short lines or more (LABEL_WORDS
    words at most, none ending a sentence), blank lines between them or not, a blank line
    above and below the run."""
    found: set[int] = set()
    run: list[int] = []
    padded = [*lines, "", "."]
    for index, line in enumerate(padded):
        text = line.strip()
        if not text:
            continue
        if (word_count(text) <= LABEL_WORDS and not _LABEL_END.search(text)
                and (run or index == 0 or not padded[index - 1].strip())):
            run.append(index)
            continue
        # (A run apart from the prose around it, blank lines above and below it: a column's
        # lines of a word or two, justified text pulled apart, are the paragraph's.)
        if len(run) >= MIN_LABELS and not padded[run[-1] + 1].strip():
            found.update(run)
        run = []
        if (word_count(text) <= LABEL_WORDS and not _LABEL_END.search(text)
                and not padded[index - 1].strip()):
            run.append(index)
    return found


def numbered_head(text: str, lines: list[str]) -> str | None:
    """Return ``text`` without the page number run into it ("THE SIEGE OF VICKSBURG. 49")
    when it is a running head of ``lines`` (RUNNING_MIN times or more, each time with another
    number), or None."""
    found = _NUMBERED_HEAD.match(_DIGITS.sub("#", text.strip()))
    if found is None or len(_DIGITS.findall(text)) != 1:
        return None
    head = found.group("head") or found.group("tail")
    numbers = set()
    for line in lines:
        other = _NUMBERED_HEAD.match(_DIGITS.sub("#", line.strip()))
        if other is not None and (other.group("head") or other.group("tail")) == head:
            numbers.add(_DIGITS.findall(line)[0])
    return _DIGITS.sub("", text).strip() if len(numbers) >= RUNNING_MIN else None


# The day and time a browser printed a page, heading each page ("12/5/26, 10:24 AM"; other
# locales "05.12.26, 10:24", "05/12/2026, 10:24", "2026-12-05, 10:24"): no publication date.
_STAMP = (r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}),?\s+\d{1,2}:\d{2}"
          r"(?:\s*[AP]M)?")
PRINT_STAMP = re.compile(rf"^{_STAMP}$", re.IGNORECASE)


_PAGE_COUNTER = re.compile(r"^\d{1,3}/\d{1,3}$")  # "3/18": the page's number, of how many


# pdf.js's copy (Firefox's viewer) runs each printed page's head and foot onto one line each,
# after the page's text: "12/5/26, 11:13 AM Title" over "file:///…/article.html 1/1".
_PRINTED_FOOT = re.compile(r"^(?:(?:https?|file)://|www\.)\S+\s+\d{1,3}/\d{1,3}$")
_STAMPED_HEAD = re.compile(rf"^{_STAMP}\s+\S", re.IGNORECASE)


def printed_copy(lines: list[str]) -> bool:
    """Return True when ``lines`` are a PDF reader's copy of a page a browser printed: the
    day and time it was printed (print_stamps), the page's address alone on a line and a
    page counter ("1/18") at each page's foot (pdftotext's copy), or a foot of address and
    counter under a head of stamp and title (pdf.js's: printed_lines). (None of the 1,269
    renderings and real copies of the web pages benchmarked has either; the copies of every
    printed article have.)"""
    return bool(printed_lines(lines)) or (
        any(_PAGE_COUNTER.match(line.strip()) for line in lines)
        and any(PAGE_ADDRESS.match(line.strip()) for line in lines)
        and bool(print_stamps(lines)))


def printed_lines(lines: list[str]) -> set[int]:
    """Return the lines of pdf.js's copy of a printed page that are its pages' heads and
    feet run onto one line each: an address and a page counter, and the line right above it
    when it opens with the day and time the page was printed."""
    found: set[int] = set()
    for index, line in enumerate(lines):
        if _PRINTED_FOOT.match(line.strip()):
            above = next((at for at in range(index - 1, -1, -1) if lines[at].strip()), None)
            if above is not None and _STAMPED_HEAD.match(lines[above].strip()):
                found.update((above, index))
    return found


def print_stamps(lines: list[str]) -> set[int]:
    """Return the lines of a PDF reader's copy that are the stamp of the day and time a
    browser printed the page: one heading the copy, or the same one twice or more."""
    stamps = [i for i, line in enumerate(lines) if PRINT_STAMP.match(line.strip())]
    texts = Counter(lines[i].strip() for i in stamps)
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    return {i for i in stamps if i == first or texts[lines[i].strip()] >= 2}
