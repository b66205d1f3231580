"""Boilerplate removal for text pasted from web pages; lifts title, byline and dateline."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass
from typing import Any

from inbrief.core.article import Article
from inbrief.core.clean.block_kinds import paragraph_lines, pdf_columns
from inbrief.core.clean.blocks import find_article
from inbrief.core.clean.counts import more_words_than, word_count
from inbrief.core.clean.date_lines import (
    DATE_PREFIX,
    DAY_FIRST_LANGUAGES,
    LIST_MARKER,
    besides_dates,
    date_line,
    date_range,
    find_date,
    month_apart,
    shown_day,
)
from inbrief.core.clean.email_text import REPLY_HEADER, email_parts
from inbrief.core.clean.kinds import furniture_kind, line_kinds, removed_spans
from inbrief.core.clean.markdown_marks import looks_like_markdown, markup_lines
from inbrief.core.clean.marks import drop_cap_lines, inline_junk
from inbrief.core.clean.pdf_copy import (
    affiliation_notes,
    garbled_lines,
    index_term_lines,
    label_lines,
    numbered_head,
    over_paper_title,
    paper_authors,
    paper_title,
    print_stamps,
    printed_copy,
    printed_lines,
    reference_lines,
    running_lines,
)
from inbrief.core.clean.rules import (
    BY_WORDS,
    BYLINE,
    BYLINE_OPENING,
    CITY_DATELINE,
    CYRILLIC_BYLINE,
    DATELINE,
    GLUED_DATELINE,
    KOREAN_BYLINE,
    MAX_BYLINE_WORDS,
    MONTH_NAMES,
    MORE_HEADING,
    NAMED_CITY_DATELINE,
    PARTICLE,
    PERSON,
    SECTION_LABEL,
    SENTENCE_END,
    WIRE_AGENCIES,
    BoilerplateLines,
    is_boilerplate,
    is_caption,
    is_credit,
)
from inbrief.core.clean.special_blocks import BRACKETED
from inbrief.core.clean.title_like import credited, looks_like_headline, not_headline_because
from inbrief.core.entities.fallback import office
from inbrief.core.entities.lexicon import ORGANIZATIONS, PLACES, given_names
from inbrief.core.stopwords import stop_words
from inbrief.core.text import alnum_key
from inbrief.core.textmap import Removed, RemovedKind, Span, TextMap

# Title, byline, dates and dateline are looked for until this many lines have been kept
# (lines dropped as navigation or share buttons do not count), within the first 40 lines.
HEAD_LINES = 6
MAX_HEAD_SCAN = 40
MAX_TITLE_WORDS = 20
# How far from a pasted page's headline its date line is looked for, when the head has none
# the rules above read as one; how long that line may be.
NEAR_HEADLINE_LINES = 30
MAX_DATE_LINE_WORDS = 16
SENTENCE_WORDS = 3  # words in lower case that make a line with a date a sentence
_QUOTED = re.compile(r'"[^"]+"|“[^”]+”|„[^“”]+[“”]|«[^»]+»|»[^«]+«')
# A caption's length at most: the paragraph right above a picture credit ("Photo by ...").
MAX_CAPTION_WORDS = 40
# A caption closing its paragraph with the picture's credit in brackets: "... Washington, DC.
# (Photo by Ana Ruiz/Getty Images)". An agency's caption runs long (what, where, when, why).
# Or an agency's name and the photographer's after a slash: "... Premio Nobel de la Paz
# (REUTERS/Denis Balibouse)" (Infobae's; a browser's copy keeps it among the paragraphs).
_PAREN_CREDIT = re.compile(
    r"\((?:(?:photo(?:graph)?|picture|image|foto|bild|illustration)s?(?: by\b|\s*:)[^()]{1,80}"
    rf"|(?:{WIRE_AGENCIES}|Getty Images|Anadolu(?: Agency)?)\s*/\s*[^()/]{{1,60}})\)$",
    re.IGNORECASE,
)
MAX_AGENCY_CAPTION_WORDS = 250
# A short caption with its labelled credit on one line, the last of its paragraph, run into
# the paragraph above it (lynx): "League of Legends gift card Credit: Riot Games, ONE Esports".
_LINE_CREDIT = re.compile(r"^(?P<caption>[^.!?]{1,90}?)\s+(?i:(?:photo )?credits?):\s*"
                          r"[A-Z][\w.&'’-]*(?:[ ,/]+[A-Z][\w.&'’-]*){0,5}$")
CREDITED_CAPTION_WORDS = 12
# Written out, not "\n{3,}": a pattern opening with a literal is searched for that literal,
# twenty times quicker through a page's text.
_MANY_BLANK_LINES = re.compile(r"\n\n\n+")
# A breadcrumb in the article's head: three parts or more between "»", "›" or ">", each short.
_CRUMBS = re.compile(r"^[^»›>\n]{1,40}(?:\s[»›>]\s[^»›>\n]{1,60}){2,}$")
# A breadcrumb trail whose links a browser's copy glued together, ending with the headline
# that the next line shows again ("HomeLatest NewsKate Henshaw Is ..." over "Kate Henshaw Is
# ..."): the crumbs before it are short.
GLUED_CRUMBS_CHARS = 40
# A number alone on a line in the article's head (its comments or likes counted) has at most
# this many digits.
COUNTER_DIGITS = 5
GLUED_TITLE_WORDS = 3


def _crumbs_over_title(text: str, below: str) -> bool:
    """Return True when line ``text`` is the next filled line ``below`` with a few
    characters of crumbs before it and no space between them."""
    title = below.strip()
    crumbs = len(text) - len(title)
    return (0 < crumbs <= GLUED_CRUMBS_CHARS and text.endswith(title)
            and not text[crumbs - 1].isspace() and word_count(title) >= GLUED_TITLE_WORDS)


# A picture's file name (four parts or more in lower case or digits, joined by hyphens) run
# into the capital opening the paragraph after it.
_GLUED_SLUG = re.compile(r"\s*[a-z\d]+(?:-[a-z\d]+){3,}(?=[A-Z])")


# Formats whose text can be a whole web page as a browser copies it (menus, teasers, comments).
# Text read out of HTML (a saved page, an HTML paste) is an extracted article already, and a
# PDF or Word document has no page furniture to find the article in.
PAGE_FORMATS = frozenset({"text", "stdin", "markdown"})
# Plain text as the user gave it (a paste, a text file): wrapped by hand or by a PDF reader,
# its words may be broken at a line's end and its paragraphs parted by page breaks.
PLAIN_FORMATS = frozenset({"text", "stdin"})


@dataclass(frozen=True)
class Cleaned:
    """The cleaned article, where its text sits in the text before cleaning, and why each
    removed span of that text was left out (unpacks as ``article, text_map``)."""

    article: Article
    text_map: TextMap
    removed: tuple[Removed, ...] = ()

    def __iter__(self) -> Iterator[Any]:
        return iter((self.article, self.text_map))


def _same(a: str, b: str) -> bool:
    """Return True when two titles are the same apart from case, spacing and punctuation."""
    return bool(alnum_key(a)) and alnum_key(a) == alnum_key(b)


TITLE_LINES = 3  # lines a headline known from the metadata may be set over


def _title_lines(title: str, lines: list[str], following: list[int]) -> list[int]:
    """Return the lines among ``following`` (indices of ``lines``, in order) that say
    ``title`` together from the first on, two or more of them; else none. A PDF printed
    from a web page sets its headline over lines ("Doobie Brothers to reunite with
    Michael" / "McDonald for Blossom show") that it reads as paragraphs."""
    key = alnum_key(title)
    if not key:
        return []
    joined = ""
    for count, index in enumerate(following, start=1):
        joined += alnum_key(lines[index])
        if not joined or not key.startswith(joined):
            return []
        if joined == key:
            return following[:count] if count >= 2 else []
    return []


# A section label above a headline: a word, or a few with the ones after the first in lower
# case ("Opinion", "Local news"); a headline of two or three words has capitals.
LABEL_BODY_WORDS = 10  # the body below it: a sentence of more words than this
_LABEL = re.compile(r"^[^\W\d_][\w'’-]*(?:\s+(?:&\s+)?[^\W\d_A-Z][\w'’-]*){0,2}$")


def _label_above_headline(lines: list[str], below: list[int]) -> bool:
    """Return True when ``lines[below[0]]`` is a section label: a longer title-like line
    follows it (``below[1]``), then the body (``below[2]``)."""
    if len(below) < 3:
        return False
    label, headline, body = (lines[i].strip() for i in below[:3])
    return (bool(_LABEL.match(label)) and _looks_like_title(headline)
            and word_count(headline) >= 4 and more_words_than(body, LABEL_BODY_WORDS)
            and not _looks_like_title(body))


BANNER_REACH = 7  # the banner, its buttons, the headline, its byline and date, the story


def _banner_above_headline(lines: list[str], ahead: list[int],
                           boilerplate: BoilerplateLines) -> bool:
    """Return True when ``lines[ahead[0]]`` is a site's banner above a selection's headline
    ("Welcome to USA TODAY NETWORK'S EUROPEAN UNION EXPERIENCE", then "Learn More"): a button
    follows it, then a title-like line with its date (or byline and date) right below it."""
    texts = [lines[i].strip() for i in ahead]
    if len(texts) < 4 or not boilerplate[texts[1]]:
        return False
    at = 2
    while at < len(texts) - 1 and boilerplate[texts[at]]:
        at += 1  # more buttons
    if not _looks_like_title(texts[at]):
        return False
    below = texts[at + 1 : at + 3]
    if not below or not (date_line(below[0]) is not None or BYLINE.match(below[0])
                         or len(below) > 1 and date_line(below[1]) is not None):
        return False
    # The banner says nothing of the story; the headline does (a headline, "Share" and a
    # standfirst above the byline is no banner and its headline).
    story = next((lines[i] for i in ahead[at + 1 :] if more_words_than(lines[i], MAX_TITLE_WORDS)),
                 "")
    words = _content_words(story)
    return not (_content_words(texts[0]) & words) and bool(_content_words(texts[at]) & words)


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _content_words(text: str) -> set[str]:
    """Return the words of four letters or more of ``text``, cut to five letters, folded."""
    return {word[:5].casefold() for word in _CONTENT_WORD.findall(text)}


COPIED_HEAD_LINES = 6  # text lines at the top a PDF copy's headline opens within
COPIED_TITLE_LINES = 3
COPIED_PROSE_WORDS = 6  # words of a line below the headline at least: the body's
COPIED_PROSE_REACH = 2  # text lines below the headline the body opens within (a dateline)
# A line ending inside its sentence: a short word in lower case ("to", "the", "de").
_SHORT_LAST_WORD = re.compile(r"(?:^|\s)[^\W\d_A-ZÀ-Þ]{1,3}$")


def _copied_headline(lines: list[str], kept: list[int]) -> tuple[int, int] | None:
    """Return the first and last line of the headline of a PDF reader's copy (``kept``:
    the lines not left out, in order), or None: the first lines in a row (COPIED_TITLE_LINES
    at most, a blank line above them) among the first COPIED_HEAD_LINES that read as a title
    together and go on in none of the lines below them (a wrapped sentence's first lines
    are none), a line of prose COPIED_PROSE_REACH lines below them at most."""
    for at, first in enumerate(kept[:COPIED_HEAD_LINES]):
        if first and lines[first - 1].strip():
            continue  # a headline stands apart from the lines above it
        last = first
        for index in kept[at + 1 : at + COPIED_TITLE_LINES]:
            if index != last + 1 or not _looks_like_title(
                    " ".join(line.strip() for line in lines[first : index + 1])):
                break
            last = index
        while last >= first:
            text = " ".join(line.strip() for line in lines[first : last + 1])
            below = [i for i in kept if i > last][:COPIED_PROSE_REACH]
            going_on = (last + 1 < len(lines) and lines[last + 1].strip()[:1].islower()
                        or _SHORT_LAST_WORD.search(text))
            if (not going_on and _looks_like_title(text) and word_count(text) >= 3 and any(
                    more_words_than(lines[i], COPIED_PROSE_WORDS - 1)
                    and not lines[i].strip()[:1].islower() for i in below)):
                return first, last
            last -= 1
    return None


def _wrapped_headline(lines: list[str], title: str, why: dict[int, RemovedKind],
                      drop: set[int]) -> list[int]:
    """Return the lines of a PDF reader's copy that the headline ``title`` (lifted from one
    line) is wrapped over: the line it was lifted from and the lines right below it (up to
    COPIED_TITLE_LINES in all, none left out already) that read as a title with it, the line
    after them no part of its sentence; [] when it is one line."""
    first = next((i for i, kind in why.items() if kind == "headline"
                  and lines[i].strip() == title), None)
    if first is None:
        return []
    last = first
    for index in range(first + 1, min(len(lines), first + COPIED_TITLE_LINES)):
        text = lines[index].strip()
        joined = " ".join(line.strip() for line in lines[first : index + 1])
        if not text or index in drop or not _looks_like_title(joined):
            break
        last = index
    while last > first:
        joined = " ".join(line.strip() for line in lines[first : last + 1])
        after = lines[last + 1].strip() if last + 1 < len(lines) else ""
        if not _SHORT_LAST_WORD.search(joined) and not after[:1].islower():
            return list(range(first, last + 1))
        last -= 1
    return []


def _looks_like_title(line: str) -> bool:
    """Return True for a short line without the punctuation that ends a sentence."""
    return (
        word_count(line) <= MAX_TITLE_WORDS
        and len(line) <= 200
        # A question or exclamation opening the text is more often its first sentence.
        and not line.rstrip("\"'”’»").endswith(SENTENCE_END)
        and not line.endswith(",")
        and not line[:1].islower()
        and not line.startswith(("(", "[", "•", "*", "·"))
        and not line.endswith(("…", "..."))  # a teaser cut short
        and "___" not in line  # a form field
        and not BYLINE.match(line)
    )


# What a byline runs into its name: a date without a space ("Ada Brennan2014-01-26"), a
# weekday ("Ada Brennan Tuesday").
_NAME_TAIL = re.compile(
    r"(?<=[^\W\d_])\d[\d\-/.:]*$|\s+(?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)$",
    re.IGNORECASE,
)


# A writer's role under the headline, the name before it or not: "CNBC Executive News Editor"
# under "By: Patti Domm", "Andrea Stone Senior Washington Correspondent" (a byline without
# "By"): the role's words (an acronym among them) closing a short line, a name or nothing
# before them.
_ROLE = re.compile(
    r"(?:^|\s|(?<=[a-z])(?=[A-Z]))(?P<role>(?:(?:Senior|Chief|Executive|Deputy|Managing|Contributing|Special|Staff"
    r"|Associate|Assistant|Political|Foreign|National|International|Washington|White House"
    r"|Business|Economics|Technology|Science|Health|News|Sports|Investigative|Legal|Culture"
    r"|Arts|Travel|Global|Europe|Asia|Africa|London|Paris|Berlin|Brussels|Beijing|Tokyo"
    r"|[A-Z]{2,6})\s+){0,4}(?:Editor|Correspondent|Reporter|Writer|Columnist|Contributor"
    r"|Analyst|Producer|Journalist|Redakteur(?:in)?|Korrespondent(?:in)?|Correspondant"
    r"|Rédacteur|Rédactrice|Corresponsal|Redactor|Redactora))$")
ROLE_LINE_WORDS = 8


def _role_line(text: str) -> str | None:
    """Return the writer's name of a line that is a writer's role ("" when the line names
    none), or None for any other line."""
    if more_words_than(text, ROLE_LINE_WORDS) or not text[-1:].isalpha():
        return None
    match = _ROLE.search(text)
    if match is None:
        return None
    name = text[:match.start("role")].strip().rstrip(",")
    if not name:
        return ""
    return name if re.fullmatch(PERSON, name) else None


def _script_byline(text: str) -> re.Match[str] | None:
    """Return the match of a byline in a script with a form of its own, or None: Cyrillic's
    label before the name ("Текст: …"), Korean's 기자 after it ("최윤호 기자")."""
    return CYRILLIC_BYLINE.match(text) or KOREAN_BYLINE.match(text)


def _person(name: str) -> str:
    """Return a byline name, title-cased when it was written in capitals, without a date or
    weekday run into it, and said once when the page says it twice in a row ("By Sean Martin
    Sean Martin": a link's text beside its picture's)."""
    name = _NAME_TAIL.sub("", " ".join(name.split()))
    words = name.split()
    half = len(words) // 2
    if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]:
        name = " ".join(words[:half])
    # (Names in capitals joined by "and" in lower case: "JORDAN ROBERTSON and RACHEL METZ".)
    capitals = [word for word in name.split() if word.casefold() not in _NAME_JOINERS]
    if capitals and all(word.isupper() for word in capitals):
        return " ".join(word if word.casefold() in _NAME_JOINERS else word.title()
                        for word in name.split())
    return name


_NAME_JOINERS = frozenset(("and", "&", "und", "et", "y", "e", "i"))


def _agency(match: re.Match[str]) -> str:
    """Return the news agency of a dateline match, or "" when it does not look like one."""
    agency = " ".join(match.group("agency").split())
    if any(c.isdigit() for c in agency) or word_count(agency) > 5:
        return ""
    if match.group("city") is None and not agency[:1].isupper():
        return ""
    return agency


# A wire dateline on a line of its own, its paragraph below it: "CNN —", "New York CNN —".
_LONE_DATELINE = re.compile(
    r"^(?:[A-ZÀ-Ö][\w.,'’ -]{0,40}?\s+)?(?P<agency>[A-Z]{2,6})\s*(?:—|--|–)\s*$")


_DASHES = frozenset({"—", "-", "–", "--"})


def _lift_dateline(line: str) -> tuple[str, str] | None:
    """Return ``(line without its dateline, agency)`` when ``line`` opens with a dateline."""
    glued = GLUED_DATELINE.match(line)
    if glued:
        return line[glued.end() :], glued.group("agency")
    match = DATELINE.match(line) or NAMED_CITY_DATELINE.match(line)
    if match:
        agency = _agency(match)
        if agency:
            return line[match.end() :], agency
    match = CITY_DATELINE.match(line)
    if match and word_count(line) > 8:
        return line[match.end() :], ""
    return None


def clean_article(article: Article) -> Cleaned:
    """Return a copy of ``article`` without web boilerplate, its title, byline, wire dateline
    and publication date lifted into the empty metadata fields (never overwriting filled ones),
    with the map from its text before cleaning to its text after."""
    lines = article.text.split("\n")
    cut: dict[int, int] = {}  # line index -> where the kept part of a shortened line starts
    title, author, source = article.title, article.author, article.source
    published = article.published
    # Without blank lines every line is a paragraph; with them, a line inside a paragraph is
    # just a wrapped piece of a sentence and only phrase rules apply to it.
    paragraphs = "\n\n" in article.text
    boilerplate = BoilerplateLines()  # found once per line, asked again

    # A text whose every paragraph is a line (a browser's copy: no wrapping) has its headline
    # and byline on lines of their own with no blank line between them (told once, when asked).
    unwrapped: list[bool] = []

    def lone(index: int) -> bool:
        if not paragraphs:
            return True
        if not unwrapped:
            unwrapped.append(paragraph_lines(lines))
        if unwrapped[0]:
            return True
        # Blank neighbours: told by isspace, not by a stripped copy of each.
        before = lines[index - 1] if index > 0 else ""
        after = lines[index + 1] if index + 1 < len(lines) else ""
        return (not before or before.isspace()) and (not after or after.isspace())

    def removable(index: int, in_body: bool = False) -> bool:
        text = lines[index].strip()
        if boilerplate[text] and not is_caption(text):
            return True
        # Inside the body a line in capitals is a sub-heading ("FRANCE WINS"), not a label.
        return lone(index) and (
            is_caption(text) or not in_body and bool(SECTION_LABEL.match(text)))

    drop: set[int] = set()
    why: dict[int, RemovedKind] = {}  # line index -> why it was dropped, when a rule says
    # Markdown pasted as plain text: its marks left out, as a .md file's are.
    markdown = article.format in PLAIN_FORMATS and looks_like_markdown(article.text)
    marked: set[int] = set()  # lines whose markup opening (a heading's "# ") is cut off
    if markdown:
        markup, opening = markup_lines(lines)
        drop |= markup
        for index, start in opening.items():
            cut[index] = start
            lines[index] = lines[index][start:]
        marked = set(opening)
    filled = [i for i, line in enumerate(lines) if line.strip() and i not in drop]
    title_checked = False
    page_headline = ""  # the headline find_article picked
    # A whole page pasted: menus, teasers and comments go; the head starts at the headline.
    # (Pages set in columns, or a page a browser printed, copied out of a PDF reader, are no
    # web page: their figures' labels and tables are no menus, the paragraphs between them
    # all the article's.)
    pdf_copy = article.format in PLAIN_FORMATS and (pdf_columns(lines) or printed_copy(lines))
    page = (find_article(lines, boilerplate) if article.format in PAGE_FORMATS and not pdf_copy
            else None)
    if page is None and article.format in PLAIN_FORMATS and "\n" in article.text:
        # A copy out of a PDF reader: its pages' running heads and numbers; an e-mail: its
        # greeting, sign-off, signature and the message it quotes.
        running = running_lines(lines)
        pdf_copy = pdf_copy or bool(running)
        if pdf_copy:
            running |= print_stamps(lines) | printed_lines(lines)
        mail = email_parts(lines)
        drop |= running | mail
        why.update(dict.fromkeys(running, "footer"))
        why.update(dict.fromkeys(mail, "other"))
        filled = [i for i in filled if i not in running and i not in mail]
    if page is not None:
        drop |= page.drop
        # (A head's furniture without a letter or digit, a gallery's lone bullets, is no
        # byline or date: not scanned, it leaves the scan's lines to the head's others.)
        filled = [i for i in filled if i not in page.drop and i >= page.head
                  and not (i in page.head_furniture and not any(
                      char.isalnum() for char in lines[i]))]
    # A paper copied out of a PDF reader: its title is above its authors and abstract, not
    # where a web page's would be (a running head, or the title's first line alone).
    paper = paper_title(lines) if article.format in PLAIN_FORMATS else None
    headline_lines = paper or (page.headline if page is not None else None)
    if paper is not None:
        journal = over_paper_title(lines, paper[0])
        drop |= journal
        why.update(dict.fromkeys(journal, "footer"))
        # Its authors, their institutions and addresses: the byline.
        authors, named = paper_authors(lines, paper[1])
        drop |= authors
        why.update(dict.fromkeys(authors, "byline"))
        author = author or named
        terms = index_term_lines(lines) | affiliation_notes(lines)
        drop |= terms
        why.update(dict.fromkeys(terms, "other"))
    if headline_lines is not None:
        first, last = headline_lines
        headline = page_headline = " ".join(line.strip() for line in lines[first : last + 1])
        drop.update(range(first, last + 1))
        why.update(dict.fromkeys(range(first, last + 1), "headline"))
        title_checked = True
        if not title:
            title = headline
    # (ISO date, labelled as the publication date, its line)
    dates: list[tuple[str, bool, int]] = []
    yearless: str | None = None  # the day a date line without a year shows ("11-19")
    kept_in_head = 0
    related = False  # past a list of other articles' heading in a pasted page's head
    page_furniture = page.head_furniture if page is not None else frozenset()
    for position, index in enumerate(filled[:MAX_HEAD_SCAN]):
        if kept_in_head >= HEAD_LINES:
            break
        if index in drop:
            continue  # a wrapped headline's later line, dropped with its first
        text = lines[index].strip()
        if index in page_furniture and MORE_HEADING.match(text):
            # "Sur le même sujet" over other stories' kickers, headlines and bylines between
            # the headline and the body (Libération): their bylines name no one here.
            related = True
            continue
        byline = (BYLINE.match(month_apart(LIST_MARKER.sub("", text)))
                  or _byline_after_portrait(text) or _script_byline(text))
        if byline and _byline_sized(text) and not credited(text):
            if related and index in page_furniture:
                drop.add(index)  # another story's byline, in the list: furniture, no author
                why[index] = "related"
                continue
            author = author or _person(byline.group("author"))
            when_written = find_date(byline.group("rest") or "")
            if when_written:
                dates.append((when_written, True, index))  # "By Ada Brennan | March 4, 2025"
            drop.add(index)
            why[index] = "byline"
            continue
        if page is not None and not kept_in_head and (role := _role_line(text)) is not None:
            author = author or role  # "Andrea Stone Senior Washington Correspondent"
            drop.add(index)
            why[index] = "byline"
            continue
        when = date_line(text)
        if when is None and (parts := _dated_parts(text)) is not None:
            # "Le Monde | 04.05.2015 à 13h36 • Mis à jour le ... | Par Martin Untersinger"
            when, named = parts
            if named:
                author = author or _person(named)
        if when is not None:
            if when[0] is not None:
                dates.append((when[0], when[1], index))
            else:
                yearless = yearless or shown_day(text)  # "Posted Nov 19, 6:51 AM"
            drop.add(index)
            why[index] = "dateline"
            continue
        below = lines[filled[position + 1]] if position + 1 < len(filled) else ""
        if _CRUMBS.match(text) or _crumbs_over_title(text, below):
            drop.add(index)  # "Mensagens » Mensagens de Autoestima » Só quem se Ama…"
            why[index] = "menu"
            continue
        if removable(index):
            drop.add(index)
            continue
        if page is not None and index in page.head_furniture:
            continue  # a standfirst or caption among share buttons: dropped, not counted
        if page_headline and lone(index) and _same(page_headline, text):
            drop.add(index)  # the headline again, over the body (the first in a share bar's)
            why[index] = "headline"
            continue
        if title_checked and page is not None and lone(index) and _tag_line(text):
            drop.add(index)  # a section's or topic's tag under the headline ("Politiikka")
            continue
        if page is not None and not any(char.isalnum() for char in text):
            drop.add(index)  # a dash or bullet alone (a dateline's: see below)
            why[index] = "dateline"
            continue
        if (page is not None and not kept_in_head and len(text) <= COUNTER_DIGITS
                and text.isdigit()):
            drop.add(index)  # a count alone under the headline: comments', likes' ("0")
            why[index] = "notice"
            continue
        lifted = _lift_dateline(text)
        if lifted is not None:
            # The rest of the line ends the stripped line: it starts this far into the line.
            given = lines[index]
            cut[index] = len(given) - len(given.lstrip()) + len(text) - len(lifted[0])
            lines[index] = lifted[0]
            why[index] = "dateline"
            source = source or lifted[1]
            break  # the dateline opens the story: the head is over
        # The next three lines kept, read as far as needed (not the whole rest of the text).
        kept_next = (i for i in itertools.islice(filled, position, None) if i not in drop)
        if not title_checked and not title and lone(index) and _label_above_headline(
                lines, list(itertools.islice(kept_next, 3))):
            drop.add(index)  # "Local news" above the headline of a selection
            continue
        if not title_checked and not title and page is None and _banner_above_headline(
                lines, filled[position : position + BANNER_REACH], boilerplate):
            drop.add(index)  # a site's banner with its button above a selection's headline
            continue
        if not title_checked:
            title_checked = True
            body_follows = any(
                word_count(lines[i]) > 3 for i in filled[position + 1 :] if i not in drop
            )
            if title and _same(title, text):
                drop.add(index)  # the headline a pasted page shows above its body
                why[index] = "headline"
                continue
            wrapped = _title_lines(title, lines, filled[position : position + TITLE_LINES])
            if wrapped:
                drop.update(wrapped)  # the headline set over lines (a PDF's, its title known)
                why.update(dict.fromkeys(wrapped, "headline"))
                continue
            if _looks_like_title(text) and body_follows and lone(index):
                if not title:
                    title = text
                    drop.add(index)
                    why[index] = "headline"
                    continue
                if _same(title, text):
                    drop.add(index)
                    why[index] = "headline"
                    continue
        if word_count(text) > MAX_TITLE_WORDS:
            break  # body prose reached
        kept_in_head += 1

    if pdf_copy:
        cited = reference_lines(lines)
        drop |= cited
        why.update(dict.fromkeys(cited, "references"))
        garbled = garbled_lines(lines) | label_lines(lines)
        drop |= garbled
        why.update(dict.fromkeys(garbled - cited, "other"))
    if pdf_copy and title and (head := numbered_head(title, lines)):
        title = head  # the running head opening the copy, its page's number run into it
    elif pdf_copy and title and (grown := _wrapped_headline(lines, title, why, drop)):
        title = " ".join(lines[i].strip() for i in grown)  # its lines below it joined
        drop.update(grown)
        why.update(dict.fromkeys(grown, "headline"))
    if pdf_copy and not title:
        # A PDF reader's copy: the headline may be wrapped over a few lines (a column's, or
        # a long one's), under the page's printed head.
        span = _copied_headline(lines, [i for i in filled if i not in drop])
        if span is not None:
            title = " ".join(lines[i].strip() for i in range(span[0], span[1] + 1))
            drop.update(range(span[0], span[1] + 1))
            why.update(dict.fromkeys(range(span[0], span[1] + 1), "headline"))
    if page is not None:
        drop |= page.head_furniture
        if page.box_byline is not None:
            # An author's box below the body's first paragraphs: its byline names the author.
            boxed = BYLINE.match(lines[page.box_byline].strip())
            if boxed is not None:
                author = author or _person(boxed.group("author"))
            why[page.box_byline] = "byline"
    # A page wrapped at 80 columns may have no line this long: each line's words are counted
    # up to the limit only.
    prose = next((i for i in filled
                  if i not in drop and more_words_than(lines[i], MAX_TITLE_WORDS)), len(lines))
    if not author and page is not None and page.headline is not None:
        # A byline the page's furniture took (among share buttons), or one below a picture's
        # caption at the body's top (the scan above stopped at the caption's prose).
        near = (_byline_near(lines, page.headline[1] + 1, prose, drop)
                or _name_under_headline(lines, page.headline, prose, drop,
                                        stop_words("en") | stop_words(page.language))
                or _byline_over(lines, page.headline[0])
                or _name_over_date(lines, page.headline, prose, drop,
                                   stop_words("en") | stop_words(page.language))
                or _name_over_reading_time(lines, page.headline, prose, drop,
                                           stop_words("en") | stop_words(page.language))
                or _name_by_date(lines, page.headline, prose, drop,
                                 stop_words("en") | stop_words(page.language)))
        if near is not None:
            index, author = near
            drop.add(index)
            why[index] = "byline"
            over = next((i for i in range(index - 1, page.headline[1], -1)
                         if lines[i].strip()), None)
            if over is not None and alnum_key(lines[over]) == alnum_key(author):
                drop.add(over)  # the writer's name over the byline (a portrait's)
                why[over] = "byline"
    if not author and page is not None and page.headline is None:
        headless = _byline_over_body(lines, page.head)
        if headless is not None:
            index, author = headless
            drop.add(index)
            why[index] = "byline"
            # The line right over that byline, a title but for its full stop ("The Middle
            # Manager's Oath." over "BY Christopher Mah"), is the headline.
            stopped = next(_lines_above(lines, index, 1), None)
            if (not title and stopped is not None
                    and not more_words_than(stopped[1], TITLE_WORDS)
                    and not_headline_because(stopped[1]) == "sentence end"
                    and not _SENTENCE_INSIDE.search(stopped[1])):
                title = stopped[1]
                drop.add(stopped[0])
                why[stopped[0]] = "headline"
    # A wire dateline alone on its line above the first paragraph ("Washington CNN —"), also
    # below a long head the scan above did not reach (a player's list of clips) or above a
    # paragraph wrapped in short lines.
    for at, index in enumerate(filled[:-1]):
        if index >= prose:
            break
        text = lines[index].strip()
        # Each match ends with a dash (looked for first: most lines end otherwise).
        wire = _LONE_DATELINE.match(text) if text.endswith(("—", "-", "–")) else None
        if wire is not None and index not in drop and filled[at + 1] not in drop:
            drop.add(index)
            why[index] = "dateline"
            source = source or wire.group("agency")
            break
        if page is not None and text in _DASHES and at >= 2:
            # A browser's copy puts a wire dateline on three lines ("New York", "CNN", "—").
            above = filled[at - 2 : at]
            wire = _LONE_DATELINE.match(" ".join(lines[i].strip() for i in above) + " " + text)
            if wire is not None:
                drop.update([*above, index])
                why.update(dict.fromkeys([*above, index], "dateline"))
                source = source or wire.group("agency")
                break
    # Lines the page's cleaning dropped already inside the article still mark a caption: a
    # credit ("Credit: ..." under its caption in a kept block) takes the caption above it with
    # it, a picture's button ("[+] Enlarge") the rest of its paragraph below it.
    credits: set[int] = set()
    if page is not None and filled:
        for index in page.drop:
            text = lines[index].strip() if filled[0] <= index < filled[-1] else ""
            if not text:
                continue
            if _ENLARGE.match(text):
                drop.update(_caption_below(lines, index))
            elif index > filled[0] and is_credit(text):
                credits.add(index)
    for index in filled:
        # (A PDF reader's copy wraps its paragraphs into lines shorter than the prose line
        # looked for: below its first line, a line in capitals is a sub-heading too.)
        if index not in drop and removable(index, index > prose
                                           or pdf_copy and index > filled[0]):
            drop.add(index)
        if index + 1 in credits:
            drop.update(_caption_above(lines, index + 1))
        if is_credit(lines[index].strip()):
            drop.add(index)
            drop.update(_caption_above(lines, index, dated={
                line for line, kind in why.items() if kind == "dateline"}))
        elif page is not None and (
                caption := _caption_over_dated_credit(lines, index, lone)) is not None:
            drop.update(caption)
            why.update(dict.fromkeys(caption, "caption"))
        elif paragraphs and _closes_with_credit(lines, index):
            drop.add(index)
        # (The credit closes the line with its bracket: looked for only in a line ending so.)
        elif (paragraphs and lines[index].rstrip().endswith(")")
              and _PAREN_CREDIT.search(lines[index].rstrip())
              and (index + 1 == len(lines) or not lines[index + 1].strip())):
            drop.add(index)
            if not lone(index):  # a wrapped caption: its paragraph's lines above too
                drop.update(_caption_above(lines, index, MAX_AGENCY_CAPTION_WORDS))
    if page is not None:
        twice = _caption_said_before(lines, drop)
        drop |= twice
        why.update(dict.fromkeys(twice, "caption"))
        # A picture's file name as its alternative text, run into the paragraph after it by
        # a browser's copy ("0225-lupita-nyongo-getty-01Lupita Nyong'o's ..."), is cut off.
        for index in filled:
            given = lines[index]
            slug = (_GLUED_SLUG.match(given)
                    if index not in drop and given.find("-", 0, 40) != -1 else None)
            if slug is not None:
                cut[index] = cut.get(index, 0) + slug.end()
                lines[index] = given[slug.end() :]
    # Not a picture's date under its caption (a caption is told after the head is read).
    dates = [date for date in dates if why.get(date[2]) != "caption"]
    if not published and dates:
        # A "Published" date beats an "Updated" one; otherwise the first date shown.
        published = next((iso for iso, first, _ in dates if first), dates[0][0])
    if not published and page is not None and page.headline is not None:
        published = _date_near(lines, page.headline[0], prose,
                               page.language in DAY_FIRST_LANGUAGES or None,
                               {index for index, kind in why.items() if kind == "caption"})
    signing = not author and page is not None and page.headline is not None
    if page is not None and (not published or signing):
        # A blog's post signed and dated below its body's last kept line.
        last = next((i for i in range(len(lines) - 1, -1, -1)
                     if i not in drop and lines[i].strip()), len(lines))
        if not published:
            published = _date_below(lines, last) or _last_edited(lines, last)
        if signing and (signed := _byline_below(lines, last)) is not None:
            author = signed[1]

    if page is None:
        closing = _closing_list(lines, drop)
        drop.update(closing)
        why.update(dict.fromkeys(closing, "related"))
    for letter, paragraph in drop_cap_lines(lines).items():
        if letter in drop and paragraph not in drop:
            drop.discard(letter)  # a drop cap over its paragraph: read with it (inline_junk)
            why.pop(letter, None)
    text_map = _kept_map(article.text, lines, drop, cut)
    text = text_map.kept_text(article.text)
    if not text:
        text = article.text  # everything looked like boilerplate: keep what the user gave
        text_map = TextMap.identity(len(text))
    junk = inline_junk(text, broken_words=page is None and article.format in PLAIN_FORMATS,
                       markdown=markdown)
    if junk:
        # Reference marks, a formula's TeX source, words broken at a line's end and Markdown's
        # marks inside sentences: left out of the analysis, shown in the source.
        kept = [(start, end) for start, end in zip(
            (0, *(end for _, end in junk)), (*(start for start, _ in junk), len(text)),
            strict=True) if end > start]
        text_map = text_map.then(TextMap.keeping(len(text), kept))
        text = text_map.kept_text(article.text)
    kinds = line_kinds(lines, drop, why)
    kinds.update((index, "dateline") for index in cut if index not in marked)
    cleaned = dataclasses.replace(
        article, text=text, title=title, author=author, source=source, published=published,
        shown_day=None if published else yearless or article.shown_day,
    )
    return Cleaned(cleaned, text_map, removed_spans(article.text, text_map, kinds))


# The parts of a head line that runs the site, the dates and the byline together: "Le Monde |
# 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Ada Brennan (avec Ana Ruiz)",
# "2/26/2015 7:11 AM PST BY MERIDIAN STAFF", "11.09.2011, 16:20 von jovelstefan" (a blog's,
# German, its author's handle in lower case).
_PARTS = re.compile(r"\s+[|•·]\s+|\s*—\s*|\s+(?=(?i:by|von|par|por|door)\s)")
MAX_SITE_WORDS = 4
MAX_PARTS_WORDS = 30


# A tag under a pasted page's headline: a word or two, no digit, no sentence's punctuation.
TAG_WORDS = 2
_TAG = re.compile(r"^[^\W\d_][^\d.!?:;,()]*$")


def _tag_line(text: str) -> bool:
    """Return True for a line that is a section's or topic's tag (``text`` stripped)."""
    return not more_words_than(text, TAG_WORDS) and bool(_TAG.match(text))


def _dated_parts(text: str) -> tuple[tuple[str, bool], str] | None:
    """Return the date of a head line made of a date line, a byline and a site's name at
    most, each its own part ((ISO date, labelled as the publication date), the byline's
    author or ""), or None when ``text`` is no such line."""
    if more_words_than(text, MAX_PARTS_WORDS) or not _PARTS.search(text):
        return None
    when: tuple[str, bool] | None = None
    author = ""
    for part in _PARTS.split(text):
        found = date_line(part)
        byline = BYLINE.match(month_apart(part)) or BYLINE_OPENING.match(part)
        if found is not None and found[0] is not None:
            when = when or (found[0], found[1])
        elif found is not None:
            continue  # "Updated 3 hours ago"
        elif byline is not None:
            author = author or byline.group("author")
        elif more_words_than(part, MAX_SITE_WORDS):
            return None
    return (when, author) if when is not None else None


def _date_near(lines: list[str], headline: int, prose: int, day_first: bool | None = None,
               captions: Container[int] = ()) -> str | None:
    """Return the full date of a short line between a pasted page's headline and its body's
    first paragraph, or else of one a few lines above the headline: a page's date, wherever
    its layout put it and whatever the cleaning made of the line ("Associated Press November
    19, 2019, 9:02 AM", "21:17 18.11.2019Get short URL", "Carlos Nadalim 27/09/2018").
    ``day_first``: how the page's language writes a date of numbers ("05/08/2019" above an
    Austrian headline is 5 August; None reads such a date only when it cannot be both).
    ``captions``: lines of pictures' captions, their dates the pictures'."""
    below = range(headline + 1, min(prose, headline + NEAR_HEADLINE_LINES))
    above = range(headline - 1, max(-1, headline - NEAR_HEADLINE_LINES // 2), -1)
    for index in itertools.chain(below, above):
        text = lines[index].strip()
        if not text or word_count(text) > MAX_DATE_LINE_WORDS or index in captions:
            continue
        found = find_date(text, day_first)
        if found is not None and date_range(text):
            continue  # a period: a fact box's run of a series, a show's dates
        # Not a sentence that names a date ("• The act was signed into law on August 14,
        # 1935" in a list of highlights): a few words in lower case at most besides the date
        # and a title in quotes (a breadcrumb's: 'Home Culture "We rearrange the deck chairs"
        # 01.05.2017'). (Looked at only on a line with a date: each date pattern is tried.)
        if found is not None:
            rest = besides_dates(_QUOTED.sub(" ", text))
            if sum(word[:1].islower() for word in rest.split()) < SENTENCE_WORDS:
                return found
    # Past a standfirst and a picture's caption: a line that is a date and nothing else
    # ("• Aug. 16, 2020" in a list of share buttons the page's furniture took).
    for index in range(max(prose, headline + 1), headline + NEAR_HEADLINE_LINES):
        if index in captions:
            continue
        if index < len(lines) and (when := date_line(lines[index])) is not None and when[0]:
            return when[0]
    return None


# A blog's post ends with its date, alone or with its writer's name, before the comments:
# "Malte Welding | 29.07.2006 um 14:26", "veröffentlicht: 25.10.2007 15:19", "Posted by Ada
# Brennan on March 4, 2025". Looked for in this many lines below the body's last kept line.
FOOT_LINES = 6


def _foot_lines(lines: list[str], last: int) -> Iterator[tuple[int, str]]:
    """Yield (line index, text) of the text lines right below a pasted page's body (its last
    kept line ``last``), FOOT_LINES at most, up to a heading of comments or other articles."""
    seen = 0
    for index in range(last + 1, len(lines)):
        text = lines[index].strip()
        if not text:
            continue
        seen += 1
        bare = LIST_MARKER.sub("", text)
        if seen > FOOT_LINES or MORE_HEADING.match(bare) or furniture_kind(bare) == "comments":
            return
        yield index, text


def _date_below(lines: list[str], last: int) -> str | None:
    """Return the full date of a short line right below a pasted page's body (its last kept
    line ``last``), before any heading of comments or other articles: a post's date line, or
    None."""
    for _, text in _foot_lines(lines, last):
        # A date alone is as likely another article's, under its teaser ("Oct 10, 2014" below
        # a video's title): only a labelled one, or one with the writer's name.
        labelled = DATE_PREFIX.match(LIST_MARKER.sub("", text))
        when = date_line(text) if labelled else None
        if when is None and (parts := _dated_parts(text)) is not None:
            when = parts[0]
        # (A byline after its label: "Posted by Ada Brennan on March 4, 2025".)
        named = text if labelled is None else LIST_MARKER.sub("", text)[labelled.end() :]
        if when is None and (byline := BYLINE.match(month_apart(named))) is not None:
            rest = byline.group("rest")
            when = (find_date(rest), True) if rest else None
        if when is not None and when[0] is not None:
            return when[0]
    return None


# A wiki's or a site's footer line saying when the page last changed: "This page was last
# edited on 3 May 2024, at 12:00 (UTC).", "Last updated: 12 March 2025". Looked for in the
# page's last lines below the body, when no other date was found.
_LAST_EDITED = re.compile(r"\blast (?:edited|modified|updated|changed|reviewed)\b",
                          re.IGNORECASE)
LAST_EDITED_LINES = 80
LAST_EDITED_WORDS = 16


def _last_edited(lines: list[str], last: int) -> str | None:
    """Return the date of a "last edited on …" line in the page's foot (below its last kept
    line ``last``, within the page's last LAST_EDITED_LINES lines), or None."""
    for index in range(len(lines) - 1, max(last, len(lines) - LAST_EDITED_LINES), -1):
        text = lines[index].strip()
        if (text and _LAST_EDITED.search(text)
                and not more_words_than(text, LAST_EDITED_WORDS)
                and (when := find_date(text)) is not None):
            return when
    return None


# A blog's post signed at its end, before the comments ("Posted by Ada Brennan at 10:32 AM",
# Blogger's; "Geschrieben von Ada Brennan am 4. März 2025"): the label before "by", and the
# time after "at" that BYLINE leaves out.
_POSTED = re.compile(r"^(?i:posted|published|written|geschrieben|veröffentlicht|eingestellt"
                     r"|publié|publicado|pubblicato)\s+(?=(?i:by|von|par|por|da|di)\s)")
_AT_TIME = re.compile(r"\s+(?i:at|um|à|a las|alle|às)\s+\d{1,2}[:.h]\d{2}.*$")
# "Written on Mar 17 by", the writer's name on the next line (Medium's).
_ENDS_WITH_BY = re.compile(r"\s(?i:by|von|par|por)$")
SIGNED_WORDS = 8


def _byline_below(lines: list[str], last: int) -> tuple[int, str] | None:
    """Return (line index, author) of the byline signing a pasted page's body (its last kept
    line ``last``) in a short line right below it, before any heading of comments or other
    articles (as _date_below looks for the post's date), or None."""
    closing = lines[last].strip() if last < len(lines) else ""
    if MORE_HEADING.match(closing) or furniture_kind(closing) == "comments":
        return None  # the body's end kept a heading of comments: a commenter's below it
    for seen, (index, line) in enumerate(_foot_lines(lines, last), start=1):
        text = LIST_MARKER.sub("", line)
        if more_words_than(text, SIGNED_WORDS * 2):
            continue
        posted = _POSTED.match(text)
        rest = _AT_TIME.sub("", text[posted.end():] if posted else text)
        # A byline without its label only right below the body ("Par Ada Brennan"): further
        # down, as likely a teaser's.
        byline = (BYLINE.match(month_apart(rest)) or _loose_byline(text)
                  or _script_byline(text) if posted or seen == 1 else None)
        if byline is None and (parts := _dated_parts(text)) is not None:
            if parts[1]:
                return index, _person(parts[1])
            # A blog's post signed with the writer's name alone before its date, right
            # below the body: "Ada Brennan — 2013-09-29 — in Code — Permalink".
            first = _PARTS.split(text, maxsplit=1)[0]
            alone = _NAME_ALONE.fullmatch(first) if seen == 1 else None
            named = " ".join(first.split())
            if alone is not None and named not in PLACES and named not in ORGANIZATIONS:
                return index, alone.group("author")
        if byline is None and _ENDS_WITH_BY.search(text) and not more_words_than(
                text, SIGNED_WORDS):
            below = next((i for i in range(index + 1, len(lines)) if lines[i].strip()), None)
            alone = _NAME_ALONE.match(lines[below].strip()) if below is not None else None
            if below is not None and alone is not None:
                return below, alone.group("author")
        if byline is not None:
            return index, _person(byline.group("author"))
    return None


# A byline over the headline, on one of the few text lines right above it ("By Justine
# Coleman - 11/18/19 11:04 PM EST", "Von Moritz Bachmann publiziert am 30. Juli 2018"): one
# that says "by", not a name alone.
BYLINE_OVER_LINES = 2


def _lines_above(lines: list[str], index: int, count: int) -> Iterator[tuple[int, str]]:
    """Yield (line index, text without its list marker) of the ``count`` text lines right
    above line ``index``, nearest first."""
    seen = 0
    for above in range(index - 1, -1, -1):
        text = LIST_MARKER.sub("", lines[above].strip())
        if not text:
            continue
        seen += 1
        if seen > count:
            return
        yield above, text


def _byline_over(lines: list[str], headline: int) -> tuple[int, str] | None:
    """Return (line index, author) of a byline among the BYLINE_OVER_LINES text lines right
    above the headline's first line ``headline``, or None."""
    for index, text in _lines_above(lines, headline, BYLINE_OVER_LINES):
        if more_words_than(text, MAX_BYLINE_WORDS):
            return None
        # ("by" in lower case there goes on from a line wrapped above it: a breadcrumb's
        # "… The Unbound Collection" / "by Hyatt Officially Opens".)
        byline = BYLINE.match(month_apart(text)) if text[:1].isupper() else None
        if byline is None and text[:1].isupper() and BYLINE_OPENING.match(text):
            byline = _loose_byline(text)
        if byline is not None and not credited(text):
            return index, _person(byline.group("author"))
        # The date first, then the byline: "Dienstag, 13. Mai 2014, von Dr. Ada Brennan".
        if (parts := _dated_parts(text)) is not None and parts[1]:
            return index, _person(parts[1])
    return None


BYLINE_OVER_BODY_LINES = 12
TITLE_WORDS = 12  # a headline ending with a full stop over a headless page's byline, at most
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+\S")  # two sentences: no headline


def _byline_over_body(lines: list[str], head: int) -> tuple[int, str] | None:
    """Return (line index, author) of a byline among the text lines right above the body's
    first line ``head`` of a pasted page whose headline was not found, or None."""
    for index, text in _lines_above(lines, head, BYLINE_OVER_BODY_LINES):
        if more_words_than(text, MAX_BYLINE_WORDS) or not text[:1].isupper():
            continue
        byline = BYLINE.match(month_apart(text))
        if byline is not None and not credited(text):
            return index, _person(byline.group("author"))
    return None


CAPTION_KEY_CHARS = 20  # a caption said twice has this many letters and digits at least


def _caption_said_before(lines: list[str], drop: Container[int]) -> set[int]:
    """Return the lines of each kept paragraph that the dropped paragraph right below it says
    again with its picture's credit (NYT in w3m: the picture's text, then "... California.
    Credit...Rich Pedroncelli/Associated Press"); not a headline the caption repeats."""
    groups: list[list[int]] = []
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if groups and groups[-1][-1] == index - 1:
            groups[-1].append(index)
        else:
            groups.append([index])
    found: set[int] = set()
    for before, after in itertools.pairwise(groups):
        if (any(i in drop for i in before) or not all(i in drop for i in after)
                or not (is_credit(lines[after[-1]].strip()) or credited(lines[after[-1]]))):
            continue
        text = " ".join(lines[i].strip() for i in before)
        own, said = alnum_key(text), alnum_key(" ".join(lines[i] for i in after))
        if (len(own) >= CAPTION_KEY_CHARS and len(said) > len(own) and said.startswith(own)
                and not looks_like_headline(text)):
            found.update(before)
    return found


# How far below a pasted page's headline a byline is looked for when its head had none.
BYLINE_REACH = 30
# A line of more words than this not ending a sentence is a wrapped one: the next goes on.
WRAPPED_WORDS = 5
_SENTENCE_CLOSE = (".", "!", "?", ":", '"', "”", "»", ")")


# A byline run on with the source and the time after a bar: "By JORDAN ROBERTSON and RACHEL
# METZ - AP Technology Writers | AP – 1 hr 4 mins ago" (Yahoo's): its part before the bar is a
# byline's length, the whole line at most this long.
BAR_BYLINE_WORDS = 24


def _byline_sized(text: str) -> bool:
    """Return True when line ``text`` is as short as a byline: MAX_BYLINE_WORDS words at
    most, or, opening with "By", its part before a bar so and the whole BAR_BYLINE_WORDS at
    most (a name first is no byline so: "Le Monde | 04.05.2015 à 13h36 • Mis à jour …")."""
    if not more_words_than(text, MAX_BYLINE_WORDS):
        return True
    head, bar, _ = text.partition(" | ")
    return (bool(bar) and BYLINE_OPENING.match(text) is not None
            and not more_words_than(head, MAX_BYLINE_WORDS)
            and not more_words_than(text, BAR_BYLINE_WORDS))


def _byline_near(lines: list[str], start: int, prose: int, drop: Container[int]
                 ) -> tuple[int, str] | None:
    """Return (line index, author) of the first byline from line ``start`` down, at most
    BYLINE_REACH lines, and above the body's third kept paragraph (``prose`` is its first, a
    picture's caption perhaps, said again with its credit before the byline: NYT in w3m);
    None past a heading of other articles (their bylines) or without one. A line going on
    from a sentence wrapped above it is a piece of that sentence, no byline."""
    kept = 0  # kept paragraphs seen below the first
    for index in range(start, min(len(lines), start + BYLINE_REACH)):
        text = LIST_MARKER.sub("", lines[index].strip())
        if not text:
            continue
        if index > prose and index not in drop and more_words_than(text, MAX_TITLE_WORDS):
            kept += 1
        if MORE_HEADING.match(text) or kept == 2:
            return None
        if not _byline_sized(text) or credited(text):
            continue  # (a credit: "par Jean Veber• Crédits : Getty", a painting's)
        byline = (BYLINE.match(month_apart(text)) or _byline_after_portrait(text)
                  or _script_byline(text) or _loose_byline(text))
        if byline is None and (named := _name_after_opener(lines, index)) is not None:
            return named
        if byline is None and "@" in text:
            byline = _NAME_WITH_HANDLE.match(text)
        if byline is None:
            continue
        # A name with a date, or "by" in lower case, right below a line that a sentence goes
        # on from: the rest of that sentence ("... veranstaltet die" / "Heinrich-Böll-Stiftung
        # Baden-Württemberg am Samstag, 31. Januar 2015,").
        # (Right under the headline, a name with a date goes on from no sentence: the line
        # above is the headline, Chromium's copy putting no blank line between them.)
        under = index == start and find_date(text) is not None
        above = lines[index - 1].rstrip() if index and not under else ""
        if ((text[:1].islower() or not BYLINE_OPENING.match(text))
                and more_words_than(above, WRAPPED_WORDS) and not above.endswith(_SENTENCE_CLOSE)):
            continue
        name = _person(byline.group("author"))
        if under and _named_in_body(name, lines, prose, drop):
            continue  # a name the body says again: the story's subject, not its writer
        return index, name
    return None


# "By" alone on its line, the writer's name on the next text line (heise in w3m: "Von", then
# "• Denis Dilba", a list of one writer).
_LONE_OPENER = re.compile(rf"^{BY_WORDS}\s*:?$")
OPENER_GAP = 2  # lines from a lone "By" to the writer's name (a blank line between)


def _name_after_opener(lines: list[str], index: int) -> tuple[int, str] | None:
    """Return (line index, author) of the writer's name on the first text line below a lone
    "By" on line ``index`` (within OPENER_GAP lines), or None."""
    opener = lines[index].strip()
    if not _LONE_OPENER.match(opener):
        return None
    below = next((i for i in range(index + 1, min(len(lines), index + 1 + OPENER_GAP))
                  if lines[i].strip()), None)
    if below is None:
        return None
    byline = BYLINE.match(f"{opener} {LIST_MARKER.sub('', lines[below].strip())}")
    return (below, _person(byline.group("author"))) if byline is not None else None


# A writer's name with their handle and nothing else, also below the standfirst ("Nishant
# Kumar @Nishantopines", Moneycontrol in lynx): a story's subject is not named with a handle.
_NAME_WITH_HANDLE = re.compile(rf"^(?P<author>{PERSON})\s+@\w+$")


# A writer's name alone right under the headline, perhaps with the outlet's after a comma or
# bar ("Mateusz Gniazdowski", "Meg Kinnard and Errin Haines, Associated Press"): two or three
# capitalised words, each with a lower-case letter, no button ("Text Size"), place or
# organisation, and not named in the body (a story's subject is: "Mark Meadows").
# (Initials or a nickname in brackets after the given name: "Richard (R.J.) Eskow".)
_ONE_NAME = (r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’.\-]+(?:\s+[A-ZÀ-ÖØ-Þ]\.|\s+\((?:[A-Z]\.){1,3}\))?"
             rf"(?:\s+{PARTICLE}){{0,2}}"
             r"(?:\s+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]*(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]*)?"
             r"[a-zà-öø-ÿ]){1,2}?")  # (a capital inside a surname: "McCoy", "LaMotte")
_NAME_ALONE = re.compile(
    rf"^(?P<author>{_ONE_NAME}(?:\s+(?:and|&|und|et|y)\s+{_ONE_NAME})?)"
    # The outlet after a comma or bar, in capitals ("USA TODAY") or named as a paper is
    # ("Florida Today"); the writer's handle.
    r"(?:\s*[,|]\s*[A-Z][\w.&' -]{1,40}|\s+[A-Z][A-Z&.]+(?:\s+[A-Z][A-Z&.]+){0,3}"
    r"|\s+(?:[A-Z][\w.&'’-]*\s+){0,2}(?:Today|Times|Post|News|Press|Herald|Journal|Tribune"
    r"|Daily|Gazette|Zeitung|Telegraph|Guardian|Wire|Magazine|Online|Standard|Observer"
    r"|Chronicle|Courier|Mirror|Express|Independent|Review|Bulletin|Dispatch|Inquirer)"
    r"|\s+@\w+)?$")
_PICTURE_BEFORE = re.compile(r"^\[[^\]\n]{1,40}\]\s+(?=\S)")  # a picture's name before a name
# A topic's tag in a list of them: a word or two, lower case, a comma after all but the last.
_TOPIC_TAG = re.compile(r"^[^\W\d_A-Z][\w-]*(?: [\w-]+)?,?$")
NAME_LINES = 2  # text lines under the headline (dates aside) a name alone is looked for in
_NAME_WORDS = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’\-]*")  # a name's capitalised words (no "and")


def _name_under_headline(lines: list[str], head: tuple[int, int], prose: int,
                         drop: Container[int], stops: Container[str]
                         ) -> tuple[int, str] | None:
    """Return (line index, author) of a writer's name alone in the first NAME_LINES text
    lines below the headline (its first and last line ``head``), above the body (``prose``);
    no word of a name is one of ``stops`` (the stop words: "Follow Us", a button)."""
    seen = 0
    tagged = False  # the line above was a tag with a comma after it: a list of them goes on
    for index in range(head[1] + 1, min(prose, len(lines))):
        text = LIST_MARKER.sub("", lines[index].strip())
        if not text or date_line(text) is not None:
            continue
        if _TOPIC_TAG.match(text) and (
                tagged or text.endswith(",") or LIST_MARKER.match(lines[index])):
            # The post's tags listed under its headline ("• python,", "• django"; a browser's
            # copy without the bullets).
            tagged = text.endswith(",")
            continue
        tagged = False
        seen += 1
        if seen > NAME_LINES:
            return None
        # (The writer's portrait before the name: "[d442840] Alexia Tsotsis", TechCrunch.)
        name = _writer_alone(_PICTURE_BEFORE.sub("", text), lines, head, prose, drop, stops)
        if name is not None:
            return index, name
    return None


def _writer_alone(text: str, lines: list[str], head: tuple[int, int], prose: int,
                  drop: Container[int], stops: Container[str]) -> str | None:
    """Return the writer's name when line ``text`` is one alone (see _NAME_ALONE): not a
    role, place, organisation, office, stop word (a button), a word of the headline (its
    first and last line ``head``) or a name the body (from line ``prose``) says, else None."""
    if "\t" in text or "   " in text:
        return None  # two cells of a table's row: "Genre<tab>Drama" in a fact box
    alone = _NAME_ALONE.match(text)
    if alone is None or is_boilerplate(text) or _role_line(text) == "":
        return None  # (a role alone: "Senior Contributor")
    name = alone.group("author")
    words = _NAME_WORDS.findall(name)
    headline = {word.casefold() for i in range(head[0], head[1] + 1)
                for word in _NAME_WORDS.findall(lines[i])}
    # (An office before the name is a story's subject: "Oberbürgermeister Fritz Kuhn"; so is
    # a name the headline says, and a subheading in title case shares its words.)
    spaced = " ".join(name.split())
    # (An initial is no stop word: "Bruce Y. Lee", "y" being one in English lists.)
    if spaced in PLACES or spaced in ORGANIZATIONS or office(words[0], "de") or any(
            len(word) > 1 and word.casefold() in stops or word.casefold() in headline
            for word in words):
        return None
    if _named_in_body(name, lines, prose, drop):
        return None  # the story's subject, not its writer
    return name


def _named_in_body(name: str, lines: list[str], prose: int, drop: Container[int]) -> bool:
    """Return True when the body (its kept lines from line ``prose``) says the surname of
    ``name`` (of the last writer it names): the story's subject, not its writer."""
    surname = name.split()[-1]
    # (Not the writer's note about themself: "Ada Brennan is a freelance reporter …", nor a
    # link to their other stories: "More Ada Brennan.")
    bio = re.compile(re.escape(name) + _BIO_AFTER_NAME + "|More " + re.escape(name) + r"\.?$")
    return any(surname in lines[i] and not bio.match(lines[i].strip())
               for i in range(prose, len(lines)) if i not in drop)


# A writer's note about themself below the body, after their name.
_BIO_AFTER_NAME = (r"\s+(?:is (?:a|an|the)\b|currently\b|writes\b|covers\b|reports\b"
                   r"|has (?:written|covered|been writing|reported)\b)")


# Text lines right above the headline a name alone and a date are looked for in ("Molly
# Wood", "Ideas", "11.14.2019 09:00 AM", then the headline: Wired in w3m); the lines between
# them of a few words (a section's label). In a browser's copy the name is in capitals and the
# label run into the date ("TOM BENNETT", "BUSINESSNOV 7, 2023 2:00 AM": Wired in Chromium).
NAME_OVER_LINES = 3
LABEL_WORDS = 3
DATE_LINE_WORDS = 6  # a date line with a label run into it
NAME_CAPS_WORDS = 4  # a name in capitals has a few words
_SLASHED_PARTS = re.compile(r"\s+[/|]\s+")


def _name_over_date(lines: list[str], head: tuple[int, int], prose: int,
                    drop: Container[int], stops: Container[str]) -> tuple[int, str] | None:
    """Return (line index, author) of a writer's name alone over a date line, both among
    the NAME_OVER_LINES text lines right above the headline (its first and last line
    ``head``), or None."""
    dated = False
    for index, text in _lines_above(lines, head[0], NAME_OVER_LINES):
        if date_line(text) is not None or not more_words_than(
                text, DATE_LINE_WORDS) and find_date(text) is not None:
            dated = True
            continue
        # The name and the date as parts of one line ("[logo] / Ada Brennan / 10:08 am Fri
        # Jul 19, 2013", boingboing's), a picture's name before them.
        # (A logo without a name leaves the first slash opening the line: "/ Ada Brennan /
        # 10:08 am …" in a browser's copy.)
        parts = [part for part in _SLASHED_PARTS.split(text.lstrip("/| "))
                 if not BRACKETED.match(part)]
        if len(parts) == 2 and date_line(parts[1]) is not None and (
                name := _writer_alone(parts[0], lines, head, prose, drop, stops)) is not None:
            return index, name
        name = _writer_alone(text, lines, head, prose, drop, stops) if dated else None
        if name is not None:
            return index, name
        if dated and text.isupper() and not more_words_than(text, NAME_CAPS_WORDS):
            # A name in capitals, opening with a common given name ("Breaking News" does not).
            name = _writer_alone(text.title(), lines, head, prose, drop, stops)
            if name is not None and name.split()[0] in given_names():
                return index, name
        if more_words_than(text, LABEL_WORDS):
            return None
    return None


# Text lines under the headline a writer's name next to a date is looked for in; further
# down, a date and a name are a comment's or a teaser's (the renderings that took one so
# reached the body's footer: "Menu Footer Widget", "Aktuelle Veranstaltungen").
NAME_BY_DATE_LINES = 8


def _name_by_date(lines: list[str], head: tuple[int, int], prose: int,
                  drop: Container[int], stops: Container[str]) -> tuple[int, str] | None:
    """Return (line index, author) of a writer's name alone on the text line right above or
    below a date line, among the NAME_BY_DATE_LINES text lines under the headline (its first
    and last line ``head``) and above the body (``prose``), else None. The name opens with a
    common given name ("Emily Botein" under "Monday, May 27, 2013", WNYC in w3m)."""
    found = ((i, LIST_MARKER.sub("", lines[i].strip()))
             for i in range(head[1] + 1, min(prose, len(lines))))
    texts = list(itertools.islice(((i, text) for i, text in found if text),
                                  NAME_BY_DATE_LINES))
    for at, (_index, text) in enumerate(texts):
        if date_line(text) is None:
            continue
        for near in (at - 1, at + 1):
            if 0 <= near < len(texts) and date_line(texts[near][1]) is None:
                wire = _WIRE_ALONE.match(texts[near][1])
                if wire is not None:
                    return texts[near][0], wire.group("agency")
                name = _writer_alone(texts[near][1], lines, head, prose, drop, stops)
                if name is not None and name.split()[0] in given_names():
                    return texts[near][0], name
    return None


# A wire agency's name alone, as the byline of its story ("Reuters" over "Updated: January
# 16, 2020"), or with the city it wrote from ("PTI, Washington,").
_WIRE_ALONE = re.compile(
    rf"^(?P<agency>{WIRE_AGENCIES}|(?:The )?Associated Press|Agence France-Presse|Bloomberg"
    r"|UPI|Press Association|PA Media|Canadian Press|AAP)(?:,\s*[A-Z][\w .'’-]{1,30},?)?$")


# A reading time alone on its line ("11 min read", "Lesezeit: 3 Min."), and what may stand
# between a writer's name and it (Medium's "Follow" button, a middle dot).
_READING_TIME_ALONE = re.compile(
    r"^(?:(?:lesezeit|leestijd|tempo de leitura|tiempo de lectura|temps de lecture"
    r"|tempo di lettura)\s*:?\s*(?:ca\.\s*)?)?\d{1,3}\s*min(?:ute)?s?\.?"
    r"(?:\s+(?:read|de lecture|di lettura|de leitura|de lectura))?$", re.IGNORECASE)
_BETWEEN_NAME_AND_TIME = re.compile(r"^(?:[·•|]|follow|folgen|suivre|seguir|segui)$",
                                    re.IGNORECASE)
READING_TIME_OVER = 3  # text lines a writer's name is looked for in over a reading time


def _name_over_reading_time(lines: list[str], head: tuple[int, int], prose: int,
                            drop: Container[int], stops: Container[str]
                            ) -> tuple[int, str] | None:
    """Return (line index, author) of a writer's name alone over the first reading time
    above the body (``prose``: "Pippin Lee", "11 min read", Medium's head), past a "Follow"
    button or a middle dot between them, else None."""
    at = next((i for i in range(min(prose, len(lines)))
               if _READING_TIME_ALONE.match(lines[i].strip())), None)
    if at is None:
        return None
    above = [i for i in range(at - 1, -1, -1) if lines[i].strip()][:READING_TIME_OVER]
    for index in above:
        text = LIST_MARKER.sub("", lines[index].strip())
        if _BETWEEN_NAME_AND_TIME.match(text) or date_line(text) is not None:
            continue
        name = _writer_alone(text, lines, head, prose, drop, stops)
        return (index, name) if name is not None else None
    return None


# What may follow a byline's name besides dates: the writer's handle ("@JonPorty"), a
# picture's name in brackets ("[writer_rss]").
_HANDLE = re.compile(r"@\w+|\[[^\]\n]{0,40}\]")
# A name opening a line of a name and a date ("Liliana Segura  Aug 4, 2011 10:03AM EDT",
# "Doug Stanglin, USA TODAY 8:42 a.m. EDT October 3, 2014").
# (A space alone after the name is no byline's: "Screen Shot 2011-08-13 at 4.55.35 PM", a
# picture's name.)
NAME_FIRST_LOWER = 2  # words in lower case that a name and a date rule out
_NAME_FIRST = re.compile(
    rf"^(?:\[[^\]\n]{{0,40}}\]\s*)?(?P<author>{PERSON})"
    rf"(?=\s{{2,}}\S|\s*[,|•·/]\s*\S|\s+(?i:{MONTH_NAMES})\.?\s+\d"
    # A day in numbers ("Carlos Nadalim 27/09/2018 Comente! …", a blog's line under its title).
    r"|\s+\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\b)")


def _loose_byline(text: str) -> re.Match[str] | None:
    """Return the match of a byline whose name a date, a time, the writer's handle or a few
    words in capitals follow ("By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy",
    "Von Moritz Bachmann publiziert am 30. Juli 2018"), or of a name and a date, or None."""
    opening = BYLINE_OPENING.match(text)
    name_first = opening is None
    if opening is None:
        opening = _NAME_FIRST.match(text)
        # (A city's name with the outlet's is a dateline: "New Delhi, News Nation Bureau |
        # Updated : 19 November 2019". A day in numbers in either order makes the line's
        # date: "Patricio Candia | Palma de Mallorca | 08/01/2014", El Mundo's.)
        if (opening is None or find_date(text, True) is None
                or " ".join(opening.group("author").split()) in PLACES
                or REPLY_HEADER.match(text)):
            return None
    rest = besides_dates(_HANDLE.sub(" ", month_apart(text[opening.end() :])))
    lower = sum(word[:1].islower() for word in rest.split())
    # With "By" a word or two in lower case may follow ("posted", "publiziert am"); a name
    # with a date, only the outlet's name.
    # (A blog's categories after the date may have a word in lower case: "Brinquedos e
    # Brincadeiras"; a sentence has more.)
    return opening if lower < (NAME_FIRST_LOWER if name_first else SENTENCE_WORDS) else None


# A portrait's name, the writer's surname, run into the byline: "Hill By Jemele Hill" (ESPN).
_PORTRAIT = re.compile(
    rf"^(?:[^\W\d_][\w'’-]*\s+){{0,2}}(?P<name>[^\W\d_][\w'’-]*)\s+(?={BY_WORDS}\s)")


def _byline_after_portrait(text: str) -> re.Match[str] | None:
    """Return the byline's match in ``text`` when a portrait's name (the surname) opens it."""
    text = LIST_MARKER.sub("", text)  # "* Ada Brennan von Autor: Ada Brennan" (lynx)
    portrait = _PORTRAIT.match(text)
    if portrait is None:
        return None
    byline = BYLINE.match(text[portrait.end():])
    named = byline is not None and byline.group("author").split()[-1] == portrait.group("name")
    return byline if named else None


def _closes_with_credit(lines: list[str], index: int) -> bool:
    """Return True when line ``index`` is a short caption ending with its labelled credit,
    below a sentence's end or a blank line (the caption a text browser runs into the
    paragraph above it), and no sentence carried on in lower case on the next line."""
    text = lines[index].strip()
    if ":" not in text:
        return False
    found = _LINE_CREDIT.match(text)
    return (found is not None and word_count(found.group("caption")) <= CREDITED_CAPTION_WORDS
            and (index + 1 == len(lines) or not lines[index + 1].strip()[:1].islower())
            and (index == 0 or not lines[index - 1].strip()
                 or lines[index - 1].rstrip().endswith(SENTENCE_END)))


_ENLARGE = re.compile(r"\[\+\]|(?i:enlarge|expand)(?: (?i:this )?(?i:image|photo|picture))?$")


def _caption_below(lines: list[str], button: int, most: int = MAX_CAPTION_WORDS) -> range:
    """Return the lines of the caption right below a picture's button on line ``button``:
    the rest of its paragraph, when it is ``most`` words or fewer (else none)."""
    end = button + 1
    while end < len(lines) and lines[end].strip():
        end += 1
    words = sum(word_count(line) for line in lines[button + 1:end])
    return range(button + 1, end) if words <= most else range(0)


def _caption_above(lines: list[str], credit: int, most: int = MAX_CAPTION_WORDS,
                   dated: Container[int] = ()) -> range:
    """Return the lines of the caption right above the picture credit on line ``credit``:
    the lines of its paragraph above it, past the date lines ``dated`` at its top (the
    article's date above its picture: "Nov 15, 20195:45 AM", Slate), when they are ``most``
    words or fewer (else none)."""
    start = credit
    while start > 0 and lines[start - 1].strip():
        start -= 1
    while start < credit and start in dated:
        start += 1
    words = sum(word_count(line) for line in lines[start:credit])
    return range(start, credit) if words <= most else range(0)


# A picture's credit after a bar, an agency's name ("| Efe", "/ Reuters"), below the picture's
# date alone on its line, below its caption (El Mundo's: "Las discrepancias jurídicas entre el
# juez ... y el fiscal ..." / "27-06-2012" / "| Efe"): the caption reads as a paragraph of the
# story, and its date is the picture's, a year and a half before the story's.
_BAR_CREDIT = re.compile(
    rf"^[|/]\s*(?i:{WIRE_AGENCIES}|Getty Images|AP Photo|Shutterstock|EPA|Agencias?)$")
DATED_CREDIT_DATE_WORDS = 3  # the picture's date line: the date and perhaps a time
# A caption so dated and credited is more surely one than a paragraph over a credit alone
# (MAX_CAPTION_WORDS): El Mundo's above runs to 43 words.
DATED_CAPTION_WORDS = 60


def _caption_over_dated_credit(lines: list[str], credit: int,
                               lone: Callable[[int], bool]) -> list[int] | None:
    """Return the lines of a picture's caption, its date line and its credit when line
    ``credit`` is a credit after a bar (_BAR_CREDIT) right below a line that is only a date,
    right below a caption of DATED_CAPTION_WORDS words or fewer (one line when it is a paragraph
    of its own, ``lone``, else its paragraph), or None."""
    text = lines[credit].strip()
    if text[:1] not in "|/" or not _BAR_CREDIT.match(text):
        return None
    dated = next((i for i in range(credit - 1, -1, -1) if lines[i].strip()), None)
    if dated is None or word_count(lines[dated]) > DATED_CREDIT_DATE_WORDS:
        return None
    when = date_line(lines[dated].strip())
    if when is None or when[0] is None:
        return None
    last = next((i for i in range(dated - 1, -1, -1) if lines[i].strip()), None)
    if last is None:
        return None
    if not lone(last):  # a wrapped caption: its paragraph
        caption = _caption_above(lines, last + 1, DATED_CAPTION_WORDS)
    elif word_count(lines[last]) <= DATED_CAPTION_WORDS:
        caption = range(last, last + 1)
    else:
        return None
    return [*caption, dated, credit] if caption else None


# A list of other stories under the article, its heading over it ("More Must-Reads From TIME",
# "Related"), as an extractor keeps it from a saved or pasted page's markup: its items short
# lines, list items or titles, to the text's end, but for a line with the writer's e-mail
# ("Write to Ada Brennan at ada.brennan@example.com").
CLOSING_ITEMS = 2
CLOSING_ITEM_WORDS = 25
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
EMAIL_LINE_WORDS = 15


def _closing_list(lines: list[str], drop: Container[int]) -> list[int]:
    """Return the lines of a list of other stories closing a text read without its page
    (its heading matching MORE_HEADING in the second half of the kept lines, then CLOSING_ITEMS
    items or more, each a list item or a line ending as no sentence does, of CLOSING_ITEM_WORDS
    words at most, to the end), or [] when there is none."""
    kept = [i for i, line in enumerate(lines) if i not in drop and line.strip()]
    for at in range(len(kept) - 1 - CLOSING_ITEMS, len(kept) // 2 - 1, -1):
        heading = LIST_MARKER.sub("", lines[kept[at]].strip())
        if not MORE_HEADING.match(heading):
            continue
        items = 0
        for index in kept[at + 1 :]:
            text = lines[index].strip()
            if _EMAIL.search(text) and not more_words_than(text, EMAIL_LINE_WORDS):
                continue  # "Write to Ada Brennan at ada.brennan@example.com"
            if more_words_than(text, CLOSING_ITEM_WORDS) or not (
                    LIST_MARKER.match(text) or not text.endswith(SENTENCE_END)):
                return []  # prose below the heading: the article's, or no list
            items += 1
        return kept[at:] if items >= CLOSING_ITEMS else []
    return []


def _kept_map(given: str, lines: list[str], drop: set[int], cut: dict[int, int]) -> TextMap:
    """Return the map of the cleaned text in ``given``: the lines not dropped (``lines[i]``
    starting ``cut[i]`` characters into line ``i`` of ``given``) joined by newlines, runs of
    blank lines shortened to one, outer whitespace stripped."""
    spans: list[Span] = []
    start = 0
    previous_end = -1  # where the newline after the last kept line is
    for index, given_line in enumerate(given.split("\n")):
        end = start + len(given_line)
        if index not in drop:
            first = start + cut.get(index, 0)
            # The newline after the last kept line, then this line: each joined to the span
            # before it when they touch, as TextMap.keeping would join them (a page's lines
            # kept in a row make one span, not two spans a line for keeping to join).
            if previous_end >= 0:
                if spans[-1][1] == previous_end:
                    spans[-1] = (spans[-1][0], previous_end + 1)
                else:
                    spans.append((previous_end, previous_end + 1))
            if spans and spans[-1][1] == first:
                spans[-1] = (spans[-1][0], first + len(lines[index]))
            else:
                spans.append((first, first + len(lines[index])))
            previous_end = end
        start = end + 1
    joined = TextMap.keeping(len(given), spans)
    kept = joined.kept_text(given)
    # What _MANY_BLANK_LINES.sub("\n\n", kept).strip() keeps of ``kept``.
    stripped_start = len(kept) - len(kept.lstrip())
    stripped_end = len(kept.rstrip())
    pieces: list[Span] = []
    position = stripped_start
    inner_end = max(stripped_start, stripped_end)
    for blank in _MANY_BLANK_LINES.finditer(kept, stripped_start, inner_end):
        pieces.append((position, blank.start() + 2))
        position = blank.end()
    pieces.append((position, max(position, inner_end)))
    return joined.then(TextMap.keeping(len(kept), pieces))
