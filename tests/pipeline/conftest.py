"""Real pages from ../shared/data, written into real WARC, JSONL and Parquet files."""

from __future__ import annotations

import subprocess
import time
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


def wait_for_shards(proc: subprocess.Popen[bytes], workdir: Path, shards: int, deadline_s: float) -> None:
    """Wait until `shards` of the run `proc` have finished (their `.done` marks in `workdir`), failing if the run
    ends first or only a hung run would take `deadline_s`."""
    deadline = time.monotonic() + deadline_s
    while len(list(workdir.glob("*.done"))) < shards:
        assert proc.poll() is None, "the run ended before it could be stopped"
        assert time.monotonic() < deadline
        time.sleep(0.02)
