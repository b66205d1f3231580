"""Linux-only trimming of the bundle's shared libraries: drop orphans, strip debug sections.

Both work on PyInstaller TOC entries (dest, source, typecode) and change nothing elsewhere.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

Entry = tuple[str, str, str]

# Folders auditwheel/delocate fill with vendored, patchelf-modified libraries (numpy.libs,
# scipy.libs...): stripping those is what breaks numpy, so they are never touched.
_VENDORED = re.compile(r"(^|/)[^/]+\.libs/|(^|/)\.dylibs/")
_SONAME = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")


def needed_libraries(path: str) -> list[str]:
    """Return the sonames an ELF file links against (its DT_NEEDED entries)."""
    result = subprocess.run(
        ["readelf", "-d", path], capture_output=True, text=True, check=False
    )
    return _SONAME.findall(result.stdout)


def is_top_level_library(entry: Entry) -> bool:
    """Return True for a shared library PyInstaller copied next to the executable."""
    dest, _source, kind = entry
    return kind == "BINARY" and "/" not in dest.replace("\\", "/") and ".so" in dest


def drop_orphans(binaries: Iterable[Entry], keep: re.Pattern[str] | None = None) -> list[Entry]:
    """Return ``binaries`` without top-level libraries nothing kept links to.

    PyInstaller collects the dependencies of every plugin before the spec prunes plugins, so
    the libraries of dropped plugins (GTK for the gtk3 theme, for example) stay behind. Roots
    are extension modules, Qt plugins and libraries inside package folders; a top-level
    library stays only when a root needs it, directly or through another kept library.
    """
    entries = list(binaries)
    by_name = {PurePosixPath(e[0].replace("\\", "/")).name: e for e in entries}
    roots = [e for e in entries if not is_top_level_library(e)]
    if shutil.which("readelf") is None:
        return entries
    wanted: set[str] = set()
    pending = [e[1] for e in roots if e[2] != "SYMLINK"]
    seen: set[str] = set()
    while pending:
        source = pending.pop()
        if source in seen:
            continue
        seen.add(source)
        for soname in needed_libraries(source):
            wanted.add(soname)
            dependency = by_name.get(soname)
            if dependency is not None and dependency[2] != "SYMLINK":
                pending.append(dependency[1])
    kept = []
    for entry in entries:
        name = PurePosixPath(entry[0].replace("\\", "/")).name
        orphan = is_top_level_library(entry) and name not in wanted
        if orphan and not (keep is not None and keep.search(name)) and not name.startswith(
            "libpython"
        ):
            continue
        kept.append(entry)
    return kept


def strip_debug_copies(binaries: Iterable[Entry], cache: Path) -> tuple[list[Entry], int]:
    """Return the TOC with debug sections stripped from copies of eligible ELF files.

    Only `strip --strip-debug` (symbols stay, so nothing that looks symbols up breaks), never
    on vendored folders (numpy.libs and friends). Copies live in ``cache`` keyed by the source
    file's content so rebuilds reuse them. Also returns the bytes saved.
    """
    if shutil.which("strip") is None:
        return list(binaries), 0
    cache.mkdir(parents=True, exist_ok=True)
    result: list[Entry] = []
    saved = 0
    for dest, source, kind in binaries:
        if kind not in ("BINARY", "EXTENSION") or _VENDORED.search(dest.replace("\\", "/")):
            result.append((dest, source, kind))
            continue
        stripped = _stripped_copy(Path(source), cache)
        if stripped is None:
            result.append((dest, source, kind))
            continue
        saved += Path(source).stat().st_size - stripped.stat().st_size
        result.append((dest, str(stripped), kind))
    return result, saved


def _stripped_copy(source: Path, cache: Path) -> Path | None:
    """Return a debug-stripped copy of ``source``, or None when it has nothing to strip."""
    with source.open("rb") as handle:
        if handle.read(4) != b"\x7fELF":
            return None
        digest = hashlib.sha1(usedforsecurity=False)
        handle.seek(0)
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    target = cache / digest.hexdigest()[:16] / source.name
    marker = target.with_name(target.name + ".nodebug")
    if marker.exists():
        return None
    if target.exists():
        return target
    sections = subprocess.run(["readelf", "-S", str(source)], capture_output=True, text=True,
                              check=False).stdout
    target.parent.mkdir(parents=True, exist_ok=True)
    if ".debug_" not in sections:
        marker.touch()
        return None
    shutil.copy2(source, target)
    done = subprocess.run(["strip", "--strip-debug", str(target)], capture_output=True,
                          check=False)
    if done.returncode != 0:
        target.unlink()
        marker.touch()
        return None
    return target
