"""The local library of analysed articles: SQLite with full-text search, no Qt."""

from inbrief.core.library.records import MATCH_END, MATCH_START, content_hash, fts_query
from inbrief.core.library.store import (
    ANALYSIS_VERSION,
    Entry,
    Hit,
    Library,
    LibraryError,
    Stored,
    default_path,
)

__all__ = [
    "ANALYSIS_VERSION", "MATCH_END", "MATCH_START", "Entry", "Hit", "Library", "LibraryError",
    "Stored", "content_hash", "default_path", "fts_query",
]
