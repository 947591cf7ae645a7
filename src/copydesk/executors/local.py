"""A local process pool: one process per worker, shards handed out as workers free up.

Workers start with `forkserver` (or `spawn` where there is none), never `fork`, so
they inherit no state from the parent beyond the pickled job. The job is sent once
per worker, at start-up; each task then carries only its shard. Results come back
in any order and are returned in shard order; a shard finished by an earlier run
(its marker exists) is not run again. One worker runs shards in this process.

Stopping: workers ignore SIGINT (a terminal's Ctrl-C reaches the whole process
group); the parent, on `KeyboardInterrupt` (Ctrl-C, or SIGTERM as the CLI maps it),
terminates every worker at once, so no queued shard is started and none is left
running, and raises `Interrupted`. A killed shard left no marker: a rerun redoes it.
"""

from __future__ import annotations

import multiprocessing
import signal
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from functools import partial
from typing import Any

from copydesk.errors import ConfigError
from copydesk.pipeline.base import Progress, SerialExecutor, Shard, ShardedJob, ShardRun

STOP_GRACE_S = 1.0  # a worker gets this long to die of SIGTERM before SIGKILL; the whole stop stays under 2 s
PROGRESS_EVERY_S = 0.25  # how often the parent reads the workers' record counts while it waits

_job: ShardedJob | None = None  # the job of this worker process, installed by `_install`


def _install(job: ShardedJob, counts: Any) -> None:
    """Worker start-up: the job, and where it writes each shard's records done (read by the parent)."""
    global _job
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when workers stop
    if counts is not None:
        job.record_hook = partial(_note, counts)
    _job = job


def _note(counts: Any, index: int, records: int) -> None:
    counts[index] = records


def _run(shard: Shard) -> dict[str, Any]:
    assert _job is not None, "worker started without a job"
    return _job.run_shard(shard)


def start_method() -> str:
    """`forkserver` where the platform has it, else `spawn`."""
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


class LocalExecutor:
    """Runs a job's unfinished shards on `workers` processes of this machine."""

    def __init__(self, workers: int = 1, address: str | None = None, *, method: str | None = None) -> None:
        if workers < 1:
            raise ConfigError("workers must be at least 1")
        if address is not None:
            raise ConfigError("the local executor takes no --address (it is for cluster executors)")
        self.workers = workers
        self.context = multiprocessing.get_context(method or start_method())

    def run(self, job: ShardedJob, progress: Progress | None = None) -> list[dict[str, Any]]:
        if self.workers == 1:
            return SerialExecutor().run(job, progress)
        run = ShardRun(job, progress)
        if not run.pending:
            return run.all_results()
        # One slot per shard, each written by the one worker running it: no lock needed.
        counts = self.context.Array("q", len(run.shards), lock=False) if progress else None
        pool = ProcessPoolExecutor(min(self.workers, len(run.pending)), mp_context=self.context,
                                   initializer=_install, initargs=(job, counts))
        try:
            running: dict[Future, int] = {pool.submit(_run, run.shards[i]): i for i in run.pending}
            while running:
                finished, _ = wait(running, timeout=PROGRESS_EVERY_S, return_when=FIRST_COMPLETED)
                for future in finished:
                    run.finish(running.pop(future), future.result())
                if counts is not None:
                    for i in running.values():
                        if counts[i]:
                            run.records_done(i, counts[i])
        except KeyboardInterrupt:
            _stop(pool)
            raise run.interrupted() from None
        except BaseException:
            _stop(pool)
            raise
        pool.shutdown()
        return run.all_results()


def _stop(pool: ProcessPoolExecutor) -> None:
    """End `pool` now: queued shards cancelled, running ones killed, every worker reaped."""
    # The pool has no public way to end running tasks before Python 3.14 (`terminate_workers`).
    processes = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)
    for process in processes:
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(STOP_GRACE_S)
        if process.is_alive():
            process.kill()
            process.join()
    # With its workers dead the pool's manager thread winds down by itself; left running, it races the
    # interpreter's exit (3.11's `_python_exit` wakes it through a pipe it may be closing) and prints
    # "Exception ignored in: <module 'threading'>" under the user's one-line "interrupted" message.
    if manager is not None:
        manager.join(STOP_GRACE_S)
