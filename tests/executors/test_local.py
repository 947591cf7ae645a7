"""The local process pool runs a real corpus job like the serial executor, and skips finished shards."""

from __future__ import annotations

import gzip
import io
import re
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from copydesk.errors import ConfigError
from copydesk.executors import LocalExecutor, ProgressBar
from copydesk.executors.local import _stop
from copydesk.options import ExtractOptions
from copydesk.pipeline import SerialExecutor, plan_shards
from copydesk.pipeline.corpus import CorpusJob
from copydesk.pipeline.warc import WarcPage, write_warc

PAGES = 12
DEADLINE_S = 60  # only a stop that waits for its shards reaches it


@pytest.fixture
def warc(tmp_path, shared_dir) -> Path:
    files = sorted((shared_dir / "data" / "trafilatura-eval" / "html").glob("*.html.gz"))[:PAGES]
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [WarcPage(f"https://example.org/{f.name}", gzip.decompress(f.read_bytes())) for f in files])
    return path


def job_in(workdir: Path, warc: Path, shard_size: int = 3) -> CorpusJob:
    workdir.mkdir()
    return CorpusJob(workdir, plan_shards([warc], shard_size), options=ExtractOptions(), dedup=True, profiles={},
                     default_profile=None)


def test_progress_moves_within_a_shard_and_never_back(tmp_path, warc):
    calls: list[tuple[int, int]] = []
    SerialExecutor().run(job_in(tmp_path / "serial", warc, 6), lambda done, total: calls.append((done, total)))
    assert calls == [(0, 12), (4, 12), (6, 12), (10, 12), (12, 12)]  # every 4 records, and each shard's end
    pooled: list[int] = []
    LocalExecutor(2).run(job_in(tmp_path / "pool", warc, 6), lambda done, total: pooled.append(done))
    assert pooled[0] == 0 and pooled[-1] == PAGES and pooled == sorted(pooled)


def test_pool_results_come_back_in_shard_order_like_serial(tmp_path, warc):
    calls: list[tuple[int, int]] = []
    pooled = LocalExecutor(2).run(job_in(tmp_path / "pool", warc), lambda done, total: calls.append((done, total)))
    serial = SerialExecutor().run(job_in(tmp_path / "serial", warc))
    strip = [{k: v for k, v in r.items() if k != "seconds"} for r in pooled]
    assert strip == [{k: v for k, v in r.items() if k != "seconds"} for r in serial]
    assert sum(sum(r["status"].values()) for r in pooled) == PAGES
    assert calls[0] == (0, PAGES) and calls[-1] == (PAGES, PAGES)  # counted in pages
    for name in ("shard-000000.rows.jsonl", "shard-000003.index.pkl"):
        assert (tmp_path / "pool" / name).read_bytes() == (tmp_path / "serial" / name).read_bytes()


def test_marked_shards_are_not_run_again(tmp_path, warc):
    job = job_in(tmp_path / "work", warc)
    first = LocalExecutor(2).run(job)
    (tmp_path / "work" / "shard-000001.rows.jsonl").unlink()  # a rerun of shard 1 would rewrite it
    again = LocalExecutor(2).run(job)
    assert all(r["resumed"] for r in again)
    assert [r["status"] for r in again] == [r["status"] for r in first]
    assert not (tmp_path / "work" / "shard-000001.rows.jsonl").exists()


def test_progress_bar_draws_one_line_in_pages_and_rates_only_new_work(tmp_path):
    stream = io.StringIO()
    bar = ProgressBar(stream=stream)
    bar(750, 1000)  # pages an earlier run finished
    bar(1000, 1000)
    text = stream.getvalue()
    assert "750/1000" in text and "1000/1000" in text and text.endswith("\n") and text.count("\n") == 1
    rate = float(re.search(r"([\d.]+)pages/s", text.rsplit("\r", 1)[-1]).group(1))
    assert bar._bar is not None and bar._bar.format_dict["initial"] == 750 and rate > 0
    with pytest.raises(ConfigError):
        LocalExecutor(0)


def _nap(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def test_a_stopped_pool_leaves_no_thread_to_race_the_exit():
    """After a stop, nothing of the pool runs on: its manager thread, left alive, raced the interpreter's exit
    and printed a traceback under Ctrl-C's one-line message (seen in `test_stopping` on a loaded machine).
    Three stops, as the thread often, not always, outlives one without the join."""
    before = set(threading.enumerate())
    for _ in range(3):
        pool = ProcessPoolExecutor(2, mp_context=LocalExecutor(2).context)
        futures = [pool.submit(_nap, 0.2) for _ in range(8)]
        futures[0].result()
        _stop(pool)
        assert [t for t in threading.enumerate() if t not in before and t.is_alive()] == []


def _hang(started: str) -> None:
    Path(started).touch()  # tells the test this shard is running
    threading.Event().wait()  # a shard only a stop can end


def _running(pid: int) -> bool:
    """Whether `pid` is a live process (from /proc; the pool's own exit codes can race its manager thread)."""
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_a_stop_kills_a_shard_that_would_never_end(tmp_path):
    """A stop ends running shards instead of waiting them out (Ctrl-C once took 11-22 s). Shards that
    never end by themselves make it exact, on any machine: a stop that waits for them never returns."""
    pool = ProcessPoolExecutor(2, mp_context=LocalExecutor(2).context)
    started = [tmp_path / f"started-{i}" for i in range(2)]
    for flag in started:
        pool.submit(_hang, str(flag))
    processes = list(pool._processes.values())
    try:
        deadline = time.monotonic() + DEADLINE_S
        while not all(flag.exists() for flag in started):
            assert time.monotonic() < deadline, "the shards never started"
            time.sleep(0.02)
        stopper = threading.Thread(target=_stop, args=(pool,), daemon=True)
        stopper.start()
        stopper.join(DEADLINE_S)
        assert not stopper.is_alive(), "the stop waited for shards that never end"
        assert [p.pid for p in processes if _running(p.pid)] == []
    finally:
        for process in processes:
            process.kill()
