"""Write fixtures/library-schema-1.sqlite3: a library as version 1 of the schema stored it.

Run once to make the checked-in file (python tests/core/library/make_schema1_fixture.py); the
migration test opens a copy of that file. The two articles are invented.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "desktop"))

from inbrief.core.library.schema import SCHEMA_1  # noqa: E402
from inbrief.core.library.store import content_hash  # noqa: E402

ARTICLES = [
    ("Glasshouse growers in Tarnby switch to heat pumps",
     "Tarnby Gazette", "2023-05-02",
     "Glasshouse growers in Tarnby switch to heat pumps. Orla Benedek, who chairs the growers' "
     "cooperative, said forty farms will replace their gas boilers by 2024.",
     [("Orla Benedek", "person"), ("Tarnby", "place")], ["heat pumps", "growers"]),
    ("Ferry link to Skarholm resumes after storm damage",
     "North Sound Post", "2023-06-11",
     "The ferry link to Skarholm resumed on Friday after storm damage closed the pier. "
     "Harbour master Piet Lowenthal said crossings run hourly again.",
     [("Piet Lowenthal", "person"), ("Skarholm", "place")], ["ferry", "pier"]),
]


def brief_dict(title: str, source: str, published: str, text: str,
               names: list[tuple[str, str]], keywords: list[str]) -> dict[str, object]:
    """Return a Brief as Brief.to_dict() wrote it with schema 1 (before text maps)."""
    first = text.index(". ") + 1
    sentences = [
        {"index": 0, "start": 0, "end": first, "text": text[:first], "score": 0.9, "rank": 1},
        {"index": 1, "start": first + 1, "end": len(text), "text": text[first + 1:],
         "score": 0.5, "rank": 2},
    ]
    return {
        "text": text, "title": title, "source": source, "author": "", "published": published,
        "file_name": "",
        "language": {"code": "en", "name": "English", "confidence": 0.99, "method": "detected",
                     "stemmer": True, "sumy_language": "english"},
        "stats": {"words": len(text.split()), "sentences": 2, "reading_minutes": 0.1,
                  "summary_words": len(text[:first].split())},
        "algorithm": "auto", "sentences": sentences, "summary": sentences[:1],
        "keywords": [{"text": k, "score": 0.5, "count": 1, "mentions": []} for k in keywords],
        "entities": [{"name": n, "type": t, "count": 1, "aliases": [n], "mentions": [],
                      "salience": 1.0} for n, t in names],
        "dates": [], "reference_date": published, "reference_date_source": "published",
        "notes": [], "timings": {}, "schema": 1,
    }


def main() -> None:
    target = HERE / "fixtures" / "library-schema-1.sqlite3"
    target.unlink(missing_ok=True)
    db = sqlite3.connect(target)
    db.executescript(SCHEMA_1)
    for number, (title, source, published, text, names, keywords) in enumerate(ARTICLES, 1):
        brief = brief_dict(title, source, published, text, names, keywords)
        db.execute(
            "INSERT INTO articles (id, content_hash, added, title, source, published, language, "
            "text, brief) VALUES (?, ?, ?, ?, ?, ?, 'en', ?, ?)",
            (number, content_hash(text), f"2023-07-0{number}T10:00:00+00:00", title, source,
             published, text, json.dumps(brief)))
    db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.execute("VACUUM")
    db.close()


if __name__ == "__main__":
    main()
