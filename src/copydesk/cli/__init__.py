"""The `copydesk` command: one subcommand module each, all built on the public API."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from copydesk.errors import CopydeskError

# Subcommand modules; each defines `configure(subparsers)` and returns its handler
# through `set_defaults(handler=...)`. Imported here so `--help` lists them all.
COMMANDS: tuple[str, ...] = ("extract", "clean", "profile", "run", "dedup", "fetch", "crawl", "serve")

EXIT_OK = 0
EXIT_FAILED = 1  # the input was read but yielded no article
EXIT_USAGE = 2  # bad arguments (argparse's own code)
EXIT_INPUT = 3  # unreadable input


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="copydesk", description="Raw news pages in, clean article records out.")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"copydesk.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"copydesk.cli.{name}":
                raise
            continue  # a subcommand not built yet
        module.configure(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `copydesk` console script."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args) or EXIT_OK)
    except CopydeskError as exc:
        print(f"copydesk {args.command}: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
