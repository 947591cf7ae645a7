"""What each metadata source and fallback earns against what it costs: its time, and what the
site-grouped CV loses when it is switched off.

    python -m benchmarks.metadata_sources [--only written_by,lead_alone] [--every 1]   # ~10 s a source

First every shared page (WCXB, trafilatura-eval, newspaper4k) runs `read_metadata` as shipped, each
fallback wrapped to time it (thread time, generators timed at each value they give): how many pages
reach it and what it costs them. Then each source is switched off in turn (its function patched to
find nothing) and every page read again: how many pages change (any field), and per scored set and
field (the pages and rules of `metadata_eval --folds`) the right answers gained and lost and the
wrong and missing counts after. A source whose switch-off loses no right answer and adds no wrong one
costs time for nothing on these pages; one that loses a right answer is worth its time to the CV.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import importlib
import inspect
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from benchmarks.datasets import all_pages
from benchmarks.metadata_eval import FIELDS, MATCH, ours, scored
from copydesk.html import decode_html

reader = importlib.import_module("copydesk.extract.metadata.reader")
page_authors = importlib.import_module("copydesk.extract.metadata.page_authors")
page_dates = importlib.import_module("copydesk.extract.metadata.page_dates")
sources = importlib.import_module("copydesk.extract.metadata.sources")


def _nothing(*_: Any, **__: Any) -> Iterator[Any]:
    return iter(())


#: name → the (module, attribute, replacement) patches that switch the source off.
SWITCHES: dict[str, list[tuple[Any, str, Any]]] = {
    "about_the_author": [(page_authors, "_about_the_author", _nothing)],
    "written_by": [(page_authors, "_written_by", _nothing)],
    "labelled_author": [(page_authors, "_labelled_author", _nothing)],
    "lead_alone": [(page_authors, "_lead_alone_author", _nothing)],
    "bio_subject": [(page_authors, "_bio_subject", _nothing)],
    "bio_by_given_name": [(page_authors, "_bio_by_given_name", _nothing)],
    "described_byline": [(page_authors, "_described_byline", _nothing)],
    "beside_date": [(page_authors, "_beside_date", _nothing)],
    "named_by_host": [(page_authors, "_named_by_host", _nothing)],
    "handle_spelled_out": [(page_authors, "_handle_spelled_out", lambda *_: None)],
    "listed_with": [(page_authors, "_listed_with", lambda *_: "")],
    "site_owner": [(page_authors, "site_owner", lambda *_: None)],
    "script_stamps": [(reader, "read_script_stamps", lambda *_: [])],
    "date_texts": [(reader, "read_date_texts", lambda *_: [])],
    "labelled_date": [(page_dates, "_labelled_date", lambda *_, **__: None)],
    "lone_time": [(page_dates, "_lone_time", lambda *_: None)],
    "lone_printed_day": [(page_dates, "_lone_printed_day", lambda *_: None)],
}
#: The functions timed in the first pass (each as `read_metadata` calls it).
TIMED = [(page_authors, name) for name in (
    "_about_the_author", "_written_by", "_labelled_author", "_lead_alone_author", "_bio_subject",
    "_bio_by_given_name", "_described_byline", "_beside_date", "_named_by_host", "_handle_spelled_out",
    "_listed_with", "site_owner", "_printed_person")] + [
    (reader, "read_script_stamps"), (reader, "read_date_texts"), (page_dates, "_labelled_date"),
    (page_dates, "_lone_time"), (page_dates, "_lone_printed_day"), (sources, "read_bylines"),
    (sources.PhraseIndex, "places")]


@contextlib.contextmanager
def patched(patches: list[tuple[Any, str, Any]]) -> Iterator[None]:
    saved = [(module, name, getattr(module, name)) for module, name, _ in patches]
    try:
        for module, name, value in patches:
            setattr(module, name, value)
        yield
    finally:
        for module, name, value in saved:
            setattr(module, name, value)


def timed(fn: Callable[..., Any], name: str, sink: dict[str, float]) -> Callable[..., Any]:
    """`fn` that adds its thread time to `sink[name]` (a generator's at each value it gives)."""
    clock = time.thread_time
    if inspect.isgeneratorfunction(fn):
        def generator(*args: Any, **kwargs: Any) -> Iterator[Any]:
            values = fn(*args, **kwargs)
            while True:
                start = clock()
                try:
                    value = next(values)
                except StopIteration:
                    sink[name] = sink.get(name, 0.0) + clock() - start
                    return
                sink[name] = sink.get(name, 0.0) + clock() - start
                yield value
        return generator

    def plain(*args: Any, **kwargs: Any) -> Any:
        start = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            sink[name] = sink.get(name, 0.0) + clock() - start
    return plain


def read_all(pages: list[tuple[Any, str, str]]) -> list[Any]:
    read = reader.read_metadata
    return [read(LexborHTMLParser(html), url) for _, html, url in pages]


def cv_counts(pages: list[tuple[Any, str, str]], metas: list[Any]) -> dict[tuple[str, str], list[bool | None]]:
    """Per (set, field), each scored page's outcome: True right, False wrong, None missing."""
    out: dict[tuple[str, str], list[bool | None]] = defaultdict(list)
    for (page, _, _), meta in zip(pages, metas):
        if page.dataset not in ("wcxb", "trafilatura") or (page.dataset == "wcxb" and page.page_type != "article"):
            continue
        for field in FIELDS:
            if scored(page, field):
                value = ours(meta, field)
                ok = MATCH[field](value, page.meta.get(field))
                out[page.dataset, field].append(True if ok else (False if value else None))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", default="", help="comma-separated source names (default: all)")
    parser.add_argument("--every", type=int, default=1, help="every n-th shared page only")
    args = parser.parse_args()
    pages = [(page, decode_html(page.html)[0], page.url) for i, page in enumerate(all_pages()) if i % args.every == 0]

    per_page: list[dict[str, float]] = []
    sink: dict[str, float] = {}
    with patched([(module, name, timed(getattr(module, name), name, sink)) for module, name in TIMED]):
        base = []
        for _, html, url in pages:
            sink.clear()
            base.append(reader.read_metadata(LexborHTMLParser(html), url))
            per_page.append(dict(sink))
    print(f"{len(pages)} pages")
    print("| function | pages reaching it | µs median on those | µs a page over all |\n|---|---:|---:|---:|")
    for _, name in TIMED:
        spent = [row[name] * 1e6 for row in per_page if name in row]
        if spent:
            print(f"| `{name}` | {len(spent)} | {statistics.median(spent):.0f} | {sum(spent) / len(pages):.1f} |")

    base_cv = cv_counts(pages, base)
    print("\n| switched off | pages changed | set | field | right gained / lost | wrong | missing |")
    print("|---|---:|---|---|---|---|---|")
    names = [n for n in args.only.split(",") if n] or list(SWITCHES)
    for name in names:
        with patched(SWITCHES[name]):
            metas = read_all(pages)
        changed = sum(dataclasses.asdict(a) != dataclasses.asdict(b) for a, b in zip(base, metas))
        cv = cv_counts(pages, metas)
        rows = []
        for key, outcomes in cv.items():
            before = base_cv[key]
            gained = sum(not b and a is True for a, b in zip(outcomes, before))
            lost = sum(b is True and a is not True for a, b in zip(outcomes, before))
            if gained or lost or outcomes != before:
                wrong = f"{before.count(False)} → {outcomes.count(False)}"
                missing = f"{before.count(None)} → {outcomes.count(None)}"
                rows.append(f"{key[0]} | {key[1]} | {gained} / {lost} | {wrong} | {missing}")
        for i, row in enumerate(rows or ["– | – | – | – | –"]):
            print(f"| {name if i == 0 else ''} | {changed if i == 0 else ''} | {row} |")


if __name__ == "__main__":
    main()
