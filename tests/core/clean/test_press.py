"""Tests for cutting a press release's closing boilerplate off a pasted page (clean.press)."""

from __future__ import annotations

from inbrief.core.article import Article
from inbrief.core.clean import clean_article
from inbrief.core.clean.press import boilerplate_start

MENU = "\n".join(f"  • {item}" for item in (
    "Home", "Products", "Solutions", "Investors", "Careers", "News", "Events", "Partners",
    "Support", "Contact", "Search", "Language"))
FOOTER = "\n".join(f"  • {item}" for item in (
    "Privacy policy", "Terms of use", "Cookie settings", "Imprint", "Sitemap", "Help"))
RELEASE = [
    "Meridian Harbour Systems today announced a partnership with the port authority of "
    "Porto Calme to run the scheduling of every container crane in the port from next spring, "
    "after two years of trials on the northern quay.",
    "The system plans the work of forty cranes a day and tells each driver, on a tablet in the "
    "cab, which ship to serve next, cutting the time ships wait at anchor by about a third.",
    "\u201cThe trials showed that ships leave sooner and cranes stand idle less often,\u201d "
    "said Lidia Sorn, the head of operations of the port authority, at the signing.",
    "The port will pay for the system over five years. Work on the southern quay starts in "
    "the autumn, when the new cranes ordered last year arrive from the factory.",
]
COMPANY = ("Meridian Harbour Systems is a global provider of planning software for ports and "
           "terminals. The company employs 900 people in 12 countries and its shares are listed "
           "in Zurich.")
CONTACT = "Ada Brennan, press office, +41 41 555 01 02, press@meridian.example"


def page(*parts: str) -> str:
    return "\n\n".join(parts)


def body_of(text: str) -> str:
    return clean_article(Article(text=text)).article.text


def test_about_the_company_heading_ends_the_release() -> None:
    text = page(MENU, "Meridian and Porto Calme Sign Crane Scheduling Deal",
                "October 12, 2017", *RELEASE, "About Meridian Harbour Systems", COMPANY,
                "Media contacts", CONTACT, FOOTER)
    assert body_of(text) == "\n\n".join(RELEASE)


def test_company_described_after_a_rule_ends_the_release() -> None:
    text = page(MENU, "Meridian and Porto Calme Sign Crane Scheduling Deal",
                "October 12, 2017", *RELEASE, "━━━━━━━━━━━━━━━━━━━━", COMPANY, FOOTER)
    assert body_of(text) == "\n\n".join(RELEASE)


def test_about_heading_near_the_top_does_not_cut_the_article() -> None:
    texts = ["About the port", *RELEASE, "Contact", CONTACT]
    prose = [False, True, True, True, True, False, False]
    # "About the port" opens the run: only blocks after the first are looked at, and a
    # heading with most of the prose after it is a section heading.
    assert boilerplate_start(texts, prose, 0, 6) == 5
    texts = [RELEASE[0], "About the cranes", *RELEASE[1:], RELEASE[0]]
    assert boilerplate_start(texts, [True, False, True, True, True, True], 0, 5) is None


def test_a_sentence_about_a_company_inside_the_story_stays() -> None:
    story = [*RELEASE[:2], COMPANY, *RELEASE[2:]]
    text = page(MENU, "Meridian and Porto Calme Sign Crane Scheduling Deal",
                "October 12, 2017", *story, FOOTER)
    assert body_of(text) == "\n\n".join(story)


def test_company_description_with_no_heading_ends_the_release() -> None:
    # Ascom copied from a browser: no "About Ascom" (a picture), only the description,
    # saying where the company is based, how many it employs and where it is listed.
    based = ("Meridian Harbour Systems is headquartered in Porto Calme, has subsidiaries in 12 "
             "countries and employs around 900 people worldwide.")
    for closing in ([COMPANY], ["Meridian Harbour Systems is a global provider of planning "
                                "software for ports and terminals.", based]):
        text = page(MENU, "Meridian and Porto Calme Sign Crane Scheduling Deal",
                    "October 12, 2017", *RELEASE, *closing, FOOTER)
        assert body_of(text) == "\n\n".join(RELEASE)
    # A paragraph of a news story about a company, saying none of that, stays.
    story = ("Meridian Harbour Systems is a small firm that few in the port had heard of "
             "before the trials began two years ago.")
    text = page(MENU, "Meridian and Porto Calme Sign Crane Scheduling Deal",
                "October 12, 2017", *RELEASE, story, FOOTER)
    assert body_of(text) == "\n\n".join([*RELEASE, story])
