"""`copydesk dedup OUTPUT_DIR_OR_FILE --output DIR [--format parquet|jsonl|text] [--overwrite]`:
re-cluster a run's output."""

from __future__ import annotations

import argparse
from pathlib import Path

from copydesk.cli.run import add_output_options, report


def configure(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "dedup", help="re-cluster the rows of an existing `copydesk run` output",
        description="Read articles.parquet or articles.jsonl (or the folder holding it), cluster copies afresh, "
                    "merge each cluster's metadata into its canonical row, write DIR/articles.* and summary.json. "
                    "Exit 0: rows written; 1: every row is an error; 3: not a run output; 4: output refused.",
    )
    parser.add_argument("source", type=Path, metavar="OUTPUT_DIR_OR_FILE")
    add_output_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from copydesk.pipeline import dedup_output

    return report(dedup_output(args.source, args.output, format=args.format, overwrite=args.overwrite), "dedup")
