"""`copydesk run INPUT… --output DIR [--format parquet|jsonl|text] [--workers N] [--no-dedup]
[--profiles auto|off|FILE] [--dask ADDRESS|local | --ray ADDRESS|auto|local]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from copydesk.errors import ConfigError
from copydesk.executors import ProgressBar
from copydesk.pipeline import FORMATS, RunSummary, run_corpus
from copydesk.pipeline.base import Executor


def configure(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "run", help="turn WARCs, folders of pages, text files, JSONL or Parquet into one clean row per record",
        description="Process a corpus into OUTPUT/articles.{parquet,jsonl} (or OUTPUT/articles/*.txt) and "
                    "OUTPUT/summary.json. Rerun the same command after a crash to resume.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help=".warc[.gz], .html[.gz], .txt, .jsonl[.gz], .parquet files, folders or globs")
    parser.add_argument("--output", required=True, type=Path, metavar="DIR")
    parser.add_argument("--format", choices=FORMATS, default="parquet")
    parser.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes (default 1)")
    parser.add_argument("--no-dedup", dest="dedup", action="store_false", help="do not cluster copies")
    parser.add_argument("--profiles", default="off", metavar="auto|off|FILE",
                        help="site templates for text inputs: learn them (auto), none (off), or load one JSON")
    parser.add_argument("--dask", metavar="ADDRESS|local",
                        help="run shards on a Dask cluster: its scheduler's address, or `local` for a local one of "
                             "--workers processes (needs copydesk[dask]; the output folder must be shared)")
    # issue 19 (Ray executor): re-apply as the executor registry's `ray` entry, built by `ray_executor`.
    parser.add_argument("--ray", metavar="ADDRESS|auto|local",
                        help="run shards on a Ray cluster: auto, ray://host:port, or `local` for a local one of "
                             "--workers CPUs (needs copydesk[ray]; the output folder must be shared)")
    parser.add_argument("--shard-size", type=int, default=None, metavar="N", help=argparse.SUPPRESS)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    extra = {"shard_size": args.shard_size} if args.shard_size else {}
    executor = ray_executor(args) or dask_executor(args)
    summary = run_corpus(args.inputs, args.output, format=args.format, workers=args.workers, dedup=args.dedup,
                         profiles=args.profiles, progress=progress_bar(), executor=executor, **extra)
    report(summary)
    return 0


def dask_executor(args: argparse.Namespace) -> Executor | None:
    """The Dask executor `--dask` asks for, or None for the local process pool."""
    if not args.dask:
        return None
    try:
        from copydesk.executors.dask import DaskExecutor
    except ModuleNotFoundError as exc:
        raise ConfigError(f"--dask needs its extra: pip install 'copydesk[dask]' ({exc.name} missing)") from exc
    return DaskExecutor(None if args.dask == "local" else args.dask, workers=args.workers)


def ray_executor(args: argparse.Namespace) -> Executor | None:
    """The Ray executor `--ray` asks for (issue 19), or None."""
    if not args.ray:
        return None
    if args.dask:
        raise ConfigError("--ray and --dask both given: choose one executor")
    from copydesk.executors.ray import RayExecutor  # imports Ray itself only when it runs

    return RayExecutor(args.workers, args.ray)


def progress_bar() -> ProgressBar | None:
    """A progress bar on stderr when it is a terminal."""
    return ProgressBar() if sys.stderr.isatty() else None


def report(summary: RunSummary) -> None:
    """One line on stderr: rows by status, clusters, speed, where the output is."""
    counts = ", ".join(f"{n} {status}" for status, n in summary.status.items())
    print(f"{summary.records} rows ({counts}); {summary.clusters} clusters, {summary.duplicates} duplicates; "
          f"{summary.pages_per_second:.1f} pages/s → {summary.output}", file=sys.stderr)
