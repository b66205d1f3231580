"""Whether one block of a pasted page reads as a headline: title-like, not a label, breadcrumb,
caption, byline or date (clean.headline picks the page's headline among such blocks)."""

from __future__ import annotations

import re
from functools import cache

from inbrief.core.clean.counts import dense_chars, word_count
from inbrief.core.clean.date_lines import (
    date_line,
    find_date,
)
from inbrief.core.clean.rules import BYLINE, SECTION_LABEL, SENTENCE_END, is_boilerplate
from inbrief.core.clean.special_blocks import table_row

MAX_HEADLINE_WORDS = 25


# Breadcrumbs, form fields ("Search ____ (BUTTON)") and teasers cut short with an ellipsis;
# a link's arrow closing the line ("View Full Schedule »").
_BREADCRUMB = re.compile(r"\s(?:»|›|>)(?:\s|$)|\]$|^\W*$|_{3,}|\(BUTTON\)|^\d{1,2}\.\s")


# A slash between spaces parts a breadcrumb or a list of links ("News / World / Europe",
# "Twitter / Facebook"), but also a headline ("The harbour vote that split a city / Opinion").
_SLASH = re.compile(r"\s/\s")


SLASH_PART_WORDS = 3
# Bars between spaces part a trail or a bar of links ("Two for Fashion | Posts | Fashion |
# <headline>", "Kommentarfeed | Kommentare geschlossen | Trackback-URL"): three parts or more,
# all but the longest of a few words. (A page's own title, "Headline | Section | Site", rarely
# stands in its text.)
_BAR = re.compile(r"\s\|\s")
BAR_PARTS = 3


# A teaser cut short ends with an ellipsis after many words; a short title may end with one.
_CUT_SHORT = re.compile(r"(?:…|\.\.\.)$")


CUT_SHORT_WORDS = 7


# Labels that sit where a headline would: picture credits, author boxes, account links.
# (The words after "\b" open with a character of its look-ahead, which turns most positions
# away at once, not after trying each word in turn: tests/core/clean/test_look_aheads.py checks.)
_NOT_HEADLINE = re.compile(
    r"\b(?=[abcdefijlnprsw\dф])"
    r"(?:image|photo|picture|copyright|contributor|staff writer|correspondent|reporter"
    r"|associated press|sign (?:in|out|up)|log ?in|profile|e-?mail|newsletter|subscribe"
    r"|advertisement|cookies?|follow|\d+ of \d+|foto|фото|external links?"
    r"|new window|playback|javascript:|browser|copy (?:this |the )?link"
    # A comment section's notices: "... please read the Conversation Guidelines and FAQs".
    r"|commenting|(?:comments?|conversation|discussion) (?:guidelines|polic(?:y|ies)|rules)"
    r"|comments are (?:closed|moderated)|(?:post|add|leave|write) a comment)\b"
    # A share button's label ("Share this article", "Click to share"); inside a headline,
    # "share" and "sharing" are news ("The sharing economy is a lie", "Power-sharing deal").
    r"|^(?:share|sharing)\b|\b(?:share|sharing)\W*$"
    # "Media captionWho is ...": a text browser runs a caption's label into it.
    r"|^(?:media|image|video|photo)\s?(?:caption|copyright|source|credit)"
    # A menu button's label run into the site's name: "Toggle menu EFF Annual Report".
    r"|^(?:toggle|open|close)\s(?:the\s)?(?:menu|navigation|nav|search|sidebar)\b"
    # A notice that scripts are off ("Please enable JavaScript", "JavaScript is disabled");
    # a headline may be about the language ("Get your Frontend JavaScript Code Covered").
    r"|\b(?:enable|turn on|activate|allow|aktivieren|activez|activa|requires?)\b[^.!?]{0,30}"
    r"\bjavascript\b|\bjavascript\b[^.!?]{0,30}\b(?:disabled|enabled|required|turned off"
    r"|deaktiviert|aktiviert|aktivieren|désactivé|activé|desactivado|activado)\b",
    re.IGNORECASE,
)


# A list of topics or tags under a label: "Topics: Crack, damage, earthquake", "Tech More:
# Google Larry Page", "Archivado en:", "Schlagwörter:" (the label may follow a section's name).
_TAG_LABEL = re.compile(
    r"^(?:[^\W\d_]+\s+)?(?:topics?|tags?|tagged(?:\s+with)?|more|filed\s+(?:under|in)"
    r"|categor(?:y|ies)|keywords?|related(?:\s+topics)?|see\s+also|themen|schlagw[öo]rter"
    r"|archivado\s+en|temas|mots[- ]cl[ée]s|sujets|argomenti|trefwoorden)\s*:",
    re.IGNORECASE,
)


# Social networks: two of them in a short block make a share or follow bar (older pages list
# the bookmarking sites of their day: "Mixx Facebook Twitter Digg delicious reddit MySpace").
_NETWORK = re.compile(
    r"\b(?:facebook|twitter|whatsapp|pinterest|pint|linkedin|telegram|messenger|reddit|tumblr"
    r"|instagram|tiktok|youtube|flipboard|bluesky|mastodon|vk|weibo|wechat|digg|delicious"
    r"|myspace|stumbleupon|mixx|newsvine|xing|google\+|google plus)(?!\w)",
    re.IGNORECASE,
)


_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")


# A caption closed by its picture's credit, a photographer and an agency: "... at the port.
# Ana Ruiz / Reuters", "... | Ana Ruiz/Getty Images", "....Ana Ruiz / AFP file".
_AGENCY_CREDIT_END = re.compile(
    r"[A-ZÀ-Þ][\w.'’-]*(?:\s[A-ZÀ-Þ][\w.'’-]*){0,3}\s*/\s*(?:Getty(?: Images)?|Reuters|AP|AFP"
    r"|EPA(?:-EFE)?|Shutterstock|Alamy|iStock(?:photo)?|dpa|Bloomberg|Imago|picture alliance"
    r"|Keystone|ANP|PA(?: Images| Wire)?|NurPhoto|Sipa|Xinhua|ZUMA(?: Press)?|SOPA Images"
    r"|Anadolu|Corbis)\b[\w ,]{0,12}$"
)


# A picture's credit run into its caption after the caption's words: "Fans at the final
# Credit: Riot Games", "... Berliinissä. Kuva: Lehtikuva" (a label and a colon, not first).
_CREDIT_RUN_IN = re.compile(
    r"\S\s+(?:photo(?:graph)?s?|fotos?|bild|image|imagen|kuva|zdjęcie|credits?|crédits?"
    r"|crédito|fonte|fuente|quelle)(?:\s+credit)?\s*:\s*\S",
    re.IGNORECASE,
)


# Only a full stop: "Aus! Aus! Alles vorbei!" and "'We Got Her!': Video Shows ..." are headlines;
# so are "Gov. Ada Brennan Signs ..." and "... to the U.S." (abbreviations, see _abbreviation).
_TWO_SENTENCES = re.compile(r"\b([^\W\d_]{3,})\. +[A-Z]")


_LAST_WORD = re.compile(r"(\S+)\.$")


_LETTERS = re.compile(r"[^\W\d_]{2,}")


# Menu items run together ("NewsletterSubscribeSign in", "AméricaMéxicoVenezuela"): a word
# of three lower-case letters or more going on with a capital, three times ("WordPress" once).
_RUN_TOGETHER = re.compile(r"[^\W\d_A-Z]{3}(?=[A-ZÀ-ÞА-Я][^\W\d_A-Z])")


# What a headline may open with besides a letter or digit: quotation marks of the languages we
# read (»…« and „…“ in German, 「…」 in Japanese, 《…》 in Chinese) and Spanish's ¿ and ¡.
_OPENING_QUOTES = "\"'“‘«„‚»「『《¿¡"
# A kicker in brackets run into a Korean or Chinese headline: "[단독]…", "【独家】…".
_KICKER_IN_BRACKETS = re.compile(r"^(?:\[[^\]\s]{1,8}\]|【[^】]{1,8}】)\s?[^\W\d_]")
# A blog's links to the posts before and after ("« Berichte über Staatstrojaner" / "Digitale
# Strafen »"): a guillemet pointing out, a space, and no guillemet closing it (a French quote
# has both: "« Je reste », dit-il").
POST_LINK = re.compile(r"^(?:«\s[^»]*|[^«]*\s»)$")


# A postal address: a street and its number, then a postal code ("Görlitzer Str. 45, Horka
# /OL, 02923", "Zugerstrasse 32, CH-6340 Baar", "Hofgasse 5, A-8011 Graz"): an association's
# page under its "Anschrift:" label, a publisher's imprint.
_ADDRESS = re.compile(
    r"[^\W\d_]\s?(?:str\.|stra(?:ß|ss)e|gasse|weg|platz|allee|street|avenue|road)"
    r"\s*\d{1,4}(?:-\d{1,4})?[a-z]?,.{0,40}?\b(?:[A-Z]{1,2}-)?"
    r"(?:\d{5}|(?!19|20)\d{4})\b",  # (a code of 4 digits is no year)
    re.IGNORECASE,
)


def looks_like_headline(text: str) -> bool:
    """Return True when ``text`` (one block) reads like an article's headline."""
    return not_headline_because(text) is None


def not_headline_because(text: str, two_sentences: bool = False) -> str | None:
    """Return why ``text`` (one block) is not read as a headline, or None when it is one
    (also with two sentences in it, when ``two_sentences``)."""
    text = text.strip()
    if is_greeting(text):
        return "greeting"  # before its length: "Hi all," is short
    if not text or len(text) > 250 or word_count(text) > MAX_HEADLINE_WORDS:
        return "length"
    dense = dense_chars(text)
    if dense < 6 and len(text.split()) < 3:
        return "length"
    if not two_sentences and any(not _abbreviation(match.group(1))
                                 for match in _TWO_SENTENCES.finditer(text)):
        return "two sentences"  # a standfirst or teaser: "... the crisis. It is up to ..."
    ending = text.rstrip("\"'”’»")
    if _CUT_SHORT.search(ending):
        if len(text.split()) >= CUT_SHORT_WORDS:
            return "cut short"  # a teaser
    elif ending.endswith(SENTENCE_END) and not ending.endswith(("?", "!", "？", "！")) and not (
            (last := _LAST_WORD.search(ending)) and _abbreviation(last.group(1))):
        return "sentence end"
    first = text[:1]
    tests = (
        ("first character", lambda: not (first.isalnum() or first in _OPENING_QUOTES
                                         or _KICKER_IN_BRACKETS.match(text))),
        ("label words", lambda: _NOT_HEADLINE.search(text)),
        ("web address", lambda: "://" in text or text.casefold().startswith("www.")),
        ("breadcrumb", lambda: _breadcrumb(text)),
        ("post link", lambda: POST_LINK.match(text)),
        ("lower case", lambda: text[:1].islower() and not text[1:2].isupper()),  # "iOS 13"
        ("byline", lambda: BYLINE.match(text)),
        ("section label", lambda: SECTION_LABEL.match(text) or _TAG_LABEL.match(text)),
        ("boilerplate", lambda: is_boilerplate(text)),
        ("date", lambda: date_line(text) is not None or find_date(text) or _TIME.search(text)),
        ("run together", lambda: len(_RUN_TOGETHER.findall(text)) >= 3),
        ("share bar", lambda: _share_bar(text)),
        # A picture's credit after its caption: "... Credit: X", "... Ana Ruiz / Reuters",
        # "... on a bench© Ana Ruiz".
        ("caption", lambda: credited(text)),
        ("numbers", lambda: _mostly_numbers(text)),
        # A table's row as a browser copies it, its cells between tabs ("Directed by\tAda
        # Brennan", an infobox's), or as a text browser lays it out, in columns of figures
        # ("Jané Koos i-Size     370 €     ja     4,9", a test's results).
        ("table row", lambda: "\t" in text or table_row(text)),
        ("address", lambda: _ADDRESS.search(text)),
    )
    return next((reason for reason, test in tests if test()), None)


# A letter's or e-mail's greeting, a comma or colon after it ("Hi all,", "Dear colleagues,",
# "Liebe Kolleginnen und Kollegen,", "Bonjour à tous,").
_GREETING = re.compile(
    r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|hallo|liebe[rs]?"
    r"|sehr geehrte[rs]?|guten (?:morgen|tag|abend)|bonjour|bonsoir|salut|cher|chère|chers"
    r"|chères|hola|estimad[oa]s?|querid[oa]s?|buenos días|ciao|buongiorno|car[oaie]|olá"
    r"|prezad[oa]s?|beste|hoi)\b[^\n]{0,60}$", re.IGNORECASE)


@cache
def _abbreviations() -> frozenset[str]:
    """Return the abbreviations nupunkt's model knows ("gov", "sen", "u.s", "calif"),
    lower-case and without their last full stop."""
    import nupunkt

    return nupunkt.load("default").abbreviations


def credited(text: str) -> bool:
    """Return True when a picture's credit ends ``text``: "... Credit: X", "... Ana Ruiz /
    Reuters", "... on a bench© Ana Ruiz"."""
    return bool(_CREDIT_RUN_IN.search(text) or _AGENCY_CREDIT_END.search(text) or "©" in text)


CREDIT_WORDS = 6  # the words of a credit's names after its label ("Foto: CHIP")


def credit_ends(text: str) -> bool:
    """Return True when one picture credit ends ``text`` and nothing follows its names (a
    caption's end: "... am größten Foto: CHIP", "... in September. | Patrick Semansky/AP
    Photo"); not two credits ("... Image: Ana Ruiz The new levee ... Image: Ana Ruiz", a
    paragraph with its pictures run into it) nor a credit with a line run in after it."""
    # Each credit has a colon, a slash or a copyright sign: looked for first, the patterns
    # only then (a page's blocks are each asked).
    colon, slash, sign = ":" in text, "/" in text, text.rfind("©")
    if not (colon or slash or sign >= 0):
        return False
    runs = list(_CREDIT_RUN_IN.finditer(text)) if colon else []
    if runs:
        return len(runs) == 1 and word_count(text[runs[0].end() - 1:]) <= CREDIT_WORDS
    if slash and _AGENCY_CREDIT_END.search(text):
        return True
    return sign >= 0 and word_count(text[sign:]) <= CREDIT_WORDS


def _abbreviation(word: str) -> bool:
    """Return True when ``word`` (without its full stop) is an abbreviation or an initial
    ("Gov", "U.S", "J"): a full stop after it ends no sentence. Only a capital opens one
    here: "met" is an abbreviation too, but "The council met. It scrapped ..." is two
    sentences."""
    word = word.lstrip(_OPENING_QUOTES + "(")
    if len(word) > 1 and word.isalpha() and word.isupper():
        return False  # an acronym ("CEO", "FDA"), though nupunkt lists its lower-case form
    return word[:1].isupper() and (len(word) == 1 or word.casefold() in _abbreviations())


def _breadcrumb(text: str) -> bool:
    """Return True for a breadcrumb, form field or list of links: a slash parts it in three
    or more, or in two of a few words each."""
    if _BREADCRUMB.search(text):
        return True
    parts = _SLASH.split(text)
    if len(parts) >= 3 or len(parts) == 2 and all(
            len(part.split()) <= SLASH_PART_WORDS for part in parts):
        return True
    if " | " not in text:
        return False
    words = sorted((len(part.split()) for part in _BAR.split(text)), reverse=True)
    return len(words) >= BAR_PARTS and words[1] <= SLASH_PART_WORDS


def _mostly_numbers(text: str) -> bool:
    """Return True for a row of a table or a score line ("Harbour City 21 14 10 17 — 62"):
    three numbers or more, more of them than words."""
    tokens = text.split()
    numbers = sum(1 for token in tokens if any(c.isdigit() for c in token)
                  and not _LETTERS.search(token))
    words = sum(1 for token in tokens if _LETTERS.search(token))
    return numbers >= 3 and numbers > words


def _share_bar(text: str) -> bool:
    """Return True for a bar of social networks ("Whatsapp  Facebook  Pint  Download"): two
    of them or more, half the words or more ("Facebook and Twitter ban ..." is a headline)."""
    networks = len(_NETWORK.findall(text))
    return networks >= 2 and 2 * networks >= len(text.split())


def headline_score(text: str) -> float:
    """Return how much ``text`` looks like a headline: 0 when it does not, else its length in
    words (a section label or picture caption is shorter than a headline)."""
    return _length_score(text) if looks_like_headline(text) else 0.0


def _length_score(text: str) -> float:
    """Return the length score of a title-like block (see headline_score)."""
    dense = dense_chars(text)
    words = max(len(text.split()), dense // 2)
    # Headlines peak at about a dozen words; a longer title-like block is more likely a
    # standfirst, still a headline when nothing shorter is title-like.
    return max(1.0, min(words, 12) - 2.0 * max(0, words - 14))


def is_greeting(text: str) -> bool:
    """Return True when line ``text`` is a letter's or e-mail's greeting ("Hi all,")."""
    return text.endswith((",", ":", "!")) and _GREETING.match(text) is not None

