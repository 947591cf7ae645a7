"""Ctrl-C and SIGTERM during `copydesk run --workers 2`: every worker gone within 2 s, the
finished shards kept, one line saying how far the run got, and a rerun that completes
with the bytes of an uninterrupted run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from copydesk.pipeline import run_corpus
from copydesk.pipeline.warc import write_warc

# 40 real pages, one a shard: when the signal comes, dozens of shards are still to run, so a busy
# machine that pauses this test for a second still stops the run midway (with 10 shards it could end first).
SHARD = 1
SHARDS = 40
STOP_AFTER = 2  # finished shards before the signal
STOP_WITHIN_S = 2.0
DEADLINE_S = 90


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, real_pages) -> tuple[Path, bytes]:
    """A WARC of 40 real pages and the articles.jsonl an uninterrupted one-process run writes."""
    folder = tmp_path_factory.mktemp("stopping")
    warc = folder / "crawl.warc.gz"
    write_warc(warc, real_pages)
    reference = run_corpus([warc], folder / "reference", format="jsonl", shard_size=64)
    return warc, reference.output.read_bytes()


def descendants(pid: int) -> set[int]:
    """Every live process below `pid` (from /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_a_signal_stops_every_worker_and_a_rerun_resumes(tmp_path, corpus, signum):
    warc, expected = corpus
    out = tmp_path / "out"
    command = [sys.executable, "-m", "copydesk", "run", str(warc), "--output", str(out), "--format", "jsonl",
               "--workers", "2", "--shard-size", str(SHARD)]
    proc = subprocess.Popen(command, start_new_session=True, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    workdir = out / ".copydesk-run"
    deadline = time.monotonic() + DEADLINE_S
    while len(list(workdir.glob("*.done"))) < STOP_AFTER:
        assert proc.poll() is None, "the run ended before it could be stopped"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    workers = descendants(proc.pid)
    assert len(workers) >= 2
    sent = time.monotonic()
    if signum == signal.SIGINT:
        os.killpg(proc.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole process group
    else:
        os.kill(proc.pid, signal.SIGTERM)  # what a scheduler or `kill` does: the main process only
    _, stderr = proc.communicate(timeout=DEADLINE_S)
    while any(alive(pid) for pid in workers) and time.monotonic() - sent < STOP_WITHIN_S:
        time.sleep(0.02)
    assert not [pid for pid in workers if alive(pid)], "a worker outlived the stop"
    assert time.monotonic() - sent < STOP_WITHIN_S

    assert proc.returncode == 128 + signum
    done = len(list(workdir.glob("*.done")))
    lines = stderr.decode().strip().splitlines()
    assert lines == [f"copydesk run: interrupted: {done} of {SHARDS} shards done; rerun the same command to resume"]
    assert STOP_AFTER <= done < SHARDS and not (out / "articles.jsonl").exists()

    rerun = subprocess.run(command, capture_output=True, timeout=DEADLINE_S)
    assert rerun.returncode == 0, rerun.stderr
    assert f"reused {done} of {SHARDS} shards".encode() in rerun.stderr
    assert (out / "articles.jsonl").read_bytes() == expected
    summary = orjson.loads((out / "summary.json").read_bytes())
    assert summary["resumed_records"] == done * SHARD  # the rate counts only pages processed by the rerun
    fresh = summary["records"] - summary["resumed_records"]
    assert summary["pages_per_second"] == round(fresh / summary["seconds"]["total"], 1)
