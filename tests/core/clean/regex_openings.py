"""What a parsed regular expression can open with: the tests of the look-aheads that turn a
position away before a case-insensitive alternation is tried there read it."""

from __future__ import annotations

from re import _constants as sre


def first_items(items: list[tuple[object, object]]) -> tuple[list[tuple[object, object]], bool]:
    """Return what the parsed ``items`` can open with (literals and sets), and whether they can
    match nothing at all."""
    found: list[tuple[object, object]] = []
    for op, av in items:
        if op in (sre.LITERAL, sre.IN):
            return [*found, (op, av)], False
        if op is sre.SUBPATTERN:
            inner, empty = first_items(list(av[3]))
        elif op is sre.BRANCH:
            inner, empty = [], False
            for alternative in av[1]:
                more, can_be_empty = first_items(list(alternative))
                inner += more
                empty = empty or can_be_empty
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            inner, empty = first_items(list(av[2]))
            empty = empty or av[0] == 0
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            inner, empty = [], True
        else:
            raise AssertionError(f"an opening the test does not know: {op}")
        found += inner
        if not empty:
            return found, False
    return found, True
