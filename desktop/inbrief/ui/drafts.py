"""Keep what the user typed on disk, atomically, so a crash or kill -9 loses nothing.

Each running InBrief owns one draft slot (``draft-N.json``), held by a lock file
(``draft-N.lock``, QLockFile: the lock of a process that died counts as free). Two windows
open at once never overwrite, offer back or clear each other's drafts; a new start takes over
the slot of a session that ended without a clean exit, and so offers its text back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QStandardPaths

LEGACY_NAME = "draft.json"  # the single draft file of versions before slots
SLOTS = 32  # InBrief processes that can keep drafts at the same time
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Draft:
    text: str
    saved: str  # ISO timestamp
    # The article a paste read from HTML that the text is (or an edit of): its title, byline,
    # date, source and format, so a restored draft is analysed as it was.
    article: dict[str, str] | None = None


# The fields of an Article a draft keeps, all strings.
ARTICLE_FIELDS = ("title", "source", "author", "published", "format")


class DraftCorrupt(Exception):
    """The draft file could not be read; it was moved to ``set_aside``."""

    def __init__(self, set_aside: Path) -> None:
        super().__init__(
            f"A saved draft could not be read and was set aside as {set_aside}."
        )
        self.set_aside = set_aside


def default_folder() -> Path:
    """Return the per-user application data folder (a test folder in test mode)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".local" / "share" / "InBrief")


class DraftStore:
    """This process's draft in ``folder``: save after edits, load at start, clear on exit."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else default_folder()
        self.path = self.folder / "draft-1.json"  # until a slot is claimed
        self._lock: QLockFile | None = None
        self._last_saved: tuple[str, dict[str, str] | None] | None = None

    def _claim(self) -> Path:
        """Return this process's draft file, locking a slot first (raises OSError).

        A free slot that still has a draft (its process ended without a clean exit) is
        preferred, so that draft is the one offered back.
        """
        if self._lock is not None:
            return self.path
        self.folder.mkdir(parents=True, exist_ok=True)
        # The slots with a draft first, then the first free one: locking (and so writing) all
        # 32 lock files to find out took ~30 ms of every start.
        numbers = range(1, SLOTS + 1)
        with_draft = [n for n in numbers if (self.folder / f"draft-{n}.json").exists()]
        free: tuple[QLockFile, Path] | None = None
        for number in [*with_draft, *(n for n in numbers if n not in with_draft)]:
            lock = QLockFile(str(self.folder / f"draft-{number}.lock"))
            lock.setStaleLockTime(0)  # held for the whole session; free once its process died
            if lock.tryLock(0):
                free = (lock, self.folder / f"draft-{number}.json")
                break
        if free is None:  # every slot busy: a file of our own, without a lock
            self.path = self.folder / f"draft-pid{os.getpid()}.json"
            self._lock = QLockFile(str(self.path.with_suffix(".lock")))
            return self.path
        self._lock, self.path = free
        legacy = self.folder / LEGACY_NAME
        if legacy.exists() and not self.path.exists():
            with contextlib.suppress(OSError):
                os.replace(legacy, self.path)  # a draft left by an older version
        return self.path

    def release(self) -> None:
        """Give up this process's slot, keeping its draft (what a crash does)."""
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def save(self, text: str, article: dict[str, str] | None = None) -> None:
        """Write ``text`` atomically (temporary file, fsync, rename), with the ``article``
        fields it is the text of when given; an empty text clears."""
        if (text, article) == self._last_saved:
            return
        if not text.strip():
            self.clear()
            return
        self._claim()
        payload = json.dumps(
            {
                "version": FORMAT_VERSION,
                "saved": dt.datetime.now().isoformat(timespec="seconds"),
                "text": text,
                **({"article": article} if article else {}),
            },
            ensure_ascii=False,
        ).encode("utf-8")
        handle, temporary = tempfile.mkstemp(prefix=".draft-", suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(payload)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        self._last_saved = (text, article)

    def load(self) -> Draft | None:
        """Return the draft left for this session, None when there is none.

        Raises DraftCorrupt for a file that cannot be read as a draft.
        """
        try:
            data = self._claim().read_bytes()
        except OSError:  # no draft, or a data folder this user cannot write
            return None
        try:
            record = json.loads(data.decode("utf-8"))
            text = record["text"]
            if not isinstance(text, str):
                raise TypeError("text is not a string")
            saved = str(record.get("saved", ""))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            aside = self.path.with_name(f"draft-unreadable-{stamp}.json")
            os.replace(self.path, aside)
            raise DraftCorrupt(aside) from exc
        if not text.strip():
            return None
        return Draft(text, saved, _article_fields(record.get("article")))

    def clear(self) -> None:
        """Remove this session's draft (clean exit, or the user discarded it)."""
        if self._lock is not None:
            self.path.unlink(missing_ok=True)
        self._last_saved = None


def _article_fields(data: object) -> dict[str, str] | None:
    """Return a draft's article fields, None when it has none or they are not strings (a
    draft written by hand or by another version: its text is still restored)."""
    if not isinstance(data, dict):
        return None
    fields = {key: data[key] for key in ARTICLE_FIELDS if isinstance(data.get(key), str)}
    return fields or None

