"""The story model's feature rows (`storymodel.page_rows`) before and after a change, in one process.

    python -m benchmarks.ab_rows [--before main] [--split holdout] [--rounds 5]

Every page is extracted once by the working tree, and the arguments of each `apply_model` call are kept; both
versions' `page_rows` then get the same arguments in turn (as `ab_extract` does: which one first alternates),
`--rounds` times, each call's fastest round in CPU time. A row is compared by its bytes: a feature off by a
float's last bit is another row, and the shipped model was trained on the old one.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from benchmarks.ab_extract import ab_function, ab_parser, captured, print_ratio


def captured_calls(split: str) -> list[tuple]:
    """`page_rows`' arguments (page, selection, title, article body, type probabilities, the site's names, the
    page's joined texts), one tuple a page."""
    from copydesk.extract import engine
    from copydesk.extract.storymodel import type_probabilities

    def record(model: Any, page: Any, selection: Any, title: Any, body: Any, page_type: Any, site_keys: Any,
               text: Any = None) -> tuple:
        return page, selection, title, body, type_probabilities(page_type), frozenset(site_keys), text

    return captured(engine, "apply_model", record, split)


def main() -> None:
    args = ab_parser(__doc__, rounds=5).parse_args()
    calls = captured_calls(args.split)
    best, differ = ab_function("extract.storymodel", "page_rows", calls, args,
                               key=lambda rows: (rows.shape, np.ascontiguousarray(rows).tobytes()))
    print_ratio(best, f"page_rows on {len(calls)} {args.split} pages, fastest of {args.rounds} rounds (CPU time); "
                      f"{differ} pages give other rows (bytes)", digits=3)


if __name__ == "__main__":
    main()
