"""The limit options every command that reads pages shares: `--max-bytes` and `--time-limit`.

One set, with the library's own defaults: `extract`, `clean`, `run`, `crawl` and `serve`
pass them to `ExtractOptions` (and `extract URL`, `fetch` and `crawl` also to the fetch
body limit; `serve` to the request body limit). A record refused by a limit gets a hint
naming the option that raises it.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from copydesk.options import MAX_INPUT_BYTES, TIME_BUDGET_S

if TYPE_CHECKING:
    from copydesk.model import Article
    from copydesk.options import ExtractOptions


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, not {text}")
    return value


def add_limit_options(parser: argparse.ArgumentParser, *, time: bool = True) -> None:
    """`--max-bytes`, and unless `time` is False (commands that only fetch) `--time-limit`."""
    group = parser.add_argument_group("limits")
    group.add_argument("--max-bytes", type=positive_int, default=MAX_INPUT_BYTES, metavar="N",
                       help=f"largest page or text accepted, and largest body fetched "
                            f"(default: {MAX_INPUT_BYTES} = {MAX_INPUT_BYTES >> 20} MiB)")
    if time:
        group.add_argument("--time-limit", type=positive_float, default=TIME_BUDGET_S, metavar="S",
                           help="seconds one page's extraction may take (default: %(default)s)")


def extract_options(args: argparse.Namespace) -> ExtractOptions:
    """The `ExtractOptions` the limit flags ask for."""
    from copydesk.options import ExtractOptions

    return ExtractOptions(max_bytes=args.max_bytes, max_text_chars=args.max_bytes, time_budget=args.time_limit)


def limit_hint(article: Article) -> str:
    """`; --max-bytes raises the limit` when a record was refused by a limit an option sets, else ''."""
    reason = article.reason or ""
    if article.status.value == "too_large" and ("bytes" in reason or "characters" in reason):
        return "; --max-bytes raises the limit"
    if article.status.value == "timeout":
        return "; --time-limit raises the limit"
    return ""
