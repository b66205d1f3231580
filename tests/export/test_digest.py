"""The digest: names across articles, one merged timeline, repeated sentences once, PDF and
Markdown."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
from pathlib import Path

import pytest
from brief_fakes import english_brief, japanese_brief, make_brief
from pdf_helpers import needs_pdftotext, squash
from pypdf import PdfReader

from inbrief.core.brief import Brief
from inbrief.core.errors import InBriefError
from inbrief.export.digest import build_digest, same_statement, to_markdown_digest
from inbrief.export.digest_pdf import render_digest_pdf

NOW = dt.datetime(2026, 12, 2, 9, 30, tzinfo=dt.UTC)

# A second, invented report of the same story: its lead repeats the Courier's nearly word for
# word; one sentence and its date are its own.
SECOND = [
    "The town council of Port Wendal voted on Tuesday to rebuild its flooded harbour wall "
    "before winter storms arrive.",
    "Fishing crews in Kessel Point said the vote came years too late.",
    "Mayor Ilse Carrow said the repairs would cost about 14 million euros and start on "
    "3 March 2025.",
    "A public meeting on the plans is set for 9 January 2025 in the harbour office.",
]


def second_brief() -> Brief:
    return make_brief(
        SECOND, title="Harbour wall vote leaves fishing crews unhappy", source="Coastal Echo",
        published="2024-11-28",
        entities=[("Ilse Carrow", "person", ["Ilse Carrow"]),
                  ("Kessel Point", "place", ["Kessel Point"]),
                  ("Port Wendal", "place", ["Port Wendal"])],
        dates=[("on Tuesday", "2024-11-26", "relative"), ("3 March 2025", "2025-03-03",
                                                          "absolute"),
               ("9 January 2025", "2025-01-09", "absolute")],
        keywords=["harbour wall", "fishing crews"], summary_count=2,
    )


def briefs() -> list[Brief]:
    return [english_brief(), second_brief(), japanese_brief()]


def test_same_statement_tells_reworded_copy_from_other_sentences() -> None:
    assert same_statement(SECOND[0], english_brief().sentences[0].text)
    assert not same_statement(SECOND[1], english_brief().sentences[3].text)
    assert not same_statement("Carrow said so.", "Reyne said so.")  # too short to merge


def test_names_in_more_than_one_article() -> None:
    digest = build_digest(briefs())
    shared = {s.name: s.articles for s in digest.shared_names}
    assert shared["Ilse Carrow"] == (1, 2)
    assert shared["Kessel Point"] == (1, 2)
    assert "Tomas Reyne" not in shared  # only the Courier names him
    assert all(3 not in articles for articles in shared.values())


def test_one_timeline_in_calendar_order_with_repeats_merged() -> None:
    digest = build_digest(briefs())
    values = [row.value for row in digest.timeline]
    assert values == ["2024-10", "2024-11-26", "2024-11-28", "2024-W49", "2025-01-09",
                      "2025-03-03", "2025-03-03", "2025-04-30"]
    by_value = {row.value: row for row in digest.timeline if 3 not in row.articles}
    # Both reports say the council voted on Tuesday and that work starts on 3 March: one row
    # each, naming both articles; the meeting in January is the second report's alone.
    assert by_value["2024-11-26"].articles == (1, 2)
    assert by_value["2025-03-03"].articles == (1, 2)
    assert by_value["2025-01-09"].articles == (2,)
    # The Japanese report's start of work is its own row: not the same sentence.
    assert [row.articles for row in digest.timeline if row.value == "2025-03-03"] == [(1, 2), (3,)]


def test_a_gist_saying_what_an_earlier_article_said_is_not_repeated() -> None:
    first, second, third = build_digest(briefs()).articles
    assert first.gist.startswith("The town council of Port Wendal voted")
    assert not same_statement(second.gist, first.gist)
    assert second.gist in SECOND and second.same_as == (1,)
    assert third.gist.startswith("北浜市は")


def test_digest_pdf_is_a_cover_then_one_page_per_article(qapp: object, tmp_path: Path) -> None:
    data = render_digest_pdf(briefs(), now=NOW)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1 + 3
    assert reader.metadata is not None and reader.metadata.title == "Digest of 3 articles"
    # Each article's page is its one-page brief.
    assert squash("Tomas Reyne") in squash(reader.pages[1].extract_text() or "")
    assert squash("Harbour wall vote") in squash(reader.pages[2].extract_text() or "")
    assert squash("北浜市") in squash(reader.pages[3].extract_text() or "")
    # The timeline rows and titles link to the articles' pages.
    targets = set()
    for annotation in reader.pages[0].get("/Annots", []):
        destination = annotation.get_object()["/Dest"]
        targets.add(reader.get_page_number(destination[0].get_object()))
    assert targets == {1, 2, 3}


@needs_pdftotext
def test_digest_cover_text(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "digest.pdf"
    path.write_bytes(render_digest_pdf(briefs(), now=NOW))
    cover = subprocess.run(["pdftotext", "-enc", "UTF-8", "-l", "1", "-layout", str(path), "-"],
                           capture_output=True, check=True, timeout=60).stdout.decode("utf-8")
    assert "Digest of 3 articles" in cover
    for text in ("Port Wendal will rebuild its harbour wall before winter", "The Wendal Courier",
                 "27 Nov 2024", "Harbour wall vote leaves fishing crews unhappy", "Coastal Echo",
                 "NAMES IN MORE THAN ONE ARTICLE", "Ilse Carrow", "TIMELINE", "9 Jan 2025",
                 "A public meeting on the plans is set for 9 January 2025"):
        assert text in cover, text
    assert "北浜市、港の防波堤を建て替えへ" in squash(cover)
    # The second report's lead says what the first's does: its wording is not on the cover
    # (neither as its gist nor in the timeline), the first's is.
    assert squash("rebuild its flooded harbour wall") not in squash(cover)
    assert squash("rebuild the flooded harbour wall") in squash(cover)
    assert "Tomas Reyne" not in cover  # in one article only


def test_markdown_digest_links_rows_to_articles() -> None:
    text = to_markdown_digest(briefs(), now=NOW)
    assert text.startswith("# Digest of 3 articles\n")
    assert "1. **[Port Wendal will rebuild its harbour wall before winter](#article-1)**" in text
    assert "- Ilse Carrow — articles [1](#article-1), [2](#article-2)" in text
    assert "**9 Jan 2025** — A public meeting" in text
    for number in (1, 2, 3):
        assert f'<a id="article-{number}"></a>' in text
    assert text.count("### Summary") == 3  # each brief, one level down


def test_a_digest_of_nothing_is_refused(qapp: object) -> None:
    with pytest.raises(InBriefError):
        render_digest_pdf([])


def test_a_sentence_with_two_dates_is_one_row_at_the_first() -> None:
    brief = make_brief(
        ["The museum closes on 2 May 2025 for repairs and reopens on 1 September 2025.",
         "Its director said the roof was last replaced in 1988."],
        title="Museum closes for the summer",
        dates=[("2 May 2025", "2025-05-02", "absolute"),
               ("1 September 2025", "2025-09-01", "absolute"), ("1988", "1988", "absolute")])
    rows = build_digest([brief, english_brief()]).timeline
    museum = [row for row in rows if 1 in row.articles]
    assert [(row.value, row.when) for row in museum] == [
        ("1988", "1988"), ("2025-05-02", "2 May 2025; 1 Sep 2025")]
    assert [row.value for row in rows] == sorted(row.value for row in rows)
