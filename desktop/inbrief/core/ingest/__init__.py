"""Path, bytes or pasted text to an Article: format sniffing, encodings and size limits."""

from __future__ import annotations

import dataclasses
import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inbrief.core.article import Article
from inbrief.core.errors import (
    EmptyText,
    FileTooLarge,
    FileUnreadable,
    InBriefError,
    UnsupportedFile,
)
from inbrief.core.ingest.text import (
    decode_as,
    detect_text,
    normalize_text,
    repair_encoding,
    repair_note,
)

if TYPE_CHECKING:
    from inbrief.core.ingest.html import PageText

# The readers of each format are imported when a file of that format comes (a plain text
# file needs none of them).
MAX_FILE_BYTES = 50_000_000  # any input file
MAX_TEXT_CHARS = 10_000_000  # decoded text, pasted or from a file (a long book is ~3 million)
MAX_PDF_PAGES = 500
PDF_TIME_LIMIT = 60.0  # seconds of text extraction before giving up
MAX_DOCX_UNCOMPRESSED = 200_000_000  # bytes all members of a .docx may expand to
MAX_DOCX_RATIO = 200.0  # expansion ratio of one large member; real Word XML stays under ~30
MAX_HTML_CHARS = 20_000_000  # web pages bigger than this are not articles
MAX_HTML_DEPTH = 200  # deeper pages skip the parser (lxml stops at 256 without a word)

FORMATS = ("text", "markdown", "html", "pdf", "docx", "stdin")

_MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd", ".mkdn"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_MESSAGE_SUFFIXES = {".mhtml", ".mht", ".eml"}
_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
                         re.I | re.S)
_HTML_INSIDE = re.compile(r"<(?:html|head|body)\b[^>]*>", re.I)
# The element marked as the publication date, with its date: '<time datetime="2020-02-19T14:
# 20:25Z" itemprop="datePublished">'.
_MARKED_DATE_TAG = re.compile(r"<[^<>]*\bitemprop=[\"']?datePublished\b[^<>]*>", re.I)
_MARKED_DATE = re.compile(r"\b(?:datetime|content)=[\"']?(\d{4}-\d{2}-\d{2})", re.I)


def _marked_date(markup: str) -> str | None:
    """Return the day of the first element ``markup`` marks as the publication date."""
    tag = _MARKED_DATE_TAG.search(markup)
    found = _MARKED_DATE.search(tag.group()) if tag else None
    return found.group(1) if found else None
_MIME_HEADER = re.compile(  # header lines (folded ones too) up to a MIME-Version line
    rb"\A(?:[A-Za-z-]+:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*)*?MIME-Version:", re.I
)
# Binary formats people may try; naming them makes the message useful.
_KNOWN_BINARY: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0", "an old Word (.doc) or Office file; save it as .docx"),
    (b"{\\rtf", "a Rich Text (.rtf) file; save it as .docx or plain text"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "a program"),
)


def _display_name(file_name: str) -> str:
    """Return the name used in messages."""
    return os.path.basename(file_name) or "the input"


def megabytes(size: float) -> str:
    """Return a byte count as megabytes for messages: "50 MB", "0.002 MB"."""
    return f"{size / 1_000_000:,.3g} MB" if size < 1e9 else f"{size / 1_000_000:,.0f} MB"


def _too_large(size: int, name: str) -> FileTooLarge:
    """Return the error for a file over MAX_FILE_BYTES, stating the limit in MB."""
    # A stream is read only to one byte past the limit, so its true size is unknown.
    what = f"more than {megabytes(MAX_FILE_BYTES)}" if size == MAX_FILE_BYTES + 1 else (
        megabytes(size))
    return FileTooLarge(
        f"“{name}” is {what}; InBrief reads files of up to {megabytes(MAX_FILE_BYTES)}."
    )


def _one_line(value: str) -> str:
    """Return a metadata value on one line with single spaces, in NFC."""
    return " ".join(normalize_text(value).split())


def _finish(
    text: str,
    name: str,
    fmt: str,
    file_name: str,
    *,
    title: str = "",
    author: str = "",
    source: str = "",
    published: str | None = None,
    notes: tuple[str, ...] = (),
) -> Article:
    """Return the Article for extracted text after normalising it and checking its size."""
    what = f"“{name}”" if file_name else "The text"
    if len(text) > MAX_TEXT_CHARS:
        raise FileTooLarge(
            f"{what} holds {len(text):,} characters of text; InBrief reads up to "
            f"{MAX_TEXT_CHARS:,} characters."
        )
    text, repaired, example = repair_encoding(text)
    if repaired:
        notes = (*notes, repair_note(f"“{name}”" if file_name else "the text", repaired, example))
    text = normalize_text(text)
    if not text:
        raise EmptyText(f"{what} contains no text to analyse.")
    return Article(
        text=text,
        title=_one_line(repair_encoding(title)[0]),
        source=_one_line(source),
        author=_one_line(repair_encoding(author)[0]),
        published=published,
        file_name=os.path.basename(file_name),
        format=fmt,
        notes=notes,
    )


def _from_page(page: PageText, name: str, file_name: str, fmt: str = "html") -> Article:
    """Return the Article for an extracted web page."""
    return _finish(page.text, name, fmt, file_name, title=page.title, author=page.author,
                   source=page.source, published=page.published)


def _html_article(html: str, name: str, file_name: str, fmt: str = "html") -> Article:
    """Return the Article for HTML source after the size check."""
    from inbrief.core.ingest.html import read_html
    from inbrief.core.ingest.html_authors import is_outlet

    if len(html) > MAX_HTML_CHARS:
        raise FileTooLarge(
            f"“{name}” is a web page of {len(html) / 1_000_000:,.1f} million characters; "
            f"InBrief reads pages of up to {MAX_HTML_CHARS / 1_000_000:,.0f} million."
        )
    page = read_html(html, max_depth=MAX_HTML_DEPTH)
    if page.author and is_outlet(page.author):
        # Only a publisher or agency in the markup (SZ's meta author "Süddeutsche.de GmbH"):
        # the writer the page shows under its headline ("Von Markus Balser, Berlin").
        from inbrief.core.ingest.paste import shown_byline, visible_text

        shown = shown_byline(visible_text(html), page.title)
        if shown and not is_outlet(shown):
            page = dataclasses.replace(page, author=shown)
    return _from_page(page, name, file_name, fmt)


def _message_article(data: bytes, name: str, file_name: str) -> Article:
    """Return the Article of a web archive (its page) or an e-mail (its text, subject, sender)."""
    from inbrief.core.ingest.email import read_message

    parts = read_message(data, name)
    if parts.html is not None and (parts.is_archive or parts.text is None):
        article = _html_article(parts.html, name, file_name)
    else:
        article = load_text(parts.text or "", file_name=file_name)
    if parts.is_archive:
        return article
    # An e-mail's headers are better metadata than anything guessed from its body.
    return dataclasses.replace(
        article,
        title=parts.subject or article.title,
        author=parts.sender or article.author,
        published=parts.date or article.published,
    )


def looks_like_html(text: str) -> bool:
    """Return True when text starts like an HTML document or has its structural tags."""
    head = text[:4096]
    return bool(_HTML_START.match(head)) or len(_HTML_INSIDE.findall(head)) >= 2


def _decoded_article(
    data: bytes, name: str, file_name: str, suffix: str, encoding: str | None
) -> Article:
    """Return the Article of a text, Markdown or HTML file: decoded with ``encoding`` when
    given, else detected, with a note when the detected code page is a guess."""
    from inbrief.core.ingest.codepages import encoding_name

    note = ""
    declared = None
    if suffix in _HTML_SUFFIXES and not encoding:
        from inbrief.core.ingest.html import declared_codec

        declared = declared_codec(data)
    if encoding:
        text = decode_as(data, encoding, name)
    elif declared:
        text, encoding = data.decode(declared), declared
    else:
        guess = detect_text(data, name)
        text, encoding = guess.text, guess.encoding
        if guess.unsure:
            note = (
                f"InBrief guessed that “{name}” is in {encoding_name(encoding)}. If letters "
                "look wrong, choose its encoding with File ▸ Reopen with Encoding… "
                "(--encoding on the command line)."
            )
    if suffix in _HTML_SUFFIXES or looks_like_html(text):
        article = _html_article(text, name, file_name)
    else:
        fmt = "markdown" if suffix in _MARKDOWN_SUFFIXES else "text"
        article = load_text(text, file_name=file_name, fmt=fmt)
    notes = (*article.notes, note) if note else article.notes  # a repair's note kept
    return dataclasses.replace(article, encoding=encoding, notes=notes)


def load_bytes(
    data: bytes, file_name: str = "", *, encoding: str | None = None,
    password: str | None = None,
) -> Article:
    """Return the Article in ``data``, sniffing the format from its content and ``file_name``.

    ``encoding`` (a codec name) reads a text, Markdown or HTML file in that encoding instead
    of detecting it; PDF, Word and e-mail files ignore it. ``password`` opens an encrypted
    PDF (EncryptedPdf says when one is needed or wrong).
    """
    name = _display_name(file_name)
    suffix = Path(file_name).suffix.lower()
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(len(data), name)
    if not data.strip():
        raise EmptyText(f"“{name}” is empty." if file_name else "There is no text to analyse.")

    # Some PDF writers put a few bytes before the header; text merely quoting it is not a PDF.
    if data.lstrip().startswith(b"%PDF-") or (suffix == ".pdf" and b"%PDF-" in data[:1024]):
        from inbrief.core.ingest.pdf import read_pdf

        pdf = read_pdf(data, name, max_pages=MAX_PDF_PAGES, time_limit=PDF_TIME_LIMIT,
                       password=password)
        return _finish(pdf.text, name, "pdf", file_name, title=pdf.title, author=pdf.author,
                       notes=pdf.notes)
    if data.startswith(b"PK\x03\x04") or suffix == ".docx":
        from inbrief.core.ingest.docx import read_docx

        text, title, author = read_docx(data, name, max_uncompressed=MAX_DOCX_UNCOMPRESSED,
                                        max_ratio=MAX_DOCX_RATIO)
        return _finish(text, name, "docx", file_name, title=title, author=author)
    if suffix == ".pdf":
        raise UnsupportedFile(f"“{name}” is not a valid PDF (it does not start like one).")
    for magic, what in _KNOWN_BINARY:
        if data.startswith(magic):
            raise UnsupportedFile(f"“{name}” is {what}; InBrief cannot read it.")
    if suffix in _MESSAGE_SUFFIXES or _MIME_HEADER.match(data[:4096]):
        return _message_article(data, name, file_name)

    return _decoded_article(data, name, file_name, suffix, encoding)


def load_path(
    path: str | os.PathLike[str], *, encoding: str | None = None, password: str | None = None
) -> Article:
    """Return the Article in the file at ``path``; errors name the file and the reason.

    ``encoding`` and ``password``: as for load_bytes.
    """
    file = Path(path)
    name = file.name or str(path)
    try:
        if file.is_dir():
            raise FileUnreadable(f"“{name}” is a folder, not a file.")
        status = file.stat()
        if not stat.S_ISREG(status.st_mode):
            # A pipe or device would block or never end; stdin has its own path ("-").
            raise FileUnreadable(f"“{name}” is not a regular file (a pipe or device?).")
        size = status.st_size
        if size > MAX_FILE_BYTES:
            raise _too_large(size, name)
        with file.open("rb") as stream:
            # One byte over the limit is enough to notice a file that grew since stat().
            data = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as error:
        raise FileUnreadable(f"“{name}” does not exist (looked for {file}).") from error
    except PermissionError as error:
        raise FileUnreadable(f"“{name}” cannot be read: permission denied.") from error
    except IsADirectoryError as error:
        raise FileUnreadable(f"“{name}” is a folder, not a file.") from error
    except OSError as error:
        raise FileUnreadable(f"“{name}” cannot be read: {error.strerror or error}.") from error
    return load_bytes(data, str(path), encoding=encoding, password=password)


def load_text(text: str, *, file_name: str = "", fmt: str = "text") -> Article:
    """Return the Article for already decoded text (pasted, stdin, or a decoded file).

    ``fmt`` is text, markdown, html or stdin. Piped web pages are recognised and extracted.
    """
    if fmt not in ("text", "markdown", "html", "stdin"):
        raise ValueError(f"load_text cannot read format {fmt!r}")
    name = _display_name(file_name)
    if len(text) > MAX_TEXT_CHARS:
        what = f"“{name}”" if file_name else "The text"
        raise FileTooLarge(
            f"{what} is {len(text):,} characters long; InBrief reads up to "
            f"{MAX_TEXT_CHARS:,} characters."
        )
    text = text.lstrip("\ufeff")
    if fmt == "html" or (fmt == "stdin" and looks_like_html(text)):
        return _html_article(text, name, file_name, fmt)
    title = author = ""
    if fmt == "markdown":
        from inbrief.core.ingest.markdown import markdown_to_text

        text, title, author = markdown_to_text(normalize_text(text))
    return _finish(text, name, fmt, file_name, title=title, author=author)


def load_paste(text: str, html: str | None = None) -> Article:
    """Return the Article of a paste or drop: the article in its HTML flavour, read as a saved
    page is (headline, byline and date on top of the body), or the selection as plain text
    when there is no HTML or extraction would keep much less than the selection's prose.

    ``text`` is the plain-text flavour ("" when the clipboard has none).
    """
    from inbrief.core.ingest.html import DATE_MARKUP
    from inbrief.core.ingest.html_authors import is_outlet
    from inbrief.core.ingest.paste import article_text, clipboard_html, read_paste, visible_text

    markup = clipboard_html(html or "")
    if not markup.strip():
        return load_text(text)
    if len(markup) > MAX_HTML_CHARS:
        if text.strip():
            return load_text(text)  # the browser's own rendering is there: no need to parse
        raise FileTooLarge(
            f"The pasted web page is {len(markup) / 1_000_000:,.1f} million characters of "
            f"HTML; InBrief reads pages of up to {MAX_HTML_CHARS / 1_000_000:,.0f} million."
        )
    selection = text if text.strip() else visible_text(markup)
    page = read_paste(markup, selection, max_depth=MAX_HTML_DEPTH)
    if page is None:
        return load_text(selection)
    shown_day = year = None
    heads: list[Article | None] = []

    def selection_head() -> Article | None:
        """The selection's plain text cleaned: the head the browser shows (read once)."""
        if not heads:
            heads.append(_cleaned(selection) if selection.strip() else None)
        return heads[0]

    if page.published is not None:
        # A copied page has no <head>: the extractor's date is then the oldest of its time
        # elements, a sidebar's teaser's as well ("Most read": yesterday's story). The element
        # marked as the publication date comes first, else the date shown in the article's
        # head as the browser's text has it.
        marked = _marked_date(markup)
        if marked is None and not DATE_MARKUP.search(markup) and (head := selection_head()):
            marked = head.published
        if marked is not None:
            page = dataclasses.replace(page, published=marked)
    if page.published is None and (head := selection_head()) is not None:
        # A copied page has no <head>: its date may be only in the text the browser shows
        # ("Associated Press November 19, 2019, 9:02 AM" under the headline), or its day
        # without the year ("Posted Nov 19, 6:51 AM"), and its year only in its footer
        # ("© 2019 Elwyn Gazette"), which the article read from the HTML leaves out.
        import datetime as dt

        from inbrief.core.reference import copyright_year

        published, shown_day = head.published, head.shown_day
        page = dataclasses.replace(page, published=published)
        year = copyright_year(selection, dt.date.today())
    if (not page.author or is_outlet(page.author) or _named_far_down(page.author, selection)) and (
            head := selection_head()) is not None and head.author:
        # No byline the markup marks (Time's), only an agency's letters (Libération's "AFP"),
        # or a teaser's byline far down the page (Página 12's): the writer the browser's text
        # shows under the headline.
        page = dataclasses.replace(page, author=head.author)
    # The head shown above the body says the date and byline the Brief uses (the date the
    # page marks as its publication's, not the extractor's first guess).
    page = dataclasses.replace(page, text=article_text(page))
    article = _from_page(page, "the pasted page", "")
    return dataclasses.replace(article, shown_day=shown_day, copyright_year=year)


def _named_far_down(author: str, selection: str) -> bool:
    """Return True when the writer ``author`` names is not in the first fifth of the text the
    browser shows (``selection``): a teaser's byline lower down, not the article's."""
    surname = author.split(";")[0].split()[-1] if author.split() else ""
    return bool(surname) and surname not in selection[: max(2000, len(selection) // 5)]


def _cleaned(selection: str) -> Article | None:
    """Return a paste's plain text cleaned (its publication date, the day it shows without a
    year, its byline), or None when it cannot be read."""
    from inbrief.core.clean import clean_article

    try:
        return clean_article(load_text(selection)).article
    except (InBriefError, ValueError):
        return None


def __getattr__(name: str) -> Any:
    if name == "decode_html":  # benches call ingest.decode_html
        from inbrief.core.ingest.html import decode_html

        return decode_html
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
