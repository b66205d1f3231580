"""Collect the licence texts of every distribution the bundle ships, from installed dist-info.

Usage: python build_scripts/collect_licenses.py OUT_DIR

Run at build time (build.py does) so the texts match the versions that are actually bundled.
Writes OUT_DIR/<name>-<version>/<licence files> and OUT_DIR/THIRD-PARTY-NOTICES.txt.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT_DISTRIBUTION = "inbrief"
# Always bundled, though not (or not visibly) a run-time requirement of inbrief: PyInstaller's
# bootloader is in every executable.
EXTRA_DISTRIBUTIONS = ("pyinstaller",)
# Required by a dependency's metadata but kept out of the bundle (bundle_plan.EXCLUDED_MODULES).
SKIPPED_DISTRIBUTIONS = {"setuptools", "pip", "wheel"}
LICENCE_FILE = re.compile(r"^(licen[cs]e|copying|notice|authors|copyright)", re.I)


@dataclass
class Notice:
    """One distribution's licence: its name, version, declared licence and collected files."""

    name: str
    version: str
    declared: str
    files: list[str] = field(default_factory=list)


def requirement_closure(root: str = ROOT_DISTRIBUTION) -> list[metadata.Distribution]:
    """Return ``root``'s installed run-time dependencies, recursively, sorted by name."""
    environment = {**default_environment(), "extra": ""}
    seen: dict[str, metadata.Distribution] = {}
    pending = [root]
    while pending:
        name = canonicalize_name(pending.pop())
        if name in seen or name in SKIPPED_DISTRIBUTIONS:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # an optional dependency that is not installed is not bundled either
        seen[name] = dist
        for text in dist.requires or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate(environment):
                pending.append(requirement.name)
    for name in EXTRA_DISTRIBUTIONS:  # only the bootloader ships, not its dependencies
        with contextlib.suppress(metadata.PackageNotFoundError):
            seen.setdefault(canonicalize_name(name), metadata.distribution(name))
    return [seen[key] for key in sorted(seen)]


def declared_licence(dist: metadata.Distribution) -> str:
    """Return the licence a distribution declares (SPDX expression, field or classifiers)."""
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    if text and len(text) < 120 and "\n" not in text:
        return text
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return "; ".join(classifiers) or ("see licence file" if text else "not declared")


def licence_files(dist: metadata.Distribution) -> list[Path]:
    """Return the licence files shipped in a distribution's metadata folder."""
    found: dict[str, Path] = {}
    for entry in dist.files or []:
        parts = entry.parts
        in_metadata = parts and parts[0].endswith((".dist-info", ".egg-info"))
        if in_metadata and LICENCE_FILE.match(entry.name):
            path = Path(str(dist.locate_file(entry)))
            if path.is_file():
                found[str(entry)] = path
    return [found[key] for key in sorted(found)]


def collect(
    out_dir: Path, distributions: list[metadata.Distribution] | None = None
) -> list[Notice]:
    """Copy licence texts into ``out_dir`` and write the index; return one Notice each."""
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    notices: list[Notice] = []
    for dist in distributions if distributions is not None else requirement_closure():
        name, version = dist.metadata["Name"], dist.version
        if canonicalize_name(name) == ROOT_DISTRIBUTION:
            continue  # our own licence is the project's LICENSE, not a third-party notice
        notice = Notice(name, version, declared_licence(dist))
        folder = out_dir / f"{canonicalize_name(name)}-{version}"
        for path in licence_files(dist):
            folder.mkdir(exist_ok=True)
            target = folder / path.name
            if target.exists():  # two files of one name (e.g. licenses/LICENSE and LICENSE)
                target = folder / f"{path.parent.name}-{path.name}"
            shutil.copyfile(path, target)
            notice.files.append(f"{folder.name}/{target.name}")
        if not notice.files and dist.metadata.get("License"):
            folder.mkdir(exist_ok=True)
            (folder / "LICENSE-from-metadata.txt").write_text(dist.metadata["License"], "utf-8")
            notice.files.append(f"{folder.name}/LICENSE-from-metadata.txt")
        notices.append(notice)
    notices.append(_python_notice(out_dir))
    (out_dir / "THIRD-PARTY-NOTICES.txt").write_text(index_text(notices), "utf-8")
    return notices


def _python_notice(out_dir: Path) -> Notice:
    """Copy the licence of the Python interpreter the bundle embeds."""
    version = ".".join(map(str, sys.version_info[:3]))
    notice = Notice("Python", version, "PSF-2.0")
    candidates = [
        Path(sys.base_prefix) / "LICENSE.txt",  # Windows, python.org macOS framework
        Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
        / "LICENSE.txt",
        Path(f"/usr/lib/python{sys.version_info[0]}.{sys.version_info[1]}/LICENSE.txt"),
    ]
    source = next((path for path in candidates if path.is_file()), None)
    if source is not None:
        folder = out_dir / f"python-{version}"
        folder.mkdir(exist_ok=True)
        shutil.copyfile(source, folder / "LICENSE.txt")
        notice.files.append(f"{folder.name}/LICENSE.txt")
    return notice


def index_text(notices: list[Notice]) -> str:
    """Return the human-readable index of bundled third-party software."""
    lines = [
        "InBrief bundles the following third-party software.",
        "Each folder next to this file holds the licence texts shipped by that package.",
        "Qt (through PySide6) is used under the LGPL-3.0 as separate shared libraries that",
        "can be replaced; its source is at https://code.qt.io/ and https://download.qt.io/.",
        "",
    ]
    for notice in sorted(notices, key=lambda n: n.name.lower()):
        files = ", ".join(notice.files) if notice.files else "(no licence file shipped)"
        lines.append(f"{notice.name} {notice.version}: {notice.declared}")
        lines.append(f"    {files}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Collect licences into the folder named on the command line; return the exit status."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    notices = collect(Path(args[0]))
    missing = [n.name for n in notices if not n.files]
    print(f"collected licences of {len(notices)} distributions into {args[0]}")
    if missing:
        print(f"no licence text shipped by: {', '.join(missing)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
