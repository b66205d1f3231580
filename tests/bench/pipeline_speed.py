"""Benchmark: median time of analyze() on 1,000-, 10,000- and 100,000-word articles, by stage.

Run: python tests/bench/pipeline_speed.py [--runs N] [--sizes 1000,10000,100000]
The articles are built from the bundled sample article (written for the project), reshuffled
with a fixed seed so that longer texts are not one paragraph repeated verbatim. A baseline
measured in the same run (sentence splitting alone) shows how noisy the machine is.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))

from inbrief.core import text as textmod  # noqa: E402
from inbrief.core.article import AnalysisOptions, Article  # noqa: E402
from inbrief.core.pipeline import analyze, warm_up  # noqa: E402
from inbrief.resources import sample_article  # noqa: E402

STAGES = ("clean", "language", "sentences", "summary", "keywords", "entities", "dates")


def make_article(words: int, seed: int = 7) -> str:
    """Return an invented article of about ``words`` words built from the sample's paragraphs."""
    paragraphs = [p for p in sample_article().read_text(encoding="utf-8").split("\n\n") if
                  len(p.split()) > 12]
    rng = random.Random(seed)
    names = ["Okafor", "Raman", "Hale", "Lindqvist", "Weber", "Norland", "Kessel", "Harbor"]
    out: list[str] = []
    count = 0
    while count < words:
        paragraph = rng.choice(paragraphs)
        # Vary names and numbers so long texts are not verbatim repeats.
        for name in names:
            if rng.random() < 0.3:
                paragraph = paragraph.replace(name, rng.choice(names))
        paragraph = paragraph.replace("2026", str(rng.randint(2020, 2032)))
        out.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(out)


def median_time(func, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="1000,10000,100000")
    args = parser.parse_args()
    start = time.perf_counter()
    warm_up()
    analyze(Article(make_article(300)))
    print(f"warm-up (models, profiles, first analysis): {time.perf_counter() - start:.2f} s\n")

    header = f"{'words':>8} {'runs':>4} {'total ms':>9} " + " ".join(f"{s:>9}" for s in STAGES)
    print(header + f" {'baseline':>9}")
    for size in (int(s) for s in args.sizes.split(",")):
        article = Article(make_article(size))
        runs = args.runs if size <= 10000 else max(3, args.runs // 2)
        totals, per_stage = [], {s: [] for s in STAGES}
        for _ in range(runs):
            t0 = time.perf_counter()
            brief = analyze(article, AnalysisOptions())
            totals.append(time.perf_counter() - t0)
            for stage, seconds in brief.timings:
                per_stage[stage].append(seconds)
        baseline = median_time(lambda a=article: textmod.split_sentences(a.text, "en"), runs)
        cells = " ".join(f"{statistics.median(per_stage[s]) * 1000:9.1f}" for s in STAGES)
        print(f"{brief.stats.words:8d} {runs:4d} {statistics.median(totals) * 1000:9.1f} {cells}"
              f" {baseline * 1000:9.1f}")
    print("\nmedians in milliseconds; baseline = sentence splitting alone in the same run")
    return 0


if __name__ == "__main__":
    sys.exit(main())
