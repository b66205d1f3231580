"""Tests for program code in a page pasted as plain text (clean.code_lines): a listing the
article shows is kept with it (invented text)."""

from __future__ import annotations

from page_parts import FOOTER, MENU

from inbrief.core.article import Article
from inbrief.core.clean import clean_article
from inbrief.core.clean.code_lines import is_code_line

INTRO = [
    "Harbour is a small library for reading tide tables, and this week it learned to "
    "predict the tides of ports that publish no table of their own.",
    "The new function takes a port's position and the date, and returns the hours of high "
    "and low water for the day. Here is how the ferry office at Porto Calme calls it:",
]
LISTING = """\
// ferry.js
var harbour = require("harbour");

function nextHighWater(port, day) {
  var tides = harbour.predict(port.position, day);
  if (!tides.length)
    throw new Error("no tides for " + port.name);
  return tides.filter(function(tide) {
    return tide.high;
  })[0];
}"""
OUTRO = [
    "The prediction is within ten minutes of the published tables for the ports the "
    "authors could check, which is close enough to plan a crossing but not a dive.",
    "The next release will read the tables of the northern ports as well, once their "
    "harbour offices agree to share them, the authors said on the project's mailing list.",
]


def test_a_listing_of_code_between_the_paragraphs_is_kept() -> None:
    text = "\n\n".join([MENU, "Harbour Learns to Predict the Tides", *INTRO, LISTING,
                       *OUTRO, FOOTER])
    kept = clean_article(Article(text=text)).article.text
    assert kept == "\n\n".join([*INTRO, LISTING, *OUTRO])


def test_code_lines_and_other_lines() -> None:
    for line in ["});", "if (res.ok) {", "console.log(data.entries)", "<meta charset=\"utf-8\">",
                 "// cow.js", "var x = 1;"]:
        assert is_code_line(line), line
    for line in ["Dig a hole in the levee. (Ana Ruiz)", "• Notice the attribute we added;",
                 "{* signInButton *} {* createButton *}", "Sorn said so (twice).",
                 "The results by district:"]:
        assert not is_code_line(line), line


def test_the_entries_of_an_object_are_lines_of_code() -> None:
    for line in ['method: "POST",', '"Content-Type": "image/png",', "},", "retries: 3"]:
        assert is_code_line(line), line
    # A label and its value in a page's or an article's own words are not.
    for line in ["Update: 3", 'Note: "We did it,"', "Population: 3,400"]:
        assert not is_code_line(line), line
