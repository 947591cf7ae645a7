"""Extraction time before and after a change, in one process, page by page.

    python -m benchmarks.ab_extract [--before main] [--split holdout] [--rounds 3]

The `--before` revision's `src/copydesk` is taken with `git archive` into a temporary
folder and renamed `copydesk_before` (every `copydesk` module reference rewritten), so
both versions load side by side. Each page goes to both in turn (which one first
alternates), `--rounds` times; a page's time is its fastest round in CPU time. On a
machine shared with other jobs this compares far more steadily than two runs of
`bench_extract` taken minutes apart. Also checks that both give the same `Article`.
"""

from __future__ import annotations

import argparse
import importlib
import io
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Sequence
from itertools import chain
from pathlib import Path
from typing import Any

from benchmarks.datasets import REFERENCE_DAY, trafilatura_pages, wcxb_pages

ROOT = Path(__file__).resolve().parents[1]
# `copydesk` as a module name: `copydesk.x`, `from copydesk import`, `import copydesk`, `"copydesk"` (resources).
MODULE_NAME = re.compile(r"\bcopydesk\b(?=\.|\s+import|\s*$|\")", re.MULTILINE)


def load_before(revision: str, folder: Path) -> Any:
    """The package at `revision` imported as `copydesk_before`."""
    archive = subprocess.run(["git", "archive", revision, "src/copydesk"], cwd=ROOT, capture_output=True,
                             check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    package = folder / "copydesk_before"
    (folder / "src" / "copydesk").rename(package)
    for path in package.rglob("*.py"):
        path.write_text(MODULE_NAME.sub("copydesk_before", path.read_text(encoding="utf-8")), encoding="utf-8")
    sys.path.insert(0, str(folder))
    return importlib.import_module("copydesk_before")


def interleaved(versions: dict[str, Callable[..., Any]], calls: Sequence[tuple], rounds: int,
                clock: Callable[[], float], key: Callable[[Any], Any]) -> tuple[dict[str, list[float]], int]:
    """Each call's fastest of `rounds` times under each version (which one runs first alternates by call and
    round), and how many calls give the versions' outputs apart in the first round, compared by `key` (the
    two versions' classes never compare equal; `key` runs outside the timing)."""
    best = {name: [float("inf")] * len(calls) for name in versions}
    differ = 0
    for round_ in range(rounds):
        for i, args in enumerate(calls):
            order = list(versions.items())
            if (i + round_) % 2:
                order.reverse()
            got = {}
            for name, run in order:
                started = clock()
                output = run(*args)
                best[name][i] = min(best[name][i], clock() - started)
                got[name] = key(output)
            differ += round_ == 0 and got["before"] != got["after"]
    return best, differ


def ab_function(module: str, name: str, calls: Sequence[tuple], args: argparse.Namespace,
                key: Callable[[Any], Any], wrap: Callable[[Callable[..., Any]], Callable[..., Any]] = lambda f: f,
                ) -> tuple[dict[str, list[float]], int]:
    """`interleaved` over `calls` of the function `name` in `copydesk.<module>`, as it is at `args.before`
    and as it is now, in CPU time; `wrap` adapts a function to the captured calls' shape."""
    current = importlib.import_module(f"copydesk.{module}")
    with tempfile.TemporaryDirectory(prefix="ab-") as folder:
        before = load_before(args.before, Path(folder))
        old = importlib.import_module(f"{before.__name__}.{module}")
        versions = {"before": wrap(getattr(old, name)), "after": wrap(getattr(current, name))}
        return interleaved(versions, calls, args.rounds, time.process_time, key)


def print_ratio(best: dict[str, list[float]], heading: str, digits: int = 2) -> None:
    """The heading, each version's median and mean in ms, and after / before."""
    medians = {name: statistics.median(times) for name, times in best.items()}
    means = {name: sum(times) / len(times) for name, times in best.items()}
    print(heading)
    for name in best:
        print(f"{name:7s} median {medians[name] * 1000:6.{digits}f} ms   mean {means[name] * 1000:6.{digits}f} ms")
    print(f"after / before: median {medians['after'] / medians['before']:.3f}, "
          f"mean {means['after'] / means['before']:.3f}")


def captured(module: Any, name: str, record: Callable[..., Any], split: str) -> list[Any]:
    """`extract` run over the split's pages with `module.name` wrapped: what `record` makes of each call's
    arguments, one item a call (the calls an A/B of that function replays)."""
    from copydesk import extract
    from copydesk.options import ExtractOptions

    calls: list[Any] = []
    original = getattr(module, name)

    def keep(*args: Any, **kwargs: Any) -> Any:
        calls.append(record(*args, **kwargs))
        return original(*args, **kwargs)

    setattr(module, name, keep)
    try:
        options = ExtractOptions(today=REFERENCE_DAY, time_budget=600.0)
        for page in chain(wcxb_pages(split=split), trafilatura_pages(split=split)):
            extract(page.html, page.url or None, options=options)
    finally:
        setattr(module, name, original)
    return calls


def ab_parser(doc: str | None, rounds: int, split: bool = True) -> argparse.ArgumentParser:
    """The options every A/B script takes: the revision to compare with, the split, the rounds."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--before", default="main", help="git revision to compare with (default: main)")
    if split:
        parser.add_argument("--split", default="holdout", choices=("tune", "holdout"))
    parser.add_argument("--rounds", type=int, default=rounds)
    return parser


def main() -> None:
    args = ab_parser(__doc__, rounds=3).parse_args()
    import copydesk

    with tempfile.TemporaryDirectory(prefix="ab-extract-") as folder:
        before = load_before(args.before, Path(folder))
        versions = {name: _extract_with(package) for name, package in (("before", before), ("after", copydesk))}
        pages = list(chain(wcxb_pages(split=args.split), trafilatura_pages(split=args.split)))
        best, differ = interleaved(versions, [(page.html, page.url or None) for page in pages], args.rounds,
                                   time.process_time, key=lambda article: article.to_dict())
    print_ratio(best, f"{len(pages)} {args.split} pages, fastest of {args.rounds} rounds (CPU time); "
                      f"{differ} pages give another Article")


def _extract_with(package: Any) -> Callable[[bytes, str | None], Any]:
    """`package.extract` with the fixed day and a budget no page reaches, so both versions do all their work."""
    options_type = importlib.import_module(f"{package.__name__}.options").ExtractOptions
    options = options_type(today=REFERENCE_DAY, time_budget=600.0)
    return lambda html, url: package.extract(html, url, options=options)

if __name__ == "__main__":
    main()
