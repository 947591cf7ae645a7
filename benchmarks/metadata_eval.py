"""Metadata accuracy (title / author / date) and speed of `read_metadata`.

    python -m benchmarks.metadata_eval --split tune [--dataset wcxb|trafilatura] [--show title]

Parsing is timed apart: the reported ms are for `read_metadata` alone.
"""

from __future__ import annotations

import argparse
import statistics
import time

from selectolax.lexbor import LexborHTMLParser

from benchmarks.datasets import trafilatura_pages, wcxb_pages
from benchmarks.scores import author_match, date_match, title_match
from copydesk.extract.metadata import read_metadata

FIELDS = ("title", "author", "date")


def predicted(meta, name):
    return {"title": meta.title, "author": meta.authors, "date": meta.published}[name]


def matches(name, pred, ref):
    return {"title": title_match, "author": author_match, "date": date_match}[name](pred, ref)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="tune")
    parser.add_argument("--dataset", default="wcxb")
    parser.add_argument("--show", default="")
    args = parser.parse_args()
    if args.dataset == "wcxb":
        pages = [p for p in wcxb_pages(split=args.split) if p.page_type == "article"]
    else:
        pages = list(trafilatura_pages(split=args.split))
    hits = {f: 0 for f in FIELDS}
    known = {f: 0 for f in FIELDS}
    times = []
    for page in pages:
        tree = LexborHTMLParser(page.html.decode("utf-8", "replace"))
        start = time.perf_counter()
        meta = read_metadata(tree, page.url)
        times.append((time.perf_counter() - start) * 1000)
        for name in FIELDS:
            ref = page.meta.get(name)
            if args.dataset == "trafilatura" and not ref:
                continue  # trafilatura-eval gives metadata only where known
            known[name] += 1
            ok = matches(name, predicted(meta, name), ref)
            hits[name] += ok
            if not ok and name == args.show:
                field = {"author": "authors", "date": "published"}.get(name, name)
                print(f"{page.key} pred={predicted(meta, name)!r} ({meta.provenance.get(field)}) ref={ref!r} {page.url}")
    scores = " ".join(f"{f} {hits[f] / max(known[f], 1):.3f} (n={known[f]})" for f in FIELDS)
    print(f"{args.dataset} {args.split}: {len(pages)} pages  {scores}  median ms {statistics.median(times):.3f}")


if __name__ == "__main__":
    main()
