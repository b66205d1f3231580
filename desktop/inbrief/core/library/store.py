"""The library of analysed articles: one SQLite file (WAL, FTS5), added to, searched, read.

Each write is one transaction, so a process killed mid-write leaves the file as it was before
or after that write. A file that is not a readable library, or one written by a newer InBrief,
is renamed (never emptied) and a new library started; ``Library.notice`` says so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inbrief import __version__
from inbrief.core.brief import SCHEMA_VERSION as BRIEF_SCHEMA
from inbrief.core.brief import Brief
from inbrief.core.errors import InBriefError
from inbrief.core.library import schema
from inbrief.core.library.records import (
    MATCH_END,
    MATCH_START,
    UNSPACED,
    content_hash,
    fill,
    fts_query,
    map_dict,
    slim,
    snippet,
)
from inbrief.core.textmap import Removed, TextMap

FILE_NAME = "library.sqlite3"
# A stored brief made by another analysis version is shown again only after re-analysis.
ANALYSIS_VERSION = f"{__version__}/brief-{BRIEF_SCHEMA}"
_ENTRY_COLUMNS = "a.id, a.title, a.source, a.published, a.added, a.seen, a.language, a.gist, " \
                 "a.file_name"
class LibraryError(InBriefError):
    """The library cannot be used (its folder cannot be written, SQLite lacks FTS5...)."""


@dataclass(frozen=True)
class Entry:
    """One article in the list: what the Library pane shows of it."""

    id: int
    title: str
    source: str
    published: str | None
    added: str  # ISO timestamps (UTC)
    seen: str  # last pasted, opened or analysed again
    language: str
    gist: str  # the first summary sentence
    file_name: str = ""


@dataclass(frozen=True)
class Hit:
    """A search result: the entry and the best matching passage."""

    entry: Entry
    snippet: str  # matched words between MATCH_START and MATCH_END
    score: float  # bm25: lower is better


@dataclass(frozen=True)
class Stored:
    """Everything kept of one article: enough to show it again without analysing it."""

    entry: Entry
    text: str  # the text as the editor showed it
    brief: Brief | None  # None: stored by an analysis whose Brief this version cannot read
    offsets: TextMap | None  # Brief.text in ``text``; None: unknown (older files)
    removed: tuple[Removed, ...] = ()
    options: dict[str, Any] = field(default_factory=dict)
    analysis_version: str = ""

    @property
    def current(self) -> bool:
        """Return True when this version of InBrief made the brief (no re-analysis needed)."""
        return self.brief is not None and self.analysis_version == ANALYSIS_VERSION


def default_path() -> Path:
    """Return the library file in the per-user data folder (the log's folder)."""
    from inbrief.logs import data_dir

    return data_dir() / FILE_NAME


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


class Library:
    """The library at ``path`` (created when missing); safe to use from several threads."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.notice = ""  # a message for the user: the old file was set aside
        self.set_aside: Path | None = None
        self._lock = threading.RLock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(f"the library folder cannot be created ({exc.strerror})") from exc
        self._db = self._open()

    # ------------------------------------------------------------------ opening
    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")  # WAL: a killed process loses nothing
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _open(self) -> sqlite3.Connection:
        try:
            db = self._connect()
            version = db.execute("PRAGMA user_version").fetchone()[0]
            tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "unable to open" in str(exc):
                raise LibraryError(f"the library cannot be opened ({exc})") from exc
            return self._start_over("could not be read", exc)
        except sqlite3.DatabaseError as exc:
            return self._start_over("could not be read", exc)
        if version > schema.SCHEMA_VERSION:
            db.close()
            return self._start_over(f"was written by a newer InBrief (library version {version})")
        if version == 0 and tables:
            db.close()
            return self._start_over("is not an InBrief library")
        try:
            with _transaction(db):
                if version == 0:
                    schema.create(db)
            for step in range(version or schema.SCHEMA_VERSION, schema.SCHEMA_VERSION):
                with _transaction(db):
                    schema.MIGRATIONS[step](db)
                    db.execute(f"PRAGMA user_version = {step + 1}")
        except sqlite3.OperationalError as exc:
            db.close()
            if "fts5" in str(exc):
                raise LibraryError("this SQLite has no full-text search (FTS5)") from exc
            return self._start_over(f"could not be upgraded from library version {version}", exc)
        except (sqlite3.DatabaseError, ValueError, KeyError, TypeError) as exc:
            db.close()
            return self._start_over(f"could not be upgraded from library version {version}", exc)
        return db

    def _start_over(self, why: str, exc: BaseException | None = None) -> sqlite3.Connection:
        """Rename the file (and its WAL) out of the way and open a new, empty library."""
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.stem}-set-aside-{stamp}{self.path.suffix}")
        number = 2
        while aside.exists():
            aside = aside.with_name(f"{self.path.stem}-set-aside-{stamp}-{number}"
                                    f"{self.path.suffix}")
            number += 1
        try:
            os.replace(self.path, aside)
            for suffix in ("-wal", "-shm"):
                extra = Path(f"{self.path}{suffix}")
                if extra.exists():
                    os.replace(extra, Path(f"{aside}{suffix}"))
        except OSError as move_error:
            raise LibraryError(f"the library {why} and could not be set aside "
                               f"({move_error.strerror})") from exc
        self.set_aside = aside
        self.notice = (f"The library {why}; it was kept as {aside.name} and a new, empty "
                       "library was started.")
        db = self._connect()
        with _transaction(db):
            schema.create(db)
        return db

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ writing
    def add(self, text: str, brief: Brief, *, offsets: TextMap | None = None,
            removed: Iterable[Removed] = (), options: dict[str, Any] | None = None,
            replace: int | None = None) -> int:
        """Keep ``text`` and its ``brief``; return the entry's id.

        The same text kept before is that entry, brought to the top with this brief. With
        ``replace``, that entry (the text before the user's edits) becomes this text instead.
        """
        data = brief.to_dict()
        gist, names, keywords = schema.index_fields(data)
        record = schema.pack({
            "brief": slim(data, text, offsets),
            "slim": 1,  # span texts (and the text itself) left out: they are in ``text``
            "offsets": None if offsets is None else map_dict(offsets),
            "removed": [{"start": r.start, "end": r.end, "kind": r.kind} for r in removed],
        })
        digest = content_hash(text)
        values = {
            "content_hash": digest, "seen": _now(), "title": brief.title, "source": brief.source,
            "published": brief.published, "language": brief.language.code, "gist": gist,
            "names": names, "keywords": keywords, "file_name": brief.file_name,
            "options": json.dumps(options or {}, sort_keys=True, default=str),
            "analysis_version": ANALYSIS_VERSION, "text": text, "record": record,
        }
        with self._lock, _transaction(self._db):
            row = self._db.execute("SELECT id FROM articles WHERE content_hash = ?",
                                   (digest,)).fetchone()
            target = row[0] if row else replace
            if target is not None and self._unindex(target):
                sets = ", ".join(f"{k} = :{k}" for k in values)
                self._db.execute(f"UPDATE articles SET {sets} WHERE id = :id",
                                 {**values, "id": target})
            else:
                names_ = ", ".join(values)
                cursor = self._db.execute(
                    f"INSERT INTO articles (added, {names_}) VALUES (:seen, "
                    + ", ".join(f":{k}" for k in values) + ")", values)
                target = cursor.lastrowid
                assert target is not None
            self._index(target)
            if row and replace is not None and replace != target:
                self._remove(replace)  # edited into a text kept before: one entry, not two
            return int(target)

    def touch(self, entry_id: int) -> None:
        """Bring the entry to the top of the list (it was opened)."""
        with self._lock, _transaction(self._db):
            self._db.execute("UPDATE articles SET seen = ? WHERE id = ?", (_now(), entry_id))

    def delete(self, ids: Iterable[int]) -> int:
        """Remove the entries ``ids``; return how many there were."""
        with self._lock, _transaction(self._db):
            return sum(self._remove(entry_id) for entry_id in ids)

    def clear(self) -> None:
        """Remove every entry and give the space back to the disk."""
        with self._lock:
            with _transaction(self._db):
                self._db.execute("DELETE FROM articles")
                self._db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')")
            self._db.execute("VACUUM")
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _index(self, entry_id: int) -> None:
        self._db.execute(
            "INSERT INTO articles_fts (rowid, title, names, keywords, text) "
            "SELECT id, title, names, keywords, text FROM articles WHERE id = ?", (entry_id,))

    def _unindex(self, entry_id: int) -> bool:
        """Take the entry out of the index (before it changes); False when it is not there."""
        cursor = self._db.execute(
            "INSERT INTO articles_fts (articles_fts, rowid, title, names, keywords, text) "
            "SELECT 'delete', id, title, names, keywords, text FROM articles WHERE id = ?",
            (entry_id,))
        return cursor.rowcount > 0

    def _remove(self, entry_id: int) -> bool:
        if not self._unindex(entry_id):
            return False
        self._db.execute("DELETE FROM articles WHERE id = ?", (entry_id,))
        return True

    # ------------------------------------------------------------------ reading
    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def entries(self, limit: int = -1, offset: int = 0) -> list[Entry]:
        """Return the entries newest first (last pasted, opened or analysed)."""
        with self._lock:
            rows = self._db.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM articles a ORDER BY a.seen DESC, a.id DESC "
                "LIMIT ? OFFSET ?", (limit, offset)).fetchall()
        return [Entry(*row) for row in rows]

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        """Return the entries matching the words of ``query`` (names, keywords, title, text),
        best first, each with its best matching passage."""
        if UNSPACED.search(query):
            return self._search_text(query, limit)
        match = fts_query(query)
        if not match:
            return []
        with self._lock:
            rows = self._db.execute(
                f"SELECT {_ENTRY_COLUMNS}, snippet(articles_fts, -1, ?, ?, '…', 14), "
                "bm25(articles_fts, 10.0, 6.0, 4.0, 1.0) AS score "
                "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
                "WHERE articles_fts MATCH ? ORDER BY score LIMIT ?",
                (MATCH_START, MATCH_END, match, limit)).fetchall()
        return [Hit(Entry(*row[:9]), " ".join(str(row[9]).split()), float(row[10]))
                for row in rows]

    def _search_text(self, query: str, limit: int) -> list[Hit]:
        """Return the entries holding every piece of ``query`` as written (title, names,
        keywords or text), those with the pieces in the title and names first."""
        pieces = query.split()
        conditions, score, values, weights = [], [], [], []
        for piece in pieces:
            pattern = "%" + piece.replace("\\", "\\\\").replace("%", "\\%").replace(
                "_", "\\_") + "%"
            columns = ("a.title", "a.names", "a.keywords", "a.text")
            conditions.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in columns)
                              + ")")
            values += [pattern] * 4
            score.append(" + ".join(f"{w} * (instr({c}, ?) > 0)"
                                    for w, c in zip((10, 6, 4, 1), columns, strict=True)))
            weights += [piece] * 4
        with self._lock:
            rows = self._db.execute(
                f"SELECT {_ENTRY_COLUMNS}, a.text, -({' + '.join(score)}) AS score "
                f"FROM articles a WHERE {' AND '.join(conditions)} "
                "ORDER BY score, a.seen DESC LIMIT ?", (*weights, *values, limit)).fetchall()
        return [Hit(Entry(*row[:9]), snippet(str(row[9]), pieces), float(row[10]))
                for row in rows]

    def get(self, entry_id: int) -> Stored:
        """Return everything kept of entry ``entry_id`` (KeyError when there is none)."""
        with self._lock:
            row = self._db.execute(
                f"SELECT {_ENTRY_COLUMNS}, a.text, a.record, a.options, a.analysis_version "
                "FROM articles a WHERE a.id = ?", (entry_id,)).fetchone()
        if row is None:
            raise KeyError(entry_id)
        entry = Entry(*row[:9])
        text, blob, options, version = row[9:]
        record = schema.unpack(blob)
        offsets_data = record.get("offsets")
        offsets = TextMap.from_dict(offsets_data) if offsets_data else None
        brief: Brief | None
        try:
            data = record["brief"]
            if record.get("slim"):
                data = fill(data, text, offsets)
            brief = Brief.from_dict(data)
        except (ValueError, KeyError, TypeError, IndexError):
            brief = None
        return Stored(
            entry, text, brief, offsets,
            tuple(Removed.from_dict(r) for r in record.get("removed") or ()),
            json.loads(options or "{}"), version,
        )

    def find(self, text: str) -> int | None:
        """Return the id of the entry holding ``text``, None when it is not kept."""
        with self._lock:
            row = self._db.execute("SELECT id FROM articles WHERE content_hash = ?",
                                   (content_hash(text),)).fetchone()
        return int(row[0]) if row else None


@contextlib.contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    """Run the block as one transaction: all of it is written, or none of it."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
