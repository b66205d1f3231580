"""Benchmark: median time of load_path and clean_article per input format and size.

Run: python tests/bench/ingest_speed.py [--runs N]
Inputs are generated from the bundled sample article (written for the project): the sample
itself, a 5 MB text, a 50-page PDF, a 50-page DOCX and a saved web page. A baseline measured
in the same run (reading the bytes of the 5 MB file) shows how noisy the machine is.
When ../shared/data/eval/ is present, it also reports how much text clean_article removes
from the (already clean) evaluation articles: a measure of how conservative cleaning is.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))

from inbrief.core.article import Article  # noqa: E402
from inbrief.core.clean import clean_article  # noqa: E402
from inbrief.core.ingest import load_path  # noqa: E402
from inbrief.resources import sample_article  # noqa: E402

EVAL = ROOT.parent / "shared" / "data" / "eval"


def median_time(func: Callable[[], object], runs: int) -> float:
    """Return the median wall time of ``func`` over ``runs`` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def make_inputs(folder: Path) -> dict[str, Path]:
    """Write the benchmark inputs into ``folder`` and return them by label."""
    import docx
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    sample = sample_article().read_text(encoding="utf-8")
    paragraphs = [p for p in sample.split("\n\n") if len(p.split()) > 12]
    inputs = {"sample article (.txt)": sample_article()}

    big = folder / "big.txt"
    chunk = "\n\n".join(paragraphs) + "\n\n"
    big.write_text(chunk * (5_000_000 // len(chunk.encode()) + 1), encoding="utf-8")
    inputs[f"{big.stat().st_size / 1e6:.1f} MB text"] = big

    words = " ".join(paragraphs).split()
    lines, line = [], ""
    for word in words:
        if len(line) + len(word) > 85:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    pdf = folder / "report.pdf"
    drawing = canvas.Canvas(str(pdf), pagesize=A4)
    for page in range(50):
        y = 800
        for number in range(50):
            drawing.drawString(60, y, lines[(page * 50 + number) % len(lines)])
            y -= 15
        drawing.showPage()
    drawing.save()
    inputs["50-page PDF"] = pdf

    document = docx.Document()
    for _ in range(50):
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)
    word = folder / "report.docx"
    document.save(str(word))
    inputs["DOCX (450 paragraphs)"] = word

    html = folder / "page.html"
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html.write_text(
        "<!DOCTYPE html><html><head><title>Flood barrier</title>"
        "<meta property='og:site_name' content='Meridian Wire'></head><body><nav>Home</nav>"
        f"<article><h1>Flood barrier</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    inputs["saved web page (.html)"] = html
    return inputs


def eval_removal() -> list[tuple[str, int, float, int]]:
    """Return (data set, articles, share of characters removed, articles changed)."""
    rows = []
    for name in ("cnndm.dev.jsonl", "bbc.dev.jsonl", "orangesum_fr.dev.jsonl"):
        path = EVAL / "summ" / name
        if not path.is_file():
            continue
        before = after = changed = count = 0
        with path.open(encoding="utf-8") as stream:
            for line in stream:
                record = json.loads(line)
                text = record["text"]
                cleaned = clean_article(Article(text=text)).article.text
                count += 1
                before += len(text)
                after += len(cleaned)
                changed += cleaned != text
        rows.append((name, count, 1 - after / max(before, 1), changed))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        inputs = make_inputs(Path(folder))
        big = next(path for label, path in inputs.items() if "MB text" in label)
        baseline = median_time(big.read_bytes, args.runs)
        print(f"baseline: read_bytes of the big text {baseline * 1000:8.1f} ms\n")
        print(f"{'input':28} {'load_path ms':>13} {'clean ms':>10} {'chars':>10}")
        for label, path in inputs.items():
            load = median_time(lambda path=path: load_path(path), args.runs)
            article = load_path(path)
            clean = median_time(lambda article=article: clean_article(article), args.runs)
            print(f"{label:28} {load * 1000:13.1f} {clean * 1000:10.1f} {len(article.text):10,}")
    rows = eval_removal()
    if not rows:
        print(f"\n{EVAL} not found: skipped the cleaning conservativeness check.")
        return 0
    print(f"\n{'eval set (already clean text)':30} {'articles':>8} {'removed':>8} {'changed':>8}")
    for name, count, removed, changed in rows:
        print(f"{name:30} {count:8} {removed:8.2%} {changed:8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
