"""Finding names in a second process, for the window.

The window's process runs the Qt window, the preview analysis and, in-process, spaCy's import
and model load (~1 s of Python holding the GIL): on two cores they take turns on one. A
NameProcess starts a child (``spawn``: portable, and safe with Qt's threads) that imports spaCy,
loads the NER pipeline and answers "the entities of this text" requests over a Pipe, so the
window's process never imports spaCy. When the child cannot start, dies or fails, the names are
found in-process (a log line says so) and no request is lost. The CLI and the library keep
finding names in-process (``IN_PROCESS``).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from inbrief.core.brief import Entity

if TYPE_CHECKING:  # multiprocessing is imported by the window only: the CLI never pays for it
    from multiprocessing.connection import Connection

log = logging.getLogger(__name__)

Names = tuple[list[Entity], "str | None"]  # the entities, and a note when the model read part
STOP_SECONDS = 2.0  # a clean stop waits this long for the child before terminating it


class NameFinder(Protocol):
    """What the pipeline asks to find names (see IN_PROCESS and NameProcess)."""

    def ready(self, language: str) -> bool:
        """Return True when finding names in ``language`` needs no model loading any more."""
        ...

    def find(self, text: str, language: str, spans: Sequence[tuple[int, int]],
             summary_sentences: Collection[int], note: bool) -> Names:
        """Return the entities of ``text`` and, when ``note``, the budget note (or None)."""
        ...


def find_here(text: str, language: str, spans: Sequence[tuple[int, int]],
              summary_sentences: Collection[int], note: bool) -> Names:
    """Find the names in this process (what the CLI, the library and a fallback do)."""
    from inbrief.core import entities

    found = entities.extract_entities(text, language, spans, summary_sentences)
    return found, (entities.budget_note(text, language) if note else None)


class _InProcess:
    """The names found in this process, loading the model on first use."""

    def ready(self, language: str) -> bool:
        from inbrief.core import entities

        return entities.ready(language)

    def find(self, text: str, language: str, spans: Sequence[tuple[int, int]],
             summary_sentences: Collection[int], note: bool) -> Names:
        return find_here(text, language, spans, summary_sentences, note)


IN_PROCESS: NameFinder = _InProcess()


def serve(conn: Connection, language: str = "en") -> None:
    """The child: load the model for ``language``, say "ready", then answer until told to stop.

    A request is (text, language, spans, summary sentences, note); the answer ("ok", Names)
    or ("error", message). None, or the parent gone, ends it.
    """
    import signal

    from inbrief.core import entities

    # Ctrl+C in the terminal reaches the whole process group: the window's process decides.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    entities.warm_up(language)
    try:
        conn.send(("ready", language))
        while True:
            request = conn.recv()
            if request is None:
                return
            try:
                answer: tuple[str, Any] = ("ok", find_here(*request))
            except Exception as error:  # noqa: BLE001 - any failure goes back to the parent
                answer = ("error", f"{type(error).__name__}: {error}")
            conn.send(answer)
    except (EOFError, OSError):  # the window's process is gone: so are we
        return


class NameProcess:
    """A child process that finds names; falls back to this process when it cannot."""

    def __init__(self, language: str = "en", target: Any = serve) -> None:
        self._language = language
        self._lock = threading.Lock()  # one request at a time, and guards the state below
        self._ready = False
        self._failed = False
        self._closed = False
        self._conn: Connection | None = None
        self._process: Any = None
        import multiprocessing

        try:
            context = multiprocessing.get_context("spawn")
            self._conn, child = context.Pipe()
            self._process = context.Process(target=target, args=(child, language),
                                            name="inbrief-names", daemon=True)
            self._process.start()
            child.close()  # our copy: the child's death then ends a recv() with EOFError
        except (OSError, RuntimeError, ValueError) as error:
            self._process = None
            self._fail(f"cannot start ({str(error).strip().splitlines()[0]})")

    @property
    def process(self) -> Any:
        """The child process (multiprocessing.Process), or None when it could not start."""
        return self._process

    def _fail(self, reason: str) -> None:
        """Give up on the child (log why), stop it; later requests run in this process."""
        if not self._failed:
            log.warning("name process failed: %s; finding names in this process", reason)
        self._failed = True
        self._stop()

    def _await_ready(self) -> None:
        """Wait for the child's "ready" (under the lock); fail when it never comes."""
        if self._ready or self._failed or self._conn is None:
            return
        try:
            message = self._conn.recv()
        except (EOFError, OSError) as error:
            self._fail(f"it ended while loading ({error or 'no answer'})")
            return
        if message and message[0] == "ready":
            self._ready = True
        else:
            self._fail(f"unexpected message {message!r}")

    def ready(self, language: str) -> bool:
        """Return True when the child has loaded the model for ``language`` (never waits)."""
        from inbrief.core import entities

        if self._failed:
            return entities.ready(language)
        if entities._base(language) != self._language:
            return False  # the child loads other languages on their first text
        if self._ready:
            return True
        if not self._lock.acquire(blocking=False):
            return False  # a request is waiting for the child: not ready for this one
        try:
            if self._conn is not None and not self._failed and self._conn.poll():
                self._await_ready()
            return self._ready
        finally:
            self._lock.release()

    def find(self, text: str, language: str, spans: Sequence[tuple[int, int]],
             summary_sentences: Collection[int], note: bool) -> Names:
        """Return the names of ``text`` from the child, or found here when it fails."""
        request = (text, language, list(spans), set(summary_sentences), note)
        with self._lock:
            self._await_ready()
            if not self._failed and self._conn is not None:
                try:
                    self._conn.send(request)
                    kind, value = self._conn.recv()
                except (EOFError, OSError) as error:
                    self._fail(f"it ended ({error or 'no answer'})")
                else:
                    if kind == "ok":
                        return value
                    self._fail(str(value))
            if self._closed:
                return [], None
        return find_here(*request)

    def _stop(self) -> None:
        process, conn = self._process, self._conn
        self._conn = None
        if conn is not None:
            with contextlib.suppress(OSError, ValueError):
                conn.send(None)
            conn.close()
        if process is not None:
            if self._ready:  # it reads the stop message; while loading it would not yet
                process.join(STOP_SECONDS)
            if process.is_alive():
                process.terminate()
                process.join(STOP_SECONDS)
            if process.is_alive():
                process.kill()
                process.join()

    def close(self) -> None:
        """Stop the child and wait for it (no zombie); a request still waiting, or asked later,
        gets no names (the window is closing: its analysis is dropped)."""
        self._closed = self._failed = True
        if self._lock.acquire(timeout=0.1):
            try:
                self._stop()
            finally:
                self._lock.release()
            return
        process = self._process  # a request waits for the child: end it, the request ends too
        if process is not None:
            process.terminate()
            process.join(STOP_SECONDS)
