"""Word .docx to text with python-docx, after checking the zip for bombs and damage."""

from __future__ import annotations

import io
import zipfile

from inbrief.core.errors import FileTooLarge, InBriefError, UnsupportedFile

# Author names Word and python-docx put in documents nobody signed.
_DEFAULT_AUTHORS = {"python-docx", "microsoft office user", "administrator", "user", "author"}
_TITLE_STYLES = ("title", "heading 1", "titre", "titel", "título")


def check_zip(data: bytes, name: str, *, max_uncompressed: int, max_ratio: float) -> None:
    """Raise UnsupportedFile or FileTooLarge unless ``data`` is a sane Word document archive.

    zipfile never inflates a member past its declared size (the CRC check fails instead),
    so the declared sizes are a trustworthy bound on what reading will cost.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as error:
        raise UnsupportedFile(
            f"“{name}” is damaged or is not a Word document (.docx), and cannot be read."
        ) from error
    names = {member.filename for member in members}
    if "word/document.xml" not in names:
        raise UnsupportedFile(
            f"“{name}” is a zip archive but not a Word document (.docx); InBrief cannot read it."
        )
    limit_mb = max_uncompressed / 1_000_000
    total = sum(member.file_size for member in members)
    if total > max_uncompressed:
        raise FileTooLarge(
            f"“{name}” would expand to {total / 1_000_000:,.0f} MB; InBrief opens Word documents "
            f"that expand to at most {limit_mb:,.0f} MB."
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        # Small members may compress very well legitimately; only large ones are suspect.
        if member.file_size > 1_000_000 and ratio > max_ratio:
            raise FileTooLarge(
                f"“{name}” looks like a zip bomb: one part expands {ratio:,.0f} times (the limit "
                f"is {max_ratio:,.0f} times). InBrief did not open it."
            )


def _is_title_style(paragraph: object) -> bool:
    """Return True when a python-docx paragraph uses a Title or Heading 1 style."""
    style = getattr(paragraph, "style", None)
    style_name = (getattr(style, "name", "") or "").strip().lower()
    return style_name in _TITLE_STYLES


def read_docx(
    data: bytes, name: str, *, max_uncompressed: int, max_ratio: float
) -> tuple[str, str, str]:
    """Return ``(text, title, author)`` of a .docx file, or raise one of our errors."""
    check_zip(data, name, max_uncompressed=max_uncompressed, max_ratio=max_ratio)
    try:
        import docx
        from docx.table import Table

        document = docx.Document(io.BytesIO(data))
        blocks: list[tuple[str, bool]] = []  # (text, uses a title style)
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                for row in item.rows:
                    cells: list[str] = []
                    for cell in row.cells:
                        text = " ".join(cell.text.split())
                        if text and (not cells or cells[-1] != text):  # merged cells repeat
                            cells.append(text)
                    if cells:
                        blocks.append(("; ".join(cells), False))
            else:
                text = item.text.strip()
                if text:
                    # Only the opening paragraph can be the title; looking up every paragraph's
                    # style scans all styles each time (20,000 paragraphs took 7 s).
                    blocks.append((text, not blocks and _is_title_style(item)))
        properties = document.core_properties
        title = (properties.title or "").strip()
        author = (properties.author or "").strip()
    except InBriefError:
        raise
    except Exception as error:  # python-docx and lxml raise many kinds on damaged files
        raise UnsupportedFile(
            f"“{name}” is damaged or is not a valid Word document, and cannot be read."
        ) from error
    if author.lower() in _DEFAULT_AUTHORS:
        author = ""
    if blocks and blocks[0][1]:
        # The opening Title/Heading paragraph is the title, not body text.
        heading = blocks.pop(0)[0]
        title = title or heading
    elif blocks and title and blocks[0][0] == title:
        blocks.pop(0)
    return "\n\n".join(text for text, _ in blocks), title, author
