"""The library database's schema, one version at a time, and the steps between versions.

``PRAGMA user_version`` holds the version. A database of an older version is brought up to
date in one transaction per step (a step that fails leaves the file as it was); a newer one is
left alone (the store sets it aside). Every step is tested from a file of its version.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Callable
from typing import Any

SCHEMA_VERSION = 2

# Version 1 (InBrief before the digest): the brief as plain JSON, title and text indexed.
SCHEMA_1 = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    added TEXT NOT NULL,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    published TEXT,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    brief TEXT NOT NULL
);
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='id'
);
"""

# Version 2: names, keywords and the gist of each article in the table and the index, the
# brief compressed with the editor's offsets, the analysis options and version, and when the
# article was last seen (pasted again or opened) for the newest-first list.
_ARTICLES_2 = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    added TEXT NOT NULL,
    seen TEXT NOT NULL,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    published TEXT,
    language TEXT NOT NULL,
    gist TEXT NOT NULL,
    names TEXT NOT NULL,
    keywords TEXT NOT NULL,
    file_name TEXT NOT NULL DEFAULT '',
    options TEXT NOT NULL DEFAULT '{}',
    analysis_version TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    record BLOB NOT NULL
);
CREATE INDEX articles_seen ON articles(seen DESC, id DESC);
"""
FTS_2 = """
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, names, keywords, text, content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
"""
SCHEMA_2 = _ARTICLES_2 + FTS_2


def create(connection: sqlite3.Connection) -> None:
    """Create the current schema in an empty database (inside the caller's transaction)."""
    for statement in _statements(SCHEMA_2):
        connection.execute(statement)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _statements(script: str) -> list[str]:
    return [part.strip() for part in script.split(";") if part.strip()]


def pack(record: dict[str, Any]) -> bytes:
    """Return a stored record (brief, offsets, removed) as compressed JSON."""
    return zlib.compress(json.dumps(record, ensure_ascii=False).encode("utf-8"), 6)


def unpack(blob: bytes) -> dict[str, Any]:
    """Return the record ``pack`` stored."""
    value = json.loads(zlib.decompress(blob).decode("utf-8"))
    if not isinstance(value, dict):
        raise ValueError("a library record is not a JSON object")
    return value


def index_fields(brief: dict[str, Any]) -> tuple[str, str, str]:
    """Return (gist, names, keywords) of a Brief's dict: the first summary sentence, the
    entity names and aliases one per line, the keywords one per line."""
    summary = brief.get("summary") or []
    gist = str(summary[0].get("text", "")) if summary else ""
    if not gist:
        sentences = sorted(brief.get("sentences") or [], key=lambda s: s.get("rank", 0))
        gist = str(sentences[0].get("text", "")) if sentences else ""
    names: list[str] = []
    for entity in brief.get("entities") or []:
        names.append(str(entity.get("name", "")))
        names.extend(str(a) for a in entity.get("aliases") or [])
    keywords = [str(k.get("text", "")) for k in brief.get("keywords") or []]
    return " ".join(gist.split()), "\n".join(n for n in names if n), "\n".join(keywords)


def _migrate_1_to_2(connection: sqlite3.Connection) -> None:
    """Version 1 -> 2: add names, keywords and gist (read from each brief), compress the
    brief, and index the new columns."""
    connection.execute("DROP TABLE articles_fts")
    connection.execute("ALTER TABLE articles RENAME TO articles_1")
    for statement in _statements(SCHEMA_2):
        connection.execute(statement)
    rows = connection.execute(
        "SELECT id, content_hash, added, title, source, published, language, text, brief "
        "FROM articles_1 ORDER BY id"
    ).fetchall()
    for row in rows:
        id_, content_hash, added, title, source, published, language, text, brief_json = row
        brief = json.loads(brief_json)
        gist, names, keywords = index_fields(brief)
        # Version 1 kept no editor offsets: the text is the one given for analysis.
        record = {"brief": brief, "offsets": None, "removed": []}
        connection.execute(
            "INSERT INTO articles (id, content_hash, added, seen, title, source, published, "
            "language, gist, names, keywords, file_name, options, analysis_version, text, "
            "record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (id_, content_hash, added, added, title, source, published, language, gist, names,
             keywords, str(brief.get("file_name", "")), "{}", "", text, pack(record)),
        )
    connection.execute("DROP TABLE articles_1")
    connection.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")


# MIGRATIONS[n] brings a database of version n to version n + 1.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _migrate_1_to_2,
}
