"""`copydesk dedup OUTPUT_DIR_OR_FILE --output DIR [--format parquet|jsonl|text]`: re-cluster a run's output."""

from __future__ import annotations

import argparse
from pathlib import Path

from copydesk.cli.run import report
from copydesk.pipeline import FORMATS, dedup_output


def configure(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "dedup", help="re-cluster the rows of an existing `copydesk run` output",
        description="Read articles.parquet or articles.jsonl (or the folder holding it), cluster copies afresh, "
                    "merge each cluster's metadata into its canonical row, write DIR/articles.* and summary.json.",
    )
    parser.add_argument("source", type=Path, metavar="OUTPUT_DIR_OR_FILE")
    parser.add_argument("--output", required=True, type=Path, metavar="DIR")
    parser.add_argument("--format", choices=FORMATS, default="parquet")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    report(dedup_output(args.source, args.output, format=args.format))
    return 0
