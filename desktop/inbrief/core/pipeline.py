"""analyze(): Article in, Brief out (clean, language, sentences, summary, entities, dates...)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Callable, Collection

from inbrief.core import budget, clean, dates, entities, keywords, language, text
from inbrief.core import summary as ranking_module
from inbrief.core.article import AnalysisOptions, Article
from inbrief.core.brief import (
    Brief,
    Entity,
    Keyword,
    ReferenceSource,
    Sentence,
    Stats,
    best_sentences,
    fallback_title,
)
from inbrief.core.entities.process import IN_PROCESS, NameFinder
from inbrief.core.errors import Cancelled, EmptyText, FileTooLarge
from inbrief.core.reference import infer_reference
from inbrief.core.textmap import Removed, TextMap

Progress = Callable[[str, float], None]  # (stage, fraction of the whole analysis 0..1)
Cancel = Callable[[], bool]

READING_WORDS_PER_MINUTE = 230
MAX_ANALYSIS_CHARS = 20_000_000  # ~3 million words: beyond this nobody wants a one-page brief

# Share of the total time each stage takes, for a smooth progress bar.
_STAGES = (
    ("clean", 0.02),
    ("language", 0.03),
    ("sentences", 0.10),
    ("summary", 0.35),
    ("dates", 0.10),
    ("entities", 0.35),
    ("keywords", 0.05),
)


class _Stages:
    """Timing, progress and cancel bookkeeping for one analysis."""

    def __init__(self, progress: Progress | None, cancel: Cancel | None) -> None:
        self.progress = progress
        self.cancel = cancel
        self.timings: list[tuple[str, float]] = []
        self._done = 0.0
        self._name = ""
        self._share = 0.0
        self._started = 0.0

    def start(self, name: str) -> None:
        self.check()
        self._name = name
        self._share = dict(_STAGES)[name]
        self._started = time.perf_counter()
        self.report(0.0)

    def report(self, fraction: float) -> None:
        if self.progress is not None:
            self.progress(self._name, min(1.0, self._done + self._share * fraction))

    def stop(self) -> None:
        self.timings.append((self._name, time.perf_counter() - self._started))
        self._done += self._share

    def check(self) -> None:
        if self.cancel is not None and self.cancel():
            raise Cancelled("Analysis cancelled")


def reference_date_for(
    article: Article,
    options: AnalysisOptions,
    given: str | None = None,
    language: str = "en",
    today: dt.date | None = None,
) -> tuple[dt.date, ReferenceSource]:
    """Return the date relative dates resolve against and where it came from.

    The date the user chose, else the publication date, else one inferred from the text
    (``article.text``, and ``given``, the text before cleaning: see infer_reference).
    """
    if options.reference_date is not None:
        return options.reference_date, "user"
    if article.published:
        try:
            return dt.date.fromisoformat(article.published[:10]), "published"
        except ValueError:
            pass
    given = article.text if given is None else given
    return infer_reference(article.text, given, language, today, article.shown_day,
                           article.copyright_year)


def analyze(
    article: Article,
    options: AnalysisOptions | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    preview: Callable[[Brief], None] | None = None,
    names: NameFinder = IN_PROCESS,
) -> Brief:
    """Return the Brief of ``article``; raise EmptyText, FileTooLarge or Cancelled.

    ``preview``, when given, receives a Brief without names first if the name model is still
    loading (the summary, keywords and timeline need no model): the window shows it at once.
    ``names`` finds the names (the window's: in a second process; see entities.process).
    """
    options = options or AnalysisOptions()
    if options.algorithm not in ranking_module.ALGORITHMS:
        raise ValueError(
            f"unknown algorithm {options.algorithm!r}; "
            f"choose one of {', '.join(ranking_module.ALGORITHMS)}"
        )
    if len(article.text) > MAX_ANALYSIS_CHARS:
        raise FileTooLarge(
            f"The text has {len(article.text):,} characters; InBrief analyses at most "
            f"{MAX_ANALYSIS_CHARS:,}."
        )
    stages = _Stages(progress, cancel)

    stages.start("clean")
    given = article.text
    if options.raw:
        text_map = TextMap.identity(len(article.text))
        removed: tuple[Removed, ...] = ()
    else:
        cleaned = clean.clean_article(article)
        article, text_map, removed = cleaned.article, cleaned.text_map, cleaned.removed
    if options.title.strip():
        # The headline the user picked (the page's own was missed): the brief's title, and
        # the title the summary's sentences are scored against.
        article = dataclasses.replace(article, title=" ".join(options.title.split()))
    body = article.text
    stages.stop()
    if not body.strip():
        raise EmptyText("There is no text to summarise.")

    stages.start("language")
    lang = language.detect_language(body, options.language)
    notes: list[str] = list(article.notes)
    if not lang.stemmer:
        notes.append(
            f"{lang.name} has no stemmer or stop-word list here: "
            "the summary treats every word form as distinct."
        )
    stages.stop()

    stages.start("sentences")
    spans = text.split_sentences(body, lang.code)
    if not spans:
        raise EmptyText("The text has no sentences to summarise.")
    word_count = text.count_words(body, lang.code)
    paragraph_starts = ranking_module.paragraph_starts(body, spans)
    # A very long text: the later stages read a bounded sample of its sentences (see budget).
    kept = budget.sample_sentences(spans, len(body), budget.WORK_BUDGET_CHARS)
    sample = budget.Sample(body, spans, kept) if len(kept) < len(spans) else None
    work_body, work_spans = body, spans
    if sample is not None:
        work_body, work_spans = sample.text, sample.spans
        paragraph_starts = frozenset(
            sample.position[i] for i in paragraph_starts if i in sample.position
        )
        read = sum(b - a for a, b in work_spans) / max(1, sum(b - a for a, b in spans))
        notes.append(
            f"This text is very long, so the summary, dates, names and keywords come from "
            f"{read:.0%} of it (the opening and sentences spread throughout); the word and "
            "sentence counts cover all of it."
        )
    stages.stop()

    stages.start("summary")
    ranking = ranking_module.rank_sentences(
        ranking_module.RankInput(work_body, work_spans, lang, article.title, paragraph_starts),
        options.algorithm,
        progress=stages.report,
        cancel=cancel,
    )
    notes.extend(ranking.notes)
    scores, ranks = list(ranking.scores), list(ranking.ranks)
    if sample is not None:  # sentences left out score 0 and rank after the others, in order
        scores, ranks = [0.0] * len(spans), [0] * len(spans)
        unread = len(kept)
        for i in range(len(spans)):
            j = sample.position.get(i)
            if j is None:
                unread += 1
                ranks[i] = unread
            else:
                scores[i], ranks[i] = ranking.scores[j], ranking.ranks[j]
    scored = zip(spans, scores, ranks, strict=True)
    sentences = tuple(
        Sentence(i, a, b, body[a:b], round(float(score), 6), int(rank))
        for i, ((a, b), score, rank) in enumerate(scored)
    )
    summary = best_sentences(sentences, options.summary_length(len(sentences)), lang.code)
    stages.stop()

    stages.start("dates")
    if sample is not None:
        reference, reference_source = reference_date_for(
            dataclasses.replace(article, text=work_body), options,
            given[: budget.WORK_BUDGET_CHARS], lang.code,
        )
        found = dates.find_dates(work_body, lang.code, reference, work_spans)
        date_list = [sample.date(d) for d in found]
    else:
        reference, reference_source = reference_date_for(article, options, given, lang.code)
        date_list = dates.find_dates(body, lang.code, reference, spans)
    stages.stop()

    def brief(entity_list: list[Entity], keyword_list: list[Keyword]) -> Brief:
        summary_words = sum(text.count_words(s.text, lang.code) for s in summary)
        stats = Stats(
            words=word_count,
            sentences=len(sentences),
            reading_minutes=round(word_count / READING_WORDS_PER_MINUTE, 1),
            summary_words=summary_words,
        )
        return Brief(
            text=body,
            title=article.title or fallback_title(body, spans[0]),
            source=article.source,
            author=article.author,
            published=article.published,
            file_name=article.file_name,
            language=lang,
            stats=stats,
            algorithm=options.algorithm,
            sentences=sentences,
            summary=summary,
            keywords=tuple(keyword_list),
            entities=tuple(entity_list),
            dates=tuple(date_list),
            reference_date=reference.isoformat(),
            reference_date_source=reference_source,
            notes=tuple(notes),
            timings=tuple(stages.timings),
            text_map=text_map,
            removed=removed,
        )

    def keywords_of(people: Collection[str] = (), others: Collection[str] = ()) -> list[Keyword]:
        found = keywords.extract_keywords(work_body, work_spans, lang, people=people, names=others)
        return found if sample is None else [sample.with_mentions(k) for k in found]

    if preview is not None and not names.ready(lang.code):
        preview(brief([], keywords_of()))

    stages.start("entities")
    if sample is not None:
        named, _ = names.find(work_body, lang.code, work_spans,
                              {sample.position[s.index] for s in summary}, False)
        entity_list = [sample.with_mentions(e) for e in named]
    else:
        entity_list, note = names.find(body, lang.code, spans,
                                       {s.index for s in summary}, True)
        if note:
            notes.append(note)
    stages.stop()

    stages.start("keywords")
    people = [e.name for e in entity_list if e.type == "person"]
    others = [e.name for e in entity_list if e.type != "person"]
    keyword_list = keywords_of(people, others)
    stages.stop()
    stages.report(1.0)
    return brief(entity_list, keyword_list)


# An invented story for warm_up(): a title, a dateline, names, dates, a few paragraphs.
_WARM_UP_TEXT = (
    "Harbour Council Approves Night Ferry\n\n"
    "WESTPORT -- The harbour council approved a night ferry to Greyhaven Island on Tuesday, "
    "March 4, 2025, after a vote of seven to two. Council chair Miriam Okafor said the first "
    "crossing would leave at 11 p.m. on May 1.\n\n"
    "The ferry will be run by Northline Shipping, which already sails the day route. "
    "Okafor said islanders had asked for a late boat for years. The service costs "
    "$2.4 million a year and is paid for by the regional government in Kellsbridge.\n\n"
    "Opponents on the council said the money would be better spent on the old pier, "
    "which was closed last week after an inspection.\n"
)


def warm_up(analyse_sample: Callable[[], bool] = lambda: False,
            names: NameFinder = IN_PROCESS) -> None:
    """Do the slow first-time loads (language profiles, NER model, date locales) now.

    Then, when ``analyse_sample()`` says so (nothing else wants the CPU: no text of the user's
    is being analysed), analyse a short English story, so that the user's first text does not
    pay for what a first analysis compiles or loads once (patterns, the sentence model, the
    stemmer, spaCy's first call: ~0.3 s of a first paste). ``names`` other than IN_PROCESS
    load the name model themselves (in a second process)."""
    language.warm_up()
    if names is IN_PROCESS:
        entities.warm_up("en")
    dates.warm_up()
    if analyse_sample():
        from inbrief.core.ingest import load_text  # what a paste goes through

        analyze(load_text(_WARM_UP_TEXT), AnalysisOptions(), names=names)

