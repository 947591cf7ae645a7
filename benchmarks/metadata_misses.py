"""Every site-grouped CV miss of `read_metadata`, bucketed by cause, to pick the biggest classes.

    python -m benchmarks.metadata_misses                      # ~90 s: counts per set, field and cause
    python -m benchmarks.metadata_misses --out misses.jsonl   # and every miss as a JSON line to study

Scored as `metadata_eval --folds` does (WCXB-dev articles on every field, an empty reference wanting no
value; trafilatura-eval where its reference gives the field). Causes, first that applies:

- title: *no right candidate* (no h1, declared title, `<title>`, their site-cut forms or segments reads
  as the reference: see `title_ranker.candidates`), else *right candidate lost*.
- author: *reference has none* (a value given where WCXB's reference has none), *reference names the
  outlet* and *reference absent from the page* (as `metadata_ceiling` counts them), *reference adds to
  ours* (every name given is in the reference, which also holds a role or another credit: "Jane Doe,
  Dietitian" splits into two "names"), else *missing* (none given) or *wrong* (another name given).
- date: *reference has none*, *reference absent from the page* (no spelling of its day anywhere in the
  markup), *reference is the modification* (ours is the publication, the reference the page's
  modification stamp), *a day off* (time zones), else *missing* or *wrong*.
"""

from __future__ import annotations

import argparse
import dataclasses
import html
import json
from collections import Counter
from datetime import date

from selectolax.lexbor import LexborHTMLParser

from benchmarks.datasets import Page
from benchmarks.metadata_ceiling import author_case, spelled_days
from benchmarks.metadata_eval import FIELDS, MATCH, PROVENANCE_KEY, ours, pages_of, scored
from benchmarks.scores import author_set, norm_meta
from benchmarks.title_ranker import candidates
from copydesk.extract.metadata import Metadata, read_metadata
from copydesk.html import decode_html


def title_cause(page: Page) -> str:
    found, _, _ = candidates(page)
    ref = norm_meta(page.meta.get("title"))
    return "right candidate lost" if any(norm_meta(c.text) == ref for c in found) else "no right candidate"


def author_cause(page: Page, meta: Metadata, markup: str, tree: object) -> str:
    ref = page.meta.get("author")
    if not ref:
        return "reference has none"
    if not isinstance(ref, str):  # trafilatura-eval lists several names
        page = dataclasses.replace(page, meta={**page.meta, "author": ", ".join(ref)})
    kind, _ = author_case(page, markup, tree)
    if kind == "outlet":
        return "reference names the outlet"
    if kind == "absent":
        return "reference absent from the page"
    given, wanted = author_set(meta.authors), author_set(ref)
    if given and given < wanted:
        return "reference adds to ours"
    return "wrong" if given else "missing"


def date_cause(page: Page, meta: Metadata, markup: str) -> str:
    ref = (page.meta.get("date") or "")[:10]
    if not ref:
        return "reference has none"
    if ref not in spelled_days(html.unescape(markup)):
        return "reference absent from the page"
    ours_day = (meta.published or "")[:10]
    if not ours_day:
        return "missing"
    if meta.modified and meta.modified[:10] == ref:
        return "reference is the modification"
    try:
        off = abs((date.fromisoformat(ours_day) - date.fromisoformat(ref)).days)
    except ValueError:
        off = -1
    return "a day off" if off == 1 else "wrong"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", help="write every miss as a JSON line here")
    args = parser.parse_args()
    counts: Counter[tuple[str, str, str]] = Counter()
    out = open(args.out, "w", encoding="utf-8") if args.out else None
    try:
        for dataset in ("wcxb", "trafilatura"):
            for page in pages_of(dataset, ""):
                markup = decode_html(page.html)[0]
                tree = LexborHTMLParser(markup)
                meta = read_metadata(tree, page.url)
                for field in FIELDS:
                    if not scored(page, field) or MATCH[field](ours(meta, field), page.meta.get(field)):
                        continue
                    cause = (title_cause(page) if field == "title" else author_cause(page, meta, markup, tree)
                             if field == "author" else date_cause(page, meta, markup))
                    counts[dataset, field, cause] += 1
                    if out:
                        row = {"set": dataset, "page": page.key, "fold": page.fold, "site": page.site,
                               "field": field, "cause": cause, "ours": ours(meta, field),
                               "source": meta.provenance.get(PROVENANCE_KEY[field]),
                               "reference": page.meta.get(field), "url": page.url}
                        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        if out:
            out.close()
    print("| set | field | cause | misses |\n|---|---|---|---:|")
    for (dataset, field, cause), n in sorted(counts.items(), key=lambda kv: (kv[0][0], kv[0][1], -kv[1])):
        print(f"| {dataset} | {field} | {cause} | {n} |")


if __name__ == "__main__":
    main()
