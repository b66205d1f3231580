"""Rebuild resources/fonts/ from Debian's Noto fonts: subset, rename to InBrief families.

Usage: python build_scripts/subset_fonts.py [--source-core DIR] [--source-cjk DIR] [--out DIR]
Needs fonttools and the Debian packages fonts-noto-core and fonts-noto-cjk (see FONTS.md).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parent.parent
CORE = Path("/usr/share/fonts/truetype/noto")
CJK = Path("/usr/share/fonts/opentype/noto")

# Kangxi and CJK radicals share glyphs with ordinary ideographs: if they stay in the cmap a PDF
# viewer may copy the radical code point instead of the ideograph, so searches fail.
RADICALS = range(0x2E80, 0x2FE0)
COMPAT_IDEOGRAPHS = range(0xF900, 0xFB00)

COMMON = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x024F),  # Latin-1, Latin Extended-A/B
    (0x0250, 0x02FF),  # IPA, spacing modifiers
    (0x0300, 0x036F),  # combining diacritics
    (0x2000, 0x206F),  # general punctuation
    (0x20A0, 0x20BF),  # currency
    (0x2100, 0x215F),  # letterlike, number forms
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # maths operators
    (0x25A0, 0x25FF),  # geometric shapes (bullets)
    (0xFEFF, 0xFEFF),
    (0xFFFD, 0xFFFD),
]
LATIN_GREEK_CYRILLIC = COMMON + [
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x052F),  # Cyrillic + supplement
    (0x1AB0, 0x1AFF),
    (0x1D00, 0x1DFF),
    (0x1E00, 0x1FFF),  # Latin Extended Additional (Vietnamese), Greek Extended
    (0x2C60, 0x2C7F),
    (0x2DE0, 0x2DFF),
    (0xA640, 0xA69F),  # Cyrillic Extended-B
    (0xA720, 0xA7FF),
]
ALL = [(0x0000, 0x10FFFF)]  # script fonts are small: keep everything they cover


def euc_range(encoding: str, rows: Iterable[int]) -> set[int]:
    """Return the code points of the given rows of a two-byte EUC code set (94 cells each)."""
    found: set[int] = set()
    for row in rows:
        for cell in range(1, 95):
            raw = bytes([0xA0 + row, 0xA0 + cell])
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            found.update(ord(ch) for ch in text)
    return found


def cjk_common() -> set[int]:
    """Return punctuation, kana, full-width forms and symbols every CJK face keeps."""
    points: set[int] = set()
    for lo, hi in [
        (0x3000, 0x30FF),  # CJK punctuation, hiragana, katakana
        (0x3130, 0x318F),  # Hangul compatibility jamo
        (0x31F0, 0x31FF),
        (0xFF00, 0xFFEF),  # full-width and half-width forms
        (0x2010, 0x2027),
        (0x2030, 0x203B),
        (0x3200, 0x32FF),  # enclosed CJK letters
    ]:
        points.update(range(lo, hi + 1))
    return points


def ranges(spec: list[tuple[int, int]]) -> set[int]:
    return {cp for lo, hi in spec for cp in range(lo, hi + 1)}


def japanese() -> set[int]:
    """JIS X 0208 levels 1 and 2 (6,355 kanji) plus kana and symbols."""
    return euc_range("euc_jp", range(1, 85)) | cjk_common()


def simplified_chinese() -> set[int]:
    """GB 2312 levels 1 and 2 (6,763 hanzi) plus punctuation."""
    return euc_range("gb2312", range(1, 88)) | cjk_common()


def korean() -> set[int]:
    """KS X 1001 symbols and its 2,350 hangul syllables (no hanja)."""
    return euc_range("euc_kr", range(1, 41)) | cjk_common()


@dataclass(frozen=True)
class Face:
    out: str  # file name in resources/fonts
    family: str  # our family name
    style: str  # Regular, Bold, Italic
    source: str  # file name (CJK: ttc name)
    cjk_member: str = ""  # family name of the wanted member of a .ttc
    cover: str = "latin"  # latin, all, ja, zh, ko
    # Thai: without GSUB, marks keep their own glyphs (GPOS still stacks them), so the PDF maps
    # every glyph back to its character and copied Thai keeps its tone marks.
    features: tuple[str, ...] = ("*",)


THAI_FEATURES = ("kern", "mark", "mkmk")
# No "liga": a PDF maps the fi/fl ligature glyphs to U+FB01/FB02, so copied text would read
# "ﬁt" and a search for "fit" would fail.
LATIN_FEATURES = ("kern", "mark", "mkmk", "ccmp", "locl", "calt", "case", "frac", "lnum",
                  "onum", "pnum", "tnum", "ordn", "sups", "subs", "numr", "dnom", "c2sc", "smcp")

FACES = [
    Face("InBriefSans-Regular.ttf", "InBrief Sans", "Regular", "NotoSans-Regular.ttf",
         features=LATIN_FEATURES),
    Face("InBriefSans-Bold.ttf", "InBrief Sans", "Bold", "NotoSans-Bold.ttf",
         features=LATIN_FEATURES),
    Face("InBriefSerif-Regular.ttf", "InBrief Serif", "Regular", "NotoSerif-Regular.ttf",
         features=LATIN_FEATURES),
    Face("InBriefSerif-Bold.ttf", "InBrief Serif", "Bold", "NotoSerif-Bold.ttf",
         features=LATIN_FEATURES),
    Face(
        "InBriefArabic-Regular.ttf",
        "InBrief Arabic",
        "Regular",
        "NotoSansArabic-Regular.ttf",
        cover="all",
    ),
    Face(
        "InBriefArabic-Bold.ttf", "InBrief Arabic", "Bold", "NotoSansArabic-Bold.ttf", cover="all"
    ),
    Face(
        "InBriefHebrew-Regular.ttf",
        "InBrief Hebrew",
        "Regular",
        "NotoSansHebrew-Regular.ttf",
        cover="all",
    ),
    Face(
        "InBriefHebrew-Bold.ttf", "InBrief Hebrew", "Bold", "NotoSansHebrew-Bold.ttf", cover="all"
    ),
    Face(
        "InBriefThai-Regular.ttf",
        "InBrief Thai",
        "Regular",
        "NotoSansThai-Regular.ttf",
        cover="all",
        features=THAI_FEATURES,
    ),
    Face(
        "InBriefThai-Bold.ttf",
        "InBrief Thai",
        "Bold",
        "NotoSansThai-Bold.ttf",
        cover="all",
        features=THAI_FEATURES,
    ),
    Face(
        "InBriefCJKJP-Regular.otf",
        "InBrief CJK JP",
        "Regular",
        "NotoSansCJK-Regular.ttc",
        "Noto Sans CJK JP",
        "ja",
    ),
    Face(
        "InBriefCJKSC-Regular.otf",
        "InBrief CJK SC",
        "Regular",
        "NotoSansCJK-Regular.ttc",
        "Noto Sans CJK SC",
        "zh",
    ),
    Face(
        "InBriefCJKKR-Regular.otf",
        "InBrief CJK KR",
        "Regular",
        "NotoSansCJK-Regular.ttc",
        "Noto Sans CJK KR",
        "ko",
    ),
]


def load(face: Face, core: Path, cjk: Path) -> TTFont:
    """Open the source font of ``face`` (the right member of a collection for CJK)."""
    if face.cjk_member:
        collection = TTCollection(str(cjk / face.source), lazy=False)
        for font in collection.fonts:
            if font["name"].getDebugName(1) == face.cjk_member:
                return font
        raise SystemExit(f"{face.cjk_member} not found in {face.source}")
    return TTFont(str(core / face.source))


def wanted(face: Face, font: TTFont) -> set[int]:
    """Return the code points to keep for ``face``."""
    if face.cover == "latin":
        points = ranges(LATIN_GREEK_CYRILLIC)
    elif face.cover == "ja":
        points = japanese()
    elif face.cover == "zh":
        points = simplified_chinese()
    elif face.cover == "ko":
        points = korean()
    else:
        points = set(font.getBestCmap())
    points -= set(RADICALS) | set(COMPAT_IDEOGRAPHS)
    return points & set(font.getBestCmap())


def rename(font: TTFont, family: str, style: str) -> None:
    """Give the font our own family name (name IDs 1, 2, 3, 4, 6, 16, 17) so none can clash."""
    name = font["name"]
    ps_family = family.replace(" ", "")
    full = family if style == "Regular" else f"{family} {style}"
    values = {
        1: family,
        2: style,
        3: f"InBrief:{ps_family}-{style}",
        4: full,
        6: f"{ps_family}-{style}",
        16: family,
        17: style,
    }
    for name_id in (1, 2, 3, 4, 6, 16, 17, 21, 22):
        name.removeNames(nameID=name_id)
    for name_id, value in values.items():
        name.setName(value, name_id, 3, 1, 0x409)  # Windows, Unicode BMP, en-US
        name.setName(value, name_id, 1, 0, 0)  # Macintosh, Roman, English
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [values[6]]
        top = cff.topDictIndex[0]
        for attr, value in (("FamilyName", family), ("FullName", full)):
            if hasattr(top, attr):
                setattr(top, attr, value)


def build(face: Face, core: Path, cjk: Path, out_dir: Path) -> Path:
    """Subset, rename and save one face; return the written path."""
    font = load(face, core, cjk)
    options = subset.Options()
    options.layout_features = list(face.features)  # "*": Arabic joining, kerning, CJK forms
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.hinting = False  # the PDF and the screen rasteriser do not need TrueType hints
    options.notdef_outline = True
    options.glyph_names = False
    options.drop_tables += ["VORG", "vhea", "vmtx", "DSIG"]  # no vertical writing in a brief
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(wanted(face, font)))
    subsetter.subset(font)
    if face.features == THAI_FEATURES and "GSUB" in font:
        del font["GSUB"]
    rename(font, face.family, face.style)
    target = out_dir / face.out
    font.recalcTimestamp = False  # keep the source's date: a rebuild gives identical files
    font.save(str(target))
    return target


def main(argv: list[str] | None = None) -> int:
    """Rebuild every face and print its size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-core", type=Path, default=CORE)
    parser.add_argument("--source-cjk", type=Path, default=CJK)
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "fonts")
    parser.add_argument("--only", help="build only faces whose file name contains this")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    total = 0
    for face in FACES:
        if args.only and args.only not in face.out:
            continue
        path = build(face, args.source_core, args.source_cjk, args.out)
        size = path.stat().st_size
        total += size
        print(f"{path.name:32} {size / 1e6:6.2f} MB  {face.family} {face.style}")
    print(f"{'total':32} {total / 1e6:6.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
