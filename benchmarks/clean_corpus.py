"""The benchmark corpus for `clean_text`: every page of ../shared/data as the full-page text a
naive scraper gives, under each of several converters, with its reference. Converted once per
converter and kept in `benchmarks/out/` (gitignored).

    python -m benchmarks.clean_corpus [--converter NAME]   # (re)build the caches

Converters (`CONVERTERS`), as scraped text reaches a cleaner in the wild:
`html-text` (layout guessing, one block a line), `inscriptis` (a text rendering with
indentation and blank lines between blocks) and `selectolax` (a plain `get_text()` with
a newline between text nodes, script and style removed: inline links and bold words
land on lines of their own). Each page carries its site and site-grouped fold
(`benchmarks.datasets`), so training and scoring can be grouped by site.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from multiprocessing import Pool
from pathlib import Path

import html_text
from inscriptis import get_text as inscriptis_text
from selectolax.lexbor import LexborHTMLParser

from benchmarks.datasets import Page, trafilatura_pages, wcxb_pages

OUT = Path(__file__).resolve().parent / "out"
WORKERS = 2
INVISIBLE_TAGS = ["script", "style", "noscript", "template"]  # what no scraper shows as text


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
    site: str = ""
    fold: int = 0  # site-grouped cross-validation fold (`Page.fold`)
    converter: str = "html-text"


def _html_text(html: str) -> str:
    return html_text.extract_text(html, guess_layout=True)


def _selectolax(html: str) -> str:
    tree = LexborHTMLParser(html)
    tree.strip_tags(INVISIBLE_TAGS)
    root = tree.body or tree.root
    return root.text(separator="\n") if root is not None else ""


CONVERTERS: dict[str, Callable[[str], str]] = {
    "html-text": _html_text, "inscriptis": inscriptis_text, "selectolax": _selectolax,
}


def cache_of(converter: str) -> Path:
    suffix = "" if converter == "html-text" else f".{converter}"  # html-text keeps the old cache's name
    return OUT / f"clean_corpus{suffix}.jsonl.gz"


def scrape(html: bytes, converter: str = "html-text") -> str:
    """What a naive scraper keeps of a page: all visible text, as `converter` renders it."""
    return CONVERTERS[converter](html.decode("utf-8", "replace"))


def _convert(job: tuple[Page, str]) -> dict:
    page, converter = job
    return asdict(TextPage(
        dataset=page.dataset, key=page.key, url=page.url, split=page.split, page_type=page.page_type,
        text=scrape(page.html, converter), reference=page.main_content, with_=page.with_, without=page.without,
        site=page.site, fold=page.fold, converter=converter,
    ))


def _all_pages() -> Iterator[Page]:
    yield from wcxb_pages()
    yield from trafilatura_pages()


def build_cache(converter: str = "html-text") -> None:
    path = cache_of(converter)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    with Pool(WORKERS) as pool, gzip.open(partial, "wt", encoding="utf-8") as out:
        for row in pool.imap(_convert, ((page, converter) for page in _all_pages()), chunksize=8):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    partial.replace(path)


def text_pages(split: str | None = None, dataset: str | None = None, converter: str = "html-text") -> list[TextPage]:
    """The cached corpus of one converter (built on first use), filtered by split and dataset."""
    path = cache_of(converter)
    if not path.exists() or _stale(path):
        build_cache(converter)
    pages = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if (split and row["split"] != split) or (dataset and row["dataset"] != dataset):
                continue
            row["with_"], row["without"] = tuple(row["with_"]), tuple(row["without"])
            pages.append(TextPage(**row))
    return pages


def _stale(path: Path) -> bool:
    """A cache written before pages carried their site and fold is rebuilt."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        first = fh.readline()
    return not first or "fold" not in json.loads(first)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.clean_corpus", description=__doc__.split("\n\n")[0])
    parser.add_argument("--converter", choices=sorted(CONVERTERS), action="append",
                        help="build only this converter's cache (repeatable; default all)")
    for converter in parser.parse_args().converter or CONVERTERS:
        build_cache(converter)


if __name__ == "__main__":
    main()
