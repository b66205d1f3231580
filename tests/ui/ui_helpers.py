"""Shared texts and helpers of the window tests."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from inbrief.core.article import AnalysisOptions, Article
from inbrief.core.brief import Brief, Language, Sentence, Stats
from inbrief.ui.main_window import MainWindow

# An invented news story (not from any evaluation set).
ARTICLE_TITLE = "Lakeside Library Reopens After Two-Year Renovation"
ARTICLE = (
    "Lakeside Library Reopens After Two-Year Renovation\n"
    "\n"
    "ADVERTISEMENT\n"
    "\n"
    "The Lakeside Public Library reopened on March 3, 2025 after a renovation that cost "
    "$14 million and kept its doors closed for two years. Head librarian Irene Castellano"
    " said the building now has twice as many study rooms as before.\n"
    "\n"
    "The renovation was paid for by the Ostrava Foundation and the city of Lakeside. "
    "Irene Castellano thanked the Ostrava Foundation for its patience during delays "
    "caused by a shortage of steel.\n"
    "\n"
    "Mayor Felix Drummond cut the ribbon in front of about 600 visitors. Drummond said "
    "the library would stay open until 10 p.m. on weekdays from April 2025.\n"
    "\n"
    "The old reading room, built in 1931, was restored with its original oak shelves. "
    "Architects from Brennan Hollis Studio replaced the roof and added solar panels.\n"
    "\n"
    "Castellano said the library expects more than 300,000 visits in its first year. A "
    "children's wing will open on June 14, 2025, once its furniture arrives.\n"
)

PLAIN_TEXT = (
    "Engineers at the Vellmar dam began a safety inspection on Monday. "
    "The inspection follows heavy rain that raised the reservoir to a record level. "
    "Inspector Hanna Seidl said the concrete showed no new cracks. "
    "The regional water board will publish the full report in May. "
    "Residents downstream were told that no evacuation is planned. "
    "The dam was completed in 1962 and supplies water to 80,000 homes."
)


class CountingAnalyze:
    """The real pipeline (or a replacement), counting the calls."""

    def __init__(self, inner: Callable[..., Brief] | None = None) -> None:
        from inbrief.core.pipeline import analyze

        self.inner = inner or analyze
        self.calls = 0
        self._lock = threading.Lock()

    def __call__(self, article: Article, options: AnalysisOptions, progress: Any = None,
                 cancel: Any = None, **preview: Any) -> Brief:
        with self._lock:
            self.calls += 1
        return self.inner(article, options, progress, cancel, **preview)


def simple_brief(text: str, title: str = "Fake") -> Brief:
    """Return a Brief with one sentence per '. '-separated piece (for fake analyses)."""
    sentences = []
    start = 0
    for index, piece in enumerate(text.split(". ")):
        end = start + len(piece)
        sentences.append(Sentence(index, start, end, text[start:end], 1.0 / (index + 1),
                                  index + 1))
        start = end + 2
    return Brief(text=text, title=title, language=Language("en", "English", 1.0),
                 stats=Stats(len(text.split()), len(sentences), 1.0, 0),
                 sentences=tuple(sentences), summary=tuple(sentences[:2]))


WindowFactory = Callable[..., MainWindow]


def wait_for_brief(qtbot: Any, window: MainWindow, timeout: int = 20_000) -> Brief:
    """Wait until the window shows a brief and no work is running; return the brief."""
    qtbot.waitUntil(
        lambda: window.controller.brief is not None and not window.controller.runner.busy(),
        timeout=timeout,
    )
    assert window.controller.brief is not None
    return window.controller.brief
