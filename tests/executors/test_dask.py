"""The Dask executor, on a real local Dask cluster: same bytes as one process, finished shards skipped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from distributed import LocalCluster

from copydesk.cli import main
from copydesk.errors import ConfigError
from copydesk.executors.dask import DaskExecutor
from copydesk.options import ExtractOptions
from copydesk.pipeline import plan_shards, run_corpus
from copydesk.pipeline.corpus import CorpusJob

PAGES = 12
SHARD = 3  # four shards: enough for two workers to interleave


@pytest.fixture
def warc(news_warc: Callable[[int], Path]) -> Path:
    return news_warc(PAGES)


def test_a_cluster_run_writes_the_bytes_of_a_one_process_run(tmp_path: Path, warc: Path) -> None:
    serial = run_corpus([warc], tmp_path / "serial", format="jsonl", shard_size=SHARD)
    calls: list[tuple[int, int]] = []
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        clustered = run_corpus([warc], tmp_path / "dask", format="jsonl", shard_size=SHARD,
                               executor=DaskExecutor(address=cluster.scheduler_address),
                               progress=lambda done, total: calls.append((done, total)))
    assert clustered.records == serial.records == PAGES
    assert (tmp_path / "dask" / "articles.jsonl").read_bytes() == (tmp_path / "serial" / "articles.jsonl").read_bytes()
    assert calls[0] == (0, PAGES) and calls[-1] == (PAGES, PAGES)  # counted in pages


def test_an_own_local_cluster_runs_only_the_unfinished_shards(tmp_path: Path, warc: Path) -> None:
    workdir = tmp_path / "work"
    workdir.mkdir()
    job = CorpusJob(workdir, plan_shards([warc], SHARD), options=ExtractOptions(), dedup=True, profiles={},
                    default_profile=None)
    job.run_shard(job.shards()[1])  # as if an earlier run had finished shard 1
    (workdir / "shard-000001.rows.jsonl").unlink()  # a second run of shard 1 would write it again
    results = DaskExecutor(workers=2).run(job)
    assert [bool(r.get("resumed")) for r in results] == [False, True, False, False]
    assert sum(sum(r["status"].values()) for r in results) == PAGES
    assert not (workdir / "shard-000001.rows.jsonl").exists()
    assert (workdir / "shard-000002.rows.jsonl").exists()


def test_workers_are_checked() -> None:
    with pytest.raises(ConfigError):
        DaskExecutor(workers=0)


def test_the_run_command_takes_a_local_dask_cluster(tmp_path: Path, warc: Path) -> None:
    assert main(["run", str(warc), "--output", str(tmp_path / "out"), "--format", "jsonl", "--executor", "dask",
                 "--workers", "2", "--shard-size", str(SHARD)]) == 0
    rows = (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(rows) == PAGES
