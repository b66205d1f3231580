"""Many articles at once: the per-record function, and `--jobs N` worker processes for the CLI.

``analyze_records`` is pure (records in, result dicts out, nothing written, no global state
beyond the models each process loads once), so a corpus job can run it on any engine: the
CLI's worker processes here, or Dask on a cluster (see the README, "Beyond one machine").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from inbrief.core.article import AnalysisOptions
from inbrief.core.errors import InBriefError

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future

    from inbrief.core.brief import Brief

T = TypeVar("T")
R = TypeVar("R")

RECORD_FIELDS = ("id", "text", "title", "reference_date", "language")


class RecordError(InBriefError):
    """A record that cannot be analysed as given (its result is an error, the run goes on)."""


def default_jobs() -> int:
    """Return the number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def record_options(record: dict[str, Any], options: AnalysisOptions) -> AnalysisOptions:
    """Return ``options`` with the record's own "language" and "reference_date" applied."""
    from inbrief.core.language import LANGUAGES

    language = str(record.get("language") or options.language).lower()
    if language != "auto" and language not in LANGUAGES and language != "zh":
        raise RecordError(
            f"unknown language {language!r}; use auto or one of {', '.join(sorted(LANGUAGES))}"
        )
    reference = record.get("reference_date")
    reference_date = options.reference_date
    if reference:
        try:
            reference_date = dt.date.fromisoformat(str(reference))
        except ValueError as exc:
            raise RecordError("must be a date as YYYY-MM-DD") from exc
    return dataclasses.replace(options, language=language, reference_date=reference_date)


def analyze_record(
    record: object, position: int, options: AnalysisOptions | None = None
) -> dict[str, Any]:
    """Return ``{"id", **brief}`` for one ``{"id", "text", ...}`` record, or
    ``{"id", "line", "error"}`` when the record cannot be analysed.

    ``position`` (1-based) is the record's place in its input: the "id" when it has none, and
    the "line" of an error.
    """
    from inbrief.core.ingest import load_text
    from inbrief.core.pipeline import analyze

    record_id: object = record.get("id", position) if isinstance(record, dict) else None
    try:
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise RecordError('each line must be a JSON object with a "text" string')
        options = record_options(record, options or AnalysisOptions())
        article = load_text(record["text"])
        if record.get("title"):
            article = dataclasses.replace(article, title=str(record["title"]))
        return {"id": record_id, **analyze(article, options).to_dict()}
    except (InBriefError, ValueError) as exc:
        return {"id": record_id, "line": position, "error": str(exc)}


def analyze_records(
    records: Iterable[dict[str, Any]], options: AnalysisOptions | None = None, start: int = 1
) -> Iterator[dict[str, Any]]:
    """Yield one result dict per record, in order (see ``analyze_record``).

    Records are ``{"id", "text", "title", "reference_date", "language"}`` dicts ("text"
    required); ``start`` is the position of the first record (for ids and error lines).
    """
    for position, record in enumerate(records, start=start):
        yield analyze_record(record, position, options)


def analyze_line(
    line: str, position: int, options: AnalysisOptions | None = None
) -> tuple[str, bool]:
    """Return the JSON result line of one JSONL input line (no newline), and whether it is
    an error."""
    try:
        record: object = json.loads(line)
    except ValueError as exc:
        result: dict[str, Any] = {"id": None, "line": position, "error": str(exc)}
    else:
        result = analyze_record(record, position, options)
    return json.dumps(result, ensure_ascii=False), "error" in result


def analyze_partition(
    lines: Iterable[str], options: AnalysisOptions | None = None
) -> list[str]:
    """Return the JSON result lines of JSONL input lines (for ``dask.bag.map_partitions``).

    Blank lines are skipped; a record without an "id" gets its position in the partition,
    so give every record an id when the input is split across workers.
    """
    results = []
    for position, line in enumerate(lines, start=1):
        if line.strip():
            results.append(analyze_line(line, position, options)[0])
    return results


def brief_of_file(
    name: str, options: AnalysisOptions, encoding: str | None = None, password: str | None = None
) -> Brief | Exception:
    """Return the Brief of the file ``name`` (a text file read in ``encoding`` when given, an
    encrypted PDF opened with ``password``), or the exception that stopped it (returned, not
    raised, so that one bad file among many does not end the run)."""
    from inbrief.core import ingest
    from inbrief.core.pipeline import analyze

    try:
        return analyze(ingest.load_path(name, encoding=encoding, password=password), options)
    except Exception as exc:  # noqa: BLE001 - reported per file by the caller
        return exc


# ----------------------------------------------------------------------------- worker processes


def _warm_worker() -> None:
    """Load the models once in each worker process, before its first article."""
    from inbrief.core.pipeline import warm_up

    warm_up()


def ordered_map(
    function: Callable[..., R], items: Iterable[tuple[Any, ...]], jobs: int
) -> Iterator[R]:
    """Yield ``function(*item)`` for every item, in input order, over ``jobs`` processes.

    With one job everything runs here. Otherwise a few items per worker are in flight at a
    time, so a huge input is streamed, never read whole into memory. A worker's exception is
    raised here when its item's turn comes.
    """
    if jobs <= 1:
        for item in items:
            yield function(*item)
        return
    import multiprocessing

    if multiprocessing.get_start_method() == "fork":
        _warm_worker()  # loaded once here, the forked workers share it (copy-on-write)
    from concurrent.futures import ProcessPoolExecutor  # only with workers: 16 ms of a cold start

    with ProcessPoolExecutor(max_workers=jobs, initializer=_warm_worker) as executor:
        yield from _window(executor, function, items, ahead=4 * jobs)


def _window(
    executor: Executor, function: Callable[..., R], items: Iterable[tuple[Any, ...]], ahead: int
) -> Iterator[R]:
    pending: deque[Future[R]] = deque()
    try:
        for item in items:
            pending.append(executor.submit(function, *item))
            if len(pending) >= ahead:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
