"""Measure the built bundle's start-up: window mapped, `--version`, a headless PDF brief.

Usage: python build_scripts/measure_startup.py DIST [--runs N]

Launches the bundle N times for each measure (plus one discarded warm-up run that fills the
disk cache) in the smoke test's bare environment and prints the median, min and max. The
window is timed under Xvfb from launch until a window titled InBrief is mapped (polled with
xdotool every 20 ms).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import smoke_test  # noqa: E402
import smoke_texts  # noqa: E402
import smoke_window  # noqa: E402


def time_command(command: list[str], env: dict[str, str], cwd: Path) -> float:
    """Return the wall-clock seconds a command takes; raise when it fails."""
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, check=True, capture_output=True, timeout=300)
    return time.perf_counter() - started


def time_window(gui: Path, env: dict[str, str], cwd: Path, display: str) -> float:
    """Return the seconds from launching the window until it is mapped (refused X
    connections are retried, see smoke_window.flaky_connection)."""
    for attempt in range(3):
        app = subprocess.Popen([str(gui)], env={**env, "DISPLAY": display}, cwd=cwd,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            return smoke_window.wait_for_window(app, display, smoke_window.WINDOW_TIMEOUT)
        except smoke_window.WindowFailure as failure:
            failure = smoke_window.WindowFailure(f"{failure}: {smoke_window.stop(app)[-1500:]}")
            if attempt == 2 or not smoke_window.flaky_connection(failure):
                raise failure from None
        finally:
            smoke_window.stop(app)
    raise AssertionError("unreachable")


def describe(name: str, samples: list[float]) -> str:
    """Return one table row: median, min and max of the samples."""
    return (f"{name:<28} {statistics.median(samples):6.2f} s  (min {min(samples):.2f}, "
            f"max {max(samples):.2f}, n={len(samples)})")


def main(argv: list[str] | None = None) -> int:
    """Run the measurements and print the table; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    cli, gui = smoke_test.find_executables(args.dist.resolve())
    rows = []
    with tempfile.TemporaryDirectory(prefix="inbrief-startup-") as folder:
        scratch = Path(folder)
        env = smoke_test.bare_environment(scratch)
        sample = scratch / "sample.txt"
        sample.write_text(smoke_texts.sample_article(gui).read_text("utf-8"), "utf-8")
        measures = {
            "--version": [str(cli), "--version"],
            "brief sample -o x.pdf": [str(cli), "brief", sample.name, "-o", "x.pdf", "--force"],
        }
        for name, command in measures.items():
            samples = [time_command(command, env, scratch) for _ in range(args.runs + 1)][1:]
            rows.append(describe(name, samples))
            print(rows[-1], flush=True)
        if smoke_window.shutil.which("Xvfb"):
            with smoke_window.virtual_display() as display:
                samples = [time_window(gui, env, scratch, display)
                           for _ in range(args.runs + 1)][1:]
            rows.append(describe("window mapped (Xvfb)", samples))
            print(rows[-1], flush=True)
        else:
            print("window: not measured (no Xvfb)")
    print(f"\nbundle {args.dist}, {args.runs} runs each after one warm-up run")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
