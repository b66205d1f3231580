"""Benchmark: documents per second of `inbrief analyze --jsonl` with 1 and 2 jobs, and the floor.

Run: python tests/bench/batch.py [--rounds 3] [--repeat 2]

Input: the CNN/DailyMail dev stories (../shared/data/eval/summ/cnndm.dev.jsonl), ``--repeat``
times over, as one JSONL file; skips cleanly without the data. Each round runs, interleaved
(the order alternates): the whole command with `--jobs 1`, with `--jobs 2` (wall time from
launch to the last line, so start-up and model loading count), and the floor: spaCy's
`nlp.pipe` over the same texts with InBrief's NER-only pipeline, in this process, model
already loaded (one core), and the machine's own ceiling: the same pure-Python arithmetic in one
process and split over two (no I/O, no shared state), which shows how much a second core gives on
this machine at all (a virtual machine's two cores may share one physical core). Prints medians
and per-round ratios, with the machine's load.
Target (issue 17): 2 jobs >= 1.8x the documents per second of 1 job on an idle 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CNNDM = ROOT.parent / "shared" / "data" / "eval" / "summ" / "cnndm.dev.jsonl"
sys.path.insert(0, str(ROOT / "desktop"))


def load() -> str:
    """Return the load averages of the machine, for the record."""
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def run_command(source: Path, jobs: int, env: dict[str, str]) -> float:
    """Return the wall time of `inbrief analyze --jsonl source --jobs N`."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "inbrief", "analyze", "--jsonl", str(source), "--jobs", str(jobs)],
        env=env, capture_output=True, timeout=3600,
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0 or b'"error"' in done.stdout:
        raise SystemExit(f"--jobs {jobs} failed: {done.stderr.decode(errors='replace')[-400:]}")
    return elapsed


def _spin(count: int) -> int:
    """Return a sum worked out the slow way: pure CPU work for the ceiling."""
    total = 0
    for number in range(count):
        total += number * number % 7
    return total


def ceiling_time(processes: int, tasks: int = 8, count: int = 3_000_000) -> float:
    """Return the wall time of ``tasks`` equal pieces of pure CPU work over ``processes``."""
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        started = time.perf_counter()
        pool.map(_spin, [count] * tasks, chunksize=1)
        return time.perf_counter() - started


def main() -> int:
    """Print the table; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=2, help="times the stories are repeated")
    args = parser.parse_args()
    if not CNNDM.is_file():
        print(f"skipped: {CNNDM} is not there")
        return 0
    texts = [json.loads(line)["text"] for line in CNNDM.open(encoding="utf-8")] * args.repeat
    from inbrief.core.entities import _pipeline

    nlp = _pipeline("en")
    assert nlp is not None
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        source = folder / "in.jsonl"
        source.write_text("".join(json.dumps({"id": n, "text": t}) + "\n"
                                  for n, t in enumerate(texts)), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"),
               "PYTHONPYCACHEPREFIX": str(folder / "pycache"), "XDG_DATA_HOME": str(folder)}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        print(f"{len(texts)} CNN/DM dev stories; load before: {load()}")
        run_command(source, 1, env)  # fills the byte-code cache
        times: dict[str, list[float]] = {"1 job": [], "2 jobs": [], "nlp.pipe floor": []}
        ceiling: list[float] = []
        for round_number in range(args.rounds):
            order = ["1 job", "2 jobs", "nlp.pipe floor", "ceiling"]
            for name in order if round_number % 2 == 0 else reversed(order):
                if name == "ceiling":
                    ceiling.append(ceiling_time(1) / ceiling_time(2))
                elif name == "nlp.pipe floor":
                    started = time.perf_counter()
                    for _doc in nlp.pipe(texts, batch_size=32):
                        pass
                    times[name].append(time.perf_counter() - started)
                else:
                    times[name].append(run_command(source, 1 if name == "1 job" else 2, env))
        for name, values in times.items():
            rates = [len(texts) / value for value in values]
            print(f"{name:16} {statistics.median(rates):6.1f} docs/s "
                  f"({min(rates):.1f}-{max(rates):.1f})")
        speedup = [a / b for a, b in zip(times["1 job"], times["2 jobs"], strict=True)]
        floor = [a / b for a, b in zip(times["1 job"], times["nlp.pipe floor"], strict=True)]
        print(f"{'2 jobs / 1 job':16} {statistics.median(speedup):6.2f}x "
              f"({min(speedup):.2f}-{max(speedup):.2f})   target >= 1.8x on an idle machine")
        print(f"{'1 job / floor':16} {statistics.median(floor):6.2f}x time per document")
        print(f"{'machine ceiling':16} {statistics.median(ceiling):6.2f}x "
              f"({min(ceiling):.2f}-{max(ceiling):.2f})  pure CPU, 2 processes / 1")
        share = [s / c for s, c in zip(speedup, ceiling, strict=True)]
        print(f"{'2 jobs / ceiling':16} {statistics.median(share):6.2f}   "
              "(1.00: the second core gives batches all it gives any work)")
        print(f"load after: {load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
