"""One function of the metadata readers timed before and after a change, on the calls `read_metadata` makes.

    python -m benchmarks.ab_metadata_part title.choose_title [--before main] [--rounds 5] [--every 1]

The function (`module.name` under `copydesk.extract.metadata`) is wrapped while this tree's `read_metadata`
reads every `--every`-th shared page, which records the arguments of each call; then both versions of the
function replay each page's calls in turn (which one first alternates), `--rounds` times, and a page's time is
its fastest round in thread time. Also counts the pages where an answer differs (compared by `repr`). Where a
whole-`read_metadata` A/B (`ab_metadata`) moves by less than its spread, this measures the part itself.
"""

from __future__ import annotations

import copy
import importlib
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from benchmarks.ab_extract import ab_parser, interleaved, load_before, print_ratio
from benchmarks.datasets import all_pages


def recorded_calls(module: str, name: str, every: int) -> list[list[tuple[tuple[Any, ...], dict[str, Any]]]]:
    """Each page's calls of `copydesk.extract.metadata.<module>.<name>` while `read_metadata` reads it: the
    function is replaced under its name in every metadata module that holds it."""
    from copydesk.extract.metadata import read_metadata
    from copydesk.html import decode_html

    original = getattr(importlib.import_module(f"copydesk.extract.metadata.{module}"), name)
    holders = [m for key, m in list(sys.modules.items())
               if key.startswith("copydesk.extract.metadata") and getattr(m, name, None) is original]
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []

    def recording(*args: Any, **kwargs: Any) -> Any:
        calls.append((copy.copy(args), dict(kwargs)))  # lists given are the caller's: copied as they were
        return original(*args, **kwargs)

    pages = []
    for holder in holders:
        setattr(holder, name, recording)
    try:
        for i, page in enumerate(all_pages()):
            if i % every == 0:
                calls = []
                read_metadata(LexborHTMLParser(decode_html(page.html)[0]), page.url)
                pages.append(calls)
    finally:
        for holder in holders:
            setattr(holder, name, original)
    return [page for page in pages if page]


def _replay(function: Callable[..., Any]) -> Callable[..., list[Any]]:
    return lambda calls: [function(*args, **kwargs) for args, kwargs in calls]


def main() -> None:
    parser = ab_parser(__doc__, rounds=5, split=False)
    parser.add_argument("function", help="module.name under copydesk.extract.metadata, e.g. title.choose_title")
    parser.add_argument("--every", type=int, default=1, help="every n-th shared page only (a quicker look)")
    args = parser.parse_args()
    module, _, name = args.function.rpartition(".")
    pages = [(calls,) for calls in recorded_calls(module, name, args.every)]
    with tempfile.TemporaryDirectory(prefix="ab-metadata-part-") as folder:
        before = load_before(args.before, Path(folder))
        versions = {
            "before": _replay(getattr(importlib.import_module(f"{before.__name__}.extract.metadata.{module}"), name)),
            "after": _replay(getattr(importlib.import_module(f"copydesk.extract.metadata.{module}"), name))}
        best, differ = interleaved(versions, pages, args.rounds, time.thread_time, key=repr)
    calls = sum(len(page) for (page,) in pages)
    print_ratio(best, f"{args.function}: {len(pages)} pages, {calls} calls, fastest of {args.rounds} rounds "
                      f"(thread time, a page's calls together); {differ} pages give another answer", digits=4)


if __name__ == "__main__":
    main()
