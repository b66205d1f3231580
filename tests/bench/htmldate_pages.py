"""htmldate 1.4.0's test pages, a fifth set for pasting (issue 13).

Not a bench of its own: ``paste_outside.py --htmldate DIR`` reads these pages. ``fetch`` gets
them once from PyPI (the sdist of htmldate 1.4.0 holds tests/cache/*.html, 68 saved pages,
mostly German and Austrian blogs, news, shops and home pages, and tests/unit_tests.py, whose
asserts give the publication date htmldate must find on some of them: ``find_date(
load_mock_page(URL), original_date=True) == "YYYY-MM-DD"``); nothing is copied into the
repository. Titles are judged as paste_quality.py judges them (the page's og:title or h1).

Pages that trafilatura 1.0.0's tests hold too (traf_pages.py reads those, and may have read
them) are left out by file name, as are paste_quality.py's own pages (by file name or a shared
title). The rest are split by sha1 of the file name into a half that may be read while writing
rules ("read") and one that is only counted ("count"), as traf_pages.py splits.

Caveat: a third of the pages are home pages, shops or documentation with no one headline; their
og:title is still the reference, so read the titles as a comparison between versions and ways
of pasting, not as a score of article pages alone.
"""

from __future__ import annotations

import ast
from pathlib import Path

import outside_pages
import paste_quality as bench
import traf_pages

SDIST = "htmldate==1.4.0"

# trafilatura 1.0.0's tests/cache holds pages of the same names (the two projects share an
# author): traf_pages.py reads them, so they stay out of this set.
TRAFILATURA_NAMES = frozenset({
    "befifty.montauk.html", "blog.python.org.html", "creativecommons.at.faircoin.html",
    "creativecommons.org.html", "hundeverein-kreisunna.de.html",
    "netzpolitik.org.abmahnungen.html", "stuttgart.de.html",
})


def fetch(folder: Path) -> None:
    """Download htmldate 1.4.0's sdist and unpack its test pages and asserts into ``folder``."""
    outside_pages.fetch_sdist(
        SDIST, lambda name: "/tests/cache/" in name or name.endswith("/tests/unit_tests.py"),
        "*/tests", folder)


def published(source: str) -> dict[str, str]:
    """Return file name -> publication day from the asserts ``find_date(load_mock_page(URL),
    original_date=True) == "day"`` (the page's own date, not its last change); a page given
    two different days is left out."""
    tree = ast.parse(source)
    files = traf_pages.mock_pages(tree)
    found: dict[str, set[str]] = {}
    for compare in (n for n in ast.walk(tree) if isinstance(n, ast.Compare)):
        call, right = compare.left, compare.comparators[0]
        if not (isinstance(compare.ops[0], ast.Eq) and isinstance(call, ast.Call)
                and getattr(call.func, "id", "") == "find_date"
                and isinstance(right, ast.Constant) and isinstance(right.value, str)):
            continue
        keywords = {k.arg: k.value for k in call.keywords}
        original = keywords.pop("original_date", None)
        if keywords or not (isinstance(original, ast.Constant) and original.value is True):
            continue
        inner = call.args[0] if call.args else None
        if not (isinstance(inner, ast.Call) and getattr(inner.func, "id", "") == "load_mock_page"
                and inner.args and isinstance(inner.args[0], ast.Constant)
                and len(inner.args) == 1 and not inner.keywords):
            continue
        name = files.get(inner.args[0].value)
        if name:
            found.setdefault(name, set()).add(right.value)
    return {name: days.pop() for name, days in found.items() if len(days) == 1}


def pages(folder: Path) -> list[tuple[bench.Page, list[str], str, str]]:
    """Return (page, right titles, half, publication day or "") for every page with a title."""
    test_file = folder / "unit_tests.py"
    if not test_file.exists():
        return []
    source = test_file.read_text(encoding="utf-8")
    days = published(source)
    evaluation = bench.load_pages(None)
    own_names = {p.path.name for p in evaluation}
    own_titles = {bench.key(t) for p in evaluation for t in bench.expected_titles(p)}
    found = []
    for name in sorted(set(traf_pages.mock_pages(ast.parse(source)).values())):
        path = folder / "cache" / name
        if not path.exists() or name in own_names or name in TRAFILATURA_NAMES:
            continue
        page = bench.Page(name, path)
        titles = bench.expected_titles(page)
        if not titles or any(bench.key(t) in own_titles for t in titles):
            continue
        found.append((page, titles, traf_pages.half(name), days.get(name, "")))
    return found
