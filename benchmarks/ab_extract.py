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
from itertools import chain
from pathlib import Path
from typing import Any

from benchmarks.datasets import trafilatura_pages, wcxb_pages

ROOT = Path(__file__).resolve().parents[1]
# `copydesk` as a module name: `copydesk.x`, `from copydesk import`, `import copydesk`, `"copydesk"` (resources).
MODULE_NAME = re.compile(r"\bcopydesk\b(?=\.|\s+import|\s*$|\")", re.MULTILINE)
TODAY = "2026-12-06"  # fixed, so both versions read dates alike


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="main", help="git revision to compare with (default: main)")
    parser.add_argument("--split", default="holdout", choices=("tune", "holdout"))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    import copydesk

    with tempfile.TemporaryDirectory(prefix="ab-extract-") as folder:
        before = load_before(args.before, Path(folder))
        versions = {name: (package.extract, importlib.import_module(f"{package.__name__}.options").ExtractOptions(
            today=TODAY, time_budget=600.0)) for name, package in (("before", before), ("after", copydesk))}
        pages = list(chain(wcxb_pages(split=args.split), trafilatura_pages(split=args.split)))
        best = {name: [float("inf")] * len(pages) for name in versions}
        differ = 0
        for round_ in range(args.rounds):
            for i, page in enumerate(pages):
                order = list(versions.items())
                if (i + round_) % 2:
                    order.reverse()
                got = {}
                for name, (extract, options) in order:
                    started = time.process_time()
                    got[name] = extract(page.html, page.url or None, options=options).to_dict()
                    best[name][i] = min(best[name][i], time.process_time() - started)
                differ += round_ == 0 and got["before"] != got["after"]
    medians = {name: statistics.median(times) for name, times in best.items()}
    means = {name: sum(times) / len(times) for name, times in best.items()}
    print(f"{len(pages)} {args.split} pages, fastest of {args.rounds} rounds (CPU time); "
          f"{differ} pages give another Article")
    for name in versions:
        print(f"{name:7s} median {medians[name] * 1000:6.2f} ms   mean {means[name] * 1000:6.2f} ms")
    print(f"after / before: median {medians['after'] / medians['before']:.3f}, "
          f"mean {means['after'] / means['before']:.3f}")


if __name__ == "__main__":
    main()
