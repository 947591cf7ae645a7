"""`text_category` time before and after a change, in one process, on the texts extraction asks about.

    python -m benchmarks.ab_phrases [--before main] [--split holdout] [--rounds 5]

Each page of the split is extracted once by this tree while `text_category` records the texts it is
given (every call, repeats included: `known_category` reads a text once a page); then both versions
categorise each page's texts in turn (which one first alternates), `--rounds` times, and a page's time
is its fastest round in thread time. Also counts the pages where a category differs (it must not).
"""

from __future__ import annotations

import importlib
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.ab_extract import ab_parser, interleaved, load_before, print_ratio
from benchmarks.datasets import all_pages


def page_texts(split: str) -> list[list[str]]:
    """The texts `text_category` is called with while this tree extracts each page of `split`."""
    import copydesk

    phrases = importlib.import_module("copydesk.extract.phrases")
    scoring = importlib.import_module("copydesk.extract.scoring")  # holds its own name for it
    original = phrases.text_category
    texts: list[str] = []

    def recording(text: str) -> str | None:
        texts.append(text)
        return original(text)

    phrases.text_category = scoring.text_category = recording
    pages = []
    try:
        for page in all_pages(split=split):
            texts = []
            copydesk.extract(page.html, url=page.url)
            pages.append(texts)
    finally:
        phrases.text_category = scoring.text_category = original
    return pages


def _all_of(category: Callable[[str], str | None]) -> Callable[[list[str]], list[str | None]]:
    return lambda texts: [category(text) for text in texts]


def main() -> None:
    args = ab_parser(__doc__, rounds=5).parse_args()
    pages = [(texts,) for texts in page_texts(args.split) if texts]
    with tempfile.TemporaryDirectory(prefix="ab-phrases-") as folder:
        before = load_before(args.before, Path(folder))
        versions = {"before": _all_of(importlib.import_module(f"{before.__name__}.extract.phrases").text_category),
                    "after": _all_of(importlib.import_module("copydesk.extract.phrases").text_category)}
        best, differ = interleaved(versions, pages, args.rounds, time.thread_time, key=tuple)
    calls = sum(len(texts) for (texts,) in pages)
    print_ratio(best, f"{len(pages)} pages, {calls} calls ({calls / len(pages):.0f} a page), fastest of "
                      f"{args.rounds} rounds (thread time, all of a page's calls); "
                      f"{differ} pages give another category", digits=3)


if __name__ == "__main__":
    main()
