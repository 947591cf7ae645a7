"""The page's status verdict (`status.judge_status`) before and after a change, in one process.

    python -m benchmarks.ab_status [--before main] [--split holdout] [--rounds 5]

Every page is extracted once by the working tree, and the arguments of each `judge_status` call are kept; both
versions then get the same arguments in turn (as `ab_extract` does: which one first alternates), `--rounds`
times, each call's fastest round in CPU time. Verdicts are compared as (status value, reason).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from benchmarks.ab_extract import ab_function, ab_parser, captured, print_ratio


def captured_calls(split: str) -> list[tuple[tuple, dict]]:
    """`judge_status`' positional and keyword arguments, one pair a page."""
    from copydesk.extract import assemble

    return captured(assemble, "judge_status", lambda *args, **kwargs: (args, kwargs), split)


def _spread(judge: Callable[..., Any]) -> Callable[[tuple, dict], Any]:
    """`judge` called with a captured (positional, keyword) pair."""
    return lambda args, kwargs: judge(*args, **kwargs)


def main() -> None:
    args = ab_parser(__doc__, rounds=5).parse_args()
    calls = captured_calls(args.split)
    best, differ = ab_function("extract.status", "judge_status", calls, args,
                               key=lambda verdict: (verdict[0].value, verdict[1]), wrap=_spread)
    print_ratio(best, f"judge_status on {len(calls)} {args.split} pages, fastest of {args.rounds} rounds (CPU time); "
                      f"{differ} pages give another verdict", digits=4)


if __name__ == "__main__":
    main()
