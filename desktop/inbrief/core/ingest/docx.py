"""Word .docx to text, after checking the zip for bombs and damage.

The main document part is read with lxml directly rather than through python-docx, which
refuses Strict Office Open XML (what Word writes with "Strict" selected) and leaves out text
in nested tables, text boxes, content controls and tracked insertions. Only the body is read:
headers, footers, footnotes, endnotes and comments live in parts of their own and stay out.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from inbrief.core.errors import FileTooLarge, InBriefError, UnsupportedFile

# Author names Word and python-docx put in documents nobody signed.
_DEFAULT_AUTHORS = {"python-docx", "microsoft office user", "administrator", "user", "author"}
_TITLE_STYLES = ("title", "heading 1", "titre", "titel", "título")
# Transitional and Strict WordprocessingML: the same elements under two namespaces.
_W = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
}
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_MATH = {
    "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "http://purl.oclc.org/ooxml/officeDocument/math",
}
_MAIN_CONTENT_TYPE = "wordprocessingml.document.main+xml"
# Containers whose children are read as if they stood in their place.
# Anything else (deleted text, properties, bookmarks, comment marks) holds no body text.
_TRANSPARENT = {"hyperlink", "ins", "moveTo", "smartTag", "customXml", "fldSimple", "dir", "bdo",
                "sdt", "sdtContent"}
_SENTENCE_END = (".", "!", "?", ":", ";", "…", "。", "！", "？")
# Paragraph styles of table-of-contents entries (Word: "TOC 1", LibreOffice: "Contents 1").
_CONTENTS_STYLES = ("toc ", "contents ", "table of contents")
_LONG_CELL = 150  # characters: a cell this long is prose laid out in a table, not data


@dataclass
class _Block:
    """A paragraph of body text and its style name (lower case)."""

    text: str
    style: str = ""


def _parser() -> etree.XMLParser:
    """Return an XML parser that fetches nothing and expands no entities."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           remove_comments=True, remove_pis=True, huge_tree=False)


def check_zip(data: bytes, name: str, *, max_uncompressed: int, max_ratio: float) -> None:
    """Raise UnsupportedFile or FileTooLarge unless ``data`` is a sane zip archive.

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


def _local(element: etree._Element) -> str:
    """Return the local name of a WordprocessingML element ("" for any other namespace)."""
    tag = element.tag
    if not isinstance(tag, str) or not tag.startswith("{"):
        return ""
    namespace, _, local = tag[1:].partition("}")
    return local if namespace in _W else ""


def _attribute(element: etree._Element, name: str) -> str:
    """Return the w:``name`` attribute of ``element`` in either namespace ("" when absent)."""
    for namespace in _W:
        value = element.get(f"{{{namespace}}}{name}")
        if value is not None:
            return str(value)
    return ""


def _relationships(archive: zipfile.ZipFile, part: str) -> list[tuple[str, str]]:
    """Return (type, target part) of the relationships of ``part`` ("" = the package)."""
    folder, base = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", f"{base}.rels")
    try:
        root = etree.fromstring(archive.read(rels), _parser())
    except (KeyError, etree.XMLSyntaxError):
        return []
    found = []
    for rel in root:
        target = str(rel.get("Target", ""))
        if rel.get("TargetMode") == "External" or not target:
            continue
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
            posixpath.join(folder, target))
        found.append((str(rel.get("Type", "")), path))
    return found


def _main_part(archive: zipfile.ZipFile) -> str | None:
    """Return the name of the main document part (not always word/document.xml)."""
    names = set(archive.namelist())
    for kind, target in _relationships(archive, ""):
        if kind.endswith("/officeDocument") and target in names:
            return target
    try:
        types = etree.fromstring(archive.read("[Content_Types].xml"), _parser())
    except (KeyError, etree.XMLSyntaxError):
        types = None
    for override in types if types is not None else ():
        part = str(override.get("PartName", "")).lstrip("/")
        if _MAIN_CONTENT_TYPE in str(override.get("ContentType", "")) and part in names:
            return part
    return "word/document.xml" if "word/document.xml" in names else None


def _style_names(archive: zipfile.ZipFile, main: str) -> dict[str, str]:
    """Return paragraph style id -> style name (lower case) from the styles part."""
    targets = [t for kind, t in _relationships(archive, main) if kind.endswith("/styles")]
    try:
        root = etree.fromstring(archive.read(targets[0] if targets else "word/styles.xml"),
                                _parser())
    except (KeyError, etree.XMLSyntaxError):
        return {}
    names = {}
    for style in root:
        if _local(style) != "style":
            continue
        for child in style:
            if _local(child) == "name":
                names[_attribute(style, "styleId")] = _attribute(child, "val").strip().lower()
    return names


def _core_properties(archive: zipfile.ZipFile) -> tuple[str, str]:
    """Return (title, author) from the package's core properties."""
    targets = [t for kind, t in _relationships(archive, "") if kind.endswith("/core-properties")]
    try:
        root = etree.fromstring(archive.read(targets[0] if targets else "docProps/core.xml"),
                                _parser())
    except (KeyError, etree.XMLSyntaxError):
        return "", ""
    values = {etree.QName(child).localname: (child.text or "").strip() for child in root
              if isinstance(child.tag, str)}
    return values.get("title", ""), values.get("creator", "")


def _choice(alternate: etree._Element) -> etree._Element | None:
    """Return the first mc:Choice of an mc:AlternateContent (its mc:Fallback repeats it)."""
    for child in alternate:
        if child.tag == f"{{{_MC}}}Choice":
            return child
    return None


def _text_boxes(element: etree._Element) -> Iterator[etree._Element]:
    """Yield the w:txbxContent inside a drawing or picture, skipping mc:Fallback copies."""
    for child in element:
        if child.tag == f"{{{_MC}}}Fallback":
            continue
        if _local(child) == "txbxContent":
            yield child
        else:
            yield from _text_boxes(child)


def _inline(element: etree._Element, out: list[str], boxes: list[etree._Element]) -> None:
    """Append the text of a paragraph's content to ``out``; collect its text boxes."""
    for child in element:
        local = _local(child)
        if local == "r":
            _run(child, out, boxes)
        elif local in _TRANSPARENT:
            _inline(child, out, boxes)
        elif child.tag == f"{{{_MC}}}AlternateContent":
            choice = _choice(child)
            if choice is not None:
                _inline(choice, out, boxes)
        elif isinstance(child.tag, str) and etree.QName(child).namespace in _MATH:
            out.append("".join(child.itertext()))


def _hidden(run: etree._Element) -> bool:
    """Return True when a run is formatted as hidden text."""
    for child in run:
        if _local(child) == "rPr":
            return any(_local(p) in ("vanish", "specVanish") and _attribute(p, "val") not in
                       ("0", "false", "off") for p in child)
    return False


def _run(run: etree._Element, out: list[str], boxes: list[etree._Element]) -> None:
    """Append the text of a run: its text, tabs and breaks, never deleted or field-code text."""
    if _hidden(run):
        return
    for child in run:
        local = _local(child)
        if local == "t":
            out.append(child.text or "")
        elif local in ("tab", "ptab"):
            out.append(" ")
        elif local in ("br", "cr"):
            out.append("\n")
        elif local == "noBreakHyphen":
            out.append("-")
        elif local in ("drawing", "pict", "object") or child.tag == f"{{{_MC}}}AlternateContent":
            boxes.extend(_text_boxes(child))


def _paragraph(paragraph: etree._Element, styles: dict[str, str]) -> list[_Block]:
    """Return a paragraph as a block, followed by the paragraphs of its text boxes."""
    out: list[str] = []
    boxes: list[etree._Element] = []
    _inline(paragraph, out, boxes)
    style = ""
    for child in paragraph:
        if _local(child) == "pPr":
            for prop in child:
                if _local(prop) == "pStyle":
                    style_id = _attribute(prop, "val")
                    style = styles.get(style_id, style_id.lower())
    text = "".join(out).strip()
    blocks = [_Block(text, style)] if text else []
    for box in boxes:
        blocks.extend(_blocks(box, styles))
    return blocks


def _parts(parent: etree._Element, local_name: str) -> Iterator[etree._Element]:
    """Yield the children of ``parent`` named ``local_name`` ("tr" rows of a table, "tc"
    cells of a row), also those inside content controls and custom XML."""
    for child in parent:
        local = _local(child)
        if local == local_name:
            yield child
        elif local in ("sdt", "sdtContent", "customXml"):
            yield from _parts(child, local_name)


def _join_cells(texts: list[str]) -> str:
    """Return a data row's cells as one line: "Tern; 07:00", "Done. Next step"."""
    line = texts[0]
    for text in texts[1:]:
        line += (" " if line.endswith(_SENTENCE_END) else "; ") + text
    return line


def _table(table: etree._Element, styles: dict[str, str]) -> list[_Block]:
    """Return a table row by row: a row of short cells as one line ("Tern; 07:00"); prose laid
    out in a table (a row with one cell, or a long cell) as the paragraphs it holds."""
    blocks: list[_Block] = []
    for row in _parts(table, "tr"):
        cells = [cell for cell in (_blocks(c, styles) for c in _parts(row, "tc")) if cell]
        if not cells:
            continue
        if len(cells) == 1 or any(sum(len(b.text) for b in cell) > _LONG_CELL for cell in cells):
            for cell in cells:
                blocks.extend(cell)
        else:
            texts = [_join_cells([" ".join(b.text.split()) for b in cell]) for cell in cells]
            blocks.append(_Block(_join_cells(texts)))
    return blocks


def _is_contents(sdt: etree._Element) -> bool:
    """Return True when a content control holds a table of contents (its gallery says so)."""
    for element in sdt.iter():
        if _local(element) == "docPartGallery":
            return "table of contents" in _attribute(element, "val").lower()
        if _local(element) == "sdtContent":
            break
    return False


def _blocks(container: etree._Element, styles: dict[str, str]) -> list[_Block]:
    """Return the paragraphs of a body, cell, text box or content control, in order."""
    blocks: list[_Block] = []
    for child in container:
        local = _local(child)
        if local == "p":
            blocks.extend(_paragraph(child, styles))
        elif local == "tbl":
            blocks.extend(_table(child, styles))
        elif local == "sdt" and _is_contents(child):
            continue  # a table of contents Word built: headings with page numbers
        elif local in ("sdt", "sdtContent", "customXml", "ins", "moveTo"):
            blocks.extend(_blocks(child, styles))
        elif child.tag == f"{{{_MC}}}AlternateContent":
            choice = _choice(child)
            if choice is not None:
                blocks.extend(_blocks(choice, styles))
    return blocks


def _body(root: etree._Element) -> etree._Element | None:
    """Return the w:body of a document part."""
    if _local(root) != "document":
        return None
    for child in root:
        if _local(child) == "body":
            return child
    return None


def read_docx(
    data: bytes, name: str, *, max_uncompressed: int, max_ratio: float
) -> tuple[str, str, str]:
    """Return ``(text, title, author)`` of a .docx file, or raise one of our errors."""
    check_zip(data, name, max_uncompressed=max_uncompressed, max_ratio=max_ratio)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            main = _main_part(archive)
            if main is None:
                raise UnsupportedFile(
                    f"“{name}” is a zip archive but not a Word document (.docx); InBrief "
                    "cannot read it."
                )
            body = _body(etree.fromstring(archive.read(main), _parser()))
            if body is None:
                raise UnsupportedFile(
                    f"“{name}” is damaged or is not a valid Word document, and cannot be read."
                )
            styles = _style_names(archive, main)
            blocks = [block for block in _blocks(body, styles)
                      if not block.style.startswith(_CONTENTS_STYLES)]
            title, author = _core_properties(archive)
    except InBriefError:
        raise
    except Exception as error:  # zipfile and lxml raise many kinds on damaged files
        raise UnsupportedFile(
            f"“{name}” is damaged or is not a valid Word document, and cannot be read."
        ) from error
    if author.lower() in _DEFAULT_AUTHORS:
        author = ""
    if blocks and blocks[0].style in _TITLE_STYLES:
        # The opening Title/Heading paragraph is the title, not body text.
        heading = blocks.pop(0).text
        title = title or " ".join(heading.split())
    elif blocks and title and blocks[0].text == title:
        blocks.pop(0)
    return "\n\n".join(block.text for block in blocks), title, author
