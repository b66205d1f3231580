"""Text a page shows twice in a row: a gallery's picture text and its caption."""

from __future__ import annotations

import re
from collections import deque

from inbrief.core.clean.rules import SENTENCE_END


def repeated_lines(texts: list[str]) -> tuple[set[int], set[int]]:
    """Return the first and the last lines of the runs of lines shown twice in a row (a
    gallery's picture text and caption, printed without a blank line between them), when the
    first line of the run has 40 characters or more and the first copy is whole (ends where
    the second starts or at a blank line). ``texts``: the lines, each stripped."""
    starts: set[int] = set()
    ends: set[int] = set()
    recent: deque[int] = deque(maxlen=3)  # the last non-empty lines before ``index``
    copied_to = -1  # the last line of the copy found last
    for index, text in enumerate(texts):
        if not text:
            continue
        if len(text) >= 40 and index > copied_to:
            for other in reversed(recent):  # the nearest copy first
                if texts[other] != text:
                    continue
                size = 1
                while (other + size < index and index + size < len(texts)
                       and texts[other + size]
                       and texts[other + size] == texts[index + size]):
                    size += 1
                if other + size < index and texts[other + size]:
                    break  # only the opening is the same: a caption and the lead sentence
                starts.update((other, index))
                ends.update((other + size - 1, index + size - 1))
                copied_to = index + size - 1
                break
        recent.append(index)
    return starts, ends


# A gallery prints a picture's text and its caption as one paragraph: the same words twice.
MIN_DOUBLED_WORDS = 8
MIN_CREDITED_DOUBLED_WORDS = 3
MIN_TRIPLED_WORDS = 4  # words of a passage written three times in a row
_TRAILING_CREDIT = re.compile(r"\s+\([^()]{2,60}\)$")
DOUBLED_OPENING = 20
# A label (a few words, no sentence) shown this many times on a page is a gallery's title
# under each picture; an interview's questions, asked of each guest, end as sentences do.
MIN_COPIES = 3
MAX_LABEL_WORDS = 14


def doubled(text: str) -> bool:
    """Return True when ``text`` is one passage of MIN_DOUBLED_WORDS words or more written
    twice in a row ("Ships wait off the port. Ships wait off the port."; of MIN_TRIPLED_WORDS
    or more written three times: a card's picture name, title and caption), or of a few words
    with a credit after it ("Dig a hole. Dig a hole. (Ana Ruiz)": a text browser prints an
    image's alternative text before its caption)."""
    if _said_twice(text, MIN_DOUBLED_WORDS):
        return True
    # The credit closes the text (``$`` also matches before a last newline): looked for only then.
    credit = _TRAILING_CREDIT.search(text) if text.endswith((")", ")\n")) else None
    return credit is not None and _said_twice(text[: credit.start()], MIN_CREDITED_DOUBLED_WORDS)


def _said_twice(text: str, least: int) -> bool:
    """Return True when ``text`` is one passage of ``least`` words or more written twice or
    three times (a picture's name, its title and its caption)."""
    # Its opening shown again past its first quarter: looked for first, the words only then.
    if text.find(text[:DOUBLED_OPENING], len(text) // 4) < 0:
        return False
    words = text.split()
    for times in (2, 3):
        part = len(words) // times
        fewest = least if times == 2 else min(least, MIN_TRIPLED_WORDS)
        if part >= fewest and len(words) == part * times and all(
                words[:part] == words[part * n : part * (n + 1)] for n in range(1, times)):
            return True
    # Twice whole and more, the last time cut short, in a word too (a card's picture name,
    # title and link: "How to Build ... Portfolio How to Build ... Portfolio How to Build ...
    # In"): past two whole passages, the words go on repeating it to the end.
    last = len(words) - 1
    for part in range(min(least, MIN_TRIPLED_WORDS), last // 2 + 1):
        if (words[part] == words[0] and words[part:last] == words[: last - part]
                and words[last - part].startswith(words[last])):
            return True
    return False


def repeated_blocks(texts: list[str]) -> set[int]:
    """Return the blocks shown twice within three blocks (a gallery's picture text and its
    caption: an article does not say the same thing twice in a row), a block that says one
    passage twice, and a label of two to MAX_LABEL_WORDS words with no sentence's end shown
    MIN_COPIES times or more on the page (a gallery's title under each picture)."""
    found: set[int] = set()
    copies: dict[str, list[int]] = {}
    for index, text in enumerate(texts):
        if (" " in text and text.count(" ") < 2 * MAX_LABEL_WORDS
                and len(text.split()) <= MAX_LABEL_WORDS
                and not text.endswith(SENTENCE_END)):
            copies.setdefault(text, []).append(index)
        if len(text) < 40:
            continue
        if doubled(text):
            found.add(index)
        for other in range(max(0, index - 3), index):
            if texts[other] == text:
                found.update((other, index))
    for indices in copies.values():
        if len(indices) >= MIN_COPIES:
            found.update(indices)
    return found
