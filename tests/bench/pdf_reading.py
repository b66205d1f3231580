"""PDF reading benchmark: reading order, page furniture and what the summary picks, per real PDF.

Run: python tests/bench/pdf_reading.py [--runs N] [--no-summary] [--pdfminer PATH]

Reads ../shared/data/eval/files/pdf/ at run time and exits cleanly without it. For every PDF:
- what the user sees: the outcome (or the message), title, author, notes, first summary
  sentences, through ``ingest.load_bytes`` and ``pipeline.analyze``;
- bad summary sentences: a running header or footer (a line at the edge of 3+ pages in
  pypdf's plain text, numbers aside), a page-number line, an e-mail or affiliation line, or
  glyph garbage; counted for InBrief's reader and for the baseline, pypdf's plain
  ``extract_text()`` in content order as InBrief read PDFs before, with today's line joining
  and running-line rule (same run, same analysis);
- reading order against poppler (``pdftotext``, when installed): share of the extracted
  text's 4-word shingles found in poppler's text (poppler orders columns well), for the
  baseline, InBrief, and pdfminer.six's layout analysis when ``--pdfminer`` names a folder
  holding it (not a dependency: it is 8.5 MB and needs ``cryptography``, 16 MB);
- reading time: median of ``--runs`` runs per reader.
The last row is a two-column paper made by tests/core/ingest/pdf_samples.py whose columns
are drawn row by row, as word processors write them (content order interleaves them).
"""

from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))
PDFS = ROOT.parent / "shared" / "data" / "eval" / "files" / "pdf"
WORDS = re.compile(r"\w+")


def baseline_text(data: bytes) -> str:
    """Return the text as InBrief read PDFs before: plain extract_text(), lines joined."""
    from pypdf import PdfReader

    from inbrief.core.ingest.pdf_layout import drop_furniture
    from inbrief.core.ingest.pdf_text import join_lines

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        reader.decrypt("")
    pages = [(page.extract_text() or "").split("\n") for page in reader.pages]
    return join_lines(drop_furniture(pages).pages)


def pdfminer_text(data: bytes) -> str:
    """Return pdfminer.six's text with its default layout analysis."""
    from pdfminer.high_level import extract_text  # type: ignore[import-not-found]

    return str(extract_text(io.BytesIO(data)))


def poppler_text(path: Path) -> str | None:
    """Return pdftotext's text in its reading order, or None without poppler-utils."""
    if not shutil.which("pdftotext"):
        return None
    done = subprocess.run(["pdftotext", "-q", str(path), "-"], capture_output=True, timeout=60)
    return done.stdout.decode("utf-8", "replace") if done.returncode == 0 else None


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Return the 4-word shingles of a text, lower-cased, with multiplicity (ligatures as
    letters, words broken at a line-end hyphen whole, so only the order of words counts)."""
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", unicodedata.normalize("NFKC", text))
    words = [word.casefold() for word in WORDS.findall(text)]
    return Counter(tuple(words[i:i + 4]) for i in range(len(words) - 3))


def order_score(text: str, reference: str) -> float:
    """Return the share of the text's 4-word shingles that the reference text also has."""
    mine, theirs = shingles(text), shingles(reference)
    total = sum(mine.values())
    return sum((mine & theirs).values()) / total if total else 0.0


def running_lines(data: bytes) -> set[str]:
    """Return lines (numbers as #) at the first or last two lines of 3+ pages."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        reader.decrypt("")
    counts: Counter[str] = Counter()
    for page in reader.pages:
        lines = [line.strip() for line in (page.extract_text() or "").split("\n") if line.strip()]
        counts.update({re.sub(r"\d+", "#", line) for line in lines[:2] + lines[-2:]})
    return {line for line, count in counts.items() if count >= 3 and len(line) >= 8}


def bad_sentence(sentence: str, running: set[str]) -> str:
    """Return why a summary sentence is page furniture or noise, or ""."""
    from inbrief.core.ingest.pdf_front import is_contact_line
    from inbrief.core.ingest.pdf_text import garbage_share

    numbered = re.sub(r"\d+", "#", sentence)
    if any(line in numbered for line in running):
        return "running line"
    if re.search(r"\bpage\s+\d+\s+(?:of|/)\s*\d+", sentence, re.I) or sentence.strip().isdigit():
        return "page number"
    if "@" in sentence or is_contact_line(sentence):
        return "e-mail/affiliation"
    if garbage_share(sentence) > 0.15 or "\ufffd" in sentence:
        return "glyph garbage"
    return ""


def median_seconds(read: Callable[[], object], runs: int) -> float:
    """Return the median wall time of ``read`` over ``runs`` runs."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        read()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--no-summary", action="store_true", help="reading only, no analysis")
    parser.add_argument("--pdfminer", help="folder(s) holding pdfminer.six and cryptography, "
                        "joined by the path separator")
    args = parser.parse_args()
    if not PDFS.is_dir():
        print(f"skipped: {PDFS} is not there")
        return 0
    if args.pdfminer:
        sys.path[:0] = args.pdfminer.split(os.pathsep)
    from inbrief.core.article import AnalysisOptions, Article
    from inbrief.core.errors import InBriefError
    from inbrief.core.ingest import load_bytes
    from inbrief.core.pipeline import analyze

    bad_totals = Counter[str]()
    rows = []
    sys.path.insert(0, str(ROOT / "tests" / "core" / "ingest"))
    from pdf_samples import two_column_paper  # type: ignore[import-not-found]

    sample = Path(tempfile.gettempdir()) / "inbrief-two-column-sample.pdf"
    sample.write_bytes(two_column_paper())  # columns drawn row by row, made by the tests
    for path in [*sorted(PDFS.glob("*.pdf")), sample]:
        data = path.read_bytes()
        print(f"== {path.name}")
        try:
            article = load_bytes(data, path.name)
        except InBriefError as error:
            print(f"   message: {error}")
            continue
        seconds = median_seconds(lambda d=data, n=path.name: load_bytes(d, n), args.runs)
        try:
            old = baseline_text(data)
            old_seconds = median_seconds(lambda d=data: baseline_text(d), args.runs)
        except Exception as error:  # the old reader failed where the new one did not
            old, old_seconds = "", float("nan")
            print(f"   baseline failed: {type(error).__name__}")
        reference = poppler_text(path)
        scores = {}
        if reference:
            scores = {"baseline": order_score(old, reference),
                      "inbrief": order_score(article.text, reference)}
            if args.pdfminer:
                try:
                    scores["pdfminer"] = order_score(pdfminer_text(data), reference)
                except Exception as error:
                    print(f"   pdfminer failed: {type(error).__name__}")
        rows.append((path.name, scores, old_seconds, seconds))
        print(f"   title: {article.title!r}  author: {article.author!r}")
        for note in article.notes:
            print(f"   note: {note}")
        if args.no_summary:
            continue
        running = running_lines(data)
        for who, text in (("baseline", old), ("inbrief", article.text)):
            if not text.strip():
                continue
            brief = analyze(Article(text=text, title=article.title, author=article.author,
                                    format="pdf"), AnalysisOptions(sentences=5))
            reasons = [bad_sentence(s.text, running) for s in brief.summary]
            bad_totals[who] += sum(bool(r) for r in reasons)
            bad_totals[who + " sentences"] += len(reasons)
            if who == "inbrief":
                for sentence, reason in zip(brief.summary, reasons, strict=True):
                    flag = f"  [{reason}]" if reason else ""
                    print(f"   - {sentence.text[:110]}{flag}")
            elif any(reasons):
                print(f"   baseline bad sentences: {[r for r in reasons if r]}")
    print("\nreading order (share of 4-word shingles also in poppler's text) and median time")
    print(f"{'file':38} {'baseline':>9} {'inbrief':>8} {'pdfminer':>9} {'t base':>7} {'t new':>7}")
    for name, scores, old_seconds, seconds in rows:
        cells = [f"{scores[k]:.3f}" if k in scores else "-" for k in
                 ("baseline", "inbrief", "pdfminer")]
        print(f"{name[:38]:38} {cells[0]:>9} {cells[1]:>8} {cells[2]:>9} "
              f"{old_seconds:7.2f} {seconds:7.2f}")
    if not args.no_summary:
        for who in ("baseline", "inbrief"):
            print(f"bad summary sentences, {who}: {bad_totals[who]} of "
                  f"{bad_totals[who + ' sentences']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
