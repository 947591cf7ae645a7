"""The `copydesk` command: one subcommand module each, all built on the public API.

Exit codes, the same for every command (each command's help says which it uses):

    0    done: an article, or a run with at least one row that is not an error
    1    the input was read but yielded nothing: no article, every row an error, fetches failed
    2    bad arguments or options (argparse's own code; also an unknown or unusable option value)
    3    an input that is missing or unreadable
    4    an output that is refused (another job's outputs) or cannot be written (full disk, no permission)
    130  stopped by Ctrl-C (SIGINT); 143: stopped by SIGTERM. A corpus run keeps its finished shards.

Subcommand modules import only argparse-level things at the top, so `copydesk --help`
starts quickly; what a command needs is imported when it runs.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import FrameType

from copydesk import __version__
from copydesk.errors import ConfigError, CopydeskError, Interrupted, OutputError

# Subcommand modules; each defines `configure(subparsers)` and sets its handler
# through `set_defaults(handler=...)`. Imported here so `--help` lists them all.
COMMANDS: tuple[str, ...] = ("extract", "clean", "profile", "run", "dedup", "fetch", "crawl", "serve")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_OUTPUT = 4
EXIT_SIGNAL_BASE = 128  # shells report a process ended by signal N as 128 + N
# Commands that read one page and end: what their process allocates (modules, compiled patterns, models)
# lives to the end, and their matrix products stay on one OpenBLAS thread (`learn.SINGLE_THREAD_WORK`).
ONE_PAGE_COMMANDS = frozenset({"extract"})


class HelpFormatter(argparse.HelpFormatter):
    """Help that shows every option's default (when it has a meaningful one)."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        if ("default" in text or not action.option_strings or action.nargs == 0
                or action.default in (None, [], argparse.SUPPRESS)):
            return text
        return f"{text} (default: %(default)s)"


class _TopHelpFormatter(HelpFormatter, argparse.RawDescriptionHelpFormatter):
    """The top-level help keeps the exit-code table's lines as written."""


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or of `command` alone (so a command's start-up does not pay for
    importing the others' modules)."""
    parser = argparse.ArgumentParser(prog="copydesk", description="Raw news pages in, clean article records out.",
                                     formatter_class=_TopHelpFormatter, epilog=_exit_codes())
    parser.add_argument("--version", action="version", version=f"copydesk {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in (command,) if command in COMMANDS else COMMANDS:
        importlib.import_module(f"copydesk.cli.{name}").configure(subparsers)
    _each_parser(parser)
    return parser


def _exit_codes() -> str:
    doc = __doc__ or ""
    return doc[doc.index("Exit codes"):doc.index("Subcommand modules")].strip()


def _each_parser(parser: argparse.ArgumentParser) -> None:
    """Every command parser shows defaults and is the one that reports its own stray arguments."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                sub.formatter_class = HelpFormatter
                sub.set_defaults(command_parser=sub)
                _each_parser(sub)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `copydesk` console script."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] and argv[0] in ONE_PAGE_COMMANDS:
        with _one_page_process():
            return _run(argv)
    return _run(argv)


@contextmanager
def _one_page_process() -> Iterator[None]:
    """No cyclic collection while it runs, and one OpenBLAS thread unless the user set a number.

    A one-page command builds ~25,000 tracked objects that live to its end (modules, patterns, models):
    the collector's ~60 passes over them cost ~25 ms of CPU, and the thread pool OpenBLAS starts with
    numpy ~25 ms more (more with more cores) for products that never use it. Both are restored after.
    """
    collecting = gc.isenabled()
    threads = os.environ.get("OPENBLAS_NUM_THREADS")
    gc.disable()
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # read once, when numpy first loads
    try:
        yield
    finally:
        if threads is None:
            os.environ.pop("OPENBLAS_NUM_THREADS", None)
        if collecting:
            gc.enable()


def _run(argv: list[str]) -> int:
    parser = build_parser(argv[0] if argv else None)
    args, stray = parser.parse_known_args(argv)
    if stray:
        args.command_parser.error(f"unrecognized arguments: {' '.join(stray)}")
    received: list[int] = []

    def stop(signum: int, frame: FrameType | None) -> None:
        received.append(signum)
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        return int(args.handler(args) or EXIT_OK)
    except Interrupted as exc:
        _say(args, f"interrupted: {exc.done} of {exc.total} shards done; rerun the same command to resume")
        return EXIT_SIGNAL_BASE + (received[0] if received else signal.SIGINT)
    except KeyboardInterrupt:
        _say(args, "interrupted")
        return EXIT_SIGNAL_BASE + (received[0] if received else signal.SIGINT)
    except ConfigError as exc:
        _say(args, str(exc))
        return EXIT_USAGE
    except OutputError as exc:
        _say(args, str(exc))
        return EXIT_OUTPUT
    except CopydeskError as exc:
        _say(args, str(exc))
        return EXIT_INPUT
    except OSError as exc:  # writing an output: a full disk, a folder made read-only meanwhile…
        where = f"{exc.filename}: " if exc.filename else ""
        _say(args, f"cannot write: {where}{exc.strerror or exc}")
        return EXIT_OUTPUT
    finally:
        signal.signal(signal.SIGTERM, previous)


def _say(args: argparse.Namespace, message: str) -> None:
    print(f"copydesk {args.command}: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
