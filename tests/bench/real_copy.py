"""Paste quality the way a user pastes: a real browser's select-all + copy, both flavours.

Run: python tests/bench/real_copy.py --data DIR [--limit N]
     python tests/bench/real_copy.py --eval [--limit N]
     python tests/bench/real_copy.py --traf DIR [--limit N]

``--eval``: paste_quality.py's pages instead (../shared/data/eval/, the tune and check halves
with their hand-checked bodies; counts only, no page named), scored as paste_quality.py scores
them (``--summary``: each copy analysed too, the share of its summary sentences in the body),
and the writer its byline names against the one opening the saved page names ("author").
A page whose copy did not work (its scripts sent the browser elsewhere offline) is copied
again with its scripts off and scored in rows of its own ("scripts off").

``--traf DIR``: trafilatura 1.0.0's real-world test pages instead (traf_pages.py, fetched by
``paste_outside.py --traf DIR --fetch-traf``), by half ("read" / "count"): titles right and the
snippets its tests name kept and dropped, as paste_outside.py --traf prints them for renderings.

Each of newspaper4k's test pages (paste_outside.py's third set, ``--data`` as there) is opened
in a real, windowed Chromium on a virtual display (Xvfb, no network: every host name resolves to
nothing), the whole page is selected and copied with the keyboard (Ctrl+A, Ctrl+C), and the
clipboard's two flavours are read back with xclip: text/plain (what a paste without HTML gives)
and text/html. Unlike browser_text.py's headless rendering, the page's own scripts run and the
copy is the browser's clipboard serialisation (the case the page was written in, not the capitals
its CSS shows; a dateline's parts on lines of their own). Each copy is analysed as InBrief reads a
paste (``ingest.load_paste`` then the cleaning): plain text alone, and both flavours as an HTML
paste. Printed as paste_outside.py prints them: body precision / recall / F1 against
newspaper4k's text (4-token shingles, F1 of the means), titles right, and dates as newspaper4k's
metadata, over the pages whose copy worked (a page whose scripts send the browser elsewhere
offline, or that shows nothing, is counted apart). Copies are cached in the temporary folder.

Needs: apt-get install xvfb xdotool xclip chromium (skips cleanly without them).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import paste_outside  # noqa: E402
import paste_quality as bench  # noqa: E402
import traf_pages  # noqa: E402

from inbrief.core import ingest, pipeline  # noqa: E402
from inbrief.core.clean import clean_article  # noqa: E402
from inbrief.core.errors import InBriefError  # noqa: E402

TOOLS = ("Xvfb", "xdotool", "xclip", "chromium")
CACHE = bench.CACHE / "realcopy"
DISPLAY = ":93"
# What Chromium shows when a page's script sent it to an address it cannot reach offline (or
# to the folder's listing).
_FAILED = ("This site can’t be reached", "Your file couldn’t be accessed", "Index of /")
# A copy this short holds no article: the page's script cut it down ("Read more at: ...").
MIN_COPY_WORDS = 100


def copy_failed(text: str) -> bool:
    """Return True when a copy holds no article to measure: the browser was sent elsewhere or
    the page's own script cut the selection short."""
    return len(text.split()) < MIN_COPY_WORDS or any(sign in text for sign in _FAILED)


def _run(command: list[str], env: dict[str, str], timeout: float = 10) -> str:
    done = subprocess.run(command, env=env, capture_output=True, timeout=timeout, check=False)
    return done.stdout.decode("utf-8", errors="replace")


def copy_page(path: Path, env: dict[str, str], scripts: bool = True) -> tuple[str, str]:
    """Return the clipboard's (text/plain, text/html) after Ctrl+A, Ctrl+C on ``path`` (with
    the page's scripts off, when not ``scripts``)."""
    digest = hashlib.sha1(path.read_bytes()).hexdigest() + ("" if scripts else ".noscript")
    text_file, html_file = CACHE / f"{digest}.txt", CACHE / f"{digest}.html"
    if text_file.exists() and html_file.exists():
        return text_file.read_text(encoding="utf-8"), html_file.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as profile:
        browser = subprocess.Popen(
            ["chromium", "--no-sandbox", "--disable-gpu", "--no-first-run",
             f"--user-data-dir={profile}", "--host-resolver-rules=MAP * ~NOTFOUND",
             *([] if scripts else ["--blink-settings=scriptEnabled=false"]),
             "--window-size=1300,850", path.as_uri()],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            window = ""
            for _ in range(30):  # the window, then the page's own scripts a few seconds
                time.sleep(0.5)
                window = _run(["xdotool", "search", "--onlyvisible", "--class", "chromium"],
                              env).split("\n")[0].strip()
                if window:
                    break
            time.sleep(4)
            if window:
                _run(["xdotool", "windowactivate", "--sync", window], env)
            _run(["xdotool", "mousemove", "640", "600", "click", "1"], env)
            time.sleep(0.4)
            _run(["xdotool", "key", "ctrl+a"], env)
            time.sleep(0.4)
            _run(["xdotool", "key", "ctrl+c"], env)
            time.sleep(0.8)
            text = _run(["xclip", "-selection", "clipboard", "-t", "UTF8_STRING", "-o"], env)
            html = _run(["xclip", "-selection", "clipboard", "-t", "text/html", "-o"], env)
        finally:
            os.killpg(browser.pid, signal.SIGKILL)
            browser.wait()
    CACHE.mkdir(parents=True, exist_ok=True)
    text_file.write_text(text, encoding="utf-8")
    html_file.write_text(html, encoding="utf-8")
    return text, html


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=None, help="newspaper4k's tests/data")
    parser.add_argument("--eval", action="store_true", help="paste_quality.py's pages")
    parser.add_argument("--traf", type=Path, default=None, help="traf_pages.py's folder")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--summary", action="store_true",
                        help="with --eval: also analyse each copy, summary sentences from the body")
    args = parser.parse_args()
    missing = [tool for tool in TOOLS if not shutil.which(tool)]
    if missing:
        print(f"{', '.join(missing)} not installed (apt-get install xvfb xdotool xclip "
              "chromium): skipped.")
        return 0
    if args.eval:
        return evaluate(args.limit, args.summary)
    if args.traf:
        return traf(args.traf, args.limit)
    if args.data is None:
        parser.error("--data DIR or --eval")
    listed = paste_outside.pages(args.data)[: args.limit]
    if not listed:
        print(f"No newspaper4k pages in {args.data}: run paste_outside.py --fetch once.")
        return 0
    dates = paste_outside.published(args.data)
    env = {**os.environ, "DISPLAY": DISPLAY}
    server = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1400x900x24"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    rows: dict[str, list[tuple[float, float, bool, bool | None]]] = {"plain": [], "html": []}
    failed: list[str] = []
    try:
        time.sleep(1)
        for page, body, titles in listed:
            text, html = copy_page(page.path, env)
            if copy_failed(text):
                failed.append(page.key)
                continue
            for mode in rows:
                try:
                    article = ingest.load_paste(text, html if mode == "html" else None)
                    cleaned = clean_article(article).article
                except (InBriefError, ValueError):
                    rows[mode].append((0.0, 0.0, False, None))
                    continue
                precision, recall = bench.precision_recall(cleaned.text, body)
                want = dates.get(page.key)
                rows[mode].append((precision, recall, bench.title_right(cleaned.title, titles),
                                   None if want is None else cleaned.published == want))
    finally:
        server.terminate()
        server.wait()
    copied = len(listed) - len(failed)
    print(f"{len(listed)} newspaper4k test pages copied from a real Chromium (Ctrl+A, Ctrl+C); "
          f"{copied} copies worked" + (f" ({', '.join(failed)} did not)" if failed else ""))
    print(f"{'paste':22} {'P':>6} {'R':>6} {'F1':>6}  titles   date")
    for mode, label in (("plain", "plain text flavour"), ("html", "HTML flavour")):
        results = rows[mode]
        precision, recall, f1 = bench.f1_of_means([(p, r) for p, r, _, _ in results])
        right = sum(title for _, _, title, _ in results)
        dated = [ok for _, _, _, ok in results if ok is not None]
        print(f"{label:22} {precision:6.3f} {recall:6.3f} {f1:6.3f}  {right}/{len(results)}"
              f"    {sum(dated)}/{len(dated)}")
    return 0


def evaluate(limit: int | None, summary: bool = False) -> int:
    """Copy paste_quality.py's pages and print their scores by half (counts only)."""
    pages = [page for page in bench.load_pages(limit) if page.body]
    env = {**os.environ, "DISPLAY": DISPLAY}
    server = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1400x900x24"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    scores: dict[tuple[str, str], list[tuple[float, float, bool, bool | None, bool | None]]] = {}
    # Each summary sentence of a copy with the page's hand-checked body, with --summary.
    sentences: dict[tuple[str, str], list[bool]] = {}
    failed = {"tune": 0, "check": 0}
    scripts_off = {"tune": 0, "check": 0}
    try:
        time.sleep(1)
        for page in pages:
            text, html = copy_page(page.path, env)
            copied = "plain"
            if copy_failed(text):
                failed[page.half] += 1
                # The same page with its scripts off (they send the browser elsewhere offline):
                # scored in rows of their own.
                text, html = copy_page(page.path, env, scripts=False)
                if copy_failed(text):
                    continue
                scripts_off[page.half] += 1
                copied = "off"
            titles, want = bench.expected_titles(page), bench.published_date(page)
            writer = bench.saved_author(page)
            for mode in ("plain", "html"):
                row = scores.setdefault((f"{mode} {copied}", page.half), [])
                try:
                    article = ingest.load_paste(text, html if mode == "html" else None)
                    cleaned = clean_article(article).article
                except (InBriefError, ValueError):
                    row.append((0.0, 0.0, False, None, None if not writer else False))
                    continue
                precision, recall = bench.precision_recall(cleaned.text, page.body or "")
                if summary:
                    brief = pipeline.analyze(article)
                    sentences.setdefault((f"{mode} {copied}", page.half), []).extend(
                        bench.key(one.text) in bench.key(page.body or "")
                        for one in brief.summary)
                row.append((precision, recall, bool(titles) and bench.title_right(
                    cleaned.title, titles), None if not want else cleaned.published == want,
                    None if not writer else bench.author_right(cleaned.author, writer)))
    finally:
        server.terminate()
        server.wait()
    print(f"{len(pages)} evaluation pages with a hand-checked body copied from a real Chromium "
          f"(Ctrl+A, Ctrl+C); copies that did not work: tune {failed['tune']}, check "
          f"{failed['check']} (scripts sending the browser elsewhere offline, or cutting the "
          "copy short)")
    print(f"copied again with the page's scripts off: tune {scripts_off['tune']}, check "
          f"{scripts_off['check']} (the rows 'scripts off')")
    print(f"{'paste':32} {'half':6} {'pages':>5} {'P':>6} {'R':>6} {'F1':>6}  titles   date"
          "  author" + ("  summ∈body" if summary else ""))
    order = ("plain plain", "html plain", "plain off", "html off")
    for (mode, half), results in sorted(scores.items(), key=lambda item: (
            order.index(item[0][0]), item[0][1] != "tune")):
        precision, recall, f1 = bench.f1_of_means([(p, r) for p, r, _, _, _ in results])
        right = sum(title for _, _, title, _, _ in results)
        dated = [ok for _, _, _, ok, _ in results if ok is not None]
        named = [ok for *_, ok in results if ok is not None]
        label = ("plain text flavour" if mode.startswith("plain") else "HTML flavour") + (
            ", scripts off" if mode.endswith("off") else "")
        from_body = sentences.get((mode, half), [])
        share = f"  {sum(from_body) / len(from_body):.1%}" if summary and from_body else ""
        print(f"{label:32} {half:6} {len(results):5} {precision:6.3f} {recall:6.3f} {f1:6.3f}"
              f"  {right}/{len(results)}    {sum(dated)}/{len(dated)}"
              f"  {sum(named)}/{len(named)}{share}")
    return 0


def traf(folder: Path, limit: int | None) -> int:
    """Copy traf_pages.py's pages and print titles and snippets by half and flavour."""
    listed = traf_pages.pages(folder)[:limit]
    if not listed:
        print(f"No pages in {folder}: run paste_outside.py --traf DIR --fetch-traf once.")
        return 0
    env = {**os.environ, "DISPLAY": DISPLAY}
    server = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1400x900x24"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # (mode, half) -> [titles right, titles judged, with kept, with, without dropped, without]
    rows: dict[tuple[str, str], list[int]] = {}
    failed = 0
    try:
        time.sleep(1)
        for page, titles, half in listed:
            text, html = copy_page(page.path, env)
            if copy_failed(text):
                text, html = copy_page(page.path, env, scripts=False)
                if copy_failed(text):
                    failed += 1
                    continue
            for mode in ("plain", "html"):
                row = rows.setdefault((mode, half), [0] * 6)
                try:
                    cleaned = clean_article(ingest.load_paste(
                        text, html if mode == "html" else None)).article
                except (InBriefError, ValueError):
                    cleaned = None
                got = bench.spaced(cleaned.text) if cleaned else ""
                if titles:
                    row[0] += bool(cleaned) and bench.title_right(cleaned.title, titles)
                    row[1] += 1
                row[2] += sum(bench.spaced(s) in got for s in page.with_)
                row[3] += len(page.with_)
                row[4] += sum(bench.spaced(s) not in got for s in page.without)
                row[5] += len(page.without)
    finally:
        server.terminate()
        server.wait()
    print(f"{len(listed)} pages of trafilatura 1.0.0's tests copied from a real Chromium (Ctrl+A, "
          f"Ctrl+C; a page whose copy did not work copied again with its scripts off); copies "
          f"that did not work either way: {failed}")
    print(f"{'paste':20} {'half':6} {'titles':>7} {'with':>8} {'without':>8}")
    for (mode, half), row in sorted(rows.items(), key=lambda item: (item[0][0] != "plain",
                                                                   item[0][1] != "read")):
        label = "plain text flavour" if mode == "plain" else "HTML flavour"
        print(f"{label:20} {half:6} {f'{row[0]}/{row[1]}':>7} {f'{row[2]}/{row[3]}':>8} "
              f"{f'{row[4]}/{row[5]}':>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
