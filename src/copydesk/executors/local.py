"""A local process pool: one process per worker, shards handed out as workers free up.

Workers start with `forkserver` (or `spawn` where there is none), never `fork`, so
they inherit no state from the parent beyond the pickled job. The job is sent once
per worker, at start-up; each task then carries only its shard. Results come back
in any order and are returned in shard order; a shard finished by an earlier run
(its marker exists) is not run again.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

from copydesk.errors import ConfigError
from copydesk.pipeline.base import Progress, Shard, ShardedJob, ShardRun

_job: ShardedJob | None = None  # the job of this worker process, installed by `_install`


def _install(job: ShardedJob) -> None:
    global _job
    _job = job


def _run(shard: Shard) -> dict[str, Any]:
    assert _job is not None, "worker started without a job"
    return _job.run_shard(shard)


def start_method() -> str:
    """`forkserver` where the platform has it, else `spawn`."""
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


class LocalExecutor:
    """Runs a job's unfinished shards on `workers` processes of this machine."""

    def __init__(self, workers: int, method: str | None = None) -> None:
        if workers < 1:
            raise ConfigError("workers must be at least 1")
        self.workers = workers
        self.context = multiprocessing.get_context(method or start_method())

    def run(self, job: ShardedJob, progress: Progress | None = None) -> list[dict[str, Any]]:
        run = ShardRun(job, progress)
        if run.pending:
            workers = min(self.workers, len(run.pending))
            with ProcessPoolExecutor(workers, mp_context=self.context, initializer=_install, initargs=(job,)) as pool:
                running: dict[Future, int] = {pool.submit(_run, run.shards[i]): i for i in run.pending}
                while running:
                    finished, _ = wait(running, return_when=FIRST_COMPLETED)
                    for future in finished:
                        run.finish(running.pop(future), future.result())
        return run.all_results()
