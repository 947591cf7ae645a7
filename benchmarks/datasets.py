"""The evaluation sets under ../shared/data, with a fixed tuning / holdout split.

A page is in the holdout when the first four bytes of the SHA-1 of its id are 0
modulo 5 (about 20%). Rules are tuned on `tune` only; `holdout` is reported apart.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"
HOLDOUT_MODULUS = 5


def shared_dir(path: str | Path | None = None) -> Path:
    """The shared folder: the given path, else `../shared` beside the repo."""
    return Path(path) if path else DEFAULT_SHARED


def split_of(key: str) -> str:
    """`holdout` or `tune`, fixed by the id alone."""
    digest = hashlib.sha1(key.encode("utf-8")).digest()
    return "holdout" if int.from_bytes(digest[:4], "big") % HOLDOUT_MODULUS == 0 else "tune"


@dataclass(frozen=True, slots=True)
class Page:
    """One evaluation page: its bytes and what is known about it."""

    dataset: str  # "wcxb" or "trafilatura"
    key: str
    url: str
    html: bytes
    split: str
    page_type: str | None = None
    main_content: str | None = None  # full reference body (wcxb only)
    with_: tuple[str, ...] = ()
    without: tuple[str, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)  # title, author, date… where known


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
