"""Summary quality benchmark: ROUGE of every ranker on the evaluation sets, with time per document.

Run: python tests/bench/summary_quality.py [--limit N] [--algorithms auto,lead] [--datasets cnndm]
     [--path direct|pipeline|auto] [--jobs 2]

Reads ../shared/data/eval/summ/ (relative to the repository root) and exits cleanly without it.
- cnndm: 3 sentences; reference = highlights (one per line).
- orangesum_fr: 1 sentence; ROUGE with a lowercase \\w+ tokenizer (keeps accented letters),
  no stemming (rouge-score's Porter stemmer is English-only).
- bbc: as many sentences as the reference has (counted with our splitter); duplicates skipped.
ROUGE: rouge-score F1, stemming for English; Lsum joins sentences with newlines.

Significance: when ``lead`` runs beside other algorithms, each one's margin over Lead is given
with a paired bootstrap 95% interval (documents resampled, 2,000 draws, fixed seed) and the
number of documents whose summary differs from Lead's. Two-fold estimate: the documents are
split in two halves by the sha1 of their id; on each half the algorithm with the best mean R-1
is picked and its margin over Lead is scored on the other half; both folds are printed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))
EVAL = ROOT.parent / "shared" / "data" / "eval" / "summ"

from inbrief.core.summary.algorithms import ALGORITHMS as ALL_ALGORITHMS  # noqa: E402


@dataclass(frozen=True)
class Dataset:
    name: str
    file: str
    language: str
    english_rouge: bool
    count: Callable[[dict[str, Any]], int]


def _reference_sentences(record: dict[str, Any]) -> int:
    from inbrief.core.text import split_sentences

    return max(1, len(split_sentences(record["reference"], "en")))


DATASETS = {
    "cnndm": Dataset("cnndm", "cnndm.dev.jsonl", "en", True, lambda r: 3),
    "orangesum_fr": Dataset("orangesum_fr", "orangesum_fr.dev.jsonl", "fr", False, lambda r: 1),
    "bbc": Dataset("bbc", "bbc.dev.jsonl", "en", True, _reference_sentences),
}


class WordTokenizer:
    """Lowercase \\w+ tokens, accented letters kept (rouge-score's default drops them)."""

    def tokenize(self, text: str) -> list[str]:
        return re.findall(r"\w+", text.lower())


def _scorer(english: bool) -> Any:
    from rouge_score import rouge_scorer

    kinds = ["rouge1", "rouge2", "rougeLsum"]
    if english:
        return rouge_scorer.RougeScorer(kinds, use_stemmer=True)
    return rouge_scorer.RougeScorer(kinds, tokenizer=WordTokenizer())


def _summarize(
    text: str, title: str, dataset: Dataset, count: int, algorithm: str, path: str
) -> tuple[list[str], float]:
    """Return (summary sentences in document order, seconds spent ranking or analysing)."""
    if path == "pipeline":
        from inbrief.core.article import AnalysisOptions, Article
        from inbrief.core.pipeline import analyze

        started = time.perf_counter()
        brief = analyze(
            Article(text=text, title=title), AnalysisOptions(sentences=count, algorithm=algorithm)
        )
        return [s.text for s in brief.summary], time.perf_counter() - started
    from inbrief.core import summary as summarize
    from inbrief.core.article import Article
    from inbrief.core.clean import clean_article
    from inbrief.core.language import make_language
    from inbrief.core.text import split_sentences

    text = clean_article(Article(text=text, title=title)).article.text
    language = make_language(dataset.language, 1.0, "chosen")
    spans = split_sentences(text, language.code)
    started = time.perf_counter()
    starts = summarize.paragraph_starts(text, spans)
    ranking = summarize.rank_sentences(
        summarize.RankInput(text, spans, language, title, starts), algorithm
    )
    seconds = time.perf_counter() - started
    chosen = [text[a:b] for (a, b), rank in zip(spans, ranking.ranks, strict=True) if rank <= count]
    return chosen, seconds


def _score_one(
    job: tuple[str, str, dict[str, Any], str],
) -> tuple[str, float, float, float, float, str]:
    dataset_name, algorithm, record, path = job
    dataset = DATASETS[dataset_name]
    count = dataset.count(record)
    summary, seconds = _summarize(
        record["text"], record.get("title", ""), dataset, count, algorithm, path
    )
    scores = _scorer(dataset.english_rouge).score(record["reference"], "\n".join(summary))
    return (
        algorithm,
        scores["rouge1"].fmeasure,
        scores["rouge2"].fmeasure,
        scores["rougeLsum"].fmeasure,
        seconds,
        "\n".join(summary),
    )


def paired_bootstrap(
    differences: list[float], draws: int = 2000, seed: int = 0
) -> tuple[float, float, float]:
    """Return the mean of per-document differences and its 95% bootstrap interval."""
    import numpy as np

    values = np.asarray(differences, dtype=float)
    if values.size == 0:
        return 0.0, 0.0, 0.0
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, values.size, size=(draws, values.size))
    means = values[picks].mean(axis=1)
    low, high = np.percentile(means, [2.5, 97.5])
    return float(values.mean()), float(low), float(high)


def fold_of(record: dict[str, Any], index: int) -> int:
    """Return 0 or 1: the record's half, by the sha1 of its id (its position without one)."""
    key = str(record.get("id", index)).encode()
    return hashlib.sha1(key).digest()[0] % 2


Rows = list[tuple[float, float, float, float, str]]


def print_significance(records: list[dict[str, Any]], results: dict[str, Rows]) -> None:
    """Print each algorithm's margin over Lead with a paired bootstrap interval, then the
    two-fold estimate of picking the best algorithm on one half and scoring it on the other."""
    lead = results.get("lead")
    others = [a for a in results if a != "lead"]
    if lead is None or not others:
        return
    print("margin over lead, x100 (paired bootstrap 95% interval; documents differing from lead)")
    for algorithm in others:
        rows = results[algorithm]
        cells = []
        for k, label in enumerate(("R-1", "R-2", "R-Lsum")):
            differences = [100 * (a[k] - b[k]) for a, b in zip(rows, lead, strict=True)]
            mean, low, high = paired_bootstrap(differences)
            cells.append(f"{label} {mean:+.2f} ({low:+.2f}…{high:+.2f})")
        differ = sum(a[4] != b[4] for a, b in zip(rows, lead, strict=True))
        print(f"  {algorithm:<9} " + "; ".join(cells) + f"; differs on {differ}/{len(rows)}")
    folds = [fold_of(r, i) for i, r in enumerate(records)]
    for tune in (0, 1):
        held = [i for i, f in enumerate(folds) if f != tune]
        tuned = [i for i, f in enumerate(folds) if f == tune]
        if not held or not tuned:
            continue
        best = max(results, key=lambda a: statistics.fmean(results[a][i][0] for i in tuned))
        mean, low, high = paired_bootstrap(
            [100 * (results[best][i][0] - lead[i][0]) for i in held]
        )
        score = 100 * statistics.fmean(results[best][i][0] for i in held)
        print(
            f"  two-fold: best on half {tune} ({len(tuned)} docs) is {best}; on half {1 - tune}"
            f" ({len(held)} docs) R-1 {score:.1f}, over lead {mean:+.2f} ({low:+.2f}…{high:+.2f})"
        )


def _load(dataset: Dataset, limit: int | None) -> list[dict[str, Any]]:
    with open(EVAL / dataset.file, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    records = [r for r in records if not r.get("duplicate_of")]
    return records[:limit] if limit else records


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="documents per dataset")
    parser.add_argument("--algorithms", default=",".join(ALL_ALGORITHMS))
    parser.add_argument("--datasets", default=",".join(DATASETS))
    parser.add_argument(
        "--path",
        choices=("auto", "direct", "pipeline"),
        default="direct",
        help="direct: clean + split + rank (fast); pipeline: analyze()",
    )
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if not EVAL.is_dir():
        print(f"No evaluation data at {EVAL}: nothing to measure.")
        return 0
    path = args.path
    if path == "auto":
        try:
            import inbrief.core.pipeline  # noqa: F401

            path = "pipeline"
        except ImportError:
            path = "direct"
    algorithms = [a.strip() for a in args.algorithms.split(",") if a.strip()]
    print(
        f"path: {path}; F1 x100; s/doc = median seconds per document "
        f"({'the whole analyze() call' if path == 'pipeline' else 'ranking only'})"
    )
    for name in [d.strip() for d in args.datasets.split(",") if d.strip()]:
        dataset = DATASETS[name]
        if not (EVAL / dataset.file).exists():
            print(f"{name}: {dataset.file} missing, skipped")
            continue
        records = _load(dataset, args.limit)
        rouge = (
            "rouge-score, Porter stemmer"
            if dataset.english_rouge
            else "rouge-score with a lowercase \\w+ tokenizer (accents kept), no stemmer"
        )
        print(f"\n{name}: {len(records)} documents; {rouge}")
        print(f"{'algorithm':<10} {'R-1':>6} {'R-2':>6} {'R-Lsum':>7} {'s/doc':>8}")
        results: dict[str, Rows] = {}
        with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            for algorithm in algorithms:
                jobs = [(name, algorithm, record, path) for record in records]
                rows = [r[1:] for r in pool.map(_score_one, jobs, chunksize=8)]
                results[algorithm] = rows
                means = [100 * statistics.fmean(r[k] for r in rows) for k in range(3)]
                seconds = statistics.median(r[3] for r in rows)
                print(
                    f"{algorithm:<10} {means[0]:6.1f} {means[1]:6.1f} {means[2]:7.1f} "
                    f"{seconds:8.4f}",
                    flush=True,
                )
        print_significance(records, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
