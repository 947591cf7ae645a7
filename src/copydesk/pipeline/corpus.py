"""Corpus runs: inputs → one row per input record → a Parquet, JSONL or text output.

    run_corpus(["crawl.warc.gz", "pages/"], Path("out"), format="parquet", workers=2)

The recipe: plan shards (`readers.plan_shards`); claim the output folder (one
holding another job's outputs is refused unless `overwrite`); optionally learn site profiles
from the text inputs; run every shard (read → `ExtractArticles` → `CleanTexts` →
fingerprints → shard rows on disk, committed with a marker) on an executor; then
the final stage (`AssignClusters` → a writer) in this process. The working folder
`OUTPUT/.copydesk-run/` survives a crash: rerunning the same command skips the
finished shards. It is removed once the output and `summary.json` are written.
"""

from __future__ import annotations

import hashlib
import shutil
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from copydesk.clean import SiteProfile
from copydesk.dedup import fingerprint
from copydesk.errors import ConfigError, InputError, OutputError
from copydesk.model import Article, Record
from copydesk.options import ExtractOptions
from copydesk.pipeline.base import (
    Executor,
    Progress,
    Shard,
    ShardedJob,
    run_steps,
    write_atomic,
)
from copydesk.pipeline.final import AssignClusters, ClusterStats
from copydesk.pipeline.outputs import (
    FORMATS,
    OUTPUT_FORMATS,
    OutputFormat,
    output_format,
    read_rows,
    readable_output,
    writer_for,
)
from copydesk.pipeline.readers import ReadShards, ShardSpec, expand_inputs, may_hold_text, plan_shards
from copydesk.pipeline.steps import (
    CleanTexts,
    ExtractArticles,
    FingerprintRecords,
    SkipFingerprints,
    learn_profiles,
)
from copydesk.pipeline.store import ShardStore

__all__ = ["FORMATS", "RunSummary", "dedup_output", "run_corpus"]

# Records per shard: small enough that two workers stay busy to the end of a
# 2,500-page WARC and a crash loses little work, big enough that per-shard costs vanish.
SHARD_RECORDS = 256
PROGRESS_RECORDS = 4  # a shard reports its progress this often: a bar that moves, at no measurable cost
WORKDIR = ".copydesk-run"
SUMMARY = "summary.json"
# What a run writes into its output folder: a folder holding any of these from another job is refused.
OUTPUT_PATHS = (*(f.path for f in OUTPUT_FORMATS.values()), SUMMARY)
ROW_KEYS = ("status", "source", "canonical")  # every output row has these; an input row has none


@dataclass(frozen=True, slots=True)
class RunSummary:
    """What a run produced: where, how many rows of each status, clusters and speed."""

    output: Path  # the data file (or, for `text`, the folder of .txt files)
    records: int
    status: dict[str, int]
    removed: dict[str, int]
    clusters: int
    duplicates: int
    seconds: dict[str, float] = field(default_factory=dict)
    shards: dict[str, int] = field(default_factory=dict)  # "total", and "resumed": finished by an earlier run
    resumed_records: int = 0  # rows of the resumed shards, not processed again
    skipped: dict[str, int] = field(default_factory=dict)  # files folder scans passed over, by suffix

    @property
    def pages_per_second(self) -> float:
        """Records processed by this run (resumed shards not counted) per second."""
        total = self.seconds.get("total", 0.0)
        return (self.records - self.resumed_records) / total if total > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "output": str(self.output),
            "records": self.records,
            "status": self.status,
            "removed": self.removed,
            "clusters": self.clusters,
            "duplicates": self.duplicates,
            "seconds": self.seconds,
            "pages_per_second": round(self.pages_per_second, 1),
            "shards": self.shards,
            "resumed_records": self.resumed_records,
            "skipped": self.skipped,
        }


class CorpusJob(ShardedJob):
    """Shard work of a corpus run: read, extract or clean, fingerprint, store (picklable)."""

    def __init__(self, workdir: Path, specs: Sequence[ShardSpec], *, options: ExtractOptions, dedup: bool,
                 profiles: dict[str, SiteProfile], default_profile: SiteProfile | None) -> None:
        self.workdir = workdir
        self.specs = list(specs)
        self.options = options
        self.dedup = dedup
        self.profiles = profiles
        self.default_profile = default_profile

    def shards(self) -> list[Shard]:
        return [Shard(i, spec) for i, spec in enumerate(self.specs)]

    def pages(self, shard: Shard) -> int:
        return int(shard.spec.pages)

    def process_shard(self, shard: Shard) -> dict[str, Any]:
        started = time.perf_counter()
        steps = [
            ReadShards(),
            ExtractArticles(self.options),
            CleanTexts(self.profiles, self.default_profile),
            FingerprintRecords() if self.dedup else SkipFingerprints(),
        ]
        stats = Counters()
        hook = self.record_hook
        records = ShardStore(self.workdir).write(shard.name, run_steps(steps, [shard.spec]))
        for done, record in enumerate(records, 1):
            stats.add(record.article)
            if hook is not None and done % PROGRESS_RECORDS == 0:
                hook(shard.index, done)
        return stats.to_dict() | {"seconds": time.perf_counter() - started}


class Counters:
    """Rows by status and removed pieces by category, added up per shard and per run."""

    def __init__(self) -> None:
        self.status: Counter[str] = Counter()
        self.removed: Counter[str] = Counter()
        self.shards: dict[str, int] = {}  # shards in all, and how many an earlier run had finished
        self.resumed_records = 0

    def add(self, article: Article) -> None:
        self.status[article.status.value] += 1
        self.removed.update(piece.category for piece in article.removed)

    def add_shard(self, result: dict[str, Any]) -> None:
        self.status.update(result["status"])
        self.removed.update(result["removed"])
        if result.get("resumed"):
            self.resumed_records += sum(result["status"].values())

    def to_dict(self) -> dict[str, Any]:
        return {"status": dict(sorted(self.status.items())), "removed": dict(sorted(self.removed.items()))}


def run_corpus(inputs: Sequence[str | Path], output: Path, *, format: str = "parquet", workers: int = 1,
               dedup: bool = True, profiles: str | Path = "off", options: ExtractOptions | None = None,
               shard_size: int = SHARD_RECORDS, progress: Progress | None = None,
               executor: Executor | None = None, overwrite: bool = False) -> RunSummary:
    """Turn `inputs` (WARC/WARC.gz, folders or globs of .html/.html.gz/.txt, JSONL, Parquet)
    into one row per input record under the folder `output`, plus `output/summary.json`.

    `format`: `parquet` (`articles.parquet`, schema in `copydesk.pipeline.writers`),
    `jsonl` (`articles.jsonl`) or `text` (`articles/NNNNNNN.txt`, one seed-layout file
    per canonical story). `dedup` clusters copies and merges each cluster's metadata
    into its canonical row. `profiles`: `off`, `auto` (learn one `SiteProfile` per
    site from the text inputs first) or the path of a profile JSON for every text.
    `workers` > 1 runs shards in a local process pool (or pass any `executor`);
    the output bytes are the same for any number of workers. Rerunning after a crash
    (or an `Interrupted` run) resumes from the finished shards. Unreadable inputs become
    rows with status `error`; `InputError` when `inputs` name nothing to read (a missing
    path, a glob matching nothing, a folder without inputs); `OutputError` when `output`
    holds another job's outputs (unless `overwrite`) or cannot be written; `ConfigError`
    for bad arguments.
    """
    output_format(format)
    if workers < 1 or shard_size < 1:
        raise ConfigError("workers and shard_size must be at least 1")
    started = time.perf_counter()
    options = options or ExtractOptions()
    output = Path(output)
    expanded = expand_inputs(inputs)
    specs = plan_shards(expanded, shard_size)
    key = _plan_key(specs, options, dedup, profiles)
    job_id = f"{key}:{format}"  # the same shards may serve another format, but not the same output folder
    _claim_output(output, job_id, overwrite)
    by_site, default = _profiles(profiles, specs)
    workdir = _prepare_workdir(output / WORKDIR, key)
    planned = time.perf_counter()
    job = CorpusJob(workdir, specs, options=options, dedup=dedup, profiles=by_site, default_profile=default)
    results = (executor or _local_executor(workers)).run(job, progress)
    processed = time.perf_counter()
    counters = Counters()
    for result in results:
        counters.add_shard(result)
    names = [shard.name for shard in job.shards()]
    counters.shards = {"total": len(results), "resumed": sum(1 for r in results if r.get("resumed"))}
    summary = _finish(ShardStore(workdir), names, output, format, dedup, counters, {
        "plan": planned - started,
        "shards": processed - planned,
        "shard_cpu": sum(result["seconds"] for result in results if not result.get("resumed")),
    }, started, job_id, dict(sorted(expanded.skipped.items())))
    shutil.rmtree(workdir, ignore_errors=True)
    return summary


def dedup_output(source: Path, output: Path, *, format: str = "parquet", overwrite: bool = False) -> RunSummary:
    """Re-cluster an existing run output (`articles.parquet`/`.jsonl`, or the folder holding it)
    into `output`: fresh clusters, merged canonical rows, same rows in the same order.
    `InputError` when `source` is no run output; `OutputError` as for `run_corpus`."""
    output_format(format)
    started = time.perf_counter()
    path, fmt = _output_file(Path(source))
    output = Path(output)
    key = hashlib.sha256(repr(("dedup", str(path.resolve()), _stamp(str(path)), format)).encode()).hexdigest()
    _claim_output(output, key, overwrite)
    workdir = _prepare_workdir(output / ".copydesk-dedup", None)
    counters = Counters()
    try:
        for record in ShardStore(workdir).write("rows", _fingerprinted(read_rows(path, fmt))):
            counters.add(record.article)
    except (InputError, OSError, ValueError, KeyError, TypeError, AttributeError) as exc:  # ArrowInvalid: ValueError
        shutil.rmtree(workdir, ignore_errors=True)
        raise InputError(f"{path}: not a copydesk output: {exc}") from exc
    summary = _finish(ShardStore(workdir), ["rows"], output, format, True, counters,
                      {"read": time.perf_counter() - started}, started, key, {})
    shutil.rmtree(workdir, ignore_errors=True)
    return summary


def _fingerprinted(rows: Iterable[dict[str, Any]]) -> Iterator[tuple[Record, Any]]:
    for number, row in enumerate(rows, 1):
        missing = [key for key in ROW_KEYS if key not in row]
        if missing:
            raise InputError(f"row {number} has no {', '.join(missing)}")
        record = Record.from_dict(row)
        yield record, fingerprint(record.source, record.article) if record.article.ok else None


def _finish(store: ShardStore, names: list[str], output: Path, format: str, dedup: bool, counters: Counters,
            seconds: dict[str, float], started: float, job: str, skipped: dict[str, int]) -> RunSummary:
    """The final stage: cluster, merge, write every row, then `summary.json`."""
    final_started = time.perf_counter()
    stats = ClusterStats()
    written = sum(1 for _ in run_steps([AssignClusters(store, dedup, stats), writer_for(format, output)], names))
    seconds = {**seconds, "final": time.perf_counter() - final_started, "total": time.perf_counter() - started}
    summary = RunSummary(
        output=output / OUTPUT_FORMATS[format].path, records=written, clusters=stats.clusters,
        duplicates=stats.duplicates, seconds={k: round(v, 3) for k, v in seconds.items()},
        shards=counters.shards, resumed_records=counters.resumed_records, skipped=skipped, **counters.to_dict(),
    )
    extra = {"merged_clusters": stats.merged, "format": format, "job": job}
    write_atomic(output / SUMMARY, orjson.dumps(summary.to_dict() | extra, option=orjson.OPT_INDENT_2))
    return summary


def _output_file(path: Path) -> tuple[Path, OutputFormat]:
    """The run output file `path` is or holds, and its format; `InputError` otherwise."""
    readable = [f for f in OUTPUT_FORMATS.values() if f.reader]
    names = " or ".join(f.path for f in readable)
    if path.is_dir():
        for fmt in readable:
            if (path / fmt.path).is_file():
                return path / fmt.path, fmt
        raise InputError(f"{path}: no {names} in this folder")
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    found = readable_output(path)
    if found is None:
        raise InputError(f"{path}: not a copydesk run output (expected {names})")
    return path, found


def check_output(output: Path, job: str | None = None, overwrite: bool = False) -> list[str]:
    """The run outputs already in `output` (to be replaced); `OutputError` when `output` is a file,
    or holds outputs of a job other than `job` (None: any job) and `overwrite` is off."""
    if output.exists() and not output.is_dir():
        raise OutputError(f"{output}: exists and is not a folder")
    present = [name for name in OUTPUT_PATHS if (output / name).exists()]
    if present and not overwrite and (job is None or _summary_job(output / SUMMARY) != job):
        raise OutputError(f"{output}: holds another job's outputs ({', '.join(present)}); "
                          "choose an empty folder or pass --overwrite")
    return present


def _claim_output(output: Path, job: str, overwrite: bool) -> None:
    """Make `output` ready for `job`: refuse a folder holding another job's outputs unless
    `overwrite` (then remove them, so no stale file of another format stays beside the new one)."""
    present = check_output(output, job, overwrite)
    try:
        for name in present:
            target = output / name
            shutil.rmtree(target) if target.is_dir() else target.unlink()
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{output}: cannot write here: {exc.strerror or exc}") from exc


def _summary_job(path: Path) -> str | None:
    try:
        job = orjson.loads(path.read_bytes()).get("job")
    except (OSError, orjson.JSONDecodeError, AttributeError):
        return None
    return job if isinstance(job, str) else None


def _plan_key(specs: Sequence[ShardSpec], options: ExtractOptions, dedup: bool, profiles: str | Path) -> str:
    """What makes two runs the same job: the shards, the input files' sizes and times, the settings."""
    files = sorted({p for spec in specs for p in spec.paths})
    stamps = [(p, *_stamp(p)) for p in files]
    material = repr((specs, stamps, options, dedup, str(profiles))).encode("utf-8")
    return hashlib.sha256(material).hexdigest()


def _stamp(path: str) -> tuple[int, int]:
    try:
        stat = Path(path).stat()
    except OSError:
        return (-1, -1)
    return (stat.st_size, stat.st_mtime_ns)


def _prepare_workdir(workdir: Path, key: str | None) -> Path:
    """The working folder, emptied unless it holds shards of this very job."""
    plan = workdir / "plan.key"
    if key is None or not plan.is_file() or plan.read_text() != key:
        shutil.rmtree(workdir, ignore_errors=True)
        try:
            workdir.mkdir(parents=True)
            if key is not None:
                write_atomic(plan, key.encode("ascii"))
        except OSError as exc:
            raise OutputError(f"{workdir.parent}: cannot write here: {exc.strerror or exc}") from exc
    return workdir


def _profiles(setting: str | Path, specs: Sequence[ShardSpec]) -> tuple[dict[str, SiteProfile], SiteProfile | None]:
    if str(setting) == "off":
        return {}, None
    if str(setting) == "auto":
        text_shards = [spec for spec in specs if may_hold_text(spec)]
        return learn_profiles(run_steps([ReadShards()], text_shards)), None
    path = Path(setting)
    if not path.is_file():
        raise ConfigError(f"--profiles must be auto, off or a profile file; no such file: {path}")
    return {}, SiteProfile.load(path)


def _local_executor(workers: int) -> Executor:
    # The one upward reference in the pipeline package: the default executor for
    # `workers` > 1. The executor itself only knows `pipeline.base`.
    from copydesk.executors.local import LocalExecutor

    return LocalExecutor(workers)
