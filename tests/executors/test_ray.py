"""The Ray executor on a real local Ray cluster (the session's `ray_cluster`): same bytes as one
process, and a run whose driver is killed mid-way resumes from its finished shards."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

from copydesk.cli import main
from copydesk.errors import ConfigError
from copydesk.executors.ray import RayExecutor
from copydesk.pipeline import run_corpus

PAGES = 24
SHARD = 2  # twelve shards: two CPUs interleave them, and a kill lands with some done and some not
KILL_AFTER = 2  # finished shards (markers) before the driver is killed
WAIT_S = 180  # bound on waiting for the killed run's first shards on a busy 2-core machine


@pytest.fixture
def warc(news_warc: Callable[[int], Path]) -> Path:
    return news_warc(PAGES)


def ray_args(address: str) -> list[str]:
    """The command-line words that pick the Ray executor."""
    return ["--executor", "ray", "--address", address]


def test_a_ray_run_writes_the_bytes_of_a_one_process_run(tmp_path: Path, warc: Path, ray_cluster: str) -> None:
    serial = run_corpus([warc], tmp_path / "serial", format="jsonl", shard_size=SHARD)
    calls: list[tuple[int, int]] = []
    ray = run_corpus([warc], tmp_path / "ray", format="jsonl", shard_size=SHARD, executor=RayExecutor(address="local"),
                     progress=lambda done, total: calls.append((done, total)))
    assert ray.records == serial.records == PAGES
    assert (tmp_path / "ray" / "articles.jsonl").read_bytes() == (tmp_path / "serial" / "articles.jsonl").read_bytes()
    assert calls[0] == (0, PAGES) and calls[-1] == (PAGES, PAGES)  # progress is counted in pages


def test_a_killed_ray_run_resumes_to_the_same_bytes(tmp_path: Path, warc: Path, ray_cluster: str) -> None:
    out = tmp_path / "out"
    command = [sys.executable, "-m", "copydesk", "run", str(warc), "--output", str(out), "--format", "parquet",
               "--shard-size", str(SHARD), *ray_args(ray_cluster)]
    driver = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + WAIT_S
    try:
        while len(list(out.glob(".copydesk-run/*.done"))) < KILL_AFTER:
            assert driver.poll() is None, driver.stderr.read().decode() if driver.stderr else "driver ended"
            assert time.monotonic() < deadline, "the Ray run finished no shard in time"
            time.sleep(0.05)
    finally:
        os.kill(driver.pid, signal.SIGKILL)
        driver.wait()
    import ray

    while ray.available_resources().get("CPU", 0) < 2:  # Ray stops the dead driver's tasks: wait for it
        assert time.monotonic() < deadline, "the killed run's tasks still hold the cluster"
        time.sleep(0.1)
    finished = len(list(out.glob(".copydesk-run/*.done")))
    assert KILL_AFTER <= finished < PAGES // SHARD, "the kill did not land mid-way"
    assert not (out / "articles.parquet").exists()

    assert main(["run", str(warc), "--output", str(out), "--format", "parquet", "--shard-size", str(SHARD),
                 *ray_args("local")]) == 0
    summary = orjson.loads((out / "summary.json").read_bytes())
    assert summary["shards"]["resumed"] >= finished
    run_corpus([warc], tmp_path / "serial", format="parquet", shard_size=SHARD)
    assert (out / "articles.parquet").read_bytes() == (tmp_path / "serial" / "articles.parquet").read_bytes()


def test_bad_settings_are_config_errors(tmp_path: Path, warc: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ConfigError):
        RayExecutor(workers=0)
    with pytest.raises(ConfigError):
        RayExecutor(address="")
