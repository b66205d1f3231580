"""No network, ever: every input format, the analysis and every export run with sockets blocked."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample-article.txt"

HTML = """<!doctype html><html><head><title>Port barrier approved</title>
<meta property="og:site_name" content="Harbor Daily">
<script src="https://tracker.example.com/t.js"></script>
<link rel="stylesheet" href="https://cdn.example.com/site.css"></head>
<body><article><h1>Port barrier approved</h1>
<p>The Harbor City Council approved a flood barrier on Tuesday after a long debate.</p>
<img src="https://images.example.com/photo.jpg">
<iframe src="https://ads.example.com/frame"></iframe>
<p>Mayor Daniel Okafor said construction would begin in spring 2026 near the old terminal.</p>
<p>Critics said the city had not secured federal money for the project yet.</p>
<script>fetch("https://tracker.example.com/ping")</script></article></body></html>"""


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every way of opening a connection fail loudly and record the attempt."""
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args)[:200])
        raise NetworkUsed(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def _inputs(folder: Path) -> list[Path]:
    from docx import Document
    from reportlab.pdfgen import canvas

    html = folder / "page.html"
    html.write_text(HTML, encoding="utf-8")
    md = folder / "note.md"
    md.write_text("# Barrier vote\n\nThe council voted on **Tuesday**. Okafor was pleased.\n",
                  encoding="utf-8")
    pdf = folder / "report.pdf"
    page = canvas.Canvas(str(pdf))
    page.drawString(72, 720, "The Harbor City Council approved the flood barrier on Tuesday.")
    page.drawString(72, 700, "Mayor Daniel Okafor said work would begin in spring 2026.")
    page.save()
    docx = folder / "memo.docx"
    document = Document()
    document.add_paragraph("The council approved the barrier on Tuesday, Oct. 28, 2024.")
    document.add_paragraph("Priya Raman voted against it in Harbor City.")
    document.save(str(docx))
    return [SAMPLE, html, md, pdf, docx]


def test_ingest_analysis_and_exports_never_touch_the_network(
    tmp_path: Path, no_network: list[str], qapp: object
) -> None:
    from inbrief.core.ingest import load_path
    from inbrief.core.pipeline import analyze
    from inbrief.export import jsonfile, markdown, pdf

    for number, path in enumerate(_inputs(tmp_path)):
        brief = analyze(load_path(path))
        assert brief.summary, path.name
        assert "tracker.example.com" not in brief.text
        pdf.write_pdf(brief, tmp_path / f"out{number}.pdf")
        (tmp_path / f"out{number}.md").write_text(markdown.to_markdown(brief), encoding="utf-8")
        (tmp_path / f"out{number}.txt").write_text(markdown.to_text(brief), encoding="utf-8")
        (tmp_path / f"out{number}.json").write_text(jsonfile.to_json(brief), encoding="utf-8")
    assert no_network == []
    assert len(list(tmp_path.glob("out*.pdf"))) == 5


def test_the_blocker_itself_works(no_network: list[str]) -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("192.0.2.1", 80))
    assert len(no_network) == 1
