"""A summary with room for every sentence leaves a page's fragments out (credit lines, links)."""

from __future__ import annotations

from inbrief.core.ingest import load_text
from inbrief.core.pipeline import analyze
from inbrief.core.summary import fragments

POST = [
    "The harbour board of Port Elwyn voted on Monday to rebuild the storm-damaged north pier, "
    "and its chair said the work would begin in March.",
    "Read the whole report on the board's site.",
    "The north pier report",
    "(via Delta Notes)",
]


def test_a_short_post_s_summary_leaves_its_credit_line_and_link_title_out() -> None:
    brief = analyze(load_text("\n\n".join(POST)))
    assert len(brief.sentences) == 4
    assert [s.text for s in brief.summary] == POST[:2]


def test_a_text_whose_sentences_mostly_lack_an_end_keeps_them() -> None:
    # Notes, a list, a script without full stops: nothing is told apart.
    notes = ["Pier closed until March", "Landing stage asked for", "Board meets in April",
             "The board voted on Monday to rebuild the north pier."]
    assert fragments(notes) == set()
    # Where most sentences end, the short unended ones are the fragments.
    assert fragments([*POST[:2], POST[0], POST[2], POST[3]]) == {3, 4}



def test_a_length_the_window_sets_leaves_the_fragments_out_too() -> None:
    # The window picks the summary again from the ranks when the reader moves the slider.
    brief = analyze(load_text("\n\n".join(POST)))
    assert [s.text for s in brief.with_summary_length(10).summary] == POST[:2]
    assert [s.text for s in brief.with_summary_length(1).summary] == POST[:1]


def test_a_japanese_sentence_closed_by_its_quotation_is_no_fragment() -> None:
    # No spaces: its words are counted as the text's are, by characters, not by spaces.
    text = ["東京都は月曜日に新しい橋を開いた。", "知事は式典で橋の安全性を強調した。",
            "知事は「この橋は百年もつ。市民の誇りだ」", "交通量は一日三万台の見込みだという。"]
    assert fragments(text, "ja") == set()
