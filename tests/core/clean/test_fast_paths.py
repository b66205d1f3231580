"""The quicker versions of what the page's cleaning asks of every line and block give what
their plain versions give, in any script, with any kind of space."""

from __future__ import annotations

import itertools
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inbrief.core.clean import _MANY_BLANK_LINES, _kept_map, rules, special_blocks
from inbrief.core.clean.block_kinds import (
    _LINE_END,
    BULLET,
    PARAGRAPH_END_SHARE,
    PARAGRAPH_LINE,
    PARAGRAPH_LINES,
    PROSE_GROUP,
    PROSE_GROUP_CHARS,
    Block,
    _fitted,
    _link,
    bulleted,
    paragraph_lines,
    prose_groups,
)
from inbrief.core.clean.blocks import _teaser_dates
from inbrief.core.clean.counts import _PLAIN, columns, more_words_than, narrow, word_count
from inbrief.core.clean.date_lines import date_line
from inbrief.core.clean.headline import _MARKER, _is_text, _Page, is_signal
from inbrief.core.clean.kinds import removed_spans
from inbrief.core.clean.rules import BYLINE
from inbrief.core.clean.run_parts import is_prose
from inbrief.core.clean.special_blocks import PhotoCaptions, is_photo_caption
from inbrief.core.clean.title_like import (
    headline_score,
    looks_like_headline,
    not_headline_because,
)
from inbrief.core.text import alnum_key
from inbrief.core.textmap import Removed, RemovedKind, TextMap

# Letters of several scripts (with the ones case folding turns into more than one character
# or into a combining mark: "ß", "İ", "ǰ", "ΐ", U+0345), digits (decimal and not), "_",
# combining marks, punctuation and every kind of space.
_CHARACTERS = st.sampled_from(
    list("abcXYZ éßøñ İıǰΐ ΣσςΩ яЖё 漢字かな 한글 ไทย 0123 ²½Ⅻ٣ _-'’.,;:!?()[]«» \t\n\r\x0b\x0c")
    + ["\u00a0", "\u2003", "\u3000", "\u2028", "\u0301", "\u0345", "\u200b", "\x1c", "\x85",
       "ǅ", "ʰ", "\ufb01"])
_TEXTS = st.text(_CHARACTERS, max_size=80)
_NOT_KEY = re.compile(r"[\W_]+")


def _plain_key(text: str) -> str:
    return _NOT_KEY.sub("", text.casefold())


@given(_TEXTS)
@settings(max_examples=3000)
def test_alnum_key_is_the_folded_text_without_what_is_no_letter_or_digit(text: str) -> None:
    assert alnum_key(text) == _plain_key(text)


def test_alnum_key_of_headlines_in_several_scripts() -> None:
    for text in ("", " ", "Harbour vote: council approves $2m levee", "Straße\u00a0im  Fluss",
                 "İSTANBUL'DA YAĞMUR", "ΟΔΟΣ ΣΟΦΟΚΛΕΟΥΣ", "Привет,\tмир!", "東京の 天気",
                 "จังหวัด เชียงใหม่", "jean_luc\u2003a.k.a. ǰ"):
        assert alnum_key(text) == _plain_key(text)


def test_a_plain_character_is_no_space_but_a_space_and_comes_before_kana() -> None:
    every = "".join(map(chr, range(0x110000)))
    not_plain = [char for char in every if char != " " and char.isspace() or char >= "\u3040"]
    assert _PLAIN.findall(every) == not_plain


# Long lines of words and spaces of every kind, in scripts written with and without spaces,
# asked for limits around their number of words.
_WORDS = st.sampled_from(["a", "the", "levee", "Straße", "Привет", "ΟΔΟΣ", "東京の天気",
                          "東京の天気は晴れでした", "한글", "ภาษาไทย", "2024", "—", "«ok»", "a_b",
                          "\x01"])
_SPACES = st.sampled_from([" ", " ", " ", "  ", "\t", "\u00a0", "\u3000", "\u2003", "\x85",
                           "\x1c", "\u2028", " \n "])


@given(st.lists(st.tuples(_WORDS, _SPACES), max_size=70), st.integers(-3, 3), _SPACES)
@settings(max_examples=1500)
def test_more_words_than_is_a_word_count_over_the_limit(pieces: list[tuple[str, str]],
                                                         offset: int, edge: str) -> None:
    line = edge + "".join(word + space for word, space in pieces)
    most = max(0, len(pieces) + offset)
    assert more_words_than(line, most) == (word_count(line) > most)


def test_more_words_than_of_lines_in_several_scripts() -> None:
    for line in ("", "Harbour " * 30, "Привет мир " * 12, "東京の天気は晴れ" * 20,
                 "東京の天気は晴れ " * 20, "Harbour\u00a0" * 40, "a\tb " * 30, "x" * 200):
        for most in range(70):
            assert more_words_than(line, most) == (word_count(line) > most)
        for most in (4, 20, 25, 40, 60):
            exact = " ".join(["levee"] * (most + 1))
            assert more_words_than(exact, most)
            assert not more_words_than(exact, most + 1)


def test_photo_captions_are_what_is_photo_caption_says_worked_out_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["Ada Brennan, left, speaks with voters in Porto Calme on Tuesday. (AP)",
             "This March 3, 2024, file photo shows the levee.", "The harbour vote split the city.",
             "The new levee at dusk Credit: Marenia Water Board", "", "Привет, мир. (Фото: ТАСС)",
             "東京の天気", "The council met on Monday. " * 20 + "(Photo by Ana Ruiz/Getty Images)"]
    captions = PhotoCaptions()
    assert [captions[text] for text in texts] == [is_photo_caption(text) for text in texts]
    assert sum(captions.values()) >= 3
    asked: list[str] = []
    monkeypatch.setattr(special_blocks, "is_photo_caption", lambda text: asked.append(text))
    assert [captions[text] for text in texts] == [is_photo_caption(text) for text in texts]
    assert asked == []


_HEADLINE_PIECES = ("Harbour vote", "splits the city", "Ada Brennan dies at 81.", "What we know.",
                    "Gov. Ada Brennan signs the levee bill", "Read more", "By Ada Brennan",
                    "March 4, 2025", "Opinion", "Aus! Aus! Alles vorbei!", "Share", "12 34 56",
                    "Совет одобрил дамбу.", "Что известно", "東京の天気は晴れ。", "…", ":",
                    "www.example.com", "(AP Photo/Ana Ruiz)", "the levee held", "HOME | NEWS")


def test_a_page_scores_headlines_and_two_sentences_as_the_tests_alone_do() -> None:
    chance = random.Random(5)
    texts = ["", "Harbour vote splits the city", "Ada Brennan dies at 81. What we know",
             "The council met. It scrapped the plan."]
    for _ in range(1500):
        texts.append(" ".join(chance.choice(_HEADLINE_PIECES) for _ in range(chance.randint(1, 5))))
    page = _Page(texts)
    for index, text in enumerate(texts):
        assert page.score(index) == headline_score(text)
        assert page.two_sentences(index) == (
            not_headline_because(text, two_sentences=True) is None)
    assert sum(page.two_sentences(i) and not page.score(i) for i in range(len(texts))) > 20


def _plain_teaser_dates(blocks: list[Block], raw: list[str], first: int, last: int
                        ) -> list[int]:
    return [i for i in range(first + 1, last + 1)
            if raw[i] in ("short", "bad") and date_line(blocks[i].text) is not None
            and any(is_prose(blocks[j], raw[j]) for j in range(i + 1, min(i + 3, last + 1)))
            and any(looks_like_headline(blocks[j].text) for j in range(max(first, i - 3), i))]


def test_teasers_are_dated_where_the_plain_order_of_tests_dates_them() -> None:
    chance = random.Random(8)
    texts = ("Harbour vote splits the city", "March 4, 2025", "By Ada Brennan",
             "The council met on Monday and approved the levee after a long debate.",
             "12 марта 2024", "Совет одобрил дамбу после долгих споров в понедельник.", "Share")
    dated = 0
    for _ in range(300):
        blocks = [Block(i, i, chance.choice(texts), sentence=chance.random() < 0.5)
                  for i in range(chance.randint(2, 30))]
        raw = [chance.choice(("good", "near-good", "short", "bad")) for _ in blocks]
        first, last = 0, len(blocks) - 1
        found = _teaser_dates(blocks, raw, first, last)
        assert found == _plain_teaser_dates(blocks, raw, first, last)
        dated += len(found) >= 2
    assert dated > 10


# Pieces of the lines the rules searched anywhere in a line look for, in any case, and of lines
# they turn away: a teaser cut short, newsletters' prompts, copyright clauses, paywalls, a
# script's link, forms' fields; "ſ" and "K" (Kelvin) fold into Latin letters.
_SEARCHED_PIECES = st.sampled_from([
    "The vote was close", "… Read more", "... continue reading", "Don't forget to share",
    "Get our daily Newsletter", "NEWSLETTERS", "delivered to your inbox.", "DELIVERED daily",
    "All rights reserved.", "Tous droits RÉSERVÉS", "Alle Rechte vorbehalten", "ReſerVed",
    "This article is for subscribers only", "Subscribe to continue reading",
    "Il vous reste 64 % de cet article", "この記事は会員限定です", "続きを読むには",
    "javascript:void(0)", "[          ] Sign Up", "Search: ________", "__", "[ ", "Привет, мир",
    "Straße", "ΟΔΟΣ", "東京の天気", "K", "ſ", " ", ".", "…", ":", "—", "(AP)"])


def _searched_rules_one_by_one(line: str) -> bool:
    text = line.strip()
    folded = text.casefold()
    return rules._searched_rule(text, folded)


@given(st.lists(_SEARCHED_PIECES, max_size=8).map(" ".join))
@settings(max_examples=3000)
def test_a_line_a_searched_rule_takes_has_a_hint_the_quick_look_finds(line: str) -> None:
    folded = line.strip().casefold()
    if _searched_rules_one_by_one(line):
        assert rules._ANY_SEARCHED_HINT.search(folded) is not None


def test_each_searched_rule_is_found_by_its_hint() -> None:
    for line in ("What a story… Read more", "Don't forget to share with your friends",
                 "Sign up for the Meridian newsletter", "Top stories delivered to your inbox.",
                 "© Meridian. All rights reserved.", "Alle Rechte vorbehalten",
                 "This story is for subscribers only", "Il vous reste 64 % de cet article à lire",
                 "小javascript:void(0)", "[          ] Sign Up", "Search: ________",
                 "この記事は会員限定です。"):
        assert _searched_rules_one_by_one(line), line
        assert rules._ANY_SEARCHED_HINT.search(line.strip().casefold()) is not None, line
        assert rules.is_boilerplate(line), line


# Openings of lines and blocks: bullets after spaces of every kind, brackets, buttons, words.
_OPENING_PIECES = st.sampled_from([
    "•", "◦", "▪", "□", "■", "●", "○", "◆", "►", "▸", "·", "*", "+", "-", "–", "(BUTTON)",
    "(BUTTON", "[", "]", "[x]", "[Photo: Ana Ruiz]", "(", ")", " ", "\t", "\u00a0", "\u3000", "\n",
    "Harbour", "Привет", "東京", "2024", ".", "a"])


@given(st.lists(_OPENING_PIECES, max_size=8).map("".join))
@settings(max_examples=3000)
def test_bulleted_is_what_the_bullet_pattern_matches(text: str) -> None:
    assert bulleted(text) == (BULLET.match(text) is not None)


# Credits and captions: agencies' names, slashed names, bracketed credits, lines ending with
# spaces after the bracket.
_CREDIT_PIECES = st.sampled_from([
    "Getty Images", "Shutterstock", "AP Photo", "AFP via Getty Images", "Reuters", "EPA",
    "Alamy", "iStock", "File photo", "Courtesy of Meridian", "Jonas Weber", "/", "Meridian Wire",
    "(AP Photo/Jane Doe)", "(Getty Images)", "(fot. Ada Brennan)", "(Photo: Ana Ruiz)", ")", "(",
    "The levee held on Monday.", "getty images", " ", "\n", "\t", "\u00a0", ", File", "Привет",
    "(Фото: ТАСС)"])


@given(st.lists(_CREDIT_PIECES, max_size=6).map("".join))
@settings(max_examples=3000)
def test_credits_and_captions_are_what_their_patterns_say(line: str) -> None:
    credit_only = ("/" in line and bool(rules._SLASHED_CREDIT.match(line))
                   or bool(rules._AGENCY_CREDIT.match(line)))
    assert rules._credit_only(line) == credit_only
    credit = rules._CAPTION_CREDIT.search(line)
    before = line[: credit.start()].rstrip() if credit is not None else ""
    caption = credit_only or credit is not None and (
        not before or before.endswith(rules.SENTENCE_END) or word_count(before) <= 12)
    assert rules.is_caption(line) == caption


def test_a_line_without_wide_characters_is_fitted_by_its_first_word_s_length() -> None:
    for text in ("Harbour vote splits the city", "Привет мир", "東京の天気 は晴れ", "한글 기사",
                 "Ｆｕｌｌ width", "x", "Straße\u00a0im Fluss", "ภาษาไทย ข่าว"):
        narrow = columns(text) == len(text)
        for previous in range(0, 80, 3):
            for width in (0, 40, 60, 72, 80):
                assert _fitted(previous, text, width, narrow) == _fitted(previous, text, width)


def _plain_signal_above(texts: list[str], index: int) -> bool:
    for text in reversed(texts[max(0, index - 3) : index]):
        text = _MARKER.sub("", text)
        if _is_text(text) or date_line(text) is not None:
            return bool(BYLINE.match(text) or date_line(text) is not None)
    return False


_SIGNAL_PIECES = ("By Ada Brennan", "March 4, 2025", "13.03.2024", "2024-03-13", "• ", "Share",
                  "Harbour vote splits the city", "Updated 3 hours ago", "5 min read", "12:30",
                  "Von Ada Brennan", "Совет одобрил дамбу.", "02:32", "", "Opinion", "|")


def test_a_page_tells_signals_as_is_signal_does_each_text_once() -> None:
    chance = random.Random(8)
    texts = [" ".join(chance.choice(_SIGNAL_PIECES) for _ in range(chance.randint(1, 3)))
             for _ in range(600)]
    page = _Page(texts)
    for index, text in enumerate(texts):
        assert page.signal(index) == is_signal(text)
        assert page.signal_above(index) == _plain_signal_above(texts, index)
    assert sum(map(page.signal, range(len(texts)))) > 50
    assert sum(page.signal_above(i) for i in range(len(texts))) > 50
    assert len(page._signals) < len(texts)  # the same text asked once


# Lines of narrow and wide characters: Latin, Cyrillic, Hangul Jamo and syllables, kana, CJK,
# full-width forms, emoji, characters past the CJK radicals that are not wide (Lisu, Yi).
_WIDTH_CHARACTERS = st.sampled_from(
    [*"aé Жё\u1100\u1160가かな漢ＡＢ😀\ua4d0\ua000\u2e80\u2e7f—“", "\n"])


@given(st.text(_WIDTH_CHARACTERS, max_size=60))
@settings(max_examples=2000)
def test_a_narrow_text_has_lines_as_wide_as_they_are_long(text: str) -> None:
    if narrow(text):
        assert all(columns(line) == len(line) for line in text.split("\n"))


def test_narrow_is_told_of_texts_without_wide_characters() -> None:
    assert narrow("Harbour vote\nПривет мир — «да»")
    assert not narrow("東京の天気")


def _plain_paragraph_lines(lines: list[str]) -> bool:
    long = [text for text in (line.strip() for line in lines)
            if len(text) > PARAGRAPH_LINE and columns(text) > PARAGRAPH_LINE]
    ended = sum(1 for text in long if text.endswith(_LINE_END))
    return len(long) >= PARAGRAPH_LINES and ended >= PARAGRAPH_END_SHARE * len(long)


def test_paragraph_lines_are_told_by_length_as_by_columns() -> None:
    chance = random.Random(3)
    pieces = ["The council met on Monday.", "東京の天気は晴れでした。", "Привет, мир", "한글 기사",
              " ", "and the levee held", "”", "…", "ＡＢＣ"]
    told = []
    for _ in range(400):
        lines = ["".join(chance.choice(pieces) for _ in range(chance.randint(0, 14)))
                 + chance.choice(["", ".", "。"]) for _ in range(chance.randint(0, 8))]
        told.append(paragraph_lines(lines))
        assert told[-1] == _plain_paragraph_lines(lines)
    assert 10 < sum(told) < 390


def _plain_kept_map(given: str, lines: list[str], drop: set[int], cut: dict[int, int]
                    ) -> TextMap:
    """_kept_map with a span for each kept line and each newline, joined by TextMap.keeping."""
    spans: list[tuple[int, int]] = []
    start = 0
    previous_end = -1
    for index, given_line in enumerate(given.split("\n")):
        end = start + len(given_line)
        if index not in drop:
            if previous_end >= 0:
                spans.append((previous_end, previous_end + 1))
            first = start + cut.get(index, 0)
            spans.append((first, first + len(lines[index])))
            previous_end = end
        start = end + 1
    joined = TextMap.keeping(len(given), spans)
    kept = joined.kept_text(given)
    stripped_start = len(kept) - len(kept.lstrip())
    inner_end = max(stripped_start, len(kept.rstrip()))
    pieces: list[tuple[int, int]] = []
    position = stripped_start
    for blank in _MANY_BLANK_LINES.finditer(kept, stripped_start, inner_end):
        pieces.append((position, blank.start() + 2))
        position = blank.end()
    pieces.append((position, max(position, inner_end)))
    return joined.then(TextMap.keeping(len(kept), pieces))


def _texts_with_drops(chance: random.Random) -> tuple[str, list[str], set[int], dict[int, int]]:
    """A text of short lines, blank and not, some dropped, some cut short at their start."""
    given_lines = [chance.choice(["", "", " ", "Harbour vote", "  Привет, мир", "a", "\t"])
                   for _ in range(chance.randint(1, 12))]
    given = "\n".join(given_lines)
    drop = {i for i in range(len(given_lines)) if chance.random() < 0.4}
    lines = list(given_lines)
    cut: dict[int, int] = {}
    for index, line in enumerate(given_lines):
        if line and chance.random() < 0.2:
            cut[index] = chance.randint(0, len(line))
            lines[index] = line[cut[index]:]
    return given, lines, drop, cut


def test_the_kept_map_joins_its_spans_as_keeping_would() -> None:
    chance = random.Random(11)
    for _ in range(3000):
        given, lines, drop, cut = _texts_with_drops(chance)
        assert _kept_map(given, lines, drop, cut) == _plain_kept_map(given, lines, drop, cut)

def _plain_removed_spans(given: str, text_map: TextMap, kinds: dict[int, RemovedKind]
                         ) -> tuple[Removed, ...]:
    starts = [0, *itertools.accumulate(len(line) + 1 for line in given.split("\n")[:-1])]
    result: list[Removed] = []
    line = 0
    for start, end in text_map.removed:
        position = start
        while position < end:
            while line + 1 < len(starts) and starts[line + 1] <= position:
                line += 1
            line_end = starts[line + 1] if line + 1 < len(starts) else len(given)
            stop = min(end, line_end)
            piece = given[position:stop]
            text = given[starts[line] : line_end]
            whole = start <= starts[line] + len(text) - len(text.lstrip())
            kind: RemovedKind
            if not text.strip() or not (piece.strip() or whole):
                kind = "blank"
            else:
                kind = kinds.get(line, "other")
            if result and result[-1].end == position and result[-1].kind == kind:
                result[-1] = Removed(result[-1].start, stop, kind)
            else:
                result.append(Removed(position, stop, kind))
            position = stop
    return tuple(result)


def test_removed_spans_are_found_line_by_line_as_a_walk_through_every_line_finds_them() -> None:
    chance = random.Random(12)
    for _ in range(3000):
        given, lines, drop, cut = _texts_with_drops(chance)
        text_map = _kept_map(given, lines, drop, cut)
        kinds: dict[int, RemovedKind] = {
            index: chance.choice(["menu", "caption", "headline"]) for index in drop
            if chance.random() < 0.7}
        assert removed_spans(given, text_map, kinds) == _plain_removed_spans(
            given, text_map, kinds)


def _plain_prose_groups(blocks: list[Block], raw: list[str], kinds: list[str]) -> list[str]:
    """prose_groups reading each block for a group, however few blocks it spans."""
    found = list(kinds)

    def prose(at: int) -> bool:
        return blocks[at].sentence and raw[at] in ("near-good", "short")

    def item(at: int) -> bool:
        return bulleted(blocks[at].text) and raw[at] in ("near-good", "short")

    def aside(at: int) -> bool:
        return _link(blocks[at]) or item(at)

    index = 0
    while index < len(blocks):
        stop = index
        while stop < len(blocks) and (
                prose(stop) and not (stop > index and item(stop))
                or stop > index and aside(stop) and stop + 1 < len(blocks)
                and (prose(stop + 1) or item(stop + 1))):
            stop += 1
        group = [i for i in range(index, stop) if not aside(i)]
        if (sum(raw[i] == "near-good" for i in group) >= PROSE_GROUP
                and sum(len(blocks[i].text) for i in group) >= PROSE_GROUP_CHARS):
            for i in group:
                found[i] = "good"
        index = max(stop, index + 1)
    return found


def test_prose_groups_are_the_groups_the_plain_loop_finds() -> None:
    chance = random.Random(13)
    texts = [("The council met on Monday and voted for the levee. " * 4).strip(), "It held.",
             "The levee held through the storm, the council said on Monday.",
             "• Pensions rise.", "• Read more", "Harbour vote", "Why it matters:", "- Levee"]
    classes = ["good", "near-good", "near-good", "near-good", "short", "bad", "table"]
    grouped = 0
    for _ in range(2000):
        blocks = []
        for _ in range(chance.randint(0, 9)):
            text = chance.choice(texts)
            blocks.append(Block(0, 0, text, sentence=text.endswith(".")))
        raw = [chance.choice(classes) for _ in blocks]
        kinds = [chance.choice(classes) for _ in blocks]
        found = prose_groups(blocks, raw, kinds)
        assert found == _plain_prose_groups(blocks, raw, kinds)
        grouped += found != kinds
    assert grouped > 20


def _plain_is_boilerplate(line: str) -> bool:
    """is_boilerplate with the word limit told first and the picture's address always tried."""
    text = line.strip()
    if not text or more_words_than(text, rules.MAX_BOILERPLATE_WORDS):
        return False
    folded = text.casefold()
    return bool(
        rules._OPENING.match(text)
        or text[0] in ".,;" and bool(rules._OPENING.match(text[1:].lstrip()))
        or rules._PICTURE_ADDRESS.match(text)
        or text[0] == "?" and bool(rules._QUERY.match(text))
        or not text[0].isascii() and bool(rules._OTHER_SCRIPT_BUTTONS.match(text))
        or rules._more_link(text)
        or len(text) <= rules.RELATED_LINE_CHARS and bool(rules._RELATED_LINE.match(text))
        or rules._ANY_SEARCHED_HINT.search(folded) is not None
        and rules._searched_rule(text, folded)
        or rules.is_caption(text))


# Boilerplate and prose, pictures' addresses, words of dense scripts and every kind of space,
# in lines around the word limit.
_BOILERPLATE_PIECES = st.sampled_from([
    "Advertisement", "Read more", "Share", "Photo: Ana Ruiz", "(AP Photo/Jane Doe)", "Tweet",
    "Sign up for our newsletter", "All rights reserved.", "… Read more", "the levee held",
    "http://images.example.com/mz/1034_munn.jpg", "a.png?w=300", "?videoId=5798607383001",
    "Поделиться", "Читайте также", "東京の天気は晴れでした", "시장", "Привет", "and", "a",
    " ", " ", " ", "\u00a0", "\u3000", "\t", "  ", ".", "Learn More >"])


@given(st.lists(_BOILERPLATE_PIECES, max_size=60).map("".join))
@settings(max_examples=1500)
def test_is_boilerplate_tells_the_word_limit_last_as_the_plain_order_does(line: str) -> None:
    assert rules.is_boilerplate(line) == _plain_is_boilerplate(line)


def test_is_boilerplate_of_lines_at_the_word_limit() -> None:
    for words in ("Share", "東京の天気", "Привет"):
        for count in range(20, 31):
            for space in (" ", "\u00a0", "\u3000", " \t"):
                line = "Advertisement" + (space + words) * count
                assert rules.is_boilerplate(line) == _plain_is_boilerplate(line), line
    assert rules.is_boilerplate("http://images.example.com/mz/1034_munn.jpg")
    # A caption's label, its words more than the limit only as two characters of Japanese
    # make a word: a line a rule takes, too long for boilerplate.
    assert rules.is_boilerplate("Photo: " + "東京の天気は晴れでした" * 2)
    assert not rules.is_boilerplate("Photo: " + "東京の天気は晴れでした" * 6)


def test_only_the_letter_and_its_capital_fold_to_the_letters_looked_for_first() -> None:
    every = "".join(map(chr, range(0x110000)))
    for letter in ("o", "b"):
        assert [char for char in every if letter in char.casefold()] == sorted(
            [letter, letter.upper()])


@given(st.lists(_CREDIT_PIECES | st.sampled_from(
    ["shows", "SHOWS", "by", "BY", "bY", "ẙ", "ẞhows", "file photo"]), max_size=8).map(" ".join))
@settings(max_examples=1500)
def test_a_word_is_looked_for_folded_where_its_letter_is(text: str) -> None:
    for word, letter in (("shows", "o"), ("by", "b")):
        assert special_blocks._folds_to(text, word, letter) == (word in text.casefold())
