"""The library store: round trips, duplicates, ranking, deletion, damaged and newer files."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from library_articles import ARTICLES, analysed

from inbrief.core.ingest import load_text
from inbrief.core.library import MATCH_END, MATCH_START, Library, content_hash, fts_query, schema
from inbrief.core.pipeline import analyze
from inbrief.core.textmap import Removed, TextMap

FIXTURE = Path(__file__).parent / "fixtures" / "library-schema-1.sqlite3"


def test_fts_query_quotes_words_and_makes_the_last_a_prefix() -> None:
    assert fts_query("kellin bri") == '"kellin" "bri"*'
    assert fts_query("kellin bridge ") == '"kellin" "bridge"'
    assert fts_query('" OR NEAR(') == '"OR" "NEAR"*'
    assert fts_query("  --  ") == ""


def test_content_hash_ignores_outer_and_trailing_whitespace() -> None:
    assert content_hash("a line  \r\nnext\n\n") == content_hash("a line\nnext")
    assert content_hash("\n  a line\nnext") == content_hash("a line\nnext")
    assert content_hash("a line\nnext") != content_hash("a line\nnext one")


def test_store_and_open_round_trip(tmp_path: Path) -> None:
    brief = analysed("bridge")
    text = ARTICLES["bridge"]
    assert brief.text_map is not None
    offsets = TextMap.between(text, load_text(text).text).then(brief.text_map)  # as the window
    with Library(tmp_path / "lib.sqlite3") as library:
        entry_id = library.add(text, brief, offsets=offsets,
                               removed=(Removed(0, 3, "headline"),),
                               options={"algorithm": "auto"})
        stored = library.get(entry_id)
    assert stored.text == text
    assert stored.brief == brief  # names, dates, sentences and offsets all come back
    assert stored.offsets == offsets
    assert stored.removed == (Removed(0, 3, "headline"),)
    assert stored.options == {"algorithm": "auto"}
    assert stored.current
    assert stored.entry.title == "Kellin Bridge closes for repairs"
    assert stored.entry.gist == " ".join(brief.summary[0].text.split())
    # Kept once: the brief's text and its sentences' texts come back from the article's text.
    db = sqlite3.connect(tmp_path / "lib.sqlite3")
    record = schema.unpack(db.execute("SELECT record FROM articles").fetchone()[0])
    db.close()
    assert record["brief"]["text"] is None
    assert "text" not in record["brief"]["sentences"][0]


def test_kept_across_reopening_and_newest_first(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    with Library(path) as library:
        first = library.add(ARTICLES["bridge"], analysed("bridge"))
        second = library.add(ARTICLES["orchestra"], analysed("orchestra"))
    with Library(path) as library:
        assert [e.id for e in library.entries()] == [second, first]
        library.touch(first)  # opened again: it goes to the top
        assert [e.id for e in library.entries()] == [first, second]
        assert library.notice == ""


def test_same_text_pasted_twice_is_one_entry(tmp_path: Path) -> None:
    text = ARTICLES["wind"]
    with Library(tmp_path / "lib.sqlite3") as library:
        one = library.add(text, analysed("wind"))
        two = library.add("\n" + text.replace("\n", "\r\n") + "  \n", analysed("wind"))
        assert one == two
        assert library.count() == 1
        assert library.find(text + "\n") == one
        assert len(library.search("Dunhollow")) == 1  # the index holds it once too


def test_an_edited_text_replaces_its_entry(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite3") as library:
        old = library.add(ARTICLES["wind"], analysed("wind"))
        edited = ARTICLES["wind"].replace("Dunhollow", "Dunharrow")
        new = library.add(edited, analyze(load_text(edited)), replace=old)
        assert new == old and library.count() == 1
        assert library.get(old).text == edited
        assert library.search("Dunharrow")[0].entry.id == old
        assert library.search("Dunhollow ") == []  # the old words left the index


def test_search_ranks_names_in_the_title_and_names_first(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite3") as library:
        ids = {name: library.add(ARTICLES[name], analysed(name)) for name in ARTICLES}
        # Oyelaran is the bridge story's main source and named once in the orchestra story.
        hits = library.search("Oyelaran")
        assert [h.entry.id for h in hits] == [ids["bridge"], ids["orchestra"]]
        assert f"{MATCH_START}Oyelaran{MATCH_END}" in hits[0].snippet
        # Typed so far: a prefix finds the word; case and accents do not matter.
        assert [h.entry.id for h in library.search("orchest")] == [ids["orchestra"]]
        assert [h.entry.id for h in library.search("DÜNHOLLOW")] == [ids["wind"]]
        # All words must match.
        assert library.search("Oyelaran turbines") == []
        assert [h.entry.id for h in library.search("county")] != []
        assert library.search("   ") == []


def test_search_in_text_without_spaces(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite3") as library:
        ids = {name: library.add(ARTICLES[name], analysed(name)) for name in ARTICLES}
        # A word inside a run of Japanese text (the word index sees no boundary there).
        hits = library.search("商店街")
        assert [h.entry.id for h in hits] == [ids["tram"]]
        assert f"{MATCH_START}商店街{MATCH_END}" in hits[0].snippet
        # Every piece must be there.
        assert [h.entry.id for h in library.search("路面電車 延伸")] == [ids["tram"]]
        assert library.search("路面電車 風力") == []
        assert library.search("電車%") == []  # LIKE's wildcards are taken as written
        assert library.search("電_車") == []


def test_delete_and_clear(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    with Library(path) as library:
        ids = [library.add(ARTICLES[name], analysed(name)) for name in ARTICLES]
        assert library.delete([ids[0], 12345]) == 1
        assert library.count() == len(ARTICLES) - 1
        with pytest.raises(KeyError):
            library.get(ids[0])
        assert library.search("Kellin") == []
        library.clear()
        assert library.count() == 0 and library.entries() == []
        assert library.search("orchestra") == []
        assert library.add(ARTICLES["bridge"], analysed("bridge")) > 0  # usable after clearing


def test_migrates_a_schema_1_library(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    shutil.copy(FIXTURE, path)
    with Library(path) as library:
        assert library.notice == ""
        assert library.count() == 2
        titles = [e.title for e in library.entries()]
        # Newest first by the date each was added in version 1.
        assert titles == ["Ferry link to Skarholm resumes after storm damage",
                          "Glasshouse growers in Tarnby switch to heat pumps"]
        stored = library.get(1)
        assert stored.brief is not None and stored.brief.source == "Tarnby Gazette"
        assert stored.entry.gist.startswith("Glasshouse growers in Tarnby")
        assert stored.offsets is None and not stored.current  # made by an older version
        # Names and keywords are searchable now (version 1 indexed title and text only).
        assert [h.entry.id for h in library.search("Lowenthal")] == [2]
        # The same text pasted again is the migrated entry, not a second one.
        assert library.add(stored.text, stored.brief) == 1
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 2
    db.close()


def test_a_damaged_file_is_set_aside_not_emptied(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    junk = b"this is not a database " * 300
    path.write_bytes(junk)
    with Library(path) as library:
        assert library.count() == 0
        assert "could not be read" in library.notice
        assert library.set_aside is not None
        assert library.set_aside.name in library.notice
        assert library.set_aside.read_bytes() == junk
        library.add(ARTICLES["bridge"], analysed("bridge"))
    with Library(path) as library:  # the new library is kept from then on
        assert library.count() == 1 and library.notice == ""


def test_a_newer_library_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    with Library(path) as library:
        library.add(ARTICLES["bridge"], analysed("bridge"))
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    with Library(path) as library:
        assert library.count() == 0
        assert "newer InBrief (library version 99)" in library.notice
        assert library.set_aside is not None
    kept = sqlite3.connect(library.set_aside)
    assert kept.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    kept.close()
