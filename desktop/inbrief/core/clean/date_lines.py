"""Dates in a pasted page's lines: the date a line states, and lines that are only a date."""

from __future__ import annotations

import datetime
import re

from inbrief.core.clean.counts import more_words_than
from inbrief.core.dates.languages import DATE_LANGUAGES, ENGLISH
from inbrief.core.dates.rules import alternation

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*)\.?"
# Month names of the other languages the date finder reads ("12 novembre 2025", "12. März
# 2025", "12 de noviembre de 2025", "12 марта 2025"): one table, no language known yet here.
_FOREIGN_MONTHS = {
    name: number
    for dates in DATE_LANGUAGES.values()
    if dates is not ENGLISH
    for name, number in dates.months.items()
}
_FOREIGN_MONTH = rf"(?P<fmonth>{alternation(_FOREIGN_MONTHS)})"
# A month named both ways, as Arabic pages do: "04 آب/اغسطس 2013", "4 آب (أغسطس) 2013".
_SECOND_NAME = rf"(?:\s*[/(]\s*(?:{alternation(_FOREIGN_MONTHS)})\s*\)?)?"
_DATES = (
    # ISO, also with its time run on ("2019-11-18T20:51:19Z").
    re.compile(r"\b(?P<year>\d{4})-(?P<mm>\d{2})-(?P<day>\d{2})"
               r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?|\b)"),
    # Also a month run into a label before it ("BusinessNov 7, 2023", "BUSINESSNOV 7, 2023":
    # a kicker and the date, two spans of a browser's copy), its name capitalised.
    # A time run into the year counts with the date too ("Nov 15, 20195:45 AM", Slate).
    re.compile(rf"(?:\b|(?<=[A-Za-z])(?=(?-i:[A-Z][a-z]{{2}}|[A-Z]{{3}})))"
               rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
               r"(?:\b|(?=\d{1,2}:\d{2}(?!\d)))",
               re.IGNORECASE),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+{_MONTH},?\s+(?P<year>\d{{4}})\b",
               re.IGNORECASE),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:\.|er|º)?\s+(?:de\s+)?{_FOREIGN_MONTH}{_SECOND_NAME}\s+"
               rf"(?:de\s+)?(?P<year>\d{{4}})\b", re.IGNORECASE),
    # Japanese, Chinese, Korean: "2025年3月14日", "2025년 3월 14일"; and "2025/03/14".
    re.compile(r"(?<!\d)(?P<year>\d{4})\s*[年년]\s*(?P<mm>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})"
               r"\s*[日일号]"),
    re.compile(r"(?<!\d)(?P<year>\d{4})/(?P<mm>\d{1,2})/(?P<day>\d{1,2})(?![\d/])"),
    # "2016.12.01" (Japanese, Korean and Chinese sites).
    re.compile(r"(?<![\d.])(?P<year>\d{4})\.(?P<mm>\d{1,2})\.(?P<day>\d{1,2})(?![\d.])"),
    # "12.03.2024" (German, Russian...): day first, but for an American site's "11.14.2019"
    # (a second number over 12) or "11.04.2019 09:00 AM" (a 12-hour clock after it).
    # A time run into the year counts with the date ("19.2.202016:20", two spans without a
    # space between them in a browser's copy).
    re.compile(r"(?<![\d.])(?P<c>\d{1,2})\.(?P<d>\d{1,2})\.(?P<year>\d{4})"
               r"(?:\d{1,2}:\d{2}(?![\d:]))?(?!\d)"
               r"(?P<clock12>(?=,?\s+(?:at\s+)?\d{1,2}:\d{2}\s*[ap]\.?m\b))?", re.IGNORECASE),
    # "12/03/2024": day or month first, told apart in find_date.
    re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})(?![\d/])"),
    # "27-06-2012" (Spanish, Dutch, Indian sites; a picture's date under its caption): read as
    # the slashed one is.
    re.compile(r"(?<![\d-])(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<year>\d{4})(?![\d-])"),
)
# A month run into the name before it, as a browser copies a byline's and a date's spans:
# "By Ada Brennan and Li WeiNovember 19, 2019" (the month capitalised, a day after it), "By
# Ada Brennan2014-01-26 21:32:46 UTC" (an ISO date).
_RUN_IN_MONTH = re.compile(
    r"(?<=[a-z])(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\d{4}-\d{2}-\d{2}\b)")


def month_apart(text: str) -> str:
    """Return ``text`` with a space before a month or ISO date run into the word before it
    (see _RUN_IN_MONTH): "Li WeiNovember 19, 2019" gives "Li Wei November 19, 2019"."""
    return _RUN_IN_MONTH.sub(" ", text)


_FOUR_DIGITS = re.compile(r"\d{4}")
# A US time stamp with a two-digit year, month first: "10/ 5/11 09:19 PM ET", "08-13-10 05:18
# PM" (a 12-hour clock is American; without the time "10/5/11" is no date we can read).
_US_STAMP = re.compile(
    r"(?<![\d/-])(?P<mm>\d{1,2})(?P<sep>[/-])\s?(?P<day>\d{1,2})(?P=sep)(?P<yy>\d{2})(?![\d/-])"
    r"(?=,?\s+(?:at\s+)?\d{1,2}:\d{2}\s*[ap]\.?m\b)",
    re.IGNORECASE,
)
# A European time stamp with a two-digit year, day first between full stops, then a 24-hour
# clock: "09.08.13, 06:00" (futurezone.at's byline), "12.03.24 17:08 Uhr".
_DOTTED_STAMP = re.compile(
    r"(?<![\d.])(?P<day>\d{1,2})\.(?P<mm>\d{1,2})\.(?P<yy>\d{2})(?![\d.])"
    r"(?=,?\s+(?:um\s+)?\d{1,2}:\d{2}(?!\d|\s*[ap]\.?m\b))",
    re.IGNORECASE,
)
# "Published 4 March 2025", "Updated: 10:32 AM EST, Tue March 4, 2025", "Posted on ..."
_ENGLISH_PUBLISHED = r"published|posted|first (?:published|posted)|date|dated"
_UPDATED = (
    r"updated|last updated|last modified|mis à jour(?: le)?|aktualisiert(?: am)?"
    r"|actualizado(?: el)?|aggiornato(?: il)?|atualizado(?: em)?|обновлено|更新(?:日|时间|時間)?"
    r"|수정|최종\s*수정|آخر تحديث|تحديث|تم التحديث"
    # Languages whose numeric dates are read: Finnish, Swedish, Danish, Norwegian, Dutch, Polish.
    r"|päivitetty|uppdaterad|opdateret|oppdatert|bijgewerkt|zaktualizowano|aktualizacja"
    # German's "as of" ("Stand: 08.05.2019, 05:02 Uhr"): the day the text was last changed.
    r"|stand"
)
DATE_PREFIX = re.compile(
    # "and last updated ..." on the line below "Posted at ..."
    rf"^(?:and\s+)?(?:(?P<published>(?P<english>{_ENGLISH_PUBLISHED})|publié le"
    r"|veröffentlicht(?: am)?"
    r"|publicado(?: el| em)?|pubblicato(?: il)?|опубликовано|дата публикации"
    r"|(?:公開|掲載|配信)(?:日|日時)?|(?:发布|發布)(?:时间|時間|日期)?|발행(?:일)?|게시|(?:기사\s*)?입력"
    r"|gepubliceerd(?: op)?|opublikowano|julkaistu|publicerad|publiceret|publisert"
    r"|datum|fecha|data|дата|نشر في|نُشر في|نشر|نُشر|تاريخ النشر)"
    rf"|{_UPDATED})(?![^\W\d_])\s*[:：]?\s*(?:on\s+)?",
    re.IGNORECASE,
)
# An "Updated ..." part after the publication date on the same line, and "2 hours ago".
_LATER = re.compile(
    rf"(?<!\w)(?:{_UPDATED}|{_ENGLISH_PUBLISHED}|on|le|am|el|il|em)(?!\w)"
    r"|\b\d{1,3}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b",
    re.IGNORECASE,
)
# Weekdays of the other languages the date finder reads ("Dienstag, 12. März 2024").
_FOREIGN_WEEKDAYS = alternation(
    {name: day for dates in DATE_LANGUAGES.values() if dates is not ENGLISH
     for name, day in dates.weekdays.items()})
_DATE_WORDS = re.compile(
    rf"(?<!\w)(?:{_FOREIGN_WEEKDAYS})(?!\w)|"
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?"
    # A time's offset from UTC in hours ("16:42:01-05").
    r"(?:(?<=\d)[+-](?:0\d|1[0-4])(?::?\d\d)?(?!\d))?"
    # A time of four digits before its zone, as CNN writes it ("Updated 0203 GMT (1003 HKT)").
    r"|\b(?:[01]\d|2[0-3])[0-5]\d(?=\s+(?:utc|gmt|[ecmph][sd]?t|bst|cet|cest|hkt|jst|kst|ist)\b)"
    r"|\d{1,2}\s*[時时시]\s*(?:\d{1,2}\s*[分분])?|[（(][月火水木金土日][)）]|\d{1,2}h\d{2}"
    r"|\b(?:à|um|uhr|a las|alle|às|в|om|klo|kl|godz|horas)\b\.?"
    r"|\b[ap]\.?m\.?(?!\w)|\b(?:utc|gmt|[ecmp][sd]?t|bst|cet|cest|eet|eest|wet|west|ist|jst"
    r"|kst|hkt|sgt|aest|aedt|awst|nzst|nzdt|msk|мск|uk|local time)(?:\s*[+-]\s*\d{1,2}"
    r"(?::?\d\d)?)?(?!\w)|[,;:|•·/()–—،-]|\bat\b"
    # Time zones in Chinese and Japanese: "格林尼治标准时间10:41" (GMT, BBC's Chinese pages).
    r"|格林尼治标准时间|格林威治標準時間|(?:北京|香港|台北|臺北)(?:时间|時間)|日本時間",
    re.IGNORECASE,
)


# A date without its year, as a page shows this year's dates: "Nov 19", "19 November".
_ANY_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
_YEARLESS = re.compile(
    rf"\b(?P<month1>{_ANY_MONTH})\s+(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?P<month2>{_ANY_MONTH})",
    re.IGNORECASE,
)
_RELATIVE_TIME = re.compile(
    r"^(?:\d{1,3}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago"
    r"|yesterday|today|just now)\b",
    re.IGNORECASE,
)


# "Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019": 16 words.
MAX_DATE_LINE_WORDS = 20
LIST_MARKER = re.compile(r"^\s*[*+•·◦▪□■●○◆–-]\s+")
# A reading time after a date: "Nov 18, 2019 at 9:24 pm ET • 2 min read".
_READING_TIME = re.compile(
    r"\s*(?:[•·|/–—-]\s*)?\b\d{1,3}\s*(?:min(?:ute)?s?|Min\.?)\.?\s*(?:read|de lecture|"
    r"Lesezeit|di lettura|de leitura|de lectura|leestijd)?\s*$",
    re.IGNORECASE,
)
# What each reading time has: a digit, spaces at most, then "min" (searched first: the pattern
# above, tried at every position of a line, took two fifths of date_line's time).
_MINUTES = re.compile(r"\d\s*m", re.IGNORECASE)


# The languages whose writers put the day first in a date of numbers ("05/08/2019" is 5
# August in German, French, Spanish ...): English is read both ways (US and British), Hungarian,
# Chinese, Japanese and Korean put the year first.
DAY_FIRST_LANGUAGES = frozenset((
    "de", "fr", "es", "it", "pt", "nl", "da", "no", "sv", "fi", "ro", "cs", "sk", "pl", "ru",
    "uk", "el", "he", "ar", "tr", "vi", "id", "bg", "hr", "sl"))


def _day_month(first: int, second: int, day_first: bool | None) -> tuple[int, int] | None:
    """Return (day, month) of "first/second/year", None when it cannot be told."""
    if first > 12:
        return first, second
    if second > 12:
        return second, first
    if day_first is None:
        return None  # 03/12/2024: 3 December or March 12?
    return (first, second) if day_first else (second, first)


def find_date(line: str, day_first: bool | None = None) -> str | None:
    """Return the ISO date written in ``line`` (month names of the date finder's languages,
    ISO, 2025年3月14日, 2025/03/14, 14.03.2025, 14/03/2025, 14-03-2025), or None.

    ``day_first`` reads 03/12/2024 as 3 December (True) or March 12 (False); None: such a
    date is read only when one of its numbers is over 12.
    """
    if not _FOUR_DIGITS.search(line):
        # Every pattern has a year of four digits but a time stamp's (US or European).
        if "/" in line or "-" in line:
            return _short_year_stamp(line)
        return _short_year_stamp(line, _DOTTED_STAMP) if "." in line else None
    for pattern in _DATES:
        match = pattern.search(line)
        if match is None:
            continue
        fields = match.groupdict()
        if fields.get("a"):
            order = _day_month(int(fields["a"]), int(fields["b"]), day_first)
            if order is None:
                continue
            fields["day"], fields["mm"] = str(order[0]), str(order[1])
        elif fields.get("c"):
            order = _day_month(int(fields["c"]), int(fields["d"]), fields["clock12"] is None)
            assert order is not None  # told apart with day_first given
            fields["day"], fields["mm"] = str(order[0]), str(order[1])
        if fields.get("mm"):
            month = int(fields["mm"])
        elif fields.get("fmonth"):
            month = _FOREIGN_MONTHS[fields["fmonth"].lower()]
        else:
            month = _MONTHS[fields["month"][:3].lower()]
        day, year = int(fields["day"]), int(fields["year"])
        if 1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _short_year_stamp(line: str, pattern: re.Pattern[str] = _US_STAMP) -> str | None:
    """Return the ISO date of a US time stamp with a two-digit year in ``line`` ("10/ 5/11
    09:19 PM"), or of the European one ``pattern`` may be ("09.08.13, 06:00"), or None. The
    century is the one that puts it nearest today, and not in the future by more than a
    year."""
    match = pattern.search(line)
    if match is None:
        return None
    month, day, short = int(match["mm"]), int(match["day"]), int(match["yy"])
    this_year = datetime.date.today().year
    year = this_year - this_year % 100 + short
    if year > this_year + 1:
        year -= 100
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


# A section's label after a date, behind a dash or bar: up to three capitalised words, no
# sentence ("Gemeinde/ Stadt", "World News"; not "The council voted").
_SECTION_TAIL = re.compile(
    r"(?<=\d)\s+[-–—|]\s+[A-ZÀ-ÖØ-Þ][^\s.!?:\d]*(?:\s+(?:&|[A-ZÀ-ÖØ-Þ][^\s.!?:\d]*)){0,2}$")


def date_line(line: str) -> tuple[str | None, bool] | None:
    """Return ``(ISO date or None, is a publication date)`` when ``line`` is only a dateline
    such as "Published March 4, 2025" or "Tuesday, 4 March 2025 10:32 GMT"; else None."""
    if more_words_than(line, MAX_DATE_LINE_WORDS):
        return None
    # A date in a list: "• 19 November 2019" (w3m), "* 19 November 2019" (lynx).
    line = LIST_MARKER.sub("", line)
    if _MINUTES.search(line):
        line = _READING_TIME.sub("", line)
    prefix = DATE_PREFIX.match(line)
    rest = line[prefix.end() :] if prefix else line
    # "Publié le 12/03/2024" is day first; "Published 03/12/2024" cannot be told.
    day_first = True if prefix and not prefix.group("english") else None
    date = find_date(rest, day_first)
    if date is None:
        # "Published 3 hours ago" or "Updated Nov 19, 6:55 AM" is a date line without a
        # usable date.
        # A day alone under a byline ("Nov 18", "Nov 18, 9:24 AM"), as a site shows this
        # year's dates, is one too.
        if (prefix and _RELATIVE_TIME.match(rest.strip())
                or (prefix or _YEARLESS.match(rest.strip())) and _YEARLESS.search(rest) and not (
                    _DATE_WORDS.sub(" ", _LATER.sub(" ", _YEARLESS.sub(" ", rest))).strip())):
            return None, False
        return None
    # The line must hold nothing but dates, weekday, time, time zone and "updated ...", and
    # perhaps its section's label after them ("22.05.2014 - Gemeinde/ Stadt").
    if besides_dates(_SECTION_TAIL.sub("", rest)).strip():
        return None
    return date, prefix is None or prefix.group("published") is not None


def shown_day(line: str) -> str | None:
    """Return the day a date line without a year shows, as "MM-DD" ("Updated Nov 19, 6:55
    AM" -> "11-19"), or None when ``line`` is no such line."""
    when = date_line(line)
    if when is None or when[0] is not None:
        return None
    match = _YEARLESS.search(line)
    if match is None:
        return None
    month = _MONTHS[(match["month1"] or match["month2"])[:3].lower()]
    day = int(match["day1"] or match["day2"])
    return f"{month:02d}-{day:02d}" if 1 <= day <= 31 else None


def besides_dates(line: str) -> str:
    """Return ``line`` without its dates, weekdays, times, time zones and "updated ..."."""
    for pattern in (*_DATES, _US_STAMP, _DOTTED_STAMP):
        line = pattern.sub(" ", line)
    return _DATE_WORDS.sub(" ", _LATER.sub(" ", line))


# Two dates joined by a dash or a word for "to": a period ("Original run  October 14, 1999 –
# January 20, 2000" in a fact box), not the day a page was published.
_RANGE = re.compile(r"\x00\s*(?:[–—-]|to|bis|au|al|até|a)\s*\x00", re.IGNORECASE)


def date_range(line: str) -> bool:
    """Return True when ``line`` gives a period: two dates joined by a dash or "to"."""
    for pattern in _DATES:
        line = pattern.sub("\x00", line)
    return _RANGE.search(line) is not None
