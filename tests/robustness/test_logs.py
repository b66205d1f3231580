"""Tests for the rotating diagnostics log: its folder, rotation and an unwritable folder."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from inbrief import logs


def test_data_dir_per_platform() -> None:
    home = Path("/home/ana")
    assert logs.data_dir({}, "linux", home) == Path("/home/ana/.local/share/InBrief")
    assert logs.data_dir({"XDG_DATA_HOME": "/data"}, "linux", home) == Path("/data/InBrief")
    # A relative XDG_DATA_HOME is invalid by the spec and ignored.
    assert logs.data_dir({"XDG_DATA_HOME": "rel"}, "linux", home) == Path(
        "/home/ana/.local/share/InBrief")
    assert logs.data_dir({}, "darwin", home) == Path(
        "/home/ana/Library/Application Support/InBrief")
    assert logs.data_dir({"LOCALAPPDATA": "C:/Users/ana/AppData/Local"}, "win32", home) == Path(
        "C:/Users/ana/AppData/Local/InBrief")
    assert logs.data_dir({}, "win32", home) == Path("/home/ana/AppData/Local/InBrief")


def test_setup_creates_the_folder_and_writes(tmp_path: Path) -> None:
    folder = tmp_path / "deep" / "InBrief"
    path = logs.setup_logging(folder)
    assert path == folder / "inbrief.log"
    logging.getLogger("inbrief.core.ingest").warning("a damaged PDF: report.pdf")
    logs.log_exception(ValueError("boom"), "report.pdf", fault=True)
    text = path.read_text(encoding="utf-8")
    assert "a damaged PDF: report.pdf" in text
    assert "internal error: ValueError: boom" in text and "Traceback" not in text.split(
        "boom")[0]


def test_a_second_setup_does_not_duplicate_lines(tmp_path: Path) -> None:
    logs.setup_logging(tmp_path)
    path = logs.setup_logging(tmp_path)
    assert path is not None
    logging.getLogger("inbrief").warning("only once")
    assert path.read_text(encoding="utf-8").count("only once") == 1


def test_rotates_at_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_LOG_BYTES", 2_000)
    path = logs.setup_logging(tmp_path)
    assert path is not None
    logger = logging.getLogger("inbrief")
    for number in range(200):
        logger.warning("line %03d %s", number, "x" * 60)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["inbrief.log", "inbrief.log.1", "inbrief.log.2", "inbrief.log.3"]
    assert all(p.stat().st_size <= 2_000 for p in tmp_path.iterdir())
    assert "line 199" in path.read_text(encoding="utf-8")


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX permissions")
def test_unwritable_folder_falls_back_to_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A regular file where the folder should be makes mkdir fail even for root.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    assert logs.setup_logging(blocker / "InBrief") is None
    logging.getLogger("inbrief").warning("still visible")
    logging.getLogger("inbrief").info("too chatty for stderr")
    err = capsys.readouterr().err
    assert "still visible" in err and "too chatty" not in err


def test_a_vanished_log_file_never_raises(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = logs.setup_logging(tmp_path)
    assert path is not None
    handler = [h for h in logging.getLogger("inbrief").handlers if h.__class__.__name__.startswith(
        "_Quiet")][0]
    handler.stream.close()  # as if the disk went away under the open file
    logging.getLogger("inbrief").error("cannot be written")
    assert "Logging error" not in capsys.readouterr().err


def _cli_is_wired() -> bool:
    """Return True once cli.py sets up the log file (see the robustness report for the diff)."""
    import inspect

    from inbrief import cli

    return "setup_logging" in inspect.getsource(cli)


@pytest.mark.xfail(not _cli_is_wired(), strict=True,
                   reason="cli.py does not call inbrief.logs.setup_logging yet")
def test_cli_logs_faults_and_bad_inputs_but_never_the_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from inbrief import cli
    from inbrief.core import pipeline

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    article = tmp_path / "council.txt"
    article.write_text("The council met on Tuesday. Okafor spoke first.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert cli.main(["analyze", str(empty)]) == 2

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("simulated fault")

    monkeypatch.setattr(pipeline, "analyze", broken)
    assert cli.main(["analyze", str(article)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "internal error: RuntimeError" in err
    log = (tmp_path / "InBrief" / "inbrief.log").read_text(encoding="utf-8")
    assert "“empty.txt” is empty." in log
    assert "RuntimeError: simulated fault" in log and "Traceback" in log
    assert "Okafor" not in log  # the article's text never goes into the log
