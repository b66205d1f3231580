"""Pasted or dropped HTML to article text: the page's article, or None to keep the selection."""

from __future__ import annotations

import dataclasses
import re

from inbrief.core.clean.counts import dense_chars
from inbrief.core.clean.date_lines import find_date
from inbrief.core.clean.rules import BYLINE, MAX_BYLINE_WORDS, MORE_HEADING
from inbrief.core.ingest.html import (
    PageText,
    author_names,
    extract_article,
    h2s,
    has_h1,
    nesting_depth,
    pasted_headline,
    plain_text_of,
    without_known_head,
)
from inbrief.core.text import alnum_key

# A selection (not a whole page) is kept as it is when extraction keeps less than this share of
# its prose words: a copied paragraph or two is the user's choice, not a page to dig in.
# Measured on paragraphs and runs of paragraphs cut from real pages with their ancestors (as a
# browser copies them): extraction keeps all or nothing of 1-5 paragraphs, or drops galleries
# and link lists inside them (0.52-0.95 kept); whole pages keep as little as 0.13 of their prose
# (comments, teasers) and carry 69 links or more (menus), fragments far fewer.
KEEP_SHARE = 0.5
PAGE_LINKS = 40  # HTML with this many links or more is a page (or most of one), not a selection
PROSE_LINE_WORDS = 12  # a line of this many words or more counts as prose

# Windows' CF_HTML starts with "Version:0.9 StartHTML:… EndHTML:…" offsets before the markup.
_CF_HTML_HEADER = re.compile(r"\A\s*Version:\s*\d[^<]*?(?=<)", re.S)
_WORD = re.compile(r"\w+")
_LINK = re.compile(r"<a\s[^>]*href", re.I)


def clipboard_html(html: str) -> str:
    """Return the markup of a clipboard's HTML flavour (no CF_HTML header, no NULs)."""
    return _CF_HTML_HEADER.sub("", html.replace("\x00", ""), count=1).lstrip("\ufeff")


def visible_text(html: str) -> str:
    """Return the text a browser shows for ``html`` (menus too), a blank line between blocks."""
    return plain_text_of(html, furniture=True).text


BYLINE_REACH = 8  # lines below the headline a byline is looked for in a page's text


def shown_byline(text: str, title: str) -> str:
    """Return the writer the byline under headline ``title`` names in a page's ``text`` (as
    a browser shows it: "Von Markus Balser, Berlin" below SZ's headline and summary), or ""
    when none stands within BYLINE_REACH lines below a line saying the headline, before a
    list of other stories ("Sur le même sujet" over their bylines, Libération)."""
    key = alnum_key(title)
    if not key:
        return ""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for at, line in enumerate(lines):
        if key not in alnum_key(line):
            continue
        for below in lines[at + 1 : at + 1 + BYLINE_REACH]:
            if MORE_HEADING.match(below):
                break
            byline = BYLINE.match(below)
            if byline is not None and word_count(below) <= MAX_BYLINE_WORDS:
                return author_names(byline.group("author"))
    return ""


def word_count(text: str) -> int:
    """Return the number of ``\\w+`` words in ``text``."""
    return sum(1 for _ in _WORD.finditer(text))


def prose_words(text: str) -> int:
    """Return the words of ``text`` in lines long enough to be prose, not menus or labels."""
    total = 0
    for line in text.split("\n"):
        words = word_count(line)
        if words >= PROSE_LINE_WORDS:
            total += words
    return total


def is_page(html: str) -> bool:
    """Return True when ``html`` has the links of a page's menus, not just a selection's."""
    return any(number >= PAGE_LINKS for number, _ in enumerate(_LINK.finditer(html), start=1))


def byline(author: str) -> str:
    """Return the byline shown above a pasted article: "By Ada Brennan and Li Wei" (job
    titles such as "Business Reporter" are not names)."""
    author = author_names(author) or author
    names = [name.strip() for name in re.split(r"\s*;\s*", author) if name.strip()]
    if len(names) > 1:
        return f"By {', '.join(names[:-1])} and {names[-1]}"
    return f"By {' '.join(author.split())}"


def article_text(page: PageText) -> str:
    """Return the text shown for an extracted article: headline, byline and date, then body
    (without its own lines saying them again: the byline and date are settled only now, from
    both flavours of the clipboard, after the extraction looked for them)."""
    head = [page.title] if page.title else []
    if page.author:
        head.append(byline(page.author))
    if page.published:
        head.append(f"Published {page.published}")
    text = without_known_head(page.text, page.title, page.author, page.published)
    return "\n\n".join([*head, text] if text else head)


def read_paste(html: str, selection: str, *, max_depth: int) -> PageText | None:
    """Return the article in pasted ``html`` (its body: article_text puts its headline, byline
    and date on top once the date and byline are settled), or None when the selection
    (``selection``, its plain text) should be kept as it is: the extraction found nothing, or
    kept much less than the selection's prose."""
    if nesting_depth(html, max_depth) > max_depth:
        return None
    page = extract_article(html)
    if page is None or not page.text.strip():
        return None
    if word_count(page.text) < KEEP_SHARE * prose_words(selection) and not is_page(html):
        return None
    title = pasted_headline(page.title, html)
    opening, _, rest = page.text.strip().partition("\n")
    if (opening.strip() != title and not has_h1(html) and opening.strip() in h2s(html)
            and _headline_like(opening.strip()) and rest.strip()
            and alnum_key(title) not in alnum_key(page.text)):
        # A page without an h1, its headline an h2 opening the body: the extractor's title
        # was another heading's, a sidebar's (zaol.hu), which the article does not show.
        title = opening.strip()
        page = dataclasses.replace(page, title=title, text=rest.strip())
    if (word_count(title) <= LOGO_WORDS and not dense_chars(title)
            and _headline_like(opening.strip()) and rest.strip()):
        # The page's only h1 is its logo ("POLITICO"); the body opens with the headline.
        title = opening.strip()
        page = dataclasses.replace(page, title=title, text=rest.strip())
    return PageText(page.text, title, page.author, page.source, page.published)


LOGO_WORDS = 2
HEADLINE_WORDS = (4, 25)


def _headline_like(line: str) -> bool:
    """Return True for a line that reads as a headline: a few words, no sentence's end, no
    date ("11.09.2011, 16:20 von jovelstefan" under a blog post's two-word h1 is its date
    and byline, not the headline under a logo)."""
    return (HEADLINE_WORDS[0] <= word_count(line) <= HEADLINE_WORDS[1]
            and line[:1].isalnum() and not dense_chars(line)
            and not line.rstrip("\"'”’»").endswith((".", ":", ";", ","))
            and find_date(line, day_first=True) is None)
