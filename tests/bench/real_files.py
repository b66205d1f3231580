"""Real files bench: every third-party file in the evaluation set through ingest and analyze.

Run: python tests/bench/real_files.py [--kind text|html|pdf|docx] [--show N]

Reads ../shared/data/eval/files/{text,html,pdf,docx}/ (each folder's index.jsonl says what each
file is; html/expected.jsonl lists snippets a saved page must keep, ``with``, and drop,
``without``) at run time, and exits cleanly without them. Every file is read with
``ingest.load_path`` (with the index's password, when load_path takes one) and analysed with
``pipeline.analyze``. The outcome is "brief", "message" (one of our errors, a sentence naming
the file) or "TRACEBACK" (any other exception: always a failure). Checks, per kind:

- text: the Article's text equals the file decoded with the encoding the index names
  (normalised as ingest normalises); the baseline column is charset-normalizer's own best guess.
  "noted" = the Brief says the encoding was a guess.
- html: share of ``with`` snippets in Brief.text and of ``without`` snippets not in it.
- pdf, docx: no summary sentence is a running header (in a PDF, a line of 2+ words repeated
  3+ times, digits ignored), a page-number line, an e-mail or affiliation line, or glyph
  garbage (/g123 glyph names, (cid:12), ARRAY(0x…), letters spaced out, replacement
  characters), and the title and author are not junk metadata (ARRAY(0x…), "untitled",
  "Microsoft Word - x.docx"). The outcome must fit the index's kind: text, CJK and other files
  and owner-password-only PDFs give a brief, scans and empty files a message, a damaged file
  is never called scanned, a password-protected one is said to be. For docx the
  baseline column is what python-docx (the former reader) gets: characters, or its error.

One run per file (this is a quality bench; the seconds column is load + analyze once).
"""

from __future__ import annotations

import argparse
import inspect
import io
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))
FILES = ROOT.parent / "shared" / "data" / "eval" / "files"

from inbrief.core import ingest, pipeline  # noqa: E402
from inbrief.core.brief import Brief  # noqa: E402
from inbrief.core.errors import InBriefError  # noqa: E402

KINDS = ("text", "html", "pdf", "docx")

_PAGE_NUMBER = re.compile(
    r"[-–—\s]*(?:page|p\.|seite|página|pagina)?\s*\d{1,4}(?:\s*(?:of|/|von|de|di)\s*\d{1,4})?"
    r"[-–—\s]*", re.I)
_PAGE_OF = re.compile(r"\b(?:page|seite|página)\s+\d+\s+(?:of|von|de)\s+\d+\b", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_AFFILIATION = re.compile(
    r"\b(?:Universit(?:y|ät|é|à|ad|eit)|Institut(?:e|o)?|Department|Dept\.|Laborator(?:y|ies)|"
    r"College|School of|Faculty of|Research Center|Centre for)\b")
_GLYPHS = re.compile(r"(?:/g\d+\s*){2,}|\(cid:\d+\)|ARRAY\(0x")
_JUNK_METADATA = re.compile(r"ARRAY\(0x|^untitled$|^Microsoft Word - |\.docx?$|\.pdf$", re.I)
_SPACED = re.compile(r"\b(?:[A-Za-z] ){5,}[A-Za-z]\b")


@dataclass
class Row:
    """What one file gave."""

    kind: str
    file: str
    outcome: str = ""  # brief, message, TRACEBACK
    detail: str = ""  # the message, the traceback's last line, or check details
    chars: int = 0
    seconds: float = 0.0
    ok: bool = True  # the file's checks passed
    baseline: str = ""
    bad_sentences: list[tuple[str, str]] = field(default_factory=list)  # (why, sentence)


def _load_kwargs(record: dict[str, object]) -> dict[str, object]:
    """Return the keyword arguments load_path takes for this record (a password, if any)."""
    password = record.get("password")
    if password and "password" in inspect.signature(ingest.load_path).parameters:
        return {"password": password}
    return {}


def _run(path: Path, record: dict[str, object]) -> tuple[Row, ingest.Article | None,
                                                         Brief | None]:
    """Read and analyse one file; never raise."""
    row = Row(kind="", file=path.name)
    started = time.perf_counter()
    article = brief = None
    try:
        article = ingest.load_path(path, **_load_kwargs(record))  # type: ignore[arg-type]
        row.chars = len(article.text)
        brief = pipeline.analyze(article)
        row.outcome = "brief"
    except InBriefError as error:
        row.outcome, row.detail = "message", str(error)
        if path.name not in str(error):
            row.ok, row.detail = False, f"message does not name the file: {error}"
    except Exception as error:  # the one outcome that is always wrong
        row.outcome, row.ok = "TRACEBACK", False
        row.detail = f"{type(error).__name__}: {error}"
    row.seconds = time.perf_counter() - started
    return row, article, brief


def _repeated_lines(text: str) -> set[str]:
    """Return the lines (digits as #; 12+ characters, 2+ words) that occur 3 times or more:
    in a PDF, what running headers and footers look like once the pages are joined."""
    counts = Counter(re.sub(r"\d+", "#", " ".join(line.split())) for line in text.splitlines())
    return {line for line, count in counts.items()
            if count >= 3 and len(line) >= 12 and " " in line}


def sentence_problem(sentence: str, repeated: set[str]) -> str:
    """Return why a summary sentence is page furniture or noise ("" when it is fine)."""
    flat = " ".join(sentence.split())
    if _GLYPHS.search(flat) or _SPACED.search(flat) or flat.count("\ufffd") >= max(
            3, len(flat) // 10):
        return "glyph garbage"
    if _PAGE_NUMBER.fullmatch(flat) or _PAGE_OF.search(flat):
        return "page number"
    masked = re.sub(r"\d+", "#", flat)
    if any(line in masked for line in repeated):
        return "running header"
    if _EMAIL.search(flat):
        return "e-mail"
    # An affiliation is short, or a list of commas without a sentence's ending; a sentence
    # that names a Department among its clauses ("The Department of X, …, intends to …") is not.
    listed = flat.count(",") >= 3 and not flat.endswith((".", "!", "?"))
    if _AFFILIATION.search(flat) and (len(flat.split()) < 15 or listed):
        return "affiliation"
    letters = sum(ch.isalpha() for ch in flat)
    if len(flat) >= 20 and letters < 0.4 * len(flat):
        return "glyph garbage"
    return ""


def check_text(row: Row, record: dict[str, object], path: Path, article: ingest.Article | None,
               brief: Brief | None) -> None:
    from charset_normalizer import from_bytes

    data = path.read_bytes()
    expected = ingest.normalize_text(data.decode(str(record["encoding"])))
    best = from_bytes(data).best()
    baseline = ingest.normalize_text(str(best)) if best is not None else ""
    verdict = "right" if baseline == expected else "WRONG"
    row.baseline = f"{best.encoding if best else '-'} {verdict}"
    if article is None:
        row.ok = False
        return
    right = article.text == expected
    noted = brief is not None and any("guessed" in note for note in brief.notes)
    row.ok = row.ok and right
    row.detail = ("right" if right else "WRONG") + f" ({getattr(article, 'encoding', '?')})" + (
        ", noted" if noted else "")


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def check_html(row: Row, expected: dict[str, dict[str, list[str]]], brief: Brief | None) -> None:
    snippets = expected.get(row.file)
    if snippets is None:
        row.detail = "no snippets"
        return
    text = _norm(brief.text) if brief is not None else ""
    kept = sum(_norm(s) in text for s in snippets["with"])
    dropped = sum(_norm(s) not in text for s in snippets["without"])
    wanted, unwanted = len(snippets["with"]), len(snippets["without"])
    row.detail = f"kept {kept}/{wanted}, dropped {dropped}/{unwanted}"
    row.ok = row.ok and brief is not None and kept == len(snippets["with"]) and (
        dropped == len(snippets["without"]))


def check_outcome(row: Row, record: dict[str, object]) -> None:
    """Fail a file whose outcome is not what its kind calls for: text is read; a scan is
    called a scan; an owner-password-only PDF opens; a damaged file is not called a scan."""
    kind = str(record.get("kind", ""))
    password = record.get("password")
    wanted = ""
    if kind in ("text", "cjk", "other") or (kind == "encrypted" and not password):
        wanted = "brief"
    elif kind in ("scanned", "empty"):
        wanted = "message"
    if wanted and row.outcome != wanted:
        row.ok = False
        row.detail = f"expected a {wanted}: {row.detail}"
    elif kind == "corrupt" and "scanned" in row.detail:
        row.ok = False
        row.detail = f"damaged, not scanned: {row.detail}"
    elif kind == "encrypted" and password and row.outcome == "message" and (
            "password" not in row.detail):
        row.ok = False


def check_summary(row: Row, article: ingest.Article | None, brief: Brief | None) -> None:
    if brief is None or article is None:
        return
    for what, value in (("title", brief.title), ("author", brief.author)):
        if value and _JUNK_METADATA.search(value):
            row.bad_sentences.append((f"junk {what}", value))
    # A Word file's headers and footers are parts of their own: a line repeated in its body
    # (a table's "Thursday Class" cells) is content, not a running header.
    repeated = _repeated_lines(article.text) if row.kind == "pdf" else set()
    for sentence in brief.summary:
        why = sentence_problem(sentence.text, repeated)
        if why:
            row.bad_sentences.append((why, sentence.text))
    if row.bad_sentences:
        row.ok = False
        kinds = Counter(why for why, _ in row.bad_sentences)
        row.detail = f"{len(row.bad_sentences)}/{len(brief.summary)} bad: " + ", ".join(
            f"{n} {why}" for why, n in kinds.items())
    else:
        row.detail = f"{len(brief.summary)} sentences fine"
    if getattr(article, "notes", ()):  # what reading the file noted (not the analysis's own notes)
        row.detail += f"; notes: {' / '.join(article.notes)[:120]}"


def docx_baseline(path: Path) -> str:
    """Return what python-docx reads of a .docx: characters of paragraphs and tables."""
    try:
        import docx
        from docx.table import Table
    except ImportError:
        return "-"
    try:
        document = docx.Document(io.BytesIO(path.read_bytes()))
        parts = []
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                parts.extend(cell.text for row in item.rows for cell in row.cells)
            else:
                parts.append(item.text)
        return f"{sum(len(p.strip()) for p in parts):,} chars"
    except Exception as error:
        return f"error ({type(error).__name__})"


def run_kind(kind: str, show: int) -> list[Row]:
    folder = FILES / kind
    records = [json.loads(line) for line in (folder / "index.jsonl").read_text().splitlines()
               if line.strip()]
    expected: dict[str, dict[str, list[str]]] = {}
    if kind == "html":
        for line in (folder / "expected.jsonl").read_text().splitlines():
            if line.strip():
                entry = json.loads(line)
                expected[entry["file"]] = entry
    rows = []
    for record in records:
        path = folder / str(record["file"])
        row, article, brief = _run(path, record)
        row.kind = kind
        if kind == "text":
            check_text(row, record, path, article, brief)
        elif kind == "html":
            check_html(row, expected, brief)
        else:
            check_summary(row, article, brief)
            check_outcome(row, record)
            if kind == "docx":
                row.baseline = docx_baseline(path)
        rows.append(row)
    _print_table(kind, rows, show)
    return rows


def _print_table(kind: str, rows: list[Row], show: int) -> None:
    print(f"\n## {kind} ({len(rows)} files)\n")
    baseline = kind in ("text", "docx")
    head = "| file | outcome | chars | s | check | " + ("baseline | " if baseline else "")
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    for row in rows:
        mark = "" if row.ok else " ✗"
        detail = row.detail.replace("|", "/").replace("\n", " ")
        cells = [row.file[:44], row.outcome + mark, f"{row.chars:,}", f"{row.seconds:.2f}",
                 detail[:150]]
        if baseline:
            cells.append(row.baseline)
        print("| " + " | ".join(cells) + " |")
    passed = sum(row.ok for row in rows)
    tracebacks = sum(row.outcome == "TRACEBACK" for row in rows)
    print(f"\n{kind}: {passed}/{len(rows)} pass, {tracebacks} tracebacks, "
          f"{sum(r.outcome == 'brief' for r in rows)} briefs, "
          f"{sum(r.outcome == 'message' for r in rows)} messages")
    if show:
        for row in rows:
            for why, sentence in row.bad_sentences[:show]:
                print(f"  {row.file}: {why}: {' '.join(sentence.split())[:140]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", choices=KINDS, action="append",
                        help="only these kinds (repeatable; default: all)")
    parser.add_argument("--show", type=int, default=2, metavar="N",
                        help="print up to N offending summary sentences per file (default 2)")
    args = parser.parse_args()
    if not FILES.is_dir():
        print(f"no evaluation files at {FILES}: nothing to measure")
        return 0
    pipeline.warm_up()
    totals = []
    for kind in args.kind or KINDS:
        if (FILES / kind / "index.jsonl").is_file():
            rows = run_kind(kind, args.show)
            totals.append((kind, sum(r.ok for r in rows), len(rows),
                           sum(r.outcome == "TRACEBACK" for r in rows)))
    print("\n| kind | pass | files | tracebacks |\n|---|---|---|---|")
    for kind, passed, count, tracebacks in totals:
        print(f"| {kind} | {passed} | {count} | {tracebacks} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
