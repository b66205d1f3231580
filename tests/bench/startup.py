"""Benchmark: a cold one-off `inbrief analyze` and `inbrief brief` against merely loading spaCy.

Run: python tests/bench/startup.py [--pairs 9] [--article FILE]

Each round starts fresh processes, interleaved (the order alternates from one round to the
next), so that a busy machine slows every command alike:
- spaCy alone: `python -c "import spacy; spacy.load(<en_core_web_sm>, exclude=<what InBrief
  excludes>)"`, the floor: InBrief cannot answer before its name model is loaded;
- `inbrief analyze ARTICLE --format json` (output to /dev/null);
- `inbrief brief ARTICLE -o x.pdf --force`.
It prints medians and ranges of the times, of analyze / spaCy per round, and of brief - analyze
per round, then the same for the CPU time (user + system) of each command, which other jobs on
the cores disturb less than the wall time. The article is the CNN/DailyMail dev story closest
to 700 words when the evaluation data is there, else a 700-word article built from the
bundled sample. Python byte code is cached in a private folder (a first unmeasured round
fills it), as an installed program has it.
Targets (issue 17): analyze <= 1.15x spaCy; brief adds <= 0.3 s.
`--compare DIR` also runs `analyze` from another checkout (its desktop/ folder), e.g. the main
branch, in the same rounds: before and after, measured together.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CNNDM = ROOT.parent / "shared" / "data" / "eval" / "summ" / "cnndm.dev.jsonl"
SPACY = (
    "import spacy\n"
    "from inbrief.core.entities import _EXCLUDE, _english_path\n"
    "spacy.load(_english_path(), exclude=_EXCLUDE)\n"
)


def article_text(words: int = 700) -> tuple[str, str]:
    """Return (text, where it came from) of an article of about ``words`` words."""
    if CNNDM.is_file():
        texts = [json.loads(line)["text"] for line in CNNDM.open(encoding="utf-8")]
        best = min(texts, key=lambda t: abs(len(t.split()) - words))
        return best, f"CNN/DM dev story of {len(best.split())} words"
    sys.path.insert(0, str(ROOT / "tests" / "bench"))
    from pipeline_speed import make_article

    text = make_article(words)
    return text, f"{len(text.split())}-word article built from the bundled sample"


CPU: dict[str, list[float]] = {}  # command name -> CPU seconds (user + system) of each run


def cpu_of_children() -> float:
    """Return the CPU seconds (user + system) of the children waited for so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], env: dict[str, str], name: str = "") -> float:
    """Return the wall time of ``command`` (its CPU time goes to CPU[name]); fail loudly if it
    fails."""
    cpu = cpu_of_children()
    started = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          timeout=300)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{command[2:4]} failed: {done.stderr.decode(errors='replace')[-400:]}")
    if name:
        CPU.setdefault(name, []).append(cpu_of_children() - cpu)
    return elapsed


def load() -> str:
    """Return the load averages of the machine, for the record."""
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def summary(values: list[float], unit: str = "s") -> str:
    """Return 'median (min-max)' of ``values``."""
    return (f"{statistics.median(values):.2f} {unit} "
            f"({min(values):.2f}-{max(values):.2f})").replace(" x ", "x ")


def main() -> int:
    """Print the table; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=9, help="rounds (default 9)")
    parser.add_argument("--article", type=Path, help="a text file instead of the default")
    parser.add_argument("--compare", type=Path, metavar="DIR",
                        help="another checkout whose analyze runs in the same rounds")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        if args.article:
            source = f"{args.article}"
            article = args.article
        else:
            text, source = article_text()
            article = folder / "article.txt"
            article.write_text(text, encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"), "QT_QPA_PLATFORM": "offscreen",
               "PYTHONPYCACHEPREFIX": str(folder / "pycache"), "XDG_DATA_HOME": str(folder)}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        python = sys.executable
        commands = {
            "spacy": [python, "-c", SPACY],
            "analyze": [python, "-m", "inbrief", "analyze", str(article), "--format", "json"],
            "brief": [python, "-m", "inbrief", "brief", str(article), "-o",
                      str(folder / "x.pdf"), "--force"],
        }
        envs = {name: env for name in commands}
        if args.compare is not None:
            commands["other"] = commands["analyze"]
            envs["other"] = {**env, "PYTHONPATH": str(args.compare.resolve() / "desktop"),
                             "PYTHONPYCACHEPREFIX": str(folder / "pycache-other")}
        print(f"article: {source}; load before: {load()}")
        for name, command in commands.items():  # fills the byte-code cache and the disk cache
            timed(command, envs[name])
        times: dict[str, list[float]] = {name: [] for name in commands}
        for round_number in range(args.pairs):
            order = list(commands) if round_number % 2 == 0 else list(reversed(commands))
            for name in order:
                times[name].append(timed(commands[name], envs[name], name))
        ratios = [a / s for a, s in zip(times["analyze"], times["spacy"], strict=True)]
        extra = [b - a for b, a in zip(times["brief"], times["analyze"], strict=True)]
        print(f"{'command':34} median (range) over {args.pairs} rounds")
        print(f"{'spaCy import + load (NER only)':34} {summary(times['spacy'])}")
        print(f"{'inbrief analyze --format json':34} {summary(times['analyze'])}")
        print(f"{'inbrief brief -o x.pdf':34} {summary(times['brief'])}")
        print(f"{'analyze / spaCy, per round':34} {summary(ratios, 'x')}   target <= 1.15x")
        print(f"{'brief - analyze, per round':34} {summary(extra)}   target <= 0.30 s")
        if args.compare is not None:
            other = [o / s for o, s in zip(times["other"], times["spacy"], strict=True)]
            print(f"{'analyze of ' + str(args.compare):34} {summary(times['other'])}")
            print(f"{'  that / spaCy, per round':34} {summary(other, 'x')}")
            saved = [o - a for o, a in zip(times["other"], times["analyze"], strict=True)]
            print(f"{'  that - analyze, per round':34} {summary(saved)}")
        # CPU seconds: what each command computed, whatever else ran on the cores meanwhile.
        print("CPU time (user + system)")
        for name in commands:
            label = "analyze of " + str(args.compare) if name == "other" else name
            print(f"  {label:32} {summary(CPU[name])}")
        for name in ("analyze", "other"):
            if name in CPU:
                ratio = [a / s for a, s in zip(CPU[name], CPU["spacy"], strict=True)]
                label = "that" if name == "other" else "analyze"
                print(f"  {label + ' / spaCy, per round':32} {summary(ratio, 'x')}")
        if "other" in CPU:
            saved = [o - a for o, a in zip(CPU["other"], CPU["analyze"], strict=True)]
            print(f"  {'that - analyze, per round':32} {summary(saved)}")
        print(f"load after: {load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
