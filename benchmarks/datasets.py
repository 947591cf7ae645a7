"""The evaluation sets under ../shared/data, with a fixed tuning / holdout split and site-grouped folds.

A page is in the holdout when the first four bytes of the SHA-1 of its id are 0
modulo 5 (about 20%). Rules are tuned on `tune` only; `holdout` is reported apart.

Cross-validation is grouped by site: `site_of` names a page's site (its registrable domain,
read through web.archive.org wrappers) and `fold_of` puts every page of a site in one of
`CV_FOLDS` folds, so no site is ever in both the training and the test side of a fold.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"
HOLDOUT_MODULUS = 5
CV_FOLDS = 5  # site-grouped folds over all of ../shared/data
# The day the training scripts (`train_pagetype`, `label_blocks`) and the fixed-day benchmarks (identity and A/B
# digests, profiles) date pages against: fixed, so their output never depends on when they run, and one, so the
# page-type and story rows agree; after every date in the sets (the newest reference date is 2026-03-13), so a
# page reads as dated or undated just as `extract` reads it today.
REFERENCE_DAY = "2026-12-01"
# Second-level labels under which a country code names the registrable domain one label further
# ("bbc.co.uk", "abc.net.au"), so two sites on such a suffix are not one site.
SECOND_LEVEL = frozenset({"co", "com", "net", "org", "ac", "gov", "edu", "ne", "or", "go", "gv", "gob", "nic"})
# Hosts whose subdomains are separate sites by separate people (a blog on wordpress.com is its own site).
HOSTING_PLATFORMS = frozenset({"wordpress.com", "substack.com", "blogspot.com", "github.io", "tumblr.com",
                               "medium.com", "wixsite.com", "typepad.com", "livejournal.com", "over-blog.com"})
ARCHIVE_PREFIX = re.compile(r"^https?://web\.archive\.org/web/[^/]*/", re.IGNORECASE)


def shared_dir(path: str | Path | None = None) -> Path:
    """The shared folder: the given path, else `../shared` beside the repo."""
    return Path(path) if path else DEFAULT_SHARED


def split_of(key: str) -> str:
    """`holdout` or `tune`, fixed by the id alone."""
    digest = hashlib.sha1(key.encode("utf-8")).digest()
    return "holdout" if int.from_bytes(digest[:4], "big") % HOLDOUT_MODULUS == 0 else "tune"


def site_of(url: str, key: str) -> str:
    """A page's site: the registrable domain of its URL (an archived page's original URL), or its
    own `key` when the URL names no host, so a page of unknown origin is a site of its own."""
    url = ARCHIVE_PREFIX.sub("", url or "")
    if url and "://" not in url:
        url = "http://" + url
    try:
        host = (urlsplit(url).hostname or "").strip(".")
    except ValueError:
        host = ""
    labels = host.split(".")
    if len(labels) < 2:
        return f"page:{key}"
    size = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in SECOND_LEVEL else 2
    site = ".".join(labels[-size:])
    if site in HOSTING_PLATFORMS and len(labels) > size and labels[-size - 1] != "www":
        site = ".".join(labels[-size - 1:])
    return site


def fold_of(site: str, folds: int = CV_FOLDS) -> int:
    """The cross-validation fold of every page of `site`, fixed by the site's name alone."""
    digest = hashlib.sha1(site.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % folds


@dataclass(frozen=True, slots=True)
class Page:
    """One evaluation page: its bytes and what is known about it."""

    dataset: str  # "wcxb", "trafilatura" or "newspaper4k"
    key: str
    url: str
    html: bytes
    split: str
    page_type: str | None = None
    main_content: str | None = None  # full reference body (wcxb only)
    with_: tuple[str, ...] = ()
    without: tuple[str, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)  # title, author, date… where known
    reference_text: str | None = None  # full reference body written by another extractor (newspaper4k only)

    @property
    def site(self) -> str:
        return site_of(self.url, f"{self.dataset}/{self.key}")

    @property
    def fold(self) -> int:
        return fold_of(self.site)


def wcxb_pages(shared: Path | None = None, split: str | None = None) -> Iterator[Page]:
    """WCXB-dev pages; `split` keeps only `tune` or `holdout` when given."""
    root = shared_dir(shared) / "data" / "wcxb-dev"
    with gzip.open(root / "ground-truth.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            key = row["file_id"]
            page_split = split_of(f"wcxb/{key}")
            if split and page_split != split:
                continue
            html = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
            yield Page(
                dataset="wcxb", key=key, url=row["url"], html=html, split=page_split,
                page_type=row.get("page_type"), main_content=row.get("main_content") or "",
                with_=tuple(row.get("with") or ()), without=tuple(row.get("without") or ()),
                meta={"title": row.get("title"), "author": row.get("author"), "date": row.get("publish_date")},
            )


def trafilatura_pages(shared: Path | None = None, split: str | None = None) -> Iterator[Page]:
    """trafilatura-eval pages (snippets and partial metadata)."""
    root = shared_dir(shared) / "data" / "trafilatura-eval"
    with open(root / "evaldata.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            key = row["file"]
            page_split = split_of(f"trafilatura/{key}")
            if split and page_split != split:
                continue
            path = root / "html" / key
            if not path.exists():
                continue
            html = gzip.decompress(path.read_bytes())
            meta = {k: row.get(k) for k in ("title", "author", "date", "sitename", "description", "tags")}
            yield Page(
                dataset="trafilatura", key=key, url=row["url"], html=html, split=page_split,
                with_=tuple(row.get("with") or ()), without=tuple(row.get("without") or ()), meta=meta,
            )


def newspaper4k_pages(shared: Path | None = None, split: str | None = None) -> Iterator[Page]:
    """newspaper4k's test pages in eight scripts: `reference_text` is newspaper4k's own extraction
    (score it with char-trigram F1), `meta` holds title, language, authors and date."""
    root = shared_dir(shared) / "data" / "newspaper4k"
    with open(root / "expected.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            key = row["file"]
            page_split = split_of(f"newspaper4k/{key}")
            if split and page_split != split:
                continue
            html = gzip.decompress((root / "html" / key).read_bytes())
            meta = {"title": row.get("title"), "language": row.get("language"), "authors": row.get("authors") or [],
                    "date": row.get("publish_date")}
            yield Page(dataset="newspaper4k", key=key, url=row.get("url") or "", html=html, split=page_split,
                       meta=meta, reference_text=row.get("text") or "")


def all_pages(shared: Path | None = None, split: str | None = None) -> Iterator[Page]:
    """Every page of the three sets, WCXB-dev first."""
    yield from wcxb_pages(shared, split)
    yield from trafilatura_pages(shared, split)
    yield from newspaper4k_pages(shared, split)
