"""Reading views of the source: "Summary only" (the chosen sentences, as the text has them)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QPlainTextEdit, QWidget


def summary_only_text(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """Return the pieces ``spans`` of ``text`` in order, as Word's AutoSummarize "hide
    everything but the summary" shows them: sentences of one paragraph run on, a new
    paragraph where the source starts one."""
    paragraphs: list[list[str]] = []
    previous_end = -1
    for start, end in sorted(spans):
        piece = text[start:end].strip()
        if not piece:
            continue
        between = text[previous_end:start] if previous_end >= 0 else "\n"
        if "\n" in between or not paragraphs:
            paragraphs.append([piece])
        else:
            paragraphs[-1].append(piece)
        previous_end = end
    return "\n\n".join(" ".join(sentences) for sentences in paragraphs)


class SummaryOnlyView(QPlainTextEdit):
    """The source with everything but the summary hidden (read only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryOnly")
        self.setReadOnly(True)
        self.setAccessibleName("Summary only")
        self.setAccessibleDescription("The summary sentences as the article has them, in "
                                      "order; View > Summary Only shows the whole text again")
        self.setTabChangesFocus(True)
        self.setPlaceholderText("The summary appears here once there is text to analyse.")

    def show_summary(self, text: str, spans: Sequence[tuple[int, int]]) -> None:
        self.setPlainText(summary_only_text(text, spans))
