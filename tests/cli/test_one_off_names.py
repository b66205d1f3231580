"""A one-off `inbrief analyze` / `brief` finds names in a second process when a core is idle."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from inbrief import cli
from inbrief.core.entities import process

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample-article.txt"


class Recording(process.NameProcess):
    """A real name process that remembers itself, so that a test can look at its child."""

    made: list[Recording] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        Recording.made.append(self)


@pytest.fixture
def one_off(monkeypatch: pytest.MonkeyPatch) -> list[Recording]:
    """Run main() as console_main does, on a machine with two idle cores."""
    Recording.made = []
    monkeypatch.setattr(cli, "_ONE_OFF", True)
    monkeypatch.setattr(cli, "_idle_cores", lambda: 2.0)
    monkeypatch.setattr(process, "NameProcess", Recording)
    return Recording.made


def _analysed(capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert cli.main(["analyze", str(SAMPLE), "--format", "json"]) == cli.EXIT_OK
    result = json.loads(capsys.readouterr().out)
    result.pop("timings", None)
    return result


def test_names_come_from_the_child_and_the_brief_is_the_same(
    one_off: list[Recording], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    there = _analysed(capsys)
    assert len(one_off) == 1
    child = one_off[0].process
    assert child is not None and not child.is_alive()
    assert child.exitcode == 0  # stopped by its stop message, not terminated
    monkeypatch.setattr(cli, "_ONE_OFF", False)
    here = _analysed(capsys)
    assert len(one_off) == 1  # main() called from a program finds names in its own process
    assert there == here
    assert any(e["type"] == "person" for e in here["entities"])


def test_a_busy_machine_finds_names_in_this_process(
    one_off: list[Recording], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "_idle_cores", lambda: cli.SPARE_CORE - 0.1)
    assert cli._names_for_one_text() is process.IN_PROCESS
    assert one_off == []


def test_a_one_off_brief_uses_the_child_and_stops_it(
    one_off: list[Recording], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "sample.pdf"
    assert cli.main(["brief", str(SAMPLE), "-o", str(target)]) == cli.EXIT_OK
    assert target.read_bytes().startswith(b"%PDF")
    assert len(one_off) == 1 and one_off[0].process.exitcode == 0


def test_a_file_that_cannot_be_read_still_stops_the_child(
    one_off: list[Recording], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    assert cli.main(["analyze", str(empty)]) == cli.EXIT_BAD_INPUT
    assert "empty.txt" in capsys.readouterr().err
    assert len(one_off) == 1 and not one_off[0].process.is_alive()


def test_idle_cores_take_the_load_off_the_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli.os, "sched_getaffinity", lambda pid: {0, 1, 2, 3}, raising=False)
    monkeypatch.setattr(cli.os, "getloadavg", lambda: (1.5, 1.0, 1.0))
    assert cli._idle_cores() == pytest.approx(2.5)
