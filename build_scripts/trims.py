"""The bundle's binary trims and the check that the installed versions are the verified ones.

Three trims cut or swap binary parts of a dependency, and each is correct only for what that
exact version contains: numpy built without BLAS (numpy_noblas.py), the blis.py stand-in
(standins/blis_py.py, which replaces the one blis.py function thinc calls) and the ICU data
subset (icu_data.py, which keeps the ICU data QtCore reaches). constraints.txt pins the versions
they were verified against. build.py applies a trim only when every package it depends on is
installed at its pinned version; otherwise it prints why and leaves the part whole: a bigger
bundle, never a broken one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

CONSTRAINTS = Path(__file__).resolve().parent / "constraints.txt"
_PIN = re.compile(r"([A-Za-z0-9][A-Za-z0-9._-]*)\s*==\s*([^\s;#]+)")


@dataclass(frozen=True)
class Trim:
    """One binary trim: its name on inbrief.spec's command line and what it depends on."""

    name: str
    label: str
    packages: tuple[str, ...]  # distributions whose exact version the trim was verified with
    saves_mb: float  # measured on Linux (build_scripts/README.md)
    linux_only: bool


# numpy's is the default on Linux only (build.py --numpy), but builds wherever it is asked for.
NUMPY_NOBLAS = Trim("numpy-noblas", "numpy without BLAS", ("numpy",), 26.8, linux_only=False)
BLIS_STANDIN = Trim("blis-standin", "the blis.py stand-in", ("blis", "thinc"), 18.1,
                    linux_only=False)
ICU_SUBSET = Trim("icu-subset", "the ICU data subset", ("PySide6-Essentials",), 23.6,
                  linux_only=True)
TRIMS = (NUMPY_NOBLAS, BLIS_STANDIN, ICU_SUBSET)
# The trims inbrief.spec applies itself (numpy goes in through PyInstaller's PYTHONPATH).
SPEC_TRIMS = tuple(trim.name for trim in TRIMS if trim is not NUMPY_NOBLAS)


@dataclass(frozen=True)
class Mismatch:
    """A package a trim depends on, installed at another version than the verified one."""

    package: str
    installed: str | None  # None: not installed
    verified: str | None  # None: not pinned in constraints.txt

    def describe(self) -> str:
        """Return e.g. "blis 1.3.5 is installed, verified: 1.3.4"."""
        installed = f"{self.package} {self.installed} is installed" if self.installed else \
            f"{self.package} is not installed"
        verified = self.verified or "none (not pinned in build_scripts/constraints.txt)"
        return f"{installed}, verified: {verified}"


@dataclass(frozen=True)
class TrimCheck:
    """Whether one trim may be applied to the installed versions, and if not, why."""

    trim: Trim
    mismatches: tuple[Mismatch, ...]

    @property
    def verified(self) -> bool:
        """Return True when every package of the trim is installed at its verified version."""
        return not self.mismatches

    def warning(self, applied: bool) -> str:
        """Return the build's warning for an unverified trim (skipped, or forced if applied)."""
        reasons = "; ".join(mismatch.describe() for mismatch in self.mismatches)
        if applied:
            return (f"build: warning: applying {self.trim.label} to unverified versions "
                    f"({reasons}): check the bundle with tests/test_bundle_trim.py and "
                    "smoke_test.py before moving the pins in build_scripts/constraints.txt")
        return (f"build: warning: skipping {self.trim.label} ({reasons}); the bundle keeps "
                f"that part whole, about {self.trim.saves_mb:.0f} MB bigger but correct. "
                "Build the verified set with: pip install -c build_scripts/constraints.txt "
                "\".[build]\" (to verify a new version: build_scripts/README.md)")


def normalize(name: str) -> str:
    """Return a distribution name in PEP 503 form ("PySide6_Essentials" -> "pyside6-essentials")."""
    return re.sub(r"[-_.]+", "-", name).lower()


def verified_versions(path: Path = CONSTRAINTS) -> dict[str, str]:
    """Return {normalized name: version} of the exact pins in a constraints file."""
    pins: dict[str, str] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        match = _PIN.fullmatch(line)
        if match is None:
            raise ValueError(f"{path.name}:{number}: not an exact pin (name==version): {raw!r}")
        pins[normalize(match.group(1))] = match.group(2)
    return pins


def installed_version(package: str) -> str | None:
    """Return the installed version of a distribution, None when it is not installed."""
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def check(
    trims: Iterable[Trim],
    verified: Mapping[str, str],
    installed: Callable[[str], str | None] | None = None,
) -> list[TrimCheck]:
    """Return, for each trim, the packages whose installed version is not the verified one."""
    lookup = installed or installed_version
    checks = []
    for trim in trims:
        mismatches = []
        for package in trim.packages:
            have, want = lookup(package), verified.get(normalize(package))
            if have is None or want is None or have != want:
                mismatches.append(Mismatch(package, have, want))
        checks.append(TrimCheck(trim, tuple(mismatches)))
    return checks


def relevant(platform: str, numpy_noblas: bool) -> list[Trim]:
    """Return the trims a build on ``platform`` would apply (numpy's only when asked for)."""
    linux = platform.startswith("linux")
    return [trim for trim in TRIMS
            if (linux or not trim.linux_only) and (numpy_noblas or trim is not NUMPY_NOBLAS)]
