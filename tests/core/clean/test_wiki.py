"""A wiki article pasted whole (invented text laid out as Wikipedia's pages are): its title
above the tagline, no table of contents, reference marks, formulas' TeX, "[edit]" links or
closing lists of sources in the analysed text; the source keeps them all."""

from __future__ import annotations

import pytest

from inbrief.core.article import Article
from inbrief.core.clean import clean_article
from inbrief.core.clean.headline import wiki_title
from inbrief.core.clean.marks import inline_junk
from inbrief.core.clean.rules import MORE_HEADING, is_boilerplate

LEAD = ("The Marenia Lighthouse is an active lighthouse on the northern mole of the harbour "
        "of Port Selwyn, the largest port of the province of Marenia. Completed in 1868 to a "
        "design by the engineer Tomas Reyes, it is the oldest working light on the coast.[1] "
        "The tower was automated in 1994 and is kept by the port authority.[2][3]")
HISTORY = ("After three ships were lost on the shoals north of Port Selwyn in the winter of "
           "1861, the provincial assembly voted funds for a light at the harbour entrance. "
           "Reyes proposed a stone tower on the end of the new mole, and work began in the "
           "spring of 1865.[1] The light was first lit on 12 October 1868.[citation needed]")
OPTICS = ("The range of a light of intensity I{\\displaystyle I} seen through air of "
          "transmissivity T{\\displaystyle T} follows Allard's law, "
          "E=ITd/d2{\\displaystyle E=IT^{d}/d^{2}}, where the illuminance at distance d falls "
          "below what a sailor's eye can see.[4] The lens, made in Paris by the workshop of "
          "Henri Lepaute, focuses the lamp into a beam of about 600,000 candelas.")
REFERENCES = [
    "^ a b Okafor, Lidia (2004). Lights of the Marenian Coast. Port Selwyn: Harbour Press. "
    "pp. 45–61. ISBN 978-0-00-000000-2.",
    "^ \"Aids to navigation\". Marenia Port Authority. 2021. Retrieved 3 March 2022.",
    "^ Sorn, K.; Marow, P. (1999). \"Automation of Marenian lights\". Journal of Coastal "
    "Engineering. 14 (2): 112–130.",
    "^ Allard, E. (1876). Mémoire sur l'intensité et la portée des phares. Paris.",
]
INFOBOX = ["Marenia Lighthouse", "", "The tower seen from the harbour mole in 2011", "",
           "Location\tPort Selwyn, Marenia", "Constructed\t1868", "Height\t38 m (125 ft)"]
HEAD = ["Jump to content", "Main menu", "Search", "Create account", "Log in",
        "Personal tools", "Toggle the table of contents"]
TABS = ["Article", "Talk", "Read", "Edit", "View history", "Tools"]
FOOT = ["Categories:", "Lighthouses completed in 1868", "Lighthouses in Marenia",
        "This page was last edited on 3 March 2024, at 10:12 (UTC).",
        "Text is available under the Creative Commons Attribution-ShareAlike License 4.0; "
        "additional terms may apply.",
        "Privacy policy", "About Wikipedia", "Disclaimers", "Contact Wikipedia", "Mobile view"]


def _page(languages: list[str], edit: str = "\n[edit]") -> str:
    """A browser's copy of the article (no blank line between most lines)."""
    contents = ["Contents", "1 History", "1.1 Construction", "2 Optics", "3 References"]
    lines = [*HEAD, "Marenia Lighthouse", *languages, *TABS,
             "From Wikipedia, the free encyclopedia",
             "For the lighthouse on Corva Island, see Corva Light.", "", *INFOBOX, "", LEAD, "",
             "\n".join(contents), "", f"History{edit}", "", HISTORY, "", f"Optics{edit}", "",
             OPTICS, "", f"References{edit}", *REFERENCES, *FOOT]
    return "\n".join(lines)


@pytest.mark.parametrize("languages", [
    [],  # a browser's copy: the language menu is hidden
    ["4 languages", "Deutsch", "Français", "Español", "Italiano", "Edit links"],
])
@pytest.mark.parametrize("edit", ["\n[edit]", "[edit]"])
def test_a_wiki_article_pasted_whole_is_its_text_alone(languages: list[str],
                                                       edit: str) -> None:
    page = _page(languages, edit)
    cleaned = clean_article(Article(text=page, format="text"))
    article = cleaned.article
    assert article.title == "Marenia Lighthouse"
    text = article.text
    assert text.startswith("The Marenia Lighthouse is an active lighthouse")
    assert text.rstrip().endswith("about 600,000 candelas.")
    for gone in ("[1]", "[2]", "[citation needed]", "displaystyle", "[edit]", "Contents",
                 "1.1 Construction", "Okafor", "Retrieved", "Jump to content", "Talk",
                 "Corva", "Constructed", "harbour mole"):
        assert gone not in text, gone
    # A mark goes, the sentence's stop and the space after it stay.
    assert "oldest working light on the coast. The tower was automated" in text
    assert "intensity I seen through air of transmissivity T follows" in text
    # The source keeps every mark, each span of the clean text is the source's.
    assert cleaned.text_map.kept_text(page) == text
    removed = [page[span.start:span.end] for span in cleaned.removed]
    assert any("[2][3]" in piece for piece in removed)
    assert any("{\\displaystyle I}" in piece for piece in removed)


def test_reference_marks_go_only_from_a_text_that_cites() -> None:
    cited = "It was built in 1868.[1] It was automated in 1994.[2] Its lamp burns oil."
    assert [cited[a:b] for a, b in inline_junk(cited)] == ["[1]", "[2]"]
    # One mark alone, or marks in a program's text, are left as they are.
    assert inline_junk("It was built in 1868.[1] It was automated in 1994.") == []
    assert inline_junk("Take items[1] and items[2], then rows[3] of the table.") == []
    # A mark set apart by a space after a quotation's end, with the space before it.
    quoted = 'She called it "a fine light." [5] Others agreed.[6] It is old.[7]'
    assert [quoted[a:b] for a, b in inline_junk(quoted)] == [" [5]", "[6]", "[7]"]
    # Not after a word and a space: "see [3]" points the reader to a list.
    assert "[3]" not in [cited[a:b] for a, b in inline_junk(cited + " See [3] below.")]


def test_a_formulas_tex_source_goes_with_its_nested_braces() -> None:
    text = "law, E=ITd/d2{\\displaystyle E=IT^{d}/d^{2}}{\\displaystyle E=IT^{d}/d^{2}}, where"
    assert [text[a:b] for a, b in inline_junk(text)] == [
        "{\\displaystyle E=IT^{d}/d^{2}}{\\displaystyle E=IT^{d}/d^{2}}"]
    # An opening brace never closed: left as it is, also thousands of them in a row.
    assert inline_junk("a {\\displaystyle x^{2} and more\n\nNext paragraph.") == []
    assert inline_junk("{\\displaystyle x " * 20000) == []
    # A text of many formulas has each one's source found.
    many = "law, E=IT{\\displaystyle E=IT^{d}/d^{2}}, where " * 5000
    assert len(inline_junk(many)) == 5000


@pytest.mark.parametrize(("line", "heading"), [
    ("References", True), ("References[edit]", True), ("External links", True),
    ("Weblinks [Bearbeiten | Quelltext bearbeiten]", True), ("See also", True),
    ("Примечания", True), ("参考文献", True), ("Pranala luar", True),
    ("Sources said the harbour would close.", False),
])
def test_a_wikis_closing_sections_head_lists_of_other_pages(line: str, heading: bool) -> None:
    assert bool(MORE_HEADING.match(line)) is heading


def test_an_edit_link_alone_is_boilerplate() -> None:
    assert is_boilerplate("[edit]") and is_boilerplate("[Bearbeiten | Quelltext bearbeiten]")
    assert not is_boilerplate("[Editor's note]")


@pytest.mark.parametrize(("above", "title"), [
    (["Marenia Lighthouse", "Article", "Talk", "Read", "Edit"], "Marenia Lighthouse"),
    (["Marenia Lighthouse", "2 languages", "Deutsch", "Français", "Edit links", "Article"],
     "Marenia Lighthouse"),
    # The page's tools and appearance menus pinned beside the article (a wide screen).
    (["Marenia Lighthouse", "Article", "Talk", "Read", "Edit", "View history", "Tools",
      "Tools", "move to sidebar", "hide", "Actions", "General", "What links here",
      "Permanent link", "Cite this page", "Print/export", "Download as PDF",
      "Printable version", "Appearance", "Text", "Small", "Standard", "Large", "Width",
      "Standard", "Wide", "Color (beta)", "Automatic", "Light", "Dark"], "Marenia Lighthouse"),
    # German tabs and tagline.
    (["Leuchtturm Marenia", "Artikel", "Diskussion", "Lesen", "Bearbeiten"],
     "Leuchtturm Marenia"),
])
def test_a_wikis_title_is_above_its_tabs_and_tagline(above: list[str], title: str) -> None:
    tagline = ("Aus Wikipedia, der freien Enzyklopädie" if "Artikel" in above
               else "From Wikipedia, the free encyclopedia")
    texts = ["Main menu", *above, tagline, LEAD]
    found = wiki_title(texts, len(texts) - 1)
    assert found is not None and texts[found] == title
    # No tagline: no wiki page.
    assert wiki_title(["Main menu", *above, LEAD], len(above) + 1) is None


def test_a_wikis_title_past_tabs_of_a_language_not_listed() -> None:
    # Indonesian tabs, which _WIKI_TABS does not know: the block the article's first sentence
    # names is the title, not the tab nearest the tagline.
    lead = "Mercusuar Marenia adalah mercusuar aktif di pelabuhan Port Selwyn."
    texts = ["Menu utama", "Mercusuar Marenia", "Halaman", "Pembicaraan", "Baca", "Sunting",
             "Lihat riwayat", "Peralatan", "Dari Wikipedia bahasa Indonesia, ensiklopedia bebas",
             lead]
    found = wiki_title(texts, len(texts) - 1)
    assert found is not None and texts[found] == "Mercusuar Marenia"

