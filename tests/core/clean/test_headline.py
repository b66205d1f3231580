"""Tests for picking the headline of a whole web page pasted as plain text (clean.headline)."""

from __future__ import annotations

import textwrap

from page_parts import FOOTER, MENU, STORY

from inbrief.core.article import Article
from inbrief.core.clean import clean_article
from inbrief.core.clean.blocks import headline_candidates
from inbrief.core.clean.headline import (
    FEATURES,
    WEIGHTS,
    candidates,
    lower_share,
    pick_headline,
    utility,
)
from inbrief.core.clean.lead import make_lead
from inbrief.core.clean.rules import is_credit
from inbrief.core.clean.special_blocks import is_photo_caption
from inbrief.core.clean.title_like import looks_like_headline, not_headline_because
from inbrief.core.language import snowball_stemmer
from inbrief.core.stopwords import stop_words

HEADLINE = "Marenia Elects Harbour Engineer as Governor in Upset"


def page(*parts: str) -> str:
    """Return a pasted page: its parts separated by blank lines."""
    return "\n\n".join(parts)


def title_of(text: str) -> str:
    return clean_article(Article(text=text)).article.title


def test_headline_above_its_standfirst_is_the_title() -> None:
    text = page(MENU, "Sign in", HEADLINE,
                "The former harbour engineer beat the ruling party's candidate by nine points",
                "By Ada Brennan", "Published March 13, 2024 at 4:07 PM", *STORY, FOOTER)
    assert title_of(text) == HEADLINE


def test_byline_under_a_standfirst_belongs_to_the_headline_above_it() -> None:
    # A podcast promo stands a few blocks above the headline; the byline is below the
    # standfirst, which is a sentence and opens the body.
    text = page(MENU, "A Combination of Soul, Funk and Grit From the Delta Bands", "Follow Us",
                "Long Reads", HEADLINE,
                "She promised to rebuild the levees in four years. The ruling party had held "
                "the province for two decades.",
                "By Ada Brennan", "March 13, 2024", *STORY, FOOTER)
    assert title_of(text) == HEADLINE


def test_date_far_below_through_a_menu_is_no_byline_of_a_teaser() -> None:
    teaser = "Port Strike Enters Its Second Week as Talks Stall"
    text = page(teaser,
                "Union leaders and the harbour owners blame each other for the breakdown.",
                MENU, MENU.replace("•", "◦"), "March 13, 2024", HEADLINE, *STORY, FOOTER)
    assert title_of(text) == HEADLINE


def test_picture_caption_with_its_credit_is_not_the_headline() -> None:
    text = page(MENU, HEADLINE,
                "The former harbour engineer beat the ruling party's candidate.",
                "Reading time: 3 min", "Save for later",
                "Solar Panels Cover the Roof of the Old Ferry Depot", "(Photo: Ana Ruiz)",
                "13.03.2024 07:30", *STORY, FOOTER)
    assert title_of(text) == HEADLINE


def test_body_opening_with_short_paragraphs_keeps_the_headline_above_them() -> None:
    short = [
        "Prosecutors in Marenia have dropped the case against the former port director.",
        "He had denied every charge since his arrest at the airport two years ago.",
        "The director was released on bail in April and has lived abroad since then.",
        "He is now working for a shipping firm in the north.",
        "The case was shelved in 2019 but reopened this year after new witnesses spoke.",
        "Separately, a court in the capital is hearing a claim about his pension fund.",
        "His lawyers said they would ask the state to pay the costs of his defence.",
        "The ministry of justice has not commented on the decision so far this week.",
    ]
    text = page(MENU, HEADLINE, "  • 13 March 2024", "  • Share this with Email",
                "  • Share this with Facebook", "These are external links and will open in "
                "a new window", "Media playback is unsupported on your device",
                *short, "  • Profile: the port director", "  • Timeline of the case",
                "What did the prosecutors and the judges say?", *STORY, FOOTER)
    cleaned = clean_article(Article(text=text)).article
    assert cleaned.title == HEADLINE
    assert "What did the prosecutors and the judges say?" in cleaned.text


def test_share_bar_and_numbered_breadcrumb_are_not_headlines() -> None:
    assert not looks_like_headline("Whatsapp \xa0 Facebook \xa0 Pint \xa0 Download")
    assert looks_like_headline("Facebook and Twitter Ban Paid Political Adverts Before Vote")
    assert not looks_like_headline("3. Harbour plan approved by the council")
    # An older page's bar of the bookmarking sites of its day.
    assert not looks_like_headline("Mixx Facebook Twitter Digg delicious reddit MySpace"
                                   " StumbleUpon LinkedIn")
    assert not looks_like_headline("Share: Google+ Digg Newsvine")


def test_share_in_a_headline_is_news_a_share_button_is_none() -> None:
    assert looks_like_headline("The sharing economy is a lie: Uber and the truth about tech")
    assert looks_like_headline("Rivals Agree a Power-Sharing Deal in Marenia's Parliament")
    assert not looks_like_headline("Share this article with a friend")
    assert not looks_like_headline("Click here to share")


def test_a_kicker_in_brackets_may_open_a_korean_or_chinese_headline() -> None:
    assert looks_like_headline("[단독]항구 시장, 새 방파제 계획 발표")
    assert looks_like_headline("【独家】港口城市选出新市长")
    assert not looks_like_headline("[photo] [photo]")
    assert not looks_like_headline("[  ] Search")


def test_a_comment_sections_notice_is_no_headline() -> None:
    assert not looks_like_headline(
        "To find out more about Facebook commenting please read the Conversation Guidelines")
    assert not looks_like_headline("Comments are closed on this story")
    assert looks_like_headline("Ministers Publish New Guidelines for Harbour Dredging")


def test_exclamations_and_a_short_ellipsis_can_end_a_headline() -> None:
    assert looks_like_headline("Gone! Gone! The Council Scraps the Harbour Tunnel")
    assert looks_like_headline("Only Those Who Love Themselves…")
    assert not looks_like_headline(
        "The council voted on Tuesday night to scrap the harbour tunnel after…")
    assert not looks_like_headline("The council met. It scrapped the tunnel plan")


def test_japanese_headline_below_a_numbered_breadcrumb_not_the_site_name() -> None:
    body = [
        "先日、港湾局の元局長に対する訴えが取り下げられたというニュースが報じられました。"
        "検察によると、証拠が十分ではなかったとのことです。"
        "元局長の弁護士は、当初から無実を訴えていました。",
        "元局長は二年前に空港で逮捕されて以来、すべての容疑を否認してきました。"
        "四月に保釈された後は、海外で暮らしていたと伝えられています。"
        "家族は今回の決定を歓迎しているということです。",
        "今回の決定について、市民団体からは説明を求める声が上がっています。"
        "市議会でも来週、この問題が取り上げられる予定です。"
        "市長は記者会見で、事実関係を確認したいと述べました。",
        "港湾局は、今後も調査に協力していくとコメントしています。"
        "詳しい経緯は、来月公表される報告書で明らかになる見込みです。"
        "報告書は市のウェブサイトでも読めるようになります。",
    ]
    headline = "元局長への訴え取り下げ"
    text = page("MENU", "みなと国際法律特許事務所",
                "港湾と海運の法律相談なら、みなと国際法律特許事務所にお任せください。",
                "受付時間：平日9:00〜18:00", "  • ホーム\n  • 事務所案内\n  • ブログ\n"
                "  • よくあるご質問\n  • お問い合わせ\n  • アクセス\n  • 料金\n  • 採用情報",
                "1. HOME >", "2. ブログ >", f"3. {headline}", headline,
                "  • by みなと国際法律特許事務所／ 2016.12.01", *body,
                "  • 前の記事\n  • 次の記事\n  • ホーム\n  • お問い合わせ\n  • サイトマップ")
    assert title_of(text) == headline


def test_date_below_many_lines_of_standfirst_and_captions_is_found() -> None:
    # lynx wraps each paragraph into lines of about 72 columns with no blank line between
    # some of them: the standfirst, a picture's name and caption and a newsletter prompt fill
    # more than the six lines the head is looked in for a date.
    def wrapped(*paragraphs: str) -> str:
        return "\n".join(textwrap.fill(p, 72, initial_indent="   ", subsequent_indent="   ")
                         for p in paragraphs)

    head = wrapped(
        "The former harbour engineer beat the ruling party's candidate by nine points after a "
        "campaign about floods, rents and the cost of the new bridge.",
        "Image: Lidia Sorn with supporters at the harbour in Porto Calme, Marenia, on the "
        "night of the vote",
        "Lidia Sorn with supporters at the harbour in Porto Calme, Marenia, on the night of "
        "the vote. Ana Ruiz / Meridian Wire file")
    prompt = wrapped(
        "Get breaking news alerts and special reports. The news and stories that matter, "
        "delivered weekday mornings.", "SUBSCRIBE", "Mar. 13, 2024, 9:28 AM UTC",
        "By Ada Brennan")
    text = page(MENU, HEADLINE, head, "Breaking News Emails", prompt,
                *(wrapped(paragraph) for paragraph in STORY), FOOTER)
    cleaned = clean_article(Article(text=text)).article
    assert cleaned.title == HEADLINE
    assert cleaned.published == "2024-03-13"


def test_last_title_of_a_list_inside_the_article_is_not_the_headline() -> None:
    more = [
        "The electoral commission will publish the results of every polling station on its "
        "website next week, together with the turnout of each district and village.",
        "Observers from three neighbouring provinces said the vote had been calm and orderly, "
        "with only a handful of complaints about queues and missing ballot papers.",
    ]
    # The article's first paragraph, share buttons and a list of other articles, then the
    # rest of the article: the list's last title sits right above the body.
    text = page(MENU, HEADLINE, "By Ada Brennan", "March 13, 2024", STORY[0],
                "  • Share\n  • Tweet\n  • Email\n  • Print", "More on this topic",
                "Port Strike Enters Its Second Week",
                "Rents Rise Again in Every Town Along the Delta",
                "Five Charts That Explain the Housing Slump",
                "Bridge Tolls Will Pay for the New Levees, Council Says",
                "Ferry Fares Frozen Until Next Summer, Minister Says at Last",
                *STORY[1:], *more, FOOTER)
    assert title_of(text) == HEADLINE


def test_standfirst_between_headline_and_byline_is_left_out_of_the_body() -> None:
    standfirst = ("The former harbour engineer beat the ruling party's candidate by nine points "
                  "after a campaign about floods, rents and the cost of the new bridge.")
    text = page(MENU, HEADLINE, standfirst, "By Ada Brennan", "March 13, 2024", *STORY,
                FOOTER)
    cleaned = clean_article(Article(text=text)).article
    assert cleaned.title == HEADLINE
    assert cleaned.author == "Ada Brennan"
    assert cleaned.text == "\n\n".join(STORY)


def test_abbreviations_and_initials_do_not_make_a_headline_two_sentences() -> None:
    for headline in ("Gov. Ada Brennan Signs the Harbour Budget After a Long Night",
                     "Sen. Ray Holt Blocks the Flood Bill in Committee",
                     "U.S. Sen. Ray Holt Blocks the Flood Bill",
                     "Dr. Ada Brennan Named Head of the Port Hospital",
                     "St. Louis Council Backs the Levee Plan",
                     "J. R. Holt Wins the Delta Prize for Fiction",
                     "Calif. Port Workers Strike Over Pay",
                     "Tariffs Hit Exports of Marenian Cheese to the U.S."):
        assert looks_like_headline(headline), headline
    # Two sentences stay two sentences: a word in lower case or a place before the stop.
    for standfirst in ("Brennan wins the vote. Holt concedes defeat",
                       "Holt Loses in Ohio. Brennan Wins the Delta",
                       "Ada Brennan Is Elected Governor of Marenia.",
                       # An acronym in capitals ends a sentence, though "ceo" and "eu" are
                       # in nupunkt's list of abbreviations (the lede under a headline).
                       "Delta Freight is thrilled to have Ada Brennan as our new CEO.",
                       "Marenia votes to stay. Talks go on with the EU. Holt concedes"):
        assert not_headline_because(standfirst) in ("two sentences", "sentence end"), standfirst


def test_a_lede_ending_with_an_acronym_is_no_headline_over_the_real_one() -> None:
    # A company's post: its headline over a link back to the blog (its icon's name run in)
    # and a picture's name, then a one-sentence lede ending with "CEO." that shares more
    # words with the story.
    headline = "Introducing Lidia Sorn, New CEO at Delta Freight"
    lede = "Delta Freight is thrilled to have Lidia Sorn, long time harbour engineer, as our " \
           "new President and CEO."
    text = page(MENU, "twitter linkedin facebook instagram", headline,
                "chevron_left Browse All Posts\n[Sorn_201]", lede, *STORY, FOOTER)
    assert title_of(text) == headline


def test_a_long_line_of_menu_items_without_a_stop_word_is_no_candidate() -> None:
    # lynx puts a menu's items on a line of their own under the menu's button: twelve words,
    # none a stop word, and a date below it. A headline as long has a stop word ("for").
    menu = ("Markets Crypto Money Travel Business Energy Logistics Radar Pensions Climate Law "
            "Rankings")
    headline = "Marenia Votes for the Levees After Twenty Years of Floods"
    texts = ["Sign in", menu, "Published 04.05.2021", headline, *STORY]
    first = texts.index(STORY[0])
    lead = make_lead(texts, first, stop_words("en"), snowball_stemmer("english"))
    found = [index for index, _ in candidates(texts, first, lead)]
    assert texts.index(headline) in found and texts.index(menu) not in found
    # Without the page's stop words nothing is told by them.
    assert texts.index(menu) in [index for index, _ in candidates(texts, first, make_lead(
        texts, first))]


def test_reasons_a_block_is_no_headline() -> None:
    assert not_headline_because("Marenia Elects Harbour Engineer as Governor in Upset") is None
    assert not_headline_because("Home » World » Europe") == "breadcrumb"
    # A postal address (an association's, under "Anschrift:"); a street in a headline is none.
    assert not_headline_because("Görlitzer Str. 45, Horka /OL, 02923") == "address"
    assert not_headline_because("Marenia Wire AG, Hafenstrasse 32, CH-6340 Porto") == "address"
    assert not_headline_because("Feuer in der Hauptstraße 12: 2019 Menschen evakuiert") is None
    assert not_headline_because("View the Full Harbour Festival Schedule »") == "breadcrumb"
    assert not_headline_because("Harbour Festival «Sea and Sails» Opens") is None
    assert not_headline_because("By Ada Brennan and Ray Holt") == "byline"
    assert not_headline_because("Published March 13, 2024 at 4:07 PM") == "date"
    assert not_headline_because("Flood") == "length"
    # A notice that scripts are off is none; a headline about the language is one.
    assert not_headline_because("Please enable JavaScript to view the comments") == (
        "label words")
    assert not_headline_because("JavaScript is disabled in your browser") == "label words"
    assert not_headline_because("Get your Frontend JavaScript Code Covered") is None
    assert not_headline_because("http://ads.example.com/show?user=Marenia News Harbour Update") == (
        "web address")


def test_headline_sharing_the_leads_words_beats_a_teaser_nearer_the_body() -> None:
    headline = "Harbour Engineer Lidia Sorn Wins the Marenia Governor Race"
    teaser = "Watch Live: Port Strike Enters Its Second Week as Talks Stall"
    texts = [*MENU.split("\n"), "Sign in", headline, teaser, *STORY]
    first = texts.index(STORY[0])
    lead = make_lead(texts, first, frozenset({"the", "of", "in", "as", "its"}),
                     snowball_stemmer("english"))
    assert pick_headline(texts, first, lead) == texts.index(headline)
    # Without the words shared with the lead the nearer teaser would score higher.
    blind = tuple(0.0 if name.startswith("lead") else weight
                  for name, weight in zip(FEATURES, WEIGHTS, strict=True))
    scores = {index: utility(features, blind)
              for index, features in candidates(texts, first, lead)}
    assert scores[texts.index(teaser)] > scores[texts.index(headline)]


def test_a_short_label_of_the_leads_words_sums_up_less_of_it_than_the_headline() -> None:
    # Every word of the label is in the lead, two thirds of the headline's: the share alone
    # would favour the label; weighed by length, the headline says more of the lead.
    label = "Marenia Delta Floods"
    texts = [*MENU.split("\n"), label, HEADLINE, *STORY]
    first = texts.index(STORY[0])
    lead = make_lead(texts, first, frozenset({"as", "in"}), snowball_stemmer("english"))
    assert lead.share(label) == 1.0 > lead.share(HEADLINE)
    at = FEATURES.index("lead length")
    features = dict(candidates(texts, first, lead))
    assert features[texts.index(HEADLINE)][at] > features[texts.index(label)][at]


def test_weights_name_every_feature_and_a_headline_with_nothing_else_is_picked() -> None:
    assert len(WEIGHTS) == len(FEATURES)
    texts = ["Sign in", "Marenia Elects Harbour Engineer as Governor in Upset", *STORY]
    assert pick_headline(texts, 2) == 1
    assert pick_headline(["Sign in", *STORY], 1) is None


def test_captions_between_the_headline_and_its_byline_are_left_out() -> None:
    captions = ["Lidia Sorn at the count in the capital",
                "Lidia Sorn waves to her supporters on Tuesday night."]
    text = page(MENU, "Sign in", HEADLINE, "Updated March 13, 2024, 6:55 AM", *captions,
                "By Ada Brennan, Meridian Wire", *STORY, FOOTER)
    cleaned = clean_article(Article(text=text)).article
    assert cleaned.title == HEADLINE
    assert cleaned.author == "Ada Brennan"
    assert cleaned.text.startswith(STORY[0])
    for caption in captions:
        assert caption not in cleaned.text


def test_caption_right_above_a_picture_credit_is_left_out_with_it() -> None:
    caption = "Lidia Sorn at the harbour in 1987."
    credit = "Photo illustration by Meridian Wire. Photo by Jonas Weber."
    text = page(MENU, "Sign in", HEADLINE, "By Ada Brennan", STORY[0], STORY[1],
                f"{caption}\n{credit}", STORY[2], STORY[3], FOOTER)
    cleaned = clean_article(Article(text=text)).article
    assert caption not in cleaned.text
    assert "Jonas Weber" not in cleaned.text
    for paragraph in STORY:
        assert paragraph in cleaned.text



def test_caption_right_above_a_credit_line_is_left_out_with_it() -> None:
    # ONE Esports (w3m): the picture's caption, then "Credit: ..." on the next line.
    caption = "Harbour cranes at the Porto Calme terminal"
    text = page(MENU, "Sign in", HEADLINE, "By Ada Brennan", STORY[0], STORY[1],
                f"{caption}\nCredit: Meridian Wire, Porto Calme Port Authority", STORY[2],
                STORY[3], FOOTER)
    cleaned = clean_article(Article(text=text)).article
    assert caption not in cleaned.text and "Authority" not in cleaned.text
    assert all(paragraph in cleaned.text for paragraph in STORY)
    assert is_credit("Credit: Meridian Wire") and is_credit("Credits: Jonas Weber")
    assert not is_credit("Credit card debts rose by a fifth in the province last year.")


def test_a_caption_with_its_credit_run_into_the_paragraph_above_is_left_out() -> None:
    # ONE Esports (lynx): no blank line between a paragraph and the caption under it.
    caption = "Harbour cranes at the Porto Calme terminal Credit: Meridian Wire, Port Authority"
    wrapped = [textwrap.fill(paragraph, 76, initial_indent="   ", subsequent_indent="   ")
               for paragraph in STORY]
    # Its last line as long as lynx's lines: the caption's first word would not have fitted.
    above = ("   The port authority said the cranes would be moved to the new terminal\n"
             "   before the spring floods, and that the old quay would close for a year.")
    text = page(MENU, "Sign in", HEADLINE, "By Ada Brennan", wrapped[0], wrapped[1],
                f"{above}\n   {caption}\n   BUY THE PRINT: Porto Calme harbour at dawn",
                *wrapped[2:], FOOTER)
    cleaned = clean_article(Article(text=text)).article
    assert "Credit" not in cleaned.text and "close for a year." in cleaned.text
    assert all(paragraph in " ".join(cleaned.text.split()) for paragraph in STORY)



def test_a_caption_below_a_pictures_enlarge_button_is_left_out() -> None:
    # ESPN (w3m): the button run into the picture's name, then the credit run into the caption.
    caption = ("Jonas Weber/Meridian Wire Lidia Sorn denies that the party paid for her "
               "campaign's flights.")
    text = page(MENU, "Sign in", HEADLINE, "By Ada Brennan", STORY[0],
                f"[+] EnlargeLidia Sorn\n{caption}", *STORY[1:], FOOTER)
    cleaned = clean_article(Article(text=text)).article
    assert "Jonas Weber" not in cleaned.text and "Enlarge" not in cleaned.text
    assert all(paragraph in cleaned.text for paragraph in STORY)


def test_a_byline_after_the_writers_portrait_is_lifted() -> None:
    # ESPN: the portrait's name (the writer's surname) runs into the byline.
    text = page(MENU, "Sign in", HEADLINE, "Brennan By Ada Brennan", *STORY, FOOTER)
    cleaned = clean_article(Article(text=text)).article
    assert cleaned.author == "Ada Brennan" and "Brennan" not in cleaned.text.split("\n")[0]
    text = page(MENU, "Sign in", HEADLINE, "Weber By Ada Brennan", *STORY, FOOTER)  # not hers
    assert clean_article(Article(text=text)).article.author != "Ada Brennan"
    # futurezone: a label after "von", the portrait's whole name before it in lynx's copy.
    for line in ("von Autor: Ada Brennan", "* Ada Brennan von Autor: Ada Brennan"):
        text = page(MENU, "Sign in", HEADLINE, line, "09.08.13, 06:00", *STORY, FOOTER)
        cleaned = clean_article(Article(text=text)).article
        assert cleaned.author == "Ada Brennan", line
        assert "Autor" not in cleaned.text

def test_picture_credit_lines() -> None:
    assert is_credit("Photo by Jonas Weber")
    assert is_credit("Photo illustration by Meridian Wire. Photo by Jonas Weber.")
    assert is_credit("Jonas Weber/Meridian Wire")
    assert not is_credit("Media caption Lidia Sorn at the count")
    assert not is_credit("Photographs by the harbour's engineers show the levees failing in "
                         "three places along the delta after the spring storms")


TEASERS = ["Port Strike Enters Its Second Week as Talks Stall",
           "Ferry Operators Warn of Higher Fares Next Summer",
           "Delta Farmers Count the Cost of the Spring Floods"]


def test_list_of_other_stories_between_headline_and_body_is_left_out() -> None:
    for head in (["More On:", "marenia", *TEASERS], TEASERS):
        text = page(MENU, "Sign in", HEADLINE, "By Ada Brennan", *head, *STORY, FOOTER)
        cleaned = clean_article(Article(text=text)).article
        assert cleaned.title == HEADLINE
        assert cleaned.text.startswith(STORY[0]), head
        for teaser in TEASERS:
            assert teaser not in cleaned.text


def test_one_title_like_line_between_headline_and_body_is_no_list() -> None:
    text = page(MENU, "Sign in", HEADLINE, "By Ada Brennan", STORY[0], STORY[1],
                "What Did the Electoral Commission Say?", STORY[2], STORY[3], FOOTER)
    cleaned = clean_article(Article(text=text)).article
    assert "What Did the Electoral Commission Say?" in cleaned.text


def test_press_release_summary_above_its_lone_dateline_is_left_out() -> None:
    summary = ("Meridian Ferries and the Harbour Board announce a partnership to run night "
               "ferries across the delta. The service starts in May and will carry 2,000 "
               "passengers a night.")
    text = page(MENU, "Sign in", HEADLINE, "March 13, 2024", summary, "PORT ALDA, MARENIA",
                *STORY, FOOTER)
    cleaned = clean_article(Article(text=text)).article
    assert cleaned.title == HEADLINE
    assert summary not in cleaned.text
    assert cleaned.text.startswith(STORY[0])


def test_a_byline_below_another_title_is_that_titles_not_the_kickers() -> None:
    kicker = "The Harbour Vote: a Week in Marenia's Port Cities"
    headline = "Harbour Engineer Lidia Sorn Wins the Marenia Governor Race"
    texts = [*MENU.split("\n"), kicker, headline, "By Ada Brennan", "March 13, 2024", *STORY]
    first = texts.index(STORY[0])
    found = dict(candidates(texts, first))
    past = FEATURES.index("signal past title")
    # Both reach the byline; only the kicker passes another title-like block on the way.
    assert found[texts.index(kicker)][past] == 1.0
    assert found[texts.index(headline)][past] == 0.0
    # The headline, sharing the lead's words, wins over the kicker reaching the byline.
    assert pick_headline(texts, first) == texts.index(headline)


def test_headline_may_open_with_the_quotation_marks_of_other_languages() -> None:
    # German „…“ and »…«, Japanese 「…」, Chinese 《…》: a quoted phrase opening a headline.
    for headline in ("„Wir bauen den Deich neu“: Marenia wählt eine Ingenieurin",
                     "»Das Wasser kommt wieder« – Marenia stimmt über den Deich ab",
                     "「堤防を四年で再建」　マレニア州で新知事が誕生",
                     "《港口重建计划》获得省议会批准"):
        assert looks_like_headline(headline), headline
    text = page(MENU, "„Wir bauen den Deich neu“: Marenia wählt eine Ingenieurin",
                "By Ada Brennan", "March 13, 2024", *STORY, FOOTER)
    assert title_of(text) == "„Wir bauen den Deich neu“: Marenia wählt eine Ingenieurin"


def test_a_slash_parts_a_breadcrumb_or_link_list_but_may_stand_in_a_headline() -> None:
    for furniture in ("News / World", "Twitter / Facebook / RSS",
                      "Home / Politics / Marenia governor race"):
        assert not_headline_because(furniture) == "breadcrumb", furniture
    for headline in ("Marenia's harbour vote split the city in two / Opinion",
                     "Delta levees: the engineer's plan / the party's doubts"):
        assert looks_like_headline(headline), headline


def test_bars_part_a_trail_or_link_bar_but_a_headline_may_have_one() -> None:
    # Chromium's copy of a shop's magazine: its trail, ending with the headline, over the
    # headline itself; a blog's bar of links under a post.
    for furniture in ("Harbour Life | Posts | Politics | Marenia elects an engineer as governor",
                      "Comments feed | Comments closed | Trackback URL"):
        assert not_headline_because(furniture) == "breadcrumb", furniture
    for headline in ("Marenia elects an engineer | a harbour city's upset",
                     "Marenia's harbour vote | the engineer's plan for the levees"
                     " | doubts on the cost"):
        assert looks_like_headline(headline), headline
    text = page(MENU, "Harbour Life | Posts | Politics | Marenia elects an engineer as governor",
                "Marenia elects an engineer as governor", "March 13, 2024", *STORY, FOOTER)
    assert title_of(text) == "Marenia elects an engineer as governor"


def test_a_caption_with_its_credit_run_in_is_no_headline() -> None:
    # A text browser runs a picture's credit into its caption: a label and a colon after it.
    for caption in ("Lidia Sorn greets supporters at the harbour Credit: Marenia Wire",
                    "Sorn puhuu kannattajilleen satamassa. Kuva: Marenia Wire",
                    "Lidia Sorn vor dem Hafen Bild: Marenia Wire",
                    "Lidia Sorn greets supporters at the harbour© Marenia Wire"):
        assert not_headline_because(caption, two_sentences=True) == "caption", caption
    assert not_headline_because("Credit Card Fees Rise Again in Marenia") is None


def test_a_pictures_name_its_caption_says_again_with_the_credit_is_no_headline() -> None:
    # The picture's name (its alt text), then its caption: the same words and the credit.
    name = "Lidia Sorn, governor of the Marenia delta province"
    text = page(MENU, "Sign in", HEADLINE, "By Ada Brennan", "Published 13/03/2024 at 17:08",
                name, f"{name} Crédits photo : Ana Ruiz/Meridian Wire",
                "Lidia Sorn, the new governor of the Marenia delta province, said the "
                "harbour would be rebuilt.", *STORY, FOOTER)
    assert title_of(text) == HEADLINE


def test_a_score_line_or_table_row_is_no_headline() -> None:
    assert not_headline_because("Harbour City 21 14 10 17 — 62") == "numbers"
    assert not_headline_because("Delta United 3 1 0 2 7") == "numbers"
    # Numbers in a headline: fewer of them than words.
    assert not_headline_because("Harbour City Beat Delta United 62-48 in the Final") is None
    assert not_headline_because("The 10 Best Harbour Walks of 2024") is None


def test_a_byline_may_put_a_colon_after_by() -> None:
    assert not_headline_because("By: Ada Brennan") == "byline"
    text = page(MENU, HEADLINE, "By: Ada Brennan", "March 13, 2024", *STORY, FOOTER)
    article = clean_article(Article(text=text)).article
    assert (article.title, article.author) == (HEADLINE, "Ada Brennan")


def test_a_share_bar_between_two_titles_makes_the_lower_no_standfirst() -> None:
    # A widget of five words above a share bar, then the headline: the headline is no
    # standfirst of the widget, and the byline below it is its own.
    widget = "Harbour traffic alerts and ferry delays"
    texts = [*MENU.split("\n"), widget, "News", "• Facebook", "• Tweet", HEADLINE,
             "By: Ada Brennan", "March 13, 2024", *STORY]
    first = texts.index(STORY[0])
    found = dict(candidates(texts, first))
    signal = FEATURES.index("signal")
    assert found[texts.index(HEADLINE)][signal] == 1.0
    assert pick_headline(texts, first) == texts.index(HEADLINE)


def test_a_date_in_digits_alone_right_above_the_headline_is_its_date() -> None:
    signal = FEATURES.index("signal")
    for date in ("2024-03-13", "13.03.2024"):
        texts = [*MENU.split("\n"), "Analysis", date, HEADLINE, "Ada Brennan", *STORY]
        found = dict(candidates(texts, texts.index(STORY[0])))
        assert found[texts.index(HEADLINE)][signal] == 1.0, date


def test_headline_above_a_long_carousel_of_clips_is_found() -> None:
    # A player with a list of clips between the byline and the body: about a hundred blocks.
    clips = [part for number in range(1, 33)
             for part in (f"[clip-{number}]", "Video Ad Feedback", f"0{number % 10}:1{number % 6}")]
    texts = [*MENU.split("\n"), HEADLINE, "By Ada Brennan", "Updated March 13, 2024", *clips,
             *STORY]
    assert texts.index(STORY[0]) - texts.index(HEADLINE) > 96
    assert pick_headline(texts, texts.index(STORY[0])) == texts.index(HEADLINE)


def test_a_headline_under_a_list_of_teasers_with_its_byline_is_no_list_item() -> None:
    teasers = ["Ferry Fares Rise Again as Fuel Costs Climb Along the Coast",
               "Delta Farmers Count the Cost of a Wet Spring on the River",
               "Port Workers Vote on a New Contract After Weeks of Talks"]
    texts = [*MENU.split("\n")]
    for teaser in teasers:
        texts += [teaser, "•"]
    texts += [HEADLINE, "By Ada Brennan", "1 day ago", *STORY]
    found = dict(candidates(texts, texts.index(STORY[0])))
    in_list = FEATURES.index("list")
    assert found[texts.index(HEADLINE)][in_list] == 0.0
    assert found[texts.index(teasers[-1])][in_list] == 1.0


def test_a_caption_closed_by_a_photographer_and_agency_is_no_headline() -> None:
    for caption in ("Lidia Sorn at the harbour in Marenia.Ana Ruiz / Reuters file",
                    "Gov. Lidia Sorn. | Ana Ruiz/Getty Images",
                    "Voters queue outside a polling station in the capital Ray Holt / AFP"):
        assert not_headline_because(caption, two_sentences=True) == "caption", caption
    # A slash in a headline, no agency after it.
    assert not_headline_because("The Harbour Vote That Split a City / Opinion") is None


def test_a_headline_under_a_short_kicker_keeps_its_byline_past_its_standfirst() -> None:
    kicker = "Harbour Cities Vote"
    standfirst = ("The former harbour engineer beat the ruling party's candidate by nine points "
                  "after a long campaign about floods and rents")
    texts = [*MENU.split("\n"), kicker, HEADLINE, standfirst, "By Ada Brennan",
             "March 13, 2024", *STORY]
    first = texts.index(STORY[0])
    found = dict(candidates(texts, first))
    signal = FEATURES.index("signal")
    # A title-like kicker above the headline does not make the standfirst a list's item.
    assert found[texts.index(HEADLINE)][signal] == 1.0
    assert found[texts.index(standfirst)][signal] == 0.0
    assert pick_headline(texts, first) == texts.index(HEADLINE)


def test_a_long_sentence_under_a_short_headline_is_its_standfirst() -> None:
    headline = "Harbour Engineer Wins"
    standfirst = ("The former harbour engineer beat the ruling party's candidate by nine points "
                  "after a long campaign about floods and rents")
    subheading = "Harbour Engineer Wins the Governor Race in Marenia"
    texts = [*MENU.split("\n"), headline, standfirst, "By Ada Brennan", *STORY]
    found = dict(candidates(texts, texts.index(STORY[0])))
    signal = FEATURES.index("signal")
    assert found[texts.index(headline)][signal] == 1.0
    assert found[texts.index(standfirst)][signal] == 0.0
    # A title-cased line under a short headline is no standfirst: it keeps the byline.
    texts = [*MENU.split("\n"), headline, subheading, "By Ada Brennan", *STORY]
    found = dict(candidates(texts, texts.index(STORY[0])))
    assert found[texts.index(subheading)][signal] == 1.0
    assert found[texts.index(headline)][signal] == 0.0


def test_lower_share_tells_a_sentence_from_a_title_cased_line() -> None:
    assert lower_share("Harbour Engineer Wins the Governor Race in Marenia") < 0.5
    assert lower_share("The former harbour engineer beat the ruling party's candidate") > 0.5
    assert lower_share("Marenia") == 0.0


def test_a_label_listing_topics_or_tags_is_no_headline() -> None:
    for label in ("Topics: Harbour, floods, Marenia, governor race",
                  "Politics More: Marenia Lidia Sorn Elections",
                  "Archivado en: Sanidad pública"):
        assert not_headline_because(label) == "section label", label
    # A headline may open with a name and a colon, or with "More".
    assert not_headline_because("Sorn: Harbour, levees and the delta come first") is None
    assert not_headline_because("More Than 200 Flee as the Delta Floods Again") is None
    text = page(MENU, HEADLINE, "By Ada Brennan", "March 13, 2024",
                "Topics: Marenia, governor, harbour engineer, upset", "March 13, 2024",
                *STORY, FOOTER)
    assert title_of(text) == HEADLINE


def test_a_picture_name_its_caption_repeats_is_no_headline() -> None:
    # A picture's name, then its caption saying it again with the credit in French's order:
    # the name is no headline (no candidate), though it shares the lead's words more than the
    # headline.
    name = "Lidia Sorn, Governor-Elect of Marenia"
    texts = [*MENU.split("\n"), HEADLINE, "By Ada Brennan", "March 13, 2024", name,
             f"{name} Crédits photo : Ana Ruiz/Meridian Wire", *STORY]
    first = texts.index(STORY[0])
    features = dict(candidates(texts, first))
    assert texts.index(name) not in features
    assert features[texts.index(HEADLINE)][FEATURES.index("caption")] == 0.0
    assert pick_headline(texts, first) == texts.index(HEADLINE)


def test_a_headline_captioned_again_under_its_date_stays_the_headline() -> None:
    # Its picture's caption says the headline again under the date (the rule above not then).
    texts = [*MENU.split("\n"), HEADLINE, "2024-03-13 09:05", f"{HEADLINE}, in pictures",
             *STORY]
    first = texts.index(STORY[0])
    features = dict(candidates(texts, first))
    assert features[texts.index(HEADLINE)][FEATURES.index("caption")] == 0.0
    assert pick_headline(texts, first) == texts.index(HEADLINE)


def test_a_pictures_name_above_its_dated_agency_caption_is_no_headline() -> None:
    # The picture's name, then its caption as the agencies write it ("In a Monday, ... photo"),
    # long enough to read as a paragraph, between the headline and the byline.
    caption = ("In a Monday, March 11, 2024 photo, Ada Brennan greets supporters at the "
               "harbour in Porto Calme. She promised voters to rebuild the levees along the "
               "river delta within four years and to cap the rents of the province's public "
               "housing, which have doubled since the floods of 2019 drove thousands of "
               "families from the coast into the towns of the interior, where the party had "
               "ruled for two decades.")
    assert is_photo_caption(caption)
    assert not is_photo_caption("In a statement on Monday, March 11, 2024, the party said it "
                                "had lost the province after two decades in power.")
    name = "Marenia Voters Governor Floods"
    text = page(MENU, HEADLINE, name, caption, "By Ada Brennan", "March 13, 2024", *STORY,
                FOOTER)
    assert title_of(text) == HEADLINE
    listed = {block: features for _, block, features in headline_candidates(text) or []}
    assert listed[name][FEATURES.index("caption")] == 1.0
    assert listed[HEADLINE][FEATURES.index("caption")] == 0.0


def test_the_site_name_its_copyright_line_gives_is_no_headline() -> None:
    # The site's name under the date at the top of the page, said again in the footer's
    # trademark line (so repeated on the page, right below a date): a name, not a headline.
    site = "The Marenia Courier"
    headline = "Dock Workers Leave the Province as the New Port Law Takes Effect"
    text = page("Sign in", "March 13, 2024", site, MENU,
                "BUSINESS MARKETS PROPERTY THE WATCHDOG TECHNOLOGY MOTORING CAREERS", headline,
                "Dock workers", *STORY,
                f"\u201c{site}\u201d is a registered trademark of Courier Media Inc.", FOOTER)
    assert title_of(text) == headline
    assert all(site not in found for _, found, _ in headline_candidates(text) or [])


def test_a_headline_its_copyright_line_repeats_after_the_site_is_still_the_headline() -> None:
    # A magazine whose share box under the article reads "© Site 2019 | <headline>": the
    # headline is in the copyright line, but it is no site's name (a long one).
    headline = "With the Harbour Method You Will Be Happier at Once"
    text = page(MENU, "4. Ikigai and the harbour", "19 June 2019 16:29", headline, *STORY,
                f"• | © MARENIA.example 2019 | {headline}", FOOTER)
    assert title_of(text) == headline


def test_a_long_breadcrumb_trail_over_the_headline_opens_no_body() -> None:
    # A children's civics site: its trail, long enough to read as prose, right above the
    # headline and the body; the body began at the trail, and the site's name above it was
    # the title.
    headline = "Where does the thick air come from?"
    trail = ("Democracy and politics for children › Topic › Environment › Topic: Environment "
             f"and climate › {headline}")
    text = page(MENU, "Marenia Civics for Children", trail, headline, *STORY, FOOTER)
    assert title_of(text) == headline


def test_a_caption_under_its_pictures_text_said_twice_is_no_headline() -> None:
    # A picture that did not load shows its alternative text and its title (the same words
    # twice, a text browser wraps them), then its caption says them a third time: the caption
    # was the title, over the headline and the share buttons above it.
    headline = "Harbour Board Wins Its Fight Over the Ferry Contract"
    caption = "Under the new contract the harbour board will run the night ferries itself"
    text = page(MENU, "March 8, 2016 | 15:30", headline, "• Share on Twitter\n• Share on Facebook",
                f"{caption} {caption[:40]}\n{caption[40:]}\n{caption}", *STORY, FOOTER)
    assert title_of(text) == headline


def test_a_date_whose_day_and_month_cannot_be_told_apart_still_signals_a_head() -> None:
    from inbrief.core.clean.headline import is_signal

    # "08/01/2014": 8 January or 1 August, but a date under the headline all the same (Ultima
    # Hora: without it a dated teaser above took the headline's place).
    assert is_signal("Patricio Candia | Palma de Mallorca | 08/01/2014")
    assert not is_signal("Patricio Candia | Palma de Mallorca")


def test_a_link_in_a_more_on_list_between_the_byline_and_the_body_is_no_headline() -> None:
    # New York Post copied from a browser: under the headline, its byline and its picture,
    # "More On:", a tag, and links to other stories on the subject, the first of which says
    # what the lead says (more of its words than the headline's).
    texts = [*MENU.split("\n"), HEADLINE, "By Ada Brennan | March 12, 2024 | 4:20am",
             "Enlarge Image", "More On:", "marenia",
             "Voters in coastal Marenia choose a new governor after two decades of one party",
             "Delta towns count the cost of the winter floods",
             "Ferry fares rise again as fuel costs climb", *STORY]
    first = texts.index(STORY[0])
    assert pick_headline(texts, first) == texts.index(HEADLINE)
    # The same link with a byline of its own below it is the headline of its page.
    texts = [*MENU.split("\n"), "More On:", "marenia",
             "Voters in coastal Marenia choose a new governor after two decades of one party",
             "By Ada Brennan | March 12, 2024 | 4:20am", *STORY]
    assert pick_headline(texts, texts.index(STORY[0])) == texts.index(texts[-len(STORY) - 2])


def test_one_of_the_pages_tags_under_the_headline_is_no_headline() -> None:
    # HuffPost copied from a browser: under the headline, a tag ("Alabama Workers Immigration
    # Law", listed again with the page's other tags below the byline) took the title.
    tags = ("Politics , Video , Harbour Levy , Marenia Governor Race , Delta Floods , "
            "Provincial Assembly , Elections")
    texts = [*MENU.split("\n"), HEADLINE, "Marenia Governor Race",
             "By ADA BRENNAN 3/12/24 09:19 PM ET AP", "Follow", tags, *STORY]
    first = texts.index(STORY[0])
    assert pick_headline(texts, first) == texts.index(HEADLINE)
    indexes = [index for index, _ in candidates(texts, first)]
    assert texts.index("Marenia Governor Race") not in indexes
    # Without the list of tags it is a candidate like any title-like line.
    texts.remove(tags)
    indexes = [index for index, _ in candidates(texts, texts.index(STORY[0]))]
    assert texts.index("Marenia Governor Race") in indexes


def test_a_table_row_copied_with_tabs_between_its_cells_is_no_headline() -> None:
    # Wikipedia copied from a browser: the infobox's "Directed by\tAkitaro Daichi" was the title.
    assert not_headline_because("Directed by\tAda Brennan") == "table row"
    assert not_headline_because("Music by\tLi Wei and the Harbour Orchestra") == "table row"
    assert not_headline_because("Directed by Ada Brennan, a Film of the Delta Floods") is None


def test_a_table_row_laid_out_in_columns_is_no_headline() -> None:
    # A consumer test's page in w3m and lynx: a row of its results table ("Jané Koos i-Size +
    # iPlatform    370 €    ja    4,9") was the title, and the article had no date.
    assert not_headline_because("Harbour Pump 2000 + Base     370 €     yes     4.9") == "table row"
    assert not_headline_because("Harbour Pump 2000 + Base  370 €  yes  4.9") == "table row"
    assert not_headline_because("Harbour Pumps 2024: Four Models Fail the Test") is None
    rows = ["     Maker/model                      Price     Base   Score",
            "up to 1.5 years",
            "     Delta Pump 120                   140 €     no     2.1",
            "     Delta Pump 120 + Base            220 €     yes    2.1",
            "     Harbour Pump 2000 + Base         370 €     yes    4.9",
            "up to 4 years",
            "     Harbour Pump 3000                450 €     yes    3.0",
            "     Marsh Pump                       350 €     no     4.9"]
    headline = "Harbour Pumps 2024: Four Models Fail the Test"
    # The body names the row's model: the row shared the lead's words.
    lead = ('Four pumps in this test are rated "poor". The housings of the "Harbour Pump 2000 '
            '+ Base" and of the "Marsh Pump" contain solvents that are suspected of causing '
            'harm, and the club marked them down for it.')
    text = "\n".join([MENU, headline, "23.10.2018",
                      "The club tested 18 flood pumps for safety, handling and noise.",
                      "  • Eleven pumps are recommended", "  • Four fail on noise", "The results",
                      *rows, "Housings contain solvents", lead, *STORY, FOOTER])
    cleaned = clean_article(Article(text=text)).article
    assert cleaned.title == headline
    assert cleaned.published == "2018-10-23"


def test_a_menu_button_run_into_the_site_s_name_is_no_headline() -> None:
    # A report's page in w3m: "Toggle menu EFF Annual Report" over its menu was the title
    # (and a menu item below it, "• Director's Note", its writer).
    assert not_headline_because("Toggle menu Harbour Gazette Annual Report") == "label words"
    assert not_headline_because("Open navigation Harbour Gazette") == "label words"
    assert not_headline_because("Toggle Switches Cut Harbour Pump Costs") is None
    text = page("Toggle menu Harbour Gazette Annual Report", "  • Editor's Note",
                "  • Summary", "  • Finances", "  • Donate", "2023 Annual Report", *STORY,
                FOOTER)
    cleaned = clean_article(Article(text=text)).article
    assert "Toggle" not in cleaned.title
    assert cleaned.author == ""


def test_a_headline_under_a_section_label_named_like_a_list_is_still_a_candidate() -> None:
    # "Latest News" over a headline and its standfirst, no byline: a section's label, not a
    # list of other articles (three title-like items or more make one).
    standfirst = "The former harbour engineer beat the ruling party's candidate by nine points"
    texts = [*MENU.split("\n"), "Latest News", HEADLINE, standfirst, *STORY]
    assert texts.index(HEADLINE) in dict(candidates(texts, texts.index(STORY[0])))


def test_a_list_item_under_its_bullet_and_picture_is_no_headline() -> None:
    # w3m shows a list item that opens with a picture as three lines: its bullet, the
    # picture's name in brackets, its text. MSN's trending list, the last item right above the
    # headline and sharing more of the lead's words, took the title.
    item = "Why coastal voters in Marenia chose a harbour engineer"
    texts = [*MENU.split("\n"),
             "•", "[e151e5]", "Delta towns count the cost of the winter floods",
             "•", "[e151e5]", "Ferry fares rise again as fuel costs climb",
             "•", "[e151e5]", item,
             HEADLINE, "By Ada Brennan", "1 day ago", *STORY]
    first = texts.index(STORY[0])
    assert texts.index(item) not in dict(candidates(texts, first))
    assert pick_headline(texts, first) == texts.index(HEADLINE)
    # The same text under a bullet alone, or under a picture alone, is a candidate.
    for above in (["•"], ["[e151e5]"]):
        shown = [*MENU.split("\n"), *above, item, HEADLINE, "By Ada Brennan", *STORY]
        assert shown.index(item) in dict(candidates(shown, shown.index(STORY[0])))


def test_with_no_title_like_block_the_short_block_right_above_the_body_is_the_title() -> None:
    # Svbtle ("Voice interfaces": two words) and McSweeney's ("The Middle Manager's Oath.":
    # a full stop) gave no title: no block above the body read as a headline.
    for title in ("Harbour levies", "The Harbour Engineer's Oath."):
        texts = [*MENU.split("\n"), "March 12, 2024", title, "By Ada Brennan", *STORY]
        first = texts.index(STORY[0])
        # (A full stop's is a candidate now, with its byline below it and the lead's words.)
        assert candidates(texts, first) == [] or title.endswith(".")
        assert pick_headline(texts, first) == texts.index(title)
        assert title_of(page(MENU, "March 12, 2024", title, "By Ada Brennan",
                             *STORY, FOOTER)) == title
    # A headline of two sentences (moritz-meyer.net: "Ich habe das Vreni Frost-Urteil gelesen.
    # Das müsst ihr jetzt dazu wissen."), its date line glued to the writer's name below it.
    title = "I read the harbour levy ruling. Here is what you need to know."
    meta = "AdaBrennan2024-03-12T17:27:31+02:00March 12th, 2024|Harbour|36 Comments"
    texts = [*MENU.split("\n"), title, meta, *STORY]
    first = texts.index(STORY[0])
    assert candidates(texts, first) == []
    assert pick_headline(texts, first) == texts.index(title)
    # Not a menu's prompt, a label ending with a colon, or a block far above the body.
    for above in (["Sign in"], ["Harbour levies:"], ["Harbour levies", "•", "•", "•", "•"]):
        texts = [*MENU.split("\n"), *above, *STORY]
        assert pick_headline(texts, texts.index(STORY[0])) is None


def test_a_menu_in_capitals_takes_no_byline_from_the_headline_below_it() -> None:
    # HuffPost copied from Chromium: the section menu, one line of capitals, stood right above
    # the headline in title case and took its byline (the headline counted as the menu's
    # standfirst), and so the title.
    menu = "POLITICS BUSINESS SMALL BUSINESS REAL ESTATE THE WATCHDOG TECH MEDIA"
    texts = [*MENU.split("\n"), "MORE", menu, HEADLINE, "By ADA BRENNAN 3/12/24 09:19 PM ET",
             *STORY]
    first = texts.index(STORY[0])
    found = dict(candidates(texts, first))
    signal = FEATURES.index("signal")
    assert found[texts.index(HEADLINE)][signal] == 1.0
    assert found[texts.index(menu)][signal] == 0.0
    assert pick_headline(texts, first) == texts.index(HEADLINE)
    # A headline in capitals (a style sheet's text-transform) keeps its standfirst, and a
    # headline in title case over a title-case name line keeps its byline.
    standfirst = "The former harbour engineer beat the ruling party's candidate by nine points"
    texts = [*MENU.split("\n"), HEADLINE.upper(), standfirst, "By Ada Brennan", *STORY]
    assert pick_headline(texts, texts.index(STORY[0])) == texts.index(HEADLINE.upper())
    texts = [*MENU.split("\n"), HEADLINE, "Ada Brennan, Harbour Desk Political Writer",
             "March 12, 2024", *STORY]
    assert pick_headline(texts, texts.index(STORY[0])) == texts.index(HEADLINE)


def test_a_blogs_links_to_the_posts_before_and_after_are_no_headlines() -> None:
    # pbrunst.de in lynx: "« Berichte über Staatstrojaner = Strafvereitelung?" (the post
    # before) scored over the post's own headline, three words long.
    before, after = "« Harbour Fees Rise Again This Spring?", "Dredging the Delta »"
    assert not_headline_because(before) == "post link"
    assert not_headline_because(after) in ("post link", "breadcrumb")
    texts = [*MENU.split("\n"), before, after, HEADLINE, *STORY]
    assert candidates(texts, texts.index(STORY[0])) == [(texts.index(HEADLINE), candidates(
        texts, texts.index(STORY[0]))[0][1])]
    assert title_of(page(MENU, before, after, HEADLINE, *STORY, FOOTER)) == HEADLINE
    # French quotation marks with both guillemets are a quote, a headline may open with one.
    for quoted in ("« Je reste », dit la gouverneure", "»Wir bleiben«, sagt die Gouverneurin"):
        assert not_headline_because(quoted) is None


def test_a_headline_ending_with_a_full_stop_is_a_candidate_over_its_byline() -> None:
    # Weltwoche: "Steve Forbes: Trump is indeed a billionaire." under a section label, over
    # its standfirst, date and byline; a login box's labels far above it took the title.
    title = "Lidia Sorn: the harbour engineer is governor now."
    standfirst = ("The winner of Tuesday's vote in Marenia tells us why the levees come first "
                  "and the contracts go online.")
    head = [*MENU.split("\n"), "Are you a subscriber but never registered", "Register here",
            "Need help registering", "Lidia Sorn", "Image: Ada Brennan for the Courier",
            "Politics", title, standfirst, "13.03.2024", "By Ada Brennan"]
    texts = [*head, *STORY]
    first = texts.index(STORY[0])
    assert texts.index(title) in dict(candidates(texts, first))
    assert pick_headline(texts, first) == texts.index(title)
    assert title_of(page(*head, *STORY, FOOTER)) == title
    # Not the standfirst of a headline above it, nor a picture's name over its caption.
    texts = [*MENU.split("\n"), HEADLINE, title, "By Ada Brennan", *STORY]
    assert texts.index(title) not in dict(candidates(texts, texts.index(STORY[0])))
    assert pick_headline(texts, texts.index(STORY[0])) == texts.index(HEADLINE)
    for name, caption in (("Lidia Sorn is pictured.", "Sorn at the harbour. | AP Photo Close"),
                          ("Lidia Sorn at the harbour.", "Sorn on Tuesday. Photo: Ada Brennan")):
        texts = [*MENU.split("\n"), HEADLINE, "Sign in", "Share", name, caption,
                 "By Ada Brennan", *STORY]
        assert texts.index(name) not in dict(candidates(texts, texts.index(STORY[0])))


def test_a_forms_notice_opening_with_by_is_no_byline_under_a_label() -> None:
    # Intel's terms of use in Chromium: "By signing in, you agree to our Terms of Service."
    # under a sign-in box gave its "Field input is required" a byline, and the title.
    from inbrief.core.clean.headline import is_signal

    for notice in ("By signing in, you agree to our Terms of Service.",
                   "By clicking Subscribe you agree to receive our newsletter"):
        assert not is_signal(notice)
    assert is_signal("By Ada Brennan") and is_signal("By ADA BRENNAN")
    texts = [*MENU.split("\n"), "Sign In", "Field input is required",
             "By signing in, you agree to our Terms of Service.", "Harbour Terms of Use",
             *STORY]
    found = dict(candidates(texts, texts.index(STORY[0])))
    assert found[texts.index("Field input is required")][FEATURES.index("signal")] == 0.0


def test_a_headline_of_two_words_over_its_date_is_a_candidate_when_the_lead_uses_both() -> None:
    # Wiener Badminton Verband's "Come Together" over "06.05.2018": too short to read as a
    # headline, the site's name at the top of the page took the title (and a menu item the
    # byline).
    story = ["Under the motto Harbour Levies the first open meeting on the delta's "
             "defences was held on Tuesday in the old customs house.", *STORY]
    head = [*MENU.split("\n"), "Marenia Rowing Federation", *FOOTER.split("\n"), "News"]
    texts = [*head, "Harbour Levies", "13.03.2024", *story]
    first = texts.index(story[0])
    assert texts.index("Harbour Levies") in dict(candidates(texts, first))
    assert pick_headline(texts, first) == texts.index("Harbour Levies")
    assert title_of(page(*head, "Harbour Levies", "13.03.2024", *story)) == "Harbour Levies"
    # Not a word the lead does not use, one word, nor the writer's name over their byline.
    for short, below, lead in (
            ("Harbour Fees", "13.03.2024", STORY[0]),
            ("Levies", "13.03.2024", "Levies on the delta's harbour were raised on Tuesday."),
            ("Ada Brennan", "by Ada Brennan, 13.03.2024",
             "Ada Brennan reports from the harbour, where the levies were raised on Tuesday.")):
        story = [lead, *STORY]
        texts = [*head, short, below, *story]
        assert texts.index(short) not in dict(candidates(texts, texts.index(story[0])))



def test_a_writers_name_alone_under_the_headline_is_no_candidate() -> None:
    # Salon in a browser's copy: the headline, its standfirst, the writer's name alone (its
    # byline without "By"), the share bar, then the body.
    standfirst = ("Lawmakers talk a good game about levees. The new governor is really just an "
                  "engineer making promises she may not keep.")
    texts = ["Sunday, Feb 1, 2015 11:57 AM UTC", HEADLINE, standfirst,
             "Richard (R.J.) Lindqvist", "Share", *STORY]
    first = texts.index(STORY[0])
    found = [texts[index] for index, _ in candidates(texts, first)]
    assert HEADLINE in found
    assert "Richard (R.J.) Lindqvist" not in found
    # Alone, or far below the page's other title-like blocks (a menu's), the name stays one:
    # a page about a person ("Greta Maria Lindqvist" over an encyclopedia's article).
    texts = ["Greta Maria Lindqvist", "From the free encyclopedia", *STORY]
    assert "Greta Maria Lindqvist" in [texts[index] for index, _ in candidates(texts, 2)]
    texts = ["Marenia Shows Today", "Weather", "Listen", "Streams", "Schedule",
             "Greta Maria Lindqvist", "Share", *STORY]
    assert "Greta Maria Lindqvist" in [texts[index] for index, _ in candidates(texts, 7)]
