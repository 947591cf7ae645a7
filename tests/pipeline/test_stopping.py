"""Ctrl-C and SIGTERM during `copydesk run --workers 2`: every worker gone by the time the run
exits, the finished shards kept, one line saying how far the run got, and a rerun that completes
with the bytes of an uninterrupted run.

No wall-clock bound: on a loaded machine the run's own exit (tearing down an interpreter that holds
the models) can outlast any budget. Each check waits for a real event instead: the signal goes when
shards have finished, workers must be gone when the run's process has exited, and the pool's helper
processes (forkserver, resource tracker, which exit when the run's process does) get a bounded wait.
That a running shard is killed rather than waited for is `tests/executors/test_local.py`'s
`test_a_stop_kills_a_shard_that_would_never_end`."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import orjson
import pytest

from copydesk.pipeline import run_corpus
from copydesk.pipeline.warc import write_warc

from .conftest import wait_for_shards

# 40 real pages, one a shard: when the signal comes, dozens of shards are still to run, so a busy
# machine that pauses this test for a second still stops the run midway (with 10 shards it could end first).
SHARD = 1
SHARDS = 40
STOP_AFTER = 2  # finished shards before the signal
DEADLINE_S = 90  # only a run that hangs reaches it

@pytest.fixture(scope="module")
def corpus(tmp_path_factory, real_pages) -> tuple[Path, bytes]:
    """A WARC of 40 real pages and the articles.jsonl an uninterrupted one-process run writes."""
    folder = tmp_path_factory.mktemp("stopping")
    warc = folder / "crawl.warc.gz"
    write_warc(warc, real_pages)
    reference = run_corpus([warc], folder / "reference", format="jsonl", shard_size=64)
    return warc, reference.output.read_bytes()


def process_tree(pid: int) -> dict[int, int]:
    """Every live process below `pid`, with its parent (from /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found: dict[int, int] = {}
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found.keys()
        found |= {child: parents[child] for child in frontier}
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@contextmanager
def terminal_sigint() -> Iterator[None]:
    """Children started inside get SIGINT at its default, as a terminal's foreground job does.

    A shell starts background jobs with SIGINT ignored; a child inherits that, and Python keeps it (so
    `copydesk run` rightly stays deaf to Ctrl-C). Run from such a job, this test sent its Ctrl-C to a run
    that could not hear it: the run finished (return code 0) or was still finishing (a worker "outlived
    the stop"). A handler, unlike an ignored signal, is reset to the default when the child starts."""
    previous = signal.getsignal(signal.SIGINT)
    if previous is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        if previous is signal.SIG_IGN:
            signal.signal(signal.SIGINT, previous)


def wait_until_gone(pids: set[int]) -> list[int]:
    """`pids` still alive after waiting up to `DEADLINE_S` for them to exit."""
    deadline = time.monotonic() + DEADLINE_S
    while any(alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.02)
    return [pid for pid in pids if alive(pid)]


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_a_signal_stops_every_worker_and_a_rerun_resumes(tmp_path, corpus, signum):
    warc, expected = corpus
    out = tmp_path / "out"
    command = [sys.executable, "-m", "copydesk", "run", str(warc), "--output", str(out), "--format", "jsonl",
               "--workers", "2", "--shard-size", str(SHARD)]
    log = tmp_path / "stderr"
    with terminal_sigint(), log.open("wb") as stderr:
        proc = subprocess.Popen(command, start_new_session=True, stderr=stderr, stdout=subprocess.DEVNULL)
    try:
        workdir = out / ".copydesk-run"
        wait_for_shards(proc, workdir, STOP_AFTER, DEADLINE_S)
        # The run's children are the pool's helpers (forkserver, resource tracker); the workers are theirs.
        tree = process_tree(proc.pid)
        helpers = {pid for pid, parent in tree.items() if parent == proc.pid}
        workers = tree.keys() - helpers
        assert len(workers) >= 2
        if signum == signal.SIGINT:
            os.killpg(proc.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole process group
        else:
            os.kill(proc.pid, signal.SIGTERM)  # what a scheduler or `kill` does: the main process only
        proc.wait(timeout=DEADLINE_S)
        assert not [pid for pid in workers if alive(pid)], "a worker outlived the stop"
        assert not wait_until_gone(helpers), "a helper of the pool outlived the run"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # whatever is left of a failed stop
        proc.wait()

    assert proc.returncode == 128 + signum
    done = len(list(workdir.glob("*.done")))
    lines = log.read_text().strip().splitlines()
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
