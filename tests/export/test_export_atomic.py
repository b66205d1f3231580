"""Atomic writes never leave partial files or overwrite without consent; file names are safe."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from inbrief.core.errors import InBriefError, OutputExists
from inbrief.export import atomic
from inbrief.export.atomic import safe_file_stem, write_atomic


def test_writes_text_and_bytes(tmp_path: Path) -> None:
    write_atomic(tmp_path / "a.md", "héllo")
    write_atomic(tmp_path / "b.bin", b"\x00\x01")
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "héllo"
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\x01"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "b.bin"]


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("keep me")
    with pytest.raises(OutputExists, match="already exists"):
        write_atomic(target, "new")
    assert target.read_text() == "keep me"
    write_atomic(target, "new", force=True)
    assert target.read_text() == "new"


def test_failed_write_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", broken_fsync)
    with pytest.raises(InBriefError, match="No space left"):
        write_atomic(tmp_path / "brief.pdf", b"%PDF-1.4 partial")
    assert list(tmp_path.iterdir()) == []


def test_failed_replace_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "brief.txt"
    target.write_text("old version")

    def broken_replace(src: str, dst: str) -> None:
        raise KeyboardInterrupt  # a cancel in the middle of the save

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "new version", force=True)
    assert target.read_text() == "old version"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.txt"]


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InBriefError, match="does not exist"):
        write_atomic(tmp_path / "nope" / "brief.md", "x")


def test_written_file_is_readable_by_others(tmp_path: Path) -> None:
    write_atomic(tmp_path / "a.txt", "x")
    if os.name == "posix":
        assert (tmp_path / "a.txt").stat().st_mode & 0o044 == 0o044


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Harbour wall: the vote", "Harbour wall the vote"),
        ('a/b\\c*d?e"f<g>h|i', "a b c d e f g h i"),
        ("CON", "CON brief"),
        ("con.txt", "con.txt brief"),
        ("LPT1", "LPT1 brief"),
        ("...", "brief"),
        ("", "brief"),
        ("  trailing dots...  ", "trailing dots"),
        ("Tab\tand\nnewline", "Tab and newline"),
    ],
)
def test_safe_file_stem(title: str, expected: str) -> None:
    assert safe_file_stem(title) == expected


def test_safe_file_stem_caps_length_on_a_word_and_keeps_emoji() -> None:
    stem = safe_file_stem("storm 🌊 warning " * 40)
    assert len(stem.encode("utf-8")) <= 120
    assert stem.startswith("storm 🌊 warning")
    assert stem.endswith("warning") or stem.endswith("🌊") or stem.endswith("storm")


def test_safe_file_stem_never_splits_a_character() -> None:
    stem = safe_file_stem("東京" * 100)
    assert len(stem.encode("utf-8")) <= 120
    stem.encode("utf-8").decode("utf-8")  # would raise on a split character
    assert set(stem) == {"東", "京"}
