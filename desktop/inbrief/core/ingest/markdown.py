"""Markdown to readable plain text: markup stripped, first heading as the title."""

from __future__ import annotations

import re

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.DOTALL)
_FRONT_TITLE = re.compile(r"^title:\s*[\"']?(.*?)[\"']?\s*$", re.MULTILINE | re.IGNORECASE)
_FRONT_AUTHOR = re.compile(r"^author:\s*[\"']?(.*?)[\"']?\s*$", re.MULTILINE | re.IGNORECASE)
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:\s*\1){2,}\s*$")
_REF_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+.*$")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_QUOTE = re.compile(r"^ {0,3}(>\s?)+")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?")

_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto|ftp):[^>\s]+)>")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--.*?-->")
_CODE = re.compile(r"`+([^`]+?)`+")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
_EM_UNDERSCORE = re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def _inline(text: str) -> str:
    """Return one line of Markdown with inline markup removed."""
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    text = _CODE.sub(r"\1", text)
    for _ in range(2):  # nested emphasis such as ***both***
        text = _STRONG.sub(r"\2", text)
        text = _EM_STAR.sub(r"\1", text)
        text = _EM_UNDERSCORE.sub(r"\1", text)
    text = _STRIKE.sub(r"\1", text)
    text = _ESCAPE.sub(r"\1", text)
    return text.strip()


def _table_row(line: str) -> str:
    """Return a table row as its cells joined by semicolons."""
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    return "; ".join(cell for cell in cells if cell)


def markdown_to_text(markdown: str) -> tuple[str, str, str]:
    """Return ``(text, title, author)`` for normalised Markdown source.

    The title is the front-matter title or the first heading; a heading that opens the
    document is removed from the text because it becomes the title.
    """
    title = author = ""
    front = _FRONT_MATTER.match(markdown)
    if front:
        found = _FRONT_TITLE.search(front.group(1))
        title = _inline(found.group(1)) if found else ""
        found = _FRONT_AUTHOR.search(front.group(1))
        author = found.group(1).strip() if found else ""
        markdown = markdown[front.end() :]

    lines = markdown.split("\n")
    blocks: list[str] = []  # output lines; "" separates paragraphs
    in_fence = False
    for number, raw in enumerate(lines):
        if _FENCE.match(raw):
            in_fence = not in_fence
            blocks.append("")
            continue
        if in_fence:
            continue  # code listings are not prose to summarise
        line = _QUOTE.sub("", raw)
        following = lines[number + 1] if number + 1 < len(lines) else ""
        heading = _ATX.match(line)
        setext = line.strip() and _SETEXT.match(following) and not _BULLET.match(line)
        if heading is None and setext and not _RULE.match(line):
            # "Title\n=====": a heading whose underline line is blanked out here.
            heading_text = _inline(line)
            if not title and not any(blocks):
                title = heading_text
            else:
                title = title or heading_text
                blocks.extend(["", heading_text, ""])
            lines[number + 1] = ""
            continue
        if heading is not None:
            heading_text = _inline(heading.group(2))
            if heading_text:
                if not title and not any(blocks):
                    title = heading_text
                else:
                    if not title:
                        title = heading_text
                    blocks.extend(["", heading_text, ""])
            continue
        if _RULE.match(line) or _REF_DEFINITION.match(line) or _TABLE_SEPARATOR.match(line):
            blocks.append("")
            continue
        if not line.strip():
            blocks.append("")
            continue
        if line.lstrip().startswith("|") and line.rstrip().endswith("|"):
            blocks.extend([_table_row(_inline(line)), ""])
            continue
        bullet = _BULLET.match(line)
        if bullet:
            # A list item is its own paragraph so items are not glued into one sentence.
            blocks.extend(["", _inline(line[bullet.end() :]), ""])
            continue
        text = _inline(line)
        if text:
            blocks.append(text)
    paragraphs: list[str] = []
    current: list[str] = []
    for block in blocks + [""]:
        if block:
            current.append(block)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    return "\n\n".join(paragraphs), title, author
