"""PDF paste bench: a PDF's text as a PDF reader copies it (poppler's pdftotext, the engine of
Evince and Okular: lines as laid out, running heads, page numbers, words broken at line ends),
pasted, against opening the PDF itself.

Run: python tests/bench/pdf_paste.py

Reads the readable PDFs of ../shared/data/eval/files/pdf/ (index kinds text and other; skips
cleanly without the folder or without pdftotext). For each: the title of the paste against the
opened file's; the paste's summary sentences found in the opened file's text (each sentence's
letters and digits inside the opened text's); summary sentences that are a running head, a page
number or a sentence's fragment (opening in lower case); and words broken at a line's end left
in them ("automa- tion"). One run per file.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))
PDFS = ROOT.parent / "shared" / "data" / "eval" / "files" / "pdf"

from inbrief.core import ingest, pipeline  # noqa: E402
from inbrief.core.article import Article  # noqa: E402
from inbrief.core.text import alnum_key  # noqa: E402

_BROKEN = re.compile(r"[^\W\d_]- [a-z]")


def main() -> int:
    if not (PDFS / "index.jsonl").exists() or shutil.which("pdftotext") is None:
        print("pdf_paste: no evaluation PDFs or no pdftotext here; skipped")
        return 0
    rows = [json.loads(line) for line in (PDFS / "index.jsonl").read_text().splitlines()]
    print("| file | title open | title paste | summary in file | fragments | broken words |")
    print("|---|---|---|---|---|---|")
    totals = [0, 0, 0, 0, 0, 0]
    for row in rows:
        if row["kind"] not in ("text", "other"):
            continue
        path = PDFS / row["file"]
        opened = pipeline.analyze(ingest.load_path(path))
        copied = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                                capture_output=True, check=False).stdout.decode("utf-8", "replace")
        pasted = pipeline.analyze(Article(text=copied.replace("\f", "\n"), format="text"))
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
        print(f"| {row['file']} | {opened.title[:40]} | {pasted.title[:40]} "
              f"| {found}/{len(shown)} | {fragments} | {broken} |")
    print(f"\n{totals[0]} PDFs: title as opening the file {totals[1]}/{totals[0]}; summary "
          f"sentences found in the file's text {totals[2]}/{totals[3]}; fragments {totals[4]}; "
          f"broken words {totals[5]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
