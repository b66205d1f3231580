"""Bundled fonts register under InBrief's own names and cover every script we promise."""

from __future__ import annotations

from fontTools.ttLib import TTFont
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

from inbrief.export import fonts
from inbrief.resources import resource

OURS = [
    "InBrief Sans", "InBrief Serif", "InBrief Arabic", "InBrief Hebrew", "InBrief Thai",
    "InBrief CJK JP", "InBrief CJK SC", "InBrief CJK KR",
]  # fmt: skip


def test_register_fonts_returns_our_families_once(qapp: object) -> None:
    first = fonts.register_fonts()
    assert sorted(first) == sorted(OURS)
    assert fonts.register_fonts() == first
    available = set(QFontDatabase.families())
    assert set(OURS) <= available


def test_our_family_resolves_to_our_file(qapp: object) -> None:
    fonts.register_fonts()
    font = QFont("InBrief Serif")
    assert QFontInfo(font).family() == "InBrief Serif"
    assert QFontDatabase.styles("InBrief Sans") == ["Regular", "Bold"] or set(
        QFontDatabase.styles("InBrief Sans")
    ) == {"Regular", "Bold"}


def test_fallback_chain_prefers_the_languages_cjk_face() -> None:
    assert fonts.text_families("ja")[0] == "InBrief Sans"
    chain = fonts.text_families("zh-cn")
    assert chain.index("InBrief CJK SC") < chain.index("InBrief CJK JP")
    chain = fonts.ui_font_families("ko")
    assert chain.index("InBrief CJK KR") < chain.index("InBrief CJK JP")
    assert fonts.text_families("en", serif=True)[:2] == ["InBrief Serif", "InBrief Sans"]


def _cmap(name: str) -> set[int]:
    with TTFont(resource("fonts", name), lazy=True) as font:
        return set(font.getBestCmap())


def test_scripts_are_covered() -> None:
    latin = _cmap("InBriefSans-Regular.ttf")
    assert {ord(c) for c in "Aéßŋ ΑΩαω АЯжё €–“”…"} <= latin
    assert {ord(c) for c in "مرحبا"} <= _cmap("InBriefArabic-Regular.ttf")
    assert {ord(c) for c in "שלום"} <= _cmap("InBriefHebrew-Regular.ttf")
    assert {ord(c) for c in "ภาษาไทยที่"} <= _cmap("InBriefThai-Regular.ttf")
    assert {ord(c) for c in "東京都の経済ニュース、鬱"} <= _cmap("InBriefCJKJP-Regular.otf")
    assert {ord(c) for c in "中华人民共和国国务院总理"} <= _cmap("InBriefCJKSC-Regular.otf")
    assert {ord(c) for c in "한국어 문장입니다"} - {32} <= _cmap("InBriefCJKKR-Regular.otf")


def test_no_radicals_or_ligatures_that_would_spoil_copied_text() -> None:
    for name in (
        "InBriefCJKJP-Regular.otf",
        "InBriefCJKSC-Regular.otf",
        "InBriefCJKKR-Regular.otf",
    ):
        cmap = _cmap(name)
        assert not any(0x2E80 <= cp <= 0x2FDF for cp in cmap), name
        assert not any(0xF900 <= cp <= 0xFAFF for cp in cmap), name
    assert 0xFB01 not in _cmap("InBriefSerif-Regular.ttf")


def test_font_files_are_renamed_and_licensed() -> None:
    for file_name in fonts.FONT_FILES:
        with TTFont(resource("fonts", file_name), lazy=True) as font:
            names = font["name"]
            family = names.getDebugName(16) or names.getDebugName(1)
            assert family.startswith("InBrief "), file_name
            assert "Noto" not in (names.getDebugName(1) or "") + (names.getDebugName(4) or "")
    assert "SIL OPEN FONT LICENSE Version 1.1" in resource("fonts", "OFL.txt").read_text()
    total = sum(resource("fonts", n).stat().st_size for n in fonts.FONT_FILES)
    assert total < 15_000_000
