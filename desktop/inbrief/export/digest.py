"""A digest of several articles: what they share (names, one timeline) and each one's gist.

The cross-article part is built here, independent of format: the PDF (digest_pdf.py) and the
Markdown below read the same Digest. A sentence that says the same thing in several articles
(wire copy run by two papers, a quote repeated) is shown once, with every article it is in.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from inbrief.core.brief import Brief, DateMention, Sentence
from inbrief.core.dates.timex import chronological_key, parse_timex
from inbrief.export.content import (
    brief_title,
    date_context,
    ellipsize,
    format_date_value,
    format_iso_date,
    now_label,
    version_label,
)
from inbrief.export.markdown import md_escape, to_markdown

_WORD = re.compile(r"\w+")
SAME_SHARE = 0.75  # of the shorter sentence's words found in the other: they say the same
MIN_WORDS = 4  # sentences this short are never merged (too little to tell)


@dataclass(frozen=True)
class DigestArticle:
    number: int  # 1-based, the order given; its brief is page number + 1 of the PDF
    brief: Brief
    title: str
    gist: str  # one sentence; "" when its best sentences all repeat an earlier article's
    same_as: tuple[int, ...] = ()  # articles whose gist says what this one's best sentence says


@dataclass(frozen=True)
class SharedName:
    name: str
    type: str
    articles: tuple[int, ...]  # article numbers, in order
    mentions: int


@dataclass(frozen=True)
class TimelineRow:
    value: str  # TIMEX3
    when: str  # as people read it
    text: str  # the sentence around the date
    articles: tuple[int, ...]  # the first one is the row's link


@dataclass(frozen=True)
class Digest:
    articles: tuple[DigestArticle, ...]
    shared_names: tuple[SharedName, ...]
    timeline: tuple[TimelineRow, ...]

    @property
    def title(self) -> str:
        return f"Digest of {len(self.articles)} article{'s' * (len(self.articles) != 1)}"


def _words(text: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in _WORD.findall(text))


def same_statement(a: str, b: str) -> bool:
    """Return True when two sentences say the same thing: most of the shorter one's words
    are in the other (case, punctuation and word order aside)."""
    left, right = _words(a), _words(b)
    shorter = min(len(left), len(right))
    if shorter < MIN_WORDS:
        return " ".join(a.casefold().split()) == " ".join(b.casefold().split())
    return len(left & right) >= SAME_SHARE * shorter


def _ranked(brief: Brief) -> list[Sentence]:
    pool = brief.sentences or brief.summary
    return sorted(pool, key=lambda s: (s.rank, s.index))


def _gists(briefs: Sequence[Brief]) -> list[tuple[str, tuple[int, ...]]]:
    """Return each article's gist: its best sentence unless an earlier gist says the same,
    then its next best (up to its third); else "" and the articles it repeats."""
    chosen: list[tuple[str, tuple[int, ...]]] = []
    for brief in briefs:
        ranked = _ranked(brief)
        same: tuple[int, ...] = ()
        gist = ""
        for sentence in ranked[:3]:
            repeats = tuple(n for n, (other, _s) in enumerate(chosen, 1)
                            if other and same_statement(sentence.text, other))
            if not repeats:
                gist = sentence.shown
                break
            if not same:
                same = repeats
        chosen.append((gist, same))
    return chosen


def _name_keys(name: str, aliases: Sequence[str]) -> set[str]:
    """Return the forms that identify a name across articles: the name and its aliases of
    two words or more (a surname alone could be another person)."""
    keys = {" ".join(name.casefold().split())}
    keys.update(" ".join(a.casefold().split()) for a in aliases if len(a.split()) > 1)
    return keys


def shared_names(briefs: Sequence[Brief]) -> tuple[SharedName, ...]:
    """Return the names found in more than one article, most articles first."""
    groups: list[dict[str, object]] = []
    by_key: dict[str, int] = {}
    for number, brief in enumerate(briefs, 1):
        for entity in brief.entities:
            keys = _name_keys(entity.name, entity.aliases)
            index = next((by_key[k] for k in keys if k in by_key), None)
            if index is None:
                index = len(groups)
                groups.append({"name": entity.name, "type": entity.type, "articles": [],
                               "mentions": 0})
            group = groups[index]
            articles = group["articles"]
            assert isinstance(articles, list)
            if number not in articles:
                articles.append(number)
            group["mentions"] = int(str(group["mentions"])) + entity.count
            if len(entity.name) > len(str(group["name"])):
                group["name"] = entity.name
            for key in keys:
                by_key.setdefault(key, index)
    shared = [
        SharedName(str(g["name"]), str(g["type"]), tuple(g["articles"]),  # type: ignore[arg-type]
                   int(str(g["mentions"])))
        for g in groups if len(g["articles"]) > 1  # type: ignore[arg-type]
    ]
    shared.sort(key=lambda s: (-len(s.articles), -s.mentions, s.name.casefold()))
    return tuple(shared)


def _datable(mention: DateMention) -> bool:
    """Return True for a date that has a place in a calendar (not "now", "in the past")."""
    parsed = parse_timex(mention.value)
    return parsed is not None and parsed.ref is None and parsed.first_day() is not None


def merged_timeline(briefs: Sequence[Brief], context: int | None = 160) -> tuple[TimelineRow, ...]:
    """Return every article's dates in calendar order; a sentence that says the same in
    several articles, or holds several dates, is one row (at its first date) naming them all."""
    rows: list[tuple[tuple[object, ...], list[str], str, list[int]]] = []
    mentions = sorted(
        ((chronological_key(m.value), number, m.start, brief, m)
         for number, brief in enumerate(briefs, 1) for m in brief.dates if _datable(m)),
        key=lambda item: item[:3])
    for key, number, _start, brief, mention in mentions:
        text = date_context(brief, mention, context)
        for _key, values, other, articles in rows:
            if same_statement(text, other):
                if mention.value not in values:
                    values.append(mention.value)
                if number not in articles:
                    articles.append(number)
                break
        else:
            rows.append((key, [mention.value], text, [number]))
    return tuple(
        TimelineRow(values[0], "; ".join(format_date_value(v) for v in values), text,
                    tuple(sorted(articles)))
        for _key, values, text, articles in rows
    )


def build_digest(briefs: Sequence[Brief]) -> Digest:
    """Return the digest of ``briefs`` (in the order given)."""
    gists = _gists(briefs)
    articles = tuple(
        DigestArticle(n, brief, brief_title(brief), gist, same)
        for n, (brief, (gist, same)) in enumerate(zip(briefs, gists, strict=True), 1)
    )
    return Digest(articles, shared_names(briefs), merged_timeline(briefs))


def article_line(article: DigestArticle) -> str:
    """Return "source · 3 Mar 2025" of an article ("" when neither is known)."""
    brief = article.brief
    parts = [p for p in (brief.source, format_iso_date(brief.published)) if p]
    return " · ".join(parts)


def gist_text(article: DigestArticle, limit: int | None = None) -> str:
    """Return the gist to show, or where the same was said."""
    if article.gist:
        return ellipsize(article.gist, limit)
    numbers = ", ".join(str(n) for n in article.same_as)
    return f"Says what article {numbers} says." if numbers else "No sentences."


# ----------------------------------------------------------------------------- Markdown


def _anchor(number: int) -> str:
    return f"article-{number}"


def _refs(numbers: Sequence[int]) -> str:
    return ", ".join(f"[{n}](#{_anchor(n)})" for n in numbers)


def to_markdown_digest(briefs: Sequence[Brief], *, summary_sentences: int | None = None,
                       now: dt.datetime | None = None) -> str:
    """Return the digest as one Markdown document: the cover, then each article's brief."""
    digest = build_digest(briefs)
    lines = [f"# {digest.title}", "", f"*{version_label()} · generated {now_label(now)}*", "",
             "## Articles", ""]
    for article in digest.articles:
        line = article_line(article)
        link = f"[{md_escape(article.title)}](#{_anchor(article.number)})"
        lines.append(f"{article.number}. **{link}**" + (f" — {md_escape(line)}" if line else "")
                     + f"  \n   {md_escape(gist_text(article))}")
    if digest.shared_names:
        lines += ["", "## Names in more than one article", ""]
        lines += [f"- {md_escape(s.name)} — articles {_refs(s.articles)}"
                  for s in digest.shared_names]
    if digest.timeline:
        lines += ["", "## Timeline", ""]
        lines += [f"- **{md_escape(row.when)}** — {md_escape(row.text)} ({_refs(row.articles)})"
                  for row in digest.timeline]
    for article in digest.articles:
        body = to_markdown(article.brief, summary_sentences, now=now)
        # Each brief's headings one level down, under the article's own anchor.
        body = re.sub(r"^(#+) ", r"#\1 ", body.split("\n", 1)[1], flags=re.MULTILINE)
        lines += ["", "---", "", f'<a id="{_anchor(article.number)}"></a>',
                  f"## {article.number}. {md_escape(article.title)}", "", body.strip("\n")]
    return "\n".join(lines).rstrip("\n") + "\n"
