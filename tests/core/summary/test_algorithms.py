"""Tests for the registry of summary algorithms: what the command line and the window offer."""

from __future__ import annotations

import subprocess
import sys

import pytest

from inbrief.cli import build_parser
from inbrief.core.summary.algorithms import ALGORITHMS, Algorithm, get_algorithm

# The --algorithm values, in the order --help lists them: a stable contract of the command line.
CLI_ORDER = (
    "auto", "lead", "lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic",
    "reduction",
)


def test_the_command_line_offers_the_registry_in_its_order(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert tuple(ALGORITHMS) == CLI_ORDER
    with pytest.raises(SystemExit):
        build_parser().parse_args(["analyze", "--help"])
    assert "--algorithm {" + ",".join(CLI_ORDER) + "}" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        build_parser().parse_args(["analyze", "a.txt", "--algorithm", "textrank2"])
    assert "invalid choice: 'textrank2'" in capsys.readouterr().err


def test_every_algorithm_is_described_for_the_user() -> None:
    labels = [a.label for a in ALGORITHMS.values()]
    assert len(set(labels)) == len(labels)
    for name, entry in ALGORITHMS.items():
        assert entry.name == name
        assert entry.label.strip() and entry.description.strip()
        assert "\n" not in entry.description  # one line: it is a tool tip


def test_only_sumy_algorithms_run_on_candidates() -> None:
    for entry in ALGORITHMS.values():
        if entry.ranker == "sumy":
            assert entry.candidate_limit is not None and entry.candidate_limit >= 50, entry.name
        else:
            assert entry.candidate_limit is None, entry.name
    assert {a.ranker for a in ALGORITHMS.values()} == {"auto", "lead", "sumy"}


def test_every_sumy_algorithm_has_a_summarizer() -> None:
    from inbrief.core.summary.sumy_rankers import _SUMMARIZERS

    sumy_names = [a.name for a in ALGORITHMS.values() if a.ranker == "sumy"]
    assert list(_SUMMARIZERS) == sumy_names


def test_get_algorithm_names_the_valid_ones_when_it_fails() -> None:
    assert get_algorithm("kl") == ALGORITHMS["kl"]
    assert isinstance(get_algorithm("auto"), Algorithm)
    with pytest.raises(ValueError, match="auto, lead, lexrank"):
        get_algorithm("Auto")


def test_the_registry_loads_without_numpy_or_sumy() -> None:
    # The command line and the window read it at start-up, which must stay cheap.
    code = (
        "import sys, inbrief.core.summary.algorithms, inbrief.core.summary; "
        "print(sorted(m for m in ('numpy', 'sumy') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
