"""The summary length the reader chose: in sentences, percent or words; quotations left out."""

from __future__ import annotations

from dataclasses import dataclass

from inbrief.core.brief import Brief


@dataclass
class SummaryLength:
    """How long the summary shown is; applied to a Brief without analysing again."""

    unit: str = "sentences"  # "sentences", "percent" or "words"
    sentences: int = 5  # when unit is "sentences"
    percent: int = 20  # of the sentences, when unit is "percent"
    words: int = 100  # about this many words, when unit is "words"
    avoid_quotations: bool = False  # leave sentences that are mostly quotations out

    def set(self, unit: str, value: int) -> None:
        """Use ``value`` sentences, percent or words (``unit``; anything else: sentences)."""
        self.unit = unit if unit in ("percent", "words") else "sentences"
        if self.unit == "percent":
            self.percent = max(1, min(100, value))
        elif self.unit == "words":
            self.words = max(1, value)
        else:
            self.sentences = max(1, value)

    def restore(self, *, unit: str, sentences: int, percent: int, words: int,
                avoid_quotations: bool) -> None:
        """Take the choices remembered from the last session, each kept in its range."""
        self.sentences = max(1, sentences)
        self.percent = max(1, min(100, percent))
        self.words = max(1, words)
        self.avoid_quotations = avoid_quotations
        self.unit = unit if unit in ("percent", "words") else "sentences"

    def count(self, brief: Brief | None) -> int:
        """Return how many summary sentences the chosen length gives for ``brief``."""
        if self.unit == "words":
            return self._count_for_words(brief)
        if self.unit != "percent":
            return self.sentences
        total = len(brief.sentences) if brief is not None else 0
        return max(1, round(total * self.percent / 100))

    def skipped(self, brief: Brief | None) -> frozenset[int]:
        """Return the sentences the summary leaves out: quotations, when the reader asked."""
        if not self.avoid_quotations or brief is None:
            return frozenset()
        from inbrief.core.text import is_quotation

        return frozenset(s.index for s in brief.sentences if is_quotation(s.text))

    def _count_for_words(self, brief: Brief | None) -> int:
        """Return how many of the best sentences fit in about ``words`` words."""
        if brief is None:
            return 1
        skip = self.skipped(brief)
        ranked = sorted((s for s in brief.sentences if s.index not in skip),
                        key=lambda s: (s.rank, s.index))
        count = words = 0
        for sentence in ranked:
            more = brief.words_in((sentence,))
            if count and words + more > self.words:
                break
            count, words = count + 1, words + more
        return max(1, count)

    def cut(self, brief: Brief) -> Brief:
        """Return ``brief`` with the summary the length and options ask for."""
        return brief.with_summary_length(self.count(brief), self.skipped(brief))
