"""Dates in Japanese, Chinese and Korean: counters (年月日, 년월일), relative words, seasons."""

from __future__ import annotations

import datetime as dt

import pytest

from inbrief.core.dates import find_dates

REF = dt.date(2026, 11, 27)  # a Friday


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, language, REF)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ja", "市は2025年3月14日に計画を発表した。", [("2025年3月14日", "2025-03-14")]),
        ("ja", "工事は２０２６年５月１日に始まる。", [("２０２６年５月１日", "2026-05-01")]),
        ("ja", "2025年3月に決まった。", [("2025年3月", "2025-03")]),
        ("ja", "建物は2019年に完成した。", [("2019年", "2019")]),
        ("ja", "1990年代の建物だ。", [("1990年代", "199")]),
        ("ja", "工事は来年の春に始まる。", [("来年の春", "2027-SP")]),
        ("ja", "今年4月に着工した。", [("今年4月", "2026-04")]),
        ("ja", "昨日、市長が述べた。", [("昨日", "2026-11-26")]),
        ("ja", "3年前に提案された。", [("3年前", "2023")]),
        ("zh", "将于2026年5月1日开工。", [("2026年5月1日", "2026-05-01")]),
        ("zh", "6月15号举行听证会。", [("6月15号", "2026-06-15")]),
        ("zh", "预计明年秋季完工。", [("明年秋季", "2027-FA")]),
        ("zh", "市政府昨天宣布。", [("昨天", "2026-11-26")]),
        ("zh", "去年3月，市民提出意见。", [("去年3月", "2025-03")]),
        ("zh-cn", "将在下个月举行。", [("下个月", "2026-12")]),
        ("ko", "시는 2025년 3월 14일 발표했다.", [("2025년 3월 14일", "2025-03-14")]),
        ("ko", "공사는 내년 봄에 시작된다.", [("내년 봄", "2027-SP")]),
        ("ko", "작년 5월에 제안되었다.", [("작년 5월", "2025-05")]),
        ("ko", "2년 전에 논의가 시작됐다.", [("2년 전", "2024")]),
        ("ja", "締切は2024/10/28まで。", [("2024/10/28", "2024-10-28")]),
        ("zh", "截止日期2024.10.28。", [("2024.10.28", "2024-10-28")]),
    ],
)
def test_cjk_dates(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, language) == expected


def test_month_day_without_year_takes_the_nearest_year() -> None:
    # 20 March is 113 days after the reference in 2027, 252 days before it in 2026.
    assert found("市は3月20日に説明会を開く。", "ja") == [("3月20日", "2027-03-20")]
    # 1 November is 26 days before the reference.
    assert found("11月1日に決まった。", "ja") == [("11月1日", "2026-11-01")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ja", "会議は10時30分に始まった。"),  # a time, not a date
        ("ja", "完成まで3か月かかる。"),  # a duration
        ("ja", "登録番号は12,2025年式。"),  # digits of a longer number
        ("zh", "工程需要三个月。"),
        ("ja", "13月40日という日はない。"),  # no such month or day
    ],
)
def test_cjk_non_dates(language: str, text: str) -> None:
    assert found(text, language) == []
