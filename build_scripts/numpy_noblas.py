"""numpy built from source without BLAS/LAPACK for the bundle: 28 MB of OpenBLAS left out.

numpy's Linux wheels carry OpenBLAS (25 MB, kernels for every x86 CPU, plus libgfortran). In
InBrief numpy multiplies sparse or small matrices (the NER's large products go through thinc's
BLIS), so numpy's own loops serve: the whole analysis (`tests/bench/pipeline_speed.py`) is
13-20% faster with this build, the optional dense summarizers up to 60 ms slower (figures in
build_scripts/README.md).
numpy supports the configuration officially (meson options ``allow-noblas``, ``blas=none``,
``lapack=none``; linear algebra then uses its bundled lapack_lite).

``prepare`` builds a wheel of the numpy version installed in the build environment (so every
extension compiled against it stays compatible), installs it into a folder under build/, checks
it, and returns the folder; build.py puts it first on PyInstaller's PYTHONPATH. It needs a C and
C++ compiler and reaches PyPI once (the sdist and meson-python); the folder is reused after.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

MESON_OPTIONS = ["-Dallow-noblas=true", "-Dblas=none", "-Dlapack=none"]
# Run with the built numpy first on the path: BLAS must be absent and arithmetic right.
_CHECK = """
import numpy
info = numpy.show_config(mode="dicts")["Build Dependencies"]
assert info["blas"]["name"] == "none", info["blas"]
a = numpy.arange(12.0).reshape(3, 4)
assert (a @ a.T).tolist() == [[14.0, 38.0, 62.0], [38.0, 126.0, 214.0], [62.0, 214.0, 366.0]]
assert abs(numpy.linalg.det(numpy.array([[2.0, 1.0], [1.0, 3.0]])) - 5.0) < 1e-12
print(numpy.__file__)
"""


class NoBlasError(Exception):
    """numpy could not be built or checked without BLAS; the message says why."""


def prepare(work: Path) -> Path:
    """Return a folder holding numpy built without BLAS, building it when not done yet."""
    version = metadata.version("numpy")
    target = work / f"numpy-{version}-noblas"
    done = target / ".inbrief-checked"
    if done.is_file():
        return target
    for tool in ("cc", "c++"):
        if shutil.which(tool) is None:
            raise NoBlasError(f"no {tool} compiler to build numpy (apt-get install gcc g++)")
    wheels = work / "wheels"
    command = [sys.executable, "-m", "pip", "wheel", f"numpy=={version}", "--no-binary",
               "numpy", "--no-deps", "--wheel-dir", str(wheels)]
    command += [f"--config-settings=setup-args={option}" for option in MESON_OPTIONS]
    print("+", " ".join(command), flush=True)
    _run(command, "building numpy from source")
    built = sorted(wheels.glob(f"numpy-{version}-*.whl"))
    if not built:
        raise NoBlasError(f"pip built no numpy {version} wheel in {wheels}")
    shutil.rmtree(target, ignore_errors=True)
    _run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-compile", "--target",
          str(target), str(built[-1])], "installing the built numpy")
    check = subprocess.run([sys.executable, "-c", _CHECK], env=environment(target),
                           capture_output=True, text=True, check=False)
    if check.returncode != 0 or not check.stdout.startswith(str(target)):
        shutil.rmtree(target, ignore_errors=True)
        raise NoBlasError(f"the built numpy failed its check: {check.stderr.strip()[-300:]}")
    done.write_text(version + "\n", encoding="utf-8")
    return target


def environment(folder: Path) -> dict[str, str]:
    """Return os.environ with ``folder`` first on PYTHONPATH."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(folder)] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    )
    return env


def _run(command: list[str], what: str) -> None:
    """Run a pip command; raise NoBlasError with the end of its output when it fails."""
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        tail = (result.stdout + result.stderr).strip().splitlines()[-5:]
        raise NoBlasError(f"{what} failed: " + " | ".join(tail))
