"""PDF paste bench: a PDF's text as a PDF reader copies it (poppler's pdftotext, the engine of
Evince and Okular: lines as laid out, running heads, page numbers, words broken at line ends),
pasted, against opening the PDF itself.

Run: python tests/bench/pdf_paste.py [--pdfjs DIR]

Reads the readable PDFs of ../shared/data/eval/files/pdf/ (index kinds text and other; skips
cleanly without the folder or without pdftotext). For each: the title of the paste against the
opened file's; the paste's summary sentences found in the opened file's text (each sentence's
letters and digits inside the opened text's); summary sentences that are a running head, a page
number or a sentence's fragment (opening in lower case); and words broken at a line's end left
in them ("automa- tion"). One run per file.

Kept: of the copy's text that is the file's (its 4-word shingles found in the opened file's
analysed text), the share the paste's analysed text keeps; for the whole file, and for each
page copied alone (median and lowest over the pages: a user copies a page or a section).

--pdfjs DIR: copy as pdf.js's viewer (Firefox's) does instead (pdfjs_copy.mjs, run by node;
DIR holds node_modules/pdfjs-dist, ``npm install pdfjs-dist`` in it): text items joined, a line
break at each line's end, no blank lines, words broken at a line's end as printed.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))
PDFS = ROOT.parent / "shared" / "data" / "eval" / "files" / "pdf"

from inbrief.core import ingest, pipeline  # noqa: E402
from inbrief.core.text import alnum_key  # noqa: E402

_BROKEN = re.compile(r"[^\W\d_]- [a-z]")
SHINGLE = 4


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = text.casefold().split()
    return {tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def _kept(copied: str, opened: set[tuple[str, ...]]) -> float | None:
    """Return the share of ``copied``'s shingles in ``opened`` that its analysis keeps."""
    own = _shingles(copied) & opened
    if not own:
        return None
    kept = _shingles(pipeline.analyze(ingest.load_text(copied)).text)
    return len(kept & own) / len(own)


PDFJS: Path | None = None  # a folder holding node_modules/pdfjs-dist (--pdfjs)


def _copy(path: Path, page: int | None = None) -> str:
    if PDFJS is not None:
        script = Path(__file__).resolve().parent / "pdfjs_copy.mjs"
        return subprocess.run(["node", str(script), str(PDFJS), str(path),
                               *([str(page)] if page else [])], capture_output=True,
                              check=False).stdout.decode("utf-8", "replace")
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"],
                          capture_output=True, check=False
                          ).stdout.decode("utf-8", "replace").replace("\f", "\n")


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=False
                          ).stdout.decode("utf-8", "replace")
    found = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    return int(found.group(1)) if found else 0


def main() -> int:
    global PDFJS
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pdfjs", type=Path, help="a folder holding node_modules/pdfjs-dist")
    args = parser.parse_args()
    if args.pdfjs is not None:
        if shutil.which("node") is None or not (args.pdfjs / "node_modules/pdfjs-dist").exists():
            print("pdf_paste: no node or no pdfjs-dist in the folder given; skipped")
            return 0
        PDFJS = args.pdfjs
        print("copied as pdf.js's viewer copies a PDF")
    if not (PDFS / "index.jsonl").exists() or shutil.which("pdftotext") is None:
        print("pdf_paste: no evaluation PDFs or no pdftotext here; skipped")
        return 0
    rows = [json.loads(line) for line in (PDFS / "index.jsonl").read_text().splitlines()]
    print("| file | title open | title paste | summary in file | fragments | broken words "
          "| kept | pages kept (median, lowest) |")
    print("|---|---|---|---|---|---|---|---|")
    totals = [0, 0, 0, 0, 0, 0]
    kept_all: list[float] = []
    kept_pages: list[float] = []
    for row in rows:
        if row["kind"] not in ("text", "other"):
            continue
        path = PDFS / row["file"]
        opened = pipeline.analyze(ingest.load_path(path))
        copied = _copy(path)
        pasted = pipeline.analyze(ingest.load_text(copied))
        whole = alnum_key(opened.text)
        shown = [sentence.shown for sentence in pasted.summary]
        found = sum(alnum_key(s) in whole for s in shown)
        fragments = sum(s[:1].islower() for s in shown)
        broken = sum(bool(_BROKEN.search(s)) for s in shown)
        same = alnum_key(opened.title) == alnum_key(pasted.title)
        totals[0] += 1
        totals[1] += same
        totals[2] += found
        totals[3] += len(shown)
        totals[4] += fragments
        totals[5] += broken
        reference = _shingles(opened.text)
        whole_kept = _kept(copied, reference)
        count = _pages(path)
        each = [share for share in (_kept(_copy(path, page), reference)
                                    for page in range(1, count + 1) if count > 1)
                if share is not None]
        if whole_kept is not None:
            kept_all.append(whole_kept)
        kept_pages += each
        pages = (f"{statistics.median(each):.2f}, {min(each):.2f} ({len(each)})" if each
                 else "-")
        print(f"| {row['file']} | {opened.title[:40]} | {pasted.title[:40]} "
              f"| {found}/{len(shown)} | {fragments} | {broken} "
              f"| {'-' if whole_kept is None else f'{whole_kept:.2f}'} | {pages} |")
    print(f"\n{totals[0]} PDFs: title as opening the file {totals[1]}/{totals[0]}; summary "
          f"sentences found in the file's text {totals[2]}/{totals[3]}; fragments {totals[4]}; "
          f"broken words {totals[5]}")
    if kept_all and kept_pages:
        print(f"kept: whole files median {statistics.median(kept_all):.2f} (lowest "
              f"{min(kept_all):.2f}); {len(kept_pages)} pages copied alone median "
              f"{statistics.median(kept_pages):.2f}, lowest {min(kept_pages):.2f}, "
              f"{sum(share < 0.8 for share in kept_pages)} under 0.80")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
