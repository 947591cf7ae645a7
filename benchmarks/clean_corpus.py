"""The benchmark corpus for `clean_text`: every page of ../shared/data as the
full-page text a naive scraper gives (html-text with layout guessing), with its
reference. Converted once and kept in `benchmarks/out/` (gitignored).

    python -m benchmarks.clean_corpus   # (re)build the cache
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from multiprocessing import Pool
from pathlib import Path

import html_text

from benchmarks.datasets import Page, trafilatura_pages, wcxb_pages

CACHE = Path(__file__).resolve().parent / "out" / "clean_corpus.jsonl.gz"
WORKERS = 2


@dataclass(frozen=True, slots=True)
class TextPage:
    """One page as scraped text, with what it is scored against."""

    dataset: str  # "wcxb" (mostly English) or "trafilatura" (mostly German)
    key: str
    url: str
    split: str
    page_type: str | None
    text: str  # the naive full-page scrape
    reference: str | None  # wcxb main_content
    with_: tuple[str, ...]
    without: tuple[str, ...]


def scrape(html: bytes) -> str:
    """What a naive scraper keeps of a page: all visible text, one block a line."""
    return html_text.extract_text(html.decode("utf-8", "replace"), guess_layout=True)


def _convert(page: Page) -> dict:
    return asdict(TextPage(
        dataset=page.dataset, key=page.key, url=page.url, split=page.split, page_type=page.page_type,
        text=scrape(page.html), reference=page.main_content, with_=page.with_, without=page.without,
    ))


def _all_pages() -> Iterator[Page]:
    yield from wcxb_pages()
    yield from trafilatura_pages()


def build_cache() -> None:
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    with Pool(WORKERS) as pool, gzip.open(CACHE, "wt", encoding="utf-8") as out:
        for row in pool.imap(_convert, _all_pages(), chunksize=8):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def text_pages(split: str | None = None, dataset: str | None = None) -> list[TextPage]:
    """The cached corpus (built on first use), filtered by split and dataset."""
    if not CACHE.exists():
        build_cache()
    pages = []
    with gzip.open(CACHE, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if (split and row["split"] != split) or (dataset and row["dataset"] != dataset):
                continue
            row["with_"], row["without"] = tuple(row["with_"]), tuple(row["without"])
            pages.append(TextPage(**row))
    return pages


if __name__ == "__main__":
    build_cache()
