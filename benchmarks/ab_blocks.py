"""The walk (`blocks.collect_blocks`) before and after a change, in one process, on the same parsed trees.

    python -m benchmarks.ab_blocks [--before main] [--split holdout] [--rounds 5]

Every page is extracted once by the working tree, and the arguments of its `collect_blocks` call (the parsed
tree, the options, the clock) are kept; both versions then walk the same trees in turn (as `ab_extract` does:
which one first alternates), `--rounds` times, each call's fastest round in CPU time. Pages are compared by
everything the walk returns (`dataclasses.astuple` of the `Page`: blocks, frames, images).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from benchmarks.ab_extract import ab_function, ab_parser, captured, print_ratio


def captured_calls(split: str) -> list[tuple[Any, ...]]:
    """`collect_blocks`' arguments, one tuple a page."""
    from copydesk.extract import engine

    return captured(engine, "collect_blocks", lambda *args: args, split)


def main() -> None:
    args = ab_parser(__doc__, rounds=5).parse_args()
    calls = captured_calls(args.split)
    best, differ = ab_function("extract.blocks", "collect_blocks", calls, args, key=dataclasses.astuple)
    print_ratio(best, f"collect_blocks on {len(calls)} {args.split} pages, fastest of {args.rounds} rounds (CPU time); "
                      f"{differ} pages give another Page", digits=3)


if __name__ == "__main__":
    main()
