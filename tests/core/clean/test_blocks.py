"""Tests for finding the article in a whole web page pasted as plain text (clean.blocks)."""

from __future__ import annotations

import textwrap

import pytest
from page_parts import FOOTER, MENU, STORY

from inbrief.core.article import Article
from inbrief.core.clean import clean_article
from inbrief.core.clean.blocks import find_article
from inbrief.core.clean.rules import BoilerplateLines, is_boilerplate
from inbrief.core.clean.special_blocks import table_row
from inbrief.core.clean.title_like import looks_like_headline


def page(*parts: str) -> str:
    """Return a pasted page: its parts separated by blank lines."""
    return "\n\n".join(parts)


def clean(text: str) -> Article:
    return clean_article(Article(text=text)).article


WIRE_PAGE = page(
    "Skip to content", MENU, "Sign in", "Subscribe", "International",
    "Marenia Elects Harbour Engineer as Governor in Upset",
    "Lidia Sorn celebrates with supporters in Porto Calme. Photographer: Ana Ruiz/Meridian "
    "Wire, March 12, 2024",
    f"(Bloomberg) -- {STORY[0]}", *STORY[1:],
    "Most Read from Meridian", "  • Rates stay on hold as inflation cools\n"
    "  • Port strike enters second week\n  • Five charts that explain the housing slump",
    "©2024 Bloomberg L.P.", FOOTER,
)


def test_wire_article_pasted_whole() -> None:
    article = clean(WIRE_PAGE)
    assert article.title == "Marenia Elects Harbour Engineer as Governor in Upset"
    assert article.source == "Bloomberg"
    assert article.text == "\n\n".join(STORY)


def test_wire_article_map_is_exact() -> None:
    cleaned = clean_article(Article(text=WIRE_PAGE))
    assert cleaned.text_map.kept_text(WIRE_PAGE) == cleaned.article.text


def test_short_paragraph_is_kept_whole() -> None:
    assert find_article(STORY[0].split("\n")) is None
    assert clean(STORY[0]).text == STORY[0]


def test_clean_article_without_furniture_is_untouched() -> None:
    text = "\n\n".join(STORY * 4)
    assert clean(text).text == text


COMMENTS = [
    "Great news for the delta, finally someone who understands the levees and the floods.",
    "I doubt she can do it in four years, the last governor promised the same thing.",
    "Turnout was huge in our village too, we waited almost two hours to vote on the day.",
]


def test_comment_section_is_dropped() -> None:
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", *STORY,
                "12 Comments",
                *[f"reader{i}\n\n3 hours ago\n\n{c}\n\nReply" for i, c in enumerate(COMMENTS)],
                FOOTER)
    article = clean(text)
    assert article.text == "\n\n".join(STORY)
    assert article.title == "Marenia Elects Harbour Engineer as Governor in Upset"


JAPANESE_STORY = [
    "マレニア州で火曜日に知事選挙が行われ、元港湾技術者のリディア・ソルン氏が当選した。同じ政党による二十年の"
    "支配が終わった。",
    "ソルン氏は四年以内に三角州の堤防を再建し、すべての契約をインターネットで公開すると約束した。選挙管理"
    "委員会によると、投票率は過去三十年で最も高かった。",
    "首都の投票所には夜遅くまで長い列ができた。ソルン氏は来月就任する予定で、州議会でも初めて過半数を握る。",
]
JAPANESE_MENU = "\n".join(f"  • {item}" for item in (
    "ホーム", "国際", "経済", "政治", "社会", "スポーツ", "文化", "天気", "動画", "ログイン"))


def test_japanese_page_pasted_whole() -> None:
    text = page("メインコンテンツへスキップ", JAPANESE_MENU, "国際",
                "マレニア州知事選、元港湾技術者が当選", *JAPANESE_STORY, "関連記事",
                JAPANESE_MENU, "© 2024 マレニア新聞社")
    article = clean(text)
    assert article.title == "マレニア州知事選、元港湾技術者が当選"
    assert article.text == "\n\n".join(JAPANESE_STORY)


KOREAN_STORY = [
    "해안 지역인 마레니아주 유권자들은 화요일 새 주지사를 선출했다. 같은 정당이 이십 년 동안 "
    "이어 온 통치가 주택 비용과 잦은 홍수를 둘러싼 선거전 끝에 막을 내렸다.",
    "당선자인 전직 항만 기술자 리디아 소른은 사 년 안에 삼각주의 제방을 다시 쌓고 모든 공사 계약을 "
    "인터넷에 공개하겠다고 약속했다.",
    "선거관리위원회는 투표율이 삼십 년 만에 가장 높았다고 밝혔다. 수도의 투표소 앞에는 "
    "밤늦게까지 긴 줄이 이어졌다.",
]
KOREAN_MENU = "\n".join(f"  • {item}" for item in (
    "홈", "국제", "경제", "정치", "사회", "스포츠", "문화", "날씨", "동영상", "로그인"))


def test_korean_page_pasted_whole() -> None:
    # Korean ends its sentences with a full stop, not Japanese and Chinese marks: a Korean
    # news page copied whole (lynx) lost its article to the ranked list under it.
    text = page(KOREAN_MENU, "마레니아 주지사 선거, 전직 항만 기술자 당선", *KOREAN_STORY,
                "많이 본 뉴스", KOREAN_MENU, "© 2024 마레니아 신문")
    article = clean(text)
    assert article.title == "마레니아 주지사 선거, 전직 항만 기술자 당선"
    assert article.text == "\n\n".join(KOREAN_STORY)


ARABIC_STORY = [
    "انتخب الناخبون في إقليم مارينيا الساحلي حاكما جديدا يوم الثلاثاء، منهين عقدين من حكم "
    "الحزب نفسه بعد حملة هيمنت عليها تكاليف السكن والفيضانات المتكررة.",
    "ووعدت الفائزة، المهندسة السابقة في الميناء ليديا سورن، بإعادة بناء السدود خلال أربع "
    "سنوات ونشر جميع عقود الأعمال على الإنترنت.",
    "وقالت لجنة الانتخابات إن نسبة المشاركة كانت الأعلى منذ ثلاثين عاما، مع طوابير طويلة "
    "أمام مراكز الاقتراع في العاصمة حتى وقت متأخر من المساء.",
]
ARABIC_MENU = "\n".join(f"  • {item}" for item in (
    "الرئيسية", "العالم", "اقتصاد", "سياسة", "رياضة", "ثقافة", "الطقس", "فيديو", "تسجيل الدخول",
    "اشترك"))


def test_arabic_page_pasted_whole() -> None:
    text = page(ARABIC_MENU, "مهندسة سابقة تفوز بمنصب حاكم إقليم مارينيا", *ARABIC_STORY,
                ARABIC_MENU, "© 2024 جريدة مارينيا")
    article = clean(text)
    assert article.title == "مهندسة سابقة تفوز بمنصب حاكم إقليم مارينيا"
    assert article.text == "\n\n".join(ARABIC_STORY)


def test_headline_shapes() -> None:
    assert looks_like_headline("Marenia Elects Harbour Engineer as Governor in Upset")
    for label in ("International", "Image copyright EPA", "Home > World > Europe",
                  "By Lidia Sorn", "Published March 12, 2024", "Sign in to your account",
                  "The levees will be rebuilt within four years."):
        assert not looks_like_headline(label), label


# An article whose lists and sub-headings look like page furniture to the block classifier.
LISTS_ARTICLE = page(
    STORY[0], "WHAT SHE PROMISED", "  • New levees\n  • Open contracts\n  • Cheaper ferries",
    STORY[1], "  • Porto Calme\n  • Vell\n  • Sant Adrià\n  • Oster", STORY[2],
    "THE RESULT", "  • Sorn: 54%\n  • Adler: 39%\n  • Others: 7%", STORY[3],
    "  • Home\n  • Contact",
)


def test_extracted_article_is_not_cut_as_a_page() -> None:
    # Text read out of HTML (a saved page, an HTML paste) is the article already.
    assert find_article(LISTS_ARTICLE.split("\n")) is not None
    for fmt in ("html", "docx", "pdf"):
        cleaned = clean_article(Article(text=LISTS_ARTICLE, format=fmt))
        assert cleaned.article.text == LISTS_ARTICLE, fmt
        assert cleaned.text_map.is_identity


def test_sub_heading_in_capitals_inside_the_body_stays() -> None:
    text = page("WORLD", "Marenia Elects Harbour Engineer as Governor in Upset", STORY[0],
                "THE RESULT", STORY[1], STORY[2])
    article = clean(text)
    assert article.title == "Marenia Elects Harbour Engineer as Governor in Upset"
    assert article.text == page(STORY[0], "THE RESULT", STORY[1], STORY[2])


SHARE_BAR = "\n\n".join(f"  • Share on {site}" for site in (
    "Facebook", "Messenger", "Twitter", "WhatsApp", "LinkedIn", "Pinterest", "Email"))
HEADLINE = "Marenia Elects Harbour Engineer as Governor in Upset"


def test_headline_far_above_the_body_behind_share_bars() -> None:
    # Byline, share bars, a standfirst and a caption put the headline 20 blocks above the body.
    standfirst = ("The delta's new governor promised new levees within four years, open contracts "
                  "and cheaper ferries for the islands")
    text = page(MENU, "International", HEADLINE, standfirst, "By Ana Ruiz", "March 12, 2024",
                SHARE_BAR, "These are external links and will open in a new window", SHARE_BAR,
                "Lidia Sorn with supporters in Porto Calme", *STORY, FOOTER)
    article = clean(text)
    assert article.title == HEADLINE
    assert article.author == "Ana Ruiz"
    assert article.text.endswith("\n\n".join(STORY))
    assert "Share on" not in article.text


def test_teaser_list_between_headline_and_body_is_not_the_headline() -> None:
    teasers = "\n\n".join(("More on this story", "Port strike enters its second week at Vell",
                           "Five charts that explain the housing slump in Marenia",
                           "Ferry fares to rise again next spring, operator says"))
    text = page(MENU, HEADLINE, "By Ana Ruiz | March 12, 2024", SHARE_BAR, teasers, *STORY,
                FOOTER)
    assert clean(text).title == HEADLINE


def test_headline_shapes_of_other_sites() -> None:
    assert looks_like_headline("iOS 13 will fix the FaceTime eye contact problem")
    for label in ("Фото из Инстаграма Лукаша Подольски",
                  "These are external links and will open in a new window",
                  "The levees come first. Everything else can wait until the spring floods"):
        assert not looks_like_headline(label), label


def _wrap(text: str, width: int) -> str:
    """Return ``text`` hard-wrapped every ``width`` characters (as old Japanese etexts are)."""
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


def test_hard_wrapped_japanese_under_an_english_header_is_kept_whole() -> None:
    # English lines wrapped at 72 columns above Japanese wrapped at 38 characters (76 columns):
    # the Japanese text must survive whole. (The real case this guards, an old Gutenberg etext
    # with CR line ends, lost 975 of 5,241 Japanese characters before line widths were counted
    # in columns; this invented page does not reproduce that loss on its own.)
    header = textwrap.fill(
        "This electronic text is offered free of charge to anyone anywhere. Please keep this "
        "header with the file and read the notice at the end before you share it with others. "
        "Corrections are welcome: send them to the volunteers who prepared this edition, and "
        "they will be folded into the next release of the text with a new file name.",
        72,
    )
    # One stream of lines, as in old etexts: most lines end mid-sentence.
    story = [_wrap("".join("\u3000" + paragraph for paragraph in JAPANESE_STORY * 3), 38)]
    text = page(header, JAPANESE_MENU, "マレニア州知事選", *story, JAPANESE_MENU,
                "© 2024 マレニア新聞社")
    article = clean(text)
    for paragraph in JAPANESE_STORY:
        assert paragraph in article.text.replace("\n", "").replace("\u3000", "")
MORE_STORY = [
    "Engineers hired by the province will first survey the northern levees, which failed "
    "twice in the last decade and flooded more than two thousand homes.",
    "The survey is expected to take six months. Contracts for the repairs will be tendered "
    "in the spring, and every bid will be published on the province's website.",
    "Opposition members said the plan was too slow, pointing to the storm season that "
    "begins in autumn and to the cost of temporary barriers.",
    "Sorn answered that temporary barriers would be placed on the most exposed stretches "
    "before the first storms, paid for from the emergency budget.",
]


def test_page_with_little_furniture_is_still_cut() -> None:
    # A promotion line and a logo above the headline: too little furniture to look like a
    # menu, still not the headline.
    text = page("Welcome to the Meridian events experience", "Learn More", "[logo]",
                "Marenia Elects Harbour Engineer as Governor in Upset",
                "By Ana Ruiz, Meridian Wire", "Published 7:07 PM EST March 12, 2024",
                *STORY[:2], "[photo-2f81]", "Lidia Sorn at the harbour. (Image: Ana Ruiz)",
                *STORY[2:], *MORE_STORY, "[video-88ac]", "Contributing: Tom Vale")
    article = clean(text)
    assert article.title == "Marenia Elects Harbour Engineer as Governor in Upset"
    assert "Welcome" not in article.text and "Learn More" not in article.text
    assert article.text.startswith(STORY[0])


def test_more_from_list_and_conversation_after_the_body_are_dropped() -> None:
    teasers = ["Port strike enters its second week as talks between the union and the "
               "owners stall", "Ana Ruiz",
               "Five charts that explain the housing slump in the delta and what it means "
               "for the province", "Meridian Wire"]
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", *STORY,
                *MORE_STORY, "More from Meridian", *teasers, "Join the Conversation",
                "When submitting content, please abide by our submission guidelines, and "
                "avoid posting profanity, personal attacks or harassment of other readers. "
                "Comments are open for three days after a story is published, and our editors "
                "read every one of them before it appears on the site.",
                FOOTER)
    article = clean(text)
    assert article.text == "\n\n".join(STORY + MORE_STORY)


def test_a_button_opening_the_comments_in_lynx_cuts_the_body() -> None:
    # lynx prints a button as "(BUTTON) Join the Conversation" and runs the list of other
    # stories and the comments' rules together, wrapped under 76 columns.
    def lynx(paragraph: str) -> str:
        return textwrap.fill(paragraph, 74, initial_indent="   ", subsequent_indent="   ")

    rules = lynx("Comments are open for three days after a story is published, and our "
                 "editors read every one of them before it appears on the site, so please "
                 "keep to the subject and be kind to other readers.")
    tail = "\n".join(["   Harbour toll rises for the first time in a decade", "   Ana Ruiz",
                      "   (BUTTON) Join the Conversation", rules])
    body = [lynx(paragraph) for paragraph in STORY + MORE_STORY]
    article = clean(page(MENU, HEADLINE, *body, tail, FOOTER))
    assert "Comments are open" not in article.text
    assert article.text.startswith(body[0].split("\n")[0].strip())


def test_a_picture_credit_run_into_its_caption_in_lynx_is_dropped() -> None:
    # lynx prints a picture's credit and caption labels on one line ("Image copyright ...
    # Image caption ..."), wrapped like the paragraph above it.
    caption = textwrap.fill(
        "Image copyright Meridian Wire Image caption Lidia Sorn thanked her supporters at the "
        "harbour late on Tuesday", 74, initial_indent="   ", subsequent_indent="   ")
    body = [textwrap.fill(p, 74, initial_indent="   ", subsequent_indent="   ")
            for p in STORY + MORE_STORY]
    article = clean(page(MENU, HEADLINE, *body[:2], caption, *body[2:], FOOTER))
    assert "Image caption" not in article.text and "thanked" not in article.text
    assert is_boilerplate(" ".join(caption.split()))
    assert article.text.startswith(body[0].split("\n")[0].strip())


# A picture's caption, its date alone and its credit after a bar, between the byline and the
# body (El Mundo's layout): the caption reads as a paragraph of the story.
DATED_CAPTION = ("Lidia Sorn and the outgoing governor at the harbour during the first debate "
                 "of the campaign, when the delta's levees were still holding")


def test_a_caption_over_its_picture_date_and_agency_credit_is_dropped() -> None:
    body = [textwrap.fill(p, 74) for p in STORY + MORE_STORY]
    for caption, spaced in ((textwrap.fill(DATED_CAPTION, 74), True), (DATED_CAPTION, False)):
        # w3m's and lynx's copy (a wrapped caption, blank lines between blocks), a browser's
        # (each block a line, no blank line between the picture's parts).
        picture = (page(caption, "14-06-2023", "| Efe") if spaced
                   else "\n".join((caption, "14-06-2023", "| Efe")))
        article = clean(page(MENU, HEADLINE, "By Ada Brennan | 03/09/2024", picture, *body,
                             FOOTER))
        assert "first debate" not in article.text and "Efe" not in article.text
        assert article.text.startswith(STORY[0][:40])
        # The picture's date is not the story's.
        assert article.published != "2023-06-14"


def test_a_last_paragraph_over_a_date_and_no_agency_stays() -> None:
    # The structure needs the agency's credit: a paragraph over a date and a site's name is
    # the body's (Fox News puts "| FoxNews.com" under its date).
    body = [textwrap.fill(p, 74) for p in STORY + MORE_STORY]
    article = clean(page(MENU, HEADLINE, "By Ada Brennan", *body, "14-06-2023",
                         "| Marenia Daily", FOOTER))
    assert MORE_STORY[-1][-30:] in " ".join(article.text.split())


def test_related_heading_inside_the_body_does_not_cut_it() -> None:
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", *STORY,
                "Related", "Port strike enters its second week as talks stall",
                *MORE_STORY, FOOTER)
    assert clean(text).text.endswith(MORE_STORY[-1])


def test_menu_run_together_is_not_a_headline() -> None:
    assert not looks_like_headline("Meridian in englishNewsletterSubscriptionSearch the site")
    assert looks_like_headline("LinkedIn and WordPress Join Forces on Privacy Rules")


def test_long_headline_under_a_run_together_menu() -> None:
    long_headline = ("Sorn Meets the Delta Mayors: Levee Plan Will Be Published Before Storm "
                     "Season - 'We Owe Every Town a Date and a Budget'")
    # A headline of 22 words with no byline or date below it is too long for a headline to
    # the weights fit on real pages; with its byline it is one.
    text = page("Meridian in englishNewsletterSubscriptionSearch the site", MENU, long_headline,
                "By Ada Brennan", *STORY, *MORE_STORY, FOOTER)
    assert clean(text).title == long_headline


def test_teasers_with_headline_run_into_their_text_are_dropped() -> None:
    teasers = [
        "Port Strike Enters Second WeekThe dock workers' union said on Monday that talks with "
        "the owners had stalled again and that no new meeting was planned for this week.",
        "Delta Farmers Count Flood LossesA survey by the farmers' association found that one "
        "field in five was still under water a month after the river burst its banks.",
    ]
    text = page(MENU, *teasers, "Marenia Elects Harbour Engineer as Governor in Upset",
                *STORY, *MORE_STORY, FOOTER)
    article = clean(text)
    assert "Port Strike" not in article.text and "Farmers" not in article.text
    assert article.text == "\n\n".join(STORY + MORE_STORY)


def test_comment_button_in_a_share_bar_does_not_end_the_body() -> None:
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", STORY[0],
                "  • Share\n  • Tweet\n  • Comment", *STORY[1:], *MORE_STORY, FOOTER)
    assert clean(text).text.endswith(MORE_STORY[-1])


def test_teasers_with_author_date_and_first_paragraph_after_the_body_are_dropped() -> None:
    teasers = []
    for headline, author, first_paragraph in (
        ("Port strike enters its second week", "Tom Vale",
         "The dock workers' union said on Monday that talks with the owners had stalled again, "
         "and that no new meeting was planned before the end of the month, leaving ships "
         "waiting outside the harbour for another week at least."),
        ("Delta farmers count their flood losses", "Ana Ruiz",
         "A survey by the farmers' association found that one field in five was still under "
         "water a month after the river burst its banks, and that the winter sowing would be "
         "late on most farms in the south of the province."),
    ):
        teasers += [headline, author, "Tuesday March 12, 2024", first_paragraph]
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", *STORY,
                *MORE_STORY, *teasers, FOOTER)
    assert clean(text).text == "\n\n".join(STORY + MORE_STORY)
    # A short closing sentence above the teasers stays with the body.
    closing = "The count resumes on Monday."
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", *STORY,
                *MORE_STORY, closing, *teasers, FOOTER)
    assert clean(text).text == "\n\n".join([*STORY, *MORE_STORY, closing])


def test_gallery_captions_shown_twice_are_dropped() -> None:
    captions = ["Lidia Sorn speaks to supporters at the harbour in Porto Calme on election night.",
                "Flood water covers a road near the delta town of Ostra in February."]
    gallery = [part for caption in captions for part in ("Image 1 of 2", caption, caption)]
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", *STORY[:2],
                *gallery, *STORY[2:], *MORE_STORY, FOOTER)
    article = clean(text)
    assert not any(caption in article.text for caption in captions)
    assert all(paragraph in article.text for paragraph in STORY + MORE_STORY)


def test_gallery_captions_repeated_on_adjacent_lines_are_dropped() -> None:
    # A text browser prints a gallery's picture text and caption on consecutive lines, wrapped
    # at the page width like the body, with no blank line between them.
    caption = ("Lidia Sorn, left, speaks with a harbour worker during a campaign stop in Porto "
               "Calme, Tuesday, March 12, 2024, in the rain by the fish market.")
    wide = [textwrap.fill(paragraph, 160) for paragraph in STORY + MORE_STORY]
    gallery = "\n".join([f"    {caption}", f"    {caption}", "", "Image 1 of 5", caption,
                         caption])
    text = page(MENU, gallery, "Marenia Elects Harbour Engineer as Governor in Upset", *wide,
                FOOTER)
    article = clean(text)
    assert caption not in article.text
    assert article.title == "Marenia Elects Harbour Engineer as Governor in Upset"
    assert all(paragraph in article.text for paragraph in wide)


def test_wrapped_gallery_caption_printed_twice_is_dropped_and_not_the_headline() -> None:
    # lynx wraps at 76 columns: the picture text and its caption repeat over several lines.
    caption = textwrap.fill(
        "An artist's drawing of the new levees along the delta at Ostra, seen from the river "
        "mouth at high tide in winter", 72)
    wrapped = [textwrap.fill(paragraph, 72) for paragraph in STORY + MORE_STORY]
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset",
                "By Ana Ruiz, March 12, 2024", f"{caption}\n{caption}\n(Image: Ana Ruiz)",
                *wrapped, FOOTER)
    article = clean(text)
    assert article.title == "Marenia Elects Harbour Engineer as Governor in Upset"
    assert caption.split("\n")[0] not in article.text
    assert all(paragraph in article.text for paragraph in wrapped)


def test_short_paragraphs_under_a_long_share_panel_keep_their_headline() -> None:
    # One or two sentences a paragraph (none long enough to be "good" alone), a sub-heading
    # that is a question, and a share panel of one button a block putting the headline more
    # than 40 blocks above the body.
    panel = [part for site in ("Email", "Facebook", "Messenger", "Twitter", "Pinterest",
                               "WhatsApp", "LinkedIn", "Reddit", "Telegram", "Threads")
             for part in ("□", site, f"Share this with {site}")]
    short = [sentence for paragraph in STORY for sentence in paragraph.split(". ")]
    short = [s if s.endswith(".") else s + "." for s in short]
    text = page(MENU, HEADLINE, "  • 12 March 2024", *panel, "Copy this link",
                "Media captionWho is Lidia Sorn?", *short[:3], "What did the commission say?",
                *short[3:], *[textwrap.fill(p, 72) for p in MORE_STORY], FOOTER)
    article = clean(text)
    assert article.title == HEADLINE
    assert article.text.startswith(short[0])
    assert "Share this with" not in article.text


def test_teasers_cut_short_and_form_fields_are_not_headlines() -> None:
    assert not looks_like_headline("Flood barrier opens on the delta as governor promises…")
    assert not looks_like_headline("Search the site ____________________ (BUTTON) Search")
    assert looks_like_headline("Flood barrier opens on the delta as governor keeps promise")


def test_columns_counts_wide_characters_twice() -> None:
    from inbrief.core.clean.counts import columns

    assert columns("Harbour") == 7
    assert columns("港の新しい堤防") == 14  # kana and ideographs
    assert columns("항구") == 4  # Hangul syllables
    assert columns("ＡＢ") == 4  # full-width forms
    assert columns("Café über") == 9  # accented Latin stays one column


COOKIE_DIALOG = [
    "This website uses cookies to improve your experience. We'll assume you're fine with "
    "this, but you can opt out if you wish. Accept Read More",
    "Privacy Overview",
    "This website uses cookies to improve your experience while you navigate through the "
    "website. Out of these cookies, the cookies that are categorised as necessary are stored "
    "on your browser as they are essential for the working of basic functionalities of the "
    "website. These cookies will be stored in your browser only with your consent.",
    "Necessary cookies are absolutely essential for the website to function properly. This "
    "category only includes cookies that ensure basic functionalities and security features "
    "of the website. These cookies do not store any personal information.",
    "Any cookies that may not be particularly necessary for the website to function and are "
    "used to collect personal data via analytics, ads and other embedded contents are termed "
    "non-necessary cookies. It is mandatory to procure user consent prior to running them.",
]


def test_a_cookie_dialog_longer_than_the_article_is_not_the_article() -> None:
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset",
                "By Ada Brennan", *STORY, FOOTER, *COOKIE_DIALOG)
    article = clean(text)
    assert article.text == "\n\n".join(STORY)
    assert "cookies" not in article.text


def test_an_article_about_cookie_rules_keeps_its_paragraphs() -> None:
    story = [
        "The provincial data office ruled on Tuesday that shops selling online in Marenia "
        "must ask before they store tracking cookies, a decision that affects some three "
        "thousand small businesses across the delta.",
        "Cookies that a shop needs to keep a basket are exempt, the office said, but those "
        "used for advertising will need the visitor's consent from the first of June.",
        *STORY[2:],
    ]
    text = page(MENU, "Marenia Tells Online Shops to Ask Before Tracking Visitors",
                "By Ada Brennan", *story, FOOTER)
    assert clean(text).text == "\n\n".join(story)


def test_a_forms_consent_box_is_a_notice_and_a_sentence_about_terms_is_prose() -> None:
    # A blog's sign-up form as Chromium copies it: its consent box, the one paragraph of prose
    # above the headline, had opened the body (and a button, "CHANGELOG ABONNIEREN", was the
    # title). In English, German and Spanish; a sentence on someone accepting terms is prose.
    from inbrief.core.clean.special_blocks import is_cookie_notice

    for box in ("I accept the privacy policy of the Harbour Blog and of our newsletter "
                "service. You can unsubscribe at any time by following the link in our emails.",
                "Ich akzeptiere die Datenschutzbestimmungen von Harbour und von unserem "
                "Newsletterdienst. Sie können sich jederzeit wieder austragen.",
                "[ ] I have read and agree to the Terms of Use",
                "Acepto la política de privacidad y los términos del boletín.",
                # A German cookie notice naming third parties (Viehbacher's).
                "Bitte beachten Sie, dass unser Internetauftritt sowohl eigene Cookies als "
                "auch Cookies von Drittanbietern verwendet"):
        assert is_cookie_notice(box), box
    for prose in ("I accepted the job because the harbour board's terms were fair, Brennan "
                  "said of her first year as engineer.",
                  "Ich stimme dem Plan zu, sagte die Gouverneurin am Dienstag im Hafen.",
                  *STORY):
        assert not is_cookie_notice(prose), prose


def test_a_one_sentence_lede_below_the_byline_stays_in_the_body() -> None:
    lede = "Marenia has a new governor, and she is a harbour engineer."
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset",
                "By Ada Brennan", "March 13, 2024", lede, *STORY, FOOTER)
    article = clean(text)
    assert article.text == "\n\n".join([lede, *STORY])
    assert article.author == "Ada Brennan"


TABLE = [
    "Party            Seats    Share    Change",
    "Harbour Party    41       46%      +12",
    "Delta Union      30       33%      -9",
    "Greens           12       13%      +1",
]


def test_a_table_of_figures_inside_the_article_is_kept() -> None:
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", "By Ada Brennan",
                *STORY[:2], "\n".join(TABLE), *STORY[2:], FOOTER)
    article = clean(text)
    assert article.text == "\n\n".join([*STORY[:2], "\n".join(TABLE), *STORY[2:]])


def test_a_table_row_with_no_break_spaces_by_its_tabs_is_a_row() -> None:
    # A browser's copy of a table whose cells end with no-break spaces (ADAC's): the rows
    # were short or bad blocks, half of the table dropped.
    for row in ("Harbour Ferry Basic\xa0\t350 €\xa0 \xa0 \xa0\tyes\t1,7",
                "Delta Ferry\xa0\t120 €\tno\xa0\t2,4"):
        assert table_row(row), row
    assert not table_row("The ferry\xa0costs 350 € and\xa0runs twice a day, the port said.")


def test_a_menu_laid_out_in_columns_is_no_table() -> None:
    columns = "Home      World      Business      Markets      Sport"
    assert not table_row(columns)  # no figure in it
    assert not table_row("Voters chose the engineer  by 41 seats to 30, ending two decades  of "
                          "rule by one party")  # long cells: prose
    assert table_row(TABLE[1])
    text = page(columns, MENU, "Marenia Elects Harbour Engineer as Governor in Upset",
                "By Ada Brennan", *STORY, columns, FOOTER)
    assert clean(text).text == "\n\n".join(STORY)


def test_teaser_links_between_the_paragraphs_are_dropped() -> None:
    teasers = ("  • Why the river delta floods more often than it did in the past and "
               "what the levees can do\n  • Harbour workers vote on a strike over pay and the "
               "new shift rotas at the port")
    points = ("  • The levees along the delta will be rebuilt within four years of her first "
              "budget.\n  • Every contract for the work will be published online within a week "
              "of signing.")
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", "By Ada Brennan",
                *STORY[:2], teasers, STORY[2], points, STORY[3], FOOTER)
    assert clean(text).text == "\n\n".join([*STORY[:3], points, STORY[3]])


def test_agency_photo_captions_between_the_paragraphs_are_dropped() -> None:
    captions = [
        "Lidia Sorn, left, speaks with harbour workers during a campaign stop in Porto Calme "
        "on Tuesday, March 12, 2024.",
        "This March 3, 2024, file photo shows the flooded river delta south of the capital.",
    ]
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", "By Ada Brennan",
                STORY[0], captions[0], *STORY[1:3], captions[1], STORY[3], FOOTER)
    assert clean(text).text == "\n\n".join(STORY)



def test_a_caption_saying_who_is_where_before_the_names_is_dropped() -> None:
    # The Grayzone's "(L-R) Mike Pompeo, ..." under the picture's name (its alt text, in lower
    # case), right above the standfirst.
    for opening in ("(L-R)", "From left:", "(v.l.n.r.)", "Left to right:"):
        caption = f"{opening} Lidia Sorn, Ada Brennan and Ines Calloway"
        text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset",
                    "By Ada Brennan", "sorn brennan calloway", caption, *STORY, FOOTER)
        assert clean(text).text == "\n\n".join(STORY), opening
    # Not a sentence that opens with the same words.
    prose = ("From left-wing parties came the loudest calls for an inquiry into the levees, "
             "which failed twice last winter.")
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", "By Ada Brennan",
                STORY[0], prose, *STORY[1:], FOOTER)
    assert prose in clean(text).text


def test_a_page_as_a_browser_copies_it_is_cleaned() -> None:
    # Chrome's select-all + copy (innerText): a menu's links one a line with no bullets and no
    # blank lines between them, the head's lines run together, the footer's links alike.
    # No line of them a known notice or button: only runs of short lines tell them apart.
    menu = "\n".join(("Meridian Courier", "Home", "World", "Business", "Markets",
                      "Technology", "Opinion", "Sport", "Culture"))
    footer = "\n".join(("Newsroom", "Archive", "Careers", "Our journalists", "Help"))
    headline = "Marenia Elects Harbour Engineer as Governor in Upset"
    head = "\n".join(("Politics", headline, "By Ada Brennan", "March 13, 2024"))
    text = "\n".join((menu, head, "", "\n\n".join(STORY), footer))
    article = clean(text)
    assert article.title == headline and article.author == "Ada Brennan"
    assert article.text == "\n\n".join(STORY)

# An article written a sentence a paragraph, as wire sites and broadcasters write it.
SHORT_PARAGRAPHS = [
    "Marenia's new governor has ordered an inquiry into the state of the delta's levees on "
    "her first day in office, her spokesman said on Wednesday evening in the capital.",
    "Lidia Sorn, a former harbour engineer, said the inquiry would report within ninety days "
    "and that its findings would be published in full, whoever they blamed.",
    "The levees failed twice last winter and flooded more than four thousand homes in the "
    "villages south of the capital.",
    "Engineers from three universities will walk every kilometre of the river banks.",
    "Their first report is due before the spring floods.",
]


def test_paragraphs_of_one_sentence_below_the_headline_are_the_body() -> None:
    # Each is too short to be prose on its own (near-good), and a link to another story sits
    # between them: together they are the article's opening, not a standfirst.
    link = "  • Profile: Lidia Sorn"
    text = page(MENU, "Marenia Governor Orders Inquiry Into Failed Levees", "By Ada Brennan",
                "Share this with Facebook", "Share this with Email", *SHORT_PARAGRAPHS[:3],
                link, *SHORT_PARAGRAPHS[3:], *STORY, FOOTER)
    assert clean(text).text == "\n\n".join([*SHORT_PARAGRAPHS, *STORY])


def test_a_lone_short_paragraph_between_share_buttons_stays_in_the_head() -> None:
    standfirst = "The engineer who won the governorship promises to rebuild the levees."
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset",
                "Share this with Facebook", "Share this with Email", standfirst,
                "Share this with Twitter", "[picture]", *STORY, FOOTER)
    assert clean(text).text == "\n\n".join(STORY)


GIFTS = [
    "1) A brass lantern from the harbour workshop",
    "https://shop.example/lantern",
    "[lantern-300x300]",
    "2) The delta flood atlas, second edition",
    "https://shop.example/atlas",
    "[atlas-300x200]",
    "3) A tide clock for the kitchen wall",
    "https://shop.example/tide-clock",
]


def test_a_numbered_list_introduced_by_a_colon_is_kept_whole() -> None:
    # Its items are short and link-like, and it runs on below the last paragraph of prose.
    intro = ("Marenia's shops have cut their prices for the weekend, and a few of the offers "
             "are worth a look for anyone who grew up by the delta. Here are our picks:")
    text = page(MENU, "Three Gifts for Anyone Who Grew Up by the Delta", "By Ada Brennan",
                *STORY[:2], intro, *GIFTS, "Most read", "  • Port strike enters second week",
                "  • Rates stay on hold as inflation cools", FOOTER)
    kept = [line for line in GIFTS if not line.startswith("[")]
    assert clean(text).text == "\n\n".join([*STORY[:2], intro, *kept])


def test_prose_going_on_below_a_list_the_run_took_in_is_kept() -> None:
    # brigitte.de: the numbered list of ten principles ends the run of prose above it, but a
    # paragraph and its own list of questions follow; they had been cut off with the page's
    # teasers below.
    intro = ("The governor's book sums up what the delta towns learned from the floods in a "
             "few short rules:")
    rules = ["1. Build high", "2. Watch the gauges", "3. Keep the pumps fuelled",
             "4. Share the sandbags", "5. Leave early"]
    after = ("With the following questions, every town can test whether its own plan is "
             "ready for the winter:")
    questions = ["  • Who reads the river gauges at night?",
                 "  • Where are the keys to the pump house kept?",
                 "  • Which road stays open when the north levee fails?"]
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", "By Ada Brennan",
                *STORY, intro, *rules, after, *questions, "Most read",
                "  • Port strike enters second week", "  • Rates stay on hold as inflation cools",
                FOOTER)
    assert clean(text).text == "\n\n".join([*STORY, intro, *rules, after, *questions])


def test_a_numbered_list_of_links_after_the_article_is_dropped() -> None:
    # No colon introduces it: the page's list of popular stories.
    popular = ["1. Port strike enters second week", "2. Rates stay on hold as inflation cools",
               "3. Five charts that explain the housing slump"]
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", "By Ada Brennan",
                *STORY, *popular, FOOTER)
    assert clean(text).text == "\n\n".join(STORY)


@pytest.mark.parametrize("order", ["up", "down"])
def test_a_list_article_s_numbered_headings_each_over_its_paragraph_are_kept(order: str) -> None:
    # "Four engineers who saved the delta": each a numbered heading over a paragraph on them
    # (one ending with the engineer's handle, no sentence's end); counting up or down.
    names = ["Lidia Sorn", "Tomas Vell", "Ines Maro", "Pieter Kalm"]
    numbers = range(1, 5) if order == "up" else range(4, 0, -1)
    parts = []
    for number, name, paragraph in zip(numbers, names, STORY, strict=True):
        parts += [f"{number}. {name}", paragraph if number != 2 else f"{paragraph} "
                  "Twitter: @delta_engineer"]
    text = page(MENU, "Four Engineers Who Saved the Delta", "By Ada Brennan", *parts, FOOTER)
    assert clean(text).text == "\n\n".join(parts)


def test_numbered_links_between_paragraphs_are_no_list_article_s_headings() -> None:
    # The items of a list of other stories stand one below the other, not each over a
    # paragraph; two numbered lines over paragraphs are too few to make a list article.
    popular = ["1. Port strike enters second week", "2. Rates stay on hold as inflation cools",
               "3. Five charts that explain the housing slump"]
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", "By Ada Brennan",
                *STORY[:2], *popular, *STORY[2:], FOOTER)
    assert clean(text).text == "\n\n".join(STORY)
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", "By Ada Brennan",
                STORY[0], popular[0], STORY[1], popular[1], *STORY[2:], FOOTER)
    assert clean(text).text == "\n\n".join(STORY)


def test_a_short_paragraph_between_teaser_links_inside_the_body_is_kept() -> None:
    line = '"Open the gates!" the engineer shouted.'
    teasers = ["  • Port strike enters second week", "  • Rates stay on hold as inflation cools"]
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", "By Ada Brennan",
                *STORY[:2], teasers[0], line, teasers[1], *STORY[2:], FOOTER)
    assert clean(text).text == "\n\n".join([*STORY[:2], line, *STORY[2:]])


def test_a_short_line_after_the_body_is_not_kept() -> None:
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", "By Ada Brennan",
                *STORY, "  • Port strike enters second week", "Thanks for reading.", FOOTER)
    assert clean(text).text == "\n\n".join(STORY)


def test_a_wire_lead_with_few_stop_words_opens_the_body() -> None:
    lead = ("PORTO CALME (Meridian Wire) — Marenian health authorities report sixth fatality "
            "linked to delta river fever.")
    text = page(MENU, "Sixth River Fever Death Reported in Marenia", "March 13, 2024",
                "  • Filed under: health, Marenia, river fever", lead, *STORY, FOOTER)
    article = clean(text)
    assert article.source == "Meridian Wire"
    assert article.text.startswith("Marenian health authorities report sixth fatality")
    assert article.text.endswith(STORY[-1])


def test_a_short_closing_sentence_ends_the_body() -> None:
    closing = "The count resumes on Monday."
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", "By Ada Brennan",
                *STORY, closing, FOOTER)
    assert clean(text).text == "\n\n".join([*STORY, closing])


@pytest.mark.parametrize("names", [1, 2])
def test_a_closing_sentence_past_a_pictures_name_ends_the_body(names: int) -> None:
    # A short post's picture between its paragraph and its closing line (jovelstefan.de):
    # its title of a few words, shown twice by w3m and lynx (title, then alternative text).
    closing = "Money well spent, even if the levee is no masterpiece!"
    picture = ["Harbour Levee 2 Pumps"] * names
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", "By Ada Brennan",
                *STORY, *picture, closing, "Tags: levee, harbour", FOOTER)
    assert clean(text).text.endswith(closing)


def test_a_credit_or_date_after_the_body_is_not_its_closing_sentence() -> None:
    for after in ("Ana Ruiz contributed to this report.", "Updated at 1:23 p.m."):
        text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset",
                    "By Ada Brennan", *STORY, after, FOOTER)
        assert clean(text).text == "\n\n".join(STORY)


def test_one_sentence_paragraphs_split_by_teaser_links_are_one_group() -> None:
    # Two paragraphs, a link to another story, two more: too short on either side of the
    # link to be prose, together they are the article's opening.
    opening = [
        "Marenia's new governor has ordered an inquiry into the delta's failed levees on her "
        "first day in office.",
        "Lidia Sorn said the inquiry would report within ninety days and publish what it "
        "found in full, whoever it blamed.",
        "The levees failed twice last winter and flooded four thousand homes in the villages "
        "to the south.",
        "Engineers from three universities will walk every kilometre of the banks before the "
        "spring floods arrive.",
    ]
    text = page(MENU, "Marenia Governor Orders Inquiry Into Failed Levees", "By Ada Brennan",
                "Share this with Facebook", "Share this with Email", *opening[:2],
                "  • Port strike enters second week", *opening[2:],
                "  • Rates stay on hold as inflation cools", *STORY, FOOTER)
    assert clean(text).text == "\n\n".join([*opening, *STORY])


def test_a_line_the_renderer_wrapped_in_an_unwrapped_page_stays_with_its_paragraph() -> None:
    # Too few long lines to tell the wrap width by; the second line opens in lower case.
    wrapped = ("Lidia Sorn, who in 2019 won the engineering society's medal for her work on "
               "the northern dykes, has taken to her campaign page to\n"
               "share photographs of the damaged levees.")
    short_story = [
        "She posted them on Tuesday, a day after her inquiry began, and the pictures show "
        "deep cracks along the levee south of the capital.",
        "Her office said that more photographs would follow after the inquiry's first visit "
        "to the delta villages next week.",
    ]
    text = page(MENU, "Governor Shares Photographs of Damaged Levees", "By Ada Brennan",
                "[picture]", wrapped, "[picture]", short_story[0], "[picture]",
                short_story[1], "[picture]", "Share this with Email", FOOTER)
    assert clean(text).text == "\n\n".join([wrapped, *short_story])


def test_bulleted_sentences_introduced_by_a_colon_are_kept_even_below_the_prose() -> None:
    intro = ("The inquiry's first report, published on Friday, lists what went wrong along "
             "the delta last winter. Among its findings:")
    points = ["  • The north levee was never inspected.", "  • Two pumps had no fuel.",
              "  • The alarm sirens were switched off.", "  • Nobody read the river gauges."]
    text = page(MENU, "Marenia Levee Inquiry Lists Failures", "By Ada Brennan", *STORY,
                intro, *points, FOOTER)
    assert clean(text).text == "\n\n".join([*STORY, intro, *points])


def test_a_short_sentence_closing_a_list_at_the_article_s_end_is_kept() -> None:
    # A magazine's list ends the article and a question closes it; the list's items and the
    # picture below made it bad among its neighbours, and it was dropped.
    intro = ("The inquiry's first report, published on Friday, lists what went wrong along "
             "the delta last winter. Among its findings:")
    points = ["  • The north levee was never inspected.", "  • Two pumps had no fuel.",
              "  • The alarm sirens were switched off.", "  • Nobody read the river gauges."]
    closing = "So, will the board listen this time?"
    text = page(MENU, "Marenia Levee Inquiry Lists Failures", "By Ada Brennan", *STORY,
                intro, *points, closing, "Levee: north bank", "© Meridian Wire", FOOTER)
    assert clean(text).text == "\n\n".join([*STORY, intro, *points, closing])
    # A line of a few words below the list is no sentence closing it.
    text = page(MENU, "Marenia Levee Inquiry Lists Failures", "By Ada Brennan", *STORY,
                intro, *points, "Read more on the floods", "© Meridian Wire", FOOTER)
    assert clean(text).text == "\n\n".join([*STORY, intro, *points])


def test_bulleted_parts_of_one_sentence_introduced_by_a_colon_are_kept() -> None:
    # A farm magazine's and an internet draft's lists: one sentence cut at its commas into
    # bullets, some of two words; only its last point, a sentence, had been kept.
    intro = ("The inquiry's first report, published on Friday, says the board should check "
             "along the delta every spring:")
    points = ["  • the height of the north levee,", "  • its pumps,",
              "  • the fuel stored beside them, and", "  • the river gauges."]
    text = page(MENU, "Marenia Levee Inquiry Lists Failures", "By Ada Brennan", *STORY,
                intro, *points, STORY[0], FOOTER)
    assert clean(text).text == "\n\n".join([*STORY, intro, *points, STORY[0]])
    # Bulleted links that end with no full stop stay out, commas or not.
    links = ["  • Port strike enters second week,", "  • Rates stay on hold,",
             "  • Five charts on the housing slump"]
    text = page(MENU, "Marenia Levee Inquiry Lists Failures", "By Ada Brennan", *STORY,
                intro, *links, FOOTER)
    assert "Port strike" not in clean(text).text


def test_bulleted_links_below_a_colon_are_no_list_of_the_article() -> None:
    intro = ("The inquiry's first report, published on Friday, lists what went wrong along "
             "the delta last winter. Read our earlier coverage:")
    links = ["  • Port strike enters second week", "  • Rates stay on hold as inflation cools",
             "  • Five charts that explain the housing slump"]
    text = page(MENU, "Marenia Levee Inquiry Lists Failures", "By Ada Brennan", *STORY,
                intro, *links, FOOTER)
    assert "Port strike" not in clean(text).text


QUOTES = [
    "A harbour is only as safe as the wall that nobody thinks about until the winter storm "
    "comes in from the sea.",
    "Rivers remember where they used to run, and sooner or later they go back there to "
    "look for it again.",
    "Every levee is a promise made by one generation to the next, and it is kept in mud.",
]


def test_cards_of_other_posts_below_a_you_may_like_heading_are_dropped() -> None:
    # Each card: its picture, its share buttons and its text; the label comes back per card.
    cards: list[str] = []
    for number, quote in enumerate(QUOTES):
        cards += [f"[card-{number}]", "Whatsapp   Facebook   Pin   Download", quote]
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", "By Ada Brennan",
                *STORY, "[advert]", "You may like...", *cards, FOOTER)
    assert clean(text).text == "\n\n".join(STORY)


def test_cards_each_under_a_headline_of_its_own_below_a_more_heading_are_dropped() -> None:
    # Each card: its story's headline and teaser, no label shown again on every card.
    titles = ["Harbour walls Why nobody talks about them", "Rivers Where they ran before",
              "Levees A promise kept in mud"]
    cards = [part for title, quote in zip(titles, QUOTES, strict=True) for part in (title, quote)]
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", "By Ada Brennan",
                *STORY, "more stories", "Other Opinion Columns", *cards, FOOTER)
    assert clean(text).text == "\n\n".join(STORY)


def test_article_paragraphs_below_a_related_heading_are_kept() -> None:
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", "By Ada Brennan",
                *STORY[:2], "Related stories", "[picture]", *STORY[2:], FOOTER)
    assert clean(text).text == "\n\n".join(STORY)


def test_a_caption_run_into_its_picture_and_printed_again_is_dropped() -> None:
    captions = ["The new levee at dusk[levee-300x200]", "The new levee at dusk"]
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", "By Ada Brennan",
                *STORY[:2], *captions, *STORY[2:], FOOTER)
    assert clean(text).text == "\n\n".join(STORY)


def test_a_sub_heading_with_a_footnote_mark_is_no_caption() -> None:
    heading = "What the engineers found[1]"
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", "By Ada Brennan",
                *STORY[:2], heading, *STORY[2:], FOOTER)
    assert clean(text).text == "\n\n".join([*STORY[:2], heading, *STORY[2:]])


def test_the_notes_the_article_cites_are_kept() -> None:
    cited = ("The levees failed twice last winter^[1], and the inquiry found that the pumps "
             "had been left without fuel for most of the season^[2], its report says.")
    notes = ["[1] Marenia Water Board, Winter flood report, 2024, pp. 4-9.",
             "[2] Delta Inquiry, First findings, March 2024."]
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", "By Ada Brennan",
                *STORY, cited, *notes, FOOTER)
    assert clean(text).text == "\n\n".join([*STORY, cited, *notes])


def test_numbered_links_in_brackets_are_no_notes_without_a_citation() -> None:
    links = ["[1] Port strike enters second week", "[2] Rates stay on hold as inflation cools"]
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", "By Ada Brennan",
                *STORY, *links, FOOTER)
    assert clean(text).text == "\n\n".join(STORY)


@pytest.mark.parametrize("label", ["Read also:", "Lue myös:", "Czytaj także:", "関連記事"])
def test_a_related_heading_inside_the_body_goes_with_its_link(label: str) -> None:
    # A heading of other articles alone on its line, in any language it is known in, and the
    # link's title below it (Uusi Suomi's "Lue myös:" in the middle of the story).
    link = "Harbour towns count the cost of the winter floods"
    text = "\n\n".join([MENU, "Marenia Elects Harbour Engineer as Governor in Upset",
                        "By Ada Brennan", STORY[0], STORY[1], label, link, *STORY[2:], FOOTER])
    kept = clean_article(Article(text=text)).article.text
    assert label not in kept
    assert link not in kept
    assert STORY[1] in kept and STORY[2] in kept


def test_a_tag_under_a_pasted_pages_headline_is_left_out() -> None:
    # Uusi Suomi in a browser's copy: headline, date line, the story's section tags, the body.
    head = "\n".join(["Marenia Elects Harbour Engineer as Governor in Upset",
                      "12.3.2024 16:20", "Politiikka", "EU"])
    text = "\n\n".join([MENU, head, *STORY, FOOTER])
    cleaned = clean_article(Article(text=text)).article
    assert cleaned.text.startswith(STORY[0])
    assert cleaned.published == "2024-03-12"
    # A line of three words or one with a digit is not taken for a tag.
    for kept in ("Harbour Engineer Wins", "Lidia Sorn 2024"):
        text = "\n\n".join([MENU, "Marenia Elects Harbour Engineer as Governor in Upset",
                            kept, *STORY, FOOTER])
        assert kept in clean_article(Article(text=text)).article.text


def test_a_wire_dateline_on_three_lines_of_a_browsers_copy_is_lifted() -> None:
    # CNN copied from Chromium: "New York", "CNN", "—" on lines of their own above the body.
    head = "\n".join(["Marenia Elects Harbour Engineer as Governor in Upset",
                      "By Ada Brennan", "Porto Calme", "CNN", " — "])
    cleaned = clean_article(Article(text="\n\n".join([MENU, head, *STORY, FOOTER]))).article
    assert cleaned.text.startswith(STORY[0])
    assert cleaned.source == "CNN"


def test_a_players_list_of_clips_above_the_body_is_furniture() -> None:
    # CNN copied from a browser: under the byline, clips of a player, each its picture's name,
    # its title and its length; the last clip's picture caption is a sentence. Each length
    # took for a date under a title; the clips' titles, repeated in the lead, won the headline.
    clips = []
    for number, title in enumerate([
            "Governor Sorn answers questions on the harbour levy",
            "Brennan says the delta towns will not pay twice",
            "Watch the flood barrier close for the first time",
            "Lidia Sorn thanks voters in the harbour districts",
            "Delta towns count the cost of the winter floods",
            "Why the harbour levy split the provincial assembly",
            "Fishermen unload at the ferry ramp behind lorries",
            "The old stone pier will be rebuilt by next spring"]):
        clips += [f"sorn clip {number}", title, f"0{number + 1}:2{number}"]
    # The player shows them twice, the second time with two pictures' captions: the dateline
    # below them is past the first 40 lines of the head.
    again = list(clips)
    again[0] = ("Governor Lidia Sorn speaks to supporters in Porto Calme after the count on "
                "Tuesday, March 12, 2024, during a rally of the harbour districts.")
    again[3] = ("PORTO CALME, MARENIA - MARCH 12: Ada Brennan answers questions in front of the "
                "provincial assembly as the count of the governor race goes on.")
    head = "\n".join(["Marenia Elects Harbour Engineer as Governor in Upset", "By Ada Brennan",
                      "Updated 4:48 PM EST, Tue March 12, 2024", *clips, *again, "Porto Calme",
                      "CNN", " — "])
    cleaned = clean_article(Article(text="\n\n".join([MENU, head, *STORY, FOOTER]))).article
    assert cleaned.title == "Marenia Elects Harbour Engineer as Governor in Upset"
    assert cleaned.text.startswith(STORY[0])
    assert cleaned.source == "CNN"
    from inbrief.core.clean.headline import is_signal

    assert not is_signal("02:32")
    assert is_signal("Updated 02:32")


def test_video_cards_classes_each_clip_of_a_list_bad_and_no_single_length() -> None:
    from inbrief.core.clean.special_blocks import video_cards

    texts = ["Marenia Elects Harbour Engineer", "By Ada Brennan", "sorn clip",
             "Governor Sorn answers questions", "02:32", "brennan clip",
             "Brennan says the towns will not pay twice", "01:14", "barrier clip",
             "Watch the flood barrier close", "03:04", STORY[0]]
    raw = ["short"] * (len(texts) - 1) + ["good"]
    video_cards(texts, raw)
    assert raw[:2] == ["short", "short"]  # the headline and byline above the list
    assert set(raw[2:11]) == {"bad"}
    assert raw[11] == "good"
    # One clip's length alone is no list.
    texts = ["Marenia Elects Harbour Engineer", "sorn clip", "Governor Sorn answers", "02:32",
             STORY[0]]
    raw = ["short"] * 4 + ["good"]
    video_cards(texts, raw)
    assert "bad" not in raw


# A local station's mega-menu copied from a browser: each card's title runs into its teaser
# with no space ("... To 250,000The state of ..."), one card a line, menu labels between.
RUN_IN_CARDS = [
    "Harbour Police Arrest Two After Death Of Delta College Student-AthleteA 24-year-old "
    "woman and a 28-year-old man have been arrested in connection with the death.",
    "Diners Leave Without Paying $690 Bill At Porto Calme SteakhouseA party of six left the "
    "restaurant without paying their bill after a long dinner on Saturday.",
    "Marenia To Mail Redistricting Panel Applications To 250,000The province will mail "
    "250,000 applications asking voters to serve on a new commission for the maps.",
    "Weather", "More Weather", "School Closings", "Local Radars", "Weather Videos",
    "Delta Forecast For Wednesday, March 13 (This Morning)Some sunshine by the end of the "
    "day with light winds from the sea.",
    "Is Violence In Provincial Football On The Rise?Violence is part of the game in many "
    "sports but one player crossed a line that caught the attention of the police.",
]


def test_cards_whose_titles_run_into_their_teasers_are_furniture() -> None:
    # CBS Detroit copied from Chromium: the cards, prose to a count of words and stop words,
    # made the article's run, and its headline was lost (title empty, body precision 0.18).
    head = "\n".join(["Marenia Elects Harbour Engineer as Governor in Upset",
                      "March 12, 2024 at 9:45 am"])
    text = "\n".join([MENU, *RUN_IN_CARDS, "More", head, "", "\n\n".join(STORY), "", FOOTER])
    cleaned = clean_article(Article(text=text)).article
    assert cleaned.title == "Marenia Elects Harbour Engineer as Governor in Upset"
    assert cleaned.text.startswith(STORY[0])
    assert "Steakhouse" not in cleaned.text and "Redistricting" not in cleaned.text


def test_run_in_card_needs_a_title_cased_title_and_a_sentence_after_it() -> None:
    from inbrief.core.clean.special_blocks import run_in_card, run_in_cards

    assert run_in_card(RUN_IN_CARDS[2])
    assert run_in_card(RUN_IN_CARDS[-1])  # joined after a question mark
    # Names and brands written in camel case are no join; nor is a sentence-case line.
    for text in ("Apple Unveils Its New MacBook Pro hit a maximum of 44 dBa in our tests today",
                 "Fleetwood Mac Together With Michael McDonald for the first time in years",
                 "Apple AirPods & AirPods Pro on sale from $145 at the usual shops",
                 "The harbour engineer wonGovernor Sorn said the levees would be rebuilt soon"):
        assert not run_in_card(text)
    # Two such cards make no list: an article may run a heading into its paragraph once.
    texts = [RUN_IN_CARDS[0], RUN_IN_CARDS[1], STORY[0]]
    raw = ["good"] * 3
    run_in_cards(texts, raw)
    assert raw == ["good"] * 3
    texts = [RUN_IN_CARDS[0], "Weather", RUN_IN_CARDS[1], RUN_IN_CARDS[2], STORY[0]]
    raw = ["good", "short", "good", "good", "good"]
    run_in_cards(texts, raw)
    assert raw == ["bad", "short", "bad", "bad", "good"]


DOUBLED_CARDS = [
    "Ferry Fares Rise Again As Fuel Costs Climb Along The Coast Ferry Fares Rise Again As Fuel "
    "Costs Climb Along The Coast",
    "Delta Farmers Count The Cost Of A Wet Spring On The River Delta Farmers Count The Cost Of …",
    "Port Workers Vote On A New Contract After Weeks Of Talks Port Workers Vote On A New "
    "Contract After Weeks Of Talks",
    "Harbour Levy Splits The Provincial Assembly Ahead Of The Budget Harbour Levy Splits The …",
]


def test_cards_whose_titles_are_said_twice_on_their_line_are_furniture() -> None:
    # Deadline copied from Chromium: each card's title as its picture's caption and as its
    # link, the second cut short; the cards made the article's run, the podcast's page lost.
    cards = "\n".join(card for card in DOUBLED_CARDS for _ in range(2))
    head = "\n".join(["Marenia Elects Harbour Engineer as Governor in Upset",
                      "By ADA BRENNAN, Executive Editor | Tuesday March 12, 2024 @ 6:43pm"])
    text = "\n\n".join([MENU, cards, head, *STORY, FOOTER])
    cleaned = clean_article(Article(text=text)).article
    assert cleaned.title == "Marenia Elects Harbour Engineer as Governor in Upset"
    assert "Ferry Fares" not in cleaned.text and STORY[-1] in cleaned.text


def test_doubled_title_needs_the_same_words_twice_and_four_of_them() -> None:
    from inbrief.core.clean.special_blocks import doubled_title

    assert all(doubled_title(card) for card in DOUBLED_CARDS)
    for text in ("Ada Brennan Ada Brennan",  # a byline twice: too short
                 "3/09/15 8:00am 3/09/15 8:00am",
                 STORY[0], "The harbour vote that split a city and the city that split the…"):
        assert not doubled_title(text), text


def test_runs_of_groups_indexes_no_further_apart_than_the_gap() -> None:
    from inbrief.core.clean.special_blocks import runs_of

    assert list(runs_of([1, 2, 9, 10, 14, 20], 4)) == [[1, 2], [9, 10, 14], [20]]
    assert list(runs_of([], 4)) == []
    assert list(runs_of([7], 0)) == [[7]]


@pytest.mark.parametrize("where", [0, 2])
def test_a_box_of_links_under_a_more_heading_set_into_the_body_is_dropped(where: int) -> None:
    # Slate in a browser's copy: "More on Slate Book Review" and four titles of other stories
    # between the picture's caption and the first paragraph; such boxes also stand between
    # two paragraphs.
    box = ["More on Marenia Politics", "How the Delta Towns Rebuilt Their Levees",
           "The 50 Best Harbour Photographs of the Year",
           "Ferry Fares Rise Again as Fuel Costs Climb"]
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset",
                "The former harbour engineer beat the ruling party's candidate by nine points",
                "By Ada Brennan", "March 12, 2024", "Lidia Sorn in 1987.",
                "Photo illustration by Meridian. Photo by Ana Ruiz.", *STORY[:where], *box,
                *STORY[where:], FOOTER)
    kept = clean(text).text
    assert "\n\n".join(STORY) in kept.replace("\n\n".join(box) + "\n\n", "")
    assert not any(line in kept for line in box)
    # One title under the heading is left to the rules for a single link; a heading over
    # sentences of the article's own is kept with them.
    own = ["More on the count", "The count took three days.", "Observers praised it."]
    text = page(MENU, "Marenia Elects Harbour Engineer as Governor in Upset", "By Ada Brennan",
                *STORY[:2], *own, *STORY[2:], FOOTER)
    assert "The count took three days." in clean(text).text


def test_teasers_above_a_long_menu_in_a_browsers_copy_are_not_the_articles_head() -> None:
    # A browser copies a menu an item a line, with no bullets; a box of teasers above it,
    # each a title and a sentence or two, outweighed the menu's short lines, and the article
    # run opened at the teasers: the headline, below them, was not looked for.
    teasers = [
        ("\"I stopped blaming myself\"",
         "A designer posts photos of herself in clothes that are too tight, because the makers "
         "sell no larger sizes. Her success shows how many women feel the same."),
        ("The man outside the embassy",
         "For more than a thousand days a teacher has waited outside the embassy for his wife "
         "to come home. A report on his fight and on the people who help him."),
        ("\"The money has to come from somewhere\"",
         "What people under thirty can expect from the pension system, explained by an "
         "economist who has studied it for decades. An interview about work and age."),
        ("The harbour master's last winter",
         "After forty years on the quay the harbour master of Porto Calme retires. He "
         "remembers the storms, the strikes and the night the old lighthouse burned down."),
        ("\"Nobody wants a grumbler\"",
         "The minister for families explains how her party wants to win back the voters of "
         "the delta, and with whom she would govern if the polls are right this time."),
    ]
    menu = "\n".join([
        "Magazine", "Newspaper", "Jobs", "Homes", "Politics", "Business", "All", "Money",
        "Opinion", "World", "Sport", "Porto Calme", "All", "Delta", "North Coast", "Islands",
        "Culture", "All", "Science", "Health", "Digital", "Careers", "Education", "Travel",
        "Cars", "more…"])
    article = clean(page(
        "Signed in as", "Readers recruit readers", "The best of the paper",
        *(part for teaser in teasers for part in teaser), menu, "Close",
        f"Home\n>\nPolitics\n>\n{HEADLINE}", "March 12, 2024, 5:28 am", HEADLINE,
        *STORY, *MORE_STORY[:2], "About us\nContact\nPrivacy policy\nTerms of use\nHelp"))
    assert article.title == HEADLINE
    assert article.text.startswith(STORY[0])
    assert "grumbler" not in article.text and "Careers" not in article.text


def test_a_closing_sentence_past_a_pictures_name_ends_a_short_post() -> None:
    # A one-paragraph post, the picture's title, then its closing line (a browser's copy):
    # the closing line, two blocks below the paragraph, was left out with the tags.
    post = ("Sometimes the day surprises you with a small joy. Walking through the old harbour "
            "quarter last week, I saw a long string hanging from a fourth-floor balcony, with "
            "a basket at its end and a note: one drawing for twenty cents, coins in the basket.")
    closing = "Twenty cents well spent, even if the drawing is no masterpiece!"
    article = clean(page(
        "Blog\nArchive\nBooks\nVideos\nPrivacy\nContact", "Small joys",
        "11.09.2011, 16:20 by harbourblog", post, "20 cents 1 drawing", closing,
        "Tags: drawing, cents, harbour", "Comments feed | Comments closed | Trackback URL",
        "« Welcome, new neighbours!\nNews from the inbox »", "3 Comments",
        "Pingback from Bookmarks | 11.09.2011 23:31",
        "[…] Small joys – harbourblog – Walking through the old harbour quarter last week, I "
        "saw a long string hanging […]"))
    assert article.text.startswith(post)
    assert article.text.endswith(closing)
    # Not past a heading ending with a colon, nor to a line of a few words.
    for after in ("Produced by:", "Read this too."):
        text = clean(page(MENU, HEADLINE, *STORY, "Alec Baldwin", after, FOOTER)).text
        assert text == "\n\n".join(STORY), after


def test_an_authors_box_below_the_summary_names_the_author_and_leaves_the_body() -> None:
    # SZ's layout as a browser copies it: the summary's sentences open the body, then the
    # byline, the author's name alone, a paragraph on the author and its links.
    summary = ("Harbour towns fear the new timetable will cost them their ferries. The plan "
               "helps neither the islands nor the climate, their mayors say.")
    bio = ("Ada Brennan joined the Meridian Wire in 2001. She studied economics in Porto "
           "Calme and covered energy for ten years before she moved to the capital in 2013, "
           "where she has written on transport and farming since 2016.")
    box = ["By Ada Brennan, Porto Calme", "Ada Brennan", bio, "Follow on Twitter\nSend an email"]
    # The summary right below the headline is its standfirst; so it is below a standfirst
    # and a caption too.
    article = clean(page(MENU, HEADLINE, summary, *box, *STORY, FOOTER))
    assert article.author == "Ada Brennan"
    assert article.text == "\n\n".join(STORY)
    standfirst = "Ferries, now on the new timetable too: the islands want their own."
    caption = "The ferry to the islands in Porto Calme. (Photo: Ana Ruiz/Meridian Wire)"
    article = clean(page(MENU, HEADLINE, standfirst, caption, summary, *box, *STORY, FOOTER))
    assert article.author == "Ada Brennan"
    assert article.text == "\n\n".join(STORY)


GERMAN_STORY = [
    "Die Wähler in der Küstenprovinz Marenia haben am Dienstag eine neue Gouverneurin "
    "gewählt und damit zwei Jahrzehnte der Herrschaft derselben Partei beendet, nach einem "
    "Wahlkampf, in dem es vor allem um die Mieten und die Überschwemmungen im Delta ging.",
    "Die Siegerin, die frühere Hafeningenieurin Lidia Sorn, hat versprochen, die Deiche des "
    "Deltas innerhalb von vier Jahren neu zu bauen und jeden Vertrag dafür im Netz zu "
    "veröffentlichen.",
    "Die Wahlbeteiligung war die höchste seit dreißig Jahren, wie die Wahlkommission am "
    "Donnerstag mitteilte, und in der Hauptstadt standen die Menschen bis spät am Abend an.",
]


def test_a_date_of_numbers_above_the_headline_is_read_in_the_pages_language() -> None:
    # "05/08/2019" is 5 August in German (day first); in English it may be either.
    german = clean(page(MENU, "Politik", "05/08/2019",
                        "Marenia wählt eine Hafeningenieurin zur Gouverneurin",
                        *GERMAN_STORY, FOOTER))
    assert german.title == "Marenia wählt eine Hafeningenieurin zur Gouverneurin"
    assert german.published == "2019-08-05"
    english = clean(page(MENU, "Politics", "05/08/2019", HEADLINE, *STORY, FOOTER))
    assert english.title == HEADLINE
    assert english.published is None


def test_a_galleries_lone_bullets_in_the_head_leave_room_to_reach_the_dateline() -> None:
    # lynx prints a gallery's empty items as bullets alone on their lines between the
    # headline and the body: the head's scan reached its line limit on them, and the wire
    # dateline opening the body ("PORTO CALME (AP) — ...") was left in the text.
    bullets = "\n".join(["     *"] * 40)
    article = clean(page(MENU, HEADLINE, "   Ada Brennan, Associated Press",
                         "   Updated 12:24 am EST, Wednesday, March 13, 2024", bullets,
                         f"PORTO CALME (AP) — {STORY[0]}", *STORY[1:], FOOTER))
    assert article.text.startswith(STORY[0])
    assert article.source == "AP"


def test_labelled_cards_of_other_stories_closing_the_run_are_dropped() -> None:
    # Below the article, with no "More" heading: each card its section's label, headline and
    # a one-sentence teaser (a browser's copy of futurezone.at).
    cards = ["Harbour", "Ferry strike ends after nine days",
             "The union and the port authority agreed on a new contract late on Sunday.",
             "Business", "Delta farmers ask for flood insurance",
             "A group of rice farmers wants the province to insure their fields.",
             "Business", "Marenia's bonds rally after the vote",
             "Investors welcomed the new governor's promise to publish every contract."]
    article = clean(page(MENU, HEADLINE, *STORY, *cards, FOOTER))
    assert article.text == "\n\n".join(STORY)
    # An article's last sections, each under its subheading, stay.
    sections = [
        "What comes next",
        "Sorn will name her cabinet within two weeks, her office said on Wednesday, and the "
        "first bill she sends to the assembly will be the levee plan she campaigned on.",
        "Who lost",
        "The party that ruled the province for twenty years lost half of its seats, and its "
        "leader said on Wednesday morning that she would step down before the summer.",
        "Who voted",
        "Turnout among voters under thirty doubled, the commission said, and in the delta's "
        "towns more people voted than at any election since the province was founded."]
    article = clean(page(MENU, HEADLINE, *STORY, *sections, FOOTER))
    assert article.text.endswith(sections[-1])


def test_a_cookie_dialog_below_the_footer_and_a_plain_list_in_the_article() -> None:
    # A browser's copy: a list an item a line below its colon (no bullets), then the page's
    # footer and its cookie dialog, whose paragraphs explain cookies at length. The dialog's
    # prose had carried the run over the footer; without it, the run had ended at the colon.
    services = "\n".join([
        "Tax returns for people who live abroad",
        "Planning for inheritance and gifts",
        "Advice on property and investments",
        "Representation before the tax courts"])
    dialog = [
        "Please note: this website uses cookies, its own and those of third parties.",
        'By clicking "I agree" or by going on using our website you give your permission '
        "for cookies to be stored on your computer.",
        "I agree.", "What are cookies?",
        "A cookie is a small text file that is stored on your computer when you visit a "
        "website. It holds what you chose on the site and lets the site recognise your "
        "computer the next time you come back, so that you need not choose again.",
        "Third-party cookies",
        "Our website also uses the cookies of a service that counts its visitors. The service "
        "learns which pages you read, how long you stay on each of them and which page you "
        "came from, and it keeps what it learns for two years on its own computers.",
        "How can I turn cookies off?",
        "Most browsers accept cookies unless you tell them not to. If you do not agree to "
        "their use, your browser's help pages explain how to refuse them, and how to delete "
        "the ones that are already stored on your computer from earlier visits."]
    listed = f"Our advice for private clients covers the following:\n{services}"
    text = page(MENU, HEADLINE, *STORY, listed,
                "Imprint\nPrivacy\nMarenia Tax Advisers\nHarbour Square 3", "© 2016", *dialog)
    assert clean(text).text == "\n\n".join([*STORY, listed])


def test_an_article_said_twice_is_kept_once() -> None:
    # A short wire story shown twice (its teaser above it is the whole text), between long
    # menus: both copies were dropped as a repeat, and with nothing left the whole page was
    # kept.
    story = " ".join(STORY)
    menu = "\n".join(f"  • {item} news" for item in (
        "Harbour", "Delta", "Islands", "Capital", "North", "South", "Coast", "Farming"))
    article = clean(page(MENU, menu, HEADLINE, story, "Ten free articles left this month.",
                         "12.10.2015, 19:16", story, menu, FOOTER))
    assert article.text == story


def test_a_german_wire_dateline_with_a_city_written_as_a_name_is_lifted() -> None:
    # German papers print dpa's dateline with the city as a name: "Frankfurt/Main (dpa) - ".
    for dateline, agency in (("Frankfurt/Main (dpa) - ", "dpa"), ("Paris (AFP) – ", "AFP")):
        article = clean(page(MENU, "Marenia wählt eine Hafeningenieurin zur Gouverneurin",
                             dateline + GERMAN_STORY[0], *GERMAN_STORY[1:], FOOTER))
        assert article.source == agency
        assert article.text.startswith(GERMAN_STORY[0])
    # A company's ticker in brackets is no agency.
    lead = f"Apple (AAPL) - {STORY[0]}"
    article = clean(page(MENU, HEADLINE, lead, *STORY[1:], FOOTER))
    assert article.text.startswith(lead) and article.source == ""


def test_a_first_published_line_is_furniture_and_its_date_still_read() -> None:
    # Below the body ("First Published on Nov 20, 2019 01:38 pm", Moneycontrol) the line is
    # furniture, classed bad; in the head it is the publication date.
    from inbrief.core.clean.block_kinds import Block, classify

    line = "First Published on Mar 13, 2024 01:38 pm"
    assert classify(Block(0, 0, line), frozenset(), 0.3, BoilerplateLines()) == "bad"
    assert classify(Block(0, 0, "First of all, the harbour."), frozenset(), 0.3,
                    BoilerplateLines()) != "bad"
    text = page(MENU, HEADLINE, "First Published: Wednesday, March 13, 2024 08:38 AM", *STORY,
                FOOTER)
    article = clean(text)
    assert article.published == "2024-03-13"
    assert article.text == "\n\n".join(STORY)


def test_aps_last_rule_and_the_line_for_readers_below_it_close_the_article() -> None:
    # AP parts an article's sections with "___" and puts a line for the reader below the last
    # one: the article ends above that one, its sections stay.
    sections = [*STORY, "___", *MORE_STORY]
    trailer = ("Catch up on the campaign with Meridian experts on our weekly politics "
               "podcast, “Harbour Talk.”")
    article = clean(page(MENU, HEADLINE, *sections, "___", trailer, FOOTER))
    assert article.text == "\n\n".join(sections)


def test_a_glued_role_and_a_writers_note_on_themselves_leave_the_body() -> None:
    # Forbes as a browser copies it: the role glued to the name ("Bruce Y. LeeSenior
    # Contributor"), the section, then the writer's note on themselves opening the body.
    bio = ("I am a writer, journalist, professor and systems modeler, not always in that "
           "order, and I cover the delta's health for the Meridian.")
    article = clean(page(MENU, HEADLINE, "Ana Ruiz", "Ana RuizSenior Contributor", "Healthcare",
                         bio, *STORY, FOOTER))
    assert article.author == "Ana Ruiz"
    assert article.text == "\n\n".join(STORY)


def test_a_long_web_address_alone_is_furniture_and_a_short_one_is_kept_between() -> None:
    # Deadline in lynx: a share button's frame address, broken at lynx's line ends, its slug's
    # words ("…-with-david-lieberman-and-the-…") read as prose rich in stop words; it was the
    # run, and the page kept nothing of its article.
    from inbrief.core.clean.block_kinds import Block, classify
    from inbrief.core.stopwords import stop_words

    address = ("http://www.facebook.com/plugins/like.php?href=http://www.meridian.example/2 "
               "024/03/the-harbour-vote-and-what-it-means-for-the-city-and-the-delta/&layout=butto "
               "n_count&show_faces=false&width=90&action=like&colorscheme=light&height= 22")
    stops = stop_words("en")
    assert classify(Block(0, 0, address), stops, 0.3, BoilerplateLines()) == "bad"
    # An offer's short link under its paragraph ("http://amzn.to/2iJFhRj") is short.
    assert classify(Block(0, 0, "http://amzn.example/2iJFhRj"), stops, 0.3,
                    BoilerplateLines()) == "short"


def test_a_byline_under_a_list_of_other_stories_in_the_head_names_no_author() -> None:
    # Libération: "Sur le même sujet" between the headline and the body, each other story
    # with its kicker, headline and byline ("Par Sébastien Farcis"): not this story's writer.
    related = ["More from Meridian", "• Reportage", "Ferry fares to be cut by half next spring",
               "By Ana Ruiz", "• Interview", "The river's new bridge opens after six years",
               "By Li Wei"]
    text = page(MENU, HEADLINE, "March 12, 2024", *related, *STORY, FOOTER)
    article = clean(text)
    assert article.author == ""
    assert article.published == "2024-03-12"
    # The source pane dims those bylines with the list, not as this story's byline.
    cleaned = clean_article(Article(text=text))
    kinds = {text[r.start:r.end].strip(): r.kind for r in cleaned.removed}
    assert kinds.get("By Ana Ruiz") == "related" and kinds.get("By Li Wei") == "related"
    # The story's own byline above the list still names its writer.
    article = clean(page(MENU, HEADLINE, "By Mara Quint", *related, *STORY, FOOTER))
    assert article.author == "Mara Quint"


def test_a_short_article_of_near_good_paragraphs_in_a_browsers_copy_is_found() -> None:
    # LinkNaija in Chromium: menus and lists one link a line, no bullets; the article three
    # short paragraphs, none long enough to count as good on its own: the page was taken for
    # no page, and every menu and list kept.
    menu = ["Home", "Latest News", "Entertainment", "Sports", "Politics", "Relationship",
            "Contact Us"]
    short = ["The harbour council voted on Tuesday to rebuild the old stone pier, which the "
             "storms of last winter damaged beyond repair.",
             "Work will start in the spring and take two years, the mayor said after the "
             "meeting in the town hall.",
             "The regional government will pay half of the cost, officials said, and the port "
             "will pay the rest from its fees."]
    footer = ["Popular Posts", "Ferry fares to be cut by half", "Random Posts", "About",
              "Disclaimer", "Privacy & Policy", "Contact Us"]
    article = clean("\n".join([*menu, HEADLINE, "October 06, 2018"]) + "\n\n"
                    + "\n\n".join(short) + "\n\n" + "\n".join(footer))
    assert article.text == "\n\n".join(short)
    assert article.title == HEADLINE


def test_a_breadcrumb_run_onto_the_headline_said_again_below_is_no_headline() -> None:
    from inbrief.core.clean.headline import pick_headline

    texts = [*MENU.split("\n"), f"HomeLatest News{HEADLINE}", HEADLINE, "October 06, 2018",
             *STORY]
    assert pick_headline(texts, texts.index(STORY[0])) == texts.index(HEADLINE)


CLIPS = [
    "Governor speaks to press for first time since the flood",
    "Engineer: I was concerned after the pump failed",
    "Council caught off guard by statement after hearing",
    "Lidia Sorn, governor of Marenia, speaks during a hearing of the provincial assembly on "
    "the levee contracts in Porto Calme on November 19, 2019.",
    "Minister takes a swipe at the council over the levee contracts",
]


def test_a_player_s_clips_run_into_the_body_above_cnn_s_dateline_are_dropped() -> None:
    # A browser's copy of a CNN page: each clip's title and its picture's caption a line of
    # its own, no blank line between, right above the story's "(CNN)President …".
    story = [f"(CNN){STORY[0]}", *STORY[1:]]
    text = "\n".join([*MENU.split("\n"), "Marenia Elects Harbour Engineer as Governor in Upset",
                      "Analysis by Ada Brennan, Meridian Editor-at-large", "",
                      "Updated 1909 GMT (0309 HKT) November 18, 2019", *CLIPS, *story,
                      *FOOTER.split("\n")])
    cleaned = clean_article(Article(text=text)).article
    kept = cleaned.text.split("\n")
    # (Clips above the body's first line a paragraph long stay in the head's scan.)
    assert kept[-len(STORY):] == STORY
    assert CLIPS[3] not in kept and CLIPS[4] not in kept
    assert cleaned.source == "CNN"


def test_a_paragraph_above_cnn_s_dateline_keeps_what_is_above_it() -> None:
    # A line of prose without a date among the lines above: the story's own, not a clip's.
    story = [f"(CNN){STORY[1]}", *STORY[2:]]
    text = "\n".join([*MENU.split("\n"), "Marenia Elects Harbour Engineer as Governor in Upset",
                      "Analysis by Ada Brennan, Meridian Editor-at-large", "",
                      "Updated 1909 GMT (0309 HKT) November 18, 2019", CLIPS[0], STORY[0],
                      *story, *FOOTER.split("\n")])
    kept = clean_article(Article(text=text)).article.text.split("\n")
    assert STORY[0] in kept


TEASERS = [
    "Harbour strike enters its second week as talks stall",
    "The dockers' union said on Monday that no new talks were planned before the weekend.",
    "Ferry fares to the islands will be halved next spring",
    "The island councils agreed to halve every fare from April.",
    "New bridge over the delta opens after six years",
]


def test_a_browsers_list_of_other_stories_under_the_article_ends_it() -> None:
    # Infobae in Chromium: the article's paragraphs a blank line apart, then "Seguir
    # leyendo:" / "Últimas Noticias" over teasers on the lines right below each other (no
    # bullet): they had stayed in the body.
    text = page(MENU, HEADLINE, *STORY, *MORE_STORY, "Latest news\n" + "\n".join(TEASERS),
                FOOTER)
    article = clean(text)
    assert article.text.endswith(MORE_STORY[-1])
    assert "Harbour strike" not in article.text


def test_a_box_of_links_set_into_the_body_does_not_end_it() -> None:
    # The same heading and list between the article's paragraphs, more of the article below.
    text = page(MENU, HEADLINE, STORY[0], "Related\n" + "\n".join(TEASERS[::2]), *STORY[1:],
                *MORE_STORY, FOOTER)
    assert clean(text).text.endswith(MORE_STORY[-1])


def test_a_box_of_other_stories_late_in_the_article_does_not_end_it() -> None:
    # WIRED in a real browser's copy: a "Most Popular" box three quarters down the story, its
    # cards on the lines right below each other, two more paragraphs of the story below it.
    box = "Most Popular\n" + "\n".join(["Gear", TEASERS[0], "Ada Brennan", "Business",
                                        TEASERS[2], "Li Wei"])
    body = [*STORY, *MORE_STORY]
    text = page(MENU, HEADLINE, *body[:-2], box, *body[-2:], FOOTER)
    assert clean(text).text.endswith(body[-1])
