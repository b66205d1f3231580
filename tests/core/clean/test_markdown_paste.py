"""Markdown pasted as plain text (a chat assistant's answer, a notes app, a README): read as
opening a .md file reads it, its marks left out of the analysis and kept in the source."""

from __future__ import annotations

import pytest

from inbrief.core import pipeline
from inbrief.core.article import Article
from inbrief.core.clean import clean_article
from inbrief.core.clean.markdown_marks import looks_like_markdown

NOTE = "\n\n".join([
    "# Marenia votes for a new governor",
    "**Port Selwyn, 4 March 2025** — Voters in the coastal province of "
    "[Marenia](https://example.org/marenia) chose a new governor on Tuesday, ending two "
    "decades of rule by the same party.",
    "## The result",
    "The winner, former harbour engineer *Lidia Sorn*, promised to rebuild the delta's levees "
    "within four years and to publish every contract for the work "
    "[online](https://example.org/contracts).",
    "- Turnout was the highest in thirty years, the electoral commission said on Thursday.\n"
    "- Long queues formed at polling stations in the capital until late in the evening.",
    "> \"We will keep the water out and the books open,\" Sorn told supporters in "
    "**Port Selwyn**.",
    "```\nturnout = 0.71\n```",
    "Sorn will take office next month. Her party holds a majority in the provincial assembly.",
])


def test_markdown_pasted_as_plain_text_reads_as_its_text() -> None:
    cleaned = clean_article(Article(text=NOTE, format="text"))
    article = cleaned.article
    assert article.title == "Marenia votes for a new governor"
    text = article.text
    for mark in ("**", "](", "https://", "# ", "> ", "- Turnout", "```", "turnout =", "*Lidia"):
        assert mark not in text, mark
    assert "province of Marenia chose a new governor" in text
    assert "former harbour engineer Lidia Sorn, promised" in text
    assert cleaned.text_map.kept_text(NOTE) == text
    brief = pipeline.analyze(Article(text=NOTE, format="text"))
    assert not any("**" in s.shown or "](" in s.shown for s in brief.sentences)


@pytest.mark.parametrize(("text", "markdown"), [
    (NOTE, True),
    # A text browser's form fields and a page's breadcrumbs or hashtags are no Markdown.
    ("Name: ____________\nEmail: ____________\n> Home >> News >> Local\n", False),
    ("# Lutte\n# Luttes sociales\n# Lyon\nLe texte de la page.", False),
    ("Plain prose with *one* star and a [bracket] in it.", False),
    ("See [the port](https://example.org/a), [the lights](https://example.org/b) and "
     "[the museum](https://example.org/c).", True),
])
def test_markdown_is_told_from_plain_text(text: str, markdown: bool) -> None:
    assert looks_like_markdown(text) is markdown
