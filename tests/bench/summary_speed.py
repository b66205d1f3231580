"""Summary speed benchmark: seconds to rank 1k/10k/100k-word invented texts, per algorithm.

Run: python tests/bench/summary_speed.py [--sizes 1000,10000,100000] [--algorithms auto,lexrank]
     [--runs 5]

The texts are generated from an invented vocabulary with a fixed seed (no evaluation data).
Each cell is the median of ``--runs`` warm runs (one untimed run first). A baseline (sentence
splitting of the same text) is timed in the same run, because these machines are noisy.
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

from inbrief.core.summary.algorithms import ALGORITHMS as ALL_ALGORITHMS  # noqa: E402


def invented_text(words: int, seed: int = 0) -> str:
    """Return an English-looking text of about ``words`` words with paragraphs and names."""
    rng = random.Random(seed)
    syllables = [
        "ka",
        "lo",
        "mi",
        "ren",
        "tas",
        "vu",
        "dor",
        "pe",
        "li",
        "san",
        "to",
        "mer",
        "bal",
        "ni",
        "gor",
        "fe",
    ]
    vocabulary = [
        "".join(rng.choice(syllables) for _ in range(rng.randint(1, 4))) for _ in range(6000)
    ]
    function = [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "was",
        "with",
        "as",
        "by",
        "at",
        "from",
        "it",
    ]
    names = [w.capitalize() for w in rng.sample(vocabulary, 200)]
    weights = [1.0 / (rank + 1) for rank in range(len(vocabulary))]  # Zipf-like
    paragraphs: list[str] = []
    sentences: list[str] = []
    count = 0
    while count < words:
        size = rng.randint(6, 32)
        chosen = rng.choices(vocabulary, weights=weights, k=size)
        for position in range(0, size, 3):
            chosen[position] = rng.choice(function)
        if rng.random() < 0.5:
            chosen[rng.randrange(1, size)] = rng.choice(names)
        sentence = " ".join(chosen)
        sentences.append(sentence[0].upper() + sentence[1:] + ".")
        count += size
        if len(sentences) >= rng.randint(2, 6):
            paragraphs.append(" ".join(sentences))
            sentences = []
    if sentences:
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def _median_seconds(action: object, runs: int) -> float:
    action()  # type: ignore[operator]  # warm caches (stemmer, imports) first
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--algorithms", default=",".join(ALL_ALGORITHMS))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from inbrief.core import summary as summarize
    from inbrief.core.language import make_language
    from inbrief.core.text import split_sentences

    language = make_language("en", 1.0, "chosen")
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    algorithms = [a.strip() for a in args.algorithms.split(",") if a.strip()]
    texts = {size: invented_text(size, seed=size) for size in sizes}
    spans = {size: split_sentences(texts[size], "en") for size in sizes}
    starts = {size: summarize.paragraph_starts(texts[size], spans[size]) for size in sizes}

    header = f"{'algorithm':<10}" + "".join(f"{f'{s:,} words':>14}" for s in sizes)
    print(
        f"median of {args.runs} warm runs, seconds; sentences: "
        + ", ".join(f"{len(spans[s]):,}" for s in sizes)
    )
    print(header)
    baseline = [
        _median_seconds(lambda s=size: split_sentences(texts[s], "en"), args.runs) for size in sizes
    ]
    print(f"{'(split)':<10}" + "".join(f"{b:14.4f}" for b in baseline), flush=True)
    for algorithm in algorithms:
        cells = []
        notes: tuple[str, ...] = ()
        for size in sizes:

            def run(s: int = size, a: str = algorithm) -> None:
                nonlocal notes
                source = summarize.RankInput(texts[s], spans[s], language, "", starts[s])
                notes = summarize.rank_sentences(source, a).notes

            cells.append(_median_seconds(run, args.runs))
        marker = " *" if notes else ""
        print(f"{algorithm:<10}" + "".join(f"{c:14.4f}" for c in cells) + marker, flush=True)
    print("* on the largest text the algorithm ran on a candidate subset (see Ranking.notes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
