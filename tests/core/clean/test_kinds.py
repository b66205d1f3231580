"""Why cleaning left each span out: menus, notices, captions, comments, footers, metadata."""

from __future__ import annotations

import json

from inbrief.core.article import Article
from inbrief.core.brief import Brief
from inbrief.core.clean import clean_article
from inbrief.core.clean.kinds import furniture_kind
from inbrief.core.pipeline import analyze
from inbrief.core.textmap import Removed

# An invented news page copied whole from a browser.
PAGE = (
    "Skip to content\n"
    "Home\n"
    "* World\n"
    "* Business\n"
    "* Sport\n"
    "* Weather\n"
    "* Culture\n"
    "\n"
    "We use cookies to improve your experience. By continuing you accept our cookie "
    "policy.\n"
    "Accept all\n"
    "\n"
    "WORLD\n"
    "\n"
    "Harbour council approves new flood barrier after long debate\n"
    "\n"
    "By Ada Brennan\n"
    "March 4, 2025\n"
    "\n"
    "The harbour council voted on Tuesday to build a flood barrier across the mouth "
    "of the river, ending a debate that had lasted for almost three years and divided"
    " the town's residents, who packed the hall for every one of the eleven meetings "
    "held on the subject since the first plans were shown.\n"
    "\n"
    "Engineers said the barrier would protect more than two thousand homes from the "
    "storm surges that have flooded the old quarter four times since the winter of "
    "2019.\n"
    "\n"
    "The mayor said the work would start in the spring and that the cost would be "
    "shared between the town and the regional government, which has promised to pay "
    "most of it.\n"
    "\n"
    "Residents who opposed the plan said they would keep campaigning against it, "
    "arguing that the money would be better spent on moving the most exposed homes "
    "away from the water, as other towns along the coast have already done.\n"
    "\n"
    "Workers inspect the old sea wall on Monday. (Jonas Weber/Harbour Gazette)\n"
    "\n"
    "Comments (3)\n"
    "Mara: About time.\n"
    "Tom: Waste of money.\n"
    "Lee: Good news for the old quarter.\n"
    "\n"
    "Related\n"
    "* Flood barrier costs rise\n"
    "* Mayor faces recall vote\n"
    "\n"
    "© 2025 Harbour Gazette. All rights reserved.\n"
    "* Privacy policy\n"
    "* Terms of use\n"
    "* Contact us\n"
)


def _kinds(text: str) -> dict[str, list[str]]:
    """Return the removed text of each kind, stripped, blank spans left out."""
    cleaned = clean_article(Article(text=text))
    found: dict[str, list[str]] = {}
    for item in cleaned.removed:
        if item.kind != "blank":
            found.setdefault(item.kind, []).append(text[item.start : item.end].strip())
    return found


def test_each_dropped_part_of_a_page_says_why() -> None:
    kinds = _kinds(PAGE)
    assert kinds["menu"] == ["Skip to content\nHome\n* World\n* Business\n* Sport\n* Weather"
                             "\n* Culture", "WORLD"]
    assert kinds["notice"] == ["We use cookies to improve your experience. By continuing you "
                               "accept our cookie policy.\nAccept all"]
    assert kinds["headline"] == ["Harbour council approves new flood barrier after long debate"]
    assert kinds["byline"] == ["By Ada Brennan"]
    assert kinds["dateline"] == ["March 4, 2025"]
    assert kinds["caption"] == [
        "Workers inspect the old sea wall on Monday. (Jonas Weber/Harbour Gazette)"]
    assert kinds["comments"] == ["Comments (3)\nMara: About time.\nTom: Waste of money.\n"
                                 "Lee: Good news for the old quarter."]
    assert kinds["related"] == ["Related\n* Flood barrier costs rise\n* Mayor faces recall vote"]
    assert kinds["footer"] == ["© 2025 Harbour Gazette. All rights reserved.\n* Privacy policy"
                               "\n* Terms of use\n* Contact us"]
    assert "other" not in kinds


def test_a_comments_link_in_the_menu_is_a_menu() -> None:
    page = PAGE.replace("* Sport\n", "* Comments\n* Sport\n")
    kinds = _kinds(page)
    assert kinds["menu"][0] == ("Skip to content\nHome\n* World\n* Business\n* Comments\n"
                                "* Sport\n* Weather\n* Culture")
    assert kinds["comments"] == ["Comments (3)\nMara: About time.\nTom: Waste of money.\n"
                                 "Lee: Good news for the old quarter."]


def test_removed_spans_cover_exactly_the_removed_text() -> None:
    cleaned = clean_article(Article(text=PAGE))
    spans = [(r.start, r.end) for r in cleaned.removed]
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        assert not joined or joined[-1][1] <= start  # ordered, disjoint
        if joined and joined[-1][1] == start:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    assert tuple(joined) == cleaned.text_map.removed
    for item in cleaned.removed:
        if item.kind == "blank":
            assert not PAGE[item.start : item.end].strip()


def test_wire_dateline_cut_from_a_paragraph_is_a_dateline() -> None:
    text = ("HARBOR CITY (Meridian Wire) -- The council voted on Tuesday to build a flood "
            "barrier across the river mouth after three years of debate.\n")
    cleaned = clean_article(Article(text=text))
    assert cleaned.article.source == "Meridian Wire"
    assert [(text[r.start : r.end], r.kind) for r in cleaned.removed] == [
        ("HARBOR CITY (Meridian Wire) -- ", "dateline"), ("\n", "blank")]


def test_an_article_with_nothing_dropped_has_no_spans() -> None:
    text = "The council met on Tuesday.\n\nIt voted to build a barrier."
    cleaned = clean_article(Article(text=text))
    assert cleaned.removed == ()
    article, text_map = cleaned  # still unpacks as (article, text_map)
    assert article.text == text and text_map.is_identity()


def test_furniture_kinds_of_single_lines() -> None:
    assert furniture_kind("Sign up for our daily newsletter") == "notice"
    assert furniture_kind("Facebook Twitter Email") == "notice"
    assert furniture_kind("Media caption, The barrier under construction") == "caption"
    assert furniture_kind("Most read") == "related"
    assert furniture_kind("関連記事") == furniture_kind("Читайте также:") == "related"
    assert furniture_kind("Copyright 2025 Harbour Gazette") == "footer"
    assert furniture_kind("Home » World » Europe") == "menu"
    assert furniture_kind("Weather") == "menu"
    assert furniture_kind("   ") == "blank"
    assert furniture_kind("The mayor said that the money would be better spent elsewhere in "
                          "the town, where the need is greater.") == "other"


def test_brief_carries_the_kinds_through_json() -> None:
    brief = analyze(Article(text=PAGE))
    assert {r.kind for r in brief.removed} >= {"menu", "notice", "caption", "comments",
                                               "footer", "headline", "byline", "dateline"}
    assert brief.text_map is not None
    assert brief.removed[0] == Removed(0, brief.removed[0].end, "menu")
    data = json.loads(json.dumps(brief.to_dict()))
    assert data["removed"][0] == {"start": 0, "end": brief.removed[0].end, "kind": "menu"}
    again = Brief.from_dict(data)
    assert again.removed == brief.removed
    # An older file without kinds, and a kind this version does not know.
    del data["removed"]
    assert Brief.from_dict(data).removed == ()
    data["removed"] = [{"start": 0, "end": 4, "kind": "sidebar"}]
    assert Brief.from_dict(data).removed == (Removed(0, 4, "other"),)


def test_raw_analysis_removes_nothing() -> None:
    from inbrief.core.article import AnalysisOptions

    brief = analyze(Article(text=PAGE), AnalysisOptions(raw=True))
    assert brief.removed == ()
