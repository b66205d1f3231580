"""`--jobs N`: the same output, in the same order, with the same per-line errors as one job."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample-article.txt"

STORIES = [
    "The council met on Tuesday in Harbor City. Mayor Daniel Okafor said the plan was approved.",
    "Ferries to Gull Island resumed on Friday. Lena Hart, a nurse, said the crossing was calm.",
    "Le conseil municipal a voté mardi. Le maire Jean Dupont était content du résultat.",
    "The storm closed the harbour for three days in March 2024. Crews repaired the ramp.",
]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "inbrief", *args], capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=300)


def _without_timings(line: str) -> dict:
    result = json.loads(line)
    result.pop("timings", None)
    return result


def test_jsonl_with_two_jobs_is_line_for_line_the_output_of_one(tmp_path: Path) -> None:
    lines = []
    for number in range(12):
        if number == 3:
            lines.append("this is not json")
        elif number == 7:
            lines.append(json.dumps({"id": "bad-language", "text": "Hello.", "language": "xx"}))
        elif number == 9:
            lines.append("")  # blank lines are skipped, as with one job
        else:
            lines.append(json.dumps({"id": f"doc-{number}", "text": STORIES[number % 4],
                                     "reference_date": "2024-10-31"}))
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one = run("analyze", "--jsonl", str(source), "--jobs", "1")
    two = run("analyze", "--jsonl", str(source), "--jobs", "2")
    assert one.returncode == two.returncode == 0, (one.stderr, two.stderr)
    assert one.stderr == two.stderr
    assert "2 line(s) could not be analysed" in two.stderr
    out_one = [_without_timings(line) for line in one.stdout.splitlines()]
    out_two = [_without_timings(line) for line in two.stdout.splitlines()]
    assert out_two == out_one
    assert [o["id"] for o in out_two] == [
        "doc-0", "doc-1", "doc-2", None, "doc-4", "doc-5", "doc-6", "bad-language", "doc-8",
        "doc-10", "doc-11",
    ]
    assert out_two[3] == {"id": None, "line": 4, "error": out_two[3]["error"]}
    assert "unknown language 'xx'" in out_two[7]["error"] and out_two[7]["line"] == 8
    assert "Okafor" in {e["name"].split()[-1] for e in out_two[0]["entities"]}


def test_brief_with_two_jobs_writes_the_same_files_and_reports_bad_ones(tmp_path: Path) -> None:
    inputs = []
    for number, story in enumerate(STORIES):
        path = tmp_path / f"story{number}.txt"
        path.write_text(story, encoding="utf-8")
        inputs.append(str(path))
    (tmp_path / "empty.txt").write_bytes(b"")
    inputs.insert(2, str(tmp_path / "empty.txt"))
    inputs.append(str(SAMPLE))
    one = run("brief", *inputs, "-o", str(tmp_path / "one"), "--jobs", "1")
    two = run("brief", *inputs, "-o", str(tmp_path / "two"), "--jobs", "2")
    assert one.returncode == two.returncode == 2  # the empty file
    assert one.stdout.replace("/one/", "/two/") == two.stdout
    assert one.stderr == two.stderr and "empty.txt" in two.stderr
    names = sorted(p.name for p in (tmp_path / "two").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "one").iterdir())
    assert len(names) == 5 and all(name.endswith(".pdf") for name in names)


def test_jobs_must_be_a_positive_number() -> None:
    result = run("analyze", "--jsonl", "x.jsonl", "--jobs", "0")
    assert result.returncode == 2 and "--jobs" in result.stderr
