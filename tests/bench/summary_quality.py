"""Summary quality benchmark: ROUGE of every ranker on the evaluation sets, with time per document.

Run: python tests/bench/summary_quality.py [--limit N] [--algorithms auto,lead] [--datasets cnndm]
     [--path direct|pipeline|auto] [--jobs 2]

Reads ../shared/data/eval/summ/ (relative to the repository root) and exits cleanly without it.
- cnndm: 3 sentences; reference = highlights (one per line).
- orangesum_fr: 1 sentence; ROUGE with a lowercase \\w+ tokenizer (keeps accented letters),
  no stemming (rouge-score's Porter stemmer is English-only).
- bbc: as many sentences as the reference has (counted with our splitter); duplicates skipped.
ROUGE: rouge-score F1, stemming for English; Lsum joins sentences with newlines.
"""

from __future__ import annotations

import argparse
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


def _score_one(job: tuple[str, str, dict[str, Any], str]) -> tuple[str, float, float, float, float]:
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
        with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            for algorithm in algorithms:
                jobs = [(name, algorithm, record, path) for record in records]
                rows = [r[1:] for r in pool.map(_score_one, jobs, chunksize=8)]
                means = [100 * statistics.fmean(r[k] for r in rows) for k in range(3)]
                seconds = statistics.median(r[3] for r in rows)
                print(
                    f"{algorithm:<10} {means[0]:6.1f} {means[1]:6.1f} {means[2]:7.1f} "
                    f"{seconds:8.4f}",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
