"""Encoding detection bench: legacy code pages per language, ours against the detectors alone.

Run: python tests/bench/encodings.py [--runs N]

Encodes the invented samples of tests/core/ingest/encoding_samples.py (Polish, Czech,
Hungarian, Romanian, Turkish, Lithuanian, Latvian, Estonian, Greek, Russian, Ukrainian,
Bulgarian, Arabic, Hebrew, Japanese, German, French) in the code pages people saved them in,
whole (about 300 characters) and cut to 120 and 60 characters, plus the texts of
../shared/data/eval/files/text/ in the encoding their index names (when present). Each is
decoded by:

- ours: ``ingest.text.detect_text`` (charset-normalizer for the script, a per-language letter
  check among the Latin code pages, langdetect to break ties, ISO-2022 escapes);
- charset-normalizer alone: ``from_bytes(data).best()``;
- chardet, when installed (it is not an InBrief dependency: 3.3 MB, left out of the bundle).

Right = the decoded text equals the original. "noted" counts our doubtful guesses (the Brief
says so and offers Reopen with Encoding); a wrong guess that is noted is less harmful than a
silent one. Time: median over --runs of decoding every sample once, per detector.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "tests" / "core" / "ingest"))
TEXTS = ROOT.parent / "shared" / "data" / "eval" / "files" / "text"

from encoding_samples import LEGACY, encodable  # noqa: E402

from inbrief.core.ingest.text import detect_text, normalize_text  # noqa: E402

Case = tuple[str, bytes, str]  # (label, bytes, expected text)


def cases() -> list[Case]:
    found: list[Case] = []
    for language, codec in LEGACY:
        text = encodable(language, codec)
        for length in (None, 120, 60):
            piece = text if length is None else text[:length]
            found.append((f"{language} {codec} {length or 'all'}", piece.encode(codec), piece))
    index = TEXTS / "index.jsonl"
    if index.is_file():
        for line in index.read_text().splitlines():
            record = json.loads(line)
            data = (TEXTS / record["file"]).read_bytes()
            found.append((f"eval {record['file']} {record['encoding']}", data,
                          data.decode(record["encoding"])))
    return found


def ours(data: bytes) -> tuple[str, bool]:
    guess = detect_text(data)
    return guess.text, guess.unsure


def charset_normalizer(data: bytes) -> tuple[str, bool]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return (str(best) if best is not None else ""), False


def chardet_alone(data: bytes) -> tuple[str, bool]:
    import chardet

    encoding = chardet.detect(data)["encoding"]
    try:
        return (data.decode(encoding) if encoding else ""), False
    except (LookupError, UnicodeDecodeError):
        return "", False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    detectors: dict[str, Callable[[bytes], tuple[str, bool]]] = {
        "ours": ours, "charset-normalizer": charset_normalizer}
    try:
        import chardet  # noqa: F401

        detectors["chardet"] = chardet_alone
    except ImportError:
        print("chardet is not installed: its column is left out")
    all_cases = cases()
    ours(all_cases[0][1])  # load langdetect's profiles before timing
    groups = ("all", "120", "60", "eval")
    print("| detector | " + " | ".join(f"right ({g})" for g in groups)
          + " | noted wrong / noted right | median s (all cases) |")
    print("|---" * (len(groups) + 3) + "|")
    misses: dict[str, list[str]] = {}
    for name, detect in detectors.items():
        right = dict.fromkeys(groups, 0)
        total = dict.fromkeys(groups, 0)
        noted_wrong = noted_right = 0
        times = []
        for run in range(args.runs):
            started = time.perf_counter()
            for label, data, expected in all_cases:
                text, unsure = detect(data)
                if run:
                    continue
                group = "eval" if label.startswith("eval") else label.rsplit(" ", 1)[1]
                good = normalize_text(text) == normalize_text(expected)
                total[group] += 1
                right[group] += good
                noted_wrong += unsure and not good
                noted_right += unsure and good
                if not good:
                    misses.setdefault(name, []).append(label)
            times.append(time.perf_counter() - started)
        print(f"| {name} | " + " | ".join(f"{right[g]}/{total[g]}" for g in groups)
              + f" | {noted_wrong} / {noted_right} | {statistics.median(times):.2f} |")
    for name, labels in misses.items():
        print(f"\n{name} wrong: {', '.join(labels)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
