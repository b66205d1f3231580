"""Benchmark: does any analysis stage grow faster than its input? (issue 17, point 5)

Run: python tests/bench/scaling.py [--runs 3] [--sizes 25000,50000,100000,200000]

Each kind of text is generated at every size (words), from an invented vocabulary with a fixed
seed, and analysed in this process (``pipeline.analyze``, models loaded first, unmeasured) for
the median over the runs. For each stage of ``Brief.timings`` (and the whole analysis, and
``ingest.load_text``) it prints the time at each size and the growth exponent over the last
doubling, log2(t(2N) / t(N)): about 1 is linear, 2 quadratic. A stage the work budget bounds
(the later stages read a sample of a long text) stays flat. Exponents over 1.3 are flagged.

Kinds: prose (sentences of 8-30 words in paragraphs), a web page (prose between blocks of
short menu lines and link lists), no punctuation in lines of 12 words, no punctuation on one
line, names and dates (every sentence has a capitalised name and a date). No evaluation data
is read.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))

from inbrief.core import ingest, pipeline  # noqa: E402
from inbrief.core.article import AnalysisOptions  # noqa: E402

FLAG = 1.3
_VOCABULARY = (
    "harbor council ferry storm bridge river budget plan vote city port crew weather service "
    "route island board water power line school road market trade fish boat season report "
    "engineer inspector repair closure winter summer morning evening passenger ticket fare "
    "the a of and to in on for with by from at as was were is are has had will would said "
    "says new old first last many few more most other each every some this that these those"
)
WORDS = tuple(_VOCABULARY.split())
NAMES = ("Helen Marsh", "Tom Abbott", "Priya Nair", "Jonas Berg", "Lucia Ferro", "Ade Okafor")
PLACES = ("Portsmouth", "Greyhaven", "Kellsbridge", "Westport", "Millbrook")
MONTHS = ("January", "March", "May", "July", "September", "November")
MENU = ("Home", "News", "Sport", "Weather", "Business", "Sign in", "Subscribe", "Share",
        "Most read", "Contact us", "Privacy", "Terms of use", "Newsletters", "Video")


def _sentence(rng: random.Random, names: bool) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 30))]
    if names:
        words[1:1] = [rng.choice(NAMES), "said", "in", rng.choice(PLACES), "on",
                      f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(1990, 2025)}"]
    return " ".join(words).capitalize() + "."


def _prose(words: int, rng: random.Random, names: bool = False) -> str:
    paragraphs, count = [], 0
    while count < words:
        paragraph = " ".join(_sentence(rng, names) for _ in range(rng.randint(2, 6)))
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return "Harbor Council Approves Night Ferry\n\n" + "\n\n".join(paragraphs) + "\n"


def _page(words: int, rng: random.Random) -> str:
    blocks, count = [], 0
    while count < words:
        menu = "\n".join(rng.sample(MENU, rng.randint(3, 8)))
        prose = "\n\n".join(" ".join(_sentence(rng, False) for _ in range(rng.randint(2, 5)))
                            for _ in range(rng.randint(1, 4)))
        blocks += [menu, prose]
        count += len(menu.split()) + len(prose.split())
    return "\n\n".join(blocks) + "\n"


def _unpunctuated(words: int, rng: random.Random, per_line: int) -> str:
    tokens = [rng.choice(WORDS) for _ in range(words)]
    if not per_line:
        return " ".join(tokens) + "\n"
    return "\n".join(" ".join(tokens[i : i + per_line]) for i in range(0, words, per_line)) + "\n"


KINDS: dict[str, Callable[[int, random.Random], str]] = {
    "prose": _prose,
    "web page": _page,
    "no punct., lines of 12": lambda n, rng: _unpunctuated(n, rng, 12),
    "no punct., one line": lambda n, rng: _unpunctuated(n, rng, 0),
    "names and dates": lambda n, rng: _prose(n, rng, names=True),
}


def measure(text: str, runs: int) -> dict[str, float]:
    """Return the median seconds of reading ``text``, of each stage and of the analysis."""
    times: dict[str, list[float]] = {}
    for _ in range(runs):
        start = time.perf_counter()
        article = ingest.load_text(text)
        loaded = time.perf_counter()
        brief = pipeline.analyze(article, AnalysisOptions())
        done = time.perf_counter()
        times.setdefault("read", []).append(loaded - start)
        for stage, seconds in brief.timings:
            times.setdefault(stage, []).append(seconds)
        times.setdefault("analysis", []).append(done - loaded)
    return {stage: statistics.median(values) for stage, values in times.items()}


def exponent(small: float, large: float) -> float:
    """Return log2(large / small): the growth over one doubling of the input."""
    if small < 1e-3 and large < 2e-3:  # a few milliseconds: too small to tell
        return 0.0
    return math.log2(max(large, 1e-6) / max(small, 1e-6))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="25000,50000,100000,200000")
    parser.add_argument("--kind", default="", help="only kinds whose name has this")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    pipeline.analyze(ingest.load_text(_prose(300, random.Random(1))), AnalysisOptions())
    flagged = []
    for kind, make in KINDS.items():
        if args.kind not in kind:
            continue
        results = [measure(make(size, random.Random(size)), args.runs) for size in sizes]
        stages = list(results[-1])
        print(f"\n== {kind}")
        print(f"{'stage':<12}" + "".join(f"{size:>10,}" for size in sizes) + "   exponent")
        for stage in stages:
            row = [r.get(stage, 0.0) for r in results]
            grow = exponent(row[-2], row[-1])
            mark = "  <-- faster than linear" if grow > FLAG else ""
            if mark:
                flagged.append(f"{kind}: {stage} {grow:.2f}")
            print(f"{stage:<12}" + "".join(f"{t:>10.3f}" for t in row) + f"   {grow:>8.2f}{mark}")
    print(f"\nseconds (medians over {args.runs} runs); exponent = log2 of the last doubling")
    print("flagged: " + ("; ".join(flagged) if flagged else "none"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
