"""Generates the bad-and-odd input corpus: each case is a file name and the bytes it holds."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

# An invented article: realistic wording, no text from any real publication.
ARTICLE = """Harbor Ferries Resume After Three-Day Storm Closure

Ferry service between Harbor City and Gull Island resumed on Friday after a three-day
suspension, the operator Gull Island Lines said. Crews repaired the damaged landing ramp
overnight and inspected both vessels before the first departure at seven in the morning.

Mayor Daniel Okafor thanked the crews and said the city would review its storm plans by
March 2026. Council member Priya Raman asked why the backup ramp had not been finished in 2024.

Passengers said the crossing was calm. "We waited three days for this," said Lena Hart, a
nurse who works at Harbor General Hospital. Timetables return to normal on Monday.
"""

MIXED = (
    "The Harbor City Council met on Tuesday. Le conseil municipal a voté le projet mardi. "
    "Der Stadtrat hat das Projekt am Dienstag gebilligt. 市議会は火曜日に計画を承認した。"
    "议会周二批准了该计划。 El consejo aprobó el plan el martes. Совет одобрил план во вторник."
)
RTL = (
    "وافق مجلس المدينة يوم الثلاثاء على بناء حاجز للفيضانات. وقال رئيس البلدية إن العمل سيبدأ "
    "في الربيع. אישרה מועצת העיר ביום שלישי את בניית המחסום. The vote was 9-2."
)
EMOJI = (
    "🌊🌊 The storm 🌀 hit Harbor City on Monday 😱. Cafe\u0301 owners cleaned up 🧹. "
    "Z\u0336\u0358a\u0335\u0317l\u0334\u031fg\u0337\u0316o text n\u0303\u0303\u0303\u0303ow. "
    "👩🏽‍🔬 Dr. Lena Hart said 👍🏻 the e\u0301\u0301\u0301\u0301 water fell by Friday. 🇫🇷🇯🇵"
)


def zip_bomb_docx() -> bytes:
    """Return a .docx whose document.xml inflates 20 MB of NULs from ~20 KB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * 20_000_000)
    return buffer.getvalue()


def text_pdf(lines: list[str]) -> bytes:
    """Return a one-page PDF drawing ``lines`` with reportlab."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer)
    for number, line in enumerate(lines):
        drawing.drawString(72, 760 - 14 * number, line)
    drawing.showPage()
    drawing.save()
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    """Return a PDF that needs a user password."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf(ARTICLE.splitlines()[:6]))))
    writer.encrypt("reader-secret", owner_password="owner-secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def image_only_pdf() -> bytes:
    """Return a PDF holding one picture of a line of print and no text."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    scan = Image.new("RGB", (300, 100), "white")
    for x in range(20, 280):
        scan.putpixel((x, 50), (0, 0, 0))
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer)
    drawing.drawImage(ImageReader(scan), 72, 500, width=300, height=100)
    drawing.showPage()
    drawing.save()
    return buffer.getvalue()


def nested_html(levels: int) -> bytes:
    """Return an HTML page with a paragraph buried ``levels`` <div>s deep."""
    body = "<div>" * levels + "<p>The council approved the barrier on Tuesday.</p>" + (
        "</div>" * levels)
    return f"<!doctype html><html><body>{body}</body></html>".encode()


def hostile_html(base: str = "http://127.0.0.1:9", secret: str = "/etc/hostname") -> str:
    """Return a page that tries every way to fetch ``base`` or read the file ``secret``."""
    return f"""<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">
<!ENTITY remote SYSTEM "{base}/evil.dtd">]>
<html><head><title>Barrier approved</title>
<link rel="stylesheet" href="{base}/site.css">
<style>@import url("{base}/more.css"); body {{ background: url({base}/b.png) }}</style>
<script src="{base}/tracker.js"></script>
<script>document.write("SCRIPT-RAN"); fetch("{base}/ping");</script>
</head><body><article><h1>Barrier approved</h1>
<p>The Harbor City Council approved a flood barrier on Tuesday after a long debate &xxe;.</p>
<img src="{base}/photo.jpg" onerror="alert('SCRIPT-RAN')">
<iframe src="{base}/frame.html"></iframe>
<object data="{base}/movie.swf"></object><embed src="{base}/clip.swf">
<p>Mayor Daniel Okafor said construction would begin in spring 2026 near the old terminal
&remote;.</p>
<p>Critics said the city had not yet secured federal money for the project.</p>
</article></body></html>
"""


def mutate(text: str, rng: random.Random, edits: int) -> str:
    """Return ``text`` with random insertions, deletions, case changes and line breaks."""
    chars = list(text)
    junk = ["\n", "\n\n", " ", ".", "\u200b", "\t", "«", "»", "—", "\ufeff", "…", "é"]
    for _ in range(edits):
        if not chars:
            chars.append("x")
        where = rng.randrange(len(chars))
        action = rng.randrange(4)
        if action == 0:
            chars.insert(where, rng.choice(junk))
        elif action == 1:
            del chars[where : where + rng.randint(1, 12)]
        elif action == 2:
            chars[where] = chars[where].swapcase()
        else:
            chars.insert(where, "\n")
    return "".join(chars)


def corpus() -> dict[str, bytes]:
    """Return every small bad or odd input, by file name (each under ~100 KB but the bomb)."""
    rng = random.Random(1234)
    noise = bytes(rng.randrange(256) for _ in range(4096))
    pdf = text_pdf(ARTICLE.splitlines()[:8])
    return {
        "empty.txt": b"",
        "whitespace.txt": " \n\t\r\n   \n\u3000\u00a0".encode(),
        "one-word.txt": b"Harbor",
        "no-punctuation.txt": b" ".join([b"the ferry crossed the harbor again"] * 60),
        "only-numbers.txt": b"12 345 6789 0.5 42\n1 2 3 4 5 6 7 8 9 10 2024 2025\n",
        "nul-bytes.txt": ARTICLE.encode().replace(b" ", b"\0", 40),
        "all-nul.txt": b"\0" * 5000,
        "invalid-utf8.txt": ARTICLE.encode()[:300] + b"\xff\xfe\xc3\x28\xa0\xa1\xe2\x28\xa1"
        + ARTICLE.encode()[300:],
        # A title of its own: two briefs of one title would want the same output file.
        "utf16-no-bom.txt": ARTICLE.replace("Harbor Ferries", "Island Ferries", 1).encode(
            "utf-16-le"),
        "utf16be-no-bom.txt": ("Gull Island Lines will add a late crossing on Saturdays. The "
                               "operator said demand had grown since the spring.").encode(
            "utf-16-be"),
        "random.pdf": noise,
        "random.docx": noise,
        "random.html": noise,
        "random.txt": noise,
        "truncated.pdf": pdf[: len(pdf) // 2],
        "encrypted.pdf": encrypted_pdf(),
        "image-only.pdf": image_only_pdf(),
        "zip-bomb.docx": zip_bomb_docx(),
        "nested-100000.html": nested_html(100_000),
        "hostile.html": hostile_html().encode(),
        "mixed-languages.txt": MIXED.encode(),
        "right-to-left.txt": RTL.encode(),
        "emoji-combining.txt": EMOJI.encode(),
        "control-chars.txt": "".join(chr(c) for c in range(32)).encode() + ARTICLE.encode(),
        "mutated.txt": mutate(ARTICLE, rng, 120).encode("utf-8", "surrogatepass"),
    }


def write_corpus(folder: Path) -> list[Path]:
    """Write :func:`corpus` into ``folder``; return the paths in a stable order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in corpus().items():
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths


def write_large_text(path: Path, size: int) -> Path:
    """Write ``size`` bytes of prose-like text quickly (one chunk repeated)."""
    chunk = (ARTICLE.replace("\n", " ") + "\n").encode()
    with path.open("wb") as handle:
        handle.write(chunk * (size // len(chunk)))
        handle.write(b"x" * (size % len(chunk)))
    return path


def write_single_line(path: Path, size: int) -> Path:
    """Write ``size`` bytes of prose with no newline at all."""
    chunk = (ARTICLE.replace("\n", " ") + " ").encode()
    with path.open("wb") as handle:
        handle.write(chunk * (size // len(chunk)))
        handle.write(b"y" * (size % len(chunk)))
    return path


def offset_problems(brief: object) -> list[str]:
    """Return every way the Brief's offsets fail to index its text (empty when all is well)."""
    text: str = brief.text  # type: ignore[attr-defined]
    problems: list[str] = []

    def check(kind: str, start: int, end: int, quoted: str) -> None:
        if not 0 <= start <= end <= len(text):
            problems.append(f"{kind} [{start}:{end}] outside 0..{len(text)}")
        elif text[start:end] != quoted:
            problems.append(f"{kind} [{start}:{end}] is {text[start:end]!r}, not {quoted!r}")

    sentences = brief.sentences  # type: ignore[attr-defined]
    for sentence in sentences:
        check("sentence", sentence.start, sentence.end, sentence.text)
    for before, after in zip(sentences, sentences[1:], strict=False):
        if before.end > after.start:
            problems.append(f"sentences {before.index} and {after.index} overlap or are unsorted")
    if [s.index for s in sentences] != list(range(len(sentences))):
        problems.append("sentence indexes are not 0..n-1")
    by_index = {s.index: s for s in sentences}
    for sentence in brief.summary:  # type: ignore[attr-defined]
        check("summary sentence", sentence.start, sentence.end, sentence.text)
        if by_index.get(sentence.index) != sentence:
            problems.append(f"summary sentence {sentence.index} is not among the sentences")
    for entity in brief.entities:  # type: ignore[attr-defined]
        for mention in entity.mentions:
            check(f"mention of {entity.name!r}", mention.start, mention.end, mention.text)
    for keyword in brief.keywords:  # type: ignore[attr-defined]
        for mention in keyword.mentions:
            check(f"mention of keyword {keyword.text!r}", mention.start, mention.end, mention.text)
        if len(keyword.mentions) != keyword.count:
            problems.append(f"keyword {keyword.text!r}: {len(keyword.mentions)} mentions, "
                            f"count {keyword.count}")
    for date in brief.dates:  # type: ignore[attr-defined]
        check("date", date.start, date.end, date.text)
        if not -1 <= date.sentence < len(sentences):
            problems.append(f"date {date.text!r} names sentence {date.sentence}")
    return problems
