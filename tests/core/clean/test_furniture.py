"""Tests for page furniture that a whole page pasted as plain text keeps between or after the
article's paragraphs: galleries, video players, credited captions, prompts (invented text)."""

from __future__ import annotations

import pytest
from page_parts import FOOTER, MENU, STORY

from inbrief.core.article import Article
from inbrief.core.clean import clean_article
from inbrief.core.clean.repeats import doubled, repeated_blocks
from inbrief.core.clean.rules import is_boilerplate
from inbrief.core.clean.special_blocks import frames, is_site_notice, is_video_label

HEADLINE = "Marenia Elects Harbour Engineer as Governor in Upset"


def page(*parts: str) -> str:
    """Return a pasted page: its parts separated by blank lines."""
    return "\n\n".join(parts)


def body(*parts: str) -> str:
    """Return the article text of a page: the headline dropped, paragraphs in a row."""
    return clean_article(Article(text=page(MENU, HEADLINE, *parts, FOOTER))).article.text


GALLERY_CAPTION = "Voters queue outside a school in Porto Calme on Tuesday evening."


def test_gallery_caption_printed_twice_and_its_title_are_dropped() -> None:
    # A gallery shows each picture's text and caption as one paragraph, and its title under
    # every picture.
    gallery = [f"{GALLERY_CAPTION} {GALLERY_CAPTION}", *["Marenia votes"] * 4]
    assert body(*STORY[:2], *gallery, *STORY[2:]) == "\n\n".join(STORY)


def test_what_repeats_in_an_article_stays() -> None:
    assert doubled(f"{GALLERY_CAPTION} {GALLERY_CAPTION}")
    assert not doubled(GALLERY_CAPTION)
    assert not doubled("Yes. Yes.")
    # An interview asks each guest the same question: a sentence, kept.
    question = "What made you start cooking at home?"
    texts = [question, STORY[0], question, STORY[1], question, STORY[2]]
    assert repeated_blocks(texts) == set()
    assert repeated_blocks([*texts, "Marenia votes", "Marenia votes", "Marenia votes"]) == {
        6, 7, 8}


def test_a_card_whose_title_is_said_twice_and_cut_short_the_third_time_is_dropped() -> None:
    # Lifehacker copied from Chromium: a card of another story as its picture's name, title
    # and link on one line, the last cut short inside a word, stood in the article.
    title = "How to Build an Easy Harbour Levy Portfolio"
    card = f"{title} {title} How to Build an Easy Harb"
    assert doubled(card)
    assert body(*STORY[:2], card, *STORY[2:]) == "\n\n".join(STORY)
    # Its teaser, cut short with "Read more" and the site's name (a zero-width space after
    # each dot) run into it, goes too: at the article's end it was its last paragraph.
    teaser = ("Many people never build a levee because it seems overly complicated. But if "
              "you want to keep the water out, … Read more harbour.\u200bexample.\u200bcom")
    assert body(*STORY, card, teaser) == "\n\n".join(STORY)
    # Said once and begun again, or a phrase repeated inside a sentence, is no card.
    assert not doubled(f"{title} How to Build an Easy Harb")
    assert not doubled("Build it, build it, build it again and the levee will hold, she said.")


def test_video_player_between_paragraphs_is_dropped() -> None:
    player = ["Video Ad Feedback", "Watch the new governor's first speech", "02:12",
              "Now playing", "Sorn answers questions about the levees", "01:47 - Source: MTV"]
    assert body(*STORY[:2], *player, *STORY[2:]) == "\n\n".join(STORY)


AGENCY_CAPTION = (
    "Lidia Sorn, the governor-elect of Marenia, waves to supporters from a stage set up on the "
    "quay of Porto Calme after the electoral commission announced the result on Tuesday "
    "evening, as members of her campaign team and her family stand behind her. "
    "(Photo by Ana Ruiz / MWA) (Photo by ANA RUIZ/MWA via Agencia Images)")
LEGEND = ("The delta's levees as the new plan would rebuild them: (1) the outer wall, (2) the "
          "pumping stations, (3) the overflow basins. Credit: Marenia Water Board")


def test_caption_closed_by_its_credit_is_dropped() -> None:
    assert body(*STORY[:2], AGENCY_CAPTION, *STORY[2:], LEGEND) == "\n\n".join(STORY)


def test_a_subheading_under_a_link_back_up_the_page_stays() -> None:
    # Each section of a long post ends with a link back up to its contents; the subheading
    # below one, a short paragraph and a credited caption under it took the link's class.
    subheading = "What the levees will cost"
    paragraph = ("The province has set aside 300 million crowns for the work, most of it for "
                 "the outer wall and the pumping stations at the mouth of the river.")
    caption = "Lidia Sorn thanks volunteers on the quay. Photo: Ana Ruiz/Meridian Wire"
    for back in ("Back to top", "Zurück zur Übersicht"):
        text = body(*STORY[:2], back, subheading, paragraph, caption, *STORY[2:])
        assert text == "\n\n".join([*STORY[:2], subheading, paragraph, *STORY[2:]]), back


def test_paragraph_naming_a_photo_stays() -> None:
    paragraph = ("Her campaign posted a photo of the flooded quay every morning, and the "
                 "picture of the broken levee became the symbol of the race. Credit where "
                 "it is due: the idea came from volunteers.")
    assert body(*STORY[:2], paragraph, *STORY[2:]) == "\n\n".join([*STORY[:2], paragraph,
                                                                     *STORY[2:]])


def test_paragraph_with_pictures_run_into_it_stays() -> None:
    # A text browser joins a paragraph and the pictures inside it into one block: two
    # credits in it, not one caption.
    paragraph = (f"{STORY[1]} The old levee in March. Image: Ana Ruiz The new levee as "
                 "drawn by the water board. Image: Ana Ruiz")
    assert body(STORY[0], paragraph, *STORY[2:]) == "\n\n".join([STORY[0], paragraph,
                                                                  *STORY[2:]])


def test_a_caption_ending_with_its_credit_is_dropped_and_the_standfirst_above_it_kept() -> None:
    # A browser's copy, its pictures hidden: a caption of several sentences ending with the
    # picture's credit (The Guardian's "Photograph: …", Politico's "| … /AP Photo"), as long
    # as a paragraph, between the standfirst and the body.
    standfirst = ("The former harbour engineer beat the ruling party's candidate by nine points "
                  "after a campaign fought over housing and floods.")
    for caption in (
            "Lidia Sorn greets supporters in Porto Calme on Tuesday night after the count. The "
            "harbour engineer had trailed in every poll of the campaign until its last week, "
            "when the floods reached the capital's old town. Photograph: Ana Ruiz/Reuters",
            "Lidia Sorn and her husband at the harbour in September, when her campaign began "
            "with a walk along the levees that failed last winter and a promise to rebuild "
            "them. | Ana Ruiz/AP Photo",
            "Lidia Sorn at the harbour in Porto Calme, where her campaign began in September "
            "with a walk along the levees that failed last winter Foto: Ana Ruiz"):
        assert body(standfirst, caption, *STORY) == "\n\n".join([standfirst, *STORY])
    # A paragraph closing with its pictures' credits in brackets (Gizmodo) is the article's.
    closing = (f"{STORY[3]} [Top Image: Ana Ruiz, Levee Image: Meridian Wire / Shutterstock, "
               "Map: Water Board]")
    assert body(*STORY[:3], closing) == "\n\n".join([*STORY[:3], closing])


PROMPTS = [
    "Ana Ruiz is a freelance reporter covering the delta and its floods for the Meridian.",
    "Email Ana Ruiz at ana@example.org or follow her on Twitter.",
    "Want more from the delta? Subscribe to our weekly magazine for the latest news!",
    "No spam, we promise. You can unsubscribe at any time.",
]
MORE_STORIES = [
    "Ferry fares to be cut by half next spring, the port authority says in its new plan.",
    "The river's new bridge opens after six years of work and two changes of contractor.",
]


def test_author_note_and_prompts_after_the_article_are_dropped() -> None:
    assert body(*STORY, *PROMPTS, "More from the Meridian", *MORE_STORIES) == "\n\n".join(STORY)
    # A name with a particle: "Marco di Stella", "Jan van der Berg".
    note = "Marco di Stella is a breaking news reporter for the Meridian, based in the capital."
    assert body(*STORY, note, *PROMPTS[1:], "More from the Meridian", *MORE_STORIES) == (
        "\n\n".join(STORY))
    # In German (CHIP's author box).
    note = "Ana Ruiz ist Head of Social & Community bei Meridian und testet gern Grills."
    assert body(*STORY, "Ana Ruiz", note, *PROMPTS[1:], "More from the Meridian",
                *MORE_STORIES) == "\n\n".join(STORY)


def test_an_authors_box_and_the_comments_after_the_article_are_dropped() -> None:
    # spektrum.de's SciLogs: the byline saying what it is, the writer's address, a paragraph
    # on the writer opening with the name; then the comments under a heading of two phrases
    # ("Kommentare Schreibe einen Kommentar").
    box = ["Published by Ana Ruiz", "www.anaruiz.example",
           "Ana Ruiz has directed the Institute for Coastal Research in Porto Calme since 2018 "
           "and teaches at the university there. Before that she was a professor of hydraulic "
           "engineering and led the centre for levees and harbours that the city founded after "
           "the floods of 2009."]
    comments = ["3 Comments Leave a Reply", "1. Reply", "Dietmar Hilse",
                "April 8, 2019 at 11:38 am",
                "Were the fishermen not asked? They know best how high the water stood last "
                "winter and who paid for the levees in the end.",
                "2. Reply", "Karin Weber", "April 9, 2019 at 9:12 am",
                "Thank you for this piece, which finally puts the levee debate in order and "
                "gives the figures the council always leaves out."]
    assert body(*STORY, *box) == "\n\n".join(STORY)
    assert body(*STORY, *comments) == "\n\n".join(STORY)
    # Accountancy Age's and Politico's heading.
    assert body(*STORY, "Visitor comments Add your comment", *comments[1:]) == (
        "\n\n".join(STORY))
    assert body(*STORY, "By Ana Ruiz", *box[2:]) == "\n\n".join(STORY)
    # A byline above the article, its first paragraph not on the writer, stays out of it.
    assert body("By Ana Ruiz", *STORY) == "\n\n".join(STORY)


def test_article_about_subscriptions_and_a_reporter_stays() -> None:
    story = [
        "Ana Ruiz is a freelance reporter who was detained for two days at the border last "
        "week, her lawyer said on Monday, after she photographed the new levee works.",
        STORY[1],
        "Readers who subscribe to the paper's print edition will pay more next year, and "
        "those who cancel their subscription before March get a refund, the publisher said.",
        *STORY[2:],
    ]
    assert body(*story) == "\n\n".join(story)


SPANISH_STORY = [
    "Los votantes de la provincia costera de Marenia eligieron el martes a una nueva "
    "gobernadora, poniendo fin a dos décadas de gobierno del mismo partido.",
    "La ganadora, la ingeniera Lidia Sorn, prometió reconstruir los diques del delta en "
    "cuatro años y publicar en internet todos los contratos de las obras.",
    "La participación fue la más alta en treinta años, según la comisión electoral, con "
    "largas colas en los colegios de la capital hasta bien entrada la noche.",
]
SPANISH_COMMENTS = [
    "Ya era hora de que alguien se tomara en serio los diques del delta, enhorabuena a la "
    "nueva gobernadora y a todo su equipo.",
    "Lo mismo prometió el anterior gobernador hace ocho años y los diques siguen igual, ya "
    "veremos si esta vez es diferente.",
]


def test_comment_section_under_an_imperative_heading_is_dropped() -> None:
    text = page(MENU, "Marenia elige a una ingeniera como gobernadora", *SPANISH_STORY,
                "Comentar", "Nombre: [                    ]",
                *[f"lector{i}\n\nHace {i + 2} horas\n\n{c}" for i, c in
                  enumerate(SPANISH_COMMENTS)], FOOTER)
    assert clean_article(Article(text=text)).article.text == "\n\n".join(SPANISH_STORY)


def test_pictures_counters_and_titled_clips_are_dropped() -> None:
    carousel = ["[0312-levee-works-topics.jpg] 1", "[0312-harbour-night.jpg] 2", "14",
                "Watch the governor-elect's first speech 02:12",
                "The new levee at dusk Credit: Marenia Water Board",
                "Screenshot by Ana Ruiz/Meridian"]
    assert body(*STORY[:2], *carousel, *STORY[2:]) == "\n\n".join(STORY)


def test_rules_and_times_of_day_in_an_article_stay() -> None:
    story = [STORY[0], "___", STORY[1], "Polls close at 20:00", *STORY[2:]]
    assert body(*story) == "\n\n".join(story)


def test_link_runs_clip_links_and_tags_are_dropped() -> None:
    links = ("Ferry fares to be halved | Bridge opens after six years | Port strike ends | "
             "Five charts on the housing slump")
    furniture = [links, "Ten things to know about the new governorVideo",
                 "Tags #Marenia #Elections #Delta"]
    assert body(*STORY[:2], *furniture, *STORY[2:]) == "\n\n".join(STORY)


def test_a_clip_link_with_its_label_after_a_space_is_dropped() -> None:
    # lynx keeps the space w3m drops between a clip's title and its "Video" label.
    clip = "Ten things to know about the new governor Video"
    assert body(*STORY[:2], clip, *STORY[2:]) == "\n\n".join(STORY)
    assert is_video_label(clip)
    assert not is_video_label("Watch the governor's speech on the harbour video")


def test_related_heading_with_an_ellipsis_ends_the_article() -> None:
    # Teasers of a sentence each, none ending as a sentence does.
    teasers = [
        "Ferry fares on the island routes were cut by half, and the people on the islands "
        "can travel to the mainland for work again",
        "Ana Ruiz",
        "The river's new bridge opened after six years of work, and the people who live "
        "near it are listing their spare rooms online",
        "Jonas Weber",
    ]
    assert body(*STORY, "You Might Also Like …", *teasers) == "\n\n".join(STORY)


@pytest.mark.parametrize("heading", ["関連記事", "相关新闻：", "관련기사", "Читайте также:",
                                     "اقرأ أيضاً", "เรื่องที่เกี่ยวข้อง", "Baca juga",
                                     "Czytaj także", "Lees ook", "More Great Meridian Stories"])
def test_a_related_heading_in_another_language_ends_the_article(heading: str) -> None:
    teasers = [
        "Ferry fares on the island routes were cut by half, and the people on the islands "
        "can travel to the mainland for work again",
        "The river's new bridge opened after six years of work, and the people who live "
        "near it are listing their spare rooms online",
    ]
    assert body(*STORY, heading, *teasers) == "\n\n".join(STORY)


def test_quoted_post_with_hashtags_stays() -> None:
    post = ("Sorn wrote on the night of the vote: \"We did it, #Marenia. The levees come "
            "first, and the contracts go online on day one. #Delta\"")
    assert body(*STORY[:2], post, *STORY[2:]) == "\n\n".join([*STORY[:2], post, *STORY[2:]])


def test_numbered_links_in_the_article_run_are_dropped() -> None:
    links = "1. Ferry fares to be halved next spring\n2. Bridge opens after six years"
    steps = "1. Rebuild the levees.\n2. Publish every contract."
    assert body(*STORY[:2], links, steps, *STORY[2:]) == "\n\n".join(
        [*STORY[:2], steps, *STORY[2:]])


def test_a_pictures_name_and_caption_said_twice_with_a_credit_are_dropped() -> None:
    # A text browser prints a picture's alternative text, then its caption and credit.
    assert doubled("Dig a hole in the levee. Dig a hole in the levee. (Ana Ruiz)")
    assert not doubled("Dig a hole in the levee. (Ana Ruiz)")
    assert not doubled("Yes. Yes. (laughs)")
    credited = f"{GALLERY_CAPTION} (Photo/Ana Ruiz)"
    assert doubled(f"{credited} {credited}")
    picture = "Sandbags on the quay Sandbags on the quay (Ana Ruiz)"
    assert body(*STORY[:2], picture, *STORY[2:]) == "\n\n".join(STORY)


def test_a_pages_rating_buttons_are_dropped() -> None:
    assert body("Found This Helpful", *STORY, "Was this article helpful?") == "\n\n".join(STORY)


def test_a_title_said_three_times_and_a_teaser_cut_short_with_its_link_are_dropped() -> None:
    # A card of another story inside the article: its picture's name, title and caption, the
    # same words three times, then its teaser cut short with "Read more" run into it.
    title = "How the Harbour Walls Were Built"
    assert doubled(f"{title} {title} {title}")
    assert not doubled("The council met. The council met. The council met.")
    teaser = ("When the first stones were laid in the bay, nobody expected the walls to hold "
              "for two… Read more Read more")
    assert body(*STORY[:2], f"{title} {title} {title}", teaser, *STORY[2:]) == (
        "\n\n".join(STORY))


def test_a_long_title_under_every_picture_is_dropped() -> None:
    # Each picture of a long post is named after the post: a title of 12 words, three times.
    title = "How to Rebuild the Harbour Walls of Porto Calme Before the Winter Storms"
    more = [f"{paragraph} The engineers said so again in their report to the assembly."
            for paragraph in STORY]
    paragraphs = [*STORY, *more]
    text = [paragraphs[0], title, *paragraphs[1:4], title, *paragraphs[4:7], title,
            paragraphs[7]]
    assert body(*text) == "\n\n".join(paragraphs)


def test_a_posts_counters_and_prompts_are_dropped() -> None:
    furniture = ["653,817 VIEWS", "Your post is live! Don't forget to share it with your "
                 "friends.", "Check out more articles on Meridian.com!"]
    assert body(furniture[0], *STORY, *furniture[1:]) == "\n\n".join(STORY)
    # The same words in the article's own sentences stay.
    kept = ("The clip drew 1.2m views before the council asked for it to be taken down, "
            "and the mayor said it had cost the harbour a week of work.")
    assert body(*STORY[:2], kept, *STORY[2:]) == "\n\n".join([*STORY[:2], kept, *STORY[2:]])


@pytest.mark.parametrize("counter", ["Visto 314 veces", "Lu 1.200 fois", "314 Aufrufe",
                                     "Gelesen: 12 mal", "1.234 visitas", "Viewed 10 times"])
def test_a_posts_view_counter_in_other_languages_is_dropped(counter: str) -> None:
    assert body(counter, *STORY) == "\n\n".join(STORY)


def test_a_sentence_saying_how_often_something_was_read_stays() -> None:
    kept = "The levee report was read 3 times in the assembly before the vote on Tuesday."
    assert body(*STORY[:2], kept, *STORY[2:]) == "\n\n".join([*STORY[:2], kept, *STORY[2:]])


CUT_CARDS = [
    "Ferry Fares on the Island Routes to Be Halved Next Spring",
    "The island councils agreed on Monday to halve the fares on every ferry route from "
    "April, after a winter in which the people who work on the mainland could no...",
    "Bridge Over the Delta Opens After Six Years",
    "The new bridge over the river delta opened to traffic on Friday, six years after the "
    "first pillars were sunk and two years later than the province had…",
]


def test_teasers_cut_short_under_titles_of_their_own_are_dropped() -> None:
    # Other stories' cards after the article, no heading above them and no "Read more": each
    # a title and its opening cut short in the middle of a sentence.
    assert body(*STORY, *CUT_CARDS) == "\n\n".join(STORY)


def test_a_paragraph_trailing_off_under_a_sub_heading_stays() -> None:
    # An article may stop a paragraph short once; a list of cards does it again and again.
    trailing = ("Sorn was asked what she would do if the levees failed again before the "
                "work was done, and she said only that the province had waited long enough…")
    paragraphs = [*STORY[:2], "What Comes Next", trailing, *STORY[2:]]
    assert body(*paragraphs) == "\n\n".join(paragraphs)
    # Cut short under a title twice, far apart: no list of cards.
    more = [f"{paragraph} The engineers said so again in their report to the assembly."
            for paragraph in STORY]
    paragraphs = [STORY[0], "What Comes Next", trailing, *STORY[1:], *more, *CUT_CARDS[2:]]
    assert trailing in body(*paragraphs).split("\n\n")


def test_a_line_ending_with_an_arrowed_link_to_more_is_dropped() -> None:
    prompts = ["Save stories and browse the collections of other readers. Learn More >",
               "See more »", "Our guide to the island ferries › Read more ›"]
    assert body(*STORY[:2], *prompts, *STORY[2:]) == "\n\n".join(STORY)
    # Without the arrow, the words are an article's.
    assert not is_boilerplate("Sorn said she wants the people of the islands to see more")


def test_frames_lynx_prints_are_dropped() -> None:
    # lynx prints an embedded frame (a video player, a like button) as "IFRAME:" and the
    # frame's address or name, or alone above its address.
    frames_shown = [
        "   IFRAME: //video.example.org/embed/levee-at-dusk",
        "   IFRAME: https://social.example.com/plugins/like.php?href=https%3A%2F%2Fnews"
        ".example.org%2Fmarenia-elects&layout=button_count&width=90",
        "   IFRAME: MareniaPlayer4461",
        "   IFRAME:\n\n   https://ads.example.net/frame?size=300x250&section=news",
    ]
    assert body(*STORY[:2], *frames_shown, *STORY[2:]) == "\n\n".join(STORY)
    # The short paragraph introducing a video stays with the article.
    video = "Watch the new governor's first speech!"
    assert body(*STORY[:2], video, frames_shown[0], *STORY[2:]) == "\n\n".join(
        [*STORY[:2], video, *STORY[2:]])
    assert frames(["IFRAME:", "//video.example.org/embed/1", "Iframe: a word from HTML"]) == {
        0, 1}


def test_a_polite_prompt_to_follow_a_site_is_dropped() -> None:
    prompt = "Please follow Meridian Money on Twitter and Facebook."
    assert is_boilerplate(prompt)
    assert body(*STORY, prompt) == "\n\n".join(STORY)
    assert not is_boilerplate("Please follow the detour signs on the harbour road.")


def test_form_fields_alert_prompts_and_old_bookmark_bars_are_boilerplate() -> None:
    # A form's text field as w3m and lynx print it, with its label or button.
    assert is_boilerplate("[                    ] Sign Up")
    assert is_boilerplate("[                    ][Submit]")
    assert is_boilerplate("Search: ____________________")
    assert is_boilerplate("Get Business Alerts")
    assert is_boilerplate("digg reddit stumble")
    assert is_boilerplate("Mixx Delicious MySpace")
    # A rule across the page (lynx's <hr>), a sentence with blanks in it, one word: not.
    assert not is_boilerplate("_" * 70)
    assert not is_boilerplate("Fill in the ________ on the form the harbour office sends you "
                              "before the end of the month.")
    assert not is_boilerplate("Pocket")


def test_a_byline_and_its_time_stamp_apart_by_spaces_are_lifted() -> None:
    # A text browser puts the byline's spans side by side with spaces between them.
    headline = "Harbour Engineer Wins the Marenia Governor Race"
    byline = "By ADA BRENNAN   10/ 5/11 09:19 PM ET   Meridian"
    text = "\n\n".join([MENU, headline, byline, "Get Business Alerts\n[                    ] "
                        "Sign Up\ndigg reddit stumble", *STORY, FOOTER])
    article = clean_article(Article(text=text, format="text")).article
    assert (article.title, article.author, article.published) == (
        headline, "Ada Brennan", "2011-10-05")
    assert article.text.startswith(STORY[0][:40])


@pytest.mark.parametrize("line", [
    "Tweet", "Email This", "Print", "Save", "Share This!", "Link Copied!", "Text Size",
    "Buy Photo", "HIDE CAPTION", "Video Transcript", "Comentarios 15", "12 Kommentare",
    "Enviar Imprimir", "Screen Shot 2011-08-13 at 4.55.35 PM",
    "Reviewed by Ada Brennan, MD", "Stay Connected. Follow Meridian Now!", "×", "<<", "›",
    "http://images.meridian.example/mz/10/34/1034_harbour.jpg", "Video Ad Feedback",
    "Now playing", "Share Article", "?videoId=5798607383001",
    "ADD TO CART: US$25 Harbour Festival Gift Card", "Buy now!",
    # A shop's links disclosed (CHIP's, above its headline: the first line was the title).
    "Für Links auf dieser Seite erhält Meridian ggf. eine Provision vom Händler, z.B. für "
    "solche mit -Symbol.", "We may earn a commission from links on this page.",
    "As an Amazon Associate I earn from qualifying purchases.",
    # A blog's post footer and comment form (WordPress's), a share button in German.
    "This entry was posted in Harbour News by Ada Brennan. Bookmark the permalink.",
    "Dieser Eintrag wurde veröffentlicht in Hafen von adabrennan. Permanentlink.",
    "Posted in Harbour News | Tagged levees, ferries | Leave a comment",
    "Your email address will not be published. Required fields are marked *",
    "E-Mail (erforderlich) (Adresse wird niemals veröffentlicht)", "Diese Geschichte teilen",
    "Auf einer Seite lesen", "Auf einer Seite lesen Inhalt", "View as single page",
    # Share buttons a browser's copy glued together; a player's embed button and its notice.
    "FacebookTwitterMail", "Embed", "Code embed copié dans le presse-papier",
    # German buttons' calls to act.
    "Neues Inserat hier aufgeben", "JETZT kostenlos PROBEHEFT anfordern!", "Hier anmelden",
    # The other scripts read: share, close, print, save.
    "このニュースをシェア", "閉じる", "分享 收藏", "关闭", "공유하기", "Поделиться", "مشاركة",
    # A Korean article's tools: font, zoom, read aloud, mail it (Dong-A, copied by Chromium).
    "폰트  뉴스듣기", "기사보내기", "폰트 확대축소",
    # Polish: an ad's label, a share button (Wprost); Finnish and Swedish ad labels.
    "REKLAMA", "Podziel się", "Mainos", "Annons",
    # Prompts after an emoji.
    "👉 Read more", "🔔 Get breaking news alerts", "➡️ Follow us on Twitter",
    # An author box's links (Le Monde's, glued by Chromium's copy).
    "Journaliste au Monde Suivre Aller sur la page de ce journaliste Suivre ce journaliste sur "
    "twitter", "Follow this author", "Dem Autor folgen",
    # Links back up the page, to the list it was opened from, to a post's neighbour.
    "Back to top ↑", "Back to Main Menu", "Zurück zur Übersicht", "zurück ►", "Zurück",
    "« Zurück zu den Veranstaltungen", "← Back to all events",
    "Zurück Vorheriger Beitrag: [Update] Stellungnahme zur Entscheidung",
    "Previous post: The harbour reopens",
    # An author box's links alone on their lines (SZ's), a button to write to the editors.
    "auf Twitter folgen", "eine E-Mail senden", "Feedback",
    # A paged article's contents (Zeit's).
    "1. Seite 1 —Im ICE von Frankfurt nach Barcelona", "Page 2 – The tickets",
    # A share label, a search box's prompt, a post's neighbours.
    "Partager :", "Suchbegriff eingeben > Enter", "« Vorheriger Artikel", "« Previous Next »",
    "Next post →", "← Previous post",
    # A reading time in Portuguese and German; a note that the views are the writer's.
    "Tempo de leitura: 1 minuto", "Lesezeit: 3 Min.",
    # Share buttons, a search box, a story's trailers (a press service's).
    "Bookmark and Share", "Share Tweet Submit", "Search CNN...",
    "This article has been adapted from its original source.",
    "This story has been updated with additional developments.",
    "Provided by European Space Agency",
    "The views and opinions expressed in the article do not necessarily reflect those of the "
    "Meridian.",
])
def test_a_pages_buttons_alone_on_their_lines_are_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "Save the date for the harbour festival", "Print edition", "Tweets from the harbour",
    "The email this morning said the pier would reopen.", "Follow the money now",
    "Courtesy is what the harbour master asked for.",
    "Buy now, pay later schemes doubled in the province last year.",
    "共有されたデータの利用について政府は説明した。", "Поделиться опытом пришли сорок человек.",
    "?", "We earned a commission on every ferry ticket sold, the harbour agent said.",
    "Posted in the harbour office, the notice listed every ferry that was cancelled.",
    "Die Geschichte teilen nicht alle im Hafen, sagte die Gouverneurin am Dienstag.",
    "Facebookmail", "Embedded reporters left the harbour on Tuesday.",
    "뉴스듣기 서비스가 올해 확대된다", "The author follows the harbour board closely.",
    "🌊 Floods hit the delta again on Tuesday", "Reklama to dźwignia handlu, mówił prezes.",
    "Bayern will jetzt Windräder bestellen", "Warum Chinesen hier kaufen",
    "Back to Taylor! It’s her music, so why can’t she sing it?", "back to reading.",
    "« Retour à la normale » pour les trains", "Zurück zur Natur: Warum Städter aufs Land ziehen",
    "zurück.", "Er wollte ihr auf Twitter folgen, sagte er.", "Feedback from readers was strong.",
    "Seite 3 der Akte – so stand es dort.", "Page 2 of the report said the dam was safe.",
    "« Retour à la normale »", "Next year the harbour reopens.",
    "The views expressed by the minister were clear.", "Die Lesezeit des Buches: drei Tage.",
    "Provided by the harbour board, the figures show a fall.", "Search results were mixed.",
    "This story has been updated to include comments from the governor, who",
    "The views and opinions expressed in this column do not necessarily reflect",
    "This article was adapted from a speech the governor gave on Tuesday at the",
])
def test_lines_opening_with_a_buttons_word_stay(line: str) -> None:
    assert not is_boilerplate(line)


def test_a_comment_section_longer_than_a_short_article_is_not_taken_for_it() -> None:
    # Readers' comments, each under its header ("reader1 on Sep 21, 4:21 PM said:"), with no
    # "Comments" heading above them, outweigh a short article's prose.
    headline = "Marenia Cuts Pensions Again"
    comment = ("The {} will pay for this in the end, as it always does, and nobody in the "
               "capital will notice until the levees fail again next spring and the farms "
               "flood. We have seen the same promises every four years since the first dam was "
               "built, and every time the money goes somewhere else before the work starts.")
    comments = [f"reader{n} on Sep 2{n}, 4:2{n} PM said:\n{comment.format(place)} "
                f"{comment.format(place + ' towns')}\nReply\n2\n1"
                for n, place in enumerate(["coast", "valley", "north", "island", "south"], 1)]
    text = "\n\n".join([
        MENU, headline, "Ada Brennan | Sep. 21, 2011, 3:17 PM",
        "As everyone in the province watched the harbour vote, the cabinet went on doing what "
        "it takes to get the next loan from the capital and keep the delta's schools open.",
        "The provincial cabinet agreed on another round of cuts today, the third this year. "
        "The details come to us from the finance office:",
        "• Pensions of more than 1,600 crowns a month will be cut by a fifth",
        "• Payments to workers who retired before 55 will be reduced",
        "The governor also promised to keep the harbour tax, meant to end next year, until 2014.",
        "An official sign-off from the lenders is still not official, and according to the "
        "finance office there still needs to be a vote in the assembly.",
        "Please follow Money Game on Twitter and Facebook.", *comments, FOOTER])
    article = clean_article(Article(text=text, format="text")).article
    assert article.title == headline
    assert article.text.startswith("As everyone in the province")
    assert "vote in the assembly." in article.text
    assert "said:" not in article.text and "will pay for this" not in article.text


def test_a_courtesy_credit_is_a_credit() -> None:
    from inbrief.core.clean.rules import is_credit

    assert is_credit("Courtesy G4") and is_credit("Courtesy of the Marenia Harbour Office")
    # In lower case, a line of a wrapped sentence (CNBC in lynx), which took the paragraph
    # above it as its caption.
    assert not is_credit("courtesy of Ana Ruiz, senior harbour engineer at the Water Board.")
    paragraph = ("   The board said it would rebuild the old levee first. Take a look here at\n"
                 "   the plan and how it was changed from the March draft, sent to us\n"
                 "   courtesy of Ana Ruiz, senior harbour engineer at the Water Board.")
    text = page(MENU, HEADLINE, *STORY[:2], paragraph, *STORY[2:], FOOTER)
    assert "Take a look here" in clean_article(Article(text=text)).article.text


@pytest.mark.parametrize("wrapped", [False, True])
def test_a_wire_dateline_on_its_own_line_above_the_story_is_lifted(wrapped: bool) -> None:
    # As CNN's pages print it: "Washington CNN —" on a line of its own, the story below it,
    # under a head the player's list of clips made long.
    import textwrap

    headline = "Harbour Engineer Wins the Marenia Governor Race"
    clips = "\n".join(f"Clip {n} of the harbour\nVideo Ad Feedback\n0{n}:14\nNow playing\n"
                      f"- Source: MWN" for n in range(1, 9))
    story = [textwrap.fill(p, 72) if wrapped else p for p in STORY]
    text = "\n\n".join([MENU, headline, clips, "Harbor City MWN  —", *story, FOOTER])
    article = clean_article(Article(text=text, format="text")).article
    assert (article.title, article.source) == (headline, "MWN")
    assert article.text.startswith(story[0][:40])
    assert "MWN  —" not in article.text


def test_a_byline_with_a_day_and_a_follow_link_after_the_name_is_lifted() -> None:
    from inbrief.core.clean.rules import BYLINE

    found = BYLINE.match("By Ada Brennan March 18 at 12:22 PM  Follow @AdaBrennan")
    assert found is not None and found.group("author") == "Ada Brennan"
    assert BYLINE.match("By May Brennan").group("author") == "May Brennan"  # a name, no month
    headline = "Harbour Engineer Wins the Marenia Governor Race"
    text = "\n\n".join([MENU, headline, "By Ada Brennan March 18 at 12:22 PM  Follow @AdaBrennan",
                        *STORY, FOOTER])
    article = clean_article(Article(text=text, format="text")).article
    assert (article.title, article.author) == (headline, "Ada Brennan")
    assert article.text.startswith(STORY[0][:40])


@pytest.mark.parametrize("head", [
    "{} a répondu le mardi 30 octobre 2012 à 11h45",  # Libération's comments
    "{} - 16.08.2015 г. 10:44:23",  # Dariknews
    "Report Comment{} (1 day ago)",  # Tulsa World
])
def test_comments_under_a_name_and_when_it_wrote_are_dropped(head: str) -> None:
    # Comments whose headers carry no "said:", each a name and a time, were kept as the
    # article's last paragraphs.
    comments = [
        "The levees were promised four years ago too. Nothing happened then either.",
        "Good. The harbour needs an engineer in charge, not another lawyer, and the delta "
        "towns have waited long enough for someone who knows what a dyke is.",
    ]
    entries = [f"{head.format(name)}\n{comment}"
               for name, comment in zip(("ada_b", "Harbour Watcher"), comments, strict=True)]
    assert body(*STORY, *entries) == "\n\n".join(STORY)
    # One such line alone is no comment section: a byline can read so, and the paragraphs
    # below it stay.
    article = clean_article(Article(text=page(MENU, HEADLINE, "Ada Brennan - 16.08.2015 10:44",
                                              *STORY, FOOTER))).article
    assert article.text.endswith("\n\n".join(STORY))


@pytest.mark.parametrize("heading", [
    "Ähnliche Beiträge", "Diese Beiträge solltest du nicht verpassen",
    "Das könnte dich auch interessieren", "Related stories",
    # McSweeney's lists under its piece (lynx keeps them: their dates filled the timeline).
    "SUGGESTED READS", "RECENTLY", "Recent posts",
    # The latest stories and a day's headlines below a browser's copy of the article
    # (Página/12, Infobae, AppleInsider in Chromium).
    "Últimas noticias", "ÚLTIMAS NOTICIAS", "Seguir leyendo:", "Today's Headlines",
    "Te puede interesar", "Dernières actualités", "Aktuelle Nachrichten",
])
def test_headings_of_a_list_of_other_posts_in_german_are_more_headings(heading: str) -> None:
    # A German blog's list of other posts under its article (kept before: its heading was
    # not known). A sentence opening with the words is no heading.
    from inbrief.core.clean.rules import MORE_HEADING

    assert MORE_HEADING.match(heading)
    assert not MORE_HEADING.match(f"{heading} wurden im Hafen am Dienstag verlesen.")


@pytest.mark.parametrize("count", ["0", "12", "1408"])
def test_a_count_alone_under_the_headline_is_no_paragraph(count: str) -> None:
    # A shop's magazine copied from Chromium: the headline, the writer's desk, the date, then
    # the comments counted ("0") on a line of their own, kept as the body's first paragraph.
    headline = "Marenia Elects Harbour Engineer as Governor in Upset"
    text = "\n".join([MENU, headline, "Newsroom", "Tuesday, 4 June 2019, 15:54", count,
                      *STORY, FOOTER])
    article = clean_article(Article(text=text, format="text")).article
    assert article.title == headline
    assert article.text.startswith(STORY[0])


def test_a_run_of_comments_under_their_heading_gives_way_to_the_post_above() -> None:
    # A blog's short post as a browser copies it (jovelstefan.de): one paragraph, then
    # "3 Kommentare" and three pingbacks, each an excerpt under its header (bad). Together
    # they outweighed the post, and the body was the pingbacks.
    from inbrief.core.clean.block_kinds import Block
    from inbrief.core.clean.blocks import _above_comments

    post = "Sometimes the harbour surprises you with small joys on a Tuesday walk. " * 3
    excerpt = "[…] Small joys – harbour blog – Walking past the old customs house I saw […] " * 2
    header = "Pingback from Harbour links | 11.09.2011 23:31"
    texts = ["Home", "Small joys", post, "Tags: harbour", "3 Comments",
             header, excerpt, header, excerpt, header, excerpt, "About us"]
    raw = ["bad", "short", "good", "short", "bad",
           "bad", "good", "bad", "good", "bad", "good", "bad"]
    blocks = [Block(i, i, text) for i, text in enumerate(texts)]
    assert _above_comments(blocks, raw, raw, (6, 10)) == (2, 2)
    # Without the heading above, or with the bad blocks side by side (a picture's name said
    # twice inside an article under a "Comments" link), the run stays.
    other = [*texts[:4], "Share", *texts[5:]]
    assert _above_comments([Block(i, i, t) for i, t in enumerate(other)], raw, raw,
                           (6, 10)) == (6, 10)
    side_by_side = [*raw[:6], "good", "bad", "bad", "good", "good", "bad"]
    assert _above_comments(blocks, side_by_side, side_by_side, (6, 10)) == (6, 10)


def test_a_share_box_between_the_last_paragraph_and_the_comments_is_left_out() -> None:
    # HuffPost copied from Chromium: the wire story's credit, its "FOLLOW … ON Facebook:" box,
    # then the readers' comments. The run was cut at the comments, the box kept before them.
    credit = "Associated Press writers Ana Ruiz and Tomas Berg contributed to this report."
    comments = [f"reader{n} said on March 4:\nThe levees {word} need money, and the harbour "
                "board knows it, but every year the budget goes somewhere else first." for n, word
                in enumerate(("still", "really", "always", "badly"))]
    text = "\n".join([*MENU.split("\n"), "Marenia Elects Harbour Engineer as Governor in Upset",
                      "By Ada Brennan", *STORY, credit, "FOLLOW MARENIA BUSINESS", "ON",
                      "Facebook:", "Like", "17K", "Twitter:", "Comments", *comments,
                      *FOOTER.split("\n")])
    article = clean_article(Article(text=text, format="text")).article
    assert article.text.endswith(credit)
    assert "FOLLOW" not in article.text and "17K" not in article.text


def test_a_comments_heading_may_count_them_in_brackets() -> None:
    # Wprost's "Wasze komentarze [2]" (your comments) over its readers' comments.
    from inbrief.core.clean.rules import COMMENTS_HEADING

    for heading in ("Wasze komentarze [2]", "Comments [12]", "Kommentare (3)"):
        assert COMMENTS_HEADING.match(heading), heading
    assert not COMMENTS_HEADING.match("Comments [12] were read out in the assembly")


def test_an_embedded_clips_title_run_into_its_badge_is_dropped_and_the_lede_stays() -> None:
    # A browser's copy of an embedded clip: its title run into its "Video" badge, then the
    # title again, right above the article's lede.
    clip = "Meridian Flash top harbour headlines for March 12"
    assert body(f"{clip}Video", clip, *STORY) == "\n\n".join(STORY)


def test_an_article_below_a_list_of_teasers_is_the_lists_last_item() -> None:
    # A party's "latest news" above its press release (cdu-fraktion-erfurt.de): each teaser a
    # headline, its date, the headline again, its text cut short and "weiter lesen"; then the
    # release's own head, its date with its section's label, and its paragraphs. The run
    # ended before the first teaser, which left the page with no article.
    teasers = []
    for number, title in enumerate(("Ferry fares to be cut by half next spring",
                                    "The river's new bridge opens after six years",
                                    "Harbour museum keeps all of its sites",
                                    "Council doubts the port's new budget plan"), start=1):
        teasers += [title, f"0{number}.10.2016", title,
                    f"{title}: the council's group said on Tuesday that the city had waited "
                    "long enough and that the plan, which the mayor had promised, would be "
                    "put to a vote before the...", "weiter lesen"]
    headline = "Harbour engineer wins Marenia governor race"
    text = page(MENU, *teasers, "Zurück zur Übersicht", headline, "22.05.2014 - Gemeinde/ Stadt",
                headline, *STORY, FOOTER)
    cleaned = clean_article(Article(text=text)).article
    assert cleaned.title == headline
    assert cleaned.published == "2014-05-22"
    assert all(paragraph in cleaned.text for paragraph in STORY)
    assert "weiter lesen" not in cleaned.text and "waited long enough" not in cleaned.text
    # A list of teasers below an article still ends it.
    text = page(MENU, headline, "March 4, 2025", *STORY, *teasers, FOOTER)
    cleaned = clean_article(Article(text=text)).article
    assert cleaned.title == headline and "waited long enough" not in cleaned.text


def test_a_news_ticker_below_the_article_is_left_out() -> None:
    # Libération: the site's live ticker ("Direct") below the story, each item opening with
    # its time, some with a paragraph of their own.
    ticker = ["Direct", "• 14:44 Ferry fares to be cut by half next spring",
              "• 14:32 The river's new bridge opens after six years", "• 14:10", "Floods.",
              "The water board raised its warning for the delta to the highest level on "
              "Thursday afternoon, and asked farmers to move their animals to higher ground.",
              "• 13:54 Harbour museum keeps all of its sites",
              "• 13:43 Council doubts the port's new budget plan"]
    assert body(*STORY, "Get the newsletter", *ticker) == "\n\n".join(STORY)
    # A live blog's entries below its summary, each time over its paragraph, are the
    # article's: no ticker, and no list of clips under their lengths either.
    entries = ["14:44", STORY[1], "14:32", STORY[2], "14:10", ticker[5], "13:54", STORY[3]]
    kept = body(STORY[0], "Live", *entries)
    assert all(paragraph in kept for paragraph in [*STORY, ticker[5]])
    # A live blog's entries, each time over its paragraph, make no ticker.
    from inbrief.core.clean.block_kinds import Block
    from inbrief.core.clean.blocks import _clock_items

    entries = ["14:44", STORY[1], "14:32", STORY[2], "14:10", STORY[3]]
    blocks = [Block(i, i, text, sentence=text.endswith(".")) for i, text in enumerate(entries)]
    raw = ["short" if len(text) < 10 else "good" for text in entries]
    assert not _clock_items(blocks, raw, 0, len(blocks) - 1)
    headlines = [Block(i, i, text) for i, text in enumerate(ticker[1:4])]
    assert _clock_items(headlines, ["bad"] * 3, 0, 2)


def test_an_authors_box_under_its_heading_and_signed_comments_are_dropped() -> None:
    # Slate: a prompt to follow after a comma, "L'AUTEUR" over the writer's box and the
    # teasers below it, readers' comments each under "Soumis par …, le lundi 29 octobre 2012 à
    # 15h46" (Drupal's "Submitted by … on …").
    story = "\n\n".join(STORY)
    prompt = "Become a fan on [logo-faceb], follow us on [logo-twitt]"
    assert body(*STORY[:2], prompt, *STORY[2:]) == story
    box = ["The author",
           "Ana Ruiz [portrait] Ana Ruiz is an independent journalist and blogger. She has "
           "written about harbours and floods for regional papers for ten years, and has "
           "published two books on the ports of the delta.", "Topics",
           "How the delta's towns paid for their levees, and why the bill is coming due again "
           "this winter for the families who live behind them.",
           "The ferry that nobody wanted to lose: a year on the last crossing of the river, "
           "with its crew, its passengers and its debts."]
    assert body(*STORY, *box) == story
    comments = []
    for name, hour in (("monslateamoi", "15:46"), ("roger_w", "16:01"), ("wfaulkner", "16:45")):
        comments += [f"Submitted by {name} on Mon, 03/04/2024 - {hour}",
                     "Until the council publishes the port's accounts, I will not believe a "
                     "word of these promises about the delta's levees and who is going to pay "
                     "for them."]
    assert body(*STORY, *comments) == story


# A blog's other posts below the article, each a title, its picture's name as a text browser
# shows it, an excerpt the blog closed with an ellipsis in brackets and a link to read on
# (w3m's copy); one excerpt ends with its sentence, as a post's own excerpt may.
BLOG_CARDS = [
    "Choir of the Delta Towns Sings at the Harbour Festival",
    "[choir-photo]",
    "The choir of the delta towns is still doing its thing, and now it has joined the "
    "harbour festival's closing night with two guest singers from the islands who came "
    "over on the [\u2026]",
    "READ ON",
    "A Graphic Novel About Growing Up on a Ferry",
    "[ferry-novel-cover]",
    "The island illustrator is several kinds of excellent: from her first book about the "
    "lighthouse keepers to the award-winning story of the ferry captain's daughter [...]",
    "READ ON",
    "Dynasties of the Delta: A New Podcast on the Old Families",
    "[podcast-banner]",
    "The latest podcast from the island network looks at the families who have run the "
    "delta's harbours for a century, at the deals they made in the back rooms of the port "
    "authority, and at how they kept their hold on its trade while the towns around them "
    "grew poor and their young people left for the mainland.",
    "READ ON",
    "Learn to Sail the Delta With This Online Course",
    "[sailing-course]",
    "It is a long way from a dinghy on the lake to a yacht on the open sea, but anyone who "
    "is willing to practise can learn, and these online lessons make the [\u2026]",
    "READ ON",
]


@pytest.mark.parametrize("shown", ["w3m", "lynx"])
@pytest.mark.parametrize("paragraphs", [1, 2])
def test_blog_excerpts_closed_with_an_ellipsis_in_brackets_are_dropped(shown: str,
                                                                      paragraphs: int) -> None:
    # A short post, then the blog's other posts: the excerpts (and the one between them
    # ending with a sentence, longer than a one-paragraph post) are no article's, nor are
    # their titles and pictures' names.
    cards = BLOG_CARDS if shown == "w3m" else [
        card for card in BLOG_CARDS if card != "READ ON" and not card.startswith("[")]
    assert body(*STORY[:paragraphs], *cards) == "\n\n".join(STORY[:paragraphs])


def test_an_excerpt_ending_with_its_sentence_alone_is_no_card() -> None:
    # Between cards cut short, a paragraph is one of them; below an article, alone, it is not.
    kept = body(*STORY, *BLOG_CARDS[8:11]).split("\n\n")
    assert BLOG_CARDS[10] in kept


@pytest.mark.parametrize("notice", [
    "We are a participant in the Amazon Services LLC Associates Program, an affiliate "
    "advertising program designed to provide a means for us to earn fees by linking to "
    "Amazon.com and affiliated sites.",
    "The Delta Courier is published under a Creative Commons license except where otherwise "
    "noted.",
    "Read the rules you agree to by using this website in our Terms of Service.",
    "Who will be eaten first? Our forum rules are detailed in the Community Guidelines.",
    "Als Amazon-Partner verdiene ich an qualifizierten Verkäufen, ohne dass ihr mehr zahlt.",
])
def test_a_site_s_own_notices_are_dropped(notice: str) -> None:
    assert is_site_notice(notice)
    assert body(*STORY, notice) == "\n\n".join(STORY)


@pytest.mark.parametrize("reported", [
    # A news story reports what a platform or a site says of its rules and licences.
    "\"The video violated our community guidelines,\" a spokesman for the platform said on "
    "Tuesday.",
    "The museum said its photographs are available under a Creative Commons licence, so "
    "anyone may print them.",
    "Amazon said on Monday that its associates program would pay lower commissions from "
    "April.",
])
def test_a_story_reporting_rules_and_licences_is_no_site_notice(reported: str) -> None:
    assert not is_site_notice(reported)


@pytest.mark.parametrize("credit", ["(via Delta Notes)", "Via: The Island Courier",
                                    "h/t Ada Brennan"])
def test_a_blog_post_s_credit_line_and_the_linked_title_above_it_stay(credit: str) -> None:
    # A short post closes with the title of the piece it links to and where it found it.
    post = [STORY[0], "The harbour walls we forgot", credit]
    assert body(*post, *BLOG_CARDS) == "\n\n".join(post)
    assert body(STORY[0], credit, *BLOG_CARDS) == "\n\n".join([STORY[0], credit])
    # A title-like line alone below the post is no part of it.
    assert body(STORY[0], "The harbour walls we forgot", *BLOG_CARDS) == STORY[0]


def test_the_link_a_page_s_copy_script_adds_to_the_copied_text_is_dropped() -> None:
    # Some sites put "Read more at: <address>" under whatever a reader copies.
    trailer = "Read more at: https://www.example.org/marenia/governor-elected-1234.html"
    assert body(*STORY, trailer) == "\n\n".join(STORY)
    assert is_boilerplate(trailer)
    # A sentence about reading is no such line.
    assert not is_boilerplate("Readers read more at night than in the morning.")


# A wiki's page as a browser copies it (invented): its title, the wiki's tagline, an infobox of
# rows (label, tab, value), the lead opening with the title, a section, the foot.
WIKI_LEAD = (
    "The Harbour Lights of Porto Calme (Portuguese: As Luzes do Porto) is a 2004 drama series "
    "directed by Lidia Sorn and written by Ada Brennan. It follows three lighthouse keepers on "
    "the coast of Marenia during the storm winter of 1911 and ran for two seasons."
)
WIKI_PAGE = "\n".join([
    "Jump to content", "Main menu", "Search", "Create account", "Log in",
    "The Harbour Lights of Porto Calme",
    "5 languages", "Article", "Talk", "Read", "Edit", "View history", "Tools",
    "From Wikipedia, the free encyclopedia",
    "The Harbour Lights of Porto Calme",
    "Genre\tDrama",
    "Directed by\tLidia Sorn",
    "Written by\tAda Brennan",
    "Country of origin\tMarenia",
    "Network\t",  # a cell of several lines: its value on lines of their own
    "Marenia One, Porto Calme Television and Sorrow Bay Radio",
    "Original run\tOctober 14, 2004 – January 20, 2006",
    "Episodes\t26",
    "",
    WIKI_LEAD,
    "",
    "Plot[edit]",
    "The keepers Tomas, Ines and the boy Lio tend the light at Cape Sorrow while the winter's "
    "storms cut them off from the town. When a steamer runs aground on the reef, they row out "
    "in the night to reach its crew, and the town's harbour master blames them for the wreck.",
    "",
    "Reception[edit]",
    "Critics praised the series for its quiet pace and its cast. The second season drew fewer "
    "viewers, and the broadcaster did not order a third one after the finale in January 2006.",
    "",
    "References[edit]",
    "Categories: 2004 television series debuts",
    "This page was last edited on 3 May 2024, at 12:00 (UTC).",
    "Text is available under the Creative Commons Attribution-ShareAlike License 4.0; "
    "additional terms may apply.",
    "Privacy policy", "About Wikipedia", "Disclaimers",
])


WIKI_NETWORK = "Network\t\nMarenia One, Porto Calme Television and Sorrow Bay Radio\n"


@pytest.mark.parametrize("gap", ["\t", "      "])  # a browser's copy, a text browser's columns
@pytest.mark.parametrize("network", [True, False])  # a cell of several lines, its value alone
def test_a_wiki_page_s_title_is_over_its_tagline_and_its_infobox_is_no_byline(
    gap: str, network: bool
) -> None:
    text = WIKI_PAGE if network else WIKI_PAGE.replace(WIKI_NETWORK, "")
    article = clean_article(Article(text=text.replace("\t", gap))).article
    assert article.title == "The Harbour Lights of Porto Calme"
    # "Written by<tab>Ada Brennan" is a row of the fact box: the series' writer, not the page's.
    assert article.author == ""
    # "Original run<tab>October 14, 2004 – January 20, 2006" is a period, not the page's date;
    # the foot's "This page was last edited on 3 May 2024" is the page's date.
    assert article.published == "2024-05-03"
    assert "From Wikipedia" not in article.text
    assert WIKI_LEAD in article.text


def test_a_list_of_other_stories_closing_an_extracted_article_is_dropped() -> None:
    # TIME's page opened or pasted as HTML: the extractor keeps "More Must-Reads From TIME",
    # its list and the writer's e-mail line under the article; their names filled the brief.
    tail = ["More Must-Reads From TIME", "- The Struggle to Save the Harbour Walls",
            "- Is Using the Snooze Button Bad for You?", "- The Best Inventions of 2023",
            "Write to Ada Brennan at ada.brennan@example.com"]
    text = "\n\n".join([*STORY, *tail])
    assert clean_article(Article(text=text, format="html")).article.text == "\n\n".join(STORY)
    # A heading followed by prose: the prose is the article's own.
    section = ["Related", STORY[0].replace("Voters", "Farmers")]
    text = "\n\n".join([*STORY, *section])
    assert clean_article(Article(text=text, format="html")).article.text.endswith(section[1])
