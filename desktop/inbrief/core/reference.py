"""The reference date of an article that states no publication date, and how it was found."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from inbrief.core.brief import ReferenceSource
from inbrief.core.clean.rules import is_caption
from inbrief.core.dates import find_dates

# "©2024", "© 2019-2024 Bloomberg L.P.", "Copyright (c) 2024", "(c) 2024": the last year.
_COPYRIGHT_YEAR = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)\s*(?:©|\(c\))?\s*(?:(?:19|20)\d\d\s*[-–/]\s*)?"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# A caption named as one: "Photo: ...", "Image caption ...", "Foto: ...".
_CAPTION_LINE = re.compile(
    r"^\s*(?:photo(?:graph)?s?|image|picture|caption|foto|bild|imagen)\b[^\n]{0,30}?[:|–—]",
    re.IGNORECASE,
)
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Longer lines are prose, not captions: only the start of the text is scanned for them.
_MAX_CAPTION_CHARS = 400


def copyright_year(text: str, today: dt.date) -> int | None:
    """Return the latest copyright year ``text`` states that is not after today, or None."""
    years = [int(m["year"]) for m in _COPYRIGHT_YEAR.finditer(text)]
    years = [y for y in years if y <= today.year]
    return max(years) if years else None


def _full_dates(text: str, language: str, today: dt.date, upper: dt.date) -> list[dt.date]:
    """Return the full dates (day, month and year) ``text`` states, up to ``upper``."""
    days = []
    for mention in find_dates(text, language, today):
        if mention.kind == "absolute" and _FULL_DATE.match(mention.value):
            try:
                day = dt.date.fromisoformat(mention.value)
            except ValueError:
                continue
            if day <= upper:
                days.append(day)
    return days


def _caption_lines(lines: Iterable[str]) -> str:
    """Return the photo captions among ``lines``, one a line."""
    found = []
    for line in lines:
        text = line.strip()
        if text and len(text) <= _MAX_CAPTION_CHARS and (
            is_caption(text) or _CAPTION_LINE.match(text)
        ):
            found.append(text)
    return "\n".join(found)


def _day_in(year: int, shown_day: str) -> dt.date | None:
    """Return the day ``shown_day`` ("MM-DD") of ``year``, None when that year has no such
    day (29 February)."""
    try:
        return dt.date(year, int(shown_day[:2]), int(shown_day[3:5]))
    except ValueError:
        return None


def _shown_date(shown_day: str, year: int | None, today: dt.date) -> dt.date | None:
    """Return the date a page's day without a year ("Posted Nov 19") stands for: that day of
    the copyright year, else the latest such day up to today (a page shows this year's dates
    without the year), None when neither is a date up to today."""
    if year is not None:
        day = _day_in(year, shown_day)
        return day if day is not None and day <= today else None
    for back in range(0, 8):  # 29 February comes back within eight years
        day = _day_in(today.year - back, shown_day)
        if day is not None and day <= today:
            return day
    return None


def infer_reference(
    body: str, given: str, language: str, today: dt.date | None = None,
    shown_day: str | None = None, page_copyright: int | None = None,
) -> tuple[dt.date, ReferenceSource]:
    """Return the reference date of an article without a publication date, and its source.

    ``body`` is the text analysed, ``given`` the text before cleaning (captions and the
    copyright line are usually cleaned away), ``shown_day`` the day ("MM-DD") the page shows
    without a year in its head, if any, ``page_copyright`` the page's copyright year when
    ``given`` does not say it (an HTML paste: its plain-text flavour's footer). In order: that
    day, of the copyright year, unless the article or a caption states a later full date
    (source "shown-day"); the latest full date the article or a photo caption states that is
    not after today (nor after the copyright year), "latest-date" or "caption"; the shown day
    of the latest year up to today, when the article states no full date and no copyright
    year ("shown-day-latest"); the end of the copyright year ("©2024": the article is from
    2024 or earlier), "copyright"; else today, "today".
    """
    today = today or dt.date.today()
    year = copyright_year(given, today)
    if year is None and page_copyright is not None and page_copyright <= today.year:
        year = page_copyright
    upper = min(today, dt.date(year, 12, 31)) if year is not None else today
    stated = _full_dates(body, language, today, upper)
    captions = _full_dates(_caption_lines(given.split("\n")), language, today, upper)
    shown = _shown_date(shown_day, year, today) if shown_day else None
    if shown is not None and (year is not None or not stated and not captions) and all(
            day <= shown for day in (*stated, *captions)):
        return shown, "shown-day" if year is not None else "shown-day-latest"
    if captions and (not stated or max(captions) >= max(stated)):
        return max(captions), "caption"
    if stated:
        return max(stated), "latest-date"
    if year is not None:
        return upper, "copyright"
    return today, "today"
