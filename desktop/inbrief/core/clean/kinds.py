"""Why cleaning dropped a line: menu, notice, caption, comments, related list, footer, metadata."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Mapping

from inbrief.core.clean.alternations import by_first_letter
from inbrief.core.clean.counts import more_words_than, word_count
from inbrief.core.clean.rules import RELATED_HEADINGS, SECTION_LABEL, SENTENCE_END, is_caption
from inbrief.core.textmap import Removed, RemovedKind, TextMap

# A footer line opens with a copyright, or names a footer link anywhere. Two patterns, one
# matched at the start and one searched, with one "\b" before the links: four times faster to
# search than one pattern with a "^" and a "\b" tried at every position.
_FOOTER_OPENING = re.compile(r"(?:©|\(c\)\s+\d{4}|copyright\b)", re.IGNORECASE)
# The searched patterns below look ahead for the letters their words open with first: the re
# module tries each word of a case-insensitive alternation in turn at every position, the
# look-ahead turns most positions away at their letter (a dropped line is searched in a third
# of the time). A word added must open with a letter of its look-ahead:
# tests/core/clean/test_look_aheads.py checks.
_FOOTER_LINK = re.compile(
    r"(?=[acimpst])(?:\b(?:all rights reserved|privacy (?:policy|notice)"
    r"|terms (?:of (?:use|service)|(?:and|&) conditions)|contact us|about us"
    r"|imprint|impressum|mentions légales|aviso legal|sitemap)\b"
    r"|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados)",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"^(?:media caption|image caption|image source|video caption|photo(?:graph)?s?\b|picture\b"
    r"|image\b|illustration\b|caption\b|credits?\b|file photo\b|foto\b|bild\b|imagen\b|watch\b"
    r"|video\b|play video\b)|\b(?=[ags])(?:getty images|shutterstock|ap photo|afp via getty)\b",
    re.IGNORECASE,
)
_NOTICE = re.compile(
    r"\b(?=[aceflmnprstw])"
    r"(?:cookies?|consent|privacy settings|accept all|reject all|manage (?:preferences"
    r"|settings)|newsletters?|subscribe|subscription|sign up|signup|register|advert\w*"
    r"|sponsored|promoted|anzeige|werbung|publicité|publicidad|share|sharing|tweet|facebook"
    r"|twitter|whatsapp|linkedin|pinterest|e-?mail|copy link|follow us|follow on|print"
    r"|listen to|min(?:ute)?s? read|abonn\w*|suscr\w*|partager|teilen|compartir)\b",
    re.IGNORECASE,
)
# The headings' words are grouped by first letter (see alternations: the re module compares a
# line with each word in turn otherwise, a hundred of them with the other languages'
# headings); tests/core/clean/test_alternations.py checks they match what they matched.
RELATED_WORDS = (
    r"related\b|more (?:on|from|about|stories|news)\b|most (?:read"
    r"|popular|viewed|shared)\b|recommended\b|trending\b|read (?:more|also|next)\b|see also\b"
    r"|you (?:may|might) also like\b|top stories\b|editor'?s picks\b|lire aussi\b|à lire aussi\b"
    r"|voir aussi\b|lesen sie auch\b|mehr zum thema\b|lee también\b|noticias relacionadas\b"
    rf"|te puede interesar\b|(?:{RELATED_HEADINGS})(?!\w)"
)
_RELATED = re.compile(
    rf"^[\s#•*+]*(?:\(BUTTON\)\s*)?(?:{by_first_letter([RELATED_WORDS])})", re.IGNORECASE)
COMMENT_WORDS = (
    r"comments?|responses?|replies|reader comments"
    r"|discussion|leave a (?:comment|reply)|post a comment|add (?:a|your) comment"
    r"|join the (?:conversation|discussion)|view comments|show comments|kommentare?|commentaires?"
    r"|comentarios?|comentários?|commenti|коммент\w*|コメント|评论|評論|التعليقات|تعليقات"
)
_COMMENTS = re.compile(
    rf"^[\s#•*+]*(?:\(BUTTON\)\s*)?(?:\d+\s+)?(?:{by_first_letter([COMMENT_WORDS])})"
    r"\s*(?:\(\d+\)|\d+)?[\s:»›>]*$",
    re.IGNORECASE,
)
_MENU = re.compile(
    r"^(?:skip to\b|(?:open |main )?menu$|search$|sign in$|log ?in$|home$|close$"
    r"|toggle navigation$|back to top$|navigation\b)"
    r"|\s(?:»|›|>|/|\|)\s|^\s*(?:[•◦▪□■●○◆►▸·*+-]\s|\(BUTTON\)|\[)",
    re.IGNORECASE,
)
MENU_WORDS = 8  # a dropped line this short without a sentence's end is a menu item or link


def furniture_kind(line: str) -> RemovedKind:
    """Return what kind of page furniture the dropped ``line`` most likely is."""
    text = line.strip()
    if not text:
        return "blank"
    if _COMMENTS.match(text):
        return "comments"
    if _FOOTER_OPENING.match(text) or _FOOTER_LINK.search(text):
        return "footer"
    if is_caption(text) or _CAPTION.search(text):
        return "caption"
    if _RELATED.match(text):
        return "related"
    if not more_words_than(text, 40) and _NOTICE.search(text):  # the count stops at 41 words
        return "notice"
    if _MENU.search(text) or SECTION_LABEL.match(text):
        return "menu"
    short = word_count(text) <= MENU_WORDS and not text.endswith(SENTENCE_END)
    return "menu" if short else "other"


def line_kinds(lines: list[str], drop: set[int], known: Mapping[int, RemovedKind]
               ) -> dict[int, RemovedKind]:
    """Return the kind of each dropped line: ``known`` where the dropping rule said why,
    else from the line's words; below the first kept line, menu-like lines under a "Comments"
    or "Related" heading (up to the next kept line) take that heading's kind."""
    kinds: dict[int, RemovedKind] = {}
    furniture: dict[str, RemovedKind] = {}  # furniture_kind of each line: menus repeat
    section: RemovedKind | None = None
    body = False  # a kept line seen: above it, "Comments" is a link in a menu
    for index, line in enumerate(lines):
        if index not in drop:
            if line.strip():
                section, body = None, True
            continue
        kind = known.get(index)
        if kind is None:
            if line not in furniture:
                furniture[line] = furniture_kind(line)
            kind = furniture[line]
        if kind == "comments" and not body:
            kind = "menu"
        elif kind in ("comments", "related") and index not in known and body:
            section = kind
        elif kind in ("menu", "other") and section is not None:
            kind = section
        kinds[index] = kind
    return kinds


def removed_spans(given: str, text_map: TextMap, kinds: Mapping[int, RemovedKind]
                  ) -> tuple[Removed, ...]:
    """Return the removed spans of ``text_map`` (offsets into ``given``) cut at line ends, each
    with the kind of the line it lies in (a line left out whole, its newline with it): blank
    lines and the whitespace of kept lines are "blank", a line with no recorded kind "other";
    neighbours of one kind joined."""
    starts = [0, *itertools.accumulate(len(line) + 1 for line in given.split("\n")[:-1])]
    # (start, end, kind) of each span, made Removed at the end: a span grows a line at a time,
    # and a frozen dataclass made again for each line cost a sixth of the function's time.
    result: list[tuple[int, int, RemovedKind]] = []
    line = 0
    # Where the line last looked at has its text (None: a blank line), worked out once a line:
    # a long line with many marks left out of it (Markdown's) was sliced again for each.
    seen, text_start = -1, None
    for start, end in text_map.removed:
        position = start
        while position < end:
            # The line ``position`` lies in (the last line starting at or before it), looked
            # up past the kept lines, not stepped through them.
            line = bisect.bisect_right(starts, position, line) - 1
            line_end = starts[line + 1] if line + 1 < len(starts) else len(given)
            stop = min(end, line_end)
            piece = given[position:stop]
            if line != seen:
                text = given[starts[line] : line_end]
                stripped = text.lstrip()
                text_start = starts[line] + len(text) - len(stripped) if stripped.strip() else None
                seen = line
            # Where the line's text starts: a gap from there on left the whole line out.
            whole = text_start is not None and start <= text_start
            kind: RemovedKind
            if text_start is None or not (piece.strip() or whole):
                kind = "blank"
            else:
                kind = kinds.get(line, "other")
            if result and result[-1][1] == position and result[-1][2] == kind:
                result[-1] = (result[-1][0], stop, kind)
            else:
                result.append((position, stop, kind))
            position = stop
    return tuple(Removed(start, end, kind) for start, end, kind in result)
