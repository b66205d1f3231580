"""A web page's author field as names: job titles, places and placeholders left out."""

from __future__ import annotations

import html as html_lib
import itertools
import re

from inbrief.core.clean.counts import word_count
from inbrief.core.clean.rules import PERSON
from inbrief.core.entities.lexicon import known_type
from inbrief.core.text import alnum_key

_BY = re.compile(r"^(?:\w+\s+)?(?:by|por|par)\s+(?=[A-ZÀ-ÖØ-Þ])", re.I)
_WEEKDAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_CALENDAR = re.compile(
    rf"^(?:{_WEEKDAYS}|january|february|march|april|june|july|august|september|october|"
    r"november|december|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?)$",
    re.I,
)
_TRAILING_WEEKDAY = re.compile(rf"\s+(?:{_WEEKDAYS})$", re.I)  # "Malcolm Owen Monday"
# A part of an author field naming a job, not a person: "Helena Marsh; Business Reporter".
_ROLE = re.compile(
    r"\b(?:reporter|writer|correspondent|editor|columnist|journalist|contributor|producer|"
    r"analyst|critic|staff|desk|newsroom|redaktion|redakteur(?:in)?|korrespondent(?:in)?|"
    r"rédaction|rédacteur|rédactrice|journaliste|correspondant|corresponsal|redacción|"
    r"redattore|redattrice|redazione)s?\b",
    re.I,
)

# What a page's account menu says where a reader's name goes; a parser may take it for the
# author's ("<span class="username">Username</span>").
_PLACEHOLDER = re.compile(
    r"^(?:user ?name|your name|user|guest|anonymous|admin(?:istrator)?|log ?in|sign in"
    r"|my account|account|profile|benutzername|nom d'utilisateur|nombre de usuario"
    # A publishing system's word before its author and date ("Submitted by …", "Posted on …").
    r"|submitted|posted|published|written|veröffentlicht|publié|publicado)$",
    re.I,
)

# Code or an account menu a parser took for the author: 'CNN cnnAuthor = "By …', "Account
# You're logged in".
# An outlet in an author field: its letters ("CNN"), or a name in capitals ending as a
# paper's or agency's does ("USA TODAY", "DAILY NEWS").
_OUTLET = re.compile(r"^(?:[A-Z]{2,6}|[A-Z][A-Z.&' ]* (?:TODAY|NEWS|WIRE|TIMES|POST|PRESS|HERALD"
                     r"|TRIBUNE|JOURNAL|STAFF))$")
# A company by its legal form, a publisher in an author field ("Süddeutsche.de GmbH, Munich,
# Germany", SZ's meta author; "Acme Media Ltd").
_COMPANY = re.compile(
    r"\s(?:GmbH|AG|KGaA|KG|SE|Ltd|Limited|Inc|LLC|LLP|plc|PLC|Corp|Corporation|S\.A|SA|SAS|SARL"
    r"|S\.p\.A|SpA|Srl|S\.r\.l|B\.V|BV|N\.V|NV|Oy|Oyj|AB|A/S|ASA|Pty)\.?$")
_NOT_A_NAME = re.compile(r"[=<>{}]|https?:|\b(?:you|you're|your|logged)\b", re.I)


def is_outlet(author: str) -> bool:
    """Return True when an author field names an outlet, agency or company only ("AFP", "USA
    TODAY", "Süddeutsche.de GmbH")."""
    author = author.strip()
    return bool(_OUTLET.match(author) or _COMPANY.search(author))


def _is_role(part: str) -> bool:
    """Return True when a part of an author field is a job title ("Business Reporter") or a
    date torn off a byline ("Monday", "November")."""
    return (bool(_ROLE.search(part)) and word_count(part) <= 5) or bool(_CALENDAR.match(part))


def _one_name(name: str) -> str:
    """Return a name without a "By"/"Analysis by" in front and not said twice."""
    name = _TRAILING_WEEKDAY.sub("", _BY.sub("", " ".join(name.split()), count=1))
    words = name.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        name = " ".join(words[:half])  # "Sean Martin Sean Martin"
    return name


def author_names(author: str) -> str:
    """Return an author field without job titles and places: "Helena Marsh; Business
    Reporter", "Helena Marsh, Staff Writer" and "Helena Marsh; Washington" give "Helena
    Marsh", "PTI; Washington" gives "PTI" (names stay separated by "; ")."""
    names: list[str] = []
    for part in re.split(r"\s*;\s*", author):
        pieces = [piece.strip() for piece in part.split(",")]
        while len(pieces) > 1 and (_is_role(pieces[-1]) or _is_place(pieces[-1])
                                   or is_outlet(pieces[-1])):
            pieces.pop()  # "Helena Marsh, Business Reporter", "Helena Marsh, London", ", CNN"
        name = _one_name(", ".join(piece for piece in pieces if piece))
        if name and not _is_role(name) and not _PLACEHOLDER.match(name) and not (
                _NOT_A_NAME.search(name)):
            names.append(name)
    people = [name for name in names if not _is_place(name)]
    # An agency's or outlet's letters after the writers ("Ada Brennan; Ana Ruiz; CNN") name no
    # writer; alone ("PTI") they are the byline.
    people = [name for name in people if not is_outlet(name)] or people
    # A byline in capitals ("MAGGIE HABERMAN") is a name in title case.
    people = [name.title() if name.isupper() and " " in name and not is_outlet(name)
              else name for name in people]
    return "; ".join(_without_short_forms(people) or names)


def _without_short_forms(names: list[str]) -> list[str]:
    """Return ``names`` without one that another says again with initials added ("Troy
    Smith" beside "Troy L. Smith", as a page's markup and its byline give one writer), and
    without a name said twice."""
    def bare(name: str) -> list[str]:
        return [word for word in re.findall(r"\w+", name.casefold()) if len(word) > 1]

    return list(dict.fromkeys(
        name for name in names
        if not any(bare(other) == bare(name) and len(other) > len(name) for other in names)))


def _is_place(part: str) -> bool:
    """Return True when a part of an author field is a known place (a dateline's city or
    country written in the author field: "PTI; Washington")."""
    return known_type(part) == "place"


def names_in(line: str, author: str) -> bool:
    """Return True when ``line`` names the author (or one of the authors) of the page."""
    key = alnum_key(line)
    return any(alnum_key(name) and alnum_key(name) in key for name in author.split(";"))


# Schema.org's microdata naming the article's writer: '<div itemprop="author" itemscope
# itemtype="http://schema.org/Person"> … <span itemprop="name">Georg Holzer</span>', or the
# name as the element's text or content. A page's markup marks its own writer so; a parser's
# author field may take another article's (a teaser's "von Michael Leitner" box, futurezone).
_AUTHOR_PROP = re.compile(r"""<[^<>]*\bitemprop=["']?author\b[^<>]*>""", re.I)
_NAME_PROP = re.compile(r"""<[^<>]*\bitemprop=["']?name\b[^<>]*>""", re.I)
_CONTENT = re.compile(r"""\bcontent=["']([^"'<>]{2,80})["']""", re.I)
_TEXT_AFTER = re.compile(r"\s*([^<>]{2,80}?)\s*<")
# How far past the author's element its name's element is looked for.
AUTHOR_PROP_REACH = 1500
AUTHOR_PROPS = 3  # the first few elements marked as the author


def microdata_author(html: str) -> str:
    """Return the writer's name the page's microdata gives (its first element marked
    itemprop="author" whose name reads as a person's), or ""."""
    for found in itertools.islice(_AUTHOR_PROP.finditer(html), AUTHOR_PROPS):
        tag = found.group(0)
        window = html[found.end():found.end() + AUTHOR_PROP_REACH]
        # A Person's item: its name's element before the next item starts (a publisher's,
        # an image's name is no writer's).
        named = (_NAME_PROP.search(window.split("itemscope", 1)[0])
                 if "itemscope" in tag.casefold() else None)
        if (content := _CONTENT.search(tag)) is not None:
            name = content.group(1)  # '<meta itemprop="author" content="Ada Brennan">'
        elif named is not None and (content := _CONTENT.search(named.group(0))) is not None:
            name = content.group(1)
        elif named is not None and (text := _TEXT_AFTER.match(window, named.end())):
            name = text.group(1)
        elif named is None and (text := _TEXT_AFTER.match(window)):
            name = text.group(1)  # '<span itemprop="author">Ada Brennan</span>'
        else:
            continue
        name = author_names(" ".join(html_lib.unescape(name).split()))
        if re.fullmatch(PERSON, name):
            return name
    return ""
