"""PDF article bench: the evaluation pages' articles printed to PDF by a browser, copied out of a
PDF reader and pasted: is the article kept whole, and its title found?

Run: python tests/bench/pdf_articles.py [--layout one|two|both] [--limit N] [--pdfjs DIR] [--open]

For each page of ../shared/data/eval/extract/ (its hand-checked body, its title as
paste_quality.py expects it), an HTML document of the headline and the body's paragraphs is
printed to PDF by headless Chromium (A4, the browser's own header and footer on each page: the
date, the title, the file's address and "1/3"), in one column or in two (``column-count``, the
headline across both), then copied as a PDF reader copies it (poppler's pdftotext, the engine of
Evince and Okular: lines as laid out, no blank line between paragraphs) and analysed as a
plain-text paste. The body is scored as paste_quality.py scores it (4-token shingles, per-page
precision and recall, F1 of the means), against the copy pasted with nothing removed; the title
against the headline; the summary's sentences counted whole when they open and end as sentences do.
PDFs are cached in the temporary folder. Skips cleanly without the data,
Chromium or pdftotext. The pages stay in the temporary folder: nothing of them is kept in the
repository. --pdfjs DIR copies as pdf.js's viewer (Firefox's) does instead (see pdf_paste.py);
--open opens each PDF as a file instead (a page saved with the browser's "Save as PDF" and
opened in InBrief), its text as ingest reads it against the brief's.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import paste_quality as bench  # noqa: E402

from inbrief.core import ingest, pipeline  # noqa: E402
from inbrief.core.clean import clean_article  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "inbrief-pdf-articles"
_WHOLE = re.compile(r"[.!?…。！？][\"'”’»)]*$")
_STYLE = {
    "one": "body { font: 11pt Georgia, serif; margin: 0 1cm; } h1 { font-size: 20pt; }",
    "two": ("body { font: 10pt Georgia, serif; margin: 0 0.5cm; column-count: 2;"
            " column-gap: 1cm; text-align: justify; }"
            " h1 { font-size: 18pt; column-span: all; }"),
}


def document(title: str, body: str, layout: str) -> str:
    """Return the HTML of an article: its headline and its body's paragraphs."""
    paragraphs = "".join(f"<p>{html.escape(p.strip())}</p>"
                         for p in body.split("\n\n") if p.strip())
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}"
            f"</title><style>{_STYLE[layout]}</style></head><body><h1>{html.escape(title)}"
            f"</h1>{paragraphs}</body></html>")


def printed(page: bench.Page, title: str, layout: str) -> Path | None:
    """Return the article printed to PDF (once, then cached), or None when Chromium fails."""
    source = document(title, page.body or "", layout)
    digest = hashlib.sha1(source.encode()).hexdigest()[:16]
    CACHE.mkdir(parents=True, exist_ok=True)
    pdf = CACHE / f"{digest}.pdf"
    if not pdf.exists():
        with tempfile.TemporaryDirectory() as folder:
            written = Path(folder) / "article.html"
            written.write_text(source, encoding="utf-8")
            made = Path(folder) / "article.pdf"
            try:
                subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                                "--no-first-run", f"--print-to-pdf={made}",
                                written.as_uri()], capture_output=True, check=False,
                               timeout=120)
            except subprocess.TimeoutExpired:
                return None
            if not made.exists():
                return None
            shutil.copyfile(made, pdf)
    return pdf


def copied(page: bench.Page, title: str, layout: str, pdfjs: Path | None = None) -> str | None:
    """Return the article's PDF as a PDF reader copies it (cached)."""
    source = document(title, page.body or "", layout)
    digest = hashlib.sha1(source.encode()).hexdigest()[:16]
    text = CACHE / (f"{digest}.txt" if pdfjs is None else f"{digest}.pdfjs.txt")
    if text.exists():
        return text.read_text(encoding="utf-8")
    pdf = printed(page, title, layout)
    if pdf is None:
        return None
    if pdfjs is None:
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
                             capture_output=True, check=False).stdout
    else:
        script = Path(__file__).resolve().parent / "pdfjs_copy.mjs"
        out = subprocess.run(["node", str(script), str(pdfjs), str(pdf)],
                             capture_output=True, check=False).stdout
    result = out.decode("utf-8", "replace").replace("\f", "\n")
    text.write_text(result, encoding="utf-8")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--layout", choices=("one", "two", "both"), default="both")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--pdfjs", type=Path, help="a folder holding node_modules/pdfjs-dist")
    parser.add_argument("--open", action="store_true",
                        help="open each PDF as a file (ingest's PDF reading) instead of pasting")
    args = parser.parse_args()
    if args.pdfjs is not None and (shutil.which("node") is None
                                   or not (args.pdfjs / "node_modules/pdfjs-dist").exists()):
        print("pdf_articles: no node or no pdfjs-dist in the folder given; skipped")
        return 0
    if shutil.which("chromium") is None or shutil.which("pdftotext") is None:
        print("pdf_articles: no chromium or no pdftotext here; skipped")
        return 0
    pages = [page for page in bench.load_pages(None) if page.body]
    if not pages:
        print("pdf_articles: no evaluation pages here; skipped")
        return 0
    pages = pages[:args.limit] if args.limit else pages
    layouts = ("one", "two") if args.layout == "both" else (args.layout,)
    print("| layout | half | pages | P | R | F1 | nothing removed F1 | title "
          "| summary sentences whole |")
    print("|---|---|---|---|---|---|---|---|---|")
    for layout in layouts:
        rows: dict[str, list[tuple[tuple[float, float], tuple[float, float], bool, int, int]]] = {}
        worst: list[tuple[float, str, str]] = []
        for page in pages:
            titles = bench.expected_titles(page)
            if not titles:
                continue
            if args.open:
                # The PDF opened as a file: its text as ingest reads it, the brief's text and
                # title as the window shows them.
                pdf = printed(page, titles[0], layout)
                if pdf is None:
                    continue
                article = ingest.load_path(pdf)
                brief = pipeline.analyze(article)
                text, kept, title = article.text, brief.text, brief.title
                shown = [sentence.shown for sentence in brief.summary]
            else:
                copy = copied(page, titles[0], layout, args.pdfjs)
                if copy is None:
                    continue
                cleaned = clean_article(ingest.load_text(copy)).article
                text, kept, title = copy, cleaned.text, cleaned.title
                shown = [sentence.shown for sentence in
                         pipeline.analyze(ingest.load_text(copy)).summary]
            got = bench.precision_recall(kept, page.body or "")
            whole = bench.precision_recall(text, page.body or "")
            right = bench.title_right(title, titles)
            # A summary sentence is whole when it ends as a sentence does and opens as one (a
            # line break read as a sentence's end cuts it in two: "... and Denis").
            whole_sentences = sum(1 for sentence in shown if _WHOLE.search(sentence)
                                  and not sentence[:1].islower())
            rows.setdefault(page.half, []).append((got, whole, right, whole_sentences,
                                                   len(shown)))
            recall = got[1]
            if page.half == "tune":
                worst.append((recall, page.path.name, title[:50]))
        for half in ("tune", "check"):
            found = rows.get(half, [])
            if not found:
                continue
            p, r, f = bench.f1_of_means([row[0] for row in found])
            whole_f = bench.f1_of_means([row[1] for row in found])[2]
            titles_right = sum(row[2] for row in found)
            whole_count, shown_count = sum(row[3] for row in found), sum(row[4] for row in found)
            print(f"| {layout} | {half} | {len(found)} | {p:.3f} | {r:.3f} | {f:.3f} "
                  f"| {whole_f:.3f} | {titles_right}/{len(found)} "
                  f"| {whole_count}/{shown_count} |")
        for recall, name, title in sorted(worst)[:5]:
            print(f"    lowest recall (tune) {recall:.2f} {name} title {title!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
