"""AnalysisOptions.title: the title the user picked in the text wins over the article's own."""

from __future__ import annotations

from inbrief.core.article import AnalysisOptions
from inbrief.core.ingest import load_text
from inbrief.core.pipeline import analyze

TEXT = (
    "Local news\n\n"
    "Harbour board backs a new pier\n\n"
    "The harbour board of Port Elwyn voted on Monday to rebuild the storm-damaged north pier. "
    "Board chair Mara Quint said the work would begin in March.\n\n"
    "Fishermen had asked for a temporary landing stage while the pier is closed. The board "
    "will look at the request next month.\n"
)


def test_a_title_picked_by_the_user_is_the_briefs_title() -> None:
    own = analyze(load_text(TEXT))
    assert own.title == "Harbour board backs a new pier"
    picked = analyze(load_text(TEXT), AnalysisOptions(title="  Harbour board\nbacks pier "))
    # Its spaces and line breaks made single spaces; the text analysed is the same.
    assert picked.title == "Harbour board backs pier"
    assert picked.stats.words == own.stats.words
    # Spaces alone are no title: the article's own.
    assert analyze(load_text(TEXT), AnalysisOptions(title="   ")).title == own.title
