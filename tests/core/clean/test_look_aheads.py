"""The look-aheads put before searched alternations for speed let through every position an
alternative can match at: each alternative after one opens with a character of its class."""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre
from re import _parser

import pytest
from regex_openings import first_items

from inbrief.core.clean import headline, kinds, rules, title_like

GUARDED = (kinds._FOOTER_LINK, kinds._CAPTION, kinds._NOTICE, headline._OWNER_LINE,
           headline._HEAD_SIGNAL, title_like._NOT_HEADLINE,
           re.compile(rules._SOCIAL_BUTTONS, re.IGNORECASE))
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D",
               sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_NOT_SPACE: r"\S",
               sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}


def _look_aheads(items: list[tuple[object, object]]
                 ) -> Iterator[tuple[list[tuple[object, object]], list[tuple[object, object]]]]:
    """Yield each look-ahead in the parsed ``items`` and the items that follow it."""
    for at, (op, av) in enumerate(items):
        if op is sre.ASSERT and av[0] == 1:  # type: ignore[index]
            yield list(av[1]), items[at + 1:]  # type: ignore[index]
        elif op is sre.SUBPATTERN:
            yield from _look_aheads(list(av[3]))  # type: ignore[index]
        elif op is sre.BRANCH:
            for alternative in av[1]:  # type: ignore[index]
                yield from _look_aheads(list(alternative))


def _class(items: list[tuple[object, object]]) -> str:
    """Return the source of the one character class a look-ahead holds."""
    assert len(items) == 1 and items[0][0] is sre.IN, items
    parts = []
    for op, av in items[0][1]:  # type: ignore[attr-defined]
        if op is sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        else:
            assert op is sre.CATEGORY, op
            parts.append(_CATEGORIES[av])
    return f"[{''.join(parts)}]"


@pytest.mark.parametrize("pattern", GUARDED, ids=lambda pattern: pattern.pattern[:30])
def test_what_follows_a_look_ahead_opens_with_a_character_it_lets_through(
        pattern: re.Pattern[str]) -> None:
    found = list(_look_aheads(list(_parser.parse(pattern.pattern, pattern.flags))))
    assert found
    for look_ahead, rest in found:
        source = _class(look_ahead)
        gate = re.compile(source, pattern.flags)
        items, empty = first_items(rest)
        assert not empty, pattern.pattern
        for op, av in items:
            members = [(op, av)] if op is sre.LITERAL else av
            for kind, value in members:  # type: ignore[attr-defined]
                if kind is sre.CATEGORY:
                    assert _CATEGORIES[value] in source, (pattern.pattern, value)
                else:
                    assert kind is sre.LITERAL, (pattern.pattern, kind)
                    assert gate.fullmatch(chr(value)), (pattern.pattern, chr(value))


def test_the_guarded_patterns_still_find_what_they_did() -> None:
    assert kinds._NOTICE.search("We use COOKIES to improve")
    assert kinds._NOTICE.search("Follow us on Mastodon")
    assert not kinds._NOTICE.search("The harbour vote split the city")
    assert kinds._FOOTER_LINK.search("Impressum | Datenschutz")
    assert kinds._FOOTER_LINK.search("© 2024 Meridian. Tous droits réservés")
    assert not kinds._FOOTER_LINK.search("The terms of the deal")
    assert kinds._CAPTION.search("The levee at dusk. Getty Images")
    assert headline._OWNER_LINE.search("(c) 2011 The Daily Planet")
    assert headline._OWNER_LINE.search('"The Daily Planet" is a Registered Trademark of ...')
    assert not headline._OWNER_LINE.search("The Daily Planet")
    assert headline._HEAD_SIGNAL.search("Updated 3 hours ago")
    assert headline._HEAD_SIGNAL.search("Время чтения: 4 минуты")
    assert not headline._HEAD_SIGNAL.search("The harbour vote split the city")
    assert title_like._NOT_HEADLINE.search("Photo: Ana Ruiz")
    assert title_like._NOT_HEADLINE.search("Image 3 of 12")
    assert not title_like._NOT_HEADLINE.search("The harbour vote split the city")
