"""A Ray executor: a job's shards as tasks on a Ray cluster (or a local one).

Optional (`pip install copydesk[ray]`); the core never imports it. Like every
executor it knows only `ShardedJob` and `Shard`: the job is put in the object
store once, each task carries one shard, and finished shards are skipped by their
markers, so a killed run resumes like a local one. Output bytes are the same as a
one-process run's, as the final stage reads the shards in shard order.

`address`:
- `None` or `"local"`: the Ray this process already joined (`ray.init` called by
  the caller), else a local cluster of `workers` CPUs started for the run and shut
  down after it. Such a cluster binds to 127.0.0.1 only and reports no usage
  statistics, when Ray is first imported here (see `_import_ray`).
- `"auto"`: the running cluster this machine belongs to (`ray start` was run).
- `"ray://host:10001"`: a remote cluster through Ray Client.

Workers write shard outputs under the job's `workdir` and the final stage reads
them in the submitting process: on a real cluster that folder must be on a file
system every node shares.
"""

from __future__ import annotations

import os
import sys
from types import ModuleType
from typing import Any

from copydesk.errors import ConfigError
from copydesk.pipeline.base import Progress, Shard, ShardedJob, ShardRun

LOCAL = "local"
# Ray settings for a cluster started on this machine alone: services bind to loopback
# (Ray's single-machine mode, read when Ray is imported) and nothing is reported home.
LOCAL_RAY_ENV = {"RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0", "RAY_USAGE_STATS_ENABLED": "0"}


def _run_shard(job: ShardedJob, shard: Shard) -> dict[str, Any]:
    return job.run_shard(shard)


def _import_ray(local: bool) -> ModuleType:
    """Ray, imported for a local cluster with `LOCAL_RAY_ENV` unless the caller set those
    variables or imported Ray first (then Ray's own settings stand)."""
    if local and "ray" not in sys.modules:
        for name, value in LOCAL_RAY_ENV.items():
            os.environ.setdefault(name, value)
    try:
        import ray
    except ModuleNotFoundError as exc:
        missing = exc.name
        raise ConfigError(f"the Ray executor needs its extra: pip install 'copydesk[ray]' ({missing} missing)") from exc
    return ray


class RayExecutor:
    """Runs a job's unfinished shards as Ray tasks of one CPU each."""

    def __init__(self, workers: int = 2, address: str | None = None) -> None:
        if workers < 1:
            raise ConfigError("workers must be at least 1")
        if address is not None and not address:
            raise ConfigError("the Ray address must be auto, local, ray://host:port or host:port")
        self.address = None if address == LOCAL else address
        self.workers = workers

    def run(self, job: ShardedJob, progress: Progress | None = None) -> list[dict[str, Any]]:
        run = ShardRun(job, progress)
        if not run.pending:
            return run.all_results()
        ray = _import_ray(local=self.address is None)
        owned = self._connect(ray)
        waiting: list[Any] = []
        try:
            shared_job = ray.put(job)
            # One CPU a task: extraction is CPU-bound Python. Ray's retry of a task whose worker
            # died is safe, as a shard's files are committed atomically, marker last.
            task = ray.remote(num_cpus=1)(_run_shard)
            refs = {task.remote(shared_job, run.shards[i]): i for i in run.pending}
            waiting = list(refs)
            while waiting:
                done, waiting = ray.wait(waiting, num_returns=1)
                for ref in done:
                    run.finish(refs[ref], ray.get(ref))
        except KeyboardInterrupt:
            for ref in waiting:
                ray.cancel(ref, force=True)
            raise run.interrupted() from None
        finally:
            if owned:
                ray.shutdown()
        return run.all_results()

    def _connect(self, ray: ModuleType) -> bool:
        """Join the cluster of `address`; True when this run connected (and so disconnects, which
        stops a local cluster it started and leaves a running one up)."""
        if ray.is_initialized():
            if self.address is None:
                return False
            raise ConfigError(f"Ray is already connected in this process; cannot join {self.address} too")
        try:
            if self.address is None:
                ray.init(address=LOCAL, num_cpus=self.workers, include_dashboard=False, log_to_driver=False)
            else:
                ray.init(address=self.address, log_to_driver=False)
        except ConnectionError as exc:
            raise ConfigError(f"cannot reach a Ray cluster at {self.address}: {exc}") from exc
        return True
