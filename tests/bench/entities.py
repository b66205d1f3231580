"""Benchmark: entity-level micro F1 (PER/ORG/LOC, exact span and type) on CoNLL-2003 and speed.

Run as ``python tests/bench/entities.py [--direct] [--runs N] [--errors N]``. It reads
``../shared/data/eval/ner/conll2003_test.dev.jsonl`` relative to the repository root and
exits cleanly when the file is absent. By default documents go through the app's own
``analyze(..., raw=True)``; ``--direct`` calls ``extract_entities`` with the gold sentence
spans instead (also the fallback while the pipeline does not exist).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))
DATA = ROOT.parent / "shared" / "data" / "eval" / "ner" / "conll2003_test.dev.jsonl"
TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}
LABELS = ("PER", "ORG", "LOC")

Span = tuple[int, int, str]


def build(doc: dict[str, Any]) -> tuple[str, list[tuple[int, int]], set[Span]]:
    """Return the document text, its sentence char spans and its gold PER/ORG/LOC spans."""
    tokens, tags = doc["tokens"], doc["tags"]
    offsets: list[tuple[int, int]] = []
    parts: list[str] = []
    sentences: list[tuple[int, int]] = []
    pos = 0
    for s, (first, last) in enumerate(doc["sentences"]):
        if s:
            parts.append("\n")
            pos += 1
        sentence_start = pos
        for i in range(first, last):
            if i > first:
                parts.append(" ")
                pos += 1
            offsets.append((pos, pos + len(tokens[i])))
            parts.append(tokens[i])
            pos += len(tokens[i])
        sentences.append((sentence_start, pos))
    gold: set[Span] = set()
    current: list[Any] | None = None
    for i, tag in enumerate(tags + ["O"]):
        if current and (tag == "O" or tag.startswith("B-") or tag[2:] != current[2]):
            if current[2] in LABELS:
                gold.add((current[0], current[1], current[2]))
            current = None
        if tag.startswith("B-") or (tag.startswith("I-") and current is None):
            current = [offsets[i][0], offsets[i][1], tag[2:]]
        elif tag.startswith("I-") and current is not None:
            current[1] = offsets[i][1]
    return "".join(parts), sentences, gold


def predict(text: str, sentences: list[tuple[int, int]], direct: bool) -> set[Span]:
    """Return predicted PER/ORG/LOC spans: every mention of every entity."""
    if direct:
        from inbrief.core.entities import extract_entities

        entities = extract_entities(text, "en", sentences)
    else:
        from inbrief.core.article import AnalysisOptions, Article
        from inbrief.core.pipeline import analyze

        brief = analyze(Article(text=text), AnalysisOptions(raw=True, language="en"))
        entities = list(brief.entities)
    spans: set[Span] = set()
    for entity in entities:
        label = TYPES.get(entity.type)
        if label is None:
            continue
        for m in entity.mentions:
            assert text[m.start : m.end] == m.text, (m, text[m.start : m.end])
            spans.add((m.start, m.end, label))
    return spans


SPACY_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def spacy_alone(text: str) -> set[Span]:
    """Return the spans spaCy's own entities give, with no InBrief rules (the baseline)."""
    from inbrief.core.entities import _pipeline

    nlp = _pipeline("en")
    assert nlp is not None
    return {
        (e.start_char, e.end_char, SPACY_TYPES[e.label_])
        for e in nlp(text).ents
        if e.label_ in SPACY_TYPES
    }


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Return precision, recall and F1 from the counts."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def speed(direct: bool, runs: int) -> None:
    """Print the median time for invented texts of about 1,000 and 100,000 words."""
    from inbrief.core.entities import _chunks, _pipeline, extract_entities

    nlp = _pipeline("en")
    if nlp is None:
        print("spaCy English model not installed; no timing")
        return
    paragraph = (
        "Prime Minister Shigeru Ishiba met executives of Toyota Motor Corp. in Nagoya on "
        "Tuesday, and Mr. Ishiba later told the Liberal Democratic Party (LDP) that the "
        "United States and the European Union would join talks in Geneva next month. "
        "Analysts at Mizuho Securities said the LDP faced pressure from voters in Osaka.\n"
    )
    words = len(paragraph.split())
    for target in (1_000, 100_000):
        text = paragraph * max(1, target // words)
        spans, pos = [], 0
        for line in text.splitlines(keepends=True):
            spans.append((pos, pos + len(line.rstrip())))
            pos += len(line)
        times, baseline = [], []
        for _ in range(runs if target <= 1_000 else max(1, runs // 2)):
            t0 = time.perf_counter()
            extract_entities(text, "en", spans)
            times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()  # baseline: spaCy NER alone over the same chunks
            list(nlp.pipe((text[s:e] for s, e in _chunks(text, spans)), batch_size=16))
            baseline.append(time.perf_counter() - t0)
        print(
            f"{len(text.split()):>7} words: median {statistics.median(times):.2f} s, "
            f"spaCy NER alone {statistics.median(baseline):.2f} s ({len(times)} runs)"
        )


def main() -> int:
    """Run the benchmark and print the tables; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--direct", action="store_true", help="call extract_entities directly")
    parser.add_argument("--runs", type=int, default=3, help="timing runs (median)")
    parser.add_argument("--errors", type=int, default=0, help="print the N commonest errors")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--no-baseline", action="store_true", help="skip spaCy-alone scores")
    args = parser.parse_args()
    if not DATA.is_file():
        print(f"evaluation data not found at {DATA}; skipping")
        return 0
    direct = args.direct or not (ROOT / "desktop" / "inbrief" / "core" / "pipeline.py").is_file()
    docs = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]

    from inbrief.core.entities import extract_entities

    extract_entities("Warm up in London.", "en")  # load spaCy outside the timing
    counts: dict[str, Counter[str]] = {label: Counter() for label in LABELS}
    base: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    per_doc: list[float] = []
    for doc in docs:
        text, sentences, gold = build(doc)
        t0 = time.perf_counter()
        predicted = predict(text, sentences, direct)
        per_doc.append(time.perf_counter() - t0)
        if not args.no_baseline:
            alone = spacy_alone(text)
            base.update(tp=len(gold & alone), fp=len(alone - gold), fn=len(gold - alone))
        for label in LABELS:
            g = {s for s in gold if s[2] == label}
            p = {s for s in predicted if s[2] == label}
            counts[label]["tp"] += len(g & p)
            counts[label]["fp"] += len(p - g)
            counts[label]["fn"] += len(g - p)
        if args.errors:
            gold_by_span = {(s, e): t for s, e, t in gold}
            for s, e, t in predicted - gold:
                errors[f"FP {text[s:e]!r} {t} (gold {gold_by_span.get((s, e), '-')})"] += 1
            pred_spans = {(s, e) for s, e, _ in predicted}
            for s, e, t in gold - predicted:
                if (s, e) not in pred_spans:
                    errors[f"FN {text[s:e]!r} {t}"] += 1

    mode = "extract_entities (direct)" if direct else "analyze(raw=True)"
    print(f"CoNLL-2003 test dev half: {len(docs)} docs via {mode}")
    print(f"{'type':<6}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}")
    total: Counter[str] = Counter()
    for label in LABELS:
        c = counts[label]
        total.update(c)
        pr, rc, f1 = prf(c["tp"], c["fp"], c["fn"])
        print(f"{label:<6}{pr * 100:7.1f}{rc * 100:7.1f}{f1 * 100:7.1f}{c['tp'] + c['fn']:7d}")
    pr, rc, f1 = prf(total["tp"], total["fp"], total["fn"])
    gold_total = total["tp"] + total["fn"]
    print(f"{'micro':<6}{pr * 100:7.1f}{rc * 100:7.1f}{f1 * 100:7.1f}{gold_total:7d}")
    if not args.no_baseline:
        pr, rc, f1 = prf(base["tp"], base["fp"], base["fn"])
        print(f"{'spaCy':<6}{pr * 100:7.1f}{rc * 100:7.1f}{f1 * 100:7.1f}  (en_core_web_sm alone)")
    print(
        f"time per doc: median {statistics.median(per_doc) * 1000:.0f} ms, "
        f"total {sum(per_doc):.1f} s"
    )
    for line, n in errors.most_common(args.errors):
        print(f"{n:4d}  {line}")
    if not args.no_speed:
        speed(direct, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
