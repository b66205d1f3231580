"""Checks of the bundle's size cuts (blis.py stand-in, ICU subset, numpy without BLAS)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import numpy
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build_scripts"))

import bundle_plan  # noqa: E402
import icu_data  # noqa: E402
import numpy_noblas  # noqa: E402
import smoke_test  # noqa: E402

# ------------------------------------------------------------------------ blis.py stand-in


@pytest.fixture(scope="module")
def standin() -> ModuleType:
    spec = importlib.util.spec_from_file_location("blis_standin", bundle_plan.STANDINS["blis.py"])
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("trans1", [False, True])
@pytest.mark.parametrize("trans2", [False, True])
@pytest.mark.parametrize("shape", [(1, 1, 1), (7, 5, 3), (64, 300, 96)])
def test_standin_gemm_is_bit_identical_to_blis(
    standin: ModuleType, trans1: bool, trans2: bool, shape: tuple[int, int, int]
) -> None:
    import blis.py as real

    rows, inner, columns = shape
    rng = numpy.random.default_rng(sum(shape))
    a = rng.standard_normal((inner, rows) if trans1 else (rows, inner)).astype("float32")
    b = rng.standard_normal((columns, inner) if trans2 else (inner, columns)).astype("float32")
    expected = real.gemm(a, b, trans1=trans1, trans2=trans2, beta=0.0)
    got = standin.gemm(a, b, trans1=trans1, trans2=trans2, beta=0.0)
    assert got.shape == (rows, columns) and got.dtype == numpy.float32
    assert numpy.array_equal(got, expected)
    # And both agree with numpy to float32 precision: the call passes the right strides.
    reference = (a.T if trans1 else a).astype("float64") @ (b.T if trans2 else b)
    assert numpy.allclose(got, reference, rtol=1e-4, atol=1e-4)


def test_standin_gemm_accumulates_into_out(standin: ModuleType) -> None:
    rng = numpy.random.default_rng(3)
    a = rng.standard_normal((4, 6)).astype("float32")
    b = rng.standard_normal((6, 5)).astype("float32")
    start = rng.standard_normal((4, 5)).astype("float32")
    out = start.copy()
    result = standin.gemm(a, b, out=out, alpha=0.5, beta=2.0)
    assert result is out
    assert numpy.allclose(out, 0.5 * (a @ b) + 2.0 * start, rtol=1e-5, atol=1e-5)


def test_standin_gemm_rejects_what_blis_rejects(standin: ModuleType) -> None:
    a = numpy.ones((3, 4), dtype="float32")
    with pytest.raises(ValueError, match="Shape mismatch"):
        standin.gemm(a, numpy.ones((5, 2), dtype="float32"))
    with pytest.raises(TypeError, match="float32 or float64"):
        standin.gemm(a.astype("int32"), numpy.ones((4, 2), dtype="int32"))
    with pytest.raises(ValueError, match="C-contiguous"):
        standin.gemm(numpy.ones((4, 3), dtype="float32").T, numpy.ones((4, 2), dtype="float32"))


def test_thinc_runs_on_the_standin(standin: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    # thinc's NumpyOps calls blis.py.gemm; swapped in, a layer gives the very same output.
    import blis
    from thinc.api import Linear, NumpyOps

    x = numpy.random.default_rng(5).standard_normal((9, 12)).astype("float32")
    model = Linear(7, 12)
    model.initialize()
    model.ops = NumpyOps()
    expected = model.predict(x)
    monkeypatch.setattr(blis, "py", standin)
    monkeypatch.setitem(sys.modules, "blis.py", standin)
    assert numpy.array_equal(model.predict(x), expected)


def test_use_standins_swaps_the_extension_for_the_module() -> None:
    binaries = [
        ("blis/py.cpython-311-x86_64-linux-gnu.so", "/x/py.so", "EXTENSION"),
        ("blis\\py.cp311-win_amd64.pyd", "C:/x/py.pyd", "EXTENSION"),
        ("blis/cy.cpython-311-x86_64-linux-gnu.so", "/x/cy.so", "EXTENSION"),
    ]
    pure = [("blis", "/x/blis/__init__.py", "PYMODULE")]
    kept, modules = bundle_plan.use_standins(binaries, pure)
    assert [entry[0] for entry in kept] == ["blis/cy.cpython-311-x86_64-linux-gnu.so"]
    assert ("blis.py", str(bundle_plan.STANDINS["blis.py"]), "PYMODULE") in modules
    assert ("blis", "/x/blis/__init__.py", "PYMODULE") in modules


# ------------------------------------------------------------------------ ICU data subset


def _package(items: dict[str, bytes]) -> bytes:
    """Return a hand-built ICU common data package (header layout from ICU's udata.h)."""
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0)
    header += b"CmnD" + bytes([1, 0, 0, 0]) + bytes(4)
    header += bytes(32 - len(header))
    names = sorted(items)
    name_blob = b"".join(name.encode() + b"\0" for name in names)
    table = 4 + 8 * len(names)
    start = (table + len(name_blob) + 15) & ~15
    toc, body, name_at = struct.pack("<I", len(names)), b"", table
    for name in names:
        toc += struct.pack("<II", name_at, start + len(body))
        name_at += len(name) + 1
        data = items[name]
        body += data + bytes((-len(data)) % 16)
    toc += name_blob
    return header + toc + bytes(start - len(toc)) + body


def test_icu_package_round_trip() -> None:
    items = {"icudt73l/root.res": b"R" * 16, "icudt73l/coll/sv.res": b"S" * 32,
             "icudt73l/lang/de.res": b"D" * 48}
    header, parsed = icu_data.parse_package(_package(items))
    assert dict(parsed) == items
    assert len(header) == 32
    rebuilt = icu_data.build_package(header, [(n, d) for n, d in parsed if "lang" not in n])
    assert dict(icu_data.parse_package(rebuilt)[1]) == {
        "icudt73l/coll/sv.res": b"S" * 32, "icudt73l/root.res": b"R" * 16}
    with pytest.raises(icu_data.IcuDataError):
        icu_data.parse_package(b"\0" * 64)


@pytest.mark.parametrize(("name", "size", "kept"), [
    ("icudt73l/root.res", 2_000, True),
    ("icudt73l/en_GB.res", 2_000, True),
    ("icudt73l/de.res", 2_000, False),
    ("icudt73l/zh_Hant_TW.res", 2_000, False),
    ("icudt73l/ibm-5348_P100-1997.cnv", 2_000, True),
    ("icudt73l/gb18030.cnv", 232_800, False),
    ("icudt73l/cnvalias.icu", 2_000, True),
    ("icudt73l/zoneinfo64.res", 2_000, True),
    ("icudt73l/coll/sv.res", 2_000, True),
    ("icudt73l/coll/ucadata.icu", 2_000, True),
    ("icudt73l/lang/de.res", 2_000, False),
    ("icudt73l/lang/en.res", 2_000, True),
    ("icudt73l/zone/pool.res", 2_000, True),
    ("icudt73l/brkitr/cjdict.dict", 2_000, False),
    ("icudt73l/brkitr/word.brk", 2_000, True),
])
def test_icu_subset_keeps_what_qt_reaches(name: str, size: int, kept: bool) -> None:
    assert icu_data.keep_item(name, size) is kept


def _installed_icu_data() -> Path:
    from PySide6 import QtCore

    found = sorted((Path(QtCore.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found or not (shutil.which("nm") and shutil.which("cc")):
        pytest.skip("Linux PySide6 wheel with ICU, nm and cc needed")
    return found[0]


_PROBE = """
import functools
from PySide6.QtCore import QCollator, QLocale, QStringDecoder
words = ["zebra", "äpple", "Åsa", "apple", "file10", "file9", "Öl", "été"]
for name in ("sv_SE", "de_DE", "en_US"):
    collator = QCollator(QLocale(name))
    collator.setNumericMode(True)
    print(name, sorted(words, key=functools.cmp_to_key(collator.compare)))
print([QStringDecoder(e).isValid() for e in ("windows-1252", "KOI8-R", "ISO-8859-7", "IBM866")])
print(QLocale("tr_TR").toUpper("istanbul"))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ICU ships with Qt on Linux")
def test_icu_subset_library_serves_qt_like_the_original(tmp_path: Path) -> None:
    source = _installed_icu_data()
    target = tmp_path / source.name
    before, after = icu_data.subset_library(source, target)
    assert after < before / 2
    _, original = icu_data.parse_package(icu_data.read_library(source)[1])
    _, subset = icu_data.parse_package(icu_data.read_library(target)[1])
    assert dict(subset)["icudt73l/coll/sv.res"] == dict(original)["icudt73l/coll/sv.res"]

    def probe(library_dir: str | None) -> str:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        if library_dir:
            env["LD_LIBRARY_PATH"] = library_dir
        done = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True,
                              text=True, timeout=60, check=True)
        return done.stdout

    with_subset = probe(str(tmp_path))
    assert with_subset == probe(None)
    # Swedish sorts å, ä, ö after z, which only the Swedish collation data knows.
    assert "'zebra', 'Åsa', 'äpple', 'Öl'" in with_subset.splitlines()[0]
    assert "İSTANBUL" in with_subset
    assert "[True, True, True, True]" in with_subset


# ------------------------------------------------------------------------ numpy without BLAS


def test_noblas_numpy_goes_first_on_the_path(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(["/a", "/b"]))
    env = numpy_noblas.environment(tmp_path)
    assert env["PYTHONPATH"].split(os.pathsep) == [str(tmp_path), "/a", "/b"]


def test_noblas_numpy_is_reused_once_checked(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib import metadata

    folder = tmp_path / f"numpy-{metadata.version('numpy')}-noblas"
    folder.mkdir()
    (folder / ".inbrief-checked").write_text("done\n", encoding="utf-8")

    def no_build(*args: object, **kwargs: object) -> None:
        raise AssertionError("prepare() ran a command although the build was done")

    monkeypatch.setattr(numpy_noblas.subprocess, "run", no_build)
    assert numpy_noblas.prepare(tmp_path) == folder


def test_noblas_numpy_needs_compilers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(numpy_noblas.shutil, "which", lambda tool: None)
    with pytest.raises(numpy_noblas.NoBlasError, match="compiler"):
        numpy_noblas.prepare(tmp_path)


def test_noblas_check_rejects_a_numpy_with_blas(tmp_path: Path) -> None:
    # The check run on the built numpy: the installed wheel (with OpenBLAS) must fail it.
    done = subprocess.run([sys.executable, "-c", numpy_noblas._CHECK], capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode != 0
    assert "blas" in done.stderr.lower()


# ------------------------------------------------------------------------ smoke test's log


def test_smoke_log_check_fails_on_warnings(tmp_path: Path) -> None:
    runner = smoke_test.Runner(Path("cli"), Path("gui"), tmp_path, [])
    folder = tmp_path / "home" / ".local" / "share" / "InBrief"
    folder.mkdir(parents=True)
    log = folder / "inbrief.log"
    log.write_text("2026-01-01 10:00:00,000 INFO inbrief.cli: brief written\n", "utf-8")
    assert smoke_test.check_log(runner) == "1 lines, no warnings"
    with log.open("a", encoding="utf-8") as handle:
        handle.write("2026-01-01 10:00:01,000 WARNING inbrief.core.entities: could not load "
                     "spaCy for en: missing file\n")
    with pytest.raises(smoke_test.SmokeFailure, match="could not load spaCy"):
        smoke_test.check_log(runner)
