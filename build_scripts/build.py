"""Build the standalone InBrief: dist/InBrief/ (onedir) or, with --onefile, dist/onefile/InBrief.

Usage (after `pip install ".[build]"`):
    python build_scripts/build.py [--onefile] [--clean] [--icons] [--enforce-budget]
                                  [--numpy noblas|wheel] [--unverified-trims]

Steps: check the icons, collect third-party licences, check that the packages the binary trims
depend on are installed at the versions in constraints.txt (a trim is skipped with a warning
otherwise, see trims.py), on Linux build numpy without BLAS (once, see numpy_noblas.py), run
PyInstaller on inbrief.spec, print a size report (the 15 largest parts) and check the size
budget.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import bundle_plan  # noqa: E402
import collect_licenses  # noqa: E402
import numpy_noblas  # noqa: E402
import trims  # noqa: E402

# Linux budgets from the issue; other systems report without failing.
BUDGET_MB = {"onedir": 200, "onefile": 110}


def tree_size(path: Path) -> int:
    """Return the size in bytes of a file or of everything under a folder (links not followed)."""
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def largest_parts(bundle: Path, count: int = 15) -> list[tuple[str, int]]:
    """Return the ``count`` largest parts of a onedir bundle as (relative path, bytes).

    A part is a top-level entry of the bundle's _internal folder, except that the few big
    umbrella folders (PySide6, PySide6/Qt, PySide6/Qt/lib) are opened one level further so the
    report names libraries, not just "PySide6".
    """
    internal = bundle / "_internal"
    base = internal if internal.is_dir() else bundle
    if sys.platform == "darwin" and (bundle / "Contents").is_dir():
        base = bundle / "Contents" / "Frameworks"
    umbrellas = {"PySide6", "PySide6/Qt", "PySide6/Qt/lib", "PySide6/Qt/plugins"}
    parts: list[tuple[str, int]] = []
    pending = sorted(base.iterdir())
    while pending:
        entry = pending.pop()
        relative = entry.relative_to(base).as_posix()
        if entry.is_dir() and not entry.is_symlink() and relative in umbrellas:
            pending.extend(sorted(entry.iterdir()))
            continue
        parts.append((relative, tree_size(entry)))
    return sorted(parts, key=lambda item: item[1], reverse=True)[:count]


def size_report(target: Path, kind: str) -> str:
    """Return the printed size report of a built bundle or single file."""
    total = tree_size(target)
    lines = [f"{kind} {target}: {total / 1e6:.1f} MB (budget on Linux: {BUDGET_MB[kind]} MB)"]
    if target.is_dir():
        lines.append("largest parts:")
        for relative, size in largest_parts(target):
            lines.append(f"  {size / 1e6:7.1f} MB  {relative}")
    return "\n".join(lines)


def over_budget(target: Path, kind: str) -> bool:
    """Return True when a Linux build is larger than its budget."""
    return sys.platform.startswith("linux") and tree_size(target) > BUDGET_MB[kind] * 1e6


def ensure_icons(regenerate: bool) -> None:
    """Make sure the icon files exist; regenerate them from the SVG when asked or missing."""
    needed = [bundle_plan.icon_for_platform()]
    if not regenerate and all(path.is_file() for path in needed):
        return
    import make_icons

    make_icons.main([])


def run_pyinstaller(
    onefile: bool, licenses: Path, clean: bool, numpy_folder: Path | None = None,
    spec_trims: Sequence[str] = (),
) -> Path:
    """Run PyInstaller on the spec; return the built bundle folder or single file.

    ``numpy_folder`` (numpy built without BLAS) goes first on PyInstaller's PYTHONPATH, so the
    analysis, its hooks and the collected files all see that numpy. ``spec_trims`` names the
    trims the spec applies (trims.SPEC_TRIMS); the others leave their part whole.
    """
    dist = ROOT / "dist" / ("onefile" if onefile else "")
    work = ROOT / "build" / ("pyinstaller-onefile" if onefile else "pyinstaller")
    command = [
        sys.executable, "-m", "PyInstaller", str(HERE / "inbrief.spec"),
        "--noconfirm", "--log-level", os.environ.get("INBRIEF_PYI_LOG", "WARN"),
        "--distpath", str(dist), "--workpath", str(work),
    ]
    if clean:
        command.append("--clean")
    command += ["--", "--licenses", str(licenses)]
    for name in spec_trims:
        command += ["--trim", name]
    if onefile:
        command.append("--onefile")
    print("+", " ".join(command), flush=True)
    env = numpy_noblas.environment(numpy_folder) if numpy_folder else None
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    name = bundle_plan.APP_NAME + (".exe" if sys.platform.startswith("win") else "")
    return dist / name if onefile else dist / bundle_plan.APP_NAME


def choose_trims(
    numpy_noblas: bool, unverified: bool, platform: str | None = None
) -> tuple[list[trims.Trim], list[trims.Trim]]:
    """Return (trims to apply, trims skipped); print a warning for each unverified trim.

    A trim is applied when the packages it depends on are installed at the versions of
    constraints.txt, or when ``unverified`` (--unverified-trims) forces it.
    """
    applied: list[trims.Trim] = []
    skipped: list[trims.Trim] = []
    verified = trims.verified_versions()
    for result in trims.check(trims.relevant(platform or sys.platform, numpy_noblas), verified):
        (applied if result.verified or unverified else skipped).append(result.trim)
        if not result.verified:
            print(result.warning(applied=unverified), file=sys.stderr, flush=True)
    return applied, skipped


def budget_message(kind: str, skipped: Sequence[trims.Trim]) -> str:
    """Return the over-budget warning, naming the skipped trims that made the bundle bigger."""
    message = f"build: warning: {kind} is over its {BUDGET_MB[kind]} MB budget"
    if skipped:
        labels = ", ".join(trim.label for trim in skipped)
        message += (f" (the budget assumes every trim; skipped: {labels}: install with "
                    "-c build_scripts/constraints.txt)")
    return message


def main(argv: list[str] | None = None) -> int:
    """Build the bundle and print its size report; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onefile", action="store_true", help="build one self-extracting file")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--icons", action="store_true", help="regenerate icons from the SVG")
    parser.add_argument("--enforce-budget", action="store_true",
                        help="fail (status 3) when a Linux build is over its size budget")
    parser.add_argument("--numpy", choices=("noblas", "wheel"),
                        default="noblas" if sys.platform.startswith("linux") else "wheel",
                        help="bundle numpy built without BLAS (default on Linux: 28 MB less; "
                        "needs cc/c++ the first time) or the installed wheel")
    parser.add_argument("--unverified-trims", action="store_true",
                        help="apply the binary trims even to versions other than those of "
                        "constraints.txt (to verify a new version; see README.md)")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print('build: PyInstaller is missing; run: pip install ".[build]"', file=sys.stderr)
        return 2

    started = time.perf_counter()
    ensure_icons(args.icons)
    licenses = ROOT / "build" / "licenses"
    notices = collect_licenses.collect(licenses)
    print(f"build: collected licences of {len(notices)} distributions", flush=True)
    applied, skipped = choose_trims(args.numpy == "noblas", args.unverified_trims)
    numpy_folder = None
    if trims.NUMPY_NOBLAS in applied:
        try:
            numpy_folder = numpy_noblas.prepare(ROOT / "build" / "numpy")
            print(f"build: numpy without BLAS from {numpy_folder}", flush=True)
        except numpy_noblas.NoBlasError as error:
            print(f"build: warning: bundling the installed numpy with OpenBLAS ({error})",
                  file=sys.stderr, flush=True)
            applied.remove(trims.NUMPY_NOBLAS)
            skipped.append(trims.NUMPY_NOBLAS)
    spec_trims = [trim.name for trim in applied if trim.name in trims.SPEC_TRIMS]
    try:
        target = run_pyinstaller(args.onefile, licenses, args.clean, numpy_folder, spec_trims)
    except subprocess.CalledProcessError as error:
        print(f"build: PyInstaller failed with status {error.returncode}", file=sys.stderr)
        return 1
    kind = "onefile" if args.onefile else "onedir"
    print(size_report(target, kind))
    if sys.platform == "darwin" and not args.onefile:
        print(f"macOS application: {target.parent / (bundle_plan.APP_NAME + '.app')}")
    print("build: trims applied: " + (", ".join(t.label for t in applied) or "none")
          + "; skipped: " + (", ".join(t.label for t in skipped) or "none"))
    print(f"build: done in {time.perf_counter() - started:.0f} s")
    if over_budget(target, kind):
        print(budget_message(kind, skipped), file=sys.stderr)
        if args.enforce_budget:
            return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
