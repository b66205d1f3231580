"""Publication-date lines of pasted pages: labels, times and time zones in several languages."""

from __future__ import annotations

import pytest

from inbrief.core.article import Article
from inbrief.core.clean import clean_article
from inbrief.core.clean.date_lines import (
    date_line,
    find_date,
)
from inbrief.core.clean.rules import (
    BYLINE,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published 12 March 2024 10:30 GMT", ("2024-03-12", True)),
        ("Updated: Mar 12, 2024 at 3:04 p.m. ET", ("2024-03-12", False)),
        ("Mar 12, 2024, 10:30 AM ET", ("2024-03-12", True)),
        ("March 12, 2024 / 10:30 AM / Updated 2 hours ago", ("2024-03-12", True)),
        ("Date: 12 March 2024", ("2024-03-12", True)),
        ("Publié le 12 mars 2024 à 10h30", ("2024-03-12", True)),
        ("Publié le 12/03/2024 à 10h30, mis à jour le 13/03/2024 à 08h00", ("2024-03-12", True)),
        ("Veröffentlicht am 12.03.2024 um 10:30 Uhr", ("2024-03-12", True)),
        ("12.03.2024, 10:30 Uhr", ("2024-03-12", True)),
        ("Publicado el 12 de marzo de 2024 a las 10:30 CET", ("2024-03-12", True)),
        ("Pubblicato il 12 marzo 2024 alle 10:30", ("2024-03-12", True)),
        ("Опубликовано 12 марта 2024, 10:30 МСК", ("2024-03-12", True)),
        ("نشر في 12 مارس 2024", ("2024-03-12", True)),
        ("公開日：2024年3月12日 10時30分", ("2024-03-12", True)),
        # A time zone in Chinese before the time (BBC's Chinese pages: GMT).
        ("更新时间 2024年3月12日, 格林尼治标准时间10:41", ("2024-03-12", False)),
        ("发布时间：2024年3月12日 北京时间 18:41", ("2024-03-12", True)),
        # A weekday first in the other languages; an Arabic month named both ways.
        ("Dienstag, 12. März 2024, 10:30 Uhr", ("2024-03-12", True)),
        ("mardi 12 mars 2024 à 10h30", ("2024-03-12", True)),
        ("вторник, 12 марта 2024", ("2024-03-12", True)),
        ("الثلاثاء، 12 آذار/مارس 2024، آخر تحديث 10:30 (GMT+0400)", ("2024-03-12", True)),
        ("Published 2 hours ago", (None, False)),
        # This year's dates are shown without the year: a date line, no usable date.
        ("Updated Mar 12, 6:55 AM;Posted Mar 12, 6:51 AM", (None, False)),
        ("Updated 12 March at 10:32 GMT", (None, False)),
        ("Published March 4, 2024; Updated March 5, 2024", ("2024-03-04", True)),
        # A date in a list as w3m and lynx show it; labels with colons; a long line.
        ("• 12 March 2024", ("2024-03-12", True)),
        ("* 12 March 2024", ("2024-03-12", True)),
        ("PUBLISHED: 10:48, Tue, Mar 12, 2024 | UPDATED: 11:05, Tue, Mar 12, 2024",
         ("2024-03-12", True)),
        ("Published Mar 12, 2024 at 4:07 PM | Updated at 5:36 PM CST on Mar 12, 2024",
         ("2024-03-12", True)),
        # Seconds, an ISO time run on with its offset, CNN's four-digit times with zones.
        ("Updated March 12, 2024 18:58:00", ("2024-03-12", False)),
        ("Posted at 2024-03-12T14:42:01-0700", ("2024-03-12", True)),
        ("March 12, 2024 -- Updated 0203 GMT (1003 HKT)", ("2024-03-12", True)),
        ("Updated 2010 GMT (0410 HKT) March 12, 2024", ("2024-03-12", False)),
        # The line below "Posted at ...": "and" first, an offset of hours after the time.
        ("and last updated 2024-03-12 16:42:01-05", ("2024-03-12", False)),
        # A time run into the year (two spans of a browser's copy), "updated" in Finnish.
        ("12.3.202416:20päivitetty 12.3.202416:58", ("2024-03-12", True)),
        ("Bijgewerkt 12.03.2024 16:20", ("2024-03-12", False)),
        # Its section's label after the date (cdu-fraktion-erfurt.de).
        ("12.03.2024 - Gemeinde/ Stadt", ("2024-03-12", True)),
        ("March 12, 2024 | Arts & Culture", ("2024-03-12", True)),
        # Times and labels of the other languages whose dates of numbers are read: Polish,
        # Finnish, Swedish, Dutch; Spanish "horas"; German "Stand" (as of: last changed).
        ("15.08.2015, godz. 13:37", ("2015-08-15", True)),
        ("Opublikowano: 15.08.2015, 13:37", ("2015-08-15", True)),
        ("Julkaistu 12.3.2024 klo 10.32", ("2024-03-12", True)),
        ("Publicerad 12.3.2024 kl. 10:32", ("2024-03-12", True)),
        ("Gepubliceerd op 12.03.2024 om 10:32", ("2024-03-12", True)),
        ("Actualizado domingo 10/03/2024 03:21 horas", ("2024-03-10", False)),
        ("Stand: 08.05.2019, 05:02 Uhr", ("2019-05-08", False)),
        # A US stamp with dashes and a two-digit year, labelled "First Posted" (HuffPost).
        ("First Posted: 08-13-10 05:18 PM | Updated: 08-14-10 12:41 AM", ("2010-08-13", True)),
    ],
)
def test_date_lines(line: str, expected: tuple[str | None, bool]) -> None:
    assert date_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "12/03/2024 10:30",  # 12 March or December 3: not guessed
        "The vote on 12 March 2024 was close.",  # prose with a date
        "By Ada Brennan, Bloomberg News",
        "Updated Mar 12 with the final count",  # a note, not only a date
        "The 2010 GMT change was reversed",  # four digits before a zone, no date
        "and the vote on 12 March 2024 was close",  # "and" opens prose too
        "12.3.20241",  # no time run into the year: five digits
        "March 12, 2024 - The council voted",  # a dateline opening a sentence
        "Standard 12.03.2024",  # "Stand" is a label only as a word of its own
        "08-13-10 seeds",  # dashes and two digits without a 12-hour clock: no date
    ],
)
def test_lines_that_are_not_date_lines(line: str) -> None:
    assert date_line(line) is None


def test_slashed_dates_are_read_when_the_order_can_be_told() -> None:
    assert find_date("25/03/2024") == "2024-03-25"
    assert find_date("03/25/2024") == "2024-03-25"
    assert find_date("03/04/2024") is None
    assert find_date("03/04/2024", day_first=True) == "2024-04-03"
    assert find_date("03/04/2024", day_first=False) == "2024-03-04"


def test_hyphenated_dates_are_read_as_slashed_ones() -> None:
    # "27-06-2012" (a Spanish paper's picture date, Dutch and Indian sites' dates).
    assert find_date("27-06-2012") == "2012-06-27"
    assert date_line("27-06-2012") == ("2012-06-27", True)
    assert find_date("06-27-2012") == "2012-06-27"
    assert find_date("03-04-2024") is None
    assert find_date("03-04-2024", day_first=True) == "2024-04-03"
    # Not inside a longer run of numbers (a phone number, an ID) or a range of years.
    assert find_date("Tel. 030-12-2012") is None
    assert find_date("2012-2013") is None


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Image 1 of 5", True),
        ("Foto 3 von 12", True),
        ("  1  /  5", True),
        ("Back to Gallery", True),
        ("The gallery of 5 rooms opened in 1912.", False),
        ("Image of the year: a heron over the delta", False),
    ],
)
def test_gallery_counters_are_page_furniture(line: str, furniture: bool) -> None:
    from inbrief.core.clean.rules import is_boilerplate

    assert is_boilerplate(line) is furniture


def test_a_byline_with_its_date_after_on() -> None:
    article = clean_article(Article(text="\n\n".join([
        "Harbour Engineer Wins the Marenia Governor Race",
        "By Ada Brennan on Monday, November 18th, 2019 at 11:04 a.m.",
        "Voters in the coastal province of Marenia chose a new governor on Tuesday, ending "
        "two decades of rule by the same party.",
    ]))).article
    assert article.author == "Ada Brennan"
    assert article.published == "2019-11-18"
    assert "Ada Brennan" not in article.text
    # "on" with no date after it is no byline's date: "By Ada Brennan on the economy".
    assert not BYLINE.match("By Ada Brennan on the economy")


def test_a_date_with_its_reading_time_and_a_byline_in_a_list() -> None:
    # w3m draws a page's byline and date as list items, the date with its reading time.
    assert date_line("• Nov 18, 2019 at 9:24 pm ET • 2 min read") == ("2019-11-18", True)
    assert date_line("4 mars 2025 · 3 min de lecture") == ("2025-03-04", True)
    assert date_line("The meeting lasted 2 min") is None
    article = clean_article(Article(text="\n".join([
        "Harbour Engineer Wins the Marenia Governor Race",
        "",
        "  • by Ada Brennan",
        "  • Nov 18, 2019 at 9:24 pm ET • 2 min read",
        "",
        "Voters in the coastal province of Marenia chose a new governor on Tuesday, ending "
        "two decades of rule by the same party.",
    ]))).article
    assert article.author == "Ada Brennan"
    assert article.published == "2019-11-18"


def test_a_whole_pages_date_in_a_line_the_head_rules_do_not_read_is_found() -> None:
    # A pasted page whose date shares its line with the agency's name or a share link, or
    # sits above the headline: the full date nearest the headline is the page's date.
    from page_parts import FOOTER, MENU, STORY

    headline = "Harbour Engineer Wins the Marenia Governor Race"
    teaser = "Flood Barrier Opens on March 3, 2018 After Years of Delay"
    for line, above in (("Meridian Wire November 19, 2019, 9:02 AM", False),
                        ("21:17 18.11.2019Get short URL", False),
                        ("Ada Brennan 19/11/2019 Comment! Politics, Delta", True)):
        parts = [MENU, line, headline] if above else [MENU, headline, line]
        page = "\n\n".join([*parts, *STORY, "Most read", teaser, FOOTER])
        article = clean_article(Article(text=page, format="text")).article
        assert article.title == headline, line
        assert article.published in ("2019-11-19", "2019-11-18"), line
    # No date near the headline: a teaser's date below the body is not the page's.
    page = "\n\n".join([MENU, headline, *STORY, "Most read", teaser, FOOTER])
    assert clean_article(Article(text=page, format="text")).article.published is None
    # Nor is a date a highlight below the headline tells of: a sentence, not a date line.
    highlights = "\n".join(["STORY HIGHLIGHTS", "  • The harbour act was signed into law on "
                            "August 14, 1935", "  • The new governor will rebuild the levees"])
    page = "\n\n".join([MENU, headline, "By Ada Brennan", highlights, *STORY, FOOTER])
    article = clean_article(Article(text=page, format="text")).article
    assert article.title == headline
    assert article.published is None


def test_iso_timestamps_and_dotted_year_first_dates() -> None:
    assert find_date("By Ada Brennan 2019-11-18T20:51:19Z Politics") == "2019-11-18"
    assert find_date("• by Meridian Wire／ 2016.12.01") == "2016-12-01"
    assert find_date("version 2016.12.01.3") is None


def test_a_us_time_stamp_with_a_two_digit_year_is_read_month_first() -> None:
    # "%m/%e/%y %I:%M %p": a 12-hour clock after it says the order (month first) and that
    # the two digits are a year.
    assert find_date("By ADA BRENNAN   10/ 5/11 09:19 PM ET   Meridian") == "2011-10-05"
    assert find_date("Updated 3/14/24 at 4:07 p.m. ET") == "2024-03-14"
    assert find_date("12/25/99 10:00 AM") == "1999-12-25"
    assert date_line("10/05/11 9:19 am") == ("2011-10-05", True)
    # Without the clock the numbers are no date we can read; nor a month over 12.
    assert find_date("10/5/11") is None
    assert find_date("Scores 10/5/11 and 3/4") is None
    assert find_date("13/5/11 09:19 PM") is None
    # The pasted page's date comes from its byline's stamp.
    from page_parts import FOOTER, MENU, STORY

    headline = "Harbour Engineer Wins the Marenia Governor Race"
    page = "\n\n".join([MENU, headline, "By ADA BRENNAN   10/ 5/11 09:19 PM ET   Meridian",
                        *STORY, FOOTER])
    article = clean_article(Article(text=page, format="text")).article
    assert article.title == headline
    assert article.published == "2011-10-05"


def test_a_european_time_stamp_with_a_two_digit_year_is_read_day_first() -> None:
    # futurezone.at's byline: "• 09.08.13, 06:00" (a 24-hour clock after the date says the
    # two digits are a year, and the full stops that the day comes first).
    assert date_line("• 09.08.13, 06:00") == ("2013-08-09", True)
    assert find_date("am 12.03.24 um 17:08 Uhr") == "2024-03-12"
    assert date_line("31.12.99 23:59") == ("1999-12-31", True)
    # Without the clock, with a 12-hour clock, or a month over 12: no date.
    assert find_date("09.08.13") is None
    assert find_date("1.2.13, 10:00 am") is None
    assert find_date("09.13.13, 06:00") is None
    from page_parts import FOOTER, MENU, STORY

    headline = "Harbour Engineer Wins the Marenia Governor Race"
    page = "\n\n".join([MENU, headline, "  • Ada Brennan\n  • 13.03.24, 06:00", *STORY,
                         FOOTER])
    article = clean_article(Article(text=page, format="text")).article
    assert article.title == headline
    assert article.published == "2024-03-13"


def test_a_dotted_date_is_read_month_first_when_it_must_be_or_a_12_hour_clock_follows() -> None:
    # An American site writes "MM.DD.YYYY hh:mm AM"; German, Russian... sites day first.
    assert date_line("11.14.2019 09:00 AM") == ("2019-11-14", True)
    assert find_date("Posted 11.14.2019") == "2019-11-14"
    assert date_line("11.04.2019 09:00 AM") == ("2019-11-04", True)
    assert date_line("11.04.2019 09:00") == ("2019-04-11", True)
    assert find_date("Stand: 12.03.2024, 17:08 Uhr") == "2024-03-12"
    assert find_date("14.11.2019") == "2019-11-14"
    assert find_date("13.14.2019") is None
    from page_parts import FOOTER, MENU, STORY

    headline = "Harbour Engineer Wins the Marenia Governor Race"
    page = "\n\n".join([MENU, "Ideas", "11.14.2019 09:00 AM", headline, *STORY, FOOTER])
    assert clean_article(Article(text=page, format="text")).article.published == "2019-11-14"


def test_a_date_in_a_nested_list_as_w3m_marks_it() -> None:
    # w3m marks a list inside a list with a white square, lynx with "+".
    assert date_line("      □ Publié le 05/04/2013 à 17:08") == ("2013-04-05", True)
    assert date_line("      + Mis à jour le 06/04/2013 à 10:37") == ("2013-04-06", False)
    assert date_line("      ○ Published March 4, 2024") == ("2024-03-04", True)


def test_a_pages_date_past_its_standfirst_and_caption_is_found() -> None:
    # Headline, standfirst (the first long line), a picture's caption twice, the byline, then
    # the date in a list of share buttons: the date is looked for down to there, as a line
    # that is a date and nothing else; a date inside a sentence there is not the page's.
    from inbrief.core.clean import _date_near

    standfirst = ("The former engineer beat the ruling party's candidate, though turnout in "
                  "the delta fell short of the record years of the last decade.")
    caption = ("The harbour control room in Port Marenia, on the delta. The new governor "
               "worked there for twelve years before she entered politics last spring.")
    head = ["Harbour Engineer Wins the Marenia Governor Race", "", standfirst, "", "  •", "  •",
            "", caption, "", caption + "Credit...Jonas Weber/Meridian Wire", "", "By Ada Brennan",
            ""]
    assert _date_near([*head, "  • Aug. 16, 2020", "  •", "      □", ""], 0, 2) == "2020-08-16"
    assert _date_near([*head, "The levees were built after the flood of Aug. 16, 2020, and "
                       "have held since then, the engineers said.", ""], 0, 2) is None


def test_a_day_alone_under_a_byline_is_the_pages_day_without_its_year() -> None:
    assert date_line("Nov 18") == (None, False)
    assert date_line("Nov 18, 9:24 AM") == (None, False)
    assert date_line("18 November") == (None, False)
    # A day opening a line of other words is no date line; a teaser's byline neither.
    assert date_line("May 5 Concert at the harbour park") is None
    assert date_line("March 4 is the deadline for comments") is None
    assert date_line("Alessio Brennan  •  Nov 18") is None
    from page_parts import FOOTER, MENU, STORY

    headline = "Harbour Engineer Wins the Marenia Governor Race"
    page = "\n\n".join([MENU, "Politics", headline, "By Ada Brennan\nNov 18\n195 Shares",
                        *STORY, "© 2019 Marenia Courier. All rights reserved.", FOOTER])
    article = clean_article(Article(text=page, format="text")).article
    assert (article.title, article.published, article.shown_day) == (headline, None, "11-18")


def test_a_head_line_running_site_dates_and_byline_together_is_lifted() -> None:
    from page_parts import FOOTER, MENU, STORY

    from inbrief.core.clean import _dated_parts

    line = ("Le Courrier | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Ada "
            "Brennan (avec Ana Ruiz et Jonas Weber)")
    assert _dated_parts(line) == (("2015-05-04", True), "Ada Brennan")
    assert _dated_parts("2/26/2015 7:11 AM PST BY MERIDIAN STAFF") == (
        ("2015-02-26", True), "MERIDIAN STAFF")
    # A menu, a sentence with "by" and a date, a long part: no such line.
    assert _dated_parts("Home | News | World") is None
    assert _dated_parts("The vote by the council on 12 March 2024 was close") is None
    assert _dated_parts("Harbour news from the delta and the coast today | 12.03.2024") is None
    headline = "Harbour Engineer Wins the Marenia Governor Race"
    page = "\n\n".join([MENU, headline, line, *STORY, FOOTER])
    article = clean_article(Article(text=page, format="text")).article
    assert (article.title, article.published, article.author) == (
        headline, "2015-05-04", "Ada Brennan")
    assert article.text.startswith(STORY[0][:40])


def test_a_month_run_into_a_label_before_it_is_read() -> None:
    # Wired in a browser's copy: the byline, the kicker and the date are spans with no space
    # between them (in capitals as the page shows them, or as written: a copy keeps the case).
    assert find_date("BUSINESSNOV 7, 2023 2:00 AM") == "2023-11-07"
    assert find_date("Tom BennettBusinessNov 7, 2023 2:00 AM") == "2023-11-07"
    # Not a month's name in lower case inside a word.
    assert find_date("annov 7, 2023") is None


def test_a_date_run_into_the_bylines_name_is_the_pages_date() -> None:
    # "By Ada Brennan2014-01-26 21:32:46 UTC": a byline's and a date's spans without a
    # space between them in a browser's copy (Mashable).
    from page_parts import FOOTER, MENU, STORY

    headline = "Harbour Engineer Wins the Marenia Governor Race"
    for line in ("By Ada Brennan2014-01-26 21:32:46 UTC", "By Ada Brennan 2014-01-26 21:32"):
        page = "\n\n".join([MENU, headline, line, *STORY, FOOTER])
        article = clean_article(Article(text=page, format="text")).article
        assert article.author == "Ada Brennan", line
        assert article.published == "2014-01-26", line


def test_a_posts_date_line_right_below_its_body_is_the_pages_date() -> None:
    # A blog shows its post's date, with the writer's name or a label, below the post and
    # above the comments ("Malte Welding | 29.07.2006 um 14:26", "veröffentlicht: ...").
    from page_parts import FOOTER, MENU, STORY

    headline = "Harbour Engineer Wins the Marenia Governor Race"
    # (The story is long enough for the lines below it to lie past the headline's reach.)
    comments = ["2 Comments", "Li Wei", "Congratulations to the new governor!"]
    for foot, iso in (("Ada Brennan | 29.07.2006 um 14:26", "2006-07-29"),
                      ("veröffentlicht: 25.10.2007 15:19", "2007-10-25"),
                      ("Posted by Ada Brennan on March 4, 2025", "2025-03-04")):
        page = "\n\n".join([MENU, headline, *STORY * 5, "Politics Delta Elections", foot,
                             *comments, FOOTER])
        article = clean_article(Article(text=page, format="text")).article
        assert article.title == headline, foot
        assert article.published == iso, foot
    # A date alone below the body is as likely another story's, under its teaser; a comment's
    # date is below the comments' heading: neither is read.
    from inbrief.core.clean import _date_below

    story = ["The levees have held since then, the engineers said.", ""]
    video = ["Watch now", "", "Floods return to the delta | Video", "", "Oct 10, 2014"]
    assert _date_below([*story, *video], 0) is None
    assert _date_below([*story, *comments, "30.07.2006 um 09:12 | Reply"], 0) is None
    assert _date_below([*story, "Ada Brennan | 29.07.2006 um 14:26"], 0) == "2006-07-29"
