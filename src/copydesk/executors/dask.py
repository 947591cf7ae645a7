"""A Dask executor: a job's shards as tasks on a Dask cluster (or a local one).

Optional (`pip install copydesk[dask]`); the core never imports it. Like every
executor it knows only `ShardedJob` and `Shard`: the job is sent to each worker
once (scattered), each task carries one shard, and finished shards are skipped by
their markers, so an interrupted cluster run resumes like a local one.

Workers write shard outputs under the job's `workdir` and the final stage reads
them from the submitting process: on a real cluster that folder must be on a
file system every worker shares (NFS, a mounted bucket…).
"""

from __future__ import annotations

from typing import Any

from distributed import Client, as_completed

from copydesk.errors import ConfigError
from copydesk.pipeline.base import Progress, Shard, ShardedJob, ShardRun

CONNECT_TIMEOUT_S = 10  # a scheduler that is up answers in milliseconds; a wrong address should not hang 30 s


def _run_shard(job: ShardedJob, shard: Shard) -> dict[str, Any]:
    return job.run_shard(shard)


class DaskExecutor:
    """Runs a job's unfinished shards on a Dask cluster.

    `address`: the address of a running scheduler (`tcp://host:8786`), or None
    for a local cluster of `workers` single-threaded processes started for the run.
    """

    def __init__(self, workers: int = 2, address: str | None = None) -> None:
        if workers < 1:
            raise ConfigError("workers must be at least 1")
        self.address = address
        self.workers = workers

    def run(self, job: ShardedJob, progress: Progress | None = None) -> list[dict[str, Any]]:
        run = ShardRun(job, progress)
        if run.pending:
            with self._client() as client:
                futures: dict[Any, int] = {}
                try:
                    shared_job = client.scatter(job, broadcast=True)
                    # pure=False: a shard's task writes files, so Dask must never dedupe or cache it.
                    futures = {client.submit(_run_shard, shared_job, run.shards[i], pure=False): i
                               for i in run.pending}
                    for future in as_completed(futures, loop=client.loop):
                        run.finish(futures[future], future.result())
                except KeyboardInterrupt:
                    client.cancel(list(futures), force=True)
                    raise run.interrupted() from None
        return run.all_results()

    def _client(self) -> Client:
        if self.address:
            try:
                return Client(self.address, set_as_default=False, timeout=CONNECT_TIMEOUT_S)
            except (OSError, TimeoutError) as exc:
                raise ConfigError(f"no Dask scheduler answered at {self.address} within {CONNECT_TIMEOUT_S:g} s "
                                  f"({exc})") from exc
        # A cluster the client owns (closed with it); processes with one thread each, because
        # extraction is CPU-bound Python and threads would share one GIL.
        return Client(n_workers=self.workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      set_as_default=False)
