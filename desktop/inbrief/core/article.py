"""Article (what ingest produces) and AnalysisOptions (what the user chose)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Article:
    """Text to analyse plus whatever metadata the file carried."""

    text: str
    title: str = ""
    source: str = ""  # site, publisher or wire service
    author: str = ""
    published: str | None = None  # ISO date (YYYY-MM-DD) when known
    # The day a pasted page shows in its head without a year ("Posted Nov 19, 6:51 AM":
    # "11-19"), when it shows no publication date: the reference date's day, its year inferred.
    shown_day: str | None = None
    # The latest copyright year of the page a paste came from, when the text analysed does not
    # say it: an HTML paste's article has no footer, its plain-text flavour has ("© 2019").
    copyright_year: int | None = None
    file_name: str = ""  # base name of the file it came from, "" for pasted text
    format: str = "text"  # text, markdown, html, pdf, docx, stdin
    encoding: str = ""  # the codec a text file was read with ("" for PDF, Word, pasted text)
    notes: tuple[str, ...] = ()  # what the reader should know about how the file was read


DEFAULT_SENTENCES = 5


@dataclass(frozen=True)
class AnalysisOptions:
    """How to analyse: summary length, algorithm, language and reference date."""

    sentences: int | None = None  # summary length in sentences
    ratio: float | None = None  # or as a fraction of the sentences (0..1]
    algorithm: str = "auto"  # a name in core.summary.algorithms.ALGORITHMS
    language: str = "auto"  # "auto" or an ISO 639-1 code
    reference_date: dt.date | None = None  # for relative dates; None = published or today
    title: str = ""  # the title the user chose for the text; "" = the article's own
    raw: bool = False  # analyse the text exactly as given (no cleaning)

    def summary_length(self, sentence_count: int) -> int:
        """Return the number of summary sentences for a text of ``sentence_count`` sentences."""
        if sentence_count <= 0:
            return 0
        if self.ratio is not None:
            wanted = max(1, round(sentence_count * self.ratio))
        else:
            wanted = self.sentences if self.sentences is not None else DEFAULT_SENTENCES
        return max(1, min(wanted, sentence_count))
