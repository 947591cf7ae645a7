"""Real pages from ../shared/data, written into real WARC, JSONL and Parquet files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from copydesk.pipeline.warc import WarcPage

PAGES = 40  # enough real pages to span several shards, few enough to stay fast


@pytest.fixture(scope="session")
def real_pages(wcxb_rows: list[dict], wcxb_html: Callable[[dict], bytes]) -> list[WarcPage]:
    """The first `PAGES` WCXB pages with their real URLs."""
    return [WarcPage(url=row["url"], body=wcxb_html(row)) for row in wcxb_rows[:PAGES]]


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    return shared_dir / "seeds"
