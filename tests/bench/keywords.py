"""Benchmark: keyphrase F1@5 and F1@10 against reader keyphrases, with YAKE as the baseline.

Run as ``python tests/bench/keywords.py [--sets kpcrowd_en,wikinews_fr,ptbn_pt] [--limit N]
[--no-baseline] [--show N]``. Reads ``../shared/data/eval/keywords/*.dev.jsonl`` relative to
the repository root and exits cleanly when absent. YAKE (``pip install yake``, the ``bench``
extra) is the baseline in the same run; without it the bench says so and scores InBrief alone.

Each document goes through the app's own ``analyze(..., raw=True)`` with the set's language.
Matching: exact, after lower-casing, splitting into ``\\w+`` words and Snowball-stemming each
word ("Defense spending" matches "defense spend", not "defence spending").
F1@k per document from the top k predictions (precision over the predictions made, at most k;
recall over all gold keys), averaged over documents. Each set is split in two halves by the
sha1 of the record id: ``tune`` (the half to tune on) and ``check`` (the other half, to see
that a change holds); both are printed, with the whole.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))
DATA = ROOT.parent / "shared" / "data" / "eval" / "keywords"
SETS = ("kpcrowd_en", "wikinews_fr", "ptbn_pt")
SNOWBALL = {"en": "english", "fr": "french", "pt": "portuguese"}
KS = (5, 10)
WORD = re.compile(r"\w+")

Extractor = Callable[[str, str], list[str]]


def half(record_id: str) -> str:
    """Return "tune" or "check": a fixed split by the sha1 of the record id."""
    return "tune" if hashlib.sha1(record_id.encode()).digest()[0] % 2 == 0 else "check"


def normaliser(language: str) -> Callable[[str], str]:
    """Return a function that maps a phrase to its lower-case, Snowball-stemmed words."""
    from nltk.stem.snowball import SnowballStemmer

    stemmer = SnowballStemmer(SNOWBALL[language])

    def normal(phrase: str) -> str:
        return " ".join(stemmer.stem(w) for w in WORD.findall(phrase.lower()))

    return normal


def ours(text: str, language: str) -> list[str]:
    """Return InBrief's keywords, best first."""
    from inbrief.core.article import AnalysisOptions, Article
    from inbrief.core.pipeline import analyze

    brief = analyze(Article(text=text), AnalysisOptions(language=language, raw=True))
    return [k.text for k in brief.keywords]


def yake_extractor() -> Extractor | None:
    """Return YAKE 0.7 (n=3, top 20) as an extractor, None when yake is not installed."""
    try:
        import yake
    except ImportError:
        return None

    def run(text: str, language: str) -> list[str]:
        found = yake.KeywordExtractor(lan=language, n=3, top=20).extract_keywords(text)
        return [phrase for phrase, _ in found]

    return run


def f1_at(predicted: Sequence[str], gold: set[str], k: int) -> float:
    """Return F1 of the top ``k`` (normalised, distinct) predictions against ``gold``."""
    top = list(dict.fromkeys(p for p in predicted if p))[:k]
    if not top or not gold:
        return 0.0
    hits = sum(p in gold for p in top)
    if not hits:
        return 0.0
    precision, recall = hits / len(top), hits / len(gold)
    return 2 * precision * recall / (precision + recall)


def score(
    records: list[dict[str, Any]], extract: Extractor, language: str
) -> tuple[dict[str, dict[int, float]], float, list[tuple[str, list[str], set[str]]]]:
    """Return {half: {k: mean F1@k}} (halves "tune", "check", "all"), the median ms per
    document, and each document's (id, predictions, normalised gold) for inspection."""
    normal = normaliser(language)
    per_half: dict[str, dict[int, list[float]]] = {
        h: {k: [] for k in KS} for h in ("tune", "check", "all")
    }
    times: list[float] = []
    seen: list[tuple[str, list[str], set[str]]] = []
    for record in records:
        started = time.perf_counter()
        predicted = extract(record["text"], language)
        times.append(time.perf_counter() - started)
        gold = {normal(key) for key in record["keys"]} - {""}
        normalised = [normal(p) for p in predicted]
        seen.append((record["id"], predicted, gold))
        for h in (half(record["id"]), "all"):
            for k in KS:
                per_half[h][k].append(f1_at(normalised, gold, k))
    means = {
        h: {k: 100 * statistics.fmean(v) if v else 0.0 for k, v in ks.items()}
        for h, ks in per_half.items()
    }
    return means, 1000 * statistics.median(times), seen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--limit", type=int, default=None, help="documents per set")
    parser.add_argument("--no-baseline", action="store_true", help="skip YAKE")
    parser.add_argument("--show", type=int, default=0, help="print N documents' top 10")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"no evaluation data at {DATA}: skipped")
        return 0
    baseline = None if args.no_baseline else yake_extractor()
    if baseline is None and not args.no_baseline:
        print("yake is not installed (pip install yake): the YAKE baseline is skipped")
    systems: list[tuple[str, Extractor]] = [("InBrief", ours)]
    if baseline is not None:
        systems.append(("YAKE 0.7", baseline))
    print("keyphrase F1@5 / F1@10 (exact match after Snowball stemming), mean over documents")
    print(f"{'set':13}{'system':10}{'docs':>6}  {'tune @5/@10':>13}  {'check @5/@10':>13}"
          f"  {'all @5/@10':>13}  {'ms/doc':>7}")  # fmt: skip
    for name in args.sets.split(","):
        path = DATA / f"{name}.dev.jsonl"
        if not path.is_file():
            print(f"{name}: no file {path.name}, skipped")
            continue
        with path.open(encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle if line.strip()]
        records = records[: args.limit] if args.limit else records
        language = records[0]["language"]
        for system, extract in systems:
            means, ms, seen = score(records, extract, language)
            cells = "  ".join(
                f"{means[h][5]:6.1f}/{means[h][10]:5.1f}" for h in ("tune", "check", "all")
            )
            print(f"{name:13}{system:10}{len(records):6}  {cells}  {ms:7.1f}")
            if system == "InBrief":
                for record_id, predicted, gold in seen[: args.show]:
                    print(f"    {record_id}: {predicted[:10]}  gold {len(gold)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
