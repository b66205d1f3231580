"""Long alternations of words rewritten to match the same lines sooner: grouped by first letter.

The re module enters each alternative of an alternation in turn, and with IGNORECASE it cannot
turn one away by its first letter before entering it: a line tried against a hundred prompts
is compared with each. Grouped behind their first letter ("s(?:hare$|ign in$)"), the
alternatives of a letter are entered only past it. The rewriting is algebra on the pattern's
source (a concatenation distributes over an alternation), so the rewritten pattern matches
exactly the texts the alternatives match; only the order they are tried in changes, which
decides nothing when only whether a text matches is asked.
"""

from __future__ import annotations

from collections.abc import Iterable

_QUANTIFIERS = ("?", "*", "+", "{")


def _skip(source: str, at: int) -> int:
    """Return where the piece of ``source`` starting at ``at`` ends: an escape, a bracketed
    set, or one character."""
    if source[at] == "\\":
        return at + 2
    if source[at] != "[":
        return at + 1
    at += 1
    if source[at] == "^":
        at += 1
    if source[at] == "]":
        at += 1  # a "]" first in a set is one of its characters
    while source[at] != "]":
        at += 2 if source[at] == "\\" else 1
    return at + 1


def alternatives(alternation: str) -> list[str]:
    """Return the alternatives of a regular expression's source: split at each "|" outside
    groups and sets."""
    found: list[str] = []
    depth = start = at = 0
    while at < len(alternation):
        char = alternation[at]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            found.append(alternation[start:at])
            start = at + 1
        at = _skip(alternation, at)
    found.append(alternation[start:])
    return found


def _spelled_out(alternative: str) -> list[str]:
    """Return ``alternative`` as alternatives opening with no group: a leading group of
    alternatives (not capturing, not repeated) distributed over what follows it, an optional
    one also left out ("(?:a|b)c" -> "ac", "bc"; "(?:a)?c" -> "ac", "c")."""
    if not alternative.startswith("(?:"):
        return [alternative]
    depth, at = 0, 0
    while True:
        char = alternative[at]
        depth += char == "("
        depth -= char == ")"
        at = _skip(alternative, at)
        if depth == 0:
            break
    inner, rest = alternative[3:at - 1], alternative[at:]
    optional = rest.startswith("?") and not rest.startswith(("??", "?+"))
    if optional:
        rest = rest[1:]
    elif rest.startswith(_QUANTIFIERS):
        return [alternative]
    spelled = [more for part in alternatives(inner) for more in _spelled_out(part + rest)]
    return [*spelled, *_spelled_out(rest)] if optional else spelled


def by_first_letter(sources: Iterable[str]) -> str:
    """Return an alternation matching what the alternations ``sources`` (regular expressions
    without capturing groups) match, its alternatives grouped behind their first letter,
    again within each group."""
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for source in sources:
        for alternative in alternatives(source):
            for spelled in _spelled_out(alternative):
                first = spelled[:1]
                if first.isalpha() and not spelled[1:].startswith(_QUANTIFIERS):
                    groups.setdefault(first, []).append(spelled[1:])
                else:
                    others.append(spelled)
    grouped = [letter + (rests[0] if len(rests) == 1 else f"(?:{by_first_letter(rests)})")
               for letter, rests in groups.items()]
    return "|".join([*grouped, *others])
