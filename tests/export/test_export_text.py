"""Markdown, plain text and JSON exports carry the brief's content."""

from __future__ import annotations

import datetime as dt
import json

from brief_fakes import english_brief, japanese_brief, make_brief

from inbrief.core.brief import Brief
from inbrief.export.content import also_mentioned, key_dates
from inbrief.export.jsonfile import to_json
from inbrief.export.markdown import md_escape, to_markdown, to_text

NOW = dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.UTC)


def test_markdown_has_sections_in_order() -> None:
    md = to_markdown(english_brief(), now=NOW)
    assert md.startswith("# Port Wendal will rebuild its harbour wall before winter\n")
    order = [md.index(h) for h in ("## Summary", "## People", "## Organizations", "## Places",
                                   "## Timeline", "## Keywords")]  # fmt: skip
    assert order == sorted(order)
    assert "1. The town council of Port Wendal voted on Tuesday" in md
    assert "- Ilse Carrow (3)" in md
    assert "**3 Mar 2025** — Mayor Ilse Carrow said" in md
    assert "published 27 Nov 2024" in md
    assert "InBrief 0.1.0" in md and "harbour-wall.txt" in md


def test_summary_length_keeps_best_sentences_in_document_order() -> None:
    brief = english_brief()
    md = to_markdown(brief, summary_sentences=2)
    best_two = sorted(brief.sentences, key=lambda s: s.rank)[:2]
    numbered = [line for line in md.splitlines() if line[:3] in ("1. ", "2. ", "3. ")]
    assert len(numbered) == 2
    expected = sorted(best_two, key=lambda s: s.index)
    assert [line[3:] for line in numbered] == [md_escape(s.text) for s in expected]


def test_text_export_is_plain() -> None:
    text = to_text(english_brief(), now=NOW)
    assert text.splitlines()[0] == "Port Wendal will rebuild its harbour wall before winter"
    assert "Summary\n-------" in text
    assert "  Halvorsen Marine (1)" in text
    assert "  Oct 2024: Engineers from Halvorsen Marine" in text
    assert "#" not in text and "**" not in text


def test_markdown_escapes_syntax_in_content() -> None:
    brief = make_brief(["Use *stars* and [links](x) carefully."], title="# not a heading")
    md = to_markdown(brief)
    assert md.splitlines()[0] == r"# \# not a heading"
    assert r"\*stars\*" in md and r"\[links\](x)" in md


def test_untitled_brief_uses_first_words() -> None:
    # The rule analyze() names an untitled article by: ten words of the first sentence.
    brief = make_brief(["One two three four five six seven eight nine ten eleven twelve thirteen."])
    assert to_text(brief).splitlines()[0] == "One two three four five six seven eight nine ten…"


def test_empty_brief_exports_without_error() -> None:
    text = to_text(Brief(text=""))
    assert text.startswith("Untitled brief")
    assert "No summary" in text


def test_json_round_trips_with_schema() -> None:
    brief = japanese_brief()
    data = json.loads(to_json(brief))
    assert data["schema"] == 1
    assert data["title"] == "北浜市、港の防波堤を建て替えへ"
    assert "北浜市" in to_json(brief)  # not \\u-escaped
    assert Brief.from_dict(data) == brief


def test_japanese_summary_share_counts_characters_not_spaces() -> None:
    # The footer's "summary is N% of the text": with every sentence in the summary, all of it.
    from inbrief.export.content import brief_facts

    brief = japanese_brief()
    every = tuple(brief.sentences)
    assert brief_facts(brief, every).compression > 0.9
    half = brief_facts(brief, every[: len(every) // 2]).compression
    assert 0.2 < half < 0.8


def test_the_timeline_says_where_relative_dates_are_measured_from() -> None:
    import dataclasses

    relative = dataclasses.replace(english_brief().dates[0], kind="relative")
    brief = dataclasses.replace(
        english_brief(), dates=(relative,), published=None,
        reference_date="2026-01-05", reference_date_source="today",
    )  # fmt: skip
    note = "Relative dates measured from today (no date in the article)."
    assert f"*{note}*" in to_markdown(brief, now=NOW)
    assert f"  {note}" in to_text(brief, now=NOW)
    dated = dataclasses.replace(brief, reference_date="2024-03-06", reference_date_source="caption")
    assert "measured from 6 Mar 2024 (the date of a photo caption)." in to_text(dated, now=NOW)
    fixed = tuple(d for d in english_brief().dates if d.kind == "absolute")
    assert fixed  # no relative date: nothing to explain
    assert "measured from" not in to_text(dataclasses.replace(brief, dates=fixed), now=NOW)


# A story with vague time references beside points in time: the timeline lists the points.
VAGUE = [
    "The ministry will publish the figures soon, officials said on 3 March 2025.",
    "In the past, the council has delayed such reports.",
    "Work starts in the week of 7 April and the fair runs over the weekend of 16 August.",
    "Sales rose in the third quarter and were highest in the 1990s.",
]
VAGUE_DATES = [
    ("soon", "FUTURE_REF", "relative"),
    ("3 March 2025", "2025-03-03", "absolute"),
    ("In the past", "PAST_REF", "relative"),
    ("week of 7 April", "2025-W15", "absolute"),
    ("weekend of 16 August", "2025-W33-WE", "absolute"),
    ("the third quarter", "2025-Q3", "relative"),
    ("the 1990s", "199", "absolute"),
]


def test_vague_references_are_no_timeline_rows() -> None:
    brief = make_brief(VAGUE, dates=VAGUE_DATES)
    shown = [d.value for d in key_dates(brief)]
    assert shown == ["199", "2025-03-03", "2025-W15", "2025-Q3", "2025-W33-WE"]
    assert also_mentioned(brief) == ("soon", "In the past")
    text = to_text(brief, now=NOW)
    timeline = text[text.index("Timeline\n") :]
    for label in ("the 1990s: ", "3 Mar 2025: ", "week of 7 Apr 2025: ", "Q3 2025: ",
                  "weekend of 16–17 Aug 2025: ", "Also mentioned: soon, In the past"):  # fmt: skip
        assert label in timeline
    for vague in ("in the future", "in the past:", "now:"):
        assert vague not in timeline
    md = to_markdown(brief, now=NOW)
    assert "- **week of 7 Apr 2025** — Work starts" in md
    assert "- **weekend of 16–17 Aug 2025** — " in md
    assert "*Also mentioned: soon, In the past*" in md
    assert "**in the future**" not in md and "**in the past**" not in md


def test_only_vague_references_give_no_timeline() -> None:
    brief = make_brief(["Prices will fall soon, the minister said."],
                       dates=[("soon", "FUTURE_REF", "relative")])
    assert key_dates(brief) == ()
    assert "Timeline" not in to_text(brief, now=NOW)
    assert "Timeline" not in to_markdown(brief, now=NOW)


def test_a_list_items_marker_and_line_breaks_are_not_shown_in_the_summary() -> None:
    # A bulleted line pasted from a text browser: the marker is the list's, not the sentence's.
    brief = make_brief(["The council listed what the town searched for most.",
                        "* Pizza was searched\n   more than the harbour wall.",
                        "-3 degrees was the coldest night of the year."], summary_count=3)
    shown = [s.shown for s in brief.summary]
    assert "Pizza was searched more than the harbour wall." in shown
    assert "-3 degrees was the coldest night of the year." in shown
    md, text = to_markdown(brief, now=NOW), to_text(brief, now=NOW)
    assert ". Pizza was searched more than the harbour wall." in md
    assert ". Pizza was searched more than the harbour wall." in text
    assert "* Pizza" not in md and "* Pizza" not in text


def test_a_chinese_or_japanese_sentence_wrapped_mid_word_is_shown_whole() -> None:
    sentences = ["中国\n   国家主席も重要な陰の参戦者だった。",
                 "米朝首脳直通電話\u3000習氏に挑む。"]
    brief = make_brief(sentences, language=japanese_brief().language, summary_count=2,
                       joiner="")
    shown = [s.shown for s in brief.summary]
    assert "中国国家主席も重要な陰の参戦者だった。" in shown
    # A space the writer put there stays.
    assert "米朝首脳直通電話 習氏に挑む。" in shown
