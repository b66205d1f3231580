"""Saved web pages to text with trafilatura; nothing remote, no scripts."""

from __future__ import annotations

import codecs
import dataclasses
import email.utils
import html as html_lib
import itertools
import logging
import re
import warnings
from dataclasses import dataclass
from typing import Any

from inbrief.core.clean.counts import word_count
from inbrief.core.clean.date_lines import (
    date_line,
    find_date,
)
from inbrief.core.clean.rules import BYLINE, NAME_PARTICLES, SENTENCE_END
from inbrief.core.ingest.html_authors import author_names, microdata_author, names_in
from inbrief.core.ingest.html_links import (
    without_comments,
    without_related_links,
    without_release_boilerplate,
)
from inbrief.core.ingest.text import decode_bytes
from inbrief.core.text import alnum_key

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*?(/?)>")
# Elements that never nest (void) or that the parser closes implicitly, so unclosed ones in
# sloppy pages do not count as depth.
_FLAT = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr", "p", "li", "td", "th", "tr", "option", "dt", "dd", "param", "keygen",
}  # fmt: skip
_INVISIBLE_START = re.compile(
    r"<(script|style|noscript|template|svg|iframe|object|head|nav|footer)\b|<!--", re.I
)
# What a browser never shows (navigation and footers are shown, just not article text).
_HIDDEN_START = re.compile(r"<(script|style|noscript|template|svg|iframe|object|head)\b|<!--",
                           re.I)
_BLOCK_TAG = re.compile(
    r"<(?:br|/?p|/?div|/?h[1-6]|/?li|/?tr|/?section|/?article|/?blockquote|/?pre|/?table)\b"
    r"[^<>]*>",
    re.I,
)
_ANY_TAG = re.compile(r"<[^<>]*>")
# Tags that mark words up inside a line: a browser shows no space for them, so none is put in
# their place ("Molly Woo<span class=...>d</span>", a drop cap's "<span>T</span>he").
_INLINE_TAG = re.compile(
    r"</?(?:a|abbr|b|bdi|bdo|cite|code|data|dfn|em|font|i|kbd|mark|nobr|q|s|samp|small|span"
    r"|strong|sub|sup|time|u|var|wbr)\b[^<>]*>",
    re.I,
)
COMMENT_CHARS = 2000
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.I | re.S)
# A comment is no heading, also one that old browsers read ("<!--[if lte IE 6]><h1>Your Web
# Browser is no longer supported</h1><![endif]-->", ESPN).
_COMMENT = re.compile(r"<!--.*?-->", re.S)
# The head of an extracted body ("Business", the headline, "Published …") is looked for in
# this many lines; a label above the headline has at most LABEL_WORDS words.
HEAD_LINES = 6
LABEL_WORDS = 4
# A page's lead (its description shown under the headline) is at least this long, and shown
# at most this many visible lines above the first line of the extracted body.
LEAD_WORDS = 8
LEAD_LINES = 30
# A separator next to where the headline stood in a title: "Site | \x00", "\x00 » Section".
_SITE_PARTS = re.compile(r"(?:[|»«·•]|\s[-–—:]|:)\s*\x00|\x00\s*(?:[|»«·•]|[-–—:]\s)")
_SITE_SUFFIX = re.compile(r"\s+[|\-–—]\s+(?=[^|\-–—]*$)")  # "Headline - Site Name"
@dataclass(frozen=True)
class PageText:
    """What a web page yields: text plus metadata."""

    text: str
    title: str = ""
    author: str = ""
    source: str = ""
    published: str | None = None


def declared_codec(data: bytes) -> str | None:
    """Return the codec an HTML file's ``<meta charset>`` names, when the file decodes with it
    (None without a declaration, with a byte-order mark, or with a wrong or unknown one)."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    declared = _META_CHARSET.search(data[:4096])
    if not declared:
        return None
    try:
        codec = codecs.lookup(declared.group(1).decode("ascii")).name
        data.decode(codec)
    except (LookupError, UnicodeDecodeError):
        return None  # a wrong or unknown declaration: detect instead
    if codec not in _UTF8_NAMES and not data.isascii() and _valid_utf8(data):
        # A page saved again as UTF-8 keeps its old declaration ("iso-8859-15"): read with
        # it, "kilómetros" would show as "kilÃ³metros". Text in a legacy code page is next to
        # never valid UTF-8 once it has a letter outside ASCII.
        return "utf-8"
    return codec


_UTF8_NAMES = frozenset({"utf-8", "utf-8-sig"})


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_html(data: bytes, name: str) -> str:
    """Return the text of an HTML file, honouring its ``<meta charset>`` when present."""
    codec = declared_codec(data)
    return data.decode(codec) if codec else decode_bytes(data, name)


def nesting_depth(html: str, stop_at: int) -> int:
    """Return the deepest element nesting in ``html`` (stops counting past ``stop_at``)."""
    depth = deepest = 0
    for match in _TAG.finditer(html):
        closing, tag, self_closing = match.groups()
        if tag.lower() in _FLAT or self_closing:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > stop_at:
                    break
    return deepest


def _drop_invisible(html: str, start_pattern: re.Pattern[str] = _INVISIBLE_START) -> str:
    """Return ``html`` without scripts, styles, frames, navigation and comments.

    A scan with ``find`` rather than one regular expression keeps this linear even when
    thousands of ``<script>`` tags are never closed.
    """
    lower = html.lower()
    kept: list[str] = []
    position = 0
    while True:
        start = start_pattern.search(html, position)
        if start is None:
            kept.append(html[position:])
            break
        kept.append(html[position : start.start()])
        tag = start.group(1)
        if tag is None:
            end = lower.find("-->", start.end())
            position = len(html) if end < 0 else end + 3
        else:
            end = lower.find(f"</{tag.lower()}", start.end())
            close = lower.find(">", end) if end >= 0 else -1
            position = len(html) if close < 0 else close + 1
        kept.append(" ")
    return "".join(kept)


def plain_text_of(html: str, *, furniture: bool = False) -> PageText:
    """Return the visible text of ``html`` by stripping tags, without parsing it into a tree;
    navigation and footers only with ``furniture``."""
    title_match = _TITLE.search(html[:100_000])
    title = " ".join(html_lib.unescape(_ANY_TAG.sub("", title_match.group(1))).split()) if (
        title_match) else ""
    text = _drop_invisible(_joined_paragraph_lines(html),
                           _HIDDEN_START if furniture else _INVISIBLE_START)
    text = _INLINE_TAG.sub("", _BLOCK_TAG.sub("\n", text))
    text = html_lib.unescape(_ANY_TAG.sub(" ", text))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return PageText("\n\n".join(line for line in lines if line), title=title)


def read_html(html: str, *, max_depth: int) -> PageText:
    """Return the main text and metadata of a web page.

    trafilatura parses with lxml, which silently drops everything below a depth of 256;
    pages nested deeper than ``max_depth`` go through the tag stripper instead.
    """
    if nesting_depth(html, max_depth) > max_depth:
        return plain_text_of(html)
    page = extract_article(html)
    if page is None:
        return plain_text_of(html)
    if not page.text:
        return dataclasses.replace(page, text=_paragraphs(plain_text_of(html).text, page.title))
    return page


def _paragraphs(text: str, title: str) -> str:
    """Return the non-blank lines of ``text`` as paragraphs, without a first line repeating
    the page's title."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if lines and title and lines[0] == title:
        lines.pop(0)  # the page heading repeats the title
    return "\n\n".join(lines)


def _is_title(line: str, title: str) -> bool:
    """Return True when ``line`` is the page's title, or its title without the site name
    ("Bakery doubles output" for "Bakery doubles output - Northgate News")."""
    line_key = alnum_key(line)
    if not line_key:
        return False
    if line_key == alnum_key(title):
        return True
    head = _SITE_SUFFIX.split(title, maxsplit=1)[0]
    return head != title and word_count(head) >= 3 and line_key == alnum_key(head)


def without_known_head(text: str, title: str, author: str, published: str | None) -> str:
    """Return an extracted body without the head that repeats known metadata: a line equal
    to ``title`` among its first lines (with short section labels above it), then bylines
    naming ``author`` and lines giving only the ``published`` date, also when a standfirst
    stands above them (Weltwoche: "Publishing magnate …" / "23.01.2019" / "By Urs Gehriger
    and Florian Schwab")."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    start = 0
    for index, line in enumerate(lines[:HEAD_LINES]):
        if title and _is_title(line, title):
            above = lines[:index]
            if all(word_count(label) <= LABEL_WORDS and not label.endswith(SENTENCE_END)
                   or _repeats(label, author, published) for label in above):
                start = index + 1
            break
    while start < len(lines) and _repeats(lines[start], author, published):
        start += 1
    if start >= len(lines):
        return "\n\n".join(lines)
    kept = [line for at, line in enumerate(lines[start:])
            if at >= HEAD_LINES or not _repeats(line, author, published)]
    return "\n\n".join(kept)


def _repeats(line: str, author: str, published: str | None) -> bool:
    """Return True when ``line`` is a byline of ``author`` or gives only the date
    ``published``."""
    if word_count(line) > 15:
        return False
    same = BYLINE.match(line) or alnum_key(line) == alnum_key(author)
    if author and same and names_in(line, author):
        return True
    when = date_line(line)
    return published is not None and when is not None and when[0] == published


# A reader's comment, or a list of them, that trafilatura's own patterns miss ('class=
# "sf_comment"'): an element whose class speaks of comments, short, with no headline in it. An
# article's wrapper may have "comments" among its classes ("post has-comments", "entry
# comments-open"): it is an article or main element, or its class names a post, an article or
# an entry, or it holds the h1, or much text.
_COMMENT_ELEMENTS = (
    "//*[contains(translate(@class, 'COMENT', 'coment'), 'comment')"
    " and not(self::article or self::main or self::body)"
    " and not(contains(@class, 'article') or contains(@class, 'post')"
    " or contains(@class, 'entry') or contains(@class, 'has-') or contains(@class, '-open'))"
    f" and not(.//h1) and string-length(normalize-space(.)) < {COMMENT_CHARS}]")


# A heading over a list of other articles, marked so by its class ('<h3 class=
# "relatedpoststitle">Você pode gostar...</h3>'), and what follows it in its parent: the list.
# (trafilatura prunes an element whose class says "related", not the parts of one that does
# not: here an article element holding the heading and the other posts' excerpts.)
_RELATED_HEADING = (
    "(self::h2 or self::h3 or self::h4 or self::h5)"
    " and contains(translate(@class, 'RELATD', 'relatd'), 'related')")
_RELATED_ELEMENTS = (
    f"//*[{_RELATED_HEADING}] | //*[{_RELATED_HEADING}]/following-sibling::*")


# A MediaWiki page's furniture inside its article (Wikipedia's): reference marks, "[edit]"
# links, the table of contents, notes pointing to other pages, the infobox, boxes of links,
# a formula's TeX source (its MathML's text stays), and its closing sections (see
# also, notes, references, further reading, external links: a heading, then lists) with
# everything after the first of them.
_WIKI_CLOSING_IDS = ("See_also", "Notes", "References", "Footnotes", "Citations", "Sources",
                     "Bibliography", "Further_reading", "External_links", "Notes_and_references",
                     "Works_cited", "Einzelnachweise", "Weblinks", "Literatur", "Siehe_auch",
                     "Références", "Notes_et_références", "Liens_externes", "Voir_aussi",
                     "Referencias", "Enlaces_externos", "Véase_también", "Note",
                     "Collegamenti_esterni", "Voci_correlate", "Referências",
                     "Ligações_externas", "Ver_também", "См._также", "Примечания", "Ссылки",
                     "Literatura", "Przypisy", "Linki_zewnętrzne", "Zobacz_też", "Referensi",
                     "Pranala_luar", "Lihat_pula", "脚注", "参考文献", "関連項目", "外部リンク",
                     "参见", "外部链接", "注释", "مراجع", "وصلات_خارجية")
_WIKI_CLOSING_HEADING = (
    "(self::h2 or self::div[contains(@class, 'mw-heading2')])"
    " and (" + " or ".join(f"descendant-or-self::*[@id='{name}']"
                           for name in _WIKI_CLOSING_IDS) + ")")
_WIKI_FURNITURE = [
    "//sup[contains(concat(' ', normalize-space(@class), ' '), ' reference ')]"
    " | //sup[contains(@class, 'Template-Fact')] | //*[contains(@class, 'mw-editsection')]"
    " | //*[@id='toc'] | //*[contains(@class, 'hatnote')] | //table[contains(@class, 'infobox')]"
    " | //*[contains(@class, 'navbox')] | //math//annotation | //*[contains(@class, 'reflist')]"
    " | //ol[contains(@class, 'references')]",
    f"//*[{_WIKI_CLOSING_HEADING}] | //*[{_WIKI_CLOSING_HEADING}]/following-sibling::*",
]
_MEDIAWIKI = re.compile(r"\bmw-parser-output\b|\bid=[\"']?mw-content-text\b")
# The day a wiki's page was last edited, in its footer: the version read, whose "last year"
# relative dates mean ("This page was last edited on 3 March 2024, at 10:12").
_WIKI_EDITED = re.compile(r"<li\b[^<>]*\bid=[\"']?footer-info-lastmod\b[^<>]*>(.{0,300}?)</li>",
                          re.IGNORECASE | re.DOTALL)


# A MediaWiki formula, which trafilatura drops (its MathML hidden for screen readers, its
# picture an image: "the range of a light of intensity  seen through …"): written as its TeX
# source from the picture's alternative text when short and without commands ("I",
# "E=IT^{d}/d^{2}"), else nothing.
_WIKI_MATH_IMAGE = re.compile(r"<img\b[^<>]*\bmwe-math-fallback-image[^<>]*>")
_MATH_ALT = re.compile(r"\balt=\"\{\\(?:displaystyle|textstyle) ([^\"]{1,60})\}\"")
_ANY_MATH = re.compile(r"<math\b.*?</math>", re.DOTALL)


def _wiki_math_as_text(html: str) -> str:
    """Return ``html`` with each MediaWiki formula written as its short TeX source."""
    if "mwe-math" not in html or not _MEDIAWIKI.search(html):
        return html

    def shown(match: re.Match[str]) -> str:
        alt = _MATH_ALT.search(match.group())
        source = html_lib.unescape(alt.group(1)).strip() if alt else ""
        return f"<span>{html_lib.escape(source)}</span>" if "\\" not in source else ""

    return _WIKI_MATH_IMAGE.sub(shown, _ANY_MATH.sub("", html))


def wiki_edited(html: str) -> str | None:
    """Return the ISO day a MediaWiki page says it was last edited on, or None."""
    found = _WIKI_EDITED.search(html)
    if found is None:
        return None
    return find_date(html_lib.unescape(re.sub(r"<[^<>]*>", " ", found.group(1))),
                     day_first=True)


# A card shown over a name in a paragraph when the pointer rests on it (The Hill: the person's
# picture, name, latest headlines and "MORE" after "Rep. Ilhan Omar"), in the markup though
# hidden: the innermost inline element of a paragraph holding a picture and three links or more
# and no words of its own outside them.
MIN_CARD_LINKS = 3
_CARD = f".//img and count(.//a) >= {MIN_CARD_LINKS} and not(text()[normalize-space(.) != ''])"
_HOVER_CARDS = f"//p//span[{_CARD} and not(.//span[{_CARD}])]"


# An article's body cut into chunks with the page's advertisements between them: elements of
# the same tag and class under one parent's parent (Wired: two "body__container" divs, an ad
# row between them). trafilatura keeps the first; the others' paragraphs follow it when each
# chunk holds paragraphs of prose (sentences of CHUNK_PROSE_WORDS words or more: not a list of
# teasers, ads or forum posts, whose lines are shorter) and the chunks held make at least half
# of the extraction.
CHUNK_PROSE_WORDS = 20


def _chunk_paragraphs(chunk: Any) -> list[str]:
    """Return the texts of a chunk's paragraphs of prose (not those of an aside or a figure:
    a pull quote says a sentence of the body again)."""
    found = []
    for paragraph in chunk.iter("p"):
        if _set_apart(paragraph, chunk):
            continue
        text = " ".join(paragraph.text_content().split())
        if text:
            found.append(text)
    return found


def _prose_chunk(paragraphs: list[str]) -> bool:
    """Return True when most of a chunk's paragraphs are sentences of CHUNK_PROSE_WORDS words
    or more."""
    prose = sum(word_count(text) >= CHUNK_PROSE_WORDS
                and text.rstrip("\"'”’»)").endswith(SENTENCE_END) for text in paragraphs)
    return prose >= 1 and 2 * prose >= len(paragraphs)


def _set_apart(paragraph: Any, chunk: Any) -> bool:
    """Return True when ``paragraph`` stands in an aside, figure or quotation of ``chunk``."""
    for ancestor in paragraph.iterancestors():
        if ancestor is chunk:
            return False
        if ancestor.tag in ("aside", "figure", "blockquote"):
            return True
    return False


def with_body_chunks(text: str, html: str) -> str:
    """Return an extracted body with the paragraphs of the article's further chunks put after
    those of the chunk it holds, when the page cuts its body into chunks (see above)."""
    if not text.strip():
        return text
    try:
        import lxml.html

        root = lxml.html.fromstring(html)
    except Exception:  # an unparsable page: the extraction stands
        return text
    key = alnum_key(text)
    # The chunks hold their paragraphs as children: only the parents of paragraphs are looked
    # at (a page's other elements of one class, its cards and menus, are many).
    groups: dict[tuple[Any, str, str], list[Any]] = {}
    for element in dict.fromkeys(p.getparent() for p in root.iter("p")):
        if element is None or element.tag not in ("div", "section"):
            continue
        classes = element.get("class")
        parent = element.getparent()
        if classes and parent is not None and parent.getparent() is not None:
            groups.setdefault((parent.getparent(), element.tag, classes), []).append(element)
    for chunks in groups.values():
        if len(chunks) < 2:
            continue
        paragraphs = [_chunk_paragraphs(chunk) for chunk in chunks]
        if not all(map(_prose_chunk, paragraphs)):
            continue
        held = [all(alnum_key(p) in key for p in ps) for ps in paragraphs]
        held_words = sum(word_count(p) for ps, h in zip(paragraphs, held, strict=True) if h
                         for p in ps)
        if not held[0] or all(held) or 2 * held_words < word_count(text):
            continue
        # Sentences only: a chunk's lines that end as none does are its labels and credits
        # ("Follow Backchannel: Twitter | Facebook", "Top photo by ...").
        missing = [p for ps, h in zip(paragraphs, held, strict=True) if not h for p in ps
                   if p.rstrip("\"'”’»)").endswith(SENTENCE_END)]
        last = paragraphs[max(i for i, h in enumerate(held) if h)][-1]
        lines = text.split("\n")
        at = next((i for i, line in enumerate(lines) if alnum_key(last) in alnum_key(line)),
                  len(lines) - 1)
        return "\n".join([*lines[:at + 1], *missing, *lines[at + 1:]])
    return text


# A paragraph's markup, up to its end tag, with no other paragraph or preformatted block
# opening inside it.
_PARAGRAPH = re.compile(r"<p\b[^>]*>(?:(?!</?p\b|<pre\b)[^<]|<(?!/?p\b|pre\b))*</p>",
                        re.IGNORECASE)


def _joined_paragraph_lines(html: str) -> str:
    """Return ``html`` with the line breaks inside its paragraphs made spaces, as a browser
    shows them: trafilatura keeps them, and each line of a paragraph written over several
    ("<p>Seit\ndie schwedische Klimaaktivistin …", Zeit) became a paragraph of its own."""
    if "\n" not in html:
        return html
    return _PARAGRAPH.sub(lambda match: match.group().replace("\r\n", " ").replace("\n", " "),
                          html)


def extract_article(html: str) -> PageText | None:
    """Return trafilatura's article of ``html`` ("" text when it found none), or None when the
    page cannot be parsed. The caller checks the nesting depth first."""
    with warnings.catch_warnings():
        # urllib3 warns at import about SOCKS support for downloads we never make.
        warnings.simplefilter("ignore")
        import trafilatura

    # trafilatura logs "empty document" and similar on odd pages; the caller reports instead.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        document = trafilatura.bare_extraction(
            _wiki_math_as_text(_joined_paragraph_lines(html)),
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            include_tables=True,
            deduplicate=False,
            # Markup only: guessing from dates in the prose would make an event date the
            # publication date, and relative dates are resolved against it.
            date_extraction_params={"extensive_search": False, "original_date": True},
            prune_xpath=[_COMMENT_ELEMENTS, _RELATED_ELEMENTS, _HOVER_CARDS,
                         *(_WIKI_FURNITURE if _MEDIAWIKI.search(html) else [])],
        )
    except Exception:  # a parser failure on a strange page: the caller falls back
        document = None
    if document is None:
        return None
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    text = without_release_boilerplate(without_related_links(
        with_body_chunks(without_comments(str(data.get("text") or "")), html), html))
    site = str(data.get("sitename") or data.get("hostname") or "").strip()
    title = _whole_headline(str(data.get("title") or "").strip(), html, site)
    date = data.get("date")
    author = _rejoined(author_names(str(data.get("author") or "").strip()), html)
    if author and _commenter(author, html):
        author = ""  # a reader's name over a comment (class="comment_author"), not a writer
    author = _without_owner(author or _marked_byline(html), html)
    marked = microdata_author(html) if "itemprop" in html else ""
    if marked and not names_in(author, marked) and not _named_in_head(author, html):
        # The page marks its writer in its body; the field named another's, found in the
        # body too (a teaser's box). A writer the page's head names (its metadata) stays: a
        # related story's or a review's microdata may come first.
        author = marked
    published = _shown_over_modified(str(date)[:10] if date else None, html)
    published = _mailed_published(html, published)
    if _MEDIAWIKI.search(html):
        published = wiki_edited(html) or published
    return PageText(
        text=with_lead(without_known_head(text, title, author, published),
                       str(data.get("description") or ""), html),
        title=title,
        author=author,
        source=site,
        published=published,
    )


# Markup that names a page's publication date: its metadata, a marked time element. A meta
# element naming the day the page was last changed ('<meta name="last-modified" content="Fr,
# 17 Mai 2019 13:38:23 MESZ">', SZ); the first time element with its day ('<time datetime=
# "2019-05-15 05:28:29">').
DATE_MARKUP = re.compile(
    r"published_time|datepublished|\bpubdate\b|dc\.date|date\.published|\bdate-published\b",
    re.I)
_MODIFIED_META = re.compile(
    r"<meta\b[^<>]*\b(?:name|property|itemprop|http-equiv)=[\"']?(?:last-modified|modified"
    r"|article:modified_time|og:updated_time|datemodified)\b", re.I)
_TIME_DAY = re.compile(r"<time\b[^<>]*\bdatetime=[\"']?(\d{4}-\d{2}-\d{2})", re.I)


def _shown_over_modified(published: str | None, html: str) -> str | None:
    """Return ``published``, the date the extractor found, or the day of the page's first time
    element when that is earlier and the page marks only the day it was last changed: with no
    publication date in its markup, the extractor takes a last-modified meta element's day
    (SZ: 17 May for a story whose head shows 15 May)."""
    if published is None or DATE_MARKUP.search(html) or not _MODIFIED_META.search(html):
        return published
    shown = _TIME_DAY.search(html)
    return shown.group(1) if shown and shown.group(1) < published else published


# A publication date marked in a page's structured data as an e-mail's date ('"datePublished":
# "Tue, 4 May 2021 19:18:00 +0200"', rp.pl): the extractor does not read that form and takes
# the page's "dateModified" (ISO) instead.
_MAILED_PUBLISHED = re.compile(
    r"[\"']datePublished[\"']\s*:\s*[\"']((?:[A-Z][a-z]{2}, )?\d{1,2} [A-Z][a-z]{2} \d{4}"
    r" \d\d:\d\d(?::\d\d)?(?: [+-]\d{4}| [A-Z]{2,4})?)[\"']")


def _mailed_published(html: str, published: str | None) -> str | None:
    """Return the day of a datePublished in an e-mail's date form in ``html`` when it is
    earlier than ``published`` (or there is none), else ``published``."""
    found = _MAILED_PUBLISHED.search(html) if "datePublished" in html else None
    if found is None:
        return published
    try:
        day = email.utils.parsedate_to_datetime(found.group(1)).date().isoformat()
    except (TypeError, ValueError):
        return published
    return day if published is None or day < published else published


# The site's owner as its copyright notice names it: '<meta name="copyright" content=
# "Copyright (c) Condé Nast 2019">', "© 2019 Condé Nast. All rights reserved."
_COPYRIGHT_META = re.compile(
    r"<meta\b[^<>]*\bname=[\"']copyright[\"'][^<>]*\bcontent=[\"']([^\"'<>]{1,120})", re.I)
_COPYRIGHT_SIGN = re.compile(r"(?:©|&copy;)([^<>]{1,80})")
MAX_NOTICES = 20


def _words(text: str) -> str:
    """Return the words of ``text`` in lower case, one space between them."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def _named_in_head(author: str, html: str) -> bool:
    """Return True when the page's head (its metadata, above "</head>") names the first
    writer of the author field ``author``."""
    name = author.split(";")[0].strip().casefold()
    end = _HEAD_END.search(html)
    return bool(name) and end is not None and name in html[:end.start()].casefold()


_HEAD_END = re.compile(r"</head\s*>", re.IGNORECASE)


def _rejoined(author: str, html: str) -> str:
    """Return ``author`` with a name's last letters put back onto it where trafilatura read
    them apart: it joins an element's texts with spaces, so "Molly Woo<span>d</span>"
    (Wired's bylines) came out "Molly Woo d". A lower-case piece after a capitalised word is
    joined to it when the text the page shows writes the two together."""
    words = author.split(" ")
    if len(words) < 2 or not any(word[:1].islower() for word in words[1:]):
        return author
    shown = plain_text_of(html, furniture=True).text
    joined = [words[0]]
    for word in words[1:]:
        glued = joined[-1] + word
        if (word[:1].islower() and word not in NAME_PARTICLES and joined[-1][:1].isupper()
                and re.search(rf"(?<![\w.]){re.escape(glued)}(?![\w.])", shown)):
            joined[-1] = glued
        else:
            joined.append(word)
    return " ".join(joined)


def _without_owner(author: str, html: str) -> str:
    """Return ``author`` (names between semicolons) without the site's owner listed beside a
    writer ("Condé Nast; Molly Wood": Wired's meta author is its publisher). An owner named
    alone stays: a blog's writer owns its copyright."""
    names = [name.strip() for name in author.split(";") if name.strip()]
    if len(names) < 2:
        return author
    notices = [match.group(1) for match in _COPYRIGHT_META.finditer(html)]
    notices += [match.group(1) for match in
                itertools.islice(_COPYRIGHT_SIGN.finditer(html), MAX_NOTICES)]
    owners = f" {_words(' | '.join(html_lib.unescape(notice) for notice in notices))} "
    writers = [name for name in names if f" {_words(name)} " not in owners]
    return "; ".join(writers) if writers and len(writers) < len(names) else author


def _commenter(author: str, html: str) -> bool:
    """Return True when each name of ``author`` is shown on the page only as the name over a
    reader's comment: the whole text of an element whose class speaks of comments."""
    for name in author.split(";"):
        name = name.strip()
        shown = [match.start() for match in re.finditer(re.escape(html_lib.escape(name)), html)]
        if not shown or not all(_COMMENT_NAME.search(html, max(0, at - 200), at)
                                for at in shown):
            return False
    return True


# The opening of an element of a comment's class, right before a name: '<span
# class="sf_comment_author">' (then the name and the element's end).
_COMMENT_NAME = re.compile(
    r"""<\w+[^<>]*\bclass=["'][^"']*comment[^"']*["'][^<>]*>(?:\s*<\w+[^<>]*>)*\s*$""",
    re.I)


# An element whose class names it a byline: '<span class="pb-byline">By <a …>Ada Brennan</a>'.
_BYLINE_CLASS = re.compile(
    r"""<(\w+)[^>]*\bclass=["'][^"']*\bbyline\b[^"']*["'][^>]*>(.{1,300}?)</\1>""",
    re.I | re.S,
)


def _marked_byline(html: str) -> str:
    """Return the author a page's byline element names ('class="byline"', "By Ada Brennan"),
    when the metadata named none."""
    for match in itertools.islice(_BYLINE_CLASS.finditer(html), 5):
        text = " ".join(html_lib.unescape(_ANY_TAG.sub(" ", match.group(2))).split())
        found = BYLINE.match(text)
        if found is not None:
            return author_names(found.group("author"))
    return ""


def with_lead(text: str, description: str, html: str) -> str:
    """Return an extracted body with the page's lead paragraph on top when the extraction
    missed it: the page's description, when it is shown as a paragraph of its own above the
    first line of the body (a standfirst under the headline) and is not in the body."""
    description = " ".join(description.split())
    first = next((line for line in text.split("\n") if line.strip()), "")
    lead = alnum_key(description)
    if word_count(description) < LEAD_WORDS or not first or lead in alnum_key(text):
        return text
    visible = [alnum_key(line) for line in plain_text_of(html).text.split("\n") if line.strip()]
    start = alnum_key(first)[:80]
    body = next((i for i, line in enumerate(visible) if start and line.startswith(start)), None)
    if body is None or lead not in visible[max(0, body - LEAD_LINES) : body]:
        return text
    return f"{description}\n\n{text}"


# A link closing an h1 right after its text, with no space between them: the site's logo or
# a counter the page shows apart ('<span>Headline</span><a href="/">Ultima Hora Mallorca</a>'
# reads "HeadlineUltima Hora Mallorca" as text).
_H1_END_LINK = re.compile(r"(?:(?<=[^\s>])|(?<=[^\s>]</span>)|(?<=[^\s>]</div>))"
                          r"<a\b[^<>]*>[^<>]{1,60}</a>\s*$", re.I)
H1_LINK_WORDS = 5
H1_HEAD_WORDS = 3


def _h1_text(inner: str) -> str:
    """Return the text of an h1 whose inner HTML is ``inner``, without a link run onto its
    end (_H1_END_LINK) when the text before it is a headline of its own."""
    end = _H1_END_LINK.search(inner)
    if end is not None:
        head = html_lib.unescape(_ANY_TAG.sub("", inner[:end.start()]))
        link = html_lib.unescape(_ANY_TAG.sub("", end.group()))
        if word_count(head) >= H1_HEAD_WORDS and word_count(link) <= H1_LINK_WORDS:
            return " ".join(head.split())
    return " ".join(html_lib.unescape(_ANY_TAG.sub("", inner)).split())


def _headings(html: str, element: re.Pattern[str]) -> list[str]:
    """Return the text of the first five headings of ``html`` that ``element`` finds (not
    inside a comment)."""
    return [_h1_text(match.group(1))
            for match in itertools.islice(element.finditer(_COMMENT.sub("", html)), 5)]


def _h1s(html: str) -> list[str]:
    """Return the text of the first five h1 elements of ``html``."""
    return _headings(html, _H1)


_H2 = re.compile(r"<h2[^>]*>(.*?)</h2>", re.I | re.S)


def has_h1(html: str) -> bool:
    """Return True when ``html`` has an h1 element (not inside a comment)."""
    return bool(_h1s(html))


def h2s(html: str) -> list[str]:
    """Return the text of the first five h2 elements of ``html``."""
    return _headings(html, _H2)


def pasted_headline(title: str, html: str) -> str:
    """Return the headline of a copied page: ``title`` when it is one of its h1s or it has
    none of three words or more, else its first such h1 (a copied page has no <head>: the
    extractor may take a picture's title for the page's)."""
    headings = _h1s(html)
    if not headings or title in headings:
        return title
    return next((heading for heading in headings if word_count(heading) >= 3), title)


def _whole_headline(title: str, html: str, site: str = "") -> str:
    """Return the page's headline: its ``h1`` when ``title`` is only its beginning (structured
    data cuts headlines at about 110 characters, and an HTML paste has no ``<head>`` with the
    whole title in it) or the ``h1`` with the site's name around it ("Site | Tagline: Headline",
    "Headline » Section » Site"); else ``title`` without a last part that names ``site``
    ("Headline | CNN Politics"). A title of one or two words that is an h1 with a longer h1
    below it is the site's logo: the longer one; a byline taken for the title gives way to
    the h1."""
    if not title:
        return title
    headings = _h1s(html)
    for heading in headings:
        if len(heading) > len(title) and heading.startswith(title):
            return heading
        if (word_count(heading) >= 3 and len(heading) < len(title) and heading in title
                and _SITE_PARTS.search(title.replace(heading, "\x00"))):
            return heading
        if (word_count(heading) >= 3 and len(heading) < len(title) and title.startswith(heading)
                and title[len(heading)].isupper()):
            return heading  # the h1's text with the logo's link run onto it (see _h1_text)
        if (heading and title.startswith(heading) and len(heading) < len(title)
                and _SITE_PARTS.search(title.replace(heading, "\x00", 1))
                and title[len(heading):].strip(" |-–—:»«·•") not in headings):
            # A short h1 opening the title before the site's name ("Homo Brandenburgensis |
            # Brandenburgische Landeszentrale für politische Bildung"), the rest no h1 of its
            # own (a logo's h1 over the headline's says the headline again).
            return heading
    if BYLINE.match(title):
        # A byline taken for the title ("BY Ada Brennan"): the page's h1, when it has one.
        return next((heading for heading in headings if heading and not BYLINE.match(heading)),
                    title)
    if word_count(title) <= 2 and title in headings:
        # The site's logo in an h1 above the headline's ("Salon", then the headline): a
        # pasted page has no <head> whose title would say which is the article's.
        longer = [heading for heading in headings if word_count(heading) >= 4]
        if longer:
            return longer[0]
    head, _, last = title.rpartition(" | ")
    if site and head and word_count(head) >= 3 and word_count(last) <= 4 and (
            alnum_key(site) and alnum_key(site) in alnum_key(last)):
        return head
    return title
