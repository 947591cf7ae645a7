"""Real pages from ../shared/data, written into real WARC, JSONL and Parquet files."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from copydesk.pipeline.warc import WarcPage

PAGES = 40  # enough real pages to span several shards, few enough to stay fast


@pytest.fixture(scope="session")
def real_pages(shared_dir: Path) -> list[WarcPage]:
    """The first `PAGES` WCXB pages with their real URLs."""
    root = shared_dir / "data" / "wcxb-dev"
    pages = []
    with gzip.open(root / "ground-truth.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            body = gzip.decompress((root / "html" / f"{row['file_id']}.html.gz").read_bytes())
            pages.append(WarcPage(url=row["url"], body=body))
            if len(pages) == PAGES:
                break
    return pages


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    return shared_dir / "seeds"
