"""The one-page PDF brief: fit the content to one page, paint it with Qt, write atomically."""

from __future__ import annotations

import datetime as dt
import io
import locale
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from inbrief.core.brief import Brief
from inbrief.core.errors import InBriefError
from inbrief.export.atomic import refuse_existing, write_atomic
from inbrief.export.content import brief_title, summary_sentences, version_label
from inbrief.export.fonts import register_fonts, text_families
from inbrief.export.layout import Fit, Page, build_page

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(18, 15, 18, 13)  # left, top, right, bottom
RESOLUTION = 1200  # QPdfWriter's own default; layout happens in these device units
FOOTER_GAP_PT = 8.0
FONT_STEPS = (10.0, 9.5, 9.0, 8.5, 8.0, 7.5)  # 7.5 pt is the readable floor
LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
    QLocale.Country.Philippines, QLocale.Country.Chile, QLocale.Country.Colombia,
    QLocale.Country.Venezuela, QLocale.Country.CostaRica, QLocale.Country.Guatemala,
    QLocale.Country.PuertoRico, QLocale.Country.ElSalvador, QLocale.Country.Nicaragua,
    QLocale.Country.Panama, QLocale.Country.DominicanRepublic,
}  # fmt: skip
LETTER_SUFFIXES = ("_US", "_CA", "_MX", "_PH", "_CL", "_CO", "_VE", "_CR", "_GT", "_PR")

_app: QGuiApplication | None = None


@dataclass(frozen=True)
class PdfResult:
    """What write_pdf produced: always one page, and what it had to leave out."""

    pages: int
    shortened: bool
    font_size: float
    dropped: dict[str, int] = field(default_factory=dict)
    paper: str = "a4"


def ensure_gui_app() -> QGuiApplication:
    """Return the running QGuiApplication, creating an offscreen one for headless use."""
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise RuntimeError("PDF export needs a QGuiApplication, not a QCoreApplication")
        return existing
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["inbrief"])
    return _app


def pdf_writer(paper: str) -> tuple[QBuffer, QPdfWriter]:
    """Return an open buffer and a PDF writer into it: portrait ``paper`` ("a4" or "letter"),
    our margins and resolution (one set-up for the brief and the digest)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait,
                    MARGINS_MM, QPageLayout.Unit.Millimeter)
    )  # fmt: skip
    return buffer, writer


def paint_size(writer: QPdfWriter) -> tuple[float, float]:
    """Return the width and height, in device pixels, of the area inside the margins."""
    rect = writer.pageLayout().paintRectPixels(RESOLUTION)
    return float(rect.width()), float(rect.height())


def default_paper() -> str:
    """Return "letter" for locales that use US Letter, else "a4"."""
    territory = QLocale.system().territory()
    if territory in LETTER_TERRITORIES:
        return "letter"
    if territory not in (None, QLocale.Country.AnyTerritory):
        return "a4"
    # The C/POSIX locale has no territory: ask the environment and the C library.
    for name in ("LC_PAPER", "LC_ALL", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "letter" if value.split(".")[0].endswith(LETTER_SUFFIXES) else "a4"
    current = locale.getlocale()[0] or ""
    return "letter" if current.endswith(LETTER_SUFFIXES) else "a4"


class BriefPage:
    """One laid-out page: the body and footer documents, ready to paint or preview."""

    def __init__(
        self, brief: Brief, paper: str, summary_count: int | None, now: dt.datetime | None = None
    ) -> None:
        ensure_gui_app()
        register_fonts()
        if paper not in PAPERS:
            raise InBriefError(f"unknown paper size {paper!r}; use a4 or letter")
        self.brief = brief
        self.paper = paper
        self.now = now or dt.datetime.now().astimezone()
        self._buffer, self.writer = pdf_writer(paper)
        self.unit = 96 / 72  # Qt's rich text takes CSS px (1/96 inch) and scales them itself
        self.width, self.height = paint_size(self.writer)
        self.summary = summary_sentences(brief, summary_count)
        self.fit, self.page, self.body, self.footer = self._fit()

    # ------------------------------------------------------------------ fitting
    def _document(self, html: str, font_pt: float) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.writer)
        doc.setDocumentMargin(0)
        doc.setIndentWidth(self.unit * 15)  # list indent in CSS px: 15 pt
        option = doc.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        font = QFont()
        font.setFamilies(text_families(self.brief.language.code))
        font.setPointSizeF(font_pt)
        doc.setDefaultFont(font)
        doc.setHtml(html)
        doc.setTextWidth(self.width)
        return doc

    def _try(self, fit: Fit) -> tuple[Page, QTextDocument, QTextDocument] | None:
        """Lay out ``fit``; return the documents when they fit on the page, else None."""
        page = build_page(self.brief, self.summary, fit, self.unit, self.now)
        footer = self._document(page.footer, 7.0)
        body = self._document(page.body, fit.font_pt)
        room = self.height - footer.size().height() - FOOTER_GAP_PT * RESOLUTION / 72
        size = body.documentLayout().documentSize()
        if size.height() <= room and size.width() <= self.width + 1:
            return page, body, footer
        return None

    def _steps(self) -> list[Fit]:
        """Return ever smaller versions of the page, least damage first."""
        b = self.brief
        most = max([len(b.entities_of(k)) for k in ("person", "organization", "place")] + [0])
        full = Fit(len(self.summary), min(8, most), 10, 15, FONT_STEPS[0])
        steps = [full]

        def add(**changes: object) -> None:
            steps.append(steps[-1].with_(**changes))

        add(entities=min(6, full.entities), dates=7, keywords=10)
        add(entities=min(4, full.entities), dates=5)
        for count in range(len(self.summary) - 1, min(3, len(self.summary)) - 1, -1):
            add(summary=count)
        for size in FONT_STEPS[1:]:
            add(font_pt=size)
        add(entities=min(3, full.entities), dates=3, keywords=6)
        # From here on text is cut, and the page says so.
        add(sentence_chars=600, title_chars=200, phrase_chars=90)
        add(sentence_chars=400, title_chars=150)
        add(sentence_chars=260, title_chars=110, name_chars=32, summary=min(2, full.summary))
        add(sentence_chars=160, title_chars=80, phrase_chars=70, entities=min(2, full.entities),
            dates=2, keywords=5)  # fmt: skip
        add(summary=min(1, full.summary), sentence_chars=120, title_chars=60, entities=0,
            dates=0, keywords=0)  # fmt: skip
        return steps

    def _fit(self) -> tuple[Fit, Page, QTextDocument, QTextDocument]:
        steps = self._steps()
        found = self._try(steps[0])
        if found:
            return (steps[0], *found)
        # Binary search for the first step that fits; the last one is tiny and always does.
        lo, hi = 1, len(steps) - 1
        best = self._try(steps[hi])
        if best is None:
            raise InBriefError("the brief could not be laid out on one page")
        while lo < hi:
            mid = (lo + hi) // 2
            found = self._try(steps[mid])
            if found:
                hi, best = mid, found
            else:
                lo = mid + 1
        return (steps[hi], *best)

    # ---------------------------------------------------------------- painting
    def paint(self, painter: QPainter, *, margins: bool = False) -> None:
        """Paint the page's content in device units, from the paint rect's origin.

        A QPdfWriter's painter already starts inside the margins; an image needs ``margins``.
        """
        painter.save()
        if margins:
            offset = self.writer.pageLayout().marginsPixels(RESOLUTION)
            painter.translate(offset.left(), offset.top())
        self.body.drawContents(painter)
        painter.translate(0, self.height - self.footer.size().height())
        self.footer.drawContents(painter)
        painter.restore()

    def to_image(self, dpi: float = 96.0) -> QImage:
        """Return the page rendered as a white image at ``dpi`` (for previews)."""
        full = self.writer.pageLayout().fullRectPixels(RESOLUTION)
        scale = dpi / RESOLUTION
        image = QImage(round(full.width() * scale), round(full.height() * scale),
                       QImage.Format.Format_RGB32)  # fmt: skip
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        self.paint(painter, margins=True)
        painter.end()
        return image

    def pdf_bytes(self) -> bytes:
        """Return the page as a finished PDF file."""
        writer = self.writer
        writer.setTitle(brief_title(self.brief))
        writer.setCreator(version_label())
        if self.brief.author:
            writer.setAuthor(self.brief.author)
        painter = QPainter()
        if not painter.begin(writer):
            raise InBriefError("the PDF could not be started")
        self.paint(painter)
        painter.end()
        self._buffer.close()
        return add_info(bytes(self._buffer.data().data()), self.brief)


def add_info(data: bytes, brief: Brief) -> bytes:
    """Return the PDF with Subject and Keywords added (QPdfWriter sets only title and creator)."""
    subject = f"One-page brief of {brief.file_name or 'a text'}"
    if brief.source:
        subject += f" from {brief.source}"
    return with_info(data, {
        "/Title": brief_title(brief),
        "/Subject": subject,
        "/Keywords": ", ".join(k.text for k in brief.keywords[:20]),
    })  # fmt: skip


def with_info(
    data: bytes, info: dict[str, str],
    links: Sequence[tuple[tuple[float, float, float, float], int]] = (),
) -> bytes:  # fmt: skip
    """Return the PDF ``data`` with the document ``info`` (and our Creator and Producer) and
    ``links`` on its first page: (rectangle in PDF points, target page index 0-based)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Link

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for rect, page in links:
        writer.add_annotation(page_number=0, annotation=Link(rect=rect, target_page_index=page))
    writer.add_metadata({**info, "/Creator": version_label(),
                         "/Producer": f"{version_label()} (Qt)"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def render_brief_document(
    brief: Brief, paper: str = "a4", summary_sentences: int | None = None
) -> BriefPage:
    """Return the laid-out page the PDF would contain (``.to_image()`` for a preview)."""
    return BriefPage(brief, paper, summary_sentences)


def render_pdf(
    brief: Brief,
    *,
    paper: str = "a4",
    summary_sentences: int | None = None,
    now: dt.datetime | None = None,
) -> tuple[bytes, PdfResult]:
    """Return the one-page brief as PDF bytes, and what was fitted."""
    page = BriefPage(brief, paper, summary_sentences, now)
    data = page.pdf_bytes()
    return data, PdfResult(1, page.page.shortened, page.fit.font_pt, dict(page.page.dropped), paper)


def write_pdf(
    brief: Brief,
    path: Path,
    *,
    paper: str = "a4",
    summary_sentences: int | None = None,
    force: bool = False,
    now: dt.datetime | None = None,
) -> PdfResult:
    """Write the one-page brief to ``path`` atomically and return what was fitted."""
    refuse_existing(path, force)  # before the work of fitting the page
    data, result = render_pdf(brief, paper=paper, summary_sentences=summary_sentences, now=now)
    write_atomic(path, data, force=force)
    return result
