"""Atomic file writes (temp file in the same folder, then rename) and OS-safe file names."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from pathlib import Path

from inbrief.core.errors import InBriefError, OutputExists

# Names Windows refuses whatever the extension ("CON.pdf" is still the console).
RESERVED = {
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
    *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10)),
    *(f"COM{c}" for c in "¹²³"), *(f"LPT{c}" for c in "¹²³"),
}  # fmt: skip
UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')
MAX_STEM_BYTES = 120  # well under 255-byte file name limits, leaving room for " (2).json"


def safe_file_stem(text: str, fallback: str = "brief") -> str:
    """Return ``text`` made into a file name stem valid on Windows, macOS and Linux."""
    text = unicodedata.normalize("NFC", text)
    text = UNSAFE.sub(" ", text)
    # Format characters (bidi controls, zero-width joiners) confuse file managers.
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cf", "Cs", "Co"))
    text = re.sub(r"\s+", " ", text).strip(" .")
    encoded = text.encode("utf-8")
    if len(encoded) > MAX_STEM_BYTES:
        text = encoded[:MAX_STEM_BYTES].decode("utf-8", errors="ignore")
        if " " in text[len(text) // 2 :]:
            text = text[: text.rfind(" ")]  # end on a whole word when one is near
        text = text.strip(" .")
    if not text:
        text = fallback
    if text.split(".")[0].strip().upper() in RESERVED:
        text = f"{text} brief"
    return text


def refuse_existing(path: Path, force: bool) -> None:
    """Raise OutputExists when ``path`` exists and overwriting was not allowed."""
    if not force and Path(path).exists():
        raise OutputExists(f"{path} already exists; choose another name or allow overwriting")


def write_atomic(path: Path, data: bytes | str, *, force: bool = False) -> None:
    """Write ``data`` to ``path`` through a temp file in the same folder, then rename it.

    A failed or interrupted write leaves no partial file; an existing file is replaced only
    when ``force`` is true (OutputExists otherwise).
    """
    path = Path(path)
    refuse_existing(path, force)
    if path.is_dir():
        raise OutputExists(f"{path} is a folder, not a file")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InBriefError(f"cannot write {path}: the folder {folder} does not exist")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{path.name[:40]}.", suffix=".part", dir=folder
        )
    except OSError as error:
        raise InBriefError(f"cannot write to {folder}: {error.strerror or error}") from error
    try:
        with os.fdopen(handle, "wb") as temp:
            if hasattr(os, "fchmod"):  # mkstemp makes 0600; a saved brief is an ordinary file
                os.fchmod(temp.fileno(), 0o644)
            temp.write(payload)
            temp.flush()
            os.fsync(temp.fileno())
        refuse_existing(path, force)  # it may have appeared while we were writing
        os.replace(temp_name, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(error, OSError):
            raise InBriefError(f"cannot write {path}: {error.strerror or error}") from error
        raise
