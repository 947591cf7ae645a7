"""Byte-identity of extraction: a digest of every page's full `Article` JSON, compared with a baseline.

    python -m benchmarks.identity_check --save benchmarks/out/identity.json   # record the baseline
    python -m benchmarks.identity_check --against benchmarks/out/identity.json  # compare; exit 1 on a change
    python -m benchmarks.identity_check --ignore confidence --save …  # digests without these fields

Every page of ../shared/data (WCXB-dev, trafilatura-eval, newspaper4k) is extracted with a fixed
`today` and a time budget no page reaches, so the digests depend on the code alone, not on the
day or the machine's load; the digest covers `Article.to_dict()` whole (confidence and page type
included). A speed change must leave every digest as it was.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Sequence
from pathlib import Path

import orjson

from benchmarks.datasets import REFERENCE_DAY, all_pages
from copydesk import extract
from copydesk.options import ExtractOptions

TIME_BUDGET_S = 600.0  # no page comes near it: a timeout on a busy machine is no change of output
MAX_LISTED = 20


def digests(limit: int | None = None, ignore: Sequence[str] = ()) -> dict[str, str]:
    """`dataset/key` → SHA-256 of the page's `Article` as sorted-key JSON (less the `ignore` fields: a
    recalibration moves `confidence` alone)."""
    options = ExtractOptions(today=REFERENCE_DAY, time_budget=TIME_BUDGET_S)
    result: dict[str, str] = {}
    for page in all_pages():
        article = extract(page.html, page.url or None, options=options)
        record = article.to_dict()
        for name in ignore:
            record.pop(name, None)
        data = orjson.dumps(record, option=orjson.OPT_SORT_KEYS)
        result[f"{page.dataset}/{page.key}"] = hashlib.sha256(data).hexdigest()
        if limit and len(result) >= limit:
            break
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the digests here (the baseline)")
    group.add_argument("--against", type=Path, help="compare with this baseline")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--ignore", action="append", default=[], help="a field of the record left out (repeatable)")
    args = parser.parse_args()
    current = digests(args.limit, args.ignore)
    if args.save:
        args.save.parent.mkdir(parents=True, exist_ok=True)
        args.save.write_bytes(orjson.dumps(current, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))
        print(f"{len(current)} pages recorded in {args.save}")
        return
    baseline: dict[str, str] = orjson.loads(args.against.read_bytes())
    changed = sorted(key for key in current if baseline.get(key) != current[key])
    missing = sorted(set(baseline) - set(current)) if args.limit is None else []
    print(f"{len(current)} pages: {len(current) - len(changed)} identical, {len(changed)} changed, "
          f"{len(missing)} missing")
    for key in (changed + missing)[:MAX_LISTED]:
        print(f"  {key}")
    sys.exit(1 if changed or missing else 0)


if __name__ == "__main__":
    main()
