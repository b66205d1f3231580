"""inbrief.batch: the pure per-record function; the README's Dask recipe on a LocalCluster."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from inbrief.batch import analyze_partition, analyze_records
from inbrief.core.article import AnalysisOptions

STORIES = [
    "The council met on Tuesday in Harbor City. Mayor Daniel Okafor said the plan was approved.",
    "Ferries to Gull Island resumed on Friday. Lena Hart, a nurse, said the crossing was calm.",
    "Le conseil municipal a voté mardi. Le maire Jean Dupont était content du résultat.",
]


def test_analyze_records_yields_one_result_per_record_in_order() -> None:
    records = [
        {"id": "a", "text": STORIES[0], "reference_date": "2024-10-31"},
        {"text": STORIES[1]},  # no id: its position
        {"id": "c", "text": ""},
        {"id": "d", "text": STORIES[2], "language": "fr"},
        {"id": "e"},
    ]
    results = list(analyze_records(iter(records), AnalysisOptions(sentences=1)))
    assert [r["id"] for r in results] == ["a", 2, "c", "d", "e"]
    assert results[0]["dates"][0]["value"] == "2024-10-29"  # Tuesday before the 31st
    assert len(results[0]["summary"]) == 1
    assert results[2] == {"id": "c", "line": 3, "error": results[2]["error"]}
    assert results[3]["language"]["code"] == "fr" and results[3]["language"]["method"] == "chosen"
    assert '"text" string' in results[4]["error"]
    shipped = json.loads(json.dumps(results))  # JSON data (tuples become lists), ready to ship
    assert [r["id"] for r in shipped] == ["a", 2, "c", "d", "e"]


def test_analyze_records_is_lazy_and_leaves_its_input_alone() -> None:
    record = {"id": 1, "text": STORIES[0]}
    before = dict(record)
    results = analyze_records(iter([record]))
    assert record == before
    assert next(results)["id"] == 1
    assert record == before


def test_the_dask_recipe_on_a_local_cluster_of_two_workers(tmp_path: Path) -> None:
    bag = pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("dask.distributed")
    records = [
        json.dumps({"id": f"s{number}", "text": STORIES[number % 3],
                    "reference_date": "2024-10-31"})
        for number in range(300)
    ]
    records[123] = "not json"
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(records) + "\n", encoding="utf-8")
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                 dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        assert len(client.scheduler_info()["workers"]) == 2
        lines = bag.read_text(str(source), blocksize=20_000)
        assert lines.npartitions > 1
        results = lines.map_partitions(analyze_partition).compute()
    out = [json.loads(line) for line in results]
    assert len(out) == 300
    assert [o.get("id") for o in out if "error" not in o] == [
        f"s{n}" for n in range(300) if n != 123
    ]
    assert out[123]["id"] is None and "error" in out[123]
    tuesdays = [o for n, o in enumerate(out) if n % 3 == 0 and n != 123]
    assert len(tuesdays) == 99
    assert all(o["dates"][0]["value"] == "2024-10-29" for o in tuesdays)
