"""Where `extract`'s time goes: CPU time per stage of the recipe, on the holdout pages.

    python -m benchmarks.profile_extract [--split holdout] [--rounds 3]

Each stage function of `copydesk.extract.engine` (and the pre-scan inside `parse_html`) is
wrapped with a CPU-time counter (`time.process_time`, so other jobs on the machine weigh
less than in wall time). Every page is extracted `--rounds` times and its fastest round
kept; the table covers the middle 60% of pages by time (the pages around the median, which
is what the speed ratio to trafilatura compares) and all pages. Run it with `PYTHONPATH`
at another checkout's `src` for the "before".
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from itertools import chain
from types import ModuleType
from typing import Any

from benchmarks.datasets import REFERENCE_DAY, trafilatura_pages, wcxb_pages

STAGES = ("check_input", "decode_html", "parse_html", "read_metadata", "collect_blocks", "classify_page",
          "_story", "apply_model", "assemble_article")
PRESCAN = ("needs_replay", "_refuse_costly")  # inside parse_html
MIDDLE = (0.2, 0.8)  # the share of pages, by time, that the middle table covers


def time_calls(module: ModuleType, name: str, spent: dict[str, float],
               clock: Callable[[], float] = time.process_time) -> Callable[..., Any]:
    """Wrap `module.name` so each call adds its `clock` time to `spent[name]`; returns the original."""
    original: Callable[..., Any] = getattr(module, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = clock()
        try:
            return original(*args, **kwargs)
        finally:
            spent[name] += clock() - started

    setattr(module, name, wrapper)
    return original


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="holdout", choices=("tune", "holdout"))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    engine = importlib.import_module("copydesk.extract.engine")
    parse = importlib.import_module("copydesk.html.parse")
    options = importlib.import_module("copydesk.options").ExtractOptions(today=REFERENCE_DAY, time_budget=600.0)
    pages = list(chain(wcxb_pages(split=args.split), trafilatura_pages(split=args.split)))
    best: list[tuple[float, dict[str, float]]] = [(float("inf"), {})] * len(pages)
    spent: dict[str, float] = defaultdict(float)
    for name in STAGES:
        time_calls(engine, name, spent)
    for name in PRESCAN:
        time_calls(parse, name, spent)
    for _ in range(args.rounds):
        for i, page in enumerate(pages):
            spent.clear()
            started = time.process_time()
            engine.extract(page.html, page.url or None, options=options)
            total = time.process_time() - started
            if total < best[i][0]:
                best[i] = (total, dict(spent))
    order = sorted(range(len(pages)), key=lambda i: best[i][0])
    middle = order[int(MIDDLE[0] * len(order)):int(MIDDLE[1] * len(order))]
    print(f"{len(pages)} {args.split} pages, fastest of {args.rounds} rounds; "
          f"median {statistics.median(t for t, _ in best) * 1000:.2f} ms CPU a page\n")
    print("| stage | middle 60%: ms a page | share | all pages: ms a page | share |")
    print("|---|---:|---:|---:|---:|")
    rows = [*STAGES, *PRESCAN]
    groups = (("middle", middle), ("all", order))
    sums = {key: {name: sum(best[i][1].get(name, 0.0) for i in chosen) / len(chosen) for name in rows}
            for key, chosen in groups}
    totals = {key: sum(best[i][0] for i in chosen) / len(chosen) for key, chosen in groups}
    for name in sorted(rows, key=lambda n: -sums["middle"][n]):
        label = f"  {name} (in parse_html)" if name in PRESCAN else name
        print(f"| {label} | {sums['middle'][name] * 1000:.2f} | {sums['middle'][name] / totals['middle']:.1%} "
              f"| {sums['all'][name] * 1000:.2f} | {sums['all'][name] / totals['all']:.1%} |")
    print(f"| **extract** | **{totals['middle'] * 1000:.2f}** | | **{totals['all'] * 1000:.2f}** | |")


if __name__ == "__main__":
    main()
