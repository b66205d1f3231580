"""Command line: the window by default, `analyze` and `brief` sub-commands for headless work.

Errors a user can cause print one line on stderr naming the file and exit 2; faults exit 1;
no traceback unless --debug.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO, TypeVar

from inbrief import __version__

if TYPE_CHECKING:
    from inbrief.core.article import AnalysisOptions, Article
    from inbrief.core.brief import Brief

EXIT_OK, EXIT_FAULT, EXIT_BAD_INPUT = 0, 1, 2
T = TypeVar("T")
PAPERS = ("a4", "letter")


class UsageError(Exception):
    """A command-line argument that makes no sense (exit 2)."""


# ----------------------------------------------------------------------------- parsers


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def _ratio(value: str) -> float:
    number = float(value)
    if not 0 < number <= 1:
        raise argparse.ArgumentTypeError("must be more than 0 and at most 1 (0.2 = 20%)")
    return number


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError("must be a date as YYYY-MM-DD") from exc


def _encoding(value: str) -> str:
    import codecs

    try:
        codecs.lookup(value)
    except LookupError as exc:
        raise argparse.ArgumentTypeError(
            "unknown encoding; use a name such as utf-8, cp1250, iso-8859-2 or koi8-r") from exc
    return value


def _add_analysis_options(parser: argparse.ArgumentParser) -> None:
    from inbrief.core.summary.algorithms import ALGORITHMS

    length = parser.add_mutually_exclusive_group()
    length.add_argument("--sentences", type=_positive_int, metavar="N", help="summary sentences")
    length.add_argument("--ratio", type=_ratio, metavar="R", help="summary length as a fraction")
    parser.add_argument("--algorithm", choices=tuple(ALGORITHMS), default="auto")
    parser.add_argument("--language", default="auto", metavar="auto|CODE",
                        help="language code such as en, fr, ja (default: detect)")
    parser.add_argument("--reference-date", type=_iso_date, metavar="YYYY-MM-DD",
                        help="date relative dates refer to (default: publication date, else today)")
    parser.add_argument("--raw", action="store_true",
                        help="analyse the text exactly as given, without cleaning")
    parser.add_argument("--encoding", metavar="NAME", type=_encoding,
                        help="read text files in this encoding, such as cp1250 or iso-8859-2 "
                        "(default: detect)")
    parser.add_argument("--password", metavar="PW", default=None,
                        help="password of an encrypted PDF")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of faults")


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of the sub-commands (analyze, brief)."""
    from inbrief.export.formats import FORMATS

    parser = argparse.ArgumentParser(
        prog="inbrief",
        description="Offline article summaries: the gist, the people, the places and the dates.",
    )
    parser.add_argument("--version", action="version", version=f"InBrief {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    analyze = commands.add_parser("analyze", help="print the brief of an article")
    analyze.add_argument("file", nargs="?", metavar="FILE|-", help="article file, or - for stdin")
    analyze.add_argument("--jsonl", type=Path, metavar="IN.jsonl",
                         help='analyse one {"id", "text", ...} object per line')
    text_formats = sorted(kind for kind, form in FORMATS.items() if not form.binary)
    analyze.add_argument("--format", choices=text_formats, default="json")
    _add_analysis_options(analyze)
    _add_jobs_option(analyze)

    brief = commands.add_parser("brief", help="write one-page PDF briefs")
    brief.add_argument("files", nargs="+", metavar="FILE")
    brief.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf|DIR")
    brief.add_argument("--paper", choices=PAPERS, default=None,
                       help="paper size (default: from the system locale)")
    brief.add_argument("--force", action="store_true", help="overwrite existing files")
    _add_analysis_options(brief)
    _add_jobs_option(brief)

    from inbrief.cli_library import add_commands

    add_commands(commands, _add_analysis_options, PAPERS)
    return parser


def _add_jobs_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--jobs", type=_positive_int, metavar="N", default=None,
                        help="worker processes for many inputs (default: the number of cores)")


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inbrief",
        description="Open the InBrief window. Sub-commands: analyze, brief, digest, library "
        "(see 'inbrief analyze -h').",
    )
    parser.add_argument("--version", action="version", version=f"InBrief {__version__}")
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE", help="article to open")
    parser.add_argument("--debug", action="store_true")
    return parser


# ----------------------------------------------------------------------------- commands


def _options(
    args: argparse.Namespace, *, language: object = None, reference_date: dt.date | None = None
) -> AnalysisOptions:
    """Return the analysis options of ``args``; ``language`` (any JSON value) overrides theirs."""
    from inbrief.core.article import AnalysisOptions
    from inbrief.core.language import LANGUAGES

    language = str(language or args.language).lower()
    if language != "auto" and language not in LANGUAGES and language != "zh":
        raise UsageError(
            f"unknown language {language!r}; use auto or one of {', '.join(sorted(LANGUAGES))}"
        )
    return AnalysisOptions(
        sentences=args.sentences,
        ratio=args.ratio,
        algorithm=args.algorithm,
        language=language,
        reference_date=reference_date or args.reference_date,
        raw=args.raw,
    )


def _load(name: str, encoding: str | None = None, password: str | None = None) -> Article:
    import dataclasses

    from inbrief.core import ingest

    if name == "-":
        # One byte over the limit is enough to refuse; reading all of a huge pipe is not.
        data = sys.stdin.buffer.read(ingest.MAX_FILE_BYTES + 1)
        article = ingest.load_bytes(data, "", encoding=encoding, password=password)
        return dataclasses.replace(article, format="stdin")
    return ingest.load_path(name, encoding=encoding, password=password)


def _notes_to_stderr(brief: Brief, name: str) -> None:
    for note in brief.notes:
        print(f"inbrief: {name}: note: {note}", file=sys.stderr)


def cmd_analyze(args: argparse.Namespace, out: TextIO) -> int:
    from inbrief.core.pipeline import analyze
    from inbrief.export.formats import FORMATS, ExportOptions

    if args.jsonl is not None:
        if args.file:
            raise UsageError("give either FILE or --jsonl, not both")
        return _analyze_jsonl(args, out)
    if not args.file:
        raise UsageError("give a FILE to analyse, - for standard input, or --jsonl IN.jsonl")
    name = "stdin" if args.file == "-" else args.file
    try:
        article = _load(args.file, args.encoding, args.password)
        brief = analyze(article, _options(args))
    except Exception as exc:
        exc.add_note(name)
        raise
    _notes_to_stderr(brief, name)
    text = FORMATS[args.format].render(brief, ExportOptions()).data
    assert isinstance(text, str)  # --format offers the text formats only
    # JSON ends with its newline; Markdown and text have always been followed by an empty line.
    out.write(text if args.format == "json" else text + "\n")
    return EXIT_OK


def _analyze_jsonl(args: argparse.Namespace, out: TextIO) -> int:
    from inbrief.batch import analyze_line, ordered_map
    from inbrief.core.errors import InBriefError

    path: Path = args.jsonl
    try:
        handle = path.open(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InBriefError(f"cannot read it ({exc.strerror or exc})") from exc
    options = _options(args)
    failures = 0
    with handle:
        work = (
            (line, number, options)
            for number, line in enumerate(handle, start=1)
            if line.strip()
        )
        results = ordered_map(analyze_line, work, args.jobs)
        for result, failed in _progress(results, args, lambda: _count_records(path)):
            failures += failed
            out.write(result)
            out.write("\n")
            out.flush()
    if failures:
        print(f"inbrief: {path}: {failures} line(s) could not be analysed", file=sys.stderr)
    return EXIT_OK


def _count_records(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def _progress(items: Iterable[T], args: argparse.Namespace, total: Callable[[], int]
              ) -> Iterable[T]:
    """Return ``items`` with a progress bar on stderr when it is a terminal (and not --debug)."""
    if not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: worker processes may be forked after this
    return tqdm(items, total=total(), unit="doc", file=sys.stderr, leave=False,
                dynamic_ncols=True)


def cmd_brief(args: argparse.Namespace, out: TextIO) -> int:
    from inbrief.batch import brief_of_file, ordered_map
    from inbrief.export.formats import ExportOptions, default_file_name, write

    output: Path = args.output
    single_file = output.suffix.lower() == ".pdf"
    if single_file and len(args.files) > 1:
        raise UsageError("several inputs need an output folder, not a .pdf file")
    if not single_file:
        output.mkdir(parents=True, exist_ok=True)
    export_options = ExportOptions(paper=args.paper or "")  # "": the system locale's paper
    options = _options(args)
    status = EXIT_OK
    written: set[Path] = set()
    jobs = min(args.jobs, len(args.files))
    work = ((name, options, args.encoding, args.password) for name in args.files)
    results = ordered_map(brief_of_file, work, jobs)
    for name, analysed in zip(args.files, _progress(results, args, lambda: len(args.files)),
                              strict=True):
        try:
            if isinstance(analysed, Exception):
                raise analysed
            brief = analysed
            target = output
            if not single_file:
                target = _unique(output, default_file_name(brief, "pdf"), written)
            result = write("pdf", brief, target, export_options, force=args.force)
            written.add(target)
        except Exception as exc:
            if len(args.files) == 1:
                exc.add_note(name)
                raise
            status = max(status, _report(exc, name, args.debug))
            continue
        _notes_to_stderr(brief, name)
        extra = " (shortened to fit)" if result.shortened else ""
        print(f"{name} -> {target}{extra}", file=out)
    return status


def cmd_digest(args: argparse.Namespace, out: TextIO) -> int:
    from inbrief import cli_library
    from inbrief.core.pipeline import analyze

    options = _options(args)
    return cli_library.cmd_digest(
        args, out, lambda name: analyze(_load(name, args.encoding, args.password), options)
    )


def cmd_library(args: argparse.Namespace, out: TextIO) -> int:
    from inbrief import cli_library
    from inbrief.core.article import AnalysisOptions
    from inbrief.core.pipeline import analyze

    def load_and_analyse(name: str) -> tuple[str, Brief]:
        article = _load(name)
        return article.text, analyze(article, AnalysisOptions())

    return cli_library.cmd_library(args, out, load_and_analyse)


def _unique(folder: Path, file_name: str, taken: set[Path]) -> Path:
    """Return folder/file_name, numbered "Title (2).pdf" when this run already wrote that name."""
    target = folder / file_name
    stem, suffix = target.stem, target.suffix
    number = 2
    while target in taken:
        target = folder / f"{stem} ({number}){suffix}"
        number += 1
    return target


# ----------------------------------------------------------------------------- entry points


def _report(exc: BaseException, name: str, debug: bool) -> int:
    """Print one line about ``exc`` and return the exit status it deserves."""
    import traceback

    from inbrief.core.errors import InBriefError, OutputExists
    from inbrief.logs import log_exception

    if debug:
        traceback.print_exception(exc)
    if isinstance(exc, (InBriefError, UsageError, FileExistsError)):
        log_exception(exc, name, fault=False)
        hint = " (pass --force to overwrite it)" if isinstance(exc, OutputExists) else ""
        print(f"inbrief: {name}: {exc}{hint}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if isinstance(exc, OSError):
        log_exception(exc, name, fault=False)
        print(f"inbrief: {name}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    log_exception(exc, name, fault=True)
    print(f"inbrief: {name}: internal error: {type(exc).__name__}: {exc} "
          "(run with --debug for details)", file=sys.stderr)
    return EXIT_FAULT


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    from inbrief.cli_library import COMMANDS as LIBRARY_COMMANDS

    if argv and argv[0] in ("analyze", "brief", *LIBRARY_COMMANDS):
        # Briefs hold any script: write UTF-8 whatever the console's code page (Windows: cp1252).
        reconfigure = getattr(sys.stdout, "reconfigure", None)
        if reconfigure is not None and sys.stdout.encoding.lower().replace("-", "") != "utf8":
            reconfigure(encoding="utf-8", errors="replace")
        args = build_parser().parse_args(argv)
        if getattr(args, "jobs", 0) is None:  # digest and library have no --jobs
            from inbrief.batch import default_jobs

            args.jobs = default_jobs()
        from inbrief.logs import setup_logging

        setup_logging()  # never raises; an unwritable data folder means stderr only
        run = {"analyze": cmd_analyze, "brief": cmd_brief, "digest": cmd_digest,
               "library": cmd_library}[args.command]
        try:
            return run(args, sys.stdout)
        except KeyboardInterrupt:
            return 130
        except BrokenPipeError:  # `inbrief analyze x | head`: the reader has what it wanted
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
            return EXIT_OK
        except Exception as exc:
            notes = getattr(exc, "__notes__", None) or []
            name = notes[-1] if notes else args.command
            if notes:
                exc.__notes__ = notes[:-1]
            return _report(exc, name, args.debug)
    args = _gui_parser().parse_args(argv)
    return gui(args.file, debug=args.debug)


def _no_display() -> bool:
    """Return True on a Linux/BSD machine with no screen to show a window on."""
    if sys.platform.startswith(("win", "darwin")) or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def gui(path: Path | None = None, debug: bool = False) -> int:
    """Open the window (with ``path`` loaded); return its exit status."""
    if _no_display():
        # Qt would abort with a core dump; say what to do instead.
        print("inbrief: no display to open the window on (DISPLAY is not set); for headless "
              "work use 'inbrief analyze FILE' or 'inbrief brief FILE -o OUT.pdf'",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    from inbrief.ui.app import run

    return run(path, debug)


def console_main() -> NoReturn:
    """Entry point of the ``inbrief`` command: run it, then leave at once for analyze/brief.

    Their output is complete once flushed; the interpreter's tear-down of spaCy, numpy and
    the rest would add ~0.4 s to every one-off command and does nothing the user needs.
    The window exits the ordinary way (Qt and the settings want their own clean-up).
    """
    status = main()
    headless = len(sys.argv) > 1 and sys.argv[1] in ("analyze", "brief")
    if not headless:
        sys.exit(status)
    import logging

    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # the reader left: nothing more to say
            stream.flush()
    logging.shutdown()  # the log file's last lines
    os._exit(status)


def gui_main() -> int:
    """Entry point of the windowed launcher."""
    return main()
