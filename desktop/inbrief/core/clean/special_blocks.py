"""Blocks of a pasted page that no length or stop-word count classes right: cookie and
consent notices and news photos' captions (prose, never the article's) and rows of a table
of figures (no prose, yet the article's)."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterator

from inbrief.core.clean.counts import lower_share, more_words_than, word_count
from inbrief.core.clean.date_lines import month_apart
from inbrief.core.clean.rules import BYLINE, PERSON, SENTENCE_END
from inbrief.core.text import TABLE_CELLS, table_cells

# A cookie or consent notice: the site says it uses cookies, or a paragraph names them twice
# with what a notice asks of the reader (an article about cookie rules names them once or
# twice among its own words; a notice of a few sentences is made of them).
_COOKIE_NOTICE_OPENING = re.compile(
    r"(?:this (?:web)?site|our (?:web)?site|we) uses? cookies\b|by (?:continuing|using)"
    r" (?:this|our) (?:web)?site\b|wir verwenden cookies\b|diese (?:web)?seite verwendet"
    r" cookies\b|(?:ce site|nous) utilis\w+ des cookies\b|(?:este sitio(?: web)?|usamos"
    r"|utilizamos) (?:utiliza )?cookies\b|(?:questo sito|utilizziamo) (?:utilizza )?(?:i )?cookie",
    re.IGNORECASE,
)
_COOKIE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_CONSENT_WORDS = re.compile(
    r"\b(?:consent|opt[- ]?out|opt[- ]?in|accept|browser|browsing|preferences|settings"
    r"|functionalit(?:y|ies)|einwilligung|zustimm\w*|akzeptier\w*|einverstanden|erlaubnis"
    r"|deaktivier\w*|drittanbieter\w*|consentement|accepter"
    r"|consentimiento|aceptar|consenso|accetta)\b",
    re.IGNORECASE,
)
MAX_NOTICE_WORDS = 120


# A form's consent box: the reader accepts the site's privacy terms (a newsletter's sign-up:
# "Ich akzeptiere die Datenschutzbestimmungen von … Mailchimp. Sie können sich jederzeit …").
_CONSENT_BOX = re.compile(
    r"\W*(?:I (?:have read and )?(?:accept|agree|consent)|Ich (?:akzeptiere|stimme|willige)"
    r"|J['’]accepte|Acepto|Aceito|Accetto|Ik ga akkoord)\b"
    r"[^.!?]{0,80}?\b(?:privacy|terms|datenschutz\w*|nutzungsbedingungen|agb|confidentialit"
    r"|conditions|privacidad|privacidade|términos|termos|voorwaarden)",
    re.IGNORECASE,
)


def is_cookie_notice(text: str) -> bool:
    """Return True for a cookie or consent notice: "This website uses cookies to improve
    your experience ...", "Necessary cookies are essential ... (browser, consent)", "I accept
    the privacy policy ..." (a form's consent box)."""
    if "ookie" not in text:
        first = text.lstrip()[:1]
        return ((first in "IiJjAa" or not first.isalnum()) and bool(_CONSENT_BOX.match(text))
                and not more_words_than(text, MAX_NOTICE_WORDS))
    if word_count(text) > MAX_NOTICE_WORDS:
        return False
    return bool(_COOKIE_NOTICE_OPENING.search(text)
                or len(_COOKIE.findall(text)) >= 2 and _CONSENT_WORDS.search(text))


# A site's notice of its own standing, which its footer shows under every article: the
# affiliate disclosure Amazon asks for ("We are a participant in the Amazon Services LLC
# Associates Program, an affiliate advertising program ...", "Als Amazon-Partner verdiene ich
# an qualifizierten Verkäufen"), the licence of its content ("Boing Boing is published under a
# Creative Commons license except where otherwise noted", a licence badge's "This work is
# licensed under a Creative Commons ..."), its terms ("Read the rules you agree to by using this
# website in our Terms of Service", "Our forum rules are detailed in the Community
# Guidelines"). An article reports such things; it does not say them of itself. (Not "our
# community guidelines", which a platform's spokesman says in a news story.)
_SITE_NOTICE = re.compile(
    r"\bparticipant in the amazon (?:services llc |eu )?(?:\([^()]{0,40}\) )?associates program\b"
    r"|\bas an amazon associate\b|\bals amazon-partner verdien|\ben tant que partenaire amazon\b"
    r"|\bcomo afiliad[oa] de amazon\b"
    r"|\bcreative commons\b[^.!?]{0,40}\b(?:except|unless) (?:where )?(?:otherwise )?"
    r"(?:noted|stated|indicated)\b"
    r"|\bthis (?:work|article|post|site|blog|page|content) is licensed under (?:a|the)\b"
    r"|\bdieses werk ist lizenziert unter einer creative commons\b"
    r"|\bby using (?:this|our) (?:web)?site\b|\bour (?:forum|comment|commenting)"
    r" (?:rules|guidelines|policy)\b",
    re.IGNORECASE,
)
MAX_SITE_NOTICE_WORDS = 60
# Each notice holds one of these (a word without its first letter: either case), looked for
# first in one scan (every block is asked), the words and the pattern only then.
_SITE_NOTICE_HINT = re.compile("mazon|ommons|icensed|izenziert|sing this |sing our |ur forum "
                               "|ur comment")


def is_site_notice(text: str) -> bool:
    """Return True for a short paragraph in which a site states its affiliate links, its
    content's licence or its terms (_SITE_NOTICE)."""
    return (_SITE_NOTICE_HINT.search(text) is not None
            and not more_words_than(text, MAX_SITE_NOTICE_WORDS)
            and bool(_SITE_NOTICE.search(text)))


# A cookie dialog's blocks below its notice: those naming cookies ("Was sind Cookies?", "Bei
# einem Cookie handelt es sich um ...") and its buttons and short lines between them ("Ich
# bin einverstanden."), this many words at most.
DIALOG_BUTTON_WORDS = 5


def cookie_dialogs(texts: list[str], raw: list[str]) -> None:
    """Class bad the blocks of a cookie dialog below its notice (is_cookie_notice): each
    block that names cookies or has DIALOG_BUTTON_WORDS words at most, in a row. (A dialog
    explains cookies at length, one paragraph naming them once: only the first is a
    notice on its own.)"""
    index = 0
    while index < len(texts):
        if raw[index] != "bad" or "ookie" not in texts[index] or not is_cookie_notice(
                texts[index]):
            index += 1
            continue
        index += 1
        while index < len(texts) and ("ookie" in texts[index]
                                      or word_count(texts[index]) <= DIALOG_BUTTON_WORDS):
            raw[index] = "bad"
            index += 1


# A wiki article's table of contents: its heading alone ("Contents", the skin's "hide" or
# "[hide]" toggle after it), then its sections numbered from 1 ("1 History", "1.1
# Construction", "2 Optics"; a browser's copy runs the number into the name: "1History"), a
# list marker before each in a text browser's dump.
_CONTENTS_HEADING = re.compile(
    r"^(?:contents|table of contents|inhaltsverzeichnis|inhalt|sommaire|índice|indice"
    r"|inhoud|innehåll|indhold|innhold|sisällysluettelo|spis treści|obsah|содержание"
    r"|зміст|İçindekiler|目次|目录|目錄|목차)(?:\s*\[?\s*(?:hide|show|verbergen|masquer"
    r"|ocultar|nascondi)\s*\]?)?$", re.IGNORECASE)
_CONTENTS_ITEM = re.compile(r"^(?:[•*+□◦○▪-]\s*)?(\d{1,2})(?:\.\d{1,2}){0,3}\s*[^\W\d_]")
CONTENTS_ITEM_WORDS = 10
MIN_CONTENTS_ITEMS = 2


def contents_lists(texts: list[str], raw: list[str]) -> None:
    """Class bad a wiki article's table of contents: its heading (_CONTENTS_HEADING) and the
    short numbered sections right below it, the first numbered 1, MIN_CONTENTS_ITEMS of
    them at least."""
    for index, text in enumerate(texts):
        if len(text) > 40 or not _CONTENTS_HEADING.match(text):
            continue
        items: list[int] = []
        at = index + 1
        while at < len(texts) and word_count(texts[at]) <= CONTENTS_ITEM_WORDS and (
                item := _CONTENTS_ITEM.match(texts[at])) is not None:
            if not items and item.group(1) != "1":
                break
            items.append(at)
            at += 1
        if len(items) >= MIN_CONTENTS_ITEMS:
            for at in (index, *items):
                raw[at] = "bad"


# A news photo's caption in the words agencies write them in: who stands where in the picture
# ("Ada Brennan, left, speaks ..."), "this ... file photo", a picture credited to an agency at
# its end ("... via AP", "(AP)"), or a photo's "[+]" button to read the caption in full.
_PHOTO_CAPTION = re.compile(
    r",\s(?:left|right|centre|center|second (?:from )?(?:left|right)|far (?:left|right)"
    r"|front|rear|top|bottom|foreground|background)(?: row)?,\s|\[\+\]",
    re.IGNORECASE,
)
# Searched only in a text with "shows" in it (case-folded): tried at each word of a paragraph,
# it took two thirds of the time the captions' patterns took.
_FILE_PHOTO = re.compile(r"\bfile (?:photo|image|picture)\b,? (?:[\w.,'’-]+ ){0,12}shows\b",
                         re.IGNORECASE)
# The agency's credit closes the caption: at most PHOTO_AGENCY_CHARS characters with a last
# newline, looked for in the text's end only (searched everywhere, it took half the time).
_PHOTO_AGENCY = re.compile(r"\bvia (?:AP|Reuters|AFP|Getty Images)\.?$|\((?:AP|AFP|Reuters)\)$",
                           re.IGNORECASE)
PHOTO_AGENCY_CHARS = 20
MAX_CAPTION_WORDS = 60
# A caption that says it is one from its first words: "This March 3, 2024, file photo
# shows ...", "In a Monday, Oct. 3, 2011 photo, ..." (an agency's dated photo). Such a caption
# may go on with the story's background for a few sentences.
_PHOTO_OPENING = re.compile(
    r"^(?:in )?this (?:[\w.,'’-]+ ){0,6}(?:file )?(?:photo|photograph|image|picture)\b"
    r"|^in an? (?:[\w.,'’-]+ ){0,5}\d{4},? (?:file )?(?:photo|photograph|image|picture)\b"
    # Who is where, before the names: "(L-R) Ada Brennan, ...", "From left: ...", "(v.l.n.r.)".
    r"|^\(?(?:l-r|l to r|r-l|from (?:left|right)|left to right|clockwise from (?:top )?left"
    r"|v\.\s?l\.\s?n\.\s?r\.|von links(?: nach rechts)?|de izquierda a derecha"
    r"|de gauche à droite|da sinistra)(?:\)|:)",
    re.IGNORECASE,
)
MAX_OPENED_CAPTION_WORDS = 100


def opens_as_caption(text: str) -> bool:
    """Return True for a caption that says it is one from its first words ("In this March 3,
    2024, file photo, ...")."""
    # The pattern first: it fails at a paragraph's first words, a count splits all of them.
    return bool(_PHOTO_OPENING.match(text)) and word_count(text) <= MAX_OPENED_CAPTION_WORDS


# A caption closed by the picture's credit, labelled: "... on Tuesday. (Photo by Ana Ruiz/
# Getty Images)", "... (credit: Meridian Wire)", "... in 2019. Credit: ESA", "Photograph:
# Ana Ruiz". An agency's caption or an illustration's legend runs long (who, where, what).
_CREDIT_LABEL = (r"(?:photo(?:graph)?|picture|image|credit|screenshot|illustration)s?"
                 r"(?: credit)?\s*(?::|by\b)")
_AFTER_SENTENCE = r"(?<=[.!?\"”’)] )"
_CREDIT_END = re.compile(
    rf"(?:\((?:photo(?:graph)?|picture|image|credit)s?\b[^()]{{1,80}}\)"
    rf"|{_AFTER_SENTENCE}{_CREDIT_LABEL}[^.!?()]{{1,60}})\s*$",
    re.IGNORECASE,
)
# A paragraph with pictures run into it ("... the screen. Image: Ana Ruiz With the new
# feature ... Image: Ana Ruiz") names a credit after a sentence more than once; a caption,
# once at most.
_CREDIT_LABELS = re.compile(_AFTER_SENTENCE + _CREDIT_LABEL, re.IGNORECASE)
MAX_CREDITED_CAPTION_WORDS = 150
CREDIT_END_CHARS = 120


# A short caption with its credit run into it, no sentence between: "The new levee at dusk
# Credit: Marenia Water Board".
_SHORT_CREDITED = re.compile(
    r"^[^.!?]{3,120}\s(?:photo(?:graph)?|picture|image|credit|screenshot)s?\s*(?::|by\b)"
    r"[^.!?()]{1,60}$",
    re.IGNORECASE,
)


def is_photo_caption(text: str) -> bool:
    """Return True for a news photo's caption: "Ada Brennan, left, speaks with voters ...",
    "This March 3, 2024, file photo shows ...", "... in Porto Calme. (AP)", "... on
    Tuesday. (Photo by Ana Ruiz/Getty Images)"."""
    # Words counted only as far as a limit: a long paragraph is not split into all its words.
    return (not more_words_than(text, MAX_CAPTION_WORDS)
            and bool(_PHOTO_CAPTION.search(text)
                     or _folds_to(text, "shows", "o") and _FILE_PHOTO.search(text)
                     or _PHOTO_AGENCY.search(text, max(0, len(text) - PHOTO_AGENCY_CHARS)))
            or opens_as_caption(text)
            or _credit_at_end(text)
            and not more_words_than(text, MAX_CREDITED_CAPTION_WORDS)
            and len(_CREDIT_LABELS.findall(text)) <= 1
            or len(text) <= 200 and short_credited(text))


class PhotoCaptions(dict[str, bool]):
    """``is_photo_caption`` of each text looked up, worked out once: a page shows a caption
    or a teaser's line again and again, and the article's short blocks are asked twice."""

    def __missing__(self, text: str) -> bool:
        found = self[text] = is_photo_caption(text)
        return found


def short_credited(text: str) -> bool:
    """Return True for a short caption with its credit run into it (_SHORT_CREDITED)."""
    # Each has a colon or "by" (a letter the pattern matches ignoring case folds to that
    # letter): looked for first, the pattern only then (it backtracks through every space).
    return (":" in text or _folds_to(text, "by", "b")) and bool(_SHORT_CREDITED.match(text))


def _credit_at_end(text: str) -> bool:
    """Return True when a picture's credit closes ``text``, in brackets or after a sentence."""
    # The credit is at most 82 characters and a space: searched in the end only, and only
    # when that end has a bracket, a colon or "by" (case-folded) that each credit has.
    start = max(0, len(text) - CREDIT_END_CHARS)
    end = text[start:]
    return (")" in end or ":" in end or _folds_to(end, "by", "b")) and bool(
        _CREDIT_END.search(text, start))


def _folds_to(text: str, word: str, letter: str) -> bool:
    """Return True when ``text`` case-folded has ``word``, which has ``letter``, a letter only
    itself and its capital fold to ("o", "b": not "s", which "ß" and "ſ" fold to too): a text
    without either, in another script most often, is not folded (folding each paragraph, or
    its end, took a sixth of is_photo_caption's instructions on a Russian page).
    tests/core/clean/test_fast_paths.py checks the letters."""
    return (letter in text or letter.upper() in text) and word in text.casefold()


# A video player's labels: the clip's length ("02:12", "05:22 - Source: Meridian TV"), "Now
# playing", "Up next", the ad's feedback button. The clip's title between them, a block too
# short to class on its own, takes their class.
_VIDEO_LABEL = re.compile(
    r"^(?:(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*[-–—|]\s*source\s*:?[^.!?]{1,40})?|now playing"
    r"|up next|(?:video )?ad feedback|(?:see|watch) more videos)$",
    re.IGNORECASE,
)
# A link to a clip, its label run into its title: "Ten things to know about herVideo" (w3m),
# "... about her Video" (lynx). Tried only on a text ending so: its backtracking from the
# end of every short block cost a fifth of classify's checks.
_VIDEO_LINK = re.compile(r"^[^.!?]{8,160}(?-i:[^\W\d_A-Z] ?Video)$", re.IGNORECASE)


# A clip's title with its length run into it: "Watch the governor's speech 02:12".
_TITLED_CLIP = re.compile(
    r"^(?P<title>[^.!?]{8,160}[^\W\d_]['’\"”]?)\s+(?:\d{1,2}:)?\d{1,2}:\d{2}"
    r"(?:\s*[-–—|]\s*source\s*:?[^.!?]{1,40})?$",
    re.IGNORECASE,
)
# The words before a time of day in a heading ("Polls close at 20:00"), not a clip's length.
_TIME_WORDS = frozenset((
    "at", "by", "from", "until", "till", "to", "before", "after", "around", "since", "à", "dès",
    "um", "ab", "bis", "vor", "nach", "las", "desde", "hasta", "alle", "dalle", "entro", "às"))


def is_video_label(text: str) -> bool:
    """Return True for a video player's label: "02:12 - Source: Meridian TV", "Now playing",
    a clip's title with its length ("Watch the governor's speech 02:12")."""
    if len(text) <= 180 and (_VIDEO_LABEL.match(text) or text.endswith(("Video", "Video\n"))
                             and _VIDEO_LINK.match(text)):
        return True
    if ":" not in text or len(text) > 220:
        return False
    clip = _TITLED_CLIP.match(text)
    return clip is not None and clip["title"].split()[-1].casefold() not in _TIME_WORDS


# A row of a table of figures as a text browser lays it out: cells two spaces or more apart,
# three cells or more, two of them short (a figure, a name), a digit in the row.
SHORT_CELL_WORDS = 3
TABLE_ROW_WORDS = 30


def table_row(text: str) -> bool:
    """Return True for a row of a table of figures ("DL   Ada Brennan   63   85%   1 sack")."""
    if "  " not in text and "\t" not in text or "\n" in text:
        return False
    cells = table_cells(text)
    if len(cells) < TABLE_CELLS or not any(c.isdigit() for c in text):
        return False
    short = sum(len(cell.split()) <= SHORT_CELL_WORDS for cell in cells)
    return short >= 2 and word_count(text) <= TABLE_ROW_WORDS


def table_heads(texts: list[str], raw: list[str]) -> None:
    """Class as "table" the rows right above a table's first row laid out as rows too (its
    header: "Pos   Player   Plays   %", no figures in it)."""
    for index in range(1, len(texts)):
        if raw[index] != "table" or raw[index - 1] == "table":
            continue
        above = index - 1
        while (above >= 0 and raw[above] != "table" and "\n" not in texts[above]
               and len(table_cells(texts[above])) >= TABLE_CELLS):
            raw[above] = "table"
            above -= 1


# A paragraph cut short with an ellipsis in the middle of a sentence ("... a ruling that
# upheld the state's tough new..."): a card's teaser, the rest of the story a click away; a
# blog's excerpt closes with the ellipsis in brackets ("... it would probably be […]").
_CUT_SHORT = re.compile(r"[^\W_],?\s?(?:…|\.{3,}|\[(?:…|\.{3})\])$")
# A picture's name as a text browser shows it, alone on its line ("[e151e5]", "[patti]").
BRACKETED = re.compile(r"^\[[^\]]{0,80}\]$")
CUT_SHORT_CHARS = 12
MIN_TEASER_WORDS = 8
MAX_CARD_TITLE_WORDS = 20
# Cards on a page: an article may stop a paragraph short once (a thought trailing off, a
# quotation left to the reader); a list of other stories does it under each title.
MIN_CUT_CARDS = 2
# Blocks from one card's teaser to the next at most (its title, a label between).
CARD_GAP = 4
# A label shown this many times on a page is a share bar or a section's name, not a title.
MIN_LABEL_COPIES = 3


def _cut_short(text: str) -> bool:
    """Return True for a text that ends with an ellipsis right after a word or a comma."""
    # Looked for in the last characters only, and only when the text ends with one.
    return text.endswith(("…", "...", "[…]", "[...]")) and bool(
        _CUT_SHORT.search(text, max(0, len(text) - CUT_SHORT_CHARS)))


def card_title(text: str) -> bool:
    """Return True for a title-like block: a few words, no sentence's end."""
    return (not text.rstrip("\"'”’»)").endswith(SENTENCE_END)
            and 2 <= word_count(text) <= MAX_CARD_TITLE_WORDS)


def runs_of(indexes: list[int], gap: int) -> Iterator[list[int]]:
    """Yield the runs of ``indexes`` (in order) in which each is ``gap`` or fewer above the
    one before: the items of one list of cards or clips."""
    start = 0
    for end in range(1, len(indexes) + 1):
        if end == len(indexes) or indexes[end] - indexes[end - 1] > gap:
            yield indexes[start:end]
            start = end


def teaser_cards(texts: list[str], raw: list[str]) -> None:
    """Class as bad the cards of other stories: MIN_CUT_CARDS paragraphs or more each cut
    short with an ellipsis right below a title of its own (a picture's name may stand between
    them), and those titles. A label shown above every paragraph (a share bar: "Whatsapp
    Facebook Pin") is no card's title."""
    shown = Counter(texts)

    def title(index: int) -> int:
        """Return the block a card's title would be in, for the teaser at ``index``."""
        return index - 2 if index >= 2 and BRACKETED.match(texts[index - 1]) else index - 1

    def card(index: int, cut: bool) -> bool:
        """Return True for a card's teaser at ``index`` (cut short, if ``cut``)."""
        return (raw[index] != "table" and (not cut or _cut_short(texts[index]))
                and more_words_than(texts[index], MIN_TEASER_WORDS - 1)
                and raw[title(index)] != "table" and shown[texts[title(index)]] < MIN_LABEL_COPIES
                and card_title(texts[title(index)]))

    cards = [index for index in range(1, len(texts)) if card(index, True)]
    # A card whose teaser the site did not cut short (its excerpt ends with a sentence), in
    # the list's step between two that are: the step is the one between the cards next to them.
    steps = {after - before for before, after in itertools.pairwise(cards)}
    for before, after in itertools.pairwise(list(cards)):
        step = (after - before) // 2
        if (after - before == 2 * step and step in steps and step <= CARD_GAP
                and card(before + step, False)):
            bisect.insort(cards, before + step)
    # Cards come in a list: each teaser CARD_GAP blocks or fewer below the one before.
    for run in runs_of(cards, CARD_GAP):
        if len(run) >= MIN_CUT_CARDS:
            for index in run:
                for block in range(title(index), index + 1):
                    raw[block] = "bad"


# A card's title run into its teaser with no space or line between them, as a browser copies
# a card whose title and text are inline ("... Applications To 250,000The state of Michigan
# will mail ..."): a word in title case, then a capital opening a sentence. The join is looked
# for past a word of four characters or more: "McDonald", "MacBook", "AirPods" join a shorter
# one. (The capital is looked for first: most positions are turned away at once.)
_RUN_IN = re.compile(r"(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’']*\s)"
                     r"(?:(?<=\S{4})(?<=[^\W_?!)])|(?<=\S{3}[?!)]))")
# Any lower-case letter, digit or closing mark before a capital: a line without one has no
# join (one scan of simple classes: most lines are turned away with it alone).
_MAYBE_RUN_IN = re.compile(r"[a-z0-9ß-öø-ÿ?!)][A-ZÀ-ÖØ-Þ]")
RUN_IN_TITLE_WORDS = (4, 20)
RUN_IN_REACH = 200  # characters of a line the join is looked for in (a title of 20 words)
RUN_IN_TEXT_WORDS = 6
RUN_IN_WORDS = 80
RUN_IN_CHARS = 40  # fewer characters hold no card: a menu's item is turned away at once
# A title reads as one when few of its words open in lower case; the teaser reads as a
# sentence (see counts.lower_share).
RUN_IN_TITLE_LOWER = 0.34
RUN_IN_TEXT_LOWER = 0.5
MIN_RUN_IN_CARDS = 3
# Blocks from one such card to the next at most: a section's menu may stand between them.
RUN_IN_GAP = 8


def run_in_card(line: str) -> bool:
    """Return True for a line holding a card's title in title case run into its teaser, a
    sentence."""
    if _MAYBE_RUN_IN.search(line, 0, RUN_IN_REACH) is None or more_words_than(
            line, RUN_IN_WORDS):
        return False
    low, high = RUN_IN_TITLE_WORDS
    for join in _RUN_IN.finditer(line, 0, RUN_IN_REACH):
        title, teaser = line[:join.start()], line[join.start():]
        if (low <= len(title.split()) <= high and word_count(teaser) >= RUN_IN_TEXT_WORDS
                and lower_share(title) <= RUN_IN_TITLE_LOWER
                and lower_share(teaser) >= RUN_IN_TEXT_LOWER):
            return True
    return False


def run_in_cards(texts: list[str], raw: list[str]) -> None:
    """Class as bad the cards of other stories copied with each title run into its teaser
    (a block of such lines: opening with one, most of its lines such cards):
    MIN_RUN_IN_CARDS or more, each block RUN_IN_GAP blocks or fewer below the one before (an
    article has no such paragraph, or one at most)."""
    cards: list[int] = []
    counts: dict[int, int] = {}
    for index, text in enumerate(texts):
        if len(text) < RUN_IN_CHARS or not run_in_card(
                text[:text.find("\n")] if "\n" in text else text):
            continue  # a block of cards opens with one
        lines = text.split("\n")
        found = sum(map(run_in_card, lines))
        if 2 * found >= len(lines):
            cards.append(index)
            counts[index] = found
    for run in runs_of(cards, RUN_IN_GAP):
        if sum(counts[index] for index in run) >= MIN_RUN_IN_CARDS:
            for index in run:
                raw[index] = "bad"


# A card of another story copied with its title twice, as its picture's caption and as its
# link ("Hot Trailer: Salinger Hot Trailer: Salinger"; the second cut short: "… Copyright
# Case Paramount Triumphs In ‘La Dolce Vita’ Copyright …"): MIN_DOUBLED_CARDS or more on a
# page, each RUN_IN_GAP blocks or fewer below the one before. (A byline or date shown twice,
# "Ada Brennan Ada Brennan", is shorter.)
DOUBLED_HALF_WORDS = 4
MIN_DOUBLED_CARDS = 3
MAX_DOUBLED_WORDS = 60


def doubled_title(text: str) -> bool:
    """Return True for a title said twice on one line, the second time whole or cut short
    with an ellipsis."""
    # The first word said again, looked for first (most blocks have no such repeat, or are a
    # long paragraph, turned away by the words counted next).
    space = text.find(" ")
    first = text[:space].strip() if space > 0 else ""
    if not first or text.find(first, space) == -1 or "\n" in text or (
            more_words_than(text, MAX_DOUBLED_WORDS)):
        return False
    words = text.split()
    half = len(words) // 2
    if half < DOUBLED_HALF_WORDS:
        return False
    if len(words) % 2 == 0 and words[:half] == words[half:]:
        return True
    if not text.endswith(("…", "...")):
        return False
    # The second saying cut short: it opens as the first does, at its first word.
    for start in range(half, len(words) - 1):
        if words[start] == words[0]:
            second = " ".join(words[start:]).rstrip("….").rstrip()
            return start >= DOUBLED_HALF_WORDS and " ".join(words[:start]).startswith(second)
    return False


def doubled_cards(texts: list[str], raw: list[str]) -> None:
    """Class as bad the cards of other stories whose titles are said twice on their line
    (doubled_title): MIN_DOUBLED_CARDS or more, each RUN_IN_GAP blocks or fewer apart."""
    cards = [index for index, text in enumerate(texts) if doubled_title(text)]
    for run in runs_of(cards, RUN_IN_GAP):
        if len(run) >= MIN_DOUBLED_CARDS:
            for index in run:
                raw[index] = "bad"


# A video's length alone on its line ("02:32"), under each clip's picture name and title in a
# player's list of clips: MIN_CLIPS or more, each CLIP_GAP blocks or fewer below the one before.
_DURATION = re.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?\s*$")
MIN_CLIPS = 3
CLIP_GAP = 4
CLIP_HEAD = 2  # blocks of the first clip above its length: its picture's name and title


def is_duration(text: str) -> bool:
    """Return True for a video's length alone ("02:32", "1:02:32")."""
    return bool(_DURATION.match(text))


def video_cards(texts: list[str], raw: list[str]) -> None:
    """Class as bad the clips of a player's list: each length and what stands between two
    lengths, and the first clip's name and title above its length. Also an embedded clip's
    title as a browser copies it, run into its "Video" badge and said again ("Fox News Flash
    top entertainment headlines for Nov. 19Video" / "Fox News Flash top entertainment
    headlines for Nov. 19"). (Its description below is not told from the article's lede.)"""
    lengths = [index for index, text in enumerate(texts) if is_duration(text)]
    for run in runs_of(lengths, CLIP_GAP):
        # A live blog's entries, each time of day over a paragraph of prose ("14:44" / "The
        # count is over in the capital ..."), are no clips: a clip's title is no paragraph.
        prose = sum(any(raw[index] in ("good", "near-good")
                        and texts[index].endswith(SENTENCE_END)
                        for index in range(start + 1, end))
                    for start, end in itertools.pairwise(run))
        if len(run) >= MIN_CLIPS and 2 * prose < len(run) - 1:
            for index in range(max(0, run[0] - CLIP_HEAD), run[-1] + 1):
                raw[index] = "bad"
    for index, text in enumerate(texts[:-1]):
        if (text.endswith("Video") and len(text) > 5 and not text[-6].isspace()
                and texts[index + 1] == text[:-5].rstrip()):
            raw[index] = raw[index + 1] = "bad"


# A prompt to subscribe or follow, as a sentence of a short paragraph: "Need more news?
# Subscribe to our magazine!", "No spam, we promise. You can unsubscribe at any time.",
# "Email her at ... or follow her on Twitter." An article reports on subscriptions; it does
# not ask its reader for one.
_PROMO = re.compile(
    r"(?:^|[.!?…,]\s+)(?:subscribe (?:to|now|today|for free)|sign up (?:for|to|now)"
    r"|click (?:here )?to subscribe|follow (?:us|him|her|them|me) (?:on|@)|abonnez-vous"
    r"|inscrivez-vous|suscríbete|abonnieren sie|iscriviti|assine"
    # "Devenez fan sur …, suivez-nous sur …" (Slate), "Folgen Sie uns auf …", "Síguenos en …".
    r"|suivez-nous (?:sur|@)|folgen sie uns (?:auf|bei)|síguenos en|seguici su"
    r"|siga-nos (?:no|em))\b"
    r"|\bunsubscribe\b|\bfollow (?:us|him|her"
    r"|them|me) on (?:twitter|x|facebook|instagram|linkedin|bluesky|threads|mastodon)\b"
    r"|\b(?:click|tap) to subscribe\b",
    re.IGNORECASE,
)
MAX_PROMO_WORDS = 40
# Each prompt holds one of these (case-folded): looked for first, the pattern only then (one
# scan for them all, not one a word).
_PROMO_WORDS = ("subscri", "follow", "sign up", "abonn", "inscri", "suscr", "iscriv", "assine",
                "suivez", "folgen", "síguenos", "seguici", "siga-nos")
_ANY_PROMO_WORD = re.compile("|".join(_PROMO_WORDS))


def is_promo(text: str) -> bool:
    """Return True for a short paragraph asking the reader to subscribe or follow."""
    # The words counted as far as the limit first: a long paragraph is not case-folded whole.
    return (not more_words_than(text, MAX_PROMO_WORDS)
            and bool(_ANY_PROMO_WORD.search(text.casefold())) and bool(_PROMO.search(text)))


# A note on the author closing an article: "Ana Ruiz is a freelance reporter covering ...",
# "Ana Ruiz (@anaruiz) is the editor of ...".
_AUTHOR_NOTE = re.compile(
    rf"^{PERSON}(?: \([^()]{{1,60}}\))?,? (?:is (?:a|an|the)"
    r"(?: [\w-]+){0,5}? (?:reporter|writer|editor|correspondent|contributor|journalist"
    r"|columnist|author|producer|freelancer|critic|analyst|photographer|fellow)s?\b"
    # German: "Inga Buller ist Head of Social & Community bei CHIP", "... ist Redakteurin".
    r"|ist (?:[\w&-]+ ){0,5}?(?i:redakteur|korrespondent|autor|journalist|reporter|volontär"
    r"|kolumnist|ressortleiter|chefredakteur|head of)(?:in)?\b)"
)
MAX_AUTHOR_NOTE_WORDS = 80


def is_author_note(text: str) -> bool:
    """Return True for a note on the author: "Ana Ruiz is a freelance reporter ..."."""
    return bool(_AUTHOR_NOTE.match(text)) and word_count(text) <= MAX_AUTHOR_NOTE_WORDS


# A frame embedded in the page (a video player, a like button) as lynx prints it: "IFRAME:
# //www.youtube.com/embed/...", "IFRAME: PlayerVideo4461".
_FRAME = re.compile(r"IFRAME:(?:\s|$)")


# The frame's address on a block of its own, lynx having wrapped it below a bare "IFRAME:".
_ADDRESS = re.compile(r"(?:https?:)?//\S")


def frames(texts: list[str]) -> set[int]:
    """Return the blocks that are frames embedded in the page as lynx prints them: "IFRAME:"
    and the frame's address or name, the address maybe a block of its own below."""
    found: set[int] = set()
    for index, text in enumerate(texts):
        if _FRAME.match(text):
            found.add(index)
            if (text.rstrip() == "IFRAME:" and index + 1 < len(texts)
                    and _ADDRESS.match(texts[index + 1])):
                found.add(index + 1)
    return found


# Links run together on one line: "Progressives oppose ... | Senators call for ... | ...".
_LINK_SEPARATOR = " | "
MIN_LINK_SEPARATORS = 3
WORDS_PER_LINK = 15


def is_link_run(text: str) -> bool:
    """Return True for links to other stories run together on a line: MIN_LINK_SEPARATORS
    " | " or more between pieces of WORDS_PER_LINK words or fewer on average."""
    separators = text.count(_LINK_SEPARATOR)
    return (separators >= MIN_LINK_SEPARATORS
            and len(text.split()) <= WORDS_PER_LINK * (separators + 1)
            # A byline with its dates: "By Ada Brennan | March 12, 2024 | 4:20am | Updated …".
            and not BYLINE.match(month_apart(text)))
