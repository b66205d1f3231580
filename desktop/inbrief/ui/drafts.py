"""Keep what the user typed on disk, atomically, so a crash or kill -9 loses nothing."""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths

DRAFT_NAME = "draft.json"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Draft:
    text: str
    saved: str  # ISO timestamp


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
    """One draft file in ``folder``: save after edits, load at start, clear on a clean exit."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else default_folder()
        self.path = self.folder / DRAFT_NAME
        self._last_saved: str | None = None

    def save(self, text: str) -> None:
        """Write ``text`` atomically (temporary file, fsync, rename); an empty text clears."""
        if text == self._last_saved:
            return
        if not text.strip():
            self.clear()
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        payload = json.dumps(
            {
                "version": FORMAT_VERSION,
                "saved": dt.datetime.now().isoformat(timespec="seconds"),
                "text": text,
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
        self._last_saved = text

    def load(self) -> Draft | None:
        """Return the saved draft, None when there is none; raise DraftCorrupt for a bad file."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
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
        return Draft(text, saved)

    def clear(self) -> None:
        """Remove the draft (clean exit, or the user discarded it)."""
        self.path.unlink(missing_ok=True)
        self._last_saved = None
