"""Our publication day beside htmldate's on every shared page, before and after a change, in one process.

    python -m benchmarks.date_agreement [--before main] [--show]

For each page of the three shared sets: the day `read_metadata` gives at `--before` (loaded beside this tree's
package as `copydesk_before`, as `ab_metadata` does) and in this tree, and the day htmldate's `find_date` gives
(`original_date=True`: the publication, as trafilatura asks it). Counted per set, for each version: pages where
htmldate finds a day and we find none, or another one; and for those, who matches the reference where there is
one (ours, htmldate's, neither). Also each version's and htmldate's accuracy where the reference has a date,
and the pages whose day the change moved (`--show` lists them).
"""

from __future__ import annotations

import argparse
import importlib
import tempfile
from collections import Counter
from pathlib import Path

from htmldate import find_date
from selectolax.lexbor import LexborHTMLParser

from benchmarks.ab_extract import load_before
from benchmarks.datasets import all_pages

VERSIONS = ("before", "after")


def day(value: str | None) -> str | None:
    return value[:10] if value else None


def situation(ours: str | None, theirs: str | None, reference: str | None) -> str | None:
    """How ours stands where htmldate finds a day: None when they agree or htmldate has none."""
    if not theirs or ours == theirs:
        return None
    kind = "we find none" if not ours else "we disagree"
    if not reference:
        return f"{kind}, no reference"
    right = "ours right" if ours == reference else "htmldate right" if theirs == reference else "neither right"
    return f"{kind}, {right}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", default="main", help="the revision to compare with (default: main)")
    parser.add_argument("--show", action="store_true", help="list the pages whose day the change moved")
    args = parser.parse_args()
    from copydesk.html import decode_html

    counts: Counter[tuple[str, str, str]] = Counter()  # (set, version or "htmldate", what)
    moved = []
    with tempfile.TemporaryDirectory(prefix="date-agreement-") as folder:
        before = load_before(args.before, Path(folder))
        readers = {"before": importlib.import_module(f"{before.__name__}.extract.metadata").read_metadata,
                   "after": importlib.import_module("copydesk.extract.metadata").read_metadata}
        for page in all_pages():
            text = decode_html(page.html)[0]
            ours = {name: day(read(LexborHTMLParser(text), page.url).published) for name, read in readers.items()}
            try:
                theirs = day(find_date(text, url=page.url or None, original_date=True))
            except Exception:  # noqa: BLE001 - an anchor's failure is its miss, not ours
                theirs = None
            reference = day(page.meta.get("date"))
            counts[page.dataset, "pages", ""] += 1
            if reference:
                counts[page.dataset, "htmldate", "right"] += theirs == reference
                counts[page.dataset, "reference", "has a date"] += 1
            for name in VERSIONS:
                if reference:
                    counts[page.dataset, name, "right"] += ours[name] == reference
                found = situation(ours[name], theirs, reference)
                if found:
                    counts[page.dataset, name, found] += 1
            if ours["before"] != ours["after"]:
                moved.append((page.dataset, page.key, ours["before"], ours["after"], theirs, reference))
    sets = sorted({s for s, _, _ in counts})
    print("| set | pages | with a reference date | ours right before | ours right after | htmldate right |")
    print("|---|---:|---:|---:|---:|---:|")
    for name in sets:
        print(f"| {name} | {counts[name, 'pages', '']} | {counts[name, 'reference', 'has a date']} | "
              f"{counts[name, 'before', 'right']} | {counts[name, 'after', 'right']} | "
              f"{counts[name, 'htmldate', 'right']} |")
    kinds = sorted({what for s, version, what in counts if version in VERSIONS and what != "right"})
    print("\nWhere htmldate finds a day and ours is none or another (pages, before → after):\n")
    print("| set | " + " | ".join(kinds) + " |")
    print("|---|" + "---:|" * len(kinds))
    for name in sets:
        cells = [f"{counts[name, 'before', k]} → {counts[name, 'after', k]}" for k in kinds]
        print(f"| {name} | " + " | ".join(cells) + " |")
    print(f"\n{len(moved)} pages whose day moved")
    if args.show:
        print("\n| set | page | before | after | htmldate | reference |\n|---|---|---|---|---|---|")
        for row in moved:
            print("| " + " | ".join(str(x or "–") for x in row) + " |")


if __name__ == "__main__":
    main()
