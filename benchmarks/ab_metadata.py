"""`read_metadata` time before and after a change, in one process, page by page.

    python -m benchmarks.ab_metadata [--before main] [--rounds 3] [--every 1]

Like `ab_extract`: the `--before` revision's package is loaded beside this tree's as
`copydesk_before`; each shared page is parsed once per version, and `read_metadata` runs on it
for both in turn (which one first alternates), `--rounds` times; a page's time is its fastest
round in thread time. Also counts the pages whose `Metadata` differs (output must stay identical).
"""

from __future__ import annotations

import importlib
import tempfile
import time
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from benchmarks.ab_extract import ab_parser, interleaved, load_before, print_ratio
from benchmarks.datasets import all_pages


def main() -> None:
    parser = ab_parser(__doc__, rounds=3, split=False)
    parser.add_argument("--every", type=int, default=1, help="time every n-th page only (a quicker look)")
    args = parser.parse_args()
    from copydesk.html import decode_html

    with tempfile.TemporaryDirectory(prefix="ab-metadata-") as folder:
        before = load_before(args.before, Path(folder))
        readers = {"before": importlib.import_module(f"{before.__name__}.extract.metadata").read_metadata,
                   "after": importlib.import_module("copydesk.extract.metadata").read_metadata}
        pages = [(LexborHTMLParser(decode_html(page.html)[0]), page.url)
                 for i, page in enumerate(all_pages()) if i % args.every == 0]
        best, differ = interleaved(readers, pages, args.rounds, time.thread_time, key=repr)
    print_ratio(best, f"{len(pages)} pages, fastest of {args.rounds} rounds (thread time); "
                      f"{differ} pages give other Metadata", digits=3)

if __name__ == "__main__":
    main()
