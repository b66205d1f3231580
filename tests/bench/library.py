"""Benchmark: the library at 5,000 articles: size, time to add, search and open.

Run: nice python tests/bench/library.py [--articles 5000] [--unique 1000] [--queries 100]
     [--opens 20]

Reads the dev articles of ../shared/data/eval/summ/ (CNN/DailyMail, BBC, OrangeSum) at run
time and analyses ``--unique`` of them (outside the timing); the library gets ``--articles``
entries, the analysed texts again with a line of their own when there are fewer (so each is a
new entry). Baselines measured in the same run: the articles' raw text size; the same searches
as a LIKE scan of the text column; analysing an article again instead of opening it.
Targets: search <= 50 ms (median and p95 over the queries), open <= 100 ms including
drawing the window's panes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SUMM = ROOT.parent / "shared" / "data" / "eval" / "summ"
FILES = ("cnndm.dev.jsonl", "bbc.dev.jsonl", "orangesum_fr.dev.jsonl")
SEARCH_TARGET_MS, OPEN_TARGET_MS = 50.0, 100.0


def texts(limit: int) -> list[str]:
    """Return up to ``limit`` article texts, taken from the three sets in turn."""
    sets = []
    for name in FILES:
        found = []
        with (SUMM / name).open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                if record.get("duplicate_of") or not str(record.get("text", "")).strip():
                    continue
                title = record.get("title")
                found.append(f"{title}\n\n{record['text']}" if title else record["text"])
        sets.append(found)
    mixed = [text for group in zip(*sets, strict=False) for text in group]
    mixed += [t for group in sets for t in group[min(map(len, sets)):]]
    return mixed[:limit]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--unique", type=int, default=1000, help="articles analysed")
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--opens", type=int, default=20)
    args = parser.parse_args()
    if not SUMM.is_dir():
        print(f"skipped: no evaluation data at {SUMM}")
        return 0

    from inbrief.core.ingest import load_text
    from inbrief.core.library import Library
    from inbrief.core.pipeline import analyze, warm_up
    from inbrief.core.textmap import TextMap

    sources = texts(args.unique)
    print(f"analysing {len(sources)} dev articles (not timed)…", flush=True)
    warm_up()
    analysed = []
    for text in sources:
        article = load_text(text)
        brief = analyze(article)
        offsets = TextMap.between(text, article.text).then(
            brief.text_map or TextMap.between(article.text, brief.text))
        analysed.append((text, brief, offsets))

    folder = Path(tempfile.mkdtemp(prefix="inbrief-library-bench-"))
    path = folder / "library.sqlite3"
    library = Library(path)
    add_times, raw_bytes = [], 0
    for number in range(args.articles):
        text, brief, offsets = analysed[number % len(analysed)]
        if number >= len(analysed):
            text = f"{text}\n\n(kept again as entry {number})"
            offsets = TextMap(len(text), offsets.segments)  # the added line is left out
        raw_bytes += len(text.encode("utf-8"))
        started = time.perf_counter()
        library.add(text, brief, offsets=offsets)
        add_times.append(time.perf_counter() - started)
    library.close()
    library = Library(path)  # as the window finds it at the next start
    db = library._db
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = path.stat().st_size
    count = library.count()

    # Queries a user would type: a name, a keyword, a title word, two words, a prefix.
    rng = random.Random(18)
    queries = []
    while len(queries) < args.queries:
        _text, brief, _offsets = rng.choice(analysed)
        kind = len(queries) % 5
        if kind == 0 and brief.entities:
            queries.append(rng.choice(brief.entities).name)
        elif kind == 1 and brief.keywords:
            queries.append(rng.choice(brief.keywords).text)
        elif kind == 2 and brief.title.split():
            queries.append(max(brief.title.split(), key=len))
        elif kind == 3 and len(brief.keywords) > 1:
            queries.append(f"{brief.keywords[0].text} {brief.keywords[1].text}")
        elif kind == 4 and brief.entities:
            queries.append(brief.entities[0].name.split()[0][:4])
    search_times, hits = [], []
    for query in queries:
        started = time.perf_counter()
        found = library.search(query)
        search_times.append(time.perf_counter() - started)
        hits.append(len(found))
    like_times = []
    for query in queries[:20]:
        started = time.perf_counter()
        db.execute("SELECT id, title FROM articles WHERE text LIKE ? ORDER BY seen DESC LIMIT 50",
                   (f"%{query}%",)).fetchall()
        like_times.append(time.perf_counter() - started)

    open_times, draw_only, reanalyse_times = open_in_window(library, analysed, args.opens, rng)
    library.close()

    print()
    print(f"library of {count:,} articles ({len(analysed):,} analysed dev articles of "
          f"cnndm/bbc/orangesum_fr, the rest those texts again)")
    print(f"  database size       {size / 1e6:.1f} MB ({size / count / 1024:.1f} KB an article;"
          f" baseline: raw text {raw_bytes / 1e6:.1f} MB)")
    print(f"  add one article     median {ms(statistics.median(add_times))}, "
          f"p95 {ms(percentile(add_times, 0.95))}")
    print(f"  search, {len(queries)} queries  median {ms(statistics.median(search_times))}, "
          f"p95 {ms(percentile(search_times, 0.95))} (target {SEARCH_TARGET_MS:.0f} ms; median "
          f"{statistics.median(hits):.0f} hits); baseline LIKE scan median "
          f"{ms(statistics.median(like_times))}")
    print(f"  open an entry       median {ms(statistics.median(open_times))}, "
          f"p95 {ms(percentile(open_times, 0.95))} incl. drawing (target "
          f"{OPEN_TARGET_MS:.0f} ms; drawing alone {ms(statistics.median(draw_only))}); "
          f"baseline analysing it again median {ms(statistics.median(reanalyse_times))}")
    return 0


def open_in_window(library: object, analysed: list, opens: int,
                   rng: random.Random) -> tuple[list[float], list[float], list[float]]:
    """Return the times to open entries in a real (offscreen) window and draw it, the drawing
    alone, and analysing the same texts again."""
    from PySide6.QtWidgets import QApplication

    from inbrief.core.ingest import load_text
    from inbrief.core.pipeline import analyze
    from inbrief.ui.app import make_application
    from inbrief.ui.controller import Controller
    from inbrief.ui.drafts import DraftStore
    from inbrief.ui.library_keeper import LibraryKeeper
    from inbrief.ui.main_window import MainWindow
    from inbrief.ui.settings import Settings

    make_application(["bench"])
    scratch = Path(tempfile.mkdtemp(prefix="inbrief-library-window-"))
    window = MainWindow(Settings.at(scratch / "settings.ini"), DraftStore(scratch / "drafts"),
                        Controller(warm_up=lambda: None))
    keeper = LibraryKeeper(window, scratch / "unused.sqlite3")
    window.resize(1400, 900)
    window.show()
    QApplication.processEvents()
    ids = [rng.randint(1, min(len(analysed), 5000)) for _ in range(opens)]
    times, draws = [], []
    for entry_id in ids:
        started = time.perf_counter()
        stored = library.get(entry_id)  # type: ignore[attr-defined]
        keeper.show_stored(stored)
        QApplication.processEvents()
        drawn = time.perf_counter()
        window.grab()  # every pane drawn
        times.append(time.perf_counter() - started)
        draws.append(time.perf_counter() - drawn)
        assert window.controller.brief is not None and not window.controller.runner.busy()
    reanalyse = []
    for entry_id in ids[:5]:
        text = analysed[entry_id - 1][0]
        started = time.perf_counter()
        analyze(load_text(text))
        reanalyse.append(time.perf_counter() - started)
    keeper.shutdown()
    window.controller.shutdown()
    window.close()
    return times, draws, reanalyse


if __name__ == "__main__":
    sys.exit(main())
