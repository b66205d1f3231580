"""Run the built bundle as a user would, outside the venv, with a bare environment and no network.

Usage: python build_scripts/smoke_test.py DIST [--screenshot PNG] [--require-offline]

DIST is the dist folder, the onedir bundle (dist/InBrief) or a single-file executable.
Checks `--version`, a one-page PDF brief of the sample article, `analyze` of a Japanese and a
French text, and the window (under Xvfb when it is installed, else the offscreen platform).
Exits 1 with one line per failed check.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import smoke_texts  # noqa: E402
import version_info  # noqa: E402

IS_WIN = sys.platform.startswith("win")
IS_MAC = sys.platform == "darwin"
EXE = ".exe" if IS_WIN else ""
TIMEOUT = 180  # seconds; the first spaCy load of a cold bundle on a slow runner is ~10 s
# Lines on stderr that mean a part of the bundle is missing even though the command succeeded.
BAD_STDERR = re.compile(
    r"Traceback|ModuleNotFoundError|No such file|not installed|fallback|FileNotFoundError|"
    r"could not|internal error",
    re.I,
)


class SmokeFailure(Exception):
    """A check of the bundle failed; the message says which and why."""


def find_executables(dist: Path) -> tuple[Path, Path]:
    """Return (command-line executable, window executable) of the bundle under ``dist``."""
    if dist.is_file():
        return dist, dist
    candidates = [dist / "InBrief", dist]
    if IS_MAC:
        candidates.insert(0, dist / "InBrief.app" / "Contents" / "MacOS")
    for folder in candidates:
        gui = folder / f"InBrief{EXE}"
        if gui.is_file():
            cli = folder / f"inbrief-cli{EXE}"
            return (cli if cli.is_file() else gui), gui
    raise SmokeFailure(f"no InBrief executable under {dist}; build it with build_scripts/build.py")


def python_free_path(scratch: Path) -> str:
    """Return a PATH with the usual system programs but no Python interpreter on it."""
    if IS_WIN:
        root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        return f"{root}\\System32;{root}"
    farm = scratch / "bin"
    farm.mkdir()
    for folder in (Path("/usr/bin"), Path("/bin")):
        if not folder.is_dir():
            continue
        for program in folder.iterdir():
            if re.match(r"python|pip|pydoc|idle", program.name) or (farm / program.name).exists():
                continue
            (farm / program.name).symlink_to(program)
    return str(farm)


def bare_environment(scratch: Path) -> dict[str, str]:
    """Return a minimal environment: PATH without Python, a fresh HOME, a UTF-8 locale."""
    home = scratch / "home"
    home.mkdir()
    env = {"PATH": python_free_path(scratch), "HOME": str(home)}
    if IS_WIN:
        env.update(
            SYSTEMROOT=os.environ.get("SYSTEMROOT", r"C:\Windows"), USERPROFILE=str(home),
            APPDATA=str(home / "AppData" / "Roaming"), LOCALAPPDATA=str(home / "AppData" / "Local"),
            TEMP=str(scratch), TMP=str(scratch),
        )
    else:
        env["LANG"] = "en_US.UTF-8" if IS_MAC else "C.UTF-8"
        env["TMPDIR"] = str(scratch)
    return env


def offline_prefix() -> list[str]:
    """Return the command prefix that cuts the network off (empty when not possible here)."""
    unshare = shutil.which("unshare")
    if not unshare or not sys.platform.startswith("linux"):
        return []
    for prefix in ([unshare, "-n"], [unshare, "-r", "-n"]):
        probe = subprocess.run([*prefix, "true"], capture_output=True, check=False)
        if probe.returncode == 0:
            return prefix
    return []


class Runner:
    """Runs bundle commands in the bare environment and records what failed."""

    def __init__(self, cli: Path, gui: Path, scratch: Path, offline: list[str]) -> None:
        self.cli, self.gui, self.scratch, self.offline = cli, gui, scratch, offline
        self.env = bare_environment(scratch)
        self.failures: list[str] = []
        self.results: dict[str, dict] = {}  # language -> the bundle's JSON brief

    def run(self, args: Sequence[str], stdin: bytes | None = None) -> tuple[str, str, float]:
        """Run the command-line executable; return (stdout, stderr, seconds) or raise."""
        command = [*self.offline, str(self.cli), *args]
        started = time.perf_counter()
        try:
            done = subprocess.run(
                command, input=stdin, capture_output=True, env=self.env, cwd=self.scratch,
                timeout=TIMEOUT, check=False,
            )
        except subprocess.TimeoutExpired as error:
            raise SmokeFailure(f"`{' '.join(args)}` did not finish in {TIMEOUT} s") from error
        seconds = time.perf_counter() - started
        out = done.stdout.decode("utf-8", "replace")
        err = done.stderr.decode("utf-8", "replace")
        if done.returncode != 0:
            raise SmokeFailure(
                f"`{' '.join(args)}` exited {done.returncode}: {err.strip()[-800:] or out[-800:]}"
            )
        bad = [line for line in err.splitlines() if BAD_STDERR.search(line)]
        if bad:
            raise SmokeFailure(f"`{' '.join(args)}` warned on stderr: {' | '.join(bad[:5])}")
        return out, err, seconds

    def check(self, name: str, function: object) -> None:
        """Run one check, print its outcome and remember a failure."""
        try:
            detail = function()  # type: ignore[operator]
        except SmokeFailure as failure:
            self.failures.append(f"{name}: {failure}")
            print(f"FAIL {name}: {failure}", flush=True)
        else:
            print(f"ok   {name}: {detail}", flush=True)


def check_version(runner: Runner) -> str:
    """`--version` prints the project's version."""
    expected = f"InBrief {version_info.project_version()}"
    out, _err, seconds = runner.run(["--version"])
    if expected not in out:
        raise SmokeFailure(f"expected {expected!r}, got {out.strip()!r}")
    return f"{out.strip()} ({seconds:.2f} s)"


def pdf_pages(path: Path) -> int:
    """Return the page count of a PDF (pypdf if importable, else pdfinfo, else a raw count)."""
    try:
        from pypdf import PdfReader

        return len(PdfReader(str(path)).pages)
    except ImportError:
        pass
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
        return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))  # type: ignore[union-attr]
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


def check_brief(runner: Runner, sample: Path) -> str:
    """`brief SAMPLE -o brief.pdf` writes a one-page PDF with the article's words in it."""
    target = runner.scratch / "brief.pdf"
    local = runner.scratch / sample.name
    shutil.copyfile(sample, local)
    _out, _err, seconds = runner.run(["brief", local.name, "-o", target.name])
    if not target.is_file() or not target.read_bytes().startswith(b"%PDF"):
        raise SmokeFailure("no PDF was written")
    pages = pdf_pages(target)
    if pages != 1:
        raise SmokeFailure(f"the brief has {pages} pages, expected 1")
    words = smoke_texts.pdf_words(target)
    if words is not None and "harbor" not in words.lower():
        raise SmokeFailure("the PDF text does not mention the article's subject (Harbor City)")
    return f"1 page, {target.stat().st_size // 1024} KB ({seconds:.2f} s)"


def check_library(runner: Runner, sample: Path) -> str:
    """The library round trip (SQLite with FTS5 in the bundle): add the sample twice (one
    entry), find it by a word, export it, and a digest of it with itself (cover + 2 pages)."""
    local = runner.scratch / sample.name
    shutil.copyfile(sample, local)
    base = ["library", "--library", "library.sqlite3"]
    first, _err, seconds = runner.run([*base, "add", local.name])
    again, _err, _s = runner.run([*base, "add", local.name])
    if first.split()[:1] != ["1"] or again.split()[:1] != ["1"]:
        raise SmokeFailure(f"adding the sample twice gave {first.strip()!r}, {again.strip()!r}")
    found, _err, _s = runner.run([*base, "search", "harbor"])
    if not found.strip().startswith("1 ") or "[Harbor" not in found:
        raise SmokeFailure(f"searching 'harbor' found {found.strip()[:200]!r}")
    runner.run([*base, "export", "1", "-o", "entry.pdf"])
    if pdf_pages(runner.scratch / "entry.pdf") != 1:
        raise SmokeFailure("the exported entry is not a one-page brief")
    runner.run(["digest", local.name, local.name, "-o", "digest.pdf"])
    pages = pdf_pages(runner.scratch / "digest.pdf")
    if pages != 3:
        raise SmokeFailure(f"the digest of two articles has {pages} pages, expected 3")
    return f"added once, found, exported, digest of 3 pages ({seconds:.2f} s to add)"


def check_analyze(runner: Runner, case: smoke_texts.Case) -> str:
    """`analyze FILE --format json` detects the language and finds what the text holds."""
    path = smoke_texts.write_input(case, runner.scratch, case_name(case))
    out, _err, seconds = runner.run(["analyze", path.name, "--format", "json"])
    try:
        result = json.loads(out)
    except json.JSONDecodeError as error:
        raise SmokeFailure(f"output is not JSON: {out[:200]!r}") from error
    runner.results[case_name(case)] = result
    problems = smoke_texts.problems(case, result)
    if problems:
        raise SmokeFailure("; ".join(problems))
    return f"{smoke_texts.summary_line(result)} ({seconds:.2f} s)"


def case_name(case: smoke_texts.Case) -> str:
    """Return the short name of a case: its language, or its file type when not plain text."""
    return case.language if case.suffix == "txt" else case.suffix


def check_same_as_source(runner: Runner, case: smoke_texts.Case) -> str:
    """The bundle's brief equals the source tree's (run with this Python) for the same text."""
    name = case_name(case)
    frozen = runner.results.get(name)
    if frozen is None:
        raise SmokeFailure("the bundle's result is missing (its analyze check failed)")
    env = {**os.environ, "PYTHONPATH": str(HERE.parent / "desktop")}
    done = subprocess.run(
        [sys.executable, "-m", "inbrief", "analyze", f"{name}.{case.suffix}", "--format", "json"],
        capture_output=True, env=env, cwd=runner.scratch, timeout=TIMEOUT, check=False,
    )
    if done.returncode != 0:
        raise SmokeFailure(f"the source tree failed: {done.stderr.decode(errors='replace')[-400:]}")
    source = json.loads(done.stdout)
    different = [key for key in sorted({*frozen, *source})
                 if key != "timings" and frozen.get(key) != source.get(key)]
    if different:
        raise SmokeFailure(f"bundle and source differ in {', '.join(different)}")
    return "identical apart from timings"


def check_log(runner: Runner) -> str:
    """Return a summary of the bundle's own log; raise when it recorded a warning or error.

    Some failures are silent on the command line by design: without spaCy, for example, the
    entities come from the fallback finder and only the log says so.
    """
    logs = sorted((runner.scratch / "home").rglob("inbrief.log*"))
    if not logs:
        raise SmokeFailure("the bundle wrote no inbrief.log under the fresh home folder")
    lines = [line for log in logs for line in log.read_text("utf-8", "replace").splitlines()]
    bad = [line for line in lines if re.search(r" (WARNING|ERROR|CRITICAL) ", line)]
    if bad:
        raise SmokeFailure(f"{len(bad)} warning(s) in the log: {' | '.join(bad[:3])[:600]}")
    return f"{len(lines)} lines, no warnings"


def main(argv: list[str] | None = None) -> int:
    """Run every check against the bundle; return 0 when all pass, 1 otherwise."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist", type=Path, help="dist folder, bundle folder or single file")
    parser.add_argument("--screenshot", type=Path, help="where to save the window screenshot")
    parser.add_argument("--require-offline", action="store_true",
                        help="fail when the network cannot be cut off (unshare -n)")
    parser.add_argument("--no-window", action="store_true", help="skip the window check")
    parser.add_argument("--compare-source", action="store_true",
                        help="also check each brief equals the source tree's (this Python)")
    args = parser.parse_args(argv)

    import smoke_window

    try:
        cli, gui = find_executables(args.dist.resolve())
    except SmokeFailure as failure:
        print(f"smoke test: {failure}", file=sys.stderr)
        return 1
    offline = offline_prefix()
    if not offline:
        message = "the network cannot be cut off here (no working `unshare -n`)"
        if args.require_offline:
            print(f"smoke test: {message}", file=sys.stderr)
            return 1
        print(f"note: {message}; running with the network")
    sample = smoke_texts.sample_article(gui)
    with tempfile.TemporaryDirectory(prefix="inbrief-smoke-") as folder:
        runner = Runner(cli, gui, Path(folder), offline)
        print(f"bundle: {cli} (offline: {'yes' if offline else 'no'}, bare environment)")
        runner.check("version", lambda: check_version(runner))
        runner.check("brief", lambda: check_brief(runner, sample))
        runner.check("library", lambda: check_library(runner, sample))
        english = smoke_texts.Case("en", sample.read_text("utf-8"), min_words=200,
                                   entity_types=smoke_texts.ENGLISH_TYPES,
                                   typed_entities=smoke_texts.ENGLISH_TYPED)
        for case in (english, *smoke_texts.CASES):
            runner.check(f"analyze {case_name(case)}",
                         lambda case=case: check_analyze(runner, case))
            if args.compare_source:
                runner.check(f"same as source {case_name(case)}",
                             lambda case=case: check_same_as_source(runner, case))
        if not args.no_window:
            runner.check("window", lambda: smoke_window.check_window(runner, sample,
                                                                     args.screenshot))
        runner.check("log", lambda: check_log(runner))
    if runner.failures:
        print(f"smoke test FAILED ({len(runner.failures)} check(s)):", file=sys.stderr)
        for failure in runner.failures:
            print(f"  {failure}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
