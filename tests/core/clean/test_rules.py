"""rules: the look-ahead before the line-opening patterns lets every line they match through."""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser

from inbrief.core.clean import rules

_ALLOWED_CATEGORIES = {sre.CATEGORY_DIGIT, sre.CATEGORY_NOT_WORD, sre.CATEGORY_SPACE}


def _first_items(items: list[tuple[object, object]]) -> tuple[list[tuple[object, object]], bool]:
    """Return what the parsed ``items`` can open with (literals and sets), and whether they can
    match nothing at all."""
    found: list[tuple[object, object]] = []
    for op, av in items:
        if op in (sre.LITERAL, sre.IN):
            return [*found, (op, av)], False
        if op is sre.SUBPATTERN:
            inner, empty = _first_items(list(av[3]))
        elif op is sre.BRANCH:
            inner, empty = [], False
            for alternative in av[1]:
                more, can_be_empty = _first_items(list(alternative))
                inner += more
                empty = empty or can_be_empty
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            inner, empty = _first_items(list(av[2]))
            empty = empty or av[0] == 0
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            inner, empty = [], True
        else:
            raise AssertionError(f"an opening the test does not know: {op}")
        found += inner
        if not empty:
            return found, False
    return found, True


def test_every_line_opening_pattern_opens_with_what_the_look_ahead_lets_through() -> None:
    gate = re.compile(rules.OPENING_LETTERS[3:-1], re.IGNORECASE)  # the look-ahead's class
    patterns = (rules._AD_LABEL, rules._PROMPT, rules._SOCIAL_BUTTONS, rules._COPYRIGHT_OPENING,
                rules._CAPTION_PREFIX)
    for pattern in patterns:
        items, empty = _first_items(list(_parser.parse(pattern.pattern, pattern.flags)))
        assert not empty, pattern.pattern
        for op, av in items:
            members = [(op, av)] if op is sre.LITERAL else av
            for kind, value in members:
                if kind is sre.CATEGORY:
                    assert value in _ALLOWED_CATEGORIES, (pattern.pattern, value)
                else:
                    assert kind is sre.LITERAL, (pattern.pattern, kind)
                    assert gate.fullmatch(chr(value)), (pattern.pattern, chr(value))


def test_a_line_opening_with_another_letter_is_no_prompt_and_prompts_still_are() -> None:
    assert not rules.is_boilerplate("Читайте также")
    assert rules.is_boilerplate("Read more: the harbour vote")
    assert rules.is_boilerplate("© 2024 Meridian Wire")
    assert rules.is_boilerplate("— Advertisement —")
    assert rules.is_boilerplate("À lire aussi")
    assert rules.is_boilerplate("SHARE")
