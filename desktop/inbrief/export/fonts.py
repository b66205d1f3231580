"""Bundled fonts: register them with Qt under InBrief's own family names and pick fallbacks."""

from __future__ import annotations

import threading

from PySide6.QtGui import QFontDatabase, QGuiApplication

from inbrief.resources import resource

SANS = "InBrief Sans"
SERIF = "InBrief Serif"
ARABIC = "InBrief Arabic"
HEBREW = "InBrief Hebrew"
THAI = "InBrief Thai"
CJK_JP = "InBrief CJK JP"
CJK_SC = "InBrief CJK SC"
CJK_KR = "InBrief CJK KR"

FONT_FILES = (
    "InBriefSans-Regular.ttf",
    "InBriefSans-Bold.ttf",
    "InBriefSerif-Regular.ttf",
    "InBriefSerif-Bold.ttf",
    "InBriefArabic-Regular.ttf",
    "InBriefArabic-Bold.ttf",
    "InBriefHebrew-Regular.ttf",
    "InBriefHebrew-Bold.ttf",
    "InBriefThai-Regular.ttf",
    "InBriefThai-Bold.ttf",
    "InBriefCJKJP-Regular.otf",
    "InBriefCJKSC-Regular.otf",
    "InBriefCJKKR-Regular.otf",
)

_lock = threading.Lock()
_families: list[str] = []


def register_fonts() -> list[str]:
    """Register the bundled fonts once and return their family names (needs a QGuiApplication)."""
    with _lock:
        if _families:
            return list(_families)
        if QGuiApplication.instance() is None:
            raise RuntimeError("register_fonts() needs a QGuiApplication")
        found: list[str] = []
        for name in FONT_FILES:
            path = resource("fonts", name)
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                raise RuntimeError(f"bundled font {path} could not be loaded")
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in found:
                    found.append(family)
        _families.extend(found)
        return list(found)


def _cjk_order(language: str) -> list[str]:
    """Return the CJK faces, the one drawing ``language``'s glyph variants first."""
    code = language.lower()
    if code.startswith("ja"):
        return [CJK_JP, CJK_SC, CJK_KR]
    if code.startswith("ko"):
        return [CJK_KR, CJK_JP, CJK_SC]
    if code.startswith("zh"):
        return [CJK_SC, CJK_JP, CJK_KR]
    return [CJK_JP, CJK_SC, CJK_KR]


def text_families(language: str = "", *, serif: bool = False) -> list[str]:
    """Return the family fallback chain for text in ``language`` (Latin face first)."""
    first = [SERIF, SANS] if serif else [SANS]
    return first + [ARABIC, HEBREW, THAI] + _cjk_order(language)


def ui_font_families(language: str = "") -> list[str]:
    """Return the fallback chain widgets should use (QFont.setFamilies)."""
    return text_families(language)


def css_families(language: str = "", *, serif: bool = False) -> str:
    """Return the chain as a CSS font-family value."""
    return ", ".join(f"'{family}'" for family in text_families(language, serif=serif))
