"""alternations: alternatives grouped by first letter match what they matched ungrouped."""

from __future__ import annotations

import random
import re

from inbrief.core.clean import kinds, rules
from inbrief.core.clean.alternations import _spelled_out, alternatives, by_first_letter


def test_alternatives_are_split_outside_groups_sets_and_escapes() -> None:
    assert alternatives(r"a|b(?:c|d)|[|x]|\||e") == ["a", "b(?:c|d)", "[|x]", r"\|", "e"]
    assert alternatives(r"[]|]x|y") == ["[]|]x", "y"]
    assert alternatives("") == [""]


def test_a_leading_group_is_spelled_out_over_what_follows_it() -> None:
    assert _spelled_out("(?:a|b)c") == ["ac", "bc"]
    assert _spelled_out("(?:the )?article") == ["the article", "article"]
    assert _spelled_out("(?:a|(?:b|c)d)e") == ["ae", "bde", "cde"]
    # Repeated, lazy or capturing groups and look-arounds stay as they are.
    for kept in ("(?:ab)+c", "(?:ab)*c", "(?:ab){2}c", "(?:ab)??c", "(ab)c", "(?=a)b"):
        assert _spelled_out(kept) == [kept]


def test_grouped_alternatives_open_with_their_letter_once() -> None:
    assert by_first_letter(["share$|sign in$|tweet|(?:save|print) this"]) == (
        "s(?:hare$|ign in$|ave this)|tweet|print this")
    assert by_first_letter(["ab|ac", "x?y"]) == "a(?:b|c)|x?y"


def _ungrouped() -> re.Pattern[str]:
    sources = (rules._AD_LABEL, rules._PROMPT, rules._SOCIAL_BUTTONS, rules._COPYRIGHT_OPENING,
               rules._CAPTION_PREFIX)
    return re.compile("|".join(f"(?:{source})" for source in sources), re.IGNORECASE)


def test_the_grouped_line_openings_match_the_lines_the_patterns_match() -> None:
    words = re.findall(r"[^\W\d_]+(?: [^\W\d_]+)?", rules._PROMPT + rules._AD_LABEL
                       + rules._SOCIAL_BUTTONS + rules._CAPTION_PREFIX)
    chance = random.Random(13)
    lines = ["Read more: the harbour vote", "— Advertisement —", "Facebook Twitter Email",
             "© 2024 Meridian", "Image caption The levee", "SIGN UP", "Image 3 of 12", "1 / 5",
             "The harbour vote split the city", "• Home", "Share this article"]
    for _ in range(3000):
        line = " ".join(chance.choice(words) for _ in range(chance.randint(1, 3)))
        line += chance.choice(("", ":", "!", " 12", " | Twitter", "$"))
        lines += [line, line.upper(), line.title(), f"• {line}"]
    ungrouped = _ungrouped()
    found = [line for line in lines if ungrouped.match(line)]
    assert len(found) > 100
    assert [line for line in lines if rules._OPENING.match(line)] == found


def _heading_lines(sources: tuple[str, ...]) -> list[str]:
    """Return lines made of the words of ``sources`` with what may stand around a heading."""
    words = re.findall(r"[^\W\d_]+(?: [^\W\d_]+)?", "".join(sources))
    chance = random.Random(17)
    lines = ["Related", "More from Meridian:", "12 Comments", "Comments (4)", "関連記事",
             "Читайте также", "Поделиться Закрыть", "The harbour vote split the city"]
    for _ in range(3000):
        line = " ".join(chance.choice(words) for _ in range(chance.randint(1, 3)))
        line = chance.choice(("", "• ", "# ", "(BUTTON) ", "3 ")) + line + chance.choice(
            ("", ":", " (12)", " 7", " »", "...", ".", " | Twitter", "а", "7"))
        lines += [line, line.upper(), line.title()]
    return lines


def test_the_grouped_headings_match_the_lines_the_ungrouped_ones_match() -> None:
    cases = (
        (kinds._RELATED, rf"^[\s#•*+]*(?:\(BUTTON\)\s*)?(?:{kinds.RELATED_WORDS})"),
        (kinds._COMMENTS, rf"^[\s#•*+]*(?:\(BUTTON\)\s*)?(?:\d+\s+)?(?:{kinds.COMMENT_WORDS})"
                          r"\s*(?:\(\d+\)|\d+)?[\s:»›>]*$"),
        (rules.COMMENTS_HEADING, rf"^[\s#•*+]*(?:\(BUTTON\)\s*)?(?:\d+\s+)?"
                                 rf"(?:{rules.COMMENT_WORDS})\s*(?:\(\d+\)|\[\d+\]|\d+)?"
                                 rf"(?:\s+(?:{rules.COMMENT_WORDS}))?[\s:»›>]*$"),
        (rules.MORE_HEADING, rf"^[\s#•*+]*(?:\(BUTTON\)\s*)?(?:{rules.MORE_WORDS})"
                             r"(?:[\s:»›>：]|…|\.\.\.)*$"),
        (rules._OTHER_SCRIPT_BUTTONS, rf"(?:{rules._BUTTON_WORD})(?:[\s|•·,/、]+"
                                      rf"(?:{rules._BUTTON_WORD}))*[\s|•·]*$"),
    )
    for grouped, source in cases:
        assert grouped.pattern != source  # grouped indeed
        ungrouped = re.compile(source, re.IGNORECASE)
        lines = _heading_lines((source,))
        found = [line for line in lines if ungrouped.match(line)]
        assert len(found) > 100, source[:40]
        assert [line for line in lines if grouped.match(line)] == found, source[:40]
