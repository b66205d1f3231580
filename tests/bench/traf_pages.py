"""Trafilatura 1.0.0's real-world test pages, a fourth set for pasting (issue 13).

Not a bench of its own: ``paste_outside.py --traf DIR`` reads these pages. ``fetch`` gets them
once from PyPI (the sdist of trafilatura 1.0.0 holds tests/cache/*.html, about 110 saved pages,
mostly German blogs, shops and news, and tests/realworld_tests.py, whose asserts name, for each
page, text that trafilatura's output must hold and text it must not); nothing is copied into the
repository. Those asserts are read with ``ast`` into snippets to keep (``with``) and to drop
(``without``), as paste_quality.py's files/html pages have them.

Pages that may be paste_quality.py's own are left out: those whose file name is one of
../shared/data/eval/files/html/, and those sharing a title (og:title or h1) with any evaluation
page. The rest are split by sha1 of the file name into a half that may be read while writing
rules ("read") and one that is only counted ("count").

Caveats: trafilatura keeps readers' comments by default, and some ``with`` snippets are in
them, while the cleaning drops comment sections; the snippets test trafilatura's output on the
saved page, not what a reader would keep. Read the figures as a comparison between versions and
between ways of pasting, not as absolute scores.
"""

from __future__ import annotations

import ast
import hashlib
from pathlib import Path

import outside_pages
import paste_quality as bench

SDIST = "trafilatura==1.0.0"


def fetch(folder: Path) -> None:
    """Download trafilatura 1.0.0's sdist and unpack its test pages and asserts into ``folder``."""
    outside_pages.fetch_sdist(
        SDIST, lambda name: "/tests/cache/" in name or name.endswith("/realworld_tests.py"),
        "*/tests", folder)


def mock_pages(tree: ast.Module) -> dict[str, str]:
    """Return the test file's MOCK_PAGES: address -> file name in cache/."""
    for node in tree.body:
        if (isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "MOCK_PAGES"
                                                 for t in node.targets)):
            return {k: v for k, v in ast.literal_eval(node.value).items()}
    return {}


def _in_order(statements: list[ast.stmt]):  # noqa: ANN202
    """Yield ``statements`` and those nested in their blocks, in the order of the source
    (ast.walk goes breadth first: an assert inside an ``if`` would come after later lines)."""
    for statement in statements:
        yield statement
        for block in ("body", "orelse", "finalbody"):
            nested = getattr(statement, block, None)
            if isinstance(nested, list) and not isinstance(statement, ast.FunctionDef):
                yield from _in_order(nested)


def snippets(source: str) -> dict[str, tuple[list[str], list[str]]]:
    """Return file name -> (with, without) from realworld_tests.py's asserts: ``'x' in result``
    after ``result = load_mock_page(URL, ...)`` keeps x, ``'x' not in result`` drops it."""
    tree = ast.parse(source)
    files = mock_pages(tree)
    found: dict[str, tuple[list[str], list[str]]] = {}
    for function in (n for n in tree.body if isinstance(n, ast.FunctionDef)):
        current: dict[str, str] = {}  # variable -> file name
        for node in _in_order(function.body):
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                    and getattr(node.value.func, "id", "") == "load_mock_page"
                    and node.value.args and isinstance(node.value.args[0], ast.Constant)):
                name = files.get(node.value.args[0].value)
                for target in node.targets:
                    if isinstance(target, ast.Name) and name:
                        current[target.id] = name
            elif isinstance(node, ast.Assert):
                for compare in (n for n in ast.walk(node.test) if isinstance(n, ast.Compare)):
                    left, right = compare.left, compare.comparators[0]
                    if not (isinstance(left, ast.Constant) and isinstance(left.value, str)
                            and isinstance(right, ast.Name) and right.id in current):
                        continue  # only "'x' in result": one operator, a constant left
                    keep, drop = found.setdefault(current[right.id], ([], []))
                    if isinstance(compare.ops[0], ast.In):
                        keep.append(left.value)
                    elif isinstance(compare.ops[0], ast.NotIn):
                        drop.append(left.value)
    return {name: (list(dict.fromkeys(k)), list(dict.fromkeys(d)))
            for name, (k, d) in found.items()}


def half(name: str) -> str:
    """Return "read" or "count" for a page's file name (sha1, as paste_quality.py splits)."""
    return "read" if int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 == 0 else "count"


def pages(folder: Path) -> list[tuple[bench.Page, list[str], str]]:
    """Return (page with its snippets, right titles, half) for every usable page in ``folder``."""
    test_file = folder / "realworld_tests.py"
    if not test_file.exists():
        return []
    wanted = snippets(test_file.read_text(encoding="utf-8"))
    evaluation = bench.load_pages(None)
    own_names = {p.path.name for p in evaluation}
    own_titles = {bench.key(t) for p in evaluation for t in bench.expected_titles(p)}
    found = []
    for name, (keep, drop) in sorted(wanted.items()):
        path = folder / "cache" / name
        if not path.exists() or name in own_names:
            continue
        page = bench.Page(name, path, with_=keep, without=drop)
        titles = bench.expected_titles(page)
        if any(bench.key(t) in own_titles for t in titles):
            continue
        found.append((page, titles, half(name)))
    return found
