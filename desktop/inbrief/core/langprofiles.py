"""langdetect's language profiles, read from a per-user cache made from the installed ones.

langdetect parses the JSON of its 55 profiles (2.3 MB, 87,598 n-grams) at every start: 50-90 ms
of each cold `inbrief analyze`, when a detection needs the counts of about a thousand n-grams.
The first start writes the profiles into an SQLite file in the data folder's cache (its name
says which profiles it was made from: other profiles make another file); later starts look up
only the n-grams a text has. Any trouble with the cache means the JSON is read, as before.
"""

from __future__ import annotations

import array
import contextlib
import hashlib
import json
import logging
import os
import sqlite3
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)

SCHEMA = 1  # the layout of the cache file; part of its name


class Profiles(Protocol):
    """The profiles as langdetect's DetectorFactory.load_profile indexes them."""

    names: list[str]  # language codes in langdetect's order (its index of each profile)
    n_words: list[list[int]]  # per profile: how many 1-, 2- and 3-grams it counted
    size: int  # the length of a probability row (langdetect: the entries of the folder)

    def counts(self, ngram: str) -> Sequence[tuple[int, int]]:
        """Return (profile index, count) of every profile that has ``ngram``."""

    def counts_of(self, ngrams: Sequence[str]) -> dict[str, Sequence[tuple[int, int]]]:
        """Return the counts of each of ``ngrams`` (empty for an n-gram no profile has)."""


class JsonProfiles:
    """The profiles read from langdetect's JSON files, in the order load_profile reads them."""

    def __init__(self, folder: str) -> None:
        entries = os.listdir(folder)
        self.size = len(entries)  # langdetect counts every entry, even one it then skips
        self.names: list[str] = []
        self.n_words: list[list[int]] = []
        self._freqs: list[dict[str, int]] = []
        for name in entries:
            path = os.path.join(folder, name)
            if name.startswith(".") or not os.path.isfile(path):
                continue
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
            self.names.append(data["name"])
            self.n_words.append(list(data["n_words"]))
            self._freqs.append(data["freq"])

    def counts(self, ngram: str) -> Sequence[tuple[int, int]]:
        return [(i, freq[ngram]) for i, freq in enumerate(self._freqs) if ngram in freq]

    def counts_of(self, ngrams: Sequence[str]) -> dict[str, Sequence[tuple[int, int]]]:
        return {ngram: self.counts(ngram) for ngram in ngrams}

    def all_counts(self) -> dict[str, array.array[int]]:
        """Return every n-gram's (index, count, index, count...) as an array."""
        table: dict[str, array.array[int]] = {}
        for index, freq in enumerate(self._freqs):
            for ngram, count in freq.items():
                table.setdefault(ngram, array.array("q")).extend((index, count))
        return table


class CachedProfiles:
    """The profiles in a cache file written by ``write_cache`` (read only)."""

    def __init__(self, path: Path, folder: str) -> None:
        self._path = path
        self._folder = folder  # the JSON it was made from: read instead if the file breaks
        self._fallback: JsonProfiles | None = None
        self._db = self._connect()
        try:
            (meta,) = self._db.execute("SELECT value FROM meta WHERE key = 'profiles'").fetchone()
            data = json.loads(meta)
            self.names = [str(name) for name in data["names"]]
            self.n_words = [[int(n) for n in row] for row in data["n_words"]]
            self.size = int(data["size"])
        except Exception:
            self._db.close()
            raise

    def _connect(self) -> sqlite3.Connection:
        self._pid = os.getpid()
        # Used under language._detect_lock, from whichever thread detects.
        return sqlite3.connect(f"{self._path.as_uri()}?mode=ro", uri=True,
                               check_same_thread=False)

    def counts(self, ngram: str) -> Sequence[tuple[int, int]]:
        if self._fallback is not None:
            return self._fallback.counts(ngram)
        try:
            if self._pid != os.getpid():  # a forked batch worker: SQLite wants its own connection
                self._db = self._connect()
            found = self._db.execute("SELECT counts FROM grams WHERE ngram = ?",
                                     (ngram,)).fetchone()
        except sqlite3.Error as error:  # damaged since it was opened: the JSON has the same
            log.warning("language profile cache unreadable (%s): reading the JSON", error)
            self._fallback = JsonProfiles(self._folder)
            return self._fallback.counts(ngram)
        return () if found is None else _pairs(found[0])

    def counts_of(self, ngrams: Sequence[str]) -> dict[str, Sequence[tuple[int, int]]]:
        # A few queries for all of a text's n-grams, not one each: SQLite lets other threads
        # run during every query, and getting the GIL back each time costs up to 5 ms while
        # another thread computes (the window's warm-up loading spaCy).
        found: dict[str, Sequence[tuple[int, int]]] = dict.fromkeys(ngrams, ())
        if self._fallback is not None:
            return self._fallback.counts_of(ngrams)
        try:
            if self._pid != os.getpid():
                self._db = self._connect()
            for start in range(0, len(ngrams), _BATCH):
                batch = ngrams[start:start + _BATCH]
                marks = ",".join("?" * len(batch))
                rows = self._db.execute(
                    f"SELECT ngram, counts FROM grams WHERE ngram IN ({marks})", batch)
                for ngram, blob in rows:
                    found[ngram] = _pairs(blob)
        except sqlite3.Error as error:
            log.warning("language profile cache unreadable (%s): reading the JSON", error)
            self._fallback = JsonProfiles(self._folder)
            return self._fallback.counts_of(ngrams)
        return found


_BATCH = 500  # n-grams a query asks for (SQLite allows 999 parameters in older versions)


def _pairs(blob: bytes) -> list[tuple[int, int]]:
    """Return the (profile index, count) pairs packed in ``blob``."""
    numbers = array.array("q")
    numbers.frombytes(blob)
    return list(zip(numbers[0::2], numbers[1::2], strict=True))


def cache_name(folder: str) -> str:
    """Return the cache file's name for the profiles in ``folder``: it changes with the names
    and sizes of the files (in the order listed) and with SCHEMA."""
    digest = hashlib.blake2b(digest_size=10)
    digest.update(str(SCHEMA).encode())
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        size = os.path.getsize(path) if os.path.isfile(path) else -1
        digest.update(f"\0{name}\0{size}".encode())
    return f"langdetect-profiles-{digest.hexdigest()}.sqlite3"


def write_cache(profiles: JsonProfiles, path: Path) -> None:
    """Write ``profiles`` to ``path`` (atomically: a half-written file is never read)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".langdetect-", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        with contextlib.closing(sqlite3.connect(temporary)) as db:
            db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            db.execute("CREATE TABLE grams (ngram TEXT PRIMARY KEY, counts BLOB) WITHOUT ROWID")
            meta = {"names": profiles.names, "n_words": profiles.n_words, "size": profiles.size}
            db.execute("INSERT INTO meta VALUES ('profiles', ?)", (json.dumps(meta),))
            db.executemany("INSERT INTO grams VALUES (?, ?)",
                           ((k, v.tobytes()) for k, v in profiles.all_counts().items()))
            db.commit()
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def load_profiles(folder: str, cache_folder: Path | None) -> Profiles:
    """Return langdetect's profiles in ``folder``: from the cache in ``cache_folder`` when it
    has them, else from the JSON (then written to the cache for the next start)."""
    path = None
    if cache_folder is not None:
        try:
            path = cache_folder / cache_name(folder)
            if path.is_file():
                return CachedProfiles(path, folder)
        except (OSError, sqlite3.Error, ValueError, KeyError, TypeError) as error:
            log.info("language profile cache unreadable (%s): reading the JSON", error)
    profiles = JsonProfiles(folder)
    if path is not None:
        try:
            write_cache(profiles, path)
        except (OSError, sqlite3.Error) as error:
            log.info("language profile cache not written (%s)", error)
    return profiles


def default_cache_folder() -> Path | None:
    """Return the data folder's cache folder (None when the data folder cannot be known)."""
    from inbrief.logs import data_dir

    try:
        return data_dir() / "cache"
    except (OSError, RuntimeError):  # no home folder
        return None
