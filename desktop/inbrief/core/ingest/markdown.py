"""Markdown to readable plain text: markup stripped, first heading as the title."""

from __future__ import annotations

import re

from inbrief.core.markdown_syntax import (
    CODE,
    EMPHASIS,
    ESCAPE,
    FENCE,
    IMAGE,
    LINK,
    QUOTE,
    REF_DEFINITION,
    REF_LINK,
    RULE,
    SETEXT,
    STRIKE,
    TABLE_SEPARATOR,
)

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.DOTALL)
_FRONT_TITLE = re.compile(r"^title:\s*[\"']?(.*?)[\"']?\s*$", re.MULTILINE | re.IGNORECASE)
_FRONT_AUTHOR = re.compile(r"^author:\s*[\"']?(.*?)[\"']?\s*$", re.MULTILINE | re.IGNORECASE)
_ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?")
_AUTOLINK = re.compile(r"<((?:https?|mailto|ftp):[^>\s]+)>")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--.{0,2000}?-->")


def _inline(text: str) -> str:
    """Return one line of Markdown with inline markup removed."""
    text = IMAGE.sub("", text)
    text = LINK.sub(r"\2", text)
    text = REF_LINK.sub(r"\2", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    text = CODE.sub(r"\2", text)
    for _ in range(2):  # nested emphasis such as ***both***
        for pattern in EMPHASIS:
            text = pattern.sub(r"\2", text)
    text = STRIKE.sub(r"\2", text)
    text = ESCAPE.sub(r"\2", text)
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
        if FENCE.match(raw):
            in_fence = not in_fence
            blocks.append("")
            continue
        if in_fence:
            continue  # code listings are not prose to summarise
        line = QUOTE.sub("", raw)
        following = lines[number + 1] if number + 1 < len(lines) else ""
        heading = _ATX.match(line)
        setext = line.strip() and SETEXT.match(following) and not _BULLET.match(line)
        if heading is None and setext and not RULE.match(line):
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
        if RULE.match(line) or REF_DEFINITION.match(line) or TABLE_SEPARATOR.match(line):
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
