"""No network and no code from data: remote resources, external entities, pickles, a netless run."""

from __future__ import annotations

import io
import os
import re
import socket
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from bad_inputs import hostile_html, nested_html

from inbrief.core import text as text_module
from inbrief.core.errors import InBriefError
from inbrief.core.ingest import load_bytes
from inbrief.core.pipeline import analyze

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "desktop" / "inbrief"
SAMPLE = ROOT / "resources" / "sample-article.txt"
SECRET = "TOPSECRET-7f3a9c"


class Listener:
    """A TCP server on 127.0.0.1 that counts the connections anything makes to it."""

    def __init__(self) -> None:
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(16)
        self.server.settimeout(0.1)
        self.base = f"http://127.0.0.1:{self.server.getsockname()[1]}"
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self.server.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            connection.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.server.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET, encoding="utf-8")
    return path


def test_html_never_fetches_runs_or_reads_files(listener: Listener, secret_file: Path) -> None:
    page = hostile_html(listener.base, str(secret_file))
    for html in (page, page.replace("<body>", "<body>" + "<div>" * 300, 1)):  # parser, stripper
        brief = analyze(load_bytes(html.encode(), "page.html"))
        assert "approved a flood barrier" in brief.text
        assert SECRET not in brief.text and "SCRIPT-RAN" not in brief.text
        assert "127.0.0.1" not in brief.text
    assert listener.connections == 0


def test_deep_html_uses_the_stripper_without_losing_text() -> None:
    article = load_bytes(nested_html(100_000), "deep.html")
    assert article.text == "The council approved the barrier on Tuesday."


def _docx_with_doctype(doctype: str, paragraph_entity: str) -> bytes:
    """Return a .docx whose document.xml and core.xml start with ``doctype``."""
    document = docx.Document()
    document.add_paragraph("The council approved the barrier on Tuesday.")
    document.add_paragraph("ENTITY-HERE")
    document.core_properties.title = "Barrier vote"
    buffer = io.BytesIO()
    document.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename in ("word/document.xml", "docProps/core.xml"):
                xml = data.decode("utf-8")
                declaration_end = xml.index("?>") + 2
                root = re.search(r"<([\w:]+)", xml[declaration_end:]).group(1)  # type: ignore[union-attr]
                xml = xml[:declaration_end] + doctype.format(root=root) + xml[declaration_end:]
                xml = xml.replace("ENTITY-HERE", paragraph_entity)
                data = xml.encode("utf-8")
            archive.writestr(info, data)
    return out.getvalue()


def test_docx_external_entities_are_not_resolved(listener: Listener, secret_file: Path) -> None:
    doctype = (f'<!DOCTYPE {{root}} [<!ENTITY xxe SYSTEM "file://{secret_file}">'
               f'<!ENTITY remote SYSTEM "{listener.base}/evil.dtd"> %remote;]>')
    doctype_external = f'<!DOCTYPE {{root}} SYSTEM "{listener.base}/external.dtd">'
    for data in (_docx_with_doctype(doctype, "&xxe; &remote;"),
                 _docx_with_doctype(doctype_external, "plain words")):
        try:
            article = load_bytes(data, "memo.docx")
        except InBriefError:
            continue  # refusing the file is as safe as ignoring the entities
        assert SECRET not in article.text and SECRET not in article.title
    assert listener.connections == 0


def test_docx_entity_expansion_bomb_stays_small() -> None:
    laughs = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    data = _docx_with_doctype(f"<!DOCTYPE {{root}} [{laughs}]>", "&lol9;")
    try:
        article = load_bytes(data, "laughs.docx")
    except InBriefError:
        return
    assert len(article.text) < 10_000 and "lollollol" not in article.text


_RISKY = re.compile(
    r"\b(?:import|from)\s+(?:pickle|cPickle|_pickle|dill|joblib|shelve|marshal)\b"
    r"|\b(?:pickle|dill|joblib|marshal|torch)\.loads?\(|\bshelve\.open\("
    r"|\byaml\.(?:unsafe_)?load\(|allow_pickle\s*=\s*True"
)


def test_no_source_unpickles_or_unmarshals_data() -> None:
    # spaCy reads its model as msgpack and config text; langdetect reads JSON profiles.
    assert _RISKY.search("    data = pickle.loads(blob)") and _RISKY.search("import marshal")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted(SOURCES.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if _RISKY.search(line)
    ]
    assert offenders == []


def test_jieba_cache_is_kept_out_of_the_shared_temp_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    text_module._jieba.cache_clear()
    try:
        words = text_module.words("市议会周二批准了该计划", "zh")
        assert words
        assert (tmp_path / "InBrief" / "cache" / "jieba.cache").is_file()
    finally:
        text_module._jieba.cache_clear()


def _unshare_works() -> bool:
    try:
        return subprocess.run(["unshare", "-n", "true"], capture_output=True,
                              timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.mark.skipif(not _unshare_works(), reason="unshare -n needs root (or user namespaces)")
def test_cli_in_a_namespace_without_network(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"), "QT_QPA_PLATFORM": "offscreen",
           "XDG_DATA_HOME": str(tmp_path / "data")}
    target = tmp_path / "brief.pdf"
    page = tmp_path / "page.html"
    page.write_text(hostile_html("http://93.184.215.14", "/etc/hostname"), encoding="utf-8")
    done = subprocess.run(
        ["unshare", "-n", sys.executable, "-m", "inbrief", "brief", str(SAMPLE), str(page),
         "-o", str(tmp_path / "out")],
        capture_output=True, env=env, timeout=240, text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 2
    done = subprocess.run(
        ["unshare", "-n", sys.executable, "-m", "inbrief", "analyze", str(SAMPLE), "--format",
         "text"], capture_output=True, env=env, timeout=240, text=True,
    )
    assert done.returncode == 0 and "Okafor" in done.stdout, done.stderr
    assert not target.exists()


def _message(content_type: str, html: str, headers: str) -> bytes:
    """Return a MIME message with one HTML part and an image part, as mail and browsers save."""
    boundary = "----=_Part_0_1234"
    return (
        f"{headers}MIME-Version: 1.0\r\nContent-Type: {content_type}; "
        f'boundary="{boundary}"\r\n\r\n--{boundary}\r\nContent-Type: text/html; '
        f"charset=utf-8\r\nContent-Location: page.html\r\n\r\n{html}\r\n--{boundary}\r\n"
        "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        f"Content-Location: photo.png\r\n\r\niVBORw0KGgo=\r\n--{boundary}--\r\n"
    ).encode()


def test_web_archives_and_emails_never_fetch(listener: Listener, secret_file: Path) -> None:
    page = hostile_html(listener.base, str(secret_file))
    archive = _message("multipart/related", page, "Subject: saved page\r\n")
    mail = _message("multipart/alternative", page,
                    "From: Ana Silva <ana@example.org>\r\nSubject: Barrier approved\r\n"
                    "Date: Tue, 28 Oct 2025 09:00:00 +0000\r\n")
    for data, name in ((archive, "page.mhtml"), (mail, "news.eml")):
        brief = analyze(load_bytes(data, name))
        assert "approved a flood barrier" in brief.text, name
        assert SECRET not in brief.text and "SCRIPT-RAN" not in brief.text
    assert listener.connections == 0
