"""Which line of a pasted page is its headline: title-like, not a label, breadcrumb or date."""

from __future__ import annotations

import re

from inbrief.core.clean.counts import dense_chars, lower_share, more_words_than, word_count
from inbrief.core.clean.date_lines import (
    date_line,
    find_date,
)
from inbrief.core.clean.lead import Lead, make_lead
from inbrief.core.clean.rules import BYLINE, MORE_HEADING, SENTENCE_END, is_boilerplate, is_caption
from inbrief.core.clean.special_blocks import BRACKETED, is_duration, opens_as_caption
from inbrief.core.clean.title_like import (
    _LETTERS,
    _OPENING_QUOTES,
    _length_score,
    credited,
    not_headline_because,
)
from inbrief.core.entities.lexicon import given_names
from inbrief.core.stopwords import stop_words
from inbrief.core.text import alnum_key

# What follows a headline within a few blocks: byline, date, share bar, reading time.
_HEAD_SIGNAL = re.compile(
    r"^(?:by|von|par|por|di|door|av|af|de)\s"
    # (Each word opens with a letter of the look-ahead, which turns most positions away at once:
    # tests/core/clean/test_look_aheads.py checks.)
    r"|\b(?=[aclmprstuв])(?:share|teilen|partager|compartir|condividi"
    r"|sharing|tweet|updated|published|min(?:ute)?s? read|ago|reading time|lesezeit"
    r"|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|läsetid"
    r"|lesetid|время чтения)\b"
    # A time, not a range of opening hours ("9:00〜18:00").
    r"|(?<![\d:〜~–-])\b\d{1,2}:\d{2}\b(?!\s*[〜~–-]\s*\d)",
    re.IGNORECASE,
)
# A wiki's line under its page's title, where a news page has its byline: "From Wikipedia,
# the free encyclopedia", "From Wikibooks, open books for an open world".
# In any language: a short line naming the wiki and the encyclopedia ("Dari Wikipedia bahasa
# Indonesia, ensiklopedia bebas", "من ويكيبيديا، الموسوعة الحرة").
_WIKI_TAGLINE = re.compile(
    r"^(?:From|Aus|Uit|De|Da|Z|Från|Fra|Origem:|Un article de) (?:Wik\w+|\w+pedia), [^\n]{3,60}$"
    r"|^(?=[^\n]{0,80}$)[^\n]*(?:Wikip[ée]di|Wikipedii|Википеди|Вікіпеді|ويكيبيديا|ویکی‌پدیا"
    r"|위키백과|维基百科|維基百科|ウィキペディア|Βικιπαίδεια|ויקיפדיה)[^\n]*(?:[Ee]ncyclop|[Ee]nciclop"
    r"|[Ee]nzyklop|[Ee]nsiklop|[Ee]ncykl|[Ee]nsyklop|[Ee]ntsyklop|энциклопеди|енциклопеді"
    r"|الموسوعة|دانشنامه|백과사전|百科|εγκυκλοπαίδεια|האנציקלופדיה)"
    r"|^Материал из Википеди[иы]|^出典: フリー百科事典")
# What a form says under its button, no byline: "By signing in, you agree ...", "By clicking
# Subscribe ..." ("by" and a verb's -ing form in lower case; a writer's name is capitalised).
_CONSENT = re.compile(r"^[Bb]y\s+[a-z]+ing\b")
# How far above the body the headline is looked for, in blocks: a player's list of clips
# between the byline and the body takes a hundred (80 missed such a headline).
HEAD_BLOCKS = 120
# What a candidate headline is scored on, each a cue that holds on any site: a constant; its
# length (headline_score / 12); a byline or date below it; a picture credit below it (a
# caption); title-like blocks around it (a list of teasers); the same words elsewhere on the
# page (its title, a share text); the share of its content words the lead uses too, times
# its length (a headline sums up the lead; a menu, section label or another story's teaser
# does not, and a short label of two or three of the lead's words says little of it); the
# number (up to 6, / 6) of those words; two sentences in it; the most words shared with the
# lead among the page's candidates; the first byline or date below it coming only after
# another title-like block (that block's byline: a kicker or page title above a headline
# takes the headline's byline as its own otherwise). (Its distance from the body and standing
# first on the page were tried: weights near 0 fit on either half; more in headline_tried.)
FEATURES = ("bias", "length", "signal", "caption", "list", "repeat", "lead length", "lead words",
            "two sentences", "lead most", "signal past title")
# A conditional logit (a softmax over the page's candidates and "no headline", whose utility
# is 0) fit on both halves of paste_quality.py's pages and on other extractors' test pages
# (tests/bench/outside_pages.py: 144 renderings with the right title among the candidates)
# pooled, both renderers, L2 penalty 1.0 (cross validation within each half with the outside
# pages chose 1.0 and 3.0): `headline_fit.py --outside DIR --pooled --l2 1` fits it. The
# features and penalty were chosen two-fold (fit on one half, titles right on the other, both
# ways), the honest estimate on unseen pages that headline_fit.py prints: the outside pages
# in each fold's fit raised it from 203 to 214 of 236 renderings.
WEIGHTS = (-1.10, 1.52, 2.21, -2.42, -0.22, 1.37, 3.21, 0.29, 0.53, 1.15, -0.27)
# How many blocks below a headline its byline or date is looked for; how long a headline is
# that a title-like block right below it is the standfirst of (a kicker is shorter).
SIGNAL_REACH = 12
LIST_SCORE = 3.0
LIST_REACH = 3  # blocks from one item of a list to the next (a picture's name between them)
# How many blocks above a candidate a list's heading ("More On:", "Related") is looked for,
# past items of at most MORE_ITEM_WORDS words (the list's other links, a tag).
MORE_REACH = 6
MORE_ITEM_WORDS = 20
MORE_ITEMS = 3
STANDFIRST_UNDER_WORDS = 5
SHORT_TITLE_CHARS = 30  # the longest headline of two words (short_titled)
STOPPED_TITLE_WORDS = (4, 14)  # a headline ending with a full stop (stopped_titled)
# A picture's name as a news site writes it, a sentence too ("Barack Obama is pictured.").
_PICTURED = re.compile(r"\b(?:is|are) (?:pictured|shown)\b")
_MARKER = re.compile(r"^[\s•◦▪□■●○◆►▸·*+-]+")
# A list item as w3m shows one that opens with a picture: its bullet alone on a line, the
# picture's name in brackets on the next, then its text ("•" / "[e151e5]" / a teaser's title).
_LONE_MARKER = re.compile(_MARKER.pattern + "$")
# A line naming the site's owner: a copyright notice or a trademark line ("© 2011 The Daily
# Planet", "\"The Daily Planet\" is a registered trademark of ..."); a short one, not a
# paragraph of the body about copyright.
# (Each opens with a character of the look-ahead, which turns most positions away at once, not
# after trying each in turn: tests/core/clean/test_look_aheads.py checks.)
_OWNER_LINE = re.compile(
    r"(?=[©(acrt])"
    r"(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}|by\b)|all rights reserved"
    r"|registered trademark|tous droits réservés|alle rechte vorbehalten"
    r"|todos los derechos reservados)",
    re.IGNORECASE,
)
OWNER_LINE_WORDS = 30
# A site's name has a few words; a longer block in its copyright line is the page's title
# after it ("© BRIGITTE.de 2019 | Mit der "Ikigai"-Methode wirst du sofort glücklicher").
SITE_NAME_WORDS = 6
# A picture credit on its own line: "(Bild: Audi)", "Foto: dpa", "Photo credit: ...".
_CREDIT_LINE = re.compile(
    r"^\(?\s*(?:bild|foto|photo|image|imagen|immagine|picture|credit|quelle|fuente|source)"
    r"(?:\s+credit)?\s*:",
    re.IGNORECASE,
)


def _is_text(text: str) -> bool:
    """Return True for a block with words in it (not a bullet, picture name or number)."""
    words = len(_LETTERS.findall(text)) >= 2 or dense_chars(text) >= 4
    return words and text.lstrip(_OPENING_QUOTES)[:1].isalnum()


def is_signal(text: str) -> bool:
    """Return True for a byline, date, share bar or reading time (a list marker before it
    too: "• By Ada Brennan / 2016.12.01")."""
    text = _MARKER.sub("", text)
    if is_duration(text):
        return False  # a video's length under its title in a list of clips ("02:32")
    if _CONSENT.match(text):
        return False  # a form's notice: "By signing in, you agree to our Terms of Service."
    # The words counted first, as far as the limit: a paragraph is not searched whole.
    return bool(
        not more_words_than(text, 20) and _HEAD_SIGNAL.search(text)
        or BYLINE.match(text)
        or date_line(text) is not None
        or word_count(text) <= 15 and find_date(text, day_first=True)
        or _WIKI_TAGLINE.match(text) is not None
    )


# A standfirst reads as a sentence: many words, most after the first in lower case (a
# headline in title case has few), more than the headline above it has.
STANDFIRST_WORDS = 15
def _reads_as_standfirst(text: str, above: str) -> bool:
    """Return True when block ``text`` reads as the standfirst of the title-like block
    ``above`` (a short headline): a sentence of many words, longer than it."""
    words = len(text.split())
    return (words >= STANDFIRST_WORDS and words > 2 * len(above.split())
            and lower_share(text) >= 0.5)


# A line in capitals over a headline in title case is a menu or label, not a headline over
# its standfirst: a standfirst reads as a sentence (most words after the first in lower case),
# and a headline in capitals (a style sheet's text-transform) has one that does.
TITLE_CASE_SHARE = 0.4


def _capitals_over_title(above: str, text: str) -> bool:
    """Return True when ``above`` has no lower-case letter and ``text`` below it is in title
    case (five words or more, few of them in lower case after the first)."""
    return (not any(c.islower() for c in above) and any(c.islower() for c in text)
            and len(text.split()) >= STANDFIRST_UNDER_WORDS
            and lower_share(text) < TITLE_CASE_SHARE)


class _Page:
    """The blocks of a page with what pick_headline asks of them, each worked out once."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        # Why each text is no headline (None: it is one), by text: a page shows a teaser's
        # title or a label again and again; both its headline_score and whether it reads as a
        # headline but for two sentences are told from it.
        self._reasons: dict[str, str | None] = {}
        # Each text's is_signal (a list of teasers shows a title again and again) and each
        # block's _is_text: the scans from each candidate overlap.
        self._signals: dict[str, bool] = {}
        self._text_blocks: dict[int, bool] = {}

    def _reason(self, text: str) -> str | None:
        if text not in self._reasons:
            self._reasons[text] = not_headline_because(text)
        return self._reasons[text]

    def score(self, index: int) -> float:
        """Return the headline_score of block ``index``."""
        text = self.texts[index]
        return 0.0 if self._reason(text) is not None else _length_score(text)

    def two_sentences(self, index: int) -> bool:
        """Return True when block ``index`` reads as a headline but for its two sentences."""
        text = self.texts[index]
        reason = self._reason(text)
        # Any other reason holds with two sentences allowed too: the tests before the one of
        # two sentences are the same, and the ones after it were reached (it found none).
        return reason is None or reason == "two sentences" and not_headline_because(
            text, two_sentences=True) is None

    def signal(self, index: int) -> bool:
        """Return True when block ``index`` is a byline, date, share bar or reading time."""
        text = self.texts[index]
        if text not in self._signals:
            self._signals[text] = is_signal(text)
        return self._signals[text]

    def is_text(self, index: int) -> bool:
        """Return True when block ``index`` has words in it (see _is_text)."""
        if index not in self._text_blocks:
            self._text_blocks[index] = _is_text(self.texts[index])
        return self._text_blocks[index]

    def nearest(self, index: int, step: int, reach: int = 0) -> int | None:
        """Return the index of the nearest text block from ``index`` in direction ``step``
        (at most ``reach`` blocks away, when given)."""
        at = index + step
        while 0 <= at < len(self.texts) and not self.is_text(at):
            at += step
        if reach and abs(at - index) > reach:
            return None
        return at if 0 <= at < len(self.texts) else None

    def titled(self, index: int | None) -> bool:
        return index is not None and self.score(index) > 0

    def _titled_long(self, index: int | None) -> bool:
        """Return True for a title-like block of STANDFIRST_UNDER_WORDS words or more (no
        kicker)."""
        return (index is not None and self.titled(index)
                and len(self.texts[index].split()) >= STANDFIRST_UNDER_WORDS)

    def in_list(self, index: int) -> bool:
        """Return True when the text blocks on both sides of block ``index`` are title-like
        too, or the two above it (a list of teasers or links, or its last item)."""
        above, below = self.nearest(index, -1), self.nearest(index, 1)
        if above is None or not self.titled(above):
            return False
        if self.titled(below):
            return True
        higher = self.nearest(above, -1, LIST_REACH)
        if self.nearest(index, -1, LIST_REACH) is None or higher is None:
            return False
        if below is not None and self.signal(below):
            return False  # its own byline or date right below: the headline under a list
        # The last of a list of short titles; a long one above (a standfirst) makes no list.
        return min(self.score(above), self.score(higher)) >= LIST_SCORE

    def list_item(self, index: int) -> bool:
        """Return True when block ``index`` is the text of a list item under its bullet and
        picture, each alone on the line above (_LONE_MARKER, BRACKETED)."""
        return (index >= 2 and bool(BRACKETED.match(self.texts[index - 1]))
                and bool(_LONE_MARKER.match(self.texts[index - 2])))

    def in_more_list(self, index: int) -> bool:
        """Return True when block ``index`` is an item of a list of other articles: a heading
        such as "More On:" or "Related" stands above it, with only short blocks between them
        (the list's other items, a tag), MORE_ITEMS title-like blocks or more follow that
        heading (a list, not a section's label over a headline and its standfirst), and no
        byline or date of its own is around it."""
        for at in range(index - 1, max(-1, index - 1 - MORE_REACH), -1):
            text = self.texts[at]
            if MORE_HEADING.match(text):
                items = 0
                for item in range(at + 1, min(len(self.texts), at + 1 + 2 * MORE_REACH)):
                    if self.is_text(item) and more_words_than(self.texts[item],
                                                              MORE_ITEM_WORDS):
                        break  # the list ends at a paragraph
                    items += self.titled(item)
                return items >= MORE_ITEMS and not self.signalled(index)
            if self.signal(at) or more_words_than(text, MORE_ITEM_WORDS):
                return False
        return False

    def standfirst(self, index: int) -> bool:
        """Return True when block ``index`` sits right below a headline of five words or more,
        or below a shorter one and reads as a standfirst (a title-like block that ends no
        list; a short kicker above it makes no list): it is that headline's standfirst or
        caption. A byline, date or share bar between them ends that headline's head: not
        then."""
        above = self.nearest(index, -1)
        return (above is not None and self.titled(above)
                and (len(self.texts[above].split()) >= STANDFIRST_UNDER_WORDS
                     and not _capitals_over_title(self.texts[above], self.texts[index])
                     or _reads_as_standfirst(self.texts[index], self.texts[above]))
                and not self._titled_long(self.nearest(above, -1))
                and not any(self.signal(at) for at in range(above + 1, index)))

    def short_titled(self, index: int, lead: Lead) -> bool:
        """Return True when block ``index`` is a headline of two words ("Come Together"): too
        short to read as one alone, but its date or byline comes next and the lead uses both
        words. Not the writer's name over the byline that names them ("Ada Brennan" / "by
        Ada Brennan"). (One-word blocks are section labels as often; every short block
        taken in with a flag of its own lost more titles than it won: see candidates.)"""
        text = self.texts[index]
        # Turned away for its length alone: with two more words it would read as a headline.
        if not (len(text.split()) == 2 and len(text) <= SHORT_TITLE_CHARS
                and self._reason(text) == "length"
                and not_headline_because(text + " x y") is None):
            return False
        # Its date or byline: the next text block, or a date between them (a date alone is
        # no text block).
        below = self.nearest(index, 1)
        if below is None:
            return False
        signals = [at for at in range(index + 1, below + 1) if self.signal(at)]
        if not signals or any(alnum_key(text) in alnum_key(self.texts[at]) for at in signals):
            return False
        words, shared = lead.overlap(text)
        return words == shared == 2

    def stopped_titled(self, index: int, lead: Lead) -> bool:
        """Return True when block ``index`` is a headline ending with a full stop ("Steve
        Forbes: Trump is indeed a billionaire."): one sentence of a few words, its byline or
        date below it (past its standfirst), and the lead uses half its words or more."""
        text = self.texts[index]
        if not (STOPPED_TITLE_WORDS[0] <= len(text.split()) <= STOPPED_TITLE_WORDS[1]
                and self._reason(text) == "sentence end"
                and not_headline_because(text.rstrip(".")) is None
                # (a table's row or a score line has more digits)
                and sum(c.isdigit() for c in text) <= 4 and not _PICTURED.search(text)
                and self.signal_below(index)):
            return False
        above, below = self.nearest(index, -1), self.nearest(index, 1)
        if above is not None and self.titled(above):
            return False  # the standfirst of the headline above it
        if below is not None and (credited(self.texts[below]) or is_caption(self.texts[below])):
            return False  # a picture's name, its caption below it
        words, shared = lead.overlap(text)
        return words > 0 and 2 * shared >= words

    def signalled(self, index: int) -> bool:
        """Return True when a byline, date or share bar follows block ``index`` within a few
        blocks and no other title-like block but its standfirst stands
        between them, or a date or byline sits right above it."""
        return self.signal_below(index) or self.signal_above(index)

    def signal_below(self, index: int) -> bool:
        """Return True when a byline, date or share bar follows block ``index`` within a few
        blocks and no other title-like block but its standfirst stands between them."""
        seen = 0
        for at in range(index + 1, min(len(self.texts), index + 1 + SIGNAL_REACH)):
            if self.signal(at):
                return True
            if self.is_text(at):
                if self.titled(at) and (seen or not self.standfirst(at)):
                    return False  # the signal below belongs to that headline
                seen += 1
                if seen > 4:
                    return False
        return False

    def signal_above(self, index: int) -> bool:
        """Return True when the nearest text block above block ``index`` (within three) is a
        date or byline."""
        for text in reversed(self.texts[max(0, index - 3) : index]):
            text = _MARKER.sub("", text)
            # A date in digits alone ("2024-03-13", "13.03.2024") is no text block, but a date.
            # (The date looked for once: a text that is no text block is a date here.)
            if _is_text(text):
                return bool(BYLINE.match(text)) or date_line(text) is not None
            if date_line(text) is not None:
                return True
        return False

    def signal_past_title(self, index: int) -> bool:
        """Return True when the first byline, date or share bar below block ``index`` comes
        after another title-like block (the headline of that byline, under a kicker)."""
        for at in range(index + 1, min(len(self.texts), index + 1 + SIGNAL_REACH)):
            if self.signal(at):
                return False
            if self.is_text(at) and self.titled(at):
                return True
        return False

    def glued_over(self, index: int) -> bool:
        """Return True when the next text block says the end of block ``index`` again (a
        browser's copy of a breadcrumb run onto the headline, "HomeLatest NewsNollywood
        Actress, …" over "Nollywood Actress, …"): block ``index`` is no headline itself."""
        below = self.nearest(index, 1, 2)
        if below is None:
            return False
        own, other = alnum_key(self.texts[index]), alnum_key(self.texts[below])
        return len(other) >= 12 and len(own) > len(other) and own.endswith(other)

    def names_picture(self, index: int) -> bool:
        """Return True when the next text block says block ``index`` again and goes on with
        a picture credit ("Ada Brennan, governor" above "Ada Brennan, governor Photo credit:
        Ana Ruiz"): block ``index`` is the picture's name."""
        below = self.nearest(index, 1, 2)
        if below is None:
            return False
        own, other = alnum_key(self.texts[index]), alnum_key(self.texts[below])
        return (len(own) >= 12 and other.startswith(own) and len(other) > len(own)
                and credited(self.texts[below]))

    def said_under_picture(self, index: int) -> bool:
        """Return True when the text block above block ``index`` (or the two above it) says
        it twice over (a missing picture's alternative text and title, then its caption: "X
        X" over "X"): block ``index`` is the picture's caption."""
        above = self.nearest(index, -1, 2)
        if above is None:
            return False
        own = alnum_key(self.texts[index])
        if len(own) < 12:
            return False
        # (A text browser may wrap the two over two lines: the block above that one too.)
        higher = self.nearest(above, -1, 1)
        other = (alnum_key(self.texts[higher]) if higher is not None else "") + alnum_key(
            self.texts[above])
        return other.count(own) >= 2

    def captioned(self, index: int) -> bool:
        """Return True when a picture credit follows block ``index`` right away: it is the
        picture's caption ("... (Bild: Audi)" on the next line), or the next text block says
        it again and goes on (a picture's name, then its caption with the credit)."""
        following = self.texts[index + 1] if index + 1 < len(self.texts) else ""
        if _CREDIT_LINE.match(following) or following and (is_caption(following)
                                                           or opens_as_caption(following)):
            return True
        below = self.nearest(index, 1, 2)
        if below is None or any(self.signal(at) or date_line(self.texts[at]) is not None
                                for at in range(index + 1, below)):
            return False  # a headline, its date, then its picture captioned with it
        own, other = alnum_key(self.texts[index]), alnum_key(self.texts[below])
        return len(own) >= 12 and other.startswith(own) and len(other) >= len(own) + 6


# A list of a page's tags or topics: TAG_LIST_ITEMS or more items between commas, each of a
# few words ("Labor , Video , Business News , Alabama Workers Immigration Law , ...").
TAG_LIST_ITEMS = 5
TAG_WORDS = 6
TAG_LIST_REACH = 60  # blocks below the body's start a tag list is looked for in


def _tag_items(texts: list[str], first: int) -> set[str]:
    """Return the keys (alnum_key) of the items of the page's tag lists above the body's first
    block ``first`` or not far below it."""
    items: set[str] = set()
    for text in texts[:first + TAG_LIST_REACH]:
        if text.count(",") + 1 < TAG_LIST_ITEMS or "\n" in text:
            continue
        parts = [part.strip() for part in text.split(",")]
        if all(part and len(part.split()) <= TAG_WORDS and not part.endswith(SENTENCE_END)
               for part in parts):
            items.update(alnum_key(part) for part in parts)
    return items


def candidates(texts: list[str], first: int, lead: Lead | None = None, top: int = 0
               ) -> list[tuple[int, tuple[float, ...]]]:
    """Return each title-like block above the body's first block ``first`` (from block
    ``top`` down) with its FEATURES (nearest first)."""
    page = _Page(texts)
    lead = lead or make_lead(texts, first)
    keys = [alnum_key(text) for text in texts]
    # Every block's key in one string: a key found twice in it is repeated on the page.
    joined = "\n".join(keys)
    # The words counted first, as far as the limit: the pattern, tried at every position of
    # every paragraph, took a sixth of a page's cleaning.
    owners = "\n".join(key for key, text in zip(keys, texts, strict=True)
                       if not more_words_than(text, OWNER_LINE_WORDS) and _OWNER_LINE.search(text))
    tags = _tag_items(texts, first)
    # The page's stop words and English ones (an English headline over a page in another
    # language); none when the page's language is not known.
    stops = lead.stop_words | stop_words("en") if lead.stop_words else frozenset[str]()
    found: list[tuple[int, tuple[float, ...], bool]] = []
    for index in range(first - 1, max(top - 1, first - HEAD_BLOCKS), -1):
        text = texts[index]
        length = page.score(index)
        two = 0.0
        if length == 0 and page.two_sentences(index):
            # Two sentences: a standfirst or teaser more often than a headline ("... dies at
            # 81. What we know"), left to the weights. (Blocks of one or two words, and
            # blocks ending with a full stop, each taken in with a flag of its own, put the
            # right title among the candidates on two more check renderings but did not raise
            # the titles right: two-fold 202 -> 199 of 236 for short blocks; repeated random
            # two-fold splits 200.8 -> 200.8 (L2 1) and 200.8 -> 197.8 (L2 3) for a full stop.)
            length, two = _length_score(text), 1.0
        elif length == 0 and (page.stopped_titled(index, lead)
                              or page.short_titled(index, lead)):
            length = _length_score(text)
        if length > 0 and (page.names_picture(index) or page.said_under_picture(index)):
            continue  # a picture's name, its caption below saying it again with the credit
        if (length > 0 and len(keys[index]) >= 5 and keys[index] in owners
                and word_count(text) <= SITE_NAME_WORDS):
            continue  # the site's name, as its copyright or trademark line says it
        if length > 0 and keys[index] in tags:
            continue  # one of the page's tags, listed again under its headline
        if length > 0 and page.glued_over(index):
            continue  # a breadcrumb run onto the headline said right below it
        if length > 0 and page.list_item(index):
            continue  # an item of a list, its bullet and picture on the lines above
        if length > 0 and page.in_more_list(index):
            continue  # a link in a list of other articles ("More On:" above it)
        if length > 0 and _stopless(text, stops):
            continue  # a menu's items on one line, wrapped under its button ("Moto Cyfrowa ...")
        if length > 0:
            key = keys[index]
            words, shared = lead.overlap(text)
            signalled = page.signalled(index)
            found.append((index, (
                1.0,
                length / 12,
                float(signalled and not page.standfirst(index)),
                float(page.captioned(index)),
                float(page.in_list(index)),
                float(len(key) >= 12 and joined.count(key) >= 2),
                length / 12 * shared / max(1, words),
                min(shared, 6) / 6,
                two,
            ), signalled and page.signal_past_title(index)))
    # A writer's name alone (a byline without "By") right under another candidate (the
    # headline, its standfirst between them perhaps) is no headline.
    others = [entry[0] for entry in found]
    found = [entry for entry in found if not (
        _person_alone(texts[entry[0]])
        and any(entry[0] - NAME_UNDER_HEADLINE <= other < entry[0] for other in others))]
    # Ranks among the page's candidates: the one whose words the lead uses most.
    lead_at = FEATURES.index("lead words")
    most = max((features[lead_at] for _, features, _ in found), default=0.0)
    return [(index, (*features, float(most > 0 and features[lead_at] == most), float(past)))
            for index, features, past in found]


# A headline of this many words or more has a stop word of its language in it ("to", "of",
# "w", "za"): on paste_quality.py's pages, 10 of the 96 titles of 8 words or more have one
# alone, none has none. Menu items on one line have none.
STOPLESS_WORDS = 10
_WORDS = re.compile(r"[^\W\d_]+")


def _stopless(text: str, stops: frozenset[str]) -> bool:
    """Return True when ``text`` has STOPLESS_WORDS words or more and none is in ``stops``
    (never when ``stops`` is empty)."""
    words = _WORDS.findall(text.casefold())
    return bool(stops) and len(words) >= STOPLESS_WORDS and stops.isdisjoint(words)


NAME_UNDER_HEADLINE = 3  # blocks a writer's name is under the headline at most
_NAME_PART = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’-]+|[A-Z]\.|\([A-Z.]+\))$")


def _person_alone(text: str) -> bool:
    """Return True when ``text`` is a person's name alone: two to four capitalised words, the
    first a common given name ("Richard (R.J.) Eskow")."""
    words = text.split()
    return (2 <= len(words) <= 4 and words[0] in given_names()
            and all(_NAME_PART.match(word) for word in words))


def utility(features: tuple[float, ...], weights: tuple[float, ...] = WEIGHTS) -> float:
    """Return how likely a candidate with ``features`` is the headline, on a logistic scale
    where 0 is as likely as no headline at all."""
    return sum(w * x for w, x in zip(weights, features, strict=True))


# When no block above the body reads as a headline, the short block right above the body,
# past its byline and date (a line with a date in it, however glued: "MoritzMeyer2019-01-07T
# 17:27:31+02:00Juni 19th, 2018|Social Media"), is its title if it was turned away for its
# length, its full stop or its two sentences alone ("Voice interfaces", "The Middle Manager's
# Oath.", "Ich habe das Vreni Frost-Urteil gelesen. Das müsst ihr jetzt dazu wissen.") and is
# no boilerplate ("Sign in"). (Every rendering of paste_quality.py's pages has a candidate;
# the npm pages have renderings and real copies with none, some of which get their title so,
# none a wrong one.)
NEAREST_REACH = 4
NEAREST_WORDS = 15
_NEAREST_REASONS = ("length", "sentence end", "two sentences")


def nearest_title(texts: list[str], first: int, title_like: bool = False) -> int | None:
    """Return the index of the text block right above block ``first``, past bylines, dates
    and pictures, when it is NEAREST_REACH blocks or fewer above it and has a few words (is
    no title-like block, unless ``title_like``: then it may be one)."""
    page = _Page(texts)
    at = first - 1
    while at >= 0 and (not page.is_text(at) or page.signal(at)
                       or not_headline_because(texts[at]) == "date"):
        at -= 1
    if at < 0 or first - at > NEAREST_REACH:
        return None
    text = texts[at]
    if (not 1 <= word_count(text) <= NEAREST_WORDS or text.rstrip().endswith(":")
            or not_headline_because(text) not in (
                (None, *_NEAREST_REASONS) if title_like else _NEAREST_REASONS)
            or is_boilerplate(text)):
        return None
    return at


def pick_headline(texts: list[str], first: int, lead: Lead | None = None,
                  weights: tuple[float, ...] = WEIGHTS, top: int = 0) -> int | None:
    """Return the index of the headline among the blocks ``texts`` above the body's first
    block ``first``, or None: the title-like block of the highest utility above 0, or the
    block right above the body when no block is title-like (nearest_title)."""
    found = candidates(texts, first, lead, top)
    if not found:
        return nearest_title(texts, first)
    best, best_score = None, 0.0
    for index, features in found:
        score = utility(features, weights)
        if score > best_score:
            best, best_score = index, score
    return best


# A wiki's tabs and tools between its page's title and the tagline under it ("Article",
# "Talk", "Read", "Edit", "View history", "Tools"), in the languages of the largest wikis,
# and its list of the article's other languages ("4 languages", each language's name, "Edit
# links").
_WIKI_TABS = re.compile(
    r"^(?:article|talk|read|edit|edit source|view source|view history|tools|actions|more"
    r"|watch|add topic|toggle the table of contents|artikel|diskussion|lesen|bearbeiten"
    r"|quelltext bearbeiten|versionsgeschichte|werkzeuge|discussion|lire|modifier"
    r"|modifier le code|voir l['’]historique|outils|artículo|discusión|leer|editar"
    r"|ver historial|herramientas|voce|discussione|leggi|modifica|modifica wikitesto"
    r"|cronologia|strumenti|artigo|discussão|ler|editar código-fonte|ver histórico"
    r"|ferramentas|overleg|lezen|bewerken|brontekst bewerken|geschiedenis|hulpmiddelen"
    # The page's tools and appearance menus, pinned beside the article on a wide screen.
    r"|general|what links here|related changes|upload file|special pages|permanent link"
    r"|page information|cite this page|get shortened url|download qr code|print/export"
    r"|download as pdf|printable version|in other projects|wikimedia commons|wikidata item"
    r"|edit interlanguage links|appearance|hide|show|move to sidebar|pin|unpin|text|small"
    r"|standard|large|width|wide|colou?r \(beta\)|automatic|light|dark"
    r"|this page is always in light mode\.)$",
    re.IGNORECASE)
_WIKI_LANGUAGES = re.compile(
    r"^\d{1,3}\s+(?:languages?|sprachen|langues?|idiomas?|lingue|línguas|talen|språk)$",
    re.IGNORECASE)
_WIKI_LINKS_EDIT = re.compile(r"^(?:edit links|add links|add languages|links bearbeiten"
                              r"|modifier les liens|editar enlaces|modifica collegamenti)$",
                              re.IGNORECASE)
WIKI_TITLE_REACH = 20  # text blocks above the tagline its title is looked for in
WIKI_LANGUAGE_REACH = 400  # blocks a list of the article's languages may take
WIKI_TITLE_WORDS = 15
WIKI_LEAD_CHARS = 300  # the article's opening its title is looked for in
WIKI_NAMED_REACH = 12  # text blocks above the tagline (tabs aside) the named title is in


def wiki_title(texts: list[str], first: int) -> int | None:
    """Return the index of a wiki page's title among the blocks ``texts`` above the body's
    first block ``first``: among the text blocks above the tagline under it ("From Wikipedia,
    the free encyclopedia"), past the wiki's tabs and the list of the article's other
    languages, the nearest one the article's opening names, else the nearest; None without a
    tagline there."""
    tagline = next((at for at in range(first - 1, max(-1, first - HEAD_BLOCKS), -1)
                    if _WIKI_TAGLINE.match(texts[at])), None)
    if tagline is None:
        return None
    # The article's first sentence names its subject: a block above the tagline it says is
    # the title, past tabs in a language the list below does not know ("Sunting", "عدل").
    lead = alnum_key(texts[first][:WIKI_LEAD_CHARS]) if first < len(texts) else ""
    shown: list[int] = []  # text blocks above the tagline, nearest first, tabs passed over
    at = tagline - 1
    while at >= 0 and len(shown) < WIKI_TITLE_REACH:
        text = texts[at]
        if not _is_text(text) or _WIKI_TABS.match(text):
            at -= 1
            continue
        if _WIKI_LINKS_EDIT.match(text):
            # The languages listed above: the title is right above their count.
            count = next((above for above in range(at - 1, max(-1, at - WIKI_LANGUAGE_REACH),
                                                   -1) if _WIKI_LANGUAGES.match(texts[above])),
                         None)
            if count is None:
                return None
            at = count
            continue
        if _WIKI_LANGUAGES.match(text):
            at -= 1
            continue
        if word_count(text) > WIKI_TITLE_WORDS or is_boilerplate(text):
            break
        shown.append(at)
        at -= 1
    named = next((index for index in shown[:WIKI_NAMED_REACH]
                  if len(key := alnum_key(texts[index])) >= 3 and key in lead), None)
    return named if named is not None else (shown[0] if shown else None)

