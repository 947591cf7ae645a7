"""Every shared page's `read_metadata` as one JSON line, to prove a refactoring changes no output.

    python -m benchmarks.metadata_dump before.jsonl     # ~40 s; refactor, then
    python -m benchmarks.metadata_dump after.jsonl && cmp before.jsonl after.jsonl
"""

from __future__ import annotations

import argparse
import dataclasses
import json

from selectolax.lexbor import LexborHTMLParser

from benchmarks.datasets import all_pages
from copydesk.extract.metadata import read_metadata
from copydesk.html import decode_html


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", help="the JSON Lines file to write")
    args = parser.parse_args()
    with open(args.out, "w", encoding="utf-8") as fh:
        for page in all_pages():
            meta = read_metadata(LexborHTMLParser(decode_html(page.html)[0]), page.url)
            row = {"page": f"{page.dataset}/{page.key}", **dataclasses.asdict(meta)}
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
