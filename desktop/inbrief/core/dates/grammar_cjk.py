"""Date rules of Japanese, Chinese and Korean: "2025年3月14日", "3月14日", "来年の春", "작년".

These languages write dates with counters after the numbers (年 month 月 day 日/号, Korean
년 월 일) and without spaces, so the English and European rules, which need word boundaries,
never match them. Numbers may be ASCII or full-width digits (Python's ``\\d`` and ``int``
take both). Weekdays and numerals written in characters (三月十四日) are not read.
"""

from __future__ import annotations

import functools
import re

from inbrief.core.dates import timex
from inbrief.core.dates.languages import DATE_LANGUAGES, Ago, Counters, DateLanguage
from inbrief.core.dates.relative import relative_month, unit_value
from inbrief.core.dates.rules import Context, Resolved, Rule, alternation, pick_year, resolve_iso

# Between a year word and a season: Japanese の, Chinese 的 or nothing, Korean a space.
_SEASON_JOIN = r"\s*(?:の|的)?\s*"


@functools.cache
def relative_words(language: str) -> frozenset[str]:
    """Return the words for today, last year... of "ja", "zh" or "ko" (empty for others)."""
    record = DATE_LANGUAGES.get(language)
    if record is None or not isinstance(record.grammar, Counters):
        return frozenset()
    return frozenset(record.relative_words)


def cjk_rules(language: DateLanguage, counters: Counters) -> list[Rule]:
    """Return the date rules of a language that writes dates with counters (ja, zh, ko)."""
    year_c, month_c, day_c = counters.year, counters.month, counters.day
    relative = language.relative_words
    seasons = language.seasons
    season_alt = alternation(seasons)
    year_words = {word: offset for word, (unit, offset) in relative.items() if unit == "year"}
    lone = r"(?<![\d.,:/])"  # not inside a longer number, a time or a ratio
    year = rf"{lone}(?P<year>\d{{4}})\s*{year_c}"
    month = rf"(?P<month>\d{{1,2}})\s*{month_c}"
    day = rf"(?P<day>\d{{1,2}})\s*{day_c}"

    def full_date(m: re.Match[str], ctx: Context) -> Resolved | None:
        """Return the value of "2025年3月14日"."""
        value = timex.valid_day(int(m["year"]), int(m["month"]), int(m["day"]))
        return (timex.day_value(value), "absolute") if value else None

    def month_day(m: re.Match[str], ctx: Context) -> Resolved | None:
        """Return the value of "3月14日" (the year nearest the reference)."""
        month, day_ = int(m["month"]), int(m["day"])
        if not 1 <= month <= 12:
            return None
        value = timex.valid_day(pick_year(month, day_, ctx, m.start(), m.end()), month, day_)
        return (timex.day_value(value), "relative") if value else None

    def year_month(m: re.Match[str], ctx: Context) -> Resolved | None:
        """Return the value of "2025年3月"."""
        month = int(m["month"])
        return (timex.month_value(int(m["year"]), month), "absolute") if 1 <= month <= 12 else None

    def relative_year_month(m: re.Match[str], ctx: Context) -> Resolved | None:
        """Return the value of "今年4月", "去年3月10日", "작년 5월"."""
        year_, month = ctx.reference.year + year_words[m["rel"]], int(m["month"])
        if not 1 <= month <= 12:
            return None
        if m["day"] is None:
            return timex.month_value(year_, month), "relative"
        value = timex.valid_day(year_, month, int(m["day"]))
        return (timex.day_value(value), "relative") if value else None

    def bare_month(m: re.Match[str], ctx: Context) -> Resolved | None:
        """Return the value of "3月" named alone (the nearest March)."""
        month = int(m["month"])
        if not 1 <= month <= 12:
            return None
        return relative_month(month, 0, ctx, m.start(), m.end()), "relative"

    def bare_year(m: re.Match[str], ctx: Context) -> Resolved | None:
        """Return the value of "2025年"."""
        return timex.year_value(int(m["year"])), "absolute"

    def decade(m: re.Match[str], ctx: Context) -> Resolved | None:
        """Return the value of "1990年代"."""
        return m["decade"], "absolute"

    def season(m: re.Match[str], ctx: Context) -> Resolved | None:
        """Return the value of "2026年春" or "来年の春"."""
        written = m.groupdict().get("year")
        year_ = int(written) if written else ctx.reference.year + year_words[m["rel"]]
        kind = "absolute" if written else "relative"
        return timex.season_value(year_, seasons[m["season"]]), kind

    def fixed(m: re.Match[str], ctx: Context) -> Resolved | None:
        """Return the value of "昨日", "来年", "작년"..."""
        unit, offset = relative[m["w"]]
        value = unit_value(unit, offset, ctx.reference)
        return (value, "relative") if value else None

    not_more = r"(?!\s*\d)"  # "2025年" not followed by a month number, "3月" by a day
    rules = [
        # "2024-10-28", "2024/10/28", "2024.10.28": year first, as these languages write it;
        # look-arounds, not \b, since no space need separate the date from the words around.
        Rule(re.compile(r"(?<![\d./-])(?P<y>1[6-9]\d\d|20\d\d)(?P<sep>[-/.])(?P<m>[01]?\d)"
                        r"(?P=sep)(?P<d>[0-3]?\d)(?![\d./-])"), resolve_iso),
        Rule(re.compile(rf"{year}\s*{month}\s*{day}"), full_date),
        Rule(re.compile(rf"{lone}(?<!{year_c}){month}\s*{day}"), month_day),
        Rule(re.compile(rf"{year}\s*{month}{not_more}"), year_month),
        Rule(re.compile(rf"{year}{_SEASON_JOIN}(?P<season>{season_alt})"), season),
        Rule(re.compile(rf"(?P<rel>{alternation(year_words)}){_SEASON_JOIN}"
                        rf"(?P<season>{season_alt})(?:季|天)?"), season),
        Rule(re.compile(rf"(?P<rel>{alternation(year_words)}){_SEASON_JOIN}{month}"
                        rf"(?:\s*{day})?{not_more}"), relative_year_month),
        Rule(re.compile(rf"{lone}(?P<decade>\d{{3}})0\s*{year_c}代"), decade),
        Rule(re.compile(rf"{year}(?!\s*\d{{1,2}}\s*{month_c})(?!代)"), bare_year),
        Rule(re.compile(rf"{lone}(?<!{year_c}){month}{not_more}(?![間间])"), bare_month),
        Rule(re.compile(rf"(?P<w>{alternation(relative)})"), fixed),
    ]
    if language.ago is not None:
        rules.append(_ago_rule(lone, language.ago))
    return rules


def _ago_rule(lone: str, forms: Ago) -> Rule:
    """Return the rule of "3年前", "2년 전" (figures only: number words are not read)."""
    units = forms.units

    def ago(m: re.Match[str], ctx: Context) -> Resolved | None:
        """Return the value of "3年前", "两个月前" (digits only), "2년 전"."""
        value = unit_value(units[m["unit"]], -int(m["n"]), ctx.reference)
        return (value, "relative") if value else None

    n, unit = r"(?P<n>\d{1,3})", rf"(?P<unit>{alternation(units)})"
    return Rule(re.compile(lone + forms.pattern.format(n=n, unit=unit)), ago)
