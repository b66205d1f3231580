"""The one-page PDF brief: one page, real text, our fonts, metadata, paper sizes, safe writes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from brief_fakes import arabic_brief, english_brief, japanese_brief, long_brief, make_brief
from pdf_helpers import (
    embedded,
    font_names,
    needs_pdftotext,
    page_count,
    pdftotext,
    pypdf_text,
    squash,
)
from pypdf import PdfReader

from inbrief.core.brief import Brief
from inbrief.core.errors import OutputExists
from inbrief.export import pdf
from inbrief.export.pdf import default_paper, render_brief_document, write_pdf

NOW = dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def english_pdf(qapp: object, tmp_path: Path) -> Path:
    path = tmp_path / "brief.pdf"
    result = write_pdf(english_brief(), path, now=NOW)
    assert result.shortened is False and result.font_size == 10.0 and result.dropped == {}
    return path


def test_typical_brief_is_one_page_with_every_summary_sentence(english_pdf: Path) -> None:
    assert page_count(english_pdf) == 1
    text = squash(pypdf_text(english_pdf))
    for sentence in english_brief().summary:
        assert squash(sentence.text) in text
    for expected in ("IlseCarrow", "HalvorsenMarine", "3Mar2025", "InBrief0.1.0",
                     "harbour-wall.txt", "TheWendalCourier", "published27Nov2024"):  # fmt: skip
        assert expected in text


@needs_pdftotext
def test_pdftotext_returns_the_summary(english_pdf: Path) -> None:
    text = squash(pdftotext(english_pdf))
    for sentence in english_brief().summary:
        assert squash(sentence.text) in text


def test_metadata(english_pdf: Path) -> None:
    meta = PdfReader(english_pdf).metadata
    assert meta.title == "Port Wendal will rebuild its harbour wall before winter"
    assert meta.creator == "InBrief 0.1.0"
    assert "harbour-wall.txt" in meta.subject
    assert meta["/Keywords"].startswith("harbour wall, council")


def test_our_fonts_are_used_and_embedded(english_pdf: Path) -> None:
    names = font_names(english_pdf)
    assert names and all(name.startswith("InBrief") for name in names), names
    assert {"InBriefSerif-Regular", "InBriefSans-Regular"} <= names
    assert embedded(english_pdf)


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_paper_sizes(qapp: object, tmp_path: Path, paper: str, size: tuple[int, int]) -> None:
    path = tmp_path / f"{paper}.pdf"
    assert write_pdf(english_brief(), path, paper=paper).paper == paper
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_unknown_paper_is_refused(qapp: object, tmp_path: Path) -> None:
    with pytest.raises(Exception, match="unknown paper"):
        write_pdf(english_brief(), tmp_path / "x.pdf", paper="a3")
    assert not (tmp_path / "x.pdf").exists()


def test_japanese_brief(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "ja.pdf"
    write_pdf(japanese_brief(), path)
    assert page_count(path) == 1
    assert "InBriefCJKJP-Regular" in font_names(path)
    assert embedded(path)
    text = squash(pypdf_text(path))
    assert squash(japanese_brief().title) in text


@needs_pdftotext
def test_pdftotext_japanese_and_arabic(qapp: object, tmp_path: Path) -> None:
    for name, brief in (("ja", japanese_brief()), ("ar", arabic_brief())):
        path = tmp_path / f"{name}.pdf"
        write_pdf(brief, path)
        text = squash(pdftotext(path))
        for sentence in brief.summary:
            words = sentence.text.strip(".").split() if name == "ar" else [sentence.text]
            for word in words:
                # Poppler returns Arabic in presentation forms (NFKC maps them back) and may
                # order a right-to-left line's words either way; each word must be there.
                assert squash(word) in text or squash(word[::-1]) in text, word


def test_arabic_uses_arabic_font(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "ar.pdf"
    write_pdf(arabic_brief(), path)
    assert page_count(path) == 1
    assert "InBriefArabic-Regular" in font_names(path)


def test_long_brief_is_reduced_to_one_page(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    result = write_pdf(long_brief(), path, paper="letter")
    assert page_count(path) == 1
    assert result.pages == 1
    assert result.dropped["person"] > 0 and result.dropped["summary"] > 0
    text = squash(pypdf_text(path))
    assert "InBrief0.1.0" in text  # the footer made it onto the page
    # The 300+ character title was cut, and the page says so.
    assert result.shortened and "Shortenedtofit" in text


def test_huge_sentence_is_shortened_not_cut_off(qapp: object, tmp_path: Path) -> None:
    words = " ".join(f"word{i}" for i in range(3000)) + "."
    path = tmp_path / "huge.pdf"
    result = write_pdf(make_brief([words, "Short one."], summary_count=2), path)
    assert page_count(path) == 1
    raw = pypdf_text(path)
    text = squash(raw)
    assert result.shortened and "Shortenedtofit" in text and "…" in raw
    assert "word2999" not in text


def test_tiny_and_empty_briefs(qapp: object, tmp_path: Path) -> None:
    write_pdf(make_brief(["Hello."]), tmp_path / "tiny.pdf")
    write_pdf(Brief(text=""), tmp_path / "empty.pdf")
    assert page_count(tmp_path / "tiny.pdf") == 1
    assert page_count(tmp_path / "empty.pdf") == 1
    assert "Nosummary" in squash(pypdf_text(tmp_path / "empty.pdf"))


def test_refuses_to_overwrite_without_force(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "brief.pdf"
    path.write_bytes(b"precious")
    with pytest.raises(OutputExists):
        write_pdf(english_brief(), path)
    assert path.read_bytes() == b"precious"
    write_pdf(english_brief(), path, force=True)
    assert path.read_bytes().startswith(b"%PDF")


def test_failed_export_leaves_nothing(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(data: bytes, brief: Brief) -> bytes:
        raise RuntimeError("disk vanished")

    monkeypatch.setattr(pdf, "add_info", broken)
    with pytest.raises(RuntimeError):
        write_pdf(english_brief(), tmp_path / "brief.pdf")
    assert list(tmp_path.iterdir()) == []


def test_preview_image_matches_page(qapp: object) -> None:
    page = render_brief_document(english_brief(), "a4", None)
    image = page.to_image(dpi=50)
    assert (image.width(), image.height()) == (round(210 / 25.4 * 50), round(297 / 25.4 * 50))
    # Something is drawn inside the margins and the corners stay white.
    assert image.pixelColor(2, 2).name() == "#ffffff"
    dark = sum(
        1 for x in range(0, image.width(), 3) for y in range(0, image.height() // 4, 3)
        if image.pixelColor(x, y).lightness() < 128
    )  # fmt: skip
    assert dark > 50
    assert page.body.toPlainText().startswith("Port Wendal will rebuild")


@pytest.mark.parametrize(
    ("env", "expected"),
    [({"LC_PAPER": "en_US.UTF-8"}, "letter"), ({"LC_PAPER": "de_DE.UTF-8"}, "a4"),
     ({"LC_PAPER": "", "LC_ALL": "", "LANG": "fr_CA.UTF-8"}, "letter")],
)  # fmt: skip
def test_default_paper_from_environment(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    class NoTerritory:
        def territory(self) -> object:
            return None

    monkeypatch.setattr(pdf.QLocale, "system", staticmethod(lambda: NoTerritory()))
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert default_paper() == expected


def test_headless_export_without_display_or_system_fonts(tmp_path: Path) -> None:
    """The CLI path: no QGuiApplication, no DISPLAY, fontconfig finding no fonts at all."""
    import os
    import subprocess
    import sys

    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><fontconfig><dir>/nonexistent</dir>'
        f"<cachedir>{tmp_path}/cache</cachedir></fontconfig>"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    env["FONTCONFIG_FILE"] = str(config)
    here = Path(__file__).resolve().parent
    env["PYTHONPATH"] = os.pathsep.join([str(here), str(here.parents[1] / "desktop")])
    script = (
        "import sys; from pathlib import Path; from brief_fakes import japanese_brief;"
        "from inbrief.export.pdf import write_pdf;"
        "print(write_pdf(japanese_brief(), Path(sys.argv[1])).pages)"
    )
    out = tmp_path / "ja.pdf"
    done = subprocess.run([sys.executable, "-c", script, str(out)], env=env, capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1"
    assert page_count(out) == 1
    assert "InBriefCJKJP-Regular" in font_names(out)
    assert squash("北浜市、港の防波堤を建て替えへ") in squash(pypdf_text(out))


@pytest.mark.parametrize(
    ("territory", "expected"),
    [(pdf.QLocale.Country.UnitedStates, "letter"), (pdf.QLocale.Country.Canada, "letter"),
     (pdf.QLocale.Country.Germany, "a4"), (pdf.QLocale.Country.Japan, "a4")],
)  # fmt: skip
def test_default_paper_from_qt_locale(
    monkeypatch: pytest.MonkeyPatch, territory: object, expected: str
) -> None:
    class Locale:
        def territory(self) -> object:
            return territory

    monkeypatch.setattr(pdf.QLocale, "system", staticmethod(lambda: Locale()))
    monkeypatch.setenv("LC_PAPER", "en_PH.UTF-8" if expected == "a4" else "de_DE.UTF-8")
    assert default_paper() == expected
