"""Paste quality benchmark: real pages rendered as select-all + copy gives them, analysed as pastes.

Run: python tests/bench/paste_quality.py [--renderer w3m|lynx|chromium|both] [--html] [--quick]
     [--worst N] [--titles] [--summary] [--half tune|check] [--limit N]

Reads ../shared/data/eval/extract/ (pages with their hand-checked article body) and
../shared/data/eval/files/html/ (pages with snippets to keep, ``with``, and to drop, ``without``)
at run time and exits cleanly without them or without w3m/lynx (apt-get install -y w3m lynx).
Each page is rendered with ``w3m -dump -T text/html -cols 160 -O UTF-8`` and/or
``lynx -dump -nolist -display_charset=utf-8`` (what a browser copies as plain text), or with
headless Chromium's innerText (``--renderer chromium``, browser_text.py: a browser's own copy,
for trying the cleaning on a third rendering it was not tuned on), read with
``ingest.load_text`` as the window reads a paste, and analysed with ``pipeline.analyze``.
``--html`` also analyses each page as an HTML paste (``ingest.load_paste(text, html)``, when it
exists) and as an opened saved page (``ingest.load_path``).

Scores, printed per half ("tune" / "check", split by sha1 of the page id or file name):
- body F1 as the article-extraction benchmark: ``\\w+`` tokens, 4-token shingles counted with
  multiplicity, per-page precision and recall, F1 of the means; "whole page" = nothing removed;
- title right: normalised Brief.title equals the page's og:title (also without a " - Site"
  suffix, or a "|Site" / "｜Site" one with or without spaces) or one of its h1;
- summary from body: share of summary sentences whose normalised text occurs in the body;
- date right: on pages whose saved copy has a publication date in its markup (trafilatura's,
  as opening the page gives it), the date relative dates are measured from
  (Brief.reference_date; with ``--quick``, the cleaned Article's publication date) is that day;
- author right: on pages whose saved copy names a writer (opening the page gives it), the
  cleaned Article's author names them (the words of one all among the other's: "Ada Brennan"
  for "Ada Brennan; Li Wei"); in brackets, the pages where it names someone else;
- files/html: share of ``with`` snippets kept in Brief.text and of ``without`` snippets removed;
- speed: median cleaning time of pages of 5,000+ words and of a synthetic 5,000-word page,
  against the median analysis time; each plain paste of 5,000+ words also cleaned nine times
  (its median), beside one pass of a word pattern over the same text (the baseline, timed in
  the same run: how fast the machine is at that moment).
``--quick`` cleans only (no analysis): no summary score, title from the cleaned Article.
"""

from __future__ import annotations

import argparse
import hashlib
import html as html_module
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))
EVAL = ROOT.parent / "shared" / "data" / "eval"
EXTRACT = EVAL / "extract"
FILES = EVAL / "files" / "html"
CACHE = Path(tempfile.gettempdir()) / "inbrief-paste-quality"

from inbrief.core import ingest, pipeline  # noqa: E402
from inbrief.core.article import Article  # noqa: E402
from inbrief.core.brief import fallback_title  # noqa: E402
from inbrief.core.clean import clean_article  # noqa: E402
from inbrief.core.errors import InBriefError  # noqa: E402

RENDERERS = {
    "w3m": ["w3m", "-dump", "-T", "text/html", "-cols", "160", "-O", "UTF-8"],
    "lynx": ["lynx", "-dump", "-nolist", "-display_charset=utf-8"],
    # A browser's own text (innerText), as select-all + copy gives it: see browser_text.py.
    "chromium": [sys.executable, str(Path(__file__).resolve().parent / "browser_text.py")],
}


@dataclass
class Page:
    """One evaluation page: its HTML file and what is expected of it."""

    key: str  # the id (extract) or file name (files/html): decides the half
    path: Path
    body: str | None = None
    with_: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)

    @property
    def half(self) -> str:
        return "tune" if int(hashlib.sha1(self.key.encode()).hexdigest()[:8], 16) % 2 else "check"


@dataclass
class Result:
    """What one analysis of one page gave."""

    page: Page
    text: str = ""
    whole: str = ""
    title: str = ""
    summary: list[str] = field(default_factory=list)
    date: str = ""  # ISO day: the reference date (the publication date with --quick)
    author: str = ""  # the writer the byline names
    clean_seconds: float = 0.0
    analyse_seconds: float = 0.0
    words: int = 0
    error: str = ""


def load_pages(limit: int | None) -> list[Page]:
    """Return the evaluation pages (extract first, then files/html)."""
    pages: list[Page] = []
    if (EXTRACT / "dev.jsonl").exists():
        for line in (EXTRACT / "dev.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            pages.append(Page(record["id"], EXTRACT / record["file"], body=record["body"]))
    if (FILES / "expected.jsonl").exists():
        for line in (FILES / "expected.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            pages.append(Page(record["file"], FILES / record["file"],
                              with_=record.get("with", []), without=record.get("without", [])))
    return pages[:limit] if limit else pages


def render(page: Page, renderer: str) -> str:
    """Return the page as ``renderer`` dumps it (cached in the temporary folder)."""
    data = page.path.read_bytes()
    digest = hashlib.sha1(data).hexdigest()
    cached = CACHE / renderer / f"{digest}.txt"
    if cached.exists():
        return cached.read_text(encoding="utf-8")
    try:
        done = subprocess.run([*RENDERERS[renderer], str(page.path)], capture_output=True,
                              timeout=60, check=False)
        text = done.stdout.decode("utf-8", errors="replace")
    except subprocess.TimeoutExpired:
        text = ""
    cached.parent.mkdir(parents=True, exist_ok=True)
    cached.write_text(text, encoding="utf-8")
    return text


# --- scores --------------------------------------------------------------------------------


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Return the 4-token shingles of ``text`` with their counts."""
    tokens = re.findall(r"\w+", text.lower())
    if len(tokens) < 4:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3))


def precision_recall(got: str, expected: str) -> tuple[float, float]:
    """Return the shingle precision and recall of ``got`` against ``expected``."""
    got_s, expected_s = shingles(got), shingles(expected)
    if not got_s and not expected_s:
        return 1.0, 1.0
    common = sum((got_s & expected_s).values())
    precision = common / sum(got_s.values()) if got_s else 0.0
    recall = common / sum(expected_s.values()) if expected_s else 0.0
    return precision, recall


def f1_of_means(pairs: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Return (mean precision, mean recall, F1 of the means)."""
    if not pairs:
        return 0.0, 0.0, 0.0
    p = statistics.fmean(x for x, _ in pairs)
    r = statistics.fmean(y for _, y in pairs)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def key(text: str) -> str:
    """Return ``text`` reduced to its lower-case letters and digits."""
    return "".join(c for c in text.casefold() if c.isalnum())


def spaced(text: str) -> str:
    """Return ``text`` with every run of white space made one space."""
    return " ".join(text.split())


# A site name after (or before) a separator: dashes and dots need spaces around them
# ("Sci-Fi"), a bar (ASCII or full-width, as Japanese and Chinese sites write it) does not.
_SEPARATOR = r"(?:\s+(?:-|–|—|::|·|•)\s+|\s*[|｜]\s*)"
_SUFFIX = re.compile(_SEPARATOR + r"[^-|｜–—:·•]{1,60}$")
_PREFIX = re.compile(r"^[^|｜]{1,30}?\s*[|｜]\s*")


def without_site(title: str) -> list[str]:
    """Return ``title`` without a site name before or after it (up to two, "Title - Section |
    Site"), each only when what is cut is no longer than what is left (never the site alone)."""
    found = []
    for pattern in (_SUFFIX, _PREFIX, _SUFFIX):
        match = pattern.search(title)
        if match is None:
            continue
        rest = title[: match.start()] + title[match.end():]
        if len(key(match.group())) <= len(key(rest)):
            title = rest
            found.append(rest)
    return found


def expected_titles(page: Page) -> list[str]:
    """Return the titles that count as right: og:title (with and without a site suffix), h1s."""
    import lxml.html

    try:
        source = ingest.decode_html(page.path.read_bytes(), page.path.name)
        tree = lxml.html.fromstring(source.encode("utf-8"),
                                    parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (ValueError, InBriefError, lxml.etree.ParserError):
        return []
    titles: list[str] = []
    for og in tree.xpath("//meta[@property='og:title']/@content")[:1]:
        og = spaced(html_module.unescape(og))
        titles.append(og)
        titles.extend(without_site(og))
    for h1 in tree.xpath("//h1")[:5]:
        titles.append(spaced(h1.text_content()))
    return [t for t in dict.fromkeys(titles) if key(t)]


def published_date(page: Page) -> str:
    """Return the publication date opening the saved page gives (its markup's), or ""."""
    try:
        return (ingest.load_path(page.path).published or "")[:10]
    except (InBriefError, ValueError):
        return ""


_CONNECTORS = {"and", "und", "et", "y", "e"}  # between two writers' names


def saved_author(page: Page) -> str:
    """Return the writer opening the saved page names (its markup's), or ""."""
    try:
        return ingest.load_path(page.path).author or ""
    except (InBriefError, ValueError):
        return ""


def author_right(got: str, expected: str) -> bool:
    """Return True when ``got`` names the writer (or writers) ``expected`` names: the words
    of one are all among the other's ("Ada Brennan" for "Ada Brennan; Li Wei", "Bruce Y. Lee"
    for "Bruce Y Lee")."""
    words = [set(re.findall(r"\w+", name.casefold())) - _CONNECTORS for name in (got, expected)]
    return bool(words[0] and words[1]) and (words[0] <= words[1] or words[1] <= words[0])


def title_right(got: str, expected: list[str]) -> bool:
    return bool(key(got)) and any(key(got) == key(t) for t in expected)


# --- analysis ------------------------------------------------------------------------------


def analyse(page: Page, make: Callable[[], Article], quick: bool) -> Result:
    """Return the result of analysing the Article ``make`` builds (as the window does)."""
    result = Result(page)
    try:
        article = make()
        result.whole = article.text
        result.words = len(article.text.split())
        started = time.perf_counter()
        cleaned = clean_article(article).article
        result.clean_seconds = time.perf_counter() - started
        result.author = cleaned.author
        if quick:
            result.date = (cleaned.published or "")[:10]
            result.text = cleaned.text
            first = cleaned.text.split("\n", 1)[0]
            result.title = cleaned.title or fallback_title(cleaned.text, (0, len(first)))
            return result
        started = time.perf_counter()
        brief = pipeline.analyze(article)
        result.analyse_seconds = time.perf_counter() - started
        result.text, result.title = brief.text, brief.title
        result.date = (brief.reference_date or "")[:10]
        result.summary = [s.text for s in brief.summary]
    except (InBriefError, ValueError) as error:
        result.error = f"{type(error).__name__}: {error}"
    return result


def html_fragment(html: str) -> str:
    """Return the page as a whole-page copy puts it on the clipboard: body markup, no head."""
    match = re.search(r"<body[^>]*>(.*)</body>", html, re.IGNORECASE | re.DOTALL)
    inner = match.group(1) if match else html
    return f"<html><body><!--StartFragment-->{inner}<!--EndFragment--></body></html>"


def makers(page: Page, mode: str, renderer: str) -> Callable[[], Article] | None:
    """Return how the window would build the Article of ``page`` in ``mode``."""
    if mode == "saved page":
        return lambda: ingest.load_path(page.path)
    text = render(page, renderer)
    if mode == "plain paste":
        return lambda: ingest.load_text(text)
    load_paste = getattr(ingest, "load_paste", None)
    if load_paste is None:
        return None
    html = ingest.decode_html(page.path.read_bytes(), page.path.name)
    return lambda: load_paste(text, html_fragment(html))


# --- report --------------------------------------------------------------------------------


def report(label: str, results: list[Result], titles: dict[str, list[str]], quick: bool,
           dates: dict[str, str] | None = None, authors: dict[str, str] | None = None) -> None:
    """Print one table of figures per half for ``results`` (``dates``, ``authors``: each
    page's publication date and writer as opening it gives them, "" when it has none;
    "author" counts the pages whose writer the paste names, and in brackets those it names
    someone else on)."""
    dates, authors = dates or {}, authors or {}
    print(f"\n== {label}")
    header = (f"{'half':6} {'pages':>5} {'P':>6} {'R':>6} {'F1':>6} {'whole':>6} {'title':>9} "
              f"{'summ∈body':>10} {'date':>7} {'author':>11} {'with':>9} {'without':>9} "
              f"{'errors':>6}")
    print(header)
    for half in ("tune", "check", "all"):
        chosen = [r for r in results if half == "all" or r.page.half == half]
        bodies = [r for r in chosen if r.page.body is not None]
        p, r_, f1 = f1_of_means([precision_recall(x.text, x.page.body or "") for x in bodies])
        whole = f1_of_means([precision_recall(x.whole, x.page.body or "") for x in bodies])[2]
        judged = [x for x in chosen if titles.get(x.page.key)]
        right = sum(title_right(x.title, titles[x.page.key]) for x in judged)
        summary = [(s, x.page.body or "") for x in bodies for s in x.summary]
        from_body = sum(key(s) in key(b) for s, b in summary)
        snippets = [x for x in chosen if x.page.with_ or x.page.without]
        kept = sum(spaced(s) in spaced(x.text) for x in snippets for s in x.page.with_)
        n_with = sum(len(x.page.with_) for x in snippets)
        dropped = sum(spaced(s) not in spaced(x.text) for x in snippets for s in x.page.without)
        n_without = sum(len(x.page.without) for x in snippets)
        errors = sum(bool(x.error) for x in chosen)
        summ = "-" if quick or not summary else f"{from_body / len(summary):.1%}"
        dated = [x for x in chosen if dates.get(x.page.key)]
        day = sum(x.date == dates[x.page.key] for x in dated)
        named = [x for x in chosen if authors.get(x.page.key)]
        writer = sum(author_right(x.author, authors[x.page.key]) for x in named)
        other = sum(bool(x.author) and not author_right(x.author, authors[x.page.key])
                    for x in named)
        print(f"{half:6} {len(chosen):5d} {p:6.3f} {r_:6.3f} {f1:6.3f} {whole:6.3f} "
              f"{f'{right}/{len(judged)}':>9} {summ:>10} {f'{day}/{len(dated)}':>7} "
              f"{f'{writer}/{len(named)} ({other})':>11} "
              f"{f'{kept}/{n_with}':>9} {f'{dropped}/{n_without}':>9} {errors:6d}")
    big = [r for r in results if r.words >= 5000 and not r.error]
    if big:
        cleaning = statistics.median(r.clean_seconds for r in big) * 1000
        line = f"pages of 5,000+ words: {len(big)}, cleaning median {cleaning:.1f} ms"
        if not quick:
            line += f", analysis median {statistics.median(r.analyse_seconds for r in big):.2f} s"
        print(line)


def worst(results: list[Result], titles: dict[str, list[str]], half: str, count: int) -> None:
    """Print the ``count`` pages of ``half`` with the lowest body F1 (or most snippet misses)."""
    chosen = [r for r in results if r.page.half == half]

    def score(r: Result) -> float:
        if r.page.body is not None:
            return f1_of_means([precision_recall(r.text, r.page.body)])[2]
        total = len(r.page.with_) + len(r.page.without)
        good = sum(spaced(s) in spaced(r.text) for s in r.page.with_) + sum(
            spaced(s) not in spaced(r.text) for s in r.page.without)
        return good / total if total else 1.0

    print(f"\nworst {count} pages of the {half} half:")
    for r in sorted(chosen, key=score)[:count]:
        p, rec = (precision_recall(r.text, r.page.body) if r.page.body is not None
                  else (float("nan"), float("nan")))
        expected = (titles.get(r.page.key) or ["?"])[0]
        print(f"  {score(r):.3f} P={p:.2f} R={rec:.2f} {r.page.path.name[:40]:40} "
              f"title {r.title[:60]!r} (expected {expected[:60]!r}) {r.error}")


def title_misses(results: list[Result], titles: dict[str, list[str]], half: str) -> None:
    """Print the pages of ``half`` whose title is wrong: what was found, what was expected."""
    print(f"\ntitles wrong on the {half} half:")
    for r in results:
        expected = titles.get(r.page.key)
        if r.page.half == half and expected and not title_right(r.title, expected):
            print(f"  {r.page.path.name[:28]:28} got {r.title[:60]!r} "
                  f"expected {expected[0][:60]!r}")


def summary_misses(results: list[Result], half: str) -> None:
    """Print the summary sentences of ``half`` that are not in the page's article body."""
    print(f"\nsummary sentences not from the body on the {half} half:")
    for r in results:
        if r.page.half != half or r.page.body is None:
            continue
        body = key(r.page.body)
        for sentence in r.summary:
            if key(sentence) not in body:
                print(f"  {r.page.path.name[:28]:28} {sentence[:110]!r}")


def synthetic_page() -> str:
    """Return an invented 5,000-word whole-page paste: menus, teasers, prose and a footer."""
    from inbrief.resources import sample_article

    prose = [p for p in sample_article().read_text(encoding="utf-8").split("\n\n")
             if len(p.split()) > 12]
    menu = "\n".join(f"  • Section {i}" for i in range(60))
    parts = [menu, "Harbor City Council Approves Flood Barrier"]
    words = 0
    number = 0
    while words < 4600:
        paragraph = prose[number % len(prose)]
        parts.append(paragraph)
        words += len(paragraph.split())
        number += 1
        if number % 10 == 0:
            parts.append("Related\n" + "\n".join(f"  • Teaser headline number {i}" for i in
                                                 range(8)))
    parts.append("© 2025 Meridian Wire\nPrivacy Policy\nTerms of Use\nContact us")
    return "\n\n".join(parts)


def _median_ms(work: Callable[[], object], runs: int) -> float:
    """Return the median time of ``runs`` calls of ``work``, in milliseconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def speed_of_big_pages(pages: list[Page], mode: str, renderer: str, runs: int = 9) -> None:
    """Print each 5,000+ word page's median cleaning time over ``runs`` cleans, beside the
    median time of one pass of a word pattern over the same text (the baseline: how fast the
    machine is right now)."""
    words = re.compile(r"\w+")
    for page in pages:
        make = makers(page, mode, renderer)
        if make is None:
            continue
        try:
            article = make()
        except (InBriefError, ValueError):
            continue
        if len(article.text.split()) < 5000:
            continue
        cleaning = _median_ms(lambda a=article: clean_article(a), runs)
        baseline = _median_ms(lambda t=article.text: words.findall(t), runs)
        print(f"  {page.key[:12]} ({len(article.text.split()):,} words): cleaning median "
              f"{cleaning:.1f} ms over {runs} cleans; a word pass {baseline:.2f} ms "
              f"(cleaning = {cleaning / baseline:.0f} word passes)")


def speed_of_synthetic(runs: int = 7) -> None:
    """Print the median cleaning time of the synthetic 5,000-word page."""
    article = ingest.load_text(synthetic_page())
    print(f"synthetic {len(article.text.split()):,}-word page: cleaning median "
          f"{_median_ms(lambda: clean_article(article), runs):.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--renderer", choices=("w3m", "lynx", "chromium", "both"),
                        default="both", help="both: w3m and lynx")
    parser.add_argument("--html", action="store_true", help="also HTML paste and saved page")
    parser.add_argument("--quick", action="store_true", help="clean only, no analysis")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages")
    parser.add_argument("--titles", action="store_true", help="list wrong titles of --half")
    parser.add_argument("--summary", action="store_true",
                        help="list summary sentences of --half not from the body")
    parser.add_argument("--half", choices=("tune", "check"), default="tune")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()

    pages = load_pages(args.limit)
    if not pages:
        print(f"No evaluation pages under {EVAL}: skipped.")
        return 0
    renderers = ["w3m", "lynx"] if args.renderer == "both" else [args.renderer]
    missing = [name for name in renderers if shutil.which(name) is None]
    if missing:
        print(f"{', '.join(missing)} not installed (apt-get install -y w3m lynx): skipped.")
        renderers = [name for name in renderers if name not in missing]
        if not renderers:
            return 0
    titles = {page.key: expected_titles(page) for page in pages}
    dates = {page.key: published_date(page) for page in pages}
    authors = {page.key: saved_author(page) for page in pages}
    tune = sum(page.half == "tune" for page in pages)
    print(f"{len(pages)} pages: {tune} tune, {len(pages) - tune} check")

    runs: list[tuple[str, str]] = [("plain paste", name) for name in renderers]
    if args.html:
        if getattr(ingest, "load_paste", None) is None:
            print("HTML paste: not available")
        else:
            runs.append(("HTML paste", renderers[0]))
        runs.append(("saved page", ""))
    for mode, renderer in runs:
        results = []
        for page in pages:
            make = makers(page, mode, renderer)
            if make is not None:
                results.append(analyse(page, make, args.quick))
        report(f"{mode} {renderer}".strip(), results, titles, args.quick, dates, authors)
        if mode == "plain paste":
            speed_of_big_pages(pages, mode, renderer)
        if args.worst:
            worst(results, titles, args.half, args.worst)
        if args.titles:
            title_misses(results, titles, args.half)
        if args.summary and not args.quick:
            summary_misses(results, args.half)
    speed_of_synthetic()
    return 0


if __name__ == "__main__":
    sys.exit(main())
