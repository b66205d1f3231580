"""Japanese, Chinese and Korean date words (grammar_cjk.py reads them)."""

from __future__ import annotations

from inbrief.core.dates.languages.record import Ago, Counters, DateLanguage

# Months and days are numbers with counters (3月14日); weekdays and numerals written in
# characters (三月十四日) are not read. No tense cues of their own (tense=None).

JAPANESE = DateLanguage(
    code="ja",
    grammar=Counters(year="年", month="月", day="日"),
    months={},
    weekdays={},
    seasons={"春": 0, "夏": 1, "秋": 2, "冬": 3},
    relative_words={
        "一昨日": ("day", -2), "昨日": ("day", -1), "今日": ("day", 0), "本日": ("day", 0),
        "明日": ("day", 1), "明後日": ("day", 2), "先週": ("week", -1), "今週": ("week", 0),
        "来週": ("week", 1), "先月": ("month", -1), "今月": ("month", 0), "来月": ("month", 1),
        "昨年": ("year", -1), "去年": ("year", -1), "今年": ("year", 0), "来年": ("year", 1),
        "一昨年": ("year", -2), "再来年": ("year", 2),
    },
    ago=Ago(
        r"{n}\s*{unit}\s*前",
        {},
        {"年": "year", "か月": "month", "ヶ月": "month", "カ月": "month", "ヵ月": "month",
         "週間": "week", "日": "day"},
    ),
    tense=None,
)  # fmt: skip

CHINESE = DateLanguage(
    code="zh",
    grammar=Counters(year="年", month="月", day="[日号號]"),
    months={},
    weekdays={},
    seasons={"春": 0, "夏": 1, "秋": 2, "冬": 3},
    relative_words={
        "前天": ("day", -2), "昨天": ("day", -1), "今天": ("day", 0), "明天": ("day", 1),
        "后天": ("day", 2), "上周": ("week", -1), "本周": ("week", 0), "下周": ("week", 1),
        "上个月": ("month", -1), "本月": ("month", 0), "下个月": ("month", 1),
        "去年": ("year", -1), "今年": ("year", 0), "明年": ("year", 1), "前年": ("year", -2),
        "後天": ("day", 2), "上週": ("week", -1), "本週": ("week", 0), "下週": ("week", 1),
        "上個月": ("month", -1), "下個月": ("month", 1),
    },
    ago=Ago(
        r"{n}\s*{unit}\s*前",
        {},
        {"年": "year", "个月": "month", "個月": "month", "周": "week", "週": "week",
         "天": "day"},
    ),
    tense=None,
)  # fmt: skip

KOREAN = DateLanguage(
    code="ko",
    grammar=Counters(year="년", month="월", day="일"),
    months={},
    weekdays={},
    seasons={"봄": 0, "여름": 1, "가을": 2, "겨울": 3},
    relative_words={
        "그제": ("day", -2), "어제": ("day", -1), "오늘": ("day", 0), "내일": ("day", 1),
        "모레": ("day", 2), "지난주": ("week", -1), "이번 주": ("week", 0), "다음 주": ("week", 1),
        "지난달": ("month", -1), "이번 달": ("month", 0), "다음 달": ("month", 1),
        "작년": ("year", -1), "지난해": ("year", -1), "올해": ("year", 0), "내년": ("year", 1),
    },
    ago=Ago(r"{n}\s*{unit}\s*전", {}, {"년": "year", "개월": "month", "주": "week", "일": "day"}),
    tense=None,
)  # fmt: skip

LANGUAGES = (JAPANESE, CHINESE, KOREAN)
