"""Executors: what runs a `copydesk.pipeline.base.ShardedJob`'s shards, and where.

They know only the base abstractions (shards, jobs, markers), never a concrete
step. `EXECUTORS` is their one registry, read by `make_executor` and by the CLI's
`--executor` choices: a name and the `"module:Class"` it loads when chosen (so an
extra that is not installed costs nothing until asked for). Every executor class
takes `(workers, address)` and has `run(job, progress) -> results`. A new executor
is its module plus one line here, and an extra of the same name in pyproject.toml.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from copydesk.errors import ConfigError
from copydesk.registry import lazy_package, load

if TYPE_CHECKING:
    from copydesk.executors.local import LocalExecutor
    from copydesk.executors.progress import ProgressBar
    from copydesk.pipeline.base import Executor

EXECUTORS: dict[str, str] = {
    "local": "copydesk.executors.local:LocalExecutor",
    "dask": "copydesk.executors.dask:DaskExecutor",
    "ray": "copydesk.executors.ray:RayExecutor",
}
BUILT_IN = frozenset({"local"})  # executors needing no extra

lazy_package(__name__, {"LocalExecutor": "copydesk.executors.local", "ProgressBar": "copydesk.executors.progress"})


def make_executor(name: str, *, workers: int = 1, address: str | None = None) -> Executor:
    """The executor `name` with `workers` processes, on the cluster at `address` (None: a local one).

    `ConfigError` for an unknown name, or when the executor's extra is not installed."""
    target = EXECUTORS.get(name)
    if target is None:
        raise ConfigError(f"unknown executor {name!r}; choose from {', '.join(EXECUTORS)}")
    try:
        cls = load(target)
    except ModuleNotFoundError as exc:
        if name in BUILT_IN:
            raise
        raise ConfigError(f"--executor {name} needs its extra: pip install 'copydesk[{name}]' "
                          f"({exc.name} missing)") from exc
    executor: Executor = cls(workers, address)
    return executor


__all__ = ["EXECUTORS", "LocalExecutor", "ProgressBar", "make_executor"]
