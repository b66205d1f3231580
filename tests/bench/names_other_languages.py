"""Names found in languages without a tagger here: how many of each type, on real text.

Run: python tests/bench/names_other_languages.py [--orangesum N] [--pages DIR ...]

There is no labelled name set here for French, German or Spanish, so this bench counts (it does
not score): how the names the brief lists split into people, organizations, places and "Other
names". Read its counts with a look at the names themselves (``--show``): typing a name
wrongly moves it too.
- ``--orangesum N``: the first N documents (300) of ../shared/data/eval/summ/orangesum_fr.dev.jsonl
  (French news), each run through ``extract_entities(text, "fr")``; also how many documents
  have at least one person (a People list in the brief).
- ``--pages DIR``: every saved page ``DIR/cache/*.html`` (the folders of traf_pages.py and
  htmldate_pages.py: trafilatura's and htmldate's test pages), opened as InBrief opens a saved
  page and analysed; the pages detected as German, French, Spanish, Italian, Portuguese or
  Dutch are counted.
Exits cleanly when none of the data is there.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))
ORANGESUM = ROOT.parent / "shared" / "data" / "eval" / "summ" / "orangesum_fr.dev.jsonl"
LANGUAGES = ("de", "fr", "es", "it", "pt", "nl")
TYPES = ("person", "organization", "place", "other")

from inbrief.core import ingest, pipeline  # noqa: E402
from inbrief.core.entities import extract_entities  # noqa: E402
from inbrief.core.errors import InBriefError  # noqa: E402


def table(label: str, counts: Counter[str], documents: int, with_people: int) -> str:
    kinds = ", ".join(f"{kind} {counts[kind]}" for kind in TYPES)
    return f"{label}: {documents} documents; {kinds}; with a person {with_people}"


def orangesum(count: int, show: bool) -> None:
    if not ORANGESUM.exists():
        print(f"no {ORANGESUM}: OrangeSum skipped")
        return
    counts: Counter[str] = Counter()
    with_people = documents = 0
    for line in ORANGESUM.read_text(encoding="utf-8").splitlines()[:count]:
        entities = extract_entities(json.loads(line)["text"], "fr")
        counts.update(entity.type for entity in entities)
        with_people += any(entity.type == "person" for entity in entities)
        documents += 1
        if show:
            print("  " + " | ".join(f"{e.type[:3]}:{e.name}" for e in entities))
    print(table("OrangeSum (fr)", counts, documents, with_people))


def saved_pages(folder: Path, show: bool) -> None:
    files = sorted((folder / "cache").glob("*.html"))
    if not files:
        print(f"no pages in {folder}/cache: skipped")
        return
    counts: Counter[str] = Counter()
    with_people = documents = 0
    for path in files:
        try:
            brief = pipeline.analyze(ingest.load_path(path))
        except (InBriefError, ValueError):
            continue
        if brief.language.code not in LANGUAGES:
            continue
        counts.update(entity.type for entity in brief.entities)
        with_people += any(entity.type == "person" for entity in brief.entities)
        documents += 1
        if show:
            print(f"  {path.name}: " + " | ".join(f"{e.type[:3]}:{e.name}"
                                                 for e in brief.entities))
    print(table(f"{folder} ({'/'.join(LANGUAGES)})", counts, documents, with_people))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--orangesum", type=int, default=300, help="documents (0: none)")
    parser.add_argument("--pages", type=Path, action="append", default=[],
                        help="a folder with cache/*.html (repeatable)")
    parser.add_argument("--show", action="store_true", help="list each document's names")
    args = parser.parse_args()
    if args.orangesum:
        orangesum(args.orangesum, args.show)
    for folder in args.pages:
        saved_pages(folder, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
