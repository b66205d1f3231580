"""The digest as one PDF: a cover page across the articles, then each article's one-page brief.

The cover fits on one page (fewer timeline rows and names, shorter gists, smaller type, step by
step, as the brief does); each timeline row and article title links to that article's page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtGui import QFont, QPainter, QTextDocument

from inbrief.core.brief import Brief
from inbrief.core.errors import InBriefError
from inbrief.export.content import ellipsize, now_label, version_label
from inbrief.export.digest import Digest, article_line, build_digest, gist_text
from inbrief.export.fonts import register_fonts, text_families
from inbrief.export.layout import ACCENT, INK, MUTED, RULE, esc
from inbrief.export.pdf import (
    PAPERS,
    RESOLUTION,
    BriefPage,
    ensure_gui_app,
    paint_size,
    pdf_writer,
    with_info,
)

ANCHOR_PREFIX = "page-"  # <a name="page-3-..."> marks a row linked to page 3 (1-based)


@dataclass(frozen=True)
class CoverFit:
    """How much of the digest the cover shows, and how large."""

    font_pt: float = 9.5
    gist_chars: int | None = 260
    title_chars: int = 140
    names: int = 14
    timeline: int = 24
    text_chars: int = 170
    articles: int = 40


def _steps() -> list[CoverFit]:
    steps = [CoverFit()]

    def add(**changes: object) -> None:
        steps.append(replace(steps[-1], **changes))  # type: ignore[arg-type]

    add(timeline=18, names=10)
    add(font_pt=8.5, gist_chars=200)
    add(timeline=12, names=8, text_chars=130)
    add(font_pt=7.5, gist_chars=140, title_chars=100)
    add(timeline=8, names=6, text_chars=100)
    add(gist_chars=90, timeline=5, names=4, title_chars=80)
    add(gist_chars=0, timeline=3, names=3, articles=30)
    add(font_pt=7.0, timeline=0, names=0, articles=24, title_chars=70)
    return steps


def _pages(numbers: Sequence[int]) -> str:
    """Return article numbers as the cover shows them: "#2, #5"."""
    return ", ".join(f"#{n}" for n in numbers)


def cover_html(digest: Digest, fit: CoverFit, families: str, now: dt.datetime | None) -> str:
    """Return the cover page's HTML for ``fit``."""
    size = fit.font_pt
    cell = "padding: 2px 6px 2px 0; vertical-align: top;"
    head = (f'<p style="font-size: {size * 0.8:.1f}pt; color: {ACCENT}; font-weight: 700; '
            'letter-spacing: 1px; margin-top: 10px; margin-bottom: 3px;">{}</p>')
    parts = [
        f'<p style="font-size: {max(size * 2, 15):.1f}pt; font-weight: 700; color: {INK}; '
        f'margin: 0;">{esc(digest.title)}</p>',
        f'<p style="font-size: {size * 0.82:.1f}pt; color: {MUTED}; margin-top: 2px;">'
        f"{esc(version_label())} · generated {esc(now_label(now))} · one page per article "
        f"follows</p>",
        f'<hr style="background-color: {RULE};" />',
        head.format("ARTICLES"),
    ]
    rows = []
    shown = digest.articles[: fit.articles]
    for article in shown:
        page = article.number + 1
        line = article_line(article)
        gist = gist_text(article, fit.gist_chars) if fit.gist_chars != 0 else ""
        rows.append(
            f'<tr><td style="{cell} color: {MUTED};"><a name="{ANCHOR_PREFIX}{page}-t">'
            f"#{article.number}</a></td><td style=\"{cell}\">"
            f'<span style="font-weight: 700; color: {INK};">'
            f"{esc(ellipsize(article.title, fit.title_chars))}</span>"
            + (f'<br/><span style="color: {MUTED}; font-size: {size * 0.85:.1f}pt;">'
               f"{esc(line)} · page {page}</span>" if line else
               f'<br/><span style="color: {MUTED}; font-size: {size * 0.85:.1f}pt;">'
               f"page {page}</span>")
            + (f"<br/>{esc(gist)}" if gist else "")
            + "</td></tr>"
        )
    parts.append(f'<table cellspacing="0" width="100%">{"".join(rows)}</table>')
    if len(digest.articles) > len(shown):
        more = len(digest.articles) - len(shown)
        parts.append(f'<p style="color: {MUTED};">…and {more} more, one page each.</p>')
    if digest.shared_names and fit.names:
        parts.append(head.format("NAMES IN MORE THAN ONE ARTICLE"))
        names = "; ".join(
            f"<b>{esc(ellipsize(s.name, 50))}</b> "
            f'<span style="color: {MUTED};">({_pages(s.articles)})</span>'
            for s in digest.shared_names[: fit.names]
        )
        extra = len(digest.shared_names) - fit.names
        parts.append(f"<p style=\"margin-top: 0;\">{names}"
                     + (f' <span style="color: {MUTED};">and {extra} more</span>'
                        if extra > 0 else "") + "</p>")
    if digest.timeline and fit.timeline:
        parts.append(head.format("TIMELINE"))
        rows = []
        for number, row in enumerate(digest.timeline[: fit.timeline]):
            page = row.articles[0] + 1
            rows.append(
                f'<tr><td style="{cell} font-weight: 700; white-space: nowrap;">'
                f'<a name="{ANCHOR_PREFIX}{page}-d{number}">{esc(row.when)}</a></td>'
                f'<td style="{cell}">{esc(ellipsize(row.text, fit.text_chars))}</td>'
                f'<td style="{cell} color: {MUTED}; white-space: nowrap;">'
                f"{_pages(row.articles)}</td></tr>"
            )
        parts.append(f'<table cellspacing="0" width="100%">{"".join(rows)}</table>')
        extra = len(digest.timeline) - fit.timeline
        if extra > 0:
            parts.append(f'<p style="color: {MUTED};">…and {extra} more dates in the '
                         "articles' pages.</p>")
    return (f'<div style="font-family: {families}; font-size: {size:.1f}pt; color: {INK};">'
            + "".join(parts) + "</div>")


class DigestPdf:
    """The digest laid out: the fitted cover, then a BriefPage per article."""

    def __init__(self, briefs: Sequence[Brief], paper: str = "a4",
                 summary_sentences: int | None = None, now: dt.datetime | None = None) -> None:
        if not briefs:
            raise InBriefError("a digest needs at least one article")
        if paper not in PAPERS:
            raise InBriefError(f"unknown paper size {paper!r}; use a4 or letter")
        ensure_gui_app()
        register_fonts()
        self.digest = build_digest(briefs)
        self.paper = paper
        self.now = now or dt.datetime.now().astimezone()
        self._buffer, self.writer = pdf_writer(paper)
        self.width, self.height = paint_size(self.writer)
        codes = dict.fromkeys(b.language.code for b in briefs)
        chain = dict.fromkeys(f for code in codes for f in text_families(code))
        self.families = ", ".join(f"'{family}'" for family in chain)
        self.cover, self.fit = self._fit_cover()
        self.pages = [BriefPage(b, paper, summary_sentences, self.now) for b in briefs]

    def _document(self, html: str) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.writer)
        doc.setDocumentMargin(0)
        font = QFont()
        font.setFamilies(list(dict.fromkeys(f.strip("'") for f in self.families.split(", "))))
        doc.setDefaultFont(font)
        doc.setHtml(html)
        doc.setTextWidth(self.width)
        return doc

    def _fit_cover(self) -> tuple[QTextDocument, CoverFit]:
        steps = _steps()
        doc = None
        for fit in steps:
            doc = self._document(cover_html(self.digest, fit, self.families, self.now))
            if doc.size().height() <= self.height:
                return doc, fit
        assert doc is not None
        return doc, steps[-1]  # the smallest: what does not fit is cut at the page's end

    def links(self) -> list[tuple[tuple[float, float, float, float], int]]:
        """Return the cover's links: (rectangle in PDF points, target page index 0-based)."""
        layout = self.cover.documentLayout()
        margins = self.writer.pageLayout().marginsPixels(RESOLUTION)
        full = self.writer.pageLayout().fullRectPixels(RESOLUTION)
        to_pt = 72 / RESOLUTION
        blocks = []
        block = self.cover.begin()
        while block.isValid():
            names = [n for it in block  # type: ignore[attr-defined]
                     for n in it.fragment().charFormat().anchorNames()]
            blocks.append((block, layout.blockBoundingRect(block), names))
            block = block.next()
        found = []
        for index, (_block, rect, names) in enumerate(blocks):
            target = next((n for n in names if n.startswith(ANCHOR_PREFIX)), None)
            if target is None:
                continue
            page = int(target[len(ANCHOR_PREFIX):].split("-")[0])
            bottom = rect.bottom()
            for _other, other_rect, other_names in blocks[index + 1:]:
                if other_names or abs(other_rect.top() - rect.top()) > 2:
                    break
                bottom = max(bottom, other_rect.bottom())  # the row's other cells
            top_pt = full.height() - (margins.top() + rect.top())
            bottom_pt = full.height() - (margins.top() + bottom)
            found.append(((margins.left() * to_pt, bottom_pt * to_pt,
                           (margins.left() + self.width) * to_pt, top_pt * to_pt), page - 1))
        return found

    def pdf_bytes(self) -> bytes:
        """Return the digest as a finished PDF file."""
        writer = self.writer
        writer.setTitle(self.digest.title)
        writer.setCreator(version_label())
        painter = QPainter()
        if not painter.begin(writer):
            raise InBriefError("the PDF could not be started")
        self.cover.drawContents(painter)
        for page in self.pages:
            writer.newPage()
            page.paint(painter)
        painter.end()
        self._buffer.close()
        return self._finish(bytes(self._buffer.data().data()))

    def _finish(self, data: bytes) -> bytes:
        titles = "; ".join(a.title for a in self.digest.articles)
        info = {"/Title": self.digest.title, "/Subject": ellipsize(titles, 400)}
        return with_info(data, info, self.links())


def render_digest_pdf(briefs: Sequence[Brief], *, paper: str = "a4",
                      summary_sentences: int | None = None,
                      now: dt.datetime | None = None) -> bytes:
    """Return the digest of ``briefs`` as PDF bytes: a cover, then one page per brief."""
    return DigestPdf(briefs, paper, summary_sentences, now).pdf_bytes()
