"""Benchmark: time and peak memory of the largest inputs InBrief accepts (or refuses), end to end.

Run: python tests/bench/big_inputs.py [--runs N] [--quick]
Every case runs in a fresh Python process (load, analyze, one-page PDF), so the peak resident
memory (ru_maxrss) is that case's alone; the table shows medians over the runs. Inputs are
generated from the invented article of tests/robustness/bad_inputs.py; no evaluation data is
needed. The bundled sample article, measured in the same run, is the baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "robustness"))

from bad_inputs import ARTICLE, nested_html, write_large_text, write_single_line  # noqa: E402

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from inbrief.core.ingest import load_path
from inbrief.core.errors import InBriefError
from inbrief.core.pipeline import analyze
result = {"load": None, "analyze": None, "export": None, "outcome": "brief"}
start = time.perf_counter()
try:
    article = load_path(sys.argv[1])
    result["load"] = time.perf_counter() - start
    start = time.perf_counter()
    brief = analyze(article)
    result["analyze"] = time.perf_counter() - start
    from inbrief.export.pdf import write_pdf
    start = time.perf_counter()
    write_pdf(brief, Path(sys.argv[2]), force=True)
    result["export"] = time.perf_counter() - start
    result["chars"] = len(brief.text)
except InBriefError as error:
    result["refused"] = time.perf_counter() - start
    result["outcome"] = "refused: " + str(error)[:70]
result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(result))
"""


def _pdf(path: Path, pages: int) -> Path:
    """Write a PDF of ``pages`` pages of article text."""
    from reportlab.pdfgen import canvas

    lines = [line for line in ARTICLE.splitlines() if line] * 4
    drawing = canvas.Canvas(str(path))
    for _ in range(pages):
        for number, line in enumerate(lines[:50]):
            drawing.drawString(50, 800 - 15 * number, line[:95])
        drawing.showPage()
    drawing.save()
    return path


def _docx(path: Path, paragraphs: int) -> Path:
    """Write a .docx of ``paragraphs`` paragraphs of article text."""
    import docx

    document = docx.Document()
    body = [p.replace("\n", " ") for p in ARTICLE.split("\n\n")[1:]]
    for number in range(paragraphs):
        document.add_paragraph(body[number % len(body)])
    document.save(str(path))
    return path


def _html(path: Path, size: int) -> Path:
    """Write a web page of about ``size`` bytes of article paragraphs."""
    paragraph = "".join(f"<p>{p.replace(chr(10), ' ')}</p>\n" for p in ARTICLE.split("\n\n")[1:])
    body = paragraph * (size // len(paragraph))
    path.write_text(f"<!doctype html><html><head><title>Ferries</title></head><body><article>"
                    f"{body}</article></body></html>", encoding="utf-8")
    return path


def _unpunctuated(path: Path, words: int, per_line: int) -> Path:
    """Write ``words`` words of the article with no punctuation at all (a transcript, OCR, a
    dump), ``per_line`` words to a line (0: one single line)."""
    vocabulary = re.sub(r"[^\w\s]", " ", ARTICLE).split()
    text = (vocabulary * (words // len(vocabulary) + 1))[:words]
    if per_line:
        lines = (" ".join(text[i : i + per_line]) for i in range(0, words, per_line))
        path.write_text("\n".join(lines), encoding="utf-8")
    else:
        path.write_text(" ".join(text), encoding="utf-8")
    return path


def make_cases(folder: Path, quick: bool) -> dict[str, Callable[[], Path]]:
    """Return the cases by label, each a function writing its input into ``folder``."""
    cases: dict[str, Callable[[], Path]] = {
        "sample article (baseline)": lambda: ROOT / "resources" / "sample-article.txt",
        "100 MB text (over 50 MB)": lambda: write_large_text(folder / "100mb.txt", 100_000_000),
        "49 MB text (over 10 M chars)": lambda: write_large_text(folder / "49mb.txt", 49_000_000),
        "9.9 MB text, 9.9 M chars": lambda: write_large_text(folder / "9.9mb.txt", 9_900_000),
        "5 MB single line": lambda: write_single_line(folder / "line.txt", 5_000_000),
        "1 MB text": lambda: write_large_text(folder / "1mb.txt", 1_000_000),
        "9 MB web page": lambda: _html(folder / "page9.html", 9_000_000),
        "15 MB web page (text > 10 M)": lambda: _html(folder / "page.html", 15_000_000),
        "HTML nested 100,000 deep": lambda: _write(folder / "deep.html", nested_html(100_000)),
        "PDF, 500 pages": lambda: _pdf(folder / "500.pdf", 500),
        "DOCX, 20,000 paragraphs": lambda: _docx(folder / "big.docx", 20_000),
        "1.2 M words, no punct., lines": lambda: _unpunctuated(folder / "u.txt", 1_200_000, 12),
        "1.2 M words, no punct., 1 line": lambda: _unpunctuated(folder / "u1.txt", 1_200_000, 0),
    }
    if quick:
        for label in ("49 MB text (over 10 M chars)", "9.9 MB text, 9.9 M chars",
                      "15 MB web page (text > 10 M)", "PDF, 500 pages"):
            del cases[label]
    return cases


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def run_case(path: Path, out: Path) -> dict[str, object]:
    """Return the measurements of one fresh process over ``path``."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", CHILD, str(path), str(out)], env=env,
                          capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        return {"outcome": f"FAILED: {done.stderr.strip().splitlines()[-1:]}", "rss_mb": 0.0}
    return json.loads(done.stdout.strip().splitlines()[-1])


def _median(values: list[object]) -> str:
    numbers = [float(v) for v in values if isinstance(v, (int, float))]
    return f"{statistics.median(numbers):8.2f}" if numbers else "       -"


def main() -> int:
    """Print the table; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="skip the slowest cases")
    parser.add_argument("--only", default="", metavar="WORDS", help="cases whose label has WORDS")
    args = parser.parse_args()
    print(f"{'input':30} {'size MB':>8} {'load s':>8} {'analyze':>8} {'pdf s':>8} "
          f"{'peak MB':>8}  outcome")
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        for label, make in make_cases(folder, args.quick).items():
            if args.only.lower() not in label.lower():
                continue
            path = make()
            size = path.stat().st_size / 1e6
            results = [run_case(path, folder / "out.pdf") for _ in range(args.runs)]
            load = [r["load"] if r.get("load") is not None else r.get("refused")
                    for r in results]
            print(f"{label:30} {size:8.1f} {_median(load)} "
                  f"{_median([r.get('analyze') for r in results])} "
                  f"{_median([r.get('export') for r in results])} "
                  f"{_median([r.get('rss_mb') for r in results])}  {results[0]['outcome']}",
                  flush=True)
            if path.parent == folder:
                path.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
