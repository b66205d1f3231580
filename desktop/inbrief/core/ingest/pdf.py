"""PDF to text with pypdf: page and time limits, hard-wrapped lines joined into paragraphs."""

from __future__ import annotations

import io
import logging
import re
import statistics
import time
from collections import Counter

from inbrief.core.errors import (
    EncryptedPdf,
    FileTooLarge,
    InBriefError,
    NoTextInPdf,
    UnsupportedFile,
)

_SENTENCE_END = tuple(".!?:;\"'”’»)]…。！？")
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\s*$", re.IGNORECASE)
_HYPHENATED = re.compile(r"[^\W\d_][-\u00ad]$")
_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+(?=[\s.,;:!?)]|$)")
_LAST_WORD = re.compile(r"[^\W\d_]+$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
_LIST_ITEM = re.compile(r"^\s*(?:[-•*–]|\d{1,3}[.)])\s+")
_JUNK_METADATA = re.compile(
    r"^(untitled|microsoft word - .*|document\d*|.*\.(docx?|pdf|odt))$", re.IGNORECASE
)


def _drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Return the pages without page numbers and headers/footers repeated on most pages."""
    counts: Counter[str] = Counter()
    for lines in pages:
        edges = {line.strip() for line in lines[:2] + lines[-2:] if line.strip()}
        counts.update(edges)
    threshold = max(3, (len(pages) + 1) // 2)
    running = {line for line, count in counts.items() if count >= threshold}
    return [
        [line for line in lines if line.strip() not in running and not _PAGE_NUMBER.match(line)]
        for lines in pages
    ]


def join_lines(pages: list[str]) -> str:
    """Return page texts joined into paragraphs: hard wraps undone, line-end hyphens removed.

    A line ends its paragraph when it is followed by a blank line, when the next line is a
    list item, or when it ends a sentence and is clearly shorter than a full line.
    """
    split_pages = _drop_running_lines([page.split("\n") for page in pages])
    lines = [line.strip() for page in split_pages for line in page]
    # Compounds written with a hyphen elsewhere in the document keep it when split at a line end.
    compounds = {word.casefold() for word in _COMPOUND.findall("\n".join(lines))}
    lengths = [len(line) for line in lines if len(line) > 20]
    full_width = statistics.median(lengths) if lengths else 60.0
    paragraphs: list[str] = []
    current = ""
    for index, line in enumerate(lines):
        if not line:
            if current:
                paragraphs.append(current)
                current = ""
            continue
        if not current:
            current = line
        elif _HYPHENATED.search(current) and line[:1].islower():
            left = _LAST_WORD.search(current[:-1])
            right = _FIRST_WORD.match(line)
            compound = f"{left.group(0) if left else ''}-{right.group(0) if right else ''}"
            if current.endswith("-") and compound.casefold() in compounds:
                current = current + line  # "well-\nknown" where "well-known" occurs elsewhere
            else:
                current = current[:-1] + line  # "sea-\nwall" was one word split by the layout
        else:
            current = f"{current} {line}"
        following = lines[index + 1] if index + 1 < len(lines) else ""
        ends_sentence = line.endswith(_SENTENCE_END)
        short = len(line) < 0.8 * full_width
        if (
            (ends_sentence and short)
            or _LIST_ITEM.match(following)
            # a heading: a half-width line without final punctuation
            or (len(line) < 0.5 * full_width and not ends_sentence and following[:1].isupper()
                and not line.endswith((",", "-")))
        ):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def _clean_metadata(value: object) -> str:
    """Return a metadata string unless it is empty or a meaningless default."""
    text = str(value or "").strip()
    return "" if _JUNK_METADATA.match(text) else text


def read_pdf(
    data: bytes, name: str, *, max_pages: int, time_limit: float
) -> tuple[str, str, str]:
    """Return ``(text, title, author)`` of a PDF, or raise one of our errors."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    # pypdf logs a warning for every small defect it repairs; the user cannot act on them.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    started = time.monotonic()
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                # Many PDFs have an empty user password and only restrict printing or editing.
                opened = bool(reader.decrypt(""))
            except (DependencyError, NotImplementedError):
                opened = False
            if not opened:
                raise EncryptedPdf(
                    f"“{name}” is password protected. Open it in a PDF viewer, save or print an "
                    "unprotected copy, and load that instead."
                )
        count = len(reader.pages)
        if count > max_pages:
            raise FileTooLarge(
                f"“{name}” has {count} pages; InBrief reads PDFs of up to {max_pages} pages. "
                "Extract the pages of the article and load those."
            )
        texts: list[str] = []
        for number, page in enumerate(reader.pages, start=1):
            texts.append(page.extract_text() or "")
            if time.monotonic() - started > time_limit:
                raise FileTooLarge(
                    f"Reading “{name}” took longer than {time_limit:.0f} seconds (stopped at "
                    f"page {number} of {count}); the PDF is too complex to read."
                )
        info = reader.metadata
        title = _clean_metadata(info.get("/Title") if info else None)
        author = _clean_metadata(info.get("/Author") if info else None)
    except InBriefError:
        raise
    except FileNotDecryptedError as error:
        raise EncryptedPdf(f"“{name}” is password protected.") from error
    except Exception as error:  # pypdf raises many kinds of errors on damaged files
        raise UnsupportedFile(
            f"“{name}” is damaged or is not a valid PDF, and cannot be read."
        ) from error
    if sum(len(text.strip()) for text in texts) < 20:
        raise NoTextInPdf(
            f"“{name}” has no text to read; it looks like scanned images. Run it through "
            "OCR (text recognition) first, then load the result."
        )
    return join_lines(texts), title, author
