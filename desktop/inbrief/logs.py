"""Diagnostics: a rotating log file in the app's data folder, set up once per process (no Qt)."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import sys
from collections.abc import Mapping
from pathlib import Path

APP_NAME = "InBrief"
LOG_FILE_NAME = "inbrief.log"
MAX_LOG_BYTES = 1_000_000  # one file; with the backups at most 4 MB of disk
BACKUP_COUNT = 3
LOGGER_NAME = "inbrief"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(LOGGER_NAME)


def data_dir(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    home: Path | None = None,
) -> Path:
    """Return the per-user data folder of InBrief on this platform (without creating it).

    Linux and other Unix: ``$XDG_DATA_HOME/InBrief``, else ``~/.local/share/InBrief``;
    Windows: ``%LOCALAPPDATA%\\InBrief``; macOS: ``~/Library/Application Support/InBrief``.
    """
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    home = Path.home() if home is None else home
    if platform.startswith("win"):
        local = environ.get("LOCALAPPDATA")
        return (Path(local) if local else home / "AppData" / "Local") / APP_NAME
    if platform == "darwin":
        return home / "Library" / "Application Support" / APP_NAME
    xdg = environ.get("XDG_DATA_HOME", "")
    # The XDG spec says a relative value is invalid and must be ignored.
    base = Path(xdg) if xdg and os.path.isabs(xdg) else home / ".local" / "share"
    return base / APP_NAME


def log_path(folder: Path | None = None) -> Path:
    """Return where the log file lives (in ``folder``, default the data folder)."""
    return (folder if folder is not None else data_dir()) / LOG_FILE_NAME


class _QuietRotatingHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler that drops a record it cannot write instead of complaining.

    The standard handler prints a traceback to stderr when the disk is full or the file
    vanished; a diagnostic aid must never disturb the user or the command's output.
    """

    inbrief_handler = True

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        """Drop the record silently."""

    def flush(self) -> None:
        """Flush the file, ignoring a stream that was closed or lost under us."""
        with contextlib.suppress(OSError, ValueError):
            super().flush()


def _our_handlers(logger: logging.Logger) -> list[logging.Handler]:
    """Return the handlers a previous setup_logging() call attached."""
    return [h for h in logger.handlers if getattr(h, "inbrief_handler", False)]


def setup_logging(folder: Path | None = None, *, level: int = logging.INFO) -> Path | None:
    """Attach the rotating log file to the ``inbrief`` logger; return its path, or None.

    Call once at start-up (the CLI and the window both do); later calls replace the handler.
    When the folder cannot be created or written, logging falls back to warnings on stderr
    and this returns None: it never raises.
    """
    logger = logging.getLogger(LOGGER_NAME)
    for old in _our_handlers(logger):
        logger.removeHandler(old)
        old.close()
    logger.setLevel(level)
    path = log_path(folder)
    handler: logging.Handler
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _QuietRotatingHandler(
            path, maxBytes=MAX_LOG_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
        result: Path | None = path
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.WARNING)
        handler.inbrief_handler = True  # type: ignore[attr-defined]
        result = None
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    # Records stop here: the CLI prints its own one-line messages on stderr.
    logger.propagate = False
    return result


def log_exception(exc: BaseException, where: str, *, fault: bool) -> None:
    """Record an error: a fault with its traceback, a bad input as one line.

    Only the file name and the message are written, never the article's text.
    """
    if fault:
        log.error("%s: internal error: %s: %s", where, type(exc).__name__, exc, exc_info=exc)
    else:
        log.info("%s: %s", where, exc)
