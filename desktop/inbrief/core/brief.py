"""The Brief: the frozen, serialisable result of analysing one article.

Every view (window, PDF, Markdown, JSON, CLI) reads a Brief and never re-analyses.
All offsets are character offsets into ``Brief.text``; ``Brief.text_map`` maps them into the
text given for analysis (the article's text before cleaning).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from inbrief.core.textmap import Removed, TextMap

# A list item's marker as text browsers and editors write it ("* ", "• ", "- ").
_LIST_MARKER = re.compile(r"^[*•◦▪□■●○◆·+-]\s+")
# A line break (and the indent after it) between two Chinese or Japanese characters: the
# text was wrapped there, and these scripts put no space between words.
_CJK = "\u3001-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_WRAPPED_CJK = re.compile(rf"(?<=[{_CJK}])[ \t]*\n\s*(?=[{_CJK}])")

SCHEMA_VERSION = 1

EntityType = Literal["person", "organization", "place", "other"]
DateKind = Literal["absolute", "relative"]
# Where the reference date of relative dates came from: the publication date, the user, the
# latest full date the article states, a photo caption's date, the day the page shows without
# a year (its year inferred), the end of the copyright year, or today (nothing known). "": not
# recorded (older files).
ReferenceSource = Literal["published", "user", "latest-date", "caption", "shown-day",
                          "shown-day-latest", "copyright", "today", ""]
_MONTH_ABBREVIATIONS = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip
_REFERENCE_WORDS = {
    "published": "the publication date",
    "user": "the date you chose",
    "latest-date": "the latest date in the article",
    "caption": "the date of a photo caption",
    "shown-day": "the day the page shows without a year, in the year of its copyright line",
    "shown-day-latest": "the day the page shows without a year, the latest such day",
    "copyright": "the end of the article's copyright year; no other date in the article",
}


@dataclass(frozen=True)
class Language:
    """The language the text was analysed as."""

    code: str  # ISO 639-1 ("en", "ja", "zh-cn" as langdetect names it)
    name: str  # English name, e.g. "English"
    confidence: float  # 0..1; 1.0 when chosen by the user
    method: Literal["detected", "chosen", "default"] = "detected"
    stemmer: bool = True  # False: sumy has no stemmer/stop words for it
    sumy_language: str = "english"


@dataclass(frozen=True)
class Stats:
    words: int
    sentences: int
    reading_minutes: float
    summary_words: int


@dataclass(frozen=True)
class Sentence:
    """One sentence of the text with its summary score and rank (1 = best)."""

    index: int
    start: int
    end: int
    text: str
    score: float
    rank: int

    @property
    def shown(self) -> str:
        """The sentence on one line, without the marker of a list item it opens ("* Pizza
        was searched ...", "• ..."): as summaries list it."""
        text = _WRAPPED_CJK.sub("", self.text)  # "中国\n国家主席": one word wrapped
        return _LIST_MARKER.sub("", " ".join(text.split()))


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Keyword:
    text: str
    score: float
    count: int
    mentions: tuple[Mention, ...] = ()  # every counted occurrence, inflected forms included


@dataclass(frozen=True)
class Entity:
    name: str
    type: EntityType
    count: int
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    salience: float = 0.0


@dataclass(frozen=True)
class DateMention:
    """A date expression with its TIMEX3 value (``2024-10-28``, ``2024-W45``, ``PRESENT_REF``)."""

    text: str
    start: int
    end: int
    value: str
    kind: DateKind
    sentence: int  # index into Brief.sentences, -1 if outside any


def best_sentences(pool: Sequence[Sentence], count: int, language: str = "en"
                   ) -> tuple[Sentence, ...]:
    """Return the ``count`` best-ranked sentences of ``pool`` in document order. When there is
    room for all of them, a page's fragments among them (a post's credit line, a linked
    piece's title: summary.fragments) are left out: they are no sentences to read."""
    count = max(0, min(count, len(pool)))
    if count == len(pool) > 1:
        from inbrief.core.summary import fragments  # (numpy: not at start-up)

        left_out = fragments([s.text for s in pool], language)
        pool = tuple(s for s in pool if s.index not in left_out)
        count = len(pool)
    best = sorted(pool, key=lambda s: (s.rank, s.index))[:count]
    return tuple(sorted(best, key=lambda s: s.index))


@dataclass(frozen=True)
class Brief:
    text: str
    title: str = ""
    source: str = ""
    author: str = ""
    published: str | None = None  # ISO date when known
    file_name: str = ""
    language: Language = field(default_factory=lambda: Language("en", "English", 0.0, "default"))
    stats: Stats = field(default_factory=lambda: Stats(0, 0, 0.0, 0))
    algorithm: str = "auto"
    sentences: tuple[Sentence, ...] = ()  # every sentence, document order, with score and rank
    summary: tuple[Sentence, ...] = ()  # the selected ones, document order
    keywords: tuple[Keyword, ...] = ()
    entities: tuple[Entity, ...] = ()  # most salient first
    dates: tuple[DateMention, ...] = ()  # document order
    reference_date: str = ""  # ISO date relative dates were resolved against
    reference_date_source: ReferenceSource = ""
    notes: tuple[str, ...] = ()  # things the user should know ("no stemmer for Thai", ...)
    timings: tuple[tuple[str, float], ...] = ()  # (stage, seconds)
    schema: int = SCHEMA_VERSION
    # Where Brief.text sits in the text given for analysis (before cleaning): kept segments
    # and removed spans. None: unknown (a Brief made by hand or read from an older file).
    text_map: TextMap | None = None
    # Why each span of that text was left out (menu, notice, caption, ... headline, byline,
    # dateline: lifted as metadata), in the same coordinates as text_map.removed.
    removed: tuple[Removed, ...] = ()

    # ----------------------------------------------------------------- views
    def reference_note(self) -> str:
        """Return where relative dates are measured from, in words ("" when not recorded):
        "relative dates measured from 12 Mar 2024 (the latest date in the article)"."""
        source = self.reference_date_source
        if source == "today":
            return "relative dates measured from today (no date in the article)"
        try:
            day = dt.date.fromisoformat(self.reference_date[:10])
        except ValueError:
            return ""
        when = f"{day.day} {_MONTH_ABBREVIATIONS[day.month - 1]} {day.year}"
        why = _REFERENCE_WORDS.get(source)
        return f"relative dates measured from {when}" + (f" ({why})" if why else "")

    def summary_of(self, count: int, skip: Collection[int] = ()) -> tuple[Sentence, ...]:
        """Return the ``count`` best-ranked sentences in document order (no re-analysis),
        leaving out the sentences whose index is in ``skip`` (quotations the reader avoids).

        A Brief that carries only its summary (no scored sentences) shortens that summary.
        """
        pool = self.sentences or self.summary
        if skip:
            pool = tuple(s for s in pool if s.index not in skip) or pool
        return best_sentences(pool, count, self.language.code)

    def words_in(self, sentences: tuple[Sentence, ...]) -> int:
        """Return the words of ``sentences``, counted as the text's words are (CJK too)."""
        from inbrief.core.text import count_words

        return sum(count_words(s.text, self.language.code) for s in sentences)

    def with_summary_length(self, count: int, skip: Collection[int] = ()) -> Brief:
        """Return a copy whose summary has ``count`` sentences (none of ``skip``), stats
        updated."""
        summary = self.summary_of(count, skip)
        words = self.words_in(summary)
        return dataclasses.replace(
            self, summary=summary, stats=dataclasses.replace(self.stats, summary_words=words)
        )

    def entities_of(self, kind: EntityType) -> tuple[Entity, ...]:
        return tuple(e for e in self.entities if e.type == kind)

    # --------------------------------------------------------- serialisation
    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["timings"] = {stage: seconds for stage, seconds in self.timings}
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Brief:
        schema = data.get("schema", SCHEMA_VERSION)
        if schema != SCHEMA_VERSION:
            raise ValueError(f"unsupported Brief schema {schema} (expected {SCHEMA_VERSION})")

        def sentences(items: list[dict[str, Any]]) -> tuple[Sentence, ...]:
            return tuple(Sentence(**_known(Sentence, s)) for s in items)

        def mentions(item: dict[str, Any]) -> tuple[Mention, ...]:
            return tuple(Mention(**_known(Mention, m)) for m in item.get("mentions", ()))

        entities = tuple(
            Entity(
                name=e["name"],
                type=e["type"],
                count=e["count"],
                aliases=tuple(e.get("aliases", ())),
                mentions=mentions(e),
                salience=e.get("salience", 0.0),
            )
            for e in data.get("entities", ())
        )
        keywords = tuple(
            Keyword(text=k["text"], score=k["score"], count=k["count"], mentions=mentions(k))
            for k in data.get("keywords", ())
        )
        text_map = data.get("text_map")
        return cls(
            text=data["text"],
            title=data.get("title", ""),
            source=data.get("source", ""),
            author=data.get("author", ""),
            published=data.get("published"),
            file_name=data.get("file_name", ""),
            language=Language(**_known(Language, data["language"])),
            stats=Stats(**_known(Stats, data["stats"])),
            algorithm=data.get("algorithm", "auto"),
            sentences=sentences(data.get("sentences", [])),
            summary=sentences(data.get("summary", [])),
            keywords=keywords,
            entities=entities,
            dates=tuple(DateMention(**_known(DateMention, d)) for d in data.get("dates", ())),
            reference_date=data.get("reference_date", ""),
            reference_date_source=data.get("reference_date_source", ""),
            notes=tuple(data.get("notes", ())),
            timings=tuple((k, float(v)) for k, v in dict(data.get("timings", {})).items()),
            schema=schema,
            text_map=TextMap.from_dict(text_map) if text_map else None,
            removed=tuple(Removed.from_dict(r) for r in data.get("removed", ())),
        )


def _known(kind: type, data: dict[str, Any]) -> dict[str, Any]:
    """Return the items of ``data`` that are fields of the dataclass ``kind``: a field added
    later (in the same schema) is skipped by a reader that does not know it."""
    names = {f.name for f in dataclasses.fields(kind)}
    return {key: value for key, value in data.items() if key in names}


TITLE_WORDS = 10  # an untitled text is named by this many of its first words


def fallback_title(text: str, first_sentence: tuple[int, int] | None = None) -> str:
    """Return the title of an untitled text: the first words of its first sentence (of the
    whole text when no sentence is given; without a list's marker), with an ellipsis when
    cut."""
    first = text[first_sentence[0] : first_sentence[1]] if first_sentence else text
    words = _LIST_MARKER.sub("", first.strip()).split()
    return " ".join(words[:TITLE_WORDS]) + ("…" if len(words) > TITLE_WORDS else "")
