"""`copydesk run INPUT… --output DIR [--format parquet|jsonl|text] [--overwrite] [--workers N]
[--executor local|dask --address ADDR] [--no-dedup] [--profiles auto|off|FILE] [limits]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from copydesk.cli import EXIT_FAILED, EXIT_OK
from copydesk.cli.limits import add_limit_options, extract_options, positive_int
from copydesk.executors import EXECUTORS
from copydesk.pipeline.outputs import FORMATS
from copydesk.pipeline.readers import INPUT_KINDS

if TYPE_CHECKING:
    from copydesk.executors.progress import ProgressBar
    from copydesk.pipeline import RunSummary


def configure(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "run", help="turn WARCs, folders of pages, text files, JSONL or Parquet into one clean row per record",
        description="Process a corpus into OUTPUT/articles.{parquet,jsonl} (or OUTPUT/articles/*.txt with "
                    "OUTPUT/articles/index.jsonl) and OUTPUT/summary.json. Ctrl-C or SIGTERM stops every worker "
                    "and keeps the finished shards: rerun the same command to resume. Exit 0: rows written; "
                    "1: every row is an error; 2: bad options; 3: no input to read; 4: output refused or "
                    "unwritable; 130/143: interrupted.",
    )
    suffixes = ", ".join(suffix for kind in INPUT_KINDS.values() for suffix in kind.suffixes)
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help=f"files ({suffixes}), folders or globs")
    add_output_options(parser)
    parser.add_argument("--workers", type=positive_int, default=1, metavar="N", help="worker processes")
    parser.add_argument("--executor", choices=tuple(EXECUTORS), default="local",
                        help="where shards run: this machine, or a cluster (needs copydesk[NAME]; the output "
                             "folder must be shared with its workers)")
    parser.add_argument("--address", metavar="ADDRESS",
                        help="the cluster's scheduler (e.g. tcp://host:8786); none: a local cluster of --workers "
                             "processes")
    parser.add_argument("--no-dedup", dest="dedup", action="store_false", help="do not cluster copies")
    parser.add_argument("--profiles", default="off", metavar="auto|off|FILE",
                        help="site templates for text inputs: learn them (auto), none (off), or load one JSON")
    add_limit_options(parser)
    parser.add_argument("--shard-size", type=positive_int, default=None, metavar="N", help=argparse.SUPPRESS)
    parser.set_defaults(handler=run)


def add_output_options(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    """`--output DIR`, `--format` and `--overwrite`, as `run`, `crawl` and `dedup` take them."""
    parser.add_argument("--output", required=required, type=Path, metavar="DIR",
                        help="the output folder" + ("" if required else ": also extract the pages into it"))
    parser.add_argument("--format", choices=FORMATS, default="parquet", help="the articles file written in DIR")
    parser.add_argument("--overwrite", action="store_true",
                        help="replace another job's outputs in DIR (without it such a folder is refused)")


def run(args: argparse.Namespace) -> int:
    from copydesk.executors import make_executor
    from copydesk.pipeline import run_corpus

    extra = {"shard_size": args.shard_size} if args.shard_size else {}
    executor = make_executor(args.executor, workers=args.workers, address=args.address)
    bar = progress_bar()
    try:
        summary = run_corpus(args.inputs, args.output, format=args.format, workers=args.workers, dedup=args.dedup,
                             profiles=args.profiles, options=extract_options(args), progress=bar,
                             executor=executor, overwrite=args.overwrite, **extra)
    finally:
        if bar is not None:
            bar.close()
    return report(summary)


def progress_bar() -> ProgressBar | None:
    """A progress bar on stderr when it is a terminal."""
    if not sys.stderr.isatty():
        return None
    from copydesk.executors.progress import ProgressBar

    return ProgressBar()


def report(summary: RunSummary, command: str = "run") -> int:
    """Lines on stderr: rows by status, clusters, speed, where the output is; shards reused and
    files skipped. The exit code: `EXIT_FAILED` when no row is anything but an error."""
    from copydesk.pipeline.readers import describe_skipped

    counts = ", ".join(f"{n} {status}" for status, n in summary.status.items())
    print(f"{summary.records} rows ({counts}); {summary.clusters} clusters, {summary.duplicates} duplicates; "
          f"{summary.pages_per_second:.1f} pages/s → {summary.output}", file=sys.stderr)
    if summary.shards.get("resumed"):
        print(f"reused {summary.shards['resumed']} of {summary.shards['total']} shards "
              f"({summary.resumed_records} rows) from an earlier run", file=sys.stderr)
    if summary.skipped:
        print(f"skipped in folders: {describe_skipped(summary.skipped)}", file=sys.stderr)
    limited = {s: n for s, n in summary.status.items() if s in ("too_large", "timeout")}
    if limited:
        print("rows refused by a limit: " + ", ".join(f"{n} {s}" for s, n in limited.items())
              + " (--max-bytes and --time-limit raise the limits)", file=sys.stderr)
    errors = summary.status.get("error", 0)
    if summary.records == 0 or errors == summary.records:
        what = "no record was read" if summary.records == 0 else f"every row ({errors}) is an error"
        print(f"copydesk {command}: {what}; see the reason column in {summary.output}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK
