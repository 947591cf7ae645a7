"""Where `read_metadata`'s time goes on the middle pages: its stages, the selector query, the line scans.

    python -m benchmarks.metadata_stages [--every 3]   # ~1 min

Pages are every `--every`-th shared page; "the middle pages" are the middle 40 % of them by `read_metadata` time,
where the median lives. Stage shares come from wrapping the functions `read_metadata` calls (each call timed
with `perf_counter`; the wrappers add a little to every stage alike). The pieces of `read_sources` and the
author readers' whole-text line scans are timed alone on those pages, best of three, beside the regex engine's
floor for visiting every line (`re.finditer(r"\\n", text)`).
"""

from __future__ import annotations

import argparse
import collections
import importlib
import re
import statistics
import time
from collections.abc import Callable
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from benchmarks.datasets import all_pages
from benchmarks.profile_extract import time_calls
from copydesk.html import decode_html

reader = importlib.import_module("copydesk.extract.metadata.reader")
authors = importlib.import_module("copydesk.extract.metadata.page_authors")
sources = importlib.import_module("copydesk.extract.metadata.sources")

STAGES = ("read_sources", "read_jsonld", "read_title", "headline_spots", "header_lines", "dateline_lines",
          "read_authors", "read_dates", "canonical_url", "lead_image", "read_tags", "page_kind", "host_of")
MIDDLE = (0.3, 0.7)  # the share of pages by time around the median
NEWLINE = re.compile(r"\n")


def best_of(f: Callable[[Any], object], items: list[Any], rounds: int = 3) -> tuple[float, float]:
    """Median and mean ms of `f` over `items`, each its fastest of `rounds`."""
    out = []
    for item in items:
        best = float("inf")
        for _ in range(rounds):
            start = time.perf_counter()
            f(item)
            best = min(best, time.perf_counter() - start)
        out.append(best * 1000)
    return statistics.median(out), statistics.mean(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=3, help="every n-th shared page")
    args = parser.parse_args()
    items = [(LexborHTMLParser(decode_html(p.html)[0]), p.url)
             for i, p in enumerate(all_pages()) if i % args.every == 0]
    times = []
    for tree, url in items:
        start = time.perf_counter()
        reader.read_metadata(tree, url)
        times.append(time.perf_counter() - start)
    order = sorted(range(len(items)), key=times.__getitem__)
    middle = [items[i] for i in order[int(len(order) * MIDDLE[0]):int(len(order) * MIDDLE[1])]]

    spent: collections.Counter[str] = collections.Counter()
    originals = {name: time_calls(reader, name, spent, clock=time.perf_counter) for name in STAGES}
    total = 0.0
    try:
        for tree, url in middle:
            start = time.perf_counter()
            reader.read_metadata(tree, url)
            total += time.perf_counter() - start
    finally:
        for name, f in originals.items():
            setattr(reader, name, f)
    print(f"{len(middle)} middle pages of {len(items)}: read_metadata {total / len(middle) * 1000:.3f} ms a page")
    print("| stage | ms a page | share |\n|---|---:|---:|")
    for name, seconds in spent.most_common():
        print(f"| {name} | {seconds / len(middle) * 1000:.3f} | {seconds / total:.0%} |")

    trees = [tree for tree, _ in middle]
    texts = [tree.body.text(separator="\n") if tree.body else "" for tree in trees]
    pieces: dict[str, tuple[list[Any], Callable[[Any], object]]] = {
        "read_sources": (trees, sources.read_sources),
        "the combined selector query": (trees, lambda t: t.css(sources.SOURCE_SELECTOR)),
        "the query, each element's tag and attributes": (
            trees, lambda t: [(n.tag, n.attributes) for n in t.css(sources.SOURCE_SELECTOR)]),
        "the byline query (`read_bylines`, when the author readers ask)": (trees, sources.read_bylines),
        "the body's text": (trees, lambda t: t.body.text(separator="\n") if t.body else ""),
        "LEAD_ALONE scan": (texts, lambda x: list(authors.LEAD_ALONE.finditer(x))),
        "BIO_LINE scan": (texts, lambda x: list(authors.BIO_LINE.finditer(x))),
        "GIVEN_NAME_BIO scan": (texts, lambda x: list(authors.GIVEN_NAME_BIO.finditer(x))),
        "every line visited (`\\n` alone)": (texts, lambda x: list(NEWLINE.finditer(x))),
    }
    print(f"\nmiddle pages' text: median {statistics.median(map(len, texts)):.0f} chars, "
          f"{statistics.median(x.count(chr(10)) for x in texts):.0f} lines")
    print("| piece | ms median | ms mean |\n|---|---:|---:|")
    for name, (inputs, f) in pieces.items():
        median, mean = best_of(f, inputs)
        print(f"| {name} | {median:.3f} | {mean:.3f} |")


if __name__ == "__main__":
    main()
