"""Text a page shows twice in a row: a gallery's picture text and its caption."""

from __future__ import annotations


def repeated_lines(lines: list[str]) -> tuple[set[int], set[int]]:
    """Return the first and the last lines of the runs of lines shown twice in a row (a
    gallery's picture text and caption, printed without a blank line between them), when the
    first line of the run has 40 characters or more and the first copy is whole (ends where
    the second starts or at a blank line)."""
    starts: set[int] = set()
    ends: set[int] = set()
    recent: list[int] = []  # the last non-empty lines before ``index``
    copied_to = -1  # the last line of the copy found last
    texts = [line.strip() for line in lines]
    for index, text in enumerate(texts):
        if not text:
            continue
        if len(text) >= 40 and index > copied_to:
            for other in reversed(recent):  # the nearest copy first
                if texts[other] != text:
                    continue
                size = 1
                while (other + size < index and index + size < len(lines)
                       and texts[other + size]
                       and texts[other + size] == texts[index + size]):
                    size += 1
                if other + size < index and texts[other + size]:
                    break  # only the opening is the same: a caption and the lead sentence
                starts.update((other, index))
                ends.update((other + size - 1, index + size - 1))
                copied_to = index + size - 1
                break
        recent = [*recent[-2:], index]
    return starts, ends


def repeated_blocks(texts: list[str]) -> set[int]:
    """Return the blocks shown twice within three blocks (a gallery's picture text and its
    caption): an article does not say the same thing twice in a row."""
    found: set[int] = set()
    for index, text in enumerate(texts):
        if len(text) < 40:
            continue
        for other in range(max(0, index - 3), index):
            if texts[other] == text:
                found.update((other, index))
    return found
