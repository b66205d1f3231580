"""The `digest` and `library` sub-commands (kept apart from cli.py, which wires them in)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from inbrief.core.brief import Brief
    from inbrief.core.library import Library

COMMANDS = ("digest", "library")
DIGEST_SUFFIXES = {".pdf": "pdf", ".md": "markdown", ".markdown": "markdown"}


def add_commands(commands: argparse._SubParsersAction,
                 add_analysis_options: Callable[[argparse.ArgumentParser], None],
                 papers: tuple[str, ...]) -> None:
    """Add `digest` and `library` to the command line's sub-commands."""
    digest = commands.add_parser("digest", help="one PDF (or Markdown) across several articles")
    digest.add_argument("files", nargs="+", metavar="FILE")
    digest.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf|OUT.md")
    digest.add_argument("--paper", choices=papers, default=None,
                        help="paper size (default: from the system locale)")
    digest.add_argument("--force", action="store_true", help="overwrite an existing file")
    add_analysis_options(digest)

    library = commands.add_parser("library", help="the library of analysed articles")
    library.add_argument("--library", type=Path, metavar="FILE",
                         help="library file (default: the one the window keeps)")
    library.add_argument("--debug", action="store_true", help="show tracebacks of faults")
    actions = library.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="analyse files and keep them in the library")
    add.add_argument("files", nargs="+", metavar="FILE")
    listing = actions.add_parser("list", help="the articles, newest first")
    listing.add_argument("--limit", type=int, default=50, metavar="N")
    search = actions.add_parser("search", help="find articles by words, names and keywords")
    search.add_argument("query", nargs="+", metavar="QUERY")
    search.add_argument("--limit", type=int, default=20, metavar="N")
    export = actions.add_parser(
        "export", help="one entry as a brief (.pdf .md .txt .json), several as a digest")
    export.add_argument("ids", nargs="+", type=int, metavar="ID")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="OUT")
    export.add_argument("--paper", choices=papers, default=None)
    export.add_argument("--force", action="store_true", help="overwrite an existing file")
    delete = actions.add_parser("delete", help="remove entries")
    delete.add_argument("ids", nargs="+", type=int, metavar="ID")


def _digest_kind(output: Path) -> str:
    from inbrief.core.errors import InBriefError

    kind = DIGEST_SUFFIXES.get(output.suffix.lower())
    if kind is None:
        raise InBriefError("a digest is written as .pdf or .md")
    return kind


def write_digest(briefs: list[Brief], output: Path, paper: str | None, force: bool) -> None:
    """Write the digest of ``briefs`` to ``output`` (.pdf or .md) atomically."""
    from inbrief.export.atomic import refuse_existing, write_atomic

    kind = _digest_kind(output)
    refuse_existing(output, force)
    if kind == "pdf":
        from inbrief.export.digest_pdf import render_digest_pdf
        from inbrief.export.pdf import default_paper

        data: str | bytes = render_digest_pdf(briefs, paper=paper or default_paper())
    else:
        from inbrief.export.digest import to_markdown_digest

        data = to_markdown_digest(briefs)
    write_atomic(output, data, force=force)


def cmd_digest(args: argparse.Namespace, out: TextIO,
               load_and_analyse: Callable[[str], Brief]) -> int:
    """Analyse every FILE and write one digest of them."""
    _digest_kind(args.output)  # a wrong suffix is said before the work
    briefs = []
    for name in args.files:
        try:
            briefs.append(load_and_analyse(name))
        except Exception as exc:
            exc.add_note(name)
            raise
    write_digest(briefs, args.output, args.paper, args.force)
    print(f"{len(briefs)} articles -> {args.output}", file=out)
    return 0


def _open(args: argparse.Namespace) -> Library:
    from inbrief.core.library import Library

    library = Library(args.library)
    if library.notice:
        print(f"inbrief: library: {library.notice}", file=sys.stderr)
    return library


def _entry_line(entry_id: int, title: str, source: str, date: str) -> str:
    where = f" — {source}" if source else ""
    return f"{entry_id:>5}  {date[:10]:<10}  {title}{where}"


def cmd_library(args: argparse.Namespace, out: TextIO,
                load_and_analyse: Callable[[str], tuple[str, Brief]] | None = None) -> int:
    """Add, list, search, export or delete the library's entries."""
    from inbrief.core.errors import InBriefError
    from inbrief.core.library import MATCH_END, MATCH_START

    with _open(args) as library:
        if args.action == "add":
            assert load_and_analyse is not None
            for name in args.files:
                try:
                    text, brief = load_and_analyse(name)
                except Exception as exc:
                    exc.add_note(name)
                    raise
                entry_id = library.add(text, brief, offsets=brief.text_map)
                print(f"{entry_id:>5}  {name}", file=out)
        elif args.action == "list":
            for entry in library.entries(args.limit):
                print(_entry_line(entry.id, entry.title, entry.source,
                                  entry.published or entry.seen), file=out)
        elif args.action == "search":
            for hit in library.search(" ".join(args.query), args.limit):
                e = hit.entry
                print(_entry_line(e.id, e.title, e.source, e.published or e.seen), file=out)
                snippet = hit.snippet.replace(MATCH_START, "[").replace(MATCH_END, "]")
                print(f"       {snippet}", file=out)
        elif args.action == "delete":
            removed = library.delete(args.ids)
            print(f"deleted {removed} of {len(args.ids)}", file=out)
        else:
            briefs = []
            for entry_id in args.ids:
                try:
                    stored = library.get(entry_id)
                except KeyError:
                    raise InBriefError(f"the library has no entry {entry_id}") from None
                briefs.append(stored.brief if stored.brief is not None
                              else _reanalyse(stored.text))
            if len(briefs) == 1:
                from inbrief.export.formats import FORMATS, ExportOptions, write

                kinds = {form.extension: kind for kind, form in FORMATS.items()}
                kind = kinds.get(args.output.suffix.lower().lstrip("."))
                if kind is None:
                    raise InBriefError("write one entry as .pdf, .md, .txt or .json")
                write(kind, briefs[0], args.output, ExportOptions(paper=args.paper or ""),
                      force=args.force)
            else:
                write_digest(briefs, args.output, args.paper, args.force)
            print(f"{len(briefs)} entr{'ies' if len(briefs) > 1 else 'y'} -> {args.output}",
                  file=out)
    return 0


def _reanalyse(text: str) -> Brief:
    """Return a brief of a stored text whose brief this version cannot read."""
    from inbrief.core.ingest import load_text
    from inbrief.core.pipeline import analyze

    return analyze(load_text(text))
