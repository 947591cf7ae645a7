"""`read_metadata` time before and after a change, in one process, page by page.

    python -m benchmarks.ab_metadata [--before main] [--rounds 3] [--every 1]

Like `ab_extract`: the `--before` revision's package is loaded beside this tree's as
`copydesk_before`; each shared page is parsed once per version, and `read_metadata` runs on it
for both in turn (which one first alternates), `--rounds` times; a page's time is its fastest
round in thread time. Also counts the pages whose `Metadata` differs (output must stay identical).
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import tempfile
import time
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from benchmarks.ab_extract import load_before
from benchmarks.datasets import all_pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="main", help="git revision to compare with (default: main)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--every", type=int, default=1, help="time every n-th page only (a quicker look)")
    args = parser.parse_args()
    from copydesk.html import decode_html

    with tempfile.TemporaryDirectory(prefix="ab-metadata-") as folder:
        before = load_before(args.before, Path(folder))
        readers = {"before": importlib.import_module(f"{before.__name__}.extract.metadata").read_metadata,
                   "after": importlib.import_module("copydesk.extract.metadata").read_metadata}
        pages = [(LexborHTMLParser(decode_html(page.html)[0]), page.url)
                 for i, page in enumerate(all_pages()) if i % args.every == 0]
        best = {name: [float("inf")] * len(pages) for name in readers}
        differ = 0
        for round_ in range(args.rounds):
            for i, (tree, url) in enumerate(pages):
                order = list(readers.items())
                if (i + round_) % 2:
                    order.reverse()
                got = {}
                for name, read in order:
                    started = time.thread_time()
                    got[name] = read(tree, url)
                    best[name][i] = min(best[name][i], time.thread_time() - started)
                differ += round_ == 0 and repr(got["before"]) != repr(got["after"])
    medians = {name: statistics.median(times) for name, times in best.items()}
    means = {name: sum(times) / len(times) for name, times in best.items()}
    print(f"{len(pages)} pages, fastest of {args.rounds} rounds (thread time); {differ} pages give other Metadata")
    for name in readers:
        print(f"{name:7s} median {medians[name] * 1000:6.3f} ms   mean {means[name] * 1000:6.3f} ms")
    print(f"after / before: median {medians['after'] / medians['before']:.3f}, "
          f"mean {means['after'] / means['before']:.3f}")


if __name__ == "__main__":
    main()
