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
from inbrief.core.dates.patterns import alternation
from inbrief.core.dates.relative import relative_month, unit_value
from inbrief.core.dates.rules import Context, Resolved, Rule, pick_year, resolve_iso

# Counters of each language: year, month, day (alternatives), and the word order joiners.
_COUNTERS = {
    "ja": ("年", "月", "日"),
    "zh": ("年", "月", "[日号號]"),
    "ko": ("년", "월", "일"),
}
# Words for today, last year...: (unit, offset) as date_relative.unit_value takes them.
_RELATIVE: dict[str, dict[str, tuple[str, int]]] = {
    "ja": {
        "一昨日": ("day", -2), "昨日": ("day", -1), "今日": ("day", 0), "本日": ("day", 0),
        "明日": ("day", 1), "明後日": ("day", 2), "先週": ("week", -1), "今週": ("week", 0),
        "来週": ("week", 1), "先月": ("month", -1), "今月": ("month", 0), "来月": ("month", 1),
        "昨年": ("year", -1), "去年": ("year", -1), "今年": ("year", 0), "来年": ("year", 1),
        "一昨年": ("year", -2), "再来年": ("year", 2),
    },
    "zh": {
        "前天": ("day", -2), "昨天": ("day", -1), "今天": ("day", 0), "明天": ("day", 1),
        "后天": ("day", 2), "上周": ("week", -1), "本周": ("week", 0), "下周": ("week", 1),
        "上个月": ("month", -1), "本月": ("month", 0), "下个月": ("month", 1),
        "去年": ("year", -1), "今年": ("year", 0), "明年": ("year", 1), "前年": ("year", -2),
        "後天": ("day", 2), "上週": ("week", -1), "本週": ("week", 0), "下週": ("week", 1),
        "上個月": ("month", -1), "下個月": ("month", 1),
    },
    "ko": {
        "그제": ("day", -2), "어제": ("day", -1), "오늘": ("day", 0), "내일": ("day", 1),
        "모레": ("day", 2), "지난주": ("week", -1), "이번 주": ("week", 0), "다음 주": ("week", 1),
        "지난달": ("month", -1), "이번 달": ("month", 0), "다음 달": ("month", 1),
        "작년": ("year", -1), "지난해": ("year", -1), "올해": ("year", 0), "내년": ("year", 1),
    },
}
_SEASONS = {
    "ja": {"春": 0, "夏": 1, "秋": 2, "冬": 3},
    "zh": {"春": 0, "夏": 1, "秋": 2, "冬": 3},
    "ko": {"봄": 0, "여름": 1, "가을": 2, "겨울": 3},
}
# "N units ago": the unit words and the word for "ago".
_AGO = {
    "ja": ({"年": "year", "か月": "month", "ヶ月": "month", "カ月": "month", "ヵ月": "month",
            "週間": "week", "日": "day"}, "前"),
    "zh": ({"年": "year", "个月": "month", "個月": "month", "周": "week", "週": "week",
            "天": "day"}, "前"),
    "ko": ({"년": "year", "개월": "month", "주": "week", "일": "day"}, "전"),
}
# Between a year word and a season: Japanese の, Chinese 的 or nothing, Korean a space.
_SEASON_JOIN = r"\s*(?:の|的)?\s*"


@functools.cache
def relative_words(language: str) -> frozenset[str]:
    """Return the words for today, last year... of "ja", "zh" or "ko" (empty for others)."""
    return frozenset(_RELATIVE.get(language, {}))


def cjk_rules(language: str) -> list[Rule]:
    """Return the date rules of ``language`` ("ja", "zh" or "ko")."""
    year_c, month_c, day_c = _COUNTERS[language]
    relative = _RELATIVE[language]
    seasons = _SEASONS[language]
    season_alt = alternation(seasons)
    year_words = {word: offset for word, (unit, offset) in relative.items() if unit == "year"}
    units, ago_word = _AGO[language]
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

    def ago(m: re.Match[str], ctx: Context) -> Resolved | None:
        """Return the value of "3年前", "两个月前" (digits only), "2년 전"."""
        value = unit_value(units[m["unit"]], -int(m["n"]), ctx.reference)
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
        Rule(re.compile(rf"{lone}(?P<n>\d{{1,3}})\s*(?P<unit>{alternation(units)})\s*"
                        rf"{ago_word}"), ago),
    ]
    return rules
