"""Invented articles the smoke test analyses with the bundle, and what each must yield."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Case:
    """One text to analyse and what its JSON brief must contain."""

    language: str  # the code langdetect must report (prefix match: "zh" matches "zh-cn")
    text: str
    min_words: int  # word segmentation worked (Japanese/Chinese need their segmenters)
    date_values: tuple[str, ...] = ()  # normalized dates that must be found
    entity_names: tuple[str, ...] = ()  # entities that must be found (any type)
    entity_types: tuple[str, ...] = field(default=())  # types at least one entity must have


# Each text is original, written for this test. Japanese exercises tinysegmenter and
# sentencex; French exercises dateparser's French data and the non-English entity fallback;
# Chinese exercises jieba's dictionary; English (the bundled sample) exercises spaCy.
JAPANESE = Case(
    "ja",
    "港北市は2025年3月14日、駅前の古い倉庫を図書館に改装する計画を発表した。"
    "市によると、工事は来年の春に始まり、完成までおよそ二年かかる見込みだ。"
    "新しい図書館には子ども向けの読書室と、地元の歴史を紹介する展示室が設けられる。"
    "高田美咲市長は記者会見で「誰もが気軽に立ち寄れる場所にしたい」と述べた。"
    "一方で、駐車場が足りなくなるのではないかと心配する住民もいる。"
    "市は夏までに住民説明会を三回開き、意見を設計に反映させるとしている。",
    min_words=60,
)
FRENCH = Case(
    "fr",
    "La ville de Valmoré a inauguré le 14 mars 2025 une nouvelle passerelle piétonne "
    "au-dessus de la Sarne. Le chantier, lancé au printemps 2023, a coûté 4,2 millions "
    "d'euros, financés en partie par la région. La maire, Claire Fontaine, a salué un ouvrage "
    "qui relie enfin les deux rives du quartier des Tanneurs. Selon l'entreprise qui a conduit "
    "les travaux, la passerelle peut accueillir trois mille personnes par jour. Des riverains "
    "regrettent toutefois l'absence de piste cyclable séparée. Une consultation publique sur "
    "les aménagements cyclables doit s'ouvrir en septembre.",
    min_words=70,
    date_values=("2025-03-14",),
    entity_names=("Claire Fontaine",),
)
CHINESE = Case(
    "zh",
    "河湾市政府昨天宣布，将在老城区修建一座新的公共图书馆。"
    "新馆预计投资两亿元，建成后可以同时容纳八百名读者。"
    "市长在发布会上表示，图书馆将免费向所有市民开放，并设立儿童阅览区。"
    "不少居民对这个计划表示欢迎，但也有人担心施工会影响附近的交通。"
    "市政府表示，将在下个月举行听证会，听取市民的意见。",
    min_words=50,
)
CASES = (JAPANESE, FRENCH, CHINESE)
# The bundled sample article (English): spaCy must find people and places in it.
ENGLISH_TYPES = ("person", "place")


def problems(case: Case, result: dict) -> list[str]:
    """Return what is wrong with an `analyze --format json` result for ``case`` ([] if fine)."""
    found: list[str] = []
    code = str(result.get("language", {}).get("code", ""))
    if not code.startswith(case.language):
        found.append(f"language detected as {code!r}, expected {case.language!r}")
    if not result.get("summary"):
        found.append("the summary is empty")
    words = int(result.get("stats", {}).get("words", 0))
    if words < case.min_words:
        found.append(f"only {words} words counted, expected {case.min_words} or more")
    values = {d.get("value") for d in result.get("dates", [])}
    found += [f"date {value} not found (got {sorted(map(str, values))})"
              for value in case.date_values if value not in values]
    names = {e.get("name") for e in result.get("entities", [])}
    found += [f"entity {name!r} not found" for name in case.entity_names if name not in names]
    types = {e.get("type") for e in result.get("entities", [])}
    found += [f"no {kind} entity found" for kind in case.entity_types if kind not in types]
    return found


def summary_line(result: dict) -> str:
    """Return a one-line description of a JSON brief for the smoke test's log."""
    language = result.get("language", {}).get("code", "?")
    return (f"{language}, {result.get('stats', {}).get('words', 0)} words, "
            f"{len(result.get('summary', []))} summary sentences, "
            f"{len(result.get('entities', []))} entities, {len(result.get('dates', []))} dates")


def sample_article(executable: Path) -> Path:
    """Return the sample article shipped inside the bundle (the source tree's as a fallback)."""
    folder = executable.parent
    candidates = [
        folder / "_internal" / "inbrief" / "resources" / "sample-article.txt",
        folder.parent / "Resources" / "inbrief" / "resources" / "sample-article.txt",  # .app
        folder.parent / "Frameworks" / "inbrief" / "resources" / "sample-article.txt",
        ROOT / "resources" / "sample-article.txt",
    ]
    return next(path for path in candidates if path.is_file())


def pdf_words(path: Path) -> str | None:
    """Return the text of a PDF (pypdf, else pdftotext), or None when neither is available."""
    try:
        from pypdf import PdfReader
    except ImportError:
        if shutil.which("pdftotext") is None:
            return None
        done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=False)
        return done.stdout.decode("utf-8", "replace")
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


if __name__ == "__main__":  # print the texts, e.g. to try them with the source tree
    for case in CASES:
        print(case.language, case.text, sep="\n", file=sys.stdout)
