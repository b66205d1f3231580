"""Which line of a pasted page is its headline: title-like, not a label, breadcrumb or date."""

from __future__ import annotations

import re

from inbrief.core.clean.rules import (
    BYLINE,
    SECTION_LABEL,
    SENTENCE_END,
    date_line,
    dense_chars,
    find_date,
    is_boilerplate,
    is_caption,
    word_count,
)

MAX_HEADLINE_WORDS = 25
# Breadcrumbs, form fields ("Search ____ (BUTTON)") and teasers cut short with an ellipsis.
_BREADCRUMB = re.compile(r"\s(?:»|›|>|/)\s|\]$|^\W*$|_{3,}|\(BUTTON\)|^\d{1,2}\.\s")
# A teaser cut short ends with an ellipsis after many words; a short title may end with one.
_CUT_SHORT = re.compile(r"(?:…|\.\.\.)$")
CUT_SHORT_WORDS = 7
# Labels that sit where a headline would: picture credits, author boxes, account links.
_NOT_HEADLINE = re.compile(
    r"\b(?:image|photo|picture|copyright|contributor|staff writer|correspondent|reporter"
    r"|associated press|sign (?:in|out|up)|log ?in|profile|e-?mail|newsletter|subscribe"
    r"|advertisement|cookies?|share|sharing|follow|\d+ of \d+|foto|фото|external links?"
    r"|new window|playback|javascript|browser|copy (?:this |the )?link)\b"
    # "Media captionWho is ...": a text browser runs a caption's label into it.
    r"|^(?:media|image|video|photo)\s?(?:caption|copyright|source|credit)",
    re.IGNORECASE,
)
# Social networks: two of them in a short block make a share or follow bar.
_NETWORK = re.compile(
    r"\b(?:facebook|twitter|whatsapp|pinterest|pint|linkedin|telegram|messenger|reddit|tumblr"
    r"|instagram|tiktok|youtube|flipboard|bluesky|mastodon|vk|weibo|wechat)\b",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
# What follows a headline within a few blocks: byline, date, share bar, reading time.
_HEAD_SIGNAL = re.compile(
    r"^(?:by|von|par|por|di|door|av|af|de)\s|\b(?:share|teilen|partager|compartir|condividi"
    r"|sharing|tweet|updated|published|min(?:ute)?s? read|ago|reading time|lesezeit"
    r"|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|läsetid"
    r"|lesetid|время чтения)\b"
    # A time, not a range of opening hours ("9:00〜18:00").
    r"|(?<![\d:〜~–-])\b\d{1,2}:\d{2}\b(?!\s*[〜~–-]\s*\d)",
    re.IGNORECASE,
)
# Only a full stop: "Aus! Aus! Alles vorbei!" and "'We Got Her!': Video Shows ..." are headlines.
_TWO_SENTENCES = re.compile(r"[^\W\d_]{3,}\. +[A-Z]")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
# Menu items run together ("NewsletterSubscribeSign in", "AméricaMéxicoVenezuela"): a word
# of three lower-case letters or more going on with a capital, three times ("WordPress" once).
_RUN_TOGETHER = re.compile(r"[^\W\d_A-Z]{3}(?=[A-ZÀ-ÞА-Я][^\W\d_A-Z])")
# How far above the body the headline is looked for, in blocks, and what each block of text
# between them costs a candidate; what a byline or date right below it, and the same words
# elsewhere on the page (the page's title, a share text), add.
HEAD_BLOCKS = 80
DISTANCE_COST = 0.5
SIGNAL_BONUS = 5.0
REPEAT_BONUS = 3.0
LIST_COST = 4.0
# How many blocks below a headline its byline or date is looked for; how long a headline is
# that a title-like block right below it is the standfirst of (a kicker is shorter).
SIGNAL_REACH = 12
LIST_SCORE = 3.0
LIST_REACH = 3  # blocks from one item of a list to the next (a picture's name between them)
TOP_COST = 3.0
STANDFIRST_UNDER_WORDS = 5
_OPENING_QUOTES = "\"'“‘«„¿¡"
_MARKER = re.compile(r"^[\s•◦▪■●○►▸·*+-]+")
# A picture credit on its own line: "(Bild: Audi)", "Foto: dpa", "Photo credit: ...".
_CREDIT_LINE = re.compile(
    r"^\(?\s*(?:bild|foto|photo|image|imagen|immagine|picture|credit|quelle|fuente|source)"
    r"(?:\s+credit)?\s*:",
    re.IGNORECASE,
)


def looks_like_headline(text: str) -> bool:
    """Return True when ``text`` (one block) reads like an article's headline."""
    text = text.strip()
    if not text or len(text) > 250 or word_count(text) > MAX_HEADLINE_WORDS:
        return False
    dense = dense_chars(text)
    if dense < 6 and len(text.split()) < 3:
        return False
    if _TWO_SENTENCES.search(text):
        return False  # a standfirst or teaser: "... the crisis. It is up to them ..."
    ending = text.rstrip("\"'”’»")
    if _CUT_SHORT.search(ending):
        if len(text.split()) >= CUT_SHORT_WORDS:
            return False  # a teaser cut short
    elif ending.endswith(SENTENCE_END) and not ending.endswith(("?", "!", "？", "！")):
        return False
    first = text[:1]
    return (first.isalnum() or first in "\"'“‘«¿¡") and not (
        _NOT_HEADLINE.search(text)
        or _BREADCRUMB.search(text)
        or text[:1].islower() and not text[1:2].isupper()  # "iOS 13", "eBay"
        or BYLINE.match(text)
        or SECTION_LABEL.match(text)
        or is_boilerplate(text)
        or date_line(text) is not None
        or find_date(text)
        or _TIME.search(text)
        or len(_RUN_TOGETHER.findall(text)) >= 3
        or _share_bar(text)
    )


def _share_bar(text: str) -> bool:
    """Return True for a bar of social networks ("Whatsapp  Facebook  Pint  Download"): two
    of them or more, half the words or more ("Facebook and Twitter ban ..." is a headline)."""
    networks = len(_NETWORK.findall(text))
    return networks >= 2 and 2 * networks >= len(text.split())


def headline_score(text: str) -> float:
    """Return how much ``text`` looks like a headline: 0 when it does not, else its length in
    words (a section label or picture caption is shorter than a headline)."""
    if not looks_like_headline(text):
        return 0.0
    dense = dense_chars(text)
    words = max(len(text.split()), dense // 2)
    # Headlines peak at about a dozen words; a longer title-like block is more likely a
    # standfirst, still a headline when nothing shorter is title-like.
    return max(1.0, min(words, 12) - 2.0 * max(0, words - 14))


_NOT_ALNUM = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    """Return ``text`` reduced to its lower-case letters and digits."""
    return _NOT_ALNUM.sub("", text.casefold())


def _is_text(text: str) -> bool:
    """Return True for a block with words in it (not a bullet, picture name or number)."""
    words = len(_LETTERS.findall(text)) >= 2 or dense_chars(text) >= 4
    return words and text.lstrip(_OPENING_QUOTES)[:1].isalnum()


def is_signal(text: str) -> bool:
    """Return True for a byline, date, share bar or reading time (a list marker before it
    too: "• By Ada Brennan / 2016.12.01")."""
    text = _MARKER.sub("", text)
    return bool(
        _HEAD_SIGNAL.search(text) and word_count(text) <= 20
        or BYLINE.match(text)
        or date_line(text) is not None
        or word_count(text) <= 15 and find_date(text)
    )


def _counts(text: str) -> bool:
    """Return True for a block of text that puts a candidate farther from the body (not a
    share button, bullet, picture name or label of a word or two)."""
    return (_is_text(text) and word_count(text) >= 3 and not is_signal(text)
            and not _share_bar(text) and not _BREADCRUMB.search(text))


class _Page:
    """The blocks of a page with what pick_headline asks of them, each worked out once."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self._scores: dict[int, float] = {}

    def score(self, index: int) -> float:
        if index not in self._scores:
            self._scores[index] = headline_score(self.texts[index])
        return self._scores[index]

    def nearest(self, index: int, step: int, reach: int = 0) -> int | None:
        """Return the index of the nearest text block from ``index`` in direction ``step``
        (at most ``reach`` blocks away, when given)."""
        at = index + step
        while 0 <= at < len(self.texts) and not _is_text(self.texts[at]):
            at += step
        if reach and abs(at - index) > reach:
            return None
        return at if 0 <= at < len(self.texts) else None

    def titled(self, index: int | None) -> bool:
        return index is not None and self.score(index) > 0

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
        # The last of a list of short titles; a long one above (a standfirst) makes no list.
        return min(self.score(above), self.score(higher)) >= LIST_SCORE

    def standfirst(self, index: int) -> bool:
        """Return True when block ``index`` sits right below a headline of five words or more
        (a title-like block that ends no list): it is that headline's standfirst or caption."""
        above = self.nearest(index, -1)
        return (above is not None and self.titled(above)
                and len(self.texts[above].split()) >= STANDFIRST_UNDER_WORDS
                and not self.titled(self.nearest(above, -1)))

    def signalled(self, index: int) -> bool:
        """Return True when a byline, date or share bar follows block ``index`` within a few
        blocks and no other title-like block but its standfirst stands
        between them, or a date or byline sits right above it."""
        seen = 0
        for at in range(index + 1, min(len(self.texts), index + 1 + SIGNAL_REACH)):
            text = self.texts[at]
            if is_signal(text):
                return True
            if _is_text(text):
                if self.titled(at) and (seen or not self.standfirst(at)):
                    break  # the signal below belongs to that headline
                seen += 1
                if seen > 4:
                    break
        for text in reversed(self.texts[max(0, index - 3) : index]):
            text = _MARKER.sub("", text)
            if _is_text(text):
                return bool(BYLINE.match(text) or date_line(text) is not None)
        return False

    def captioned(self, index: int) -> bool:
        """Return True when a picture credit follows block ``index`` right away: it is the
        picture's caption ("... (Bild: Audi)" on the next line)."""
        following = self.texts[index + 1] if index + 1 < len(self.texts) else ""
        return bool(_CREDIT_LINE.match(following) or following and is_caption(following))


def pick_headline(texts: list[str], first: int) -> int | None:
    """Return the index of the headline among the blocks ``texts`` above the body's first
    block ``first``, or None: the title-like block with the best score (its length, a byline
    or date below it, its words repeated elsewhere on the page, less its distance in blocks
    of text from the body)."""
    page = _Page(texts)
    keys = [_key(text) for text in texts]
    # Every block's key in one string: a key found twice in it is repeated on the page.
    joined = "\n".join(keys)
    best, best_score = None, 0.0
    distance = 0
    for index in range(first - 1, max(-1, first - HEAD_BLOCKS), -1):
        text = texts[index]
        score = page.score(index)
        if score > 0 and page.in_list(index):
            score -= LIST_COST
        if score > 0:
            # The byline may sit below a standfirst that opens the body.
            if page.signalled(index) and not page.standfirst(index):
                score += SIGNAL_BONUS
            if page.captioned(index):
                score -= SIGNAL_BONUS
            if page.nearest(index, -1) is None:
                score -= TOP_COST  # the page's first words: its site name
            key = keys[index]
            if len(key) >= 12 and joined.count(key) >= 2:
                score += REPEAT_BONUS
            score -= DISTANCE_COST * distance
            if score > best_score:
                best, best_score = index, score
        if _counts(text):
            distance += 1
    return best
