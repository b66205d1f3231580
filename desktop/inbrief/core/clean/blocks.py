"""Find the article in a whole web page pasted as plain text: blocks classed as prose or furniture.

The blocks and their classes come from block_kinds (jusText's idea applied to plain text:
good, near-good, short or bad, then settled by their neighbours). The article is the run of
blocks with the most prose (menus and teaser lists cost it their length), cut where a comment
section or a "Related"/"Most read" list starts.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Mapping
from dataclasses import dataclass

from inbrief.core.clean.block_kinds import (
    Block,
    bulleted,
    classify,
    comment_entries,
    in_context,
    picture_captions,
    prose_groups,
    split_blocks,
    stop_list,
)
from inbrief.core.clean.code_lines import code_listings
from inbrief.core.clean.counts import more_words_than, word_count
from inbrief.core.clean.date_lines import (
    DATE_PREFIX,
    date_line,
    find_date,
)
from inbrief.core.clean.headline import (
    candidates,
    is_signal,
    nearest_title,
    pick_headline,
    wiki_title,
)
from inbrief.core.clean.lead import Lead, make_lead
from inbrief.core.clean.listings import listing_run, table_below
from inbrief.core.clean.lists import introduced_lists
from inbrief.core.clean.press import boilerplate_start
from inbrief.core.clean.repeats import repeated_blocks
from inbrief.core.clean.rules import (
    BYLINE,
    CITATION,
    GLUED_DATELINE,
    PERSON,
    WIKI_CLOSING,
    BoilerplateLines,
    is_back_link,
)
from inbrief.core.clean.rules import COMMENTS_HEADING as _COMMENTS
from inbrief.core.clean.rules import MORE_HEADING as _MORE
from inbrief.core.clean.run_parts import NUMBERED as _NUMBERED
from inbrief.core.clean.run_parts import (
    cards_below,
    labelled_cards,
    numbered_headings,
    short_sentences,
)
from inbrief.core.clean.run_parts import is_prose as _prose
from inbrief.core.clean.special_blocks import (
    BRACKETED,
    PhotoCaptions,
    card_title,
    contents_lists,
    cookie_dialogs,
    doubled_cards,
    frames,
    is_author_note,
    is_link_run,
    is_photo_caption,
    run_in_cards,
    table_heads,
    teaser_cards,
    video_cards,
)
from inbrief.core.clean.title_like import looks_like_headline
from inbrief.core.language import LANGUAGES, snowball_stemmer

# Only a text with this many blocks, this many of them furniture, is treated as a whole page.
MIN_BLOCKS = 12
MIN_FURNITURE = 3
# A press release's dateline on a line of its own, opening the body ("BAAR, SWITZERLAND").
_LONE_DATELINE = re.compile(r"^[A-ZÀ-Ö][A-ZÀ-Ö .'’-]{1,30}, [A-ZÀ-Ö][A-ZÀ-Ö .'’-]{1,30}$")
# Title-like blocks in a row between a headline and its body: a list of other stories.
TEASER_LIST = 3
# A credit closing an article: "Ana Ruiz contributed to this report."
_CONTRIBUTED = re.compile(r"\bcontributed (?:reporting|to (?:this|the) (?:report|story|article))",
                          re.IGNORECASE)
# A blog post's credit to where it found the story: "(via Geeks Are Sexy)", "Via: The Verge",
# "h/t Ada Brennan". (In brackets, a text browser's picture name: no text block.)
_VIA = re.compile(r"\(?\s*(?:via|h/t|hat tip)\b\s*:?\s*[^()\[\].!?]{2,60}\)?$", re.IGNORECASE)
# The words of the linked piece's title a post may show between its text and that credit.
VIA_TITLE_WORDS = 10
# What a furniture block costs the article run beyond its length.
BLOCK_PENALTY = 25

@dataclass(frozen=True)
class Found:
    """The article found in a page: lines to drop, and where its head and body start."""

    drop: frozenset[int]  # furniture outside the article's head
    head_furniture: frozenset[int]  # furniture in the head: dropped unless lifted from
    headline: tuple[int, int] | None  # first and last line of the headline
    head: int  # first line the head (byline, dates) is looked for in
    # The byline of an author's box below the body's first paragraphs (_author_box), its
    # lines dropped: the caller takes the author from it.
    box_byline: int | None = None
    language: str = ""  # the language of the page's longest blocks, or ""


# A browser's own copy has no bullets: a menu is a run of short lines, not of list items.
MENU_RUN = 5
# Short blocks in a row, no blank line between them, past this many cost the article run as
# much as bad ones. (10 took an article's list of 11 things to buy and its steps; with blank
# lines between them too, an association's list of its team.)
LONG_MENU = 20


def _furniture(raw: list[str]) -> int:
    """Return how many blocks are a page's furniture for certain: those classed bad, and the
    short ones in runs of MENU_RUN or more above the first paragraph of prose or below the
    last (a menu or a footer's links as a browser copies them, one a line)."""
    found = sum(kind == "bad" for kind in raw)
    # (A short article's paragraphs may all be near-good: they are its prose then.)
    prose = ([index for index, kind in enumerate(raw) if kind == "good"]
             or [index for index, kind in enumerate(raw) if kind == "near-good"])
    if not prose:
        return found
    for part in (raw[:prose[0]], raw[prose[-1] + 1:]):
        run = 0
        for kind in [*part, ""]:
            if kind == "short":
                run += 1
                continue
            if run >= MENU_RUN:
                found += run
            run = 0
    return found


def _best_run(blocks: list[Block], raw: list[str], kinds: list[str]) -> tuple[int, int] | None:
    """Return the first and last block of the run with the most prose (Kadane's maximum
    segment: good blocks add their length, near-good ones half of it, furniture costs its
    length plus a penalty)."""
    best: tuple[int, int] | None = None
    best_score = 0.0
    start, score = 0, 0.0
    shorts = 0  # short blocks in a row, on lines in a row, none a sentence
    for index, block in enumerate(blocks):
        length = min(len(block.text), 2000)
        if raw[index] != "short" or block.sentence:
            shorts = 0
        elif shorts and block.first == blocks[index - 1].last + 1:
            shorts += 1
        else:
            shorts = 1
        if raw[index] == "table":
            value = 0.0  # a table of figures in the article: kept, it neither adds nor costs
        elif block.caption:
            value = 0.0  # a picture's caption between paragraphs: dropped, it costs nothing
        elif raw[index] == "short" and shorts > LONG_MENU:
            # A long menu as a browser copies it, an item a line: furniture, however many
            # paragraphs of teasers stand above it (Chromium's copy of SZ).
            value = -(length + BLOCK_PENALTY)
        elif raw[index] == "short":
            # Kept between prose, but it never extends the run.
            value = -(length + BLOCK_PENALTY) / 2
        elif kinds[index] == "good":
            value = float(length)
        elif raw[index] == "near-good":
            # A short paragraph of prose counts whole; a teaser headline a third.
            value = length if block.sentence else length / 3
        else:
            value = -(min(length, 300) + BLOCK_PENALTY)
        if score <= 0:
            start, score = index, 0.0
        score += value
        if score > best_score and value > 0:
            best, best_score = (start, index), score
    return best


TRAILER_BLOCKS = 2
TRAILER_WORDS = 60
# A writer's note on themselves: "I am a writer, journalist, professor, systems modeler, ...",
# "I'm a reporter covering ...".
_FIRST_PERSON_BIO = re.compile(
    r"^I(?:'m|’m| am) an? (?:[\w-]+,? (?:and )?){0,6}?(?:writer|journalist|reporter|editor"
    r"|columnist|contributor|author)\b")
# A short rule of underscores alone on its line (AP's "___"; a text browser draws a page's
# rules across the page, sections of an article between them).
_RULE = re.compile(r"^_{3,5}$")

# Three links or more parted by "›", "»" or ">" between spaces: a breadcrumb trail.
_CRUMBS_TRAIL = re.compile(r"(?:\s[»›>]\s[^»›>\n]{1,60}){3,}")

# How far above a run of prose its comments' heading ("3 Kommentare") is looked for, past
# blocks that are no prose; the prose the article above it must have, in characters.
COMMENTS_REACH = 3
MIN_COMMENTS = 2
MIN_ARTICLE_ABOVE = 150


def _above_comments(blocks: list[Block], raw: list[str], kinds: list[str],
                    run: tuple[int, int]) -> tuple[int, int]:
    """Return ``run``, or the run of prose above it when ``run`` is a comment section: a
    comments' heading right above it and comments' headers (bad blocks, none next to another)
    inside it. A short post's readers' comments, each under its header ("Pingback von …"),
    outweigh its one paragraph otherwise."""
    first, last = run
    # Comments alternate: a header (bad), then its text; two of them at least.
    headers = [index for index in range(first, last + 1) if raw[index] == "bad"]
    if len(headers) < MIN_COMMENTS or any(
            after - before < 2 for before, after in zip(headers, headers[1:], strict=False)):
        return run
    for index in range(first - 1, max(-1, first - 1 - COMMENTS_REACH), -1):
        if _COMMENTS.match(blocks[index].text):
            above = _best_run(blocks[:index], raw[:index], kinds[:index])
            if above is not None and _prose_length(
                    blocks, raw, above[0], above[1] + 1) >= MIN_ARTICLE_ABOVE:
                return above
            return run
        if raw[index] == "good":
            return run
    return run


@dataclass
class _Run:
    """A page's blocks, their classes, and the run of prose found among them."""

    blocks: list[Block]
    raw: list[str]  # each block's class on its own
    kinds: list[str]  # each block's class among its neighbours
    first: int  # the run's first and last block
    last: int
    opening: int  # the run's first paragraph of prose that is not a headline
    lead: Lead  # the body's opening paragraphs, for the headline to be scored against
    listed: set[int]  # the items of lists the run's paragraphs introduce: kept
    language: str  # the language of the page's longest blocks (stop_list's), or ""
    top: int = 0  # the highest block the headline may be (below a list of teasers)
    poem: bool = False  # the article is a poem or a song's lyrics (listing_run)


def _article_run(lines: list[str], boilerplate: BoilerplateLines) -> _Run | None:
    """Return the blocks of a pasted whole page and its run of prose, or None when
    ``lines`` do not look like a whole page."""
    blocks = split_blocks(lines)
    if len(blocks) < MIN_BLOCKS:
        return None
    code, stops, share = stop_list(blocks)
    raw = [classify(block, stops, share, boilerplate) for block in blocks]
    table_heads([block.text for block in blocks], raw)
    picture_captions(blocks, raw)
    texts = [block.text for block in blocks]
    teaser_cards(texts, raw)
    run_in_cards(texts, raw)
    doubled_cards(texts, raw)
    video_cards(texts, raw)
    code_listings(texts, raw)
    comment_entries(texts, raw)
    cookie_dialogs(texts, raw)
    contents_lists(texts, raw)
    if _furniture(raw) < MIN_FURNITURE:
        return None
    has_prose = "good" in raw or "near-good" in raw
    # Links back up the page between the article's sections take no part in their
    # neighbours' classes (a subheading below one stays with the paragraph below it).
    # Pictures' captions are no block's neighbour either (a standfirst above one stays with
    # the body below it).
    back = {index for index, block in enumerate(blocks)
            if raw[index] == "bad" and (block.caption or is_back_link(block.text))}
    kinds = prose_groups(blocks, raw, in_context(raw, back))
    run = _best_run(blocks, raw, kinds) if has_prose else None
    if run is not None:
        first, last = _above_comments(blocks, raw, kinds, run)
    else:
        # No prose at all: a page of furniture round a poem or a song's lyrics, or no page.
        first, last = len(blocks), len(blocks) - 1
    listing = listing_run(blocks, raw, first, last, lambda i: _prose(blocks[i], raw[i]),
                          lines, stops)
    if run is None and (listing is None or not listing[3]):
        return None
    poem = False
    if listing is not None:  # the article is a table or a list: its lines are kept
        first, last, lines_kept, poem = listing
    last = table_below(blocks, raw, _with_closing(blocks, raw, kinds, last))
    cut = last
    for index in range(first + 1, last + 1):
        if _COMMENTS.match(blocks[index].text) and not (
                bulleted(blocks[index].text)  # "• Comment" in a share bar
                and _prose_length(blocks, raw, first, index) < _prose_length(
                    blocks, raw, index + 1, last + 1)):
            # The run ends with its last paragraph of prose above the comments (or the short
            # sentence closing it), not with the share box and links between ("FOLLOW
            # HUFFPOST BUSINESS / ON / Facebook: / Like"): short blocks are kept only between
            # prose, and the cut had left them so.
            last = index - 1
            if listing is None:
                last = _with_closing(blocks, raw, kinds, _last_prose(blocks, raw, first, last))
            break
    first, last, top = _around_teasers(blocks, raw, kinds, first, last)
    card_start = labelled_cards(blocks, raw, first, last)
    if card_start is not None:
        # Cards of other stories close the run: it ends at the prose above them.
        last = _last_prose(blocks, raw, first, card_start - 1)
    for index in range(first + 1, last + 1):
        # A note on the author closes the article: what follows it is the page's. So does
        # an author's box: a byline, then a paragraph on the writer opening with the name.
        if (is_author_note(blocks[index].text) or _closing_box(blocks, raw, index, last)
                or _ABOUT_AUTHOR.match(blocks[index].text)) and (
                _prose_length(blocks, raw, index + 1, last + 1)
                < _prose_length(blocks, raw, first, index)):
            last = index - 1
            break
    # AP's last rule of underscores above a line or two for the reader ("___" / "Reach the
    # reporters on Twitter at ...", "Catch up on the 2020 election campaign with AP experts
    # ..."): the article ends above it. (AP parts an article's sections with the same rule.)
    rules = [i for i in range(first + 1, last + 1) if _RULE.match(blocks[i].text)]
    if rules and last - rules[-1] <= TRAILER_BLOCKS and sum(
            word_count(blocks[i].text) for i in range(rules[-1] + 1, last + 1)) <= TRAILER_WORDS:
        last = rules[-1] - 1
    last = _above_sources(blocks, raw, first, last)
    cards = cards_below(blocks, raw, first + 1, last + 1)
    for index in range(first + 1, last + 1):
        if _MORE.match(blocks[index].text) and (
                cards[index - first] or _tight_list_below(blocks, raw, first, index, last)):
            last = index - 1
            break
        if (_TICKER.match(blocks[index].text) and _clock_items(blocks, raw, index + 1, last)
                and _prose_length(blocks, raw, first, index) >= MIN_ARTICLE_ABOVE):
            last = _last_prose(blocks, raw, first, index - 1)
            break
    prose = [_prose(block, kind) for block, kind in zip(blocks, raw, strict=True)]
    closing = boilerplate_start([block.text for block in blocks], prose, first, last)
    if closing is not None:
        last = closing - 1  # "About Meridian", "Media contacts": a press release's ending
    elif last < cut:
        last = _with_closing(blocks, raw, kinds, last)  # cut before teasers, not before it
    before_lists = last
    listed, last = introduced_lists(
        blocks, raw, first, last, lambda i: prose[i],
        lambda text: bool(_MORE.match(text) or _COMMENTS.match(text) or boilerplate[text]))
    if last > before_lists and last in listed:
        last = _closing_after_list(blocks, raw, last, boilerplate)
        listed.add(last)
    # The headline is looked for above the run's first paragraph of prose (a headline or
    # standfirst may open the run; some sites write one or two sentences a paragraph).
    # (A breadcrumb trail long enough to read as prose opens no body: "Demokratie & Politik
    # für Kinder › Thema › Umwelt › … › Woher kommt die dicke Luft?" over that headline.)
    opening = next((i for i in range(first, last + 1) if _prose(blocks[i], raw[i])
                    and not bulleted(blocks[i].text)
                    and not looks_like_headline(blocks[i].text)
                    and not _CRUMBS_TRAIL.search(blocks[i].text)), first)
    if listing is not None:
        listed.update(i for i in lines_kept if i <= last)
        opening = first
    info = LANGUAGES.get(code)
    stem = snowball_stemmer(info.sumy if info is not None else None)
    lead = make_lead([block.text for block in blocks], opening, stops, stem)
    return _Run(blocks, raw, kinds, first, last, opening, lead, listed, code, top, poem)


def headline_candidates(text: str) -> list[tuple[int, str, tuple[float, ...]]] | None:
    """Return the candidate headlines of a pasted whole page with their features (block
    index, text, features), or None when ``text`` does not look like a whole page: what
    pick_headline chooses from (for fitting its weights)."""
    run = _article_run(text.split("\n"), BoilerplateLines())
    if run is None:
        return None
    texts = [block.text for block in run.blocks]
    return [(index, texts[index], features)
            for index, features in candidates(texts, run.opening, run.lead, run.top)]


def find_article(lines: list[str], boilerplate: BoilerplateLines | None = None
                 ) -> Found | None:
    """Return what to drop of a pasted whole page, or None when ``lines`` do not look like one
    (a paragraph, an article, a selection): then nothing is dropped here. ``boilerplate``
    keeps which texts are boilerplate for the caller to look up again."""
    if boilerplate is None:
        boilerplate = BoilerplateLines()
    run = _article_run(lines, boilerplate)
    if run is None:
        return None
    blocks, raw, kinds, first, last, opening = (run.blocks, run.raw, run.kinds, run.first,
                                                run.last, run.opening)
    # The body starts at the first good paragraph below the headline, not a list item (a
    # breadcrumb): a standfirst or a few short lines among share buttons and pictures, bad
    # in context, stay in the head.
    texts = [block.text for block in blocks]
    found = wiki = wiki_title(texts, opening)
    if found is None:
        found = pick_headline(texts, opening, run.lead, top=run.top)
    if found is None and run.poem:
        # A poem's title shares few words with its first lines and has no byline or date
        # under it as often as not: the title-like line right above it is its title.
        found = nearest_title([block.text for block in blocks], opening, title_like=True)
    below = first if found is None else max(first, found + 1)
    first = _first_paragraph(blocks, kinds, below, last, opening)
    # A writer's note on themselves opening the body, below the byline (Forbes's "I am a
    # writer, journalist, professor, ..."): it is the head's.
    bio = first if first < last and _FIRST_PERSON_BIO.match(blocks[first].text) else None
    if bio is not None:
        first = _first_paragraph(blocks, kinds, bio + 1, last, bio)
    head = first if found is None else found
    standfirst: set[int] = set() if bio is None or bio == first else {bio}
    if wiki is not None:
        # A wiki article's infobox, its picture's caption and notes pointing to other pages
        # between its title and its first paragraph: the page's, not the article's text.
        standfirst.update(range(head + 1, first))
    if found is not None:
        # Headline, standfirst, byline or date, body: the paragraph between the headline and
        # the byline is the editor's summary of the article, not its text.
        signal = next((i for i in range(first + 1, min(first + 3, last + 1))
                       if raw[i] != "table" and (is_signal(blocks[i].text)
                                                 or _LONE_DATELINE.match(blocks[i].text))),
                      None)
        if signal is not None and not any(_prose(blocks[i], raw[i])
                                          for i in range(head + 1, first)):
            after = next((i for i in range(signal + 1, last + 1) if _prose(blocks[i], raw[i])
                          and not bulleted(blocks[i].text)), None)
            if after is not None:
                standfirst.update(range(first, signal))
                first = after
        # Headline, picture caption or standfirst, byline or date, body: what stands between
        # the headline and the last byline or date above the body is not the body's text.
        signals = [i for i in range(head + 1, first) if is_signal(blocks[i].text)]
        if signals:
            standfirst.update(i for i in range(head + 1, signals[-1])
                              if not is_signal(blocks[i].text))
        standfirst.update(_teasers(blocks, head + 1, first))
        # A paragraph of a sentence or two right below the last byline or date is left in the
        # body and in the summary's pool: plain text cannot tell a standfirst there from a
        # one-sentence lede. Dropped, it cost body F1 on both halves of paste_quality.py
        # (w3m 0.921 -> 0.920 / 0.866 -> 0.860, lynx 0.909 -> 0.908 / 0.872 -> 0.868) for
        # summary sentences from the body +0.5 / +0.4 points (w3m), +0.5 / -0.9 (lynx).
    repeated = repeated_blocks([block.text for block in blocks])
    repeated -= {index for index in repeated if raw[index] == "table"}  # a table's header
    prose_blocks = [i for i in range(first, last + 1) if _prose(blocks[i], raw[i])]
    if prose_blocks and all(i in repeated for i in prose_blocks):
        # The article's whole text said twice (a teaser of it above it, RNZ's short dpa
        # story): one copy is kept, not none (then nothing was cleaned at all).
        shown: set[str] = set()
        for index in prose_blocks:
            if blocks[index].text not in shown:
                shown.add(blocks[index].text)
                repeated.discard(index)
    for index in repeated:  # dropped, though they did not break the run
        raw[index] = kinds[index] = "bad"
    # Whether each text is a photo's caption, worked out once: the run's short sentences, its
    # kept blocks and the head's furniture each ask it (the same texts again and again).
    captions = PhotoCaptions()
    between = short_sentences(blocks, raw, first, last, captions)
    between |= numbered_headings(blocks, raw, first, last)
    # A frame embedded in the page (lynx's "IFRAME: ...") is dropped here, not classed bad in
    # classify: then it would take the short paragraph introducing a video with it.
    embedded = frames([block.text for block in blocks])
    boxed = _more_boxes(blocks, first, last)
    drop: set[int] = set()
    in_head: set[int] = set()
    for index, (block, kind) in enumerate(zip(blocks, kinds, strict=True)):
        lines_of = range(block.first, block.last + 1)
        if head < index < first:
            # Byline, dates, standfirst, picture: clean_article lifts what it recognises.
            if (raw[index] == "bad" or kind == "bad" or index in standfirst or index in embedded
                    or captions[block.text] or _picture_name(blocks, index)):
                in_head.update(lines_of)
        elif not (first <= index <= last and index not in embedded and index not in boxed
                  and (_kept(block, raw[index], kind, captions) or index in run.listed
                       or index in between) and not _picture_name(blocks, index)
                  ) and (index != head or index in repeated):
            drop.update(lines_of)
    drop |= _above_glued_dateline(lines, blocks, first, last, drop, captions)
    headline = (blocks[head].first, blocks[head].last) if head < first else None
    start = blocks[head].last + 1 if head < first else blocks[first].first
    box = _author_box(blocks, raw, first, last)
    for index in box:
        if index >= first:  # (above it, the byline is the head's)
            drop.update(range(blocks[index].first, blocks[index].last + 1))
    return Found(frozenset(drop), frozenset(in_head), headline, start,
                 blocks[box[0]].first if box and box[0] >= first else None, run.language)


# How many of the body's first blocks CNN's dateline run into the story ("(CNN)President …")
# is looked for in, below a player's list of clips that a browser's copy runs into the body
# (a clip's title and its picture's caption, a line each); the words of a clip's title at
# most.
GLUED_REACH = 30
CLIP_TITLE_WORDS = 20


def _above_glued_dateline(lines: list[str], blocks: list[Block], first: int, last: int,
                          drop: set[int], captions: Mapping[str, bool]) -> set[int]:
    """Return the kept lines of the body above CNN's dateline run into the story's first word
    ("(CNN)President Donald Trump, …") in one of its GLUED_REACH first blocks: the titles of
    a player's clips and their pictures' captions (with their day), each a line of its own;
    none when another line stands among them (a paragraph: the story's own). ``captions``:
    is_photo_caption of each text."""
    above: set[int] = set()
    for index in range(first, min(first + GLUED_REACH, last + 1)):
        for line in range(blocks[index].first, blocks[index].last + 1):
            text = lines[line].strip()
            if line in drop or not text:
                continue
            if GLUED_DATELINE.match(text):
                return above
            if (more_words_than(text, CLIP_TITLE_WORDS) and not captions[text]
                    and find_date(text) is None):
                return set()  # (a caption of a news photo has its day: "… November 19, 2019")
            above.add(line)
    return set()


def _first_paragraph(blocks: list[Block], kinds: list[str], start: int, last: int,
                     default: int) -> int:
    """Return the first block from ``start`` to ``last`` good in context that is neither a
    list item nor title-like (the body's first paragraph), else ``default``."""
    return next((i for i in range(start, last + 1) if kinds[i] == "good"
                 and not bulleted(blocks[i].text)
                 and not looks_like_headline(blocks[i].text)), default)


# How far below the body's first paragraph an author's box is looked for.
AUTHOR_BOX_REACH = 4


def _author_box(blocks: list[Block], raw: list[str], first: int, last: int) -> list[int]:
    """Return the blocks of an author's box about the body's first paragraph (SZ's, below
    its summary): a byline, the name alone maybe, and a paragraph on the author opening with
    the name, in the body, its links below it classed bad ("Von Markus Balser, Berlin" /
    "Markus Balser" / "Markus Balser kam 2001 zur Süddeutschen Zeitung. ..." / "auf Twitter
    folgen")."""
    for index in range(max(0, first - AUTHOR_BOX_REACH), min(first + AUTHOR_BOX_REACH, last)):
        byline = BYLINE.match(blocks[index].text)
        if byline is None or blocks[index].first != blocks[index].last:
            continue
        name = " ".join(byline.group("author").split())
        at = index + 1
        if blocks[at].text == name:
            at += 1
        if (first <= at < last and blocks[at].text.startswith(f"{name} ")
                and _prose(blocks[at], raw[at]) and raw[at + 1] == "bad"):
            return list(range(index, at + 1))
    return []


# A news ticker's heading in a page's sidebar ("Direct", Libération's), its items each a
# headline opening with its time ("13:54 En Islande, …"), no paragraph of its own below it:
# this many of the next TICKER_REACH blocks at least. (A live blog's entries each have their
# paragraphs: the article, kept.)
_TICKER = re.compile(
    r"^(?i:(?:en )?direct|live(?: ?ticker| updates| blog)?|news ?ticker|ticker|le fil(?: info)?"
    r"|fil info|en vivo|ao vivo|in diretta|breaking news)\s*:?$")
_CLOCK_ITEM = re.compile(r"^(?:[•◦▪*+-]\s+)?\d{1,2}[:h.]\d{2}(?:\s+\w|$)")
TICKER_ITEMS = 3
TICKER_REACH = 10


def _clock_items(blocks: list[Block], raw: list[str], start: int, last: int) -> bool:
    """Return True when TICKER_ITEMS of the TICKER_REACH blocks from ``start`` (up to
    ``last``) or more open with a time of day and have no paragraph of prose right below."""
    end = min(start + TICKER_REACH, last + 1)
    return sum(bool(_CLOCK_ITEM.match(blocks[at].text))
               and not (at + 1 < len(blocks) and _prose(blocks[at + 1], raw[at + 1]))
               for at in range(start, end)) >= TICKER_ITEMS


# The heading of an author's box below the article ("L'AUTEUR", Slate; "About the author").
_ABOUT_AUTHOR = re.compile(
    r"^(?i:about the authors?|the authors?|l'auteure?|l’auteure?|(?:à|a) propos de l['’]auteure?"
    r"|über (?:den autor|die autorin)|zum autor|zur autorin|sobre (?:el|la|o|a) autora?"
    r"|sull['’]autore|over de auteur)\s*:?$")


# A byline that says what it names ("Veröffentlicht von Henning Lobin", "Posted by Ada
# Brennan"); how many blocks below it the paragraph on the writer is looked for (past the
# writer's web address).
_BOX_BYLINE = re.compile(
    rf"^(?i:(?:veröffentlicht|geschrieben|published|posted|written|publié|publicado|pubblicato)"
    rf"\s+(?:von|by|par|por|da))\s+(?P<author>{PERSON})$")
BOX_REACH = 3


def _closing_box(blocks: list[Block], raw: list[str], index: int, last: int) -> bool:
    """Return True when block ``index`` is a byline of one line and a paragraph of prose
    opening with its name or surname follows within BOX_REACH blocks (spektrum.de's SciLogs:
    "Veröffentlicht von Henning Lobin" / "www.lobin.de" / "Henning Lobin ist seit 2018
    Direktor des Instituts ...")."""
    text = blocks[index].text
    if len(text) > 80 or "\n" in text:
        return False
    byline = _BOX_BYLINE.match(text) or BYLINE.match(text)
    if byline is None:
        return False
    name = " ".join(byline.group("author").split())
    if " " not in name:
        return False
    openings = (f"{name} ", f"{name.split()[-1]} ")
    return any(_prose(blocks[at], raw[at]) and blocks[at].text.startswith(openings)
               for at in range(index + 1, min(index + 1 + BOX_REACH, last + 1)))


PICTURE_NAME_WORDS = 6


def _picture_name(blocks: list[Block], index: int) -> bool:
    """Return True for a picture's name as its alt text gives it, a few words in lower case
    without punctuation ("pompeo assange adelson"), right above the picture's caption."""
    # Split no further than one word past the limit: a paragraph is not split whole.
    words = blocks[index].text.split(None, PICTURE_NAME_WORDS)
    return (2 <= len(words) <= PICTURE_NAME_WORDS and all(word.isalpha() for word in words)
            and blocks[index].text.islower() and index + 1 < len(blocks)
            and is_photo_caption(blocks[index + 1].text))


# A closing sentence past a picture's name: this many words or more, ending with a full stop,
# question or exclamation mark (not "Produced by:", "A lire aussi :").
CLOSING_PAST_PICTURE_WORDS = 5


def _with_closing(blocks: list[Block], raw: list[str], kinds: list[str], last: int) -> int:
    """Return the run's last block, moved down over the short sentence right below it when
    that is good among its neighbours and may close an article ("We rate the claim half
    true."): it never adds to the run's score, nor is it prose a cut ends at."""
    if (last + 1 < len(blocks) and raw[last + 1] == "short" and kinds[last + 1] == "good"
            and _closing_sentence(blocks[last + 1])):
        return last + 1
    # A blog post's credit line ("(via Geeks Are Sexy)"), right below it or past the title of
    # the piece it links to ("The generation we love to dump on").
    for via in (last + 1, last + 2):
        if (via < len(blocks) and all(raw[at] == "short" and kinds[at] == "good"
                                      for at in range(last + 1, via + 1))
                and _VIA.match(blocks[via].text)
                and (via == last + 1 or not blocks[last + 1].sentence
                     and word_count(blocks[last + 1].text) <= VIA_TITLE_WORDS)):
            return via
    # The same past a picture's name or title of a few words ("20 Cent 1 Bilt"), which a
    # short post shows between its paragraph and its closing line (twice in w3m: its title,
    # then its alternative text).
    name = last + 1
    if name < len(blocks) and (
            raw[name] != "short" or kinds[name] != "good" or blocks[name].sentence
            or word_count(blocks[name].text) > 5 or _MORE.match(blocks[name].text)
            or _COMMENTS.match(blocks[name].text)):
        return last
    closing = name + 1
    if closing < len(blocks) and blocks[closing].text == blocks[name].text:
        closing += 1
    if (closing < len(blocks) and raw[closing] == "short" and kinds[closing] == "good"
            and _closing_sentence(blocks[closing])
            and blocks[closing].text.rstrip("\"'”’»)").endswith((".", "!", "?"))
            and word_count(blocks[closing].text) >= CLOSING_PAST_PICTURE_WORDS):
        return closing
    return last


def _closing_after_list(blocks: list[Block], raw: list[str], last: int,
                        boilerplate: BoilerplateLines) -> int:
    """Return the run's last block moved down over the short sentence closing the list that
    ends it ("… in zehn Punkten:" / "• …" … "• …" / "Und, hast du dein Ikigai schon
    gefunden?"): the list's bad neighbours make it bad in context, so _with_closing passes it."""
    below = last + 1
    if (below < len(blocks) and raw[below] == "short" and _closing_sentence(blocks[below])
            and not boilerplate[blocks[below].text]
            and blocks[below].text.rstrip("\"'”’»)").endswith((".", "!", "?"))
            and word_count(blocks[below].text) >= CLOSING_PAST_PICTURE_WORDS):
        return below
    return last


def _closing_sentence(block: Block) -> bool:
    """Return True for a short paragraph that may close the article: a sentence, not a list
    item, a date ("Updated at 1:23 p.m."), a note on the author or a credit ("Ana Ruiz
    contributed to this report.")."""
    text = block.text
    return (block.sentence and not bulleted(text) and not DATE_PREFIX.match(text)
            and date_line(text) is None
            and not is_author_note(text) and not _CONTRIBUTED.search(text)
            and not _MORE.match(text))


def _above_sources(blocks: list[Block], raw: list[str], first: int, last: int) -> int:
    """Return the run's last block ``last`` moved up above a wiki article's closing sections
    ("See also", "References", "External links"): from the first such heading on, no block
    is prose but the sources the article cites (CITATION), which read as sentences."""
    for index in range(first + 1, last + 1):
        if WIKI_CLOSING.match(blocks[index].text) and not any(
                _prose(blocks[at], raw[at]) and not CITATION.search(blocks[at].text)
                and not WIKI_CLOSING.match(blocks[at].text)
                for at in range(index + 1, last + 1)):
            return index - 1
    return last


def _teasers(blocks: list[Block], start: int, end: int) -> set[int]:
    """Return the blocks among ``blocks[start:end]`` (between the headline and the body) that
    are a list of other stories: a "More on" heading and the title-like blocks or tags of a
    few words below it, or TEASER_LIST title-like blocks in a row."""
    found: set[int] = set()
    index = start
    while index < end:
        heading = bool(_MORE.match(blocks[index].text))
        if not heading and not looks_like_headline(blocks[index].text):
            index += 1
            continue
        stop = index + 1
        while stop < end and (looks_like_headline(blocks[stop].text)
                              or heading and word_count(blocks[stop].text) <= 3):
            stop += 1
        if heading or stop - index >= TEASER_LIST:
            found.update(range(index, stop))
        index = stop
    return found


# Title-like blocks under a "More on" heading in the body that make it a box of links to other
# stories, not a heading of the article's own.
MIN_BOX_ITEMS = 2


def _more_boxes(blocks: list[Block], first: int, last: int) -> set[int]:
    """Return the blocks of the body ``blocks[first:last + 1]`` that are a box of links to
    other stories set into it ("More on Slate Book Review" over four titles at the top of the
    article, "Related" between two paragraphs): the heading and the titles right below it
    (card_title), MIN_BOX_ITEMS or more."""
    found: set[int] = set()
    for index in range(first, last + 1):
        if _MORE.match(blocks[index].text):
            stop = index + 1
            while stop <= last and card_title(blocks[stop].text):
                stop += 1
            if stop - index - 1 >= MIN_BOX_ITEMS:
                found.update(range(index, stop))
    return found


# The article as the last item of a list of teasers (a party's "latest news" above its
# press release: headline, date, teaser, "weiter lesen", again and again, then the release's
# headline, date and paragraphs): its prose this many times a teaser's (the median item's: a
# teaser without its date, as lynx shows one, makes one item of two), or more.
LAST_ITEM_ODDS = 3


def _around_teasers(blocks: list[Block], raw: list[str], kinds: list[str], first: int,
                    last: int) -> tuple[int, int, int]:
    """Return the run's first and last block around a list of teasers in it (headline,
    author, date, first paragraph, again and again), and the highest block its headline may
    be: the run ends at the prose before its first dated item, or, when the last item's prose
    is LAST_ITEM_ODDS times the median item's and the prose above the list, it is that item,
    from the most prose below its date on, its headline below the teasers' text."""
    dated = _teaser_dates(blocks, raw, first, last)
    if len(dated) < 2:
        return first, last, 0
    items = [_prose_length(blocks, raw, start + 1, end)
             for start, end in zip(dated, [*dated[1:], last + 1], strict=True)]
    above = _prose_length(blocks, raw, first, dated[0])
    if items[-1] < LAST_ITEM_ODDS * max(above, statistics.median(items[:-1])):
        return first, _last_prose(blocks, raw, first, dated[0] - 1), 0
    # The last teaser's text, cut short ("… der Stadtrat..."), may stand above the article's
    # own head, whose date reads as no date line ("22.05.2014 - Gemeinde/ Stadt").
    start = dated[-1] + 1
    cut = [i for i in range(start, last + 1)
           if _prose(blocks[i], raw[i]) and blocks[i].text.rstrip().endswith(("...", "…"))]
    if cut and cut[-1] < last:
        start = cut[-1] + 1
    best = _best_run(blocks[start:last + 1], raw[start:last + 1], kinds[start:last + 1])
    begin = start + best[0] if best is not None else start
    return begin, last, _last_prose(blocks, raw, dated[-1], begin - 1) + 1


def _teaser_dates(blocks: list[Block], raw: list[str], first: int, last: int) -> list[int]:
    """Return the blocks of ``first``..``last`` (past the first) that date an item of a list:
    a date line with a headline above it and prose right below."""
    # Prose below looked for before a date: a look at two classes turns most blocks away,
    # a date's patterns are each tried on the block.
    return [i for i in range(first + 1, last + 1)
            if raw[i] in ("short", "bad")
            and any(_prose(blocks[j], raw[j]) for j in range(i + 1, min(i + 3, last + 1)))
            and date_line(blocks[i].text) is not None
            and any(looks_like_headline(blocks[j].text) for j in range(max(first, i - 3), i))]


def _last_prose(blocks: list[Block], raw: list[str], first: int, end: int) -> int:
    """Return the last paragraph of prose among ``blocks[first + 1:end + 1]``, else
    ``first``: where a run cut at ``end`` ends."""
    while end > first and not _prose(blocks[end], raw[end]):
        end -= 1
    return end


# A browser's copy parts the article's paragraphs with a blank line and puts the items of a list
# on the lines right below each other, with no bullet or picture's name (Chromium's innerText;
# w3m and lynx mark their items so). Under a heading of other stories ("Últimas Noticias",
# "Seguir leyendo:") below the body, this many such items end the article.
TIGHT_ITEMS = 3
TIGHT_ITEM_WORDS = 40
# The article's prose below such a list is a tenth of its prose above at most: WIRED's "Most
# Popular" box three quarters down the story, in a real browser's copy, is set into it.
TIGHT_PROSE_BELOW = 10


def _tight_list_below(blocks: list[Block], raw: list[str], first: int, heading: int,
                      last: int) -> bool:
    """Return True when TIGHT_ITEMS blocks or more of TIGHT_ITEM_WORDS words at most follow
    the heading ``heading`` line after line (a blank line perhaps above the first), none
    bulleted nor a picture's name, and the run's paragraphs below them (up to block ``last``;
    a blank line above each) are a tenth of its prose above the heading (from block
    ``first``) at most: a list of other stories closing the article, not a box of links
    inside it."""
    items = 0
    index = heading + 1
    # (The items are counted past the run's end: the run may stop inside the list.)
    while (index < len(blocks) and (index == heading + 1
                                    or blocks[index].first == blocks[index - 1].last + 1)):
        text = blocks[index].text
        if bulleted(text) or BRACKETED.match(text) or more_words_than(text, TIGHT_ITEM_WORDS):
            break
        items += 1
        index += 1
    if items < TIGHT_ITEMS:
        return False
    below = sum(len(blocks[i].text) for i in range(index, last + 1)
                if blocks[i].first > blocks[i - 1].last + 1 and _prose(blocks[i], raw[i]))
    return below * TIGHT_PROSE_BELOW < _prose_length(blocks, raw, first, heading)


def _prose_length(blocks: list[Block], raw: list[str], start: int, end: int) -> int:
    """Return the length of the paragraphs of prose among ``blocks[start:end]``."""
    return sum(len(blocks[i].text) for i in range(start, end) if _prose(blocks[i], raw[i]))


def _kept(block: Block, raw: str, kind: str, captions: Mapping[str, bool]) -> bool:
    """Return True when a block inside the article's run is kept: not a list item, bulleted
    or numbered, that ends as no sentence does (a link to another story between the
    paragraphs, "1. Ten charts on the slump"; the points of a list in the article end with a
    full stop, or are short and were classed bad already), nor a news photo's caption or a
    run of links (judged here, not in classify: classed bad, a paragraph taken for one would
    cut the run in two). ``captions``: is_photo_caption of each text."""
    if ((bulleted(block.text) or _NUMBERED.match(block.text)) and not block.sentence
            or captions[block.text] or is_link_run(block.text)):
        return False
    return kind == "good" or raw in ("near-good", "table")
