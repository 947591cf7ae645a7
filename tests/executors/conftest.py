"""Fixtures the executor tests share: a WARC of real pages."""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path

import pytest

from copydesk.pipeline.warc import WarcPage, write_warc


@pytest.fixture
def news_warc(tmp_path: Path, shared_dir: Path) -> Callable[[int], Path]:
    """Writes a WARC of the first `pages` WCXB pages (under made-up news URLs) and returns its path."""

    def write(pages: int) -> Path:
        files = sorted((shared_dir / "data" / "wcxb-dev" / "html").glob("*.html.gz"))[:pages]
        path = tmp_path / "crawl.warc.gz"
        write_warc(path, [WarcPage(f"https://example.org/news/{f.name}", gzip.decompress(f.read_bytes()))
                          for f in files])
        return path

    return write
