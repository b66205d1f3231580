"""Invented articles the smoke test analyses with the bundle, and what each must yield."""

from __future__ import annotations

import html
import io
import shutil
import subprocess
import sys
import zipfile
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
    # (name fragment, type): an entity whose name contains the fragment must have the type
    typed_entities: tuple[tuple[str, str], ...] = ()
    suffix: str = "txt"  # the file type the text is saved as (txt, html, docx)
    title: str = ""  # the title the brief must carry (checks metadata extraction)


# Each text is original, written for this test. Japanese exercises tinysegmenter and
# sentencex; French exercises the French date rules and the non-English entity fallback;
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
    "les travaux, la passerelle peut accueillir trois mille personnes par jour. Julien "
    "Marchal, riverain, regrette toutefois l'absence de piste cyclable séparée. Une "
    "consultation publique sur "
    "les aménagements cyclables doit s'ouvrir en septembre.",
    min_words=70,
    date_values=("2025-03-14",),
    entity_names=("Claire Fontaine",),
    # A person by the given name alone (resources/names/given-names.txt bundled and read).
    typed_entities=(("Julien Marchal", "person"),),
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
# HTML exercises trafilatura (its settings.cfg must be bundled) and justext's stop lists;
# DOCX exercises python-docx. Both hide the article among page furniture or in a document.
_WEB_ARTICLE = (
    "Lindenfeld Opens Its First Night Market on the Old Tram Depot",
    "The town of Lindenfeld opened its first night market on Friday in the old tram depot, "
    "after two years of planning by local traders. Forty stalls sold food, crafts and "
    "secondhand books until midnight, and organisers counted more than three thousand "
    "visitors. Market manager Greta Holm said the depot had stood empty since 2011 and was "
    "the only covered space large enough for the stalls. The council has agreed to let the "
    "market run every Friday until the end of October. Some neighbours worry about noise "
    "and parking, and Holm promised that music would stop at ten in the evening. A bus "
    "shuttle from the railway station will run every twenty minutes on market nights.",
)
HTML = Case("en", _WEB_ARTICLE[1], min_words=100, entity_names=("Greta Holm",),
            suffix="html", title=_WEB_ARTICLE[0])
DOCX = Case("en", "\n\n".join(_WEB_ARTICLE), min_words=100, entity_names=("Greta Holm",),
            suffix="docx")
CASES = (JAPANESE, FRENCH, CHINESE, HTML, DOCX)
# The bundled sample article (English): spaCy must find people, places and organizations,
# and type these two as only spaCy does (the fallback finder calls both "other").
ENGLISH_TYPES = ("person", "place", "organization")
ENGLISH_TYPED = (("Raman", "person"), ("Norland", "organization"))


def write_input(case: Case, folder: Path, name: str) -> Path:
    """Save ``case`` as ``folder/name.SUFFIX`` in its file type; return the path."""
    path = folder / f"{name}.{case.suffix}"
    if case.suffix == "html":
        path.write_text(_html_page(case.title, case.text), encoding="utf-8")
    elif case.suffix == "docx":
        path.write_bytes(_docx_bytes(case.text.split("\n\n")))
    else:
        path.write_text(case.text, encoding="utf-8")
    return path


def _html_page(title: str, text: str) -> str:
    """Return a news page: navigation, the article, a sidebar and a footer."""
    sentences = text.split(". ")
    half = len(sentences) // 2
    body = [". ".join(sentences[:half]) + ".", ". ".join(sentences[half:])]
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in body)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | Valley Courier</title>
<script>window.trackers = ["none"];</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<main><article><h1>{html.escape(title)}</h1><p class="byline">By Jon Aster, 6 June 2025</p>
{paragraphs}</article></main>
<aside><h2>Most read</h2><ul><li>Road works on Mill Lane</li><li>School choir wins prize</li>
</ul></aside><footer>Copyright Valley Courier. All rights reserved.</footer></body></html>
"""


def _docx_bytes(paragraph_texts: list[str]) -> bytes:
    """Return a minimal Word document with one paragraph per text, made with zipfile."""
    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    paragraphs = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{html.escape(p)}</w:t></w:r></w:p>'
        for p in paragraph_texts
    )
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            '.org/package/2006/content-types"><Default Extension="rels" ContentType="application'
            '/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType'
            '="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"'
            "/></Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http'
            '://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>'
        ),
        "word/document.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{namespace}">'
            f"<w:body>{paragraphs}</w:body></w:document>"
        ),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


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
    if case.title and case.title not in str(result.get("title", "")):
        found.append(f"title {result.get('title')!r} does not contain {case.title!r}")
    for fragment, kind in case.typed_entities:
        kinds = {e.get("type") for e in result.get("entities", [])
                 if fragment in str(e.get("name", ""))}
        if kind not in kinds:
            found.append(f"no {kind} entity named like {fragment!r} (got {sorted(kinds)}): "
                         "is spaCy or resources/names missing from the bundle?")
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
