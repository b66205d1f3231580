"""PDF to text with pypdf: passwords, page and time limits, reading order, unreadable pages.

Each page is read with pypdf's layout mode (real glyph positions on a text grid), so
columns are read one after the other and running headers, footers and page numbers can be
recognised by where they sit (pdf_layout.py); the lines then become paragraphs with the
paper's front matter set aside (pdf_text.py, pdf_front.py).
"""

from __future__ import annotations

import importlib.util
import io
import logging
import re
import time
from dataclasses import dataclass
from typing import Any

from inbrief.core.errors import (
    EncryptedPdf,
    FileTooLarge,
    InBriefError,
    NoTextInPdf,
    UnsupportedFile,
)
from inbrief.core.ingest.pdf_front import author_line, split_front_matter
from inbrief.core.ingest.pdf_layout import drop_furniture, reading_order
from inbrief.core.ingest.pdf_notes import blank_footnotes, footnote_lines
from inbrief.core.ingest.pdf_text import (
    RIGHT_TO_LEFT,
    clean_metadata,
    garbage_share,
    join_lines,
    logical_order,
    plain_letters,
)

# Shares of letters in mixed-script words: real text measures 0.00 on every page of the
# evaluation PDFs, pages set in fonts without a ToUnicode map 0.24-0.83.
GARBAGE_SHARE = 0.15
_DAMAGE = re.compile(
    r"xref|trailer|decompress|EOF|stream|corrupt|repair|reconstruct|damaged|object \d+ \d+",
    re.IGNORECASE,
)


_REFERENCES = re.compile(
    r"^(?:[\dIVX]+\.?\s+)?(?:references|bibliography|works cited|literature cited|literatur"
    r"|références|bibliographie|referencias|bibliografía|riferimenti bibliografici)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PdfText:
    """What a PDF yields: the text in reading order, its metadata and notes for the user."""

    text: str
    title: str = ""
    author: str = ""
    notes: tuple[str, ...] = ()


class _Repairs(logging.Handler):
    """Collects the defects pypdf reports while it works around them."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _right_to_left(text: str) -> bool:
    """Return True when most letters of a text are Arabic or Hebrew."""
    letters = [c for c in text if c.isalpha()]
    return sum(RIGHT_TO_LEFT.match(c) is not None for c in letters) > len(letters) / 2


def _page_rows(page: Any, footnotes: bool = True) -> list[str]:
    """Return a page's text rows, from layout mode when it works, else plain extraction.

    Layout mode places glyphs left to right as drawn: a page of Arabic or Hebrew is read
    backwards, line by line (logical_order). (Plain extraction keeps the letters of a word in
    order but its words, and the runs around numbers, in the order the PDF draws them: often
    from the left, "العربية الخطوط انواع".)
    """
    try:
        text = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # layout mode fails on some fonts that plain extraction reads
        text = ""
    if not any(c.isalnum() for c in text):
        text = page.extract_text() or ""
    elif _right_to_left(text):
        text = "\n".join(logical_order(row) for row in text.split("\n"))
    rows = plain_letters(text).split("\n")
    if not footnotes:
        return rows
    try:
        notes = footnote_lines(page)
    except Exception:  # the footnote finder is a refinement: never let it lose the page
        notes = []
    return blank_footnotes(rows, notes)


def _readable_rows(rows: list[str]) -> list[str]:
    """Return a page's rows with the lines of glyph garbage on an otherwise readable page
    blanked (a slide's title in a font without a character map)."""
    return ["" if garbage_share(row) > GARBAGE_SHARE else row for row in rows]


def _has_images(page: Any) -> bool:
    """Return True when the page draws at least one image."""
    try:
        return len(page.images) > 0
    except Exception:
        return False


def _page_list(numbers: list[int]) -> str:
    """Return page numbers for a message: "3", "3 and 7", "3, 5 and 7"; long lists cut."""
    shown = [str(n) for n in numbers[:10]]
    if len(numbers) > 10:
        return ", ".join(shown) + " and others"
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def _cannot_decrypt(name: str, protected: bool = False) -> EncryptedPdf:
    """Return the error for encryption pypdf cannot undo without a crypto library (AES);
    ``protected`` when the file also has a password (typing it would not help)."""
    what = (f"“{name}” is password protected and encrypted with AES, which this copy of "
            "InBrief cannot decrypt, even with the password." if protected else
            f"“{name}” uses an encryption method (AES) this copy of InBrief cannot decrypt.")
    return EncryptedPdf(
        f"{what} Open it in a PDF viewer, save an unprotected copy, and load that instead.",
        needs_password=False,
    )


def has_aes_library() -> bool:
    """Return True when a library pypdf decrypts AES with is installed."""
    return any(importlib.util.find_spec(module) for module in ("cryptography", "Crypto"))


def _aes_unreadable(reader: Any) -> bool:
    """Return True when the PDF is encrypted with AES and no library pypdf decrypts AES with
    (cryptography, pycryptodome; neither is bundled) is installed."""
    if has_aes_library():
        return False
    try:
        encrypt = reader.trailer["/Encrypt"].get_object()
        if int(encrypt.get("/V", 0)) >= 5:
            return True
        filters = encrypt.get("/CF")
        filters = filters.get_object() if filters is not None else {}
        return any(str(entry.get_object().get("/CFM")) in ("/AESV2", "/AESV3")
                   for entry in filters.values())
    except Exception:  # a damaged encryption dictionary: let decryption report it
        return False


def _open(data: bytes, name: str, password: str | None) -> Any:
    """Return a PdfReader, decrypted with ``password`` (or the empty one) when encrypted."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    reader = PdfReader(io.BytesIO(data), strict=False)
    if not reader.is_encrypted:
        return reader
    try:
        # Many PDFs have an empty user password and only restrict printing or editing.
        protected = not reader.decrypt("")
        if protected and _aes_unreadable(reader):
            raise _cannot_decrypt(name, protected=True)  # asking for the password is no use
        opened = not protected or bool(password and reader.decrypt(password))
    except (DependencyError, NotImplementedError) as error:
        raise _cannot_decrypt(name) from error
    if opened:
        return reader
    if password:
        raise EncryptedPdf(f"The password for “{name}” is not right.", wrong_password=True)
    raise EncryptedPdf(
        f"“{name}” is password protected: open it with its password (on the command "
        "line: --password PW)."
    )


def _read_pages(reader: Any, name: str, started: float, time_limit: float) -> list[list[str]]:
    """Return every page's text rows, within the time limit."""
    from pypdf.errors import DependencyError

    pages: list[list[str]] = []
    count = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        # Finding footnotes reads each page a second time: a long document that has used a
        # third of the time limit goes on without, rather than run out of time.
        footnotes = time.monotonic() - started < time_limit / 3
        try:
            pages.append(_page_rows(page, footnotes))
        except DependencyError as error:  # AES-encrypted streams without a crypto library
            raise _cannot_decrypt(name) from error
        if time.monotonic() - started > time_limit:
            raise FileTooLarge(
                f"Reading “{name}” took longer than {time_limit:.0f} seconds (stopped at "
                f"page {number} of {count}); the PDF is too complex to read."
            )
    return pages


def read_pdf(
    data: bytes, name: str, *, max_pages: int, time_limit: float, password: str | None = None
) -> PdfText:
    """Return the text, title, author and notes of a PDF, or raise one of our errors."""
    from pypdf.errors import DependencyError

    pypdf_log = logging.getLogger("pypdf")
    # pypdf logs every defect it repairs; the user hears of damage once, in a note.
    pypdf_log.setLevel(logging.WARNING)
    pypdf_log.propagate = False
    repairs = _Repairs()
    pypdf_log.addHandler(repairs)
    started = time.monotonic()
    try:
        reader = _open(data, name, password)
        count = len(reader.pages)
        if count > max_pages:
            raise FileTooLarge(
                f"“{name}” has {count} pages; InBrief reads PDFs of up to {max_pages} pages. "
                "Extract the pages of the article and load those."
            )
        pages = _read_pages(reader, name, started, time_limit)
        info = reader.metadata
        title = clean_metadata(info.get("/Title") if info else None)
        author = clean_metadata(info.get("/Author") if info else None)
        images = not any(any(c.isalnum() for c in "".join(rows)) for rows in pages) and any(
            _has_images(page) for page in reader.pages)
    except InBriefError:
        raise
    except DependencyError as error:  # AES without a crypto library, anywhere in the file
        raise _cannot_decrypt(name) from error
    except Exception as error:  # pypdf raises many kinds of errors on damaged files
        raise UnsupportedFile(
            f"“{name}” is damaged or is not a valid PDF, and cannot be read."
        ) from error
    finally:
        pypdf_log.removeHandler(repairs)
    return _assemble(pages, name, title, author, images, repairs.messages)


def _without_references(pages: list[list[str]]) -> list[list[str]]:
    """Return the pages up to a paper's closing list of references, if there is one.

    The list is cited works, not the article: its author names would crowd the people
    found and its titles the keywords. Only a heading in the second half of the text counts.
    """
    lines = [(p, i) for p, page in enumerate(pages) for i, line in enumerate(page)
             if line.strip()]
    for p, i in reversed(lines[len(lines) // 2:]):
        if _REFERENCES.match(pages[p][i].strip()):
            return [*pages[:p], pages[p][:i]]
    return pages


def _assemble(pages: list[list[str]], name: str, title: str, author: str, images: bool,
              repairs: list[str]) -> PdfText:
    """Return the PdfText of extracted pages: unreadable pages out, furniture and front
    matter set aside, notes on what happened."""
    with_text = [i for i, rows in enumerate(pages) if any(c.isalnum() for c in "".join(rows))]
    if not with_text:
        if images:
            raise NoTextInPdf(
                f"“{name}” has no text to read; it looks like scanned images. Run it through "
                "OCR (text recognition) first, then load the result."
            )
        raise NoTextInPdf(f"“{name}” has no text to read (its pages hold no letters).")
    unreadable = [i for i in with_text if garbage_share("\n".join(pages[i])) > GARBAGE_SHARE]
    if len(unreadable) == len(with_text):
        raise NoTextInPdf(
            f"The text of “{name}” cannot be read: its fonts do not say which letters their "
            "glyphs are, so it comes out as meaningless symbols. Run it through OCR (text "
            "recognition) first, then load the result."
        )
    notes: list[str] = []
    if unreadable:
        numbers = [i + 1 for i in unreadable]
        pages_word = "page" if len(numbers) == 1 else "pages"
        notes.append(
            f"{len(numbers)} {pages_word} could not be read as text (fonts without a usable "
            f"character map) and {'was' if len(numbers) == 1 else 'were'} left out: "
            f"{pages_word} {_page_list(numbers)}."
        )
    if any(_DAMAGE.search(message) for message in repairs):
        notes.append(f"“{name}” is damaged; InBrief read the text it could recover.")
    kept = [_readable_rows(rows) for i, rows in enumerate(pages)
            if i in set(with_text) - set(unreadable)]
    furniture = drop_furniture(kept)
    ordered = [reading_order(rows) for rows in furniture.pages]
    ordered = _without_references(ordered)
    front = split_front_matter(ordered[0])
    ordered[0] = front.lines
    if front.authors:
        author = author_line(front.authors)
    title = title or front.title or furniture.running_title
    return PdfText(join_lines(ordered), title, author, tuple(notes))
