"""Benchmark the date finder against TimeML DATE annotations (relaxed span F1, value F1, time).

Run as ``python tests/bench/dates.py [--baseline] [--misses N] [--contexts N]``
(``--contexts`` prints N wrong values of te3+timebank with the words around them and the dct). Reads
../shared/data/eval/timex/ relative to the repository root and exits cleanly when absent.

Gold: DATE-type TIMEX3 only, each document's creation date (dct) as the reference date.
span F1: a prediction and a gold span overlap at all (one-to-one, greedy in document order);
value F1: such a pair whose values are equal. ms/doc: median time per document. aquaint is
reported apart, as a check against overfitting the te3+timebank development data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))

from inbrief.core.dates import find_dates, warm_up  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "eval" / "timex"
MAIN_FILES = ("te3_platinum.dev.jsonl", "timebank.dev.jsonl")
CHECK_FILES = ("aquaint.dev.jsonl",)

Span = tuple[int, int, str, str]  # start, end, value, text
Predictor = Callable[[str, dt.date], list[Span]]


def ours(text: str, reference: dt.date) -> list[Span]:
    """Return our mentions as spans."""
    return [(m.start, m.end, m.value, m.text) for m in find_dates(text, "en", reference)]


def dateparser_baseline(text: str, reference: dt.date) -> list[Span]:
    """Return dateparser.search_dates results as spans (day values only)."""
    from dateparser.search import search_dates

    found = search_dates(
        text, languages=["en"], settings={"RELATIVE_BASE": dt.datetime(*reference.timetuple()[:3])}
    )
    spans: list[Span] = []
    cursor = 0
    for phrase, when in found or []:
        start = text.find(phrase, cursor)
        if start < 0:
            continue
        cursor = start + len(phrase)
        spans.append((start, cursor, when.date().isoformat(), phrase))
    return spans


def shape(text: str) -> str:
    """Return a pattern of an expression for grouping errors (digits and names abstracted)."""
    text = re.sub(r"\d", "9", text.lower())
    text = re.sub(
        r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?", "MONTH", text
    )
    return re.sub(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", "WEEKDAY", text)


def match(gold: list[Span], predicted: list[Span]) -> list[tuple[Span, Span]]:
    """Return one-to-one pairs of overlapping gold and predicted spans (greedy, document order)."""
    pairs = []
    used: set[int] = set()
    for g in gold:
        for i, p in enumerate(predicted):
            if i not in used and p[0] < g[1] and g[0] < p[1]:
                used.add(i)
                pairs.append((g, p))
                break
    return pairs


def evaluate(
    path: Path,
    predictor: Predictor,
    errors: dict[str, Counter[str]],
    times: list[float] | None = None,
    contexts: list[str] | None = None,
) -> dict[str, float]:
    """Return counts and the median time per document for one file.

    Error shapes are added to ``errors``; each document's time is also appended to ``times``;
    each wrong value, with 60 characters either side and the dct, to ``contexts``.
    """
    gold_n = pred_n = span_ok = value_ok = 0
    times = [] if times is None else times
    first = len(times)
    for line in path.open(encoding="utf-8"):
        record = json.loads(line)
        reference = dt.date.fromisoformat(record["dct"][:10])
        gold = [
            (t["start"], t["end"], t["value"], t["text"])
            for t in record["timexes"]
            if t["type"] == "DATE"
        ]
        began = time.perf_counter()
        predicted = predictor(record["text"], reference)
        times.append(time.perf_counter() - began)
        pairs = match(gold, predicted)
        gold_n += len(gold)
        pred_n += len(predicted)
        span_ok += len(pairs)
        value_ok += sum(g[2] == p[2] for g, p in pairs)
        matched_gold = {g for g, _ in pairs}
        matched_pred = {p for _, p in pairs}
        errors["miss"].update(shape(g[3]) for g in gold if g not in matched_gold)
        errors["false alarm"].update(shape(p[3]) for p in predicted if p not in matched_pred)
        errors["wrong value"].update(
            f"{shape(g[3])} gold {g[2]} got {p[2]}" for g, p in pairs if g[2] != p[2]
        )
        if contexts is not None:
            text = record["text"]
            contexts.extend(
                f"dct {reference} gold {g[2]} got {p[2]}: ..."
                + " ".join(f"{text[max(0, g[0] - 60):g[0]]}[{g[3]}]{text[g[1]:g[1] + 60]}".split())
                + "..."
                for g, p in pairs
                if g[2] != p[2]
            )
    return {"gold": gold_n, "pred": pred_n, "span": span_ok, "value": value_ok,
            "ms": 1000 * statistics.median(times[first:]) if times[first:] else 0.0}  # fmt: skip


def f1(hits: float, gold: float, pred: float) -> float:
    """Return F1 in percent from hit, gold and prediction counts."""
    return 200 * hits / (gold + pred) if gold + pred else 0.0


def row(name: str, r: dict[str, float]) -> str:
    """Return one table row."""
    span = f1(r["span"], r["gold"], r["pred"])
    value = f1(r["value"], r["gold"], r["pred"])
    return f"{name:<24}{r['gold']:>6.0f}{r['pred']:>6.0f}{span:>9.1f}{value:>9.1f}{r['ms']:>10.2f}"


# Invented news-like sentences, about one in three with a date, for the speed measurement.
NEWS_LIKE = (
    "The council said on Tuesday that it would vote on the plan next month. "
    "Residents have complained about the noise from the depot for years. "
    "A spokesperson for the operator declined to comment on the figures. "
    "The first draft was published on March 3, 2022, after a long consultation. "
    "Traffic on the ring road has grown by a fifth, according to the survey. "
    "Opponents say the scheme favours drivers over people who walk or cycle. "
    "Work is expected to start in the third quarter of 2025 and last two years. "
    "The mayor, who took office in 2019, has promised a second review. "
    "Shops on the high street reported lower takings than a year earlier. "
)
DENSE = (
    "The council said on Tuesday that it would vote on the plan next month, "
    "two years after a first draft was published on March 3, 2022. "
)


def timing(runs: int = 5) -> None:
    """Print median times of find_dates on 1,000 and 100,000 words of invented text."""
    for label, sample in (("news-like", NEWS_LIKE), ("dense", DENSE)):
        for words in (1_000, 100_000):
            text = sample * (words // len(sample.split()) + 1)
            samples = []
            for _ in range(runs):
                began = time.perf_counter()
                find_dates(text, "en", dt.date(2024, 10, 31))
                samples.append(time.perf_counter() - began)
            median = 1000 * statistics.median(samples)
            print(f"find_dates, {label:<9} text, {words:>7,} words: median {median:7.1f} ms")


def main() -> int:
    """Run the benchmark and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--baseline", action="store_true", help="also run dateparser.search_dates")
    parser.add_argument("--misses", type=int, default=15, help="error shapes to list")
    parser.add_argument("--contexts", type=int, default=0, help="wrong values to show in context")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"no evaluation data at {DATA}: skipping")
        return 0
    began = time.perf_counter()
    warm_up()
    print(f"warm_up: {1000 * (time.perf_counter() - began):.0f} ms")
    predictors: dict[str, Predictor] = {"ours": ours}
    if args.baseline:
        predictors["dateparser"] = dateparser_baseline
    for label, predictor in predictors.items():
        errors: dict[str, Counter[str]] = {"miss": Counter(), "false alarm": Counter(),
                                           "wrong value": Counter()}  # fmt: skip
        print(f"\n== {label}: DATE expressions")
        print(f"{'file':<24}{'gold':>6}{'pred':>6}{'span F1':>9}{'value F1':>9}{'ms/doc':>10}")
        total = {"gold": 0.0, "pred": 0.0, "span": 0.0, "value": 0.0, "ms": 0.0}
        all_times: list[float] = []
        contexts: list[str] = []
        for name in MAIN_FILES:
            result = evaluate(DATA / name, predictor, errors, all_times, contexts)
            print(row(name.removesuffix(".dev.jsonl"), result))
            for key in ("gold", "pred", "span", "value"):
                total[key] += result[key]
        total["ms"] = 1000 * statistics.median(all_times)
        print(row("te3+timebank", total))
        for name in CHECK_FILES:
            if (DATA / name).exists():
                print(
                    row(
                        name.removesuffix(".dev.jsonl") + " (check)",
                        evaluate(DATA / name, predictor, {k: Counter() for k in errors}),
                    )
                )
        if label == "ours":
            for kind, counter in errors.items():
                print(f"\nmost frequent {kind} (te3+timebank):")
                for text, count in counter.most_common(args.misses):
                    print(f"  {count:>3}  {text}")
            if args.contexts:
                print("\nwrong values in context (te3+timebank):")
                for line in contexts[: args.contexts]:
                    print(f"  {line}")
    print()
    timing()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
