"""The library survives a writer killed with SIGKILL in the middle of its writes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from library_articles import ARTICLES, analysed

from inbrief.core.library import Library

WRITER = """
import dataclasses, json, sys
from pathlib import Path
from inbrief.core.brief import Brief
from inbrief.core.library import Library

brief = Brief.from_dict(json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")))
text = Path(sys.argv[3]).read_text(encoding="utf-8")
library = Library(Path(sys.argv[1]))
number = 0
while True:
    number += 1
    unique = f"{text}\\nCopy number {number} of the story, kept by the writer."
    library.add(unique, dataclasses.replace(brief, title=f"Copy {number}"))
    print(number, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_a_killed_writer_leaves_every_committed_article(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    brief_file, text_file = tmp_path / "brief.json", tmp_path / "text.txt"
    brief_file.write_text(json.dumps(analysed("bridge").to_dict()), encoding="utf-8")
    text_file.write_text(ARTICLES["bridge"], encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[3] / "desktop"))
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(brief_file), str(text_file)],
        stdout=subprocess.PIPE, text=True, env=env,
    )
    assert writer.stdout is not None
    committed = 0
    deadline = time.monotonic() + 120
    while committed < 40 and time.monotonic() < deadline:
        line = writer.stdout.readline()
        if not line:
            break
        committed = int(line)
    # Killed while it writes the next one (it never pauses between writes).
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)
    # What it reported after the lines read so far (whole lines only: it may die mid-line).
    for line in writer.stdout.read().split("\n")[:-1]:
        committed = int(line)
    writer.stdout.close()
    assert writer.returncode == -signal.SIGKILL
    assert committed >= 40, "the writer did not get going"

    with Library(path) as library:
        assert library.notice == ""  # opened as it is, not set aside
        count = library.count()
        # Every reported add is there; the one in flight is there whole or not at all.
        assert committed <= count <= committed + 1
        titles = {e.title for e in library.entries()}
        assert {f"Copy {n}" for n in range(1, committed + 1)} <= titles
        for entry in library.entries():
            stored = library.get(entry.id)
            assert stored.brief is not None and stored.brief.title == entry.title
        assert len(library.search("Oyelaran")) == count
        library.add(ARTICLES["wind"], analysed("wind"))  # and it takes new writes
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")  # raises if bad
    db.close()
