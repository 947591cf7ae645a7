"""`kill -9` in the middle of `copydesk run`, then the same command again: nothing lost, nothing twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import replace

import orjson

from copydesk.pipeline import run_corpus
from copydesk.pipeline.warc import write_warc

from .conftest import wait_for_shards

COPIES = 5  # 40 real pages x 5 = 200 records
SHARD = 10
KILL_AFTER = 3  # finished shards before the kill
DEADLINE_S = 60


def test_kill_and_rerun_finishes_with_exactly_one_row_per_record(tmp_path, real_pages):
    warc = tmp_path / "crawl.warc.gz"
    pages = [replace(p, url=f"{p.url}?copy={n}") for n in range(COPIES) for p in real_pages]
    write_warc(warc, pages)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "copydesk", "run", str(warc), "--output", str(out), "--format", "jsonl",
               "--workers", "2", "--shard-size", str(SHARD)]

    proc = subprocess.Popen(command, start_new_session=True, stderr=subprocess.DEVNULL)
    workdir = out / ".copydesk-run"
    wait_for_shards(proc, workdir, KILL_AFTER, DEADLINE_S)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    finished_before = len(list(workdir.glob("*.done")))
    assert not (out / "articles.jsonl").exists()
    assert finished_before < len(pages) // SHARD

    subprocess.run(command, check=True, stderr=subprocess.DEVNULL, timeout=DEADLINE_S)
    resumed = orjson.loads((out / "summary.json").read_bytes())
    assert resumed["shards"]["resumed"] >= finished_before
    rows = [orjson.loads(line) for line in (out / "articles.jsonl").read_bytes().splitlines()]
    assert len(rows) == len({row["source"] for row in rows}) == len(pages)

    reference = run_corpus([warc], tmp_path / "reference", format="jsonl", shard_size=64)
    assert (out / "articles.jsonl").read_bytes() == reference.output.read_bytes()
