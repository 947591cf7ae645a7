"""The pipeline's base abstractions: steps, shards, sharded jobs and executors.

This is all an executor may know. A `Step` turns an iterable of items into an
iterator of items (readers yield from a shard, writers pass rows through after
writing them); steps compose with `run_steps`. A `ShardedJob` is a unit of work
split into independent `Shard`s whose outputs are committed atomically with a
completion marker, so a rerun skips what is done. An `Executor` runs a job's
pending shards (in process, in a local pool, or one day on a cluster) and
returns every shard's result in shard order.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import orjson

from copydesk.errors import Interrupted

#: Called with (pages done, pages in all) as records and shards finish; the first call counts the
#: pages of shards an earlier run finished.
Progress = Callable[[int, int], None]
#: Told (shard index, records done so far) while a shard runs, in whichever process runs it.
RecordHook = Callable[[int, int], None]


class Step(ABC):
    """One stage of a pipeline: items in, items out, lazily."""

    @abstractmethod
    def run(self, items: Iterable[Any]) -> Iterator[Any]:
        """Consume `items` and yield this step's output."""


def run_steps(steps: Sequence[Step], items: Iterable[Any] = ()) -> Iterator[Any]:
    """`items` threaded through `steps` in order (a reader first takes no real input)."""
    stream: Iterable[Any] = items
    for step in steps:
        stream = step.run(stream)
    return iter(stream)


@dataclass(frozen=True, slots=True)
class Shard:
    """One independent slice of a job's input: `spec` is whatever the job needs to read it."""

    index: int
    spec: Any

    @property
    def name(self) -> str:
        return f"shard-{self.index:06d}"


class ShardedJob(ABC):
    """Work split into shards, each committed once under `workdir` with a marker.

    `run_shard` runs in a worker process (the job must pickle); it returns a small
    JSON-ready dict of counts and timings, which is also what the marker holds.
    """

    workdir: Path
    # Set by an executor that reports progress within shards; `process_shard` calls it now and then.
    record_hook: RecordHook | None = None

    @abstractmethod
    def shards(self) -> Sequence[Shard]:
        """Every shard of the job, in output order."""

    @abstractmethod
    def process_shard(self, shard: Shard) -> dict[str, Any]:
        """Do the shard's work and write its outputs via `commit_path` names; return its stats."""

    def run_shard(self, shard: Shard) -> dict[str, Any]:
        """`process_shard`, then the completion marker (written last, atomically)."""
        result = self.process_shard(shard)
        write_atomic(self.marker_path(shard), orjson.dumps(result))
        return result

    def pages(self, shard: Shard) -> int:
        """The records `shard` holds as planned (progress is counted in these)."""
        return 1

    def marker_path(self, shard: Shard) -> Path:
        return self.workdir / f"{shard.name}.done"

    def completed(self, shard: Shard) -> dict[str, Any] | None:
        """The stats of a shard finished by an earlier run (marked `resumed`), or None."""
        try:
            return orjson.loads(self.marker_path(shard).read_bytes()) | {"resumed": True}
        except (FileNotFoundError, orjson.JSONDecodeError):
            return None


class Executor(Protocol):
    """Runs a job's unfinished shards; returns all shard results in shard order."""

    def run(self, job: ShardedJob, progress: Progress | None = None) -> list[dict[str, Any]]: ...


class ShardRun:
    """One executor run of a job: its shards, the results of those an earlier run finished,
    and progress reported (in pages) as the others finish. Executors only decide where
    shards run, and on `KeyboardInterrupt` stop their workers and raise `interrupted()`."""

    def __init__(self, job: ShardedJob, progress: Progress | None = None) -> None:
        self.job = job
        self.shards = list(job.shards())
        self.results: list[dict[str, Any] | None] = [job.completed(shard) for shard in self.shards]
        self.pending = [i for i, result in enumerate(self.results) if result is None]
        self._pages = [job.pages(shard) for shard in self.shards]
        self._total = sum(self._pages)
        self._done = self._total - sum(self._pages[i] for i in self.pending)
        self._running: dict[int, int] = {}  # records done so far in shards not finished yet
        self._progress = progress
        if progress:
            progress(self._done, self._total)

    def records_done(self, index: int, records: int) -> None:
        """Note that shard `index` has done `records` so far, and report progress."""
        self._running[index] = min(records, self._pages[index])
        self._report()

    def finish(self, index: int, result: dict[str, Any]) -> None:
        """Record the result of shard `index` and report progress."""
        self.results[index] = result
        self._running.pop(index, None)
        self._done += self._pages[index]
        self._report()

    def _report(self) -> None:
        if self._progress:
            self._progress(self._done + sum(self._running.values()), self._total)

    def interrupted(self) -> Interrupted:
        """The exception saying how far this run got, once its workers are stopped: shards whose
        marker is on disk (a worker may have finished one whose result never came back)."""
        done = sum(result is not None or self.job.completed(shard) is not None
                   for shard, result in zip(self.shards, self.results))
        return Interrupted(done, len(self.shards))

    def all_results(self) -> list[dict[str, Any]]:
        """Every shard's result in shard order (all must be finished)."""
        missing = [self.shards[i].name for i, result in enumerate(self.results) if result is None]
        if missing:
            raise RuntimeError(f"shards not finished: {', '.join(missing)}")
        return self.results  # type: ignore[return-value]


class SerialExecutor:
    """Runs shards one after another in this process (the reference executor)."""

    def run(self, job: ShardedJob, progress: Progress | None = None) -> list[dict[str, Any]]:
        run = ShardRun(job, progress)
        job.record_hook = run.records_done if progress else None
        try:
            for i in run.pending:
                run.finish(i, job.run_shard(run.shards[i]))
        except KeyboardInterrupt:
            raise run.interrupted() from None
        finally:
            job.record_hook = None
        return run.all_results()


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary name, so readers see all of it or nothing."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def commit(tmp: Path, path: Path) -> None:
    """Move a fully written temporary file into place."""
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)
