"""Linux only: rebuild Qt's libicudata with the ICU data Qt can use, not all of ICU (32 MB).

PySide6's Linux wheel ships ICU 73 whole, but QtCore calls only a few ICU services: code
converters (QStringConverter for encodings it does not build in; the single-byte ones stay),
collation (QCollator; the file dialog sorts names with it, in every locale), case mapping and
time zone names (in English). The rest of the data
(localized names of languages, regions, currencies and units, number spell-out rules,
dictionaries of the word-break iterator, which Qt never opens) is dead weight.

``subset_library`` reads the data package out of libicudata.so (the ``icudtNN_dat`` symbol),
keeps the items ``keep_item`` accepts, and links a new library with the same soname and
symbol. ICU finds the data exactly as before; a lookup of a dropped locale falls back to the
root locale, as ICU does for any locale it lacks. It needs ``nm`` and a C compiler (``cc``);
without them the build keeps the original library.

The common data format (ICU's udata.h, ucmndata.h): a header (uint16 size, magic 0xda27,
UDataInfo with format "CmnD"), then at that size a table of contents: uint32 count and
``count`` pairs of uint32 (name offset, data offset) relative to the table, names sorted, each
item 16-byte aligned.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path, PurePosixPath

# Trees whose data QtCore reaches: every collation (QCollator honours the user's locale) and the
# converter tables at the top level. In the other trees only the root and English bundles stay.
_KEEP_TREES = {"coll"}
# Locale bundles of the top level and of the name trees: "de.res", "zh_Hant_TW.res"...
_LOCALE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*\.res")
_ALWAYS = {"root.res", "pool.res", "res_index.res"}
_SMALL_CONVERTER = 40_000  # bytes: every single-byte code page is far smaller
_SYMBOL = re.compile(r"^[0-9a-f]+\s+([0-9a-f]+)\s+\w\s+(icudt\d+_dat)$", re.M)


class IcuDataError(Exception):
    """The library is not an ICU data library this script understands."""


def keep_item(name: str, size: int = 0) -> bool:
    """Return True when the item (e.g. "icudt73l/coll/sv.res", ``size`` bytes) stays."""
    parts = PurePosixPath(name).parts[1:]  # drop the package prefix "icudt73l"
    if not parts:
        return False
    leaf = parts[-1]
    if len(parts) == 1:
        if leaf.endswith(".cnv"):
            # Single-byte tables stay; the big CJK and EBCDIC multi-byte tables (4.6 MB) go:
            # InBrief decodes files with Python's codecs, never through QStringDecoder.
            return size <= _SMALL_CONVERTER
        # Top level: properties, normalization, time zone and metadata tables, plus the root
        # and English locale bundles.
        return not _LOCALE.fullmatch(leaf) or leaf in _ALWAYS or _is_english(leaf)
    tree = parts[0]
    if tree in _KEEP_TREES:
        return True
    if leaf.endswith(".dict"):
        return False  # word-break dictionaries (CJK, Thai, Khmer...): Qt never opens ubrk
    if not leaf.endswith(".res"):
        return True  # break rules (.brk), confusables and the like: small
    return leaf in _ALWAYS or _is_english(leaf)


def _is_english(leaf: str) -> bool:
    """Return True for the English locale bundles ("en.res", "en_GB.res")."""
    return leaf == "en.res" or leaf.startswith("en_")


def parse_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Return (header, [(name, data)...]) of an ICU common data package."""
    if len(blob) < 32 or blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise IcuDataError("not an ICU common data package (no CmnD header)")
    header_size = struct.unpack_from("<H", blob, 0)[0]
    count = struct.unpack_from("<I", blob, header_size)[0]
    entries = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        start = header_size + name_offset
        name = blob[start:blob.index(b"\0", start)].decode("ascii")
        end = entries[index + 1][1] if index + 1 < count else len(blob) - header_size
        items.append((name, blob[header_size + data_offset:header_size + end]))
    return blob[:header_size], items


def build_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """Return a common data package of ``items`` (sorted by name) under ``header``."""
    items = sorted(items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    data_start = _align(table_size + len(names))
    toc = bytearray(struct.pack("<I", len(items)))
    body = bytearray()
    name_offset = table_size
    for name, data in items:
        toc += struct.pack("<II", name_offset, data_start + len(body))
        name_offset += len(name) + 1
        body += data + b"\0" * (_align(len(data)) - len(data))
    toc += names
    toc += b"\0" * (data_start - len(toc))
    return header + bytes(toc) + bytes(body)


def _align(size: int) -> int:
    """Return ``size`` rounded up to ICU's 16-byte item alignment."""
    return (size + 15) & ~15


def read_library(path: Path) -> tuple[str, bytes]:
    """Return (symbol name, data package) found in an ICU data library."""
    listing = subprocess.run(["nm", "-D", "-S", "--defined-only", str(path)],
                             capture_output=True, text=True, check=False).stdout
    match = _SYMBOL.search(listing)
    if match is None:
        raise IcuDataError(f"{path.name}: no icudtNN_dat symbol")
    symbol, size = match.group(2), int(match.group(1), 16)
    blob = path.read_bytes()
    # The symbol's file offset: its package header is the one place the data starts.
    start = blob.find(b"\xda\x27")
    while start >= 2 and blob[start + 10:start + 14] != b"CmnD":
        start = blob.find(b"\xda\x27", start + 1)
    if start < 2:
        raise IcuDataError(f"{path.name}: no ICU data package inside")
    return symbol, blob[start - 2:start - 2 + size]


def link_library(symbol: str, package: bytes, soname: str, target: Path) -> None:
    """Write a shared library exporting ``package`` as ``symbol`` under ``soname``."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise IcuDataError("no C compiler (cc) to link the ICU data library")
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "icudata.bin"
        data.write_bytes(package)
        source = Path(folder) / "icudata.S"
        source.write_text(
            f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n'
            f'\t.balign 16\n{symbol}:\n\t.incbin "{data}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([compiler, "-shared", "-nostdlib", f"-Wl,-soname,{soname}",
                        "-Wl,-z,noexecstack", "-o", str(target), str(source)],
                       check=True, capture_output=True)


def subset_library(source: Path, target: Path) -> tuple[int, int]:
    """Write the subset of ICU data library ``source`` to ``target``; return (old, new) sizes."""
    symbol, package = read_library(source)
    header, items = parse_package(package)
    kept = [(name, data) for name, data in items if keep_item(name, len(data))]
    if not any(name.endswith("/root.res") for name, _ in kept):
        raise IcuDataError(f"{source.name}: no root locale in the data package")
    link_library(symbol, build_package(header, kept), source.name, target)
    return source.stat().st_size, target.stat().st_size


def subset_in_toc(
    binaries: list[tuple[str, str, str]], cache: Path
) -> tuple[list[tuple[str, str, str]], int]:
    """Return the TOC with every libicudata replaced by its subset, and the bytes saved.

    A library this script cannot read or relink (no compiler, another layout) stays as it is,
    with a warning: the bundle is then larger, never broken.
    """
    result = []
    saved = 0
    for dest, source, kind in binaries:
        name = PurePosixPath(dest.replace("\\", "/")).name
        if kind != "BINARY" or not name.startswith("libicudata.so"):
            result.append((dest, source, kind))
            continue
        target = cache / "icu" / name
        try:
            before, after = subset_library(Path(source), target)
        except (IcuDataError, OSError, subprocess.CalledProcessError) as error:
            print(f"icu_data: warning: {name} kept whole ({error})")
            result.append((dest, source, kind))
            continue
        saved += before - after
        result.append((dest, str(target), kind))
    return result, saved
