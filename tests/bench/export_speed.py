"""Benchmark: time to export a brief as PDF, Markdown and JSON (median of several runs).

Run: python tests/bench/export_speed.py [--runs N]
Uses invented briefs always; when ../shared/data/eval/ is present and the pipeline works, also
real briefs of a few BBC articles (analysed once, outside the timing).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "desktop"), str(ROOT / "tests" / "export")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from brief_fakes import arabic_brief, english_brief, japanese_brief, long_brief  # noqa: E402

from inbrief.core.brief import Brief  # noqa: E402
from inbrief.export.jsonfile import to_json  # noqa: E402
from inbrief.export.markdown import to_markdown  # noqa: E402
from inbrief.export.pdf import ensure_gui_app, write_pdf  # noqa: E402

EVAL = ROOT.parent / "shared" / "data" / "eval" / "summ" / "bbc.dev.jsonl"
BUDGET_MS = 300.0


def median_ms(action: Callable[[], object], runs: int) -> float:
    """Return the median wall time of ``action`` in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def real_briefs(count: int) -> list[tuple[str, Brief]]:
    """Return briefs of the first ``count`` BBC articles, or none when data or pipeline lack."""
    if not EVAL.is_file():
        print(f"(no evaluation data at {EVAL}: invented briefs only)")
        return []
    try:
        from inbrief.core.article import AnalysisOptions, Article
        from inbrief.core.pipeline import analyze
    except ImportError as error:
        print(f"(pipeline not importable: {error}; invented briefs only)")
        return []
    found = []
    with EVAL.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record.get("duplicate_of"):
                continue
            article = Article(text=record["text"], title=record.get("title", ""),
                              file_name=f"{record['id']}.txt")  # fmt: skip
            found.append((record["id"], analyze(article, AnalysisOptions())))
            if len(found) >= count:
                break
    return found


def main() -> int:
    """Print a table of export times and whether the typical brief meets the budget."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    ensure_gui_app()
    cases = [
        ("empty brief (baseline)", Brief(text="")),
        ("typical English", english_brief()),
        ("Japanese", japanese_brief()),
        ("Arabic", arabic_brief()),
        ("very long (50 people, 40 dates)", long_brief()),
    ] + [(f"real: {name}", brief) for name, brief in real_briefs(5)]
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "brief.pdf"
        write_pdf(english_brief(), out, force=True)  # first use registers fonts: not timed
        print(f"{'brief':36} {'PDF ms':>8} {'minus base':>10} {'MD ms':>7} {'JSON ms':>8}")
        baseline = 0.0
        typical = 0.0
        for name, brief in cases:
            pdf = median_ms(lambda b=brief: write_pdf(b, out, force=True), args.runs)
            md = median_ms(lambda b=brief: to_markdown(b), args.runs)
            js = median_ms(lambda b=brief: to_json(b), args.runs)
            if name.startswith("empty"):
                baseline = pdf
            if name == "typical English":
                typical = pdf
            print(f"{name[:36]:36} {pdf:8.1f} {pdf - baseline:10.1f} {md:7.2f} {js:8.2f}")
    verdict = "within" if typical <= BUDGET_MS else "OVER"
    print(f"\ntypical brief: {typical:.0f} ms median, {verdict} the {BUDGET_MS:.0f} ms budget")
    return 0


if __name__ == "__main__":
    sys.exit(main())
