"""Fixtures shared by every test: where ../shared is, its WCXB pages, and the two seed documents."""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
# How late a test may see a budget's end on a loaded 2-core machine (a timer's, a thread's or a process's
# turn comes late): a test asserts `budget <= seconds < budget + LATE_S`, and puts a broken budget's
# outcome well past it. Speed is for benchmarks/, never for a unit test's clock.
LATE_S = 2.0


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"../shared is missing beside the repo (looked in {SHARED})")
    return SHARED


@pytest.fixture(scope="session")
def wcxb_rows(shared_dir: Path) -> list[dict]:
    """The WCXB-dev references in file order (`file_id`, `url`, `page_type`, `main_content`…), read once."""
    with gzip.open(shared_dir / "data" / "wcxb-dev" / "ground-truth.jsonl.gz", "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.fixture(scope="session")
def wcxb_html(shared_dir: Path) -> Callable[[dict], bytes]:
    """The raw HTML bytes of a `wcxb_rows` row."""
    return lambda row: gzip.decompress((shared_dir / "data" / "wcxb-dev" / "html" / f"{row['file_id']}.html.gz")
                                       .read_bytes())


@pytest.fixture(scope="session")
def seed_record() -> str:
    """Seed 000: the structured record layout."""
    return next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_scrape() -> str:
    """Seed 001: a naive scrape, body plus the site's donation appeal."""
    return next(SEEDS.glob("001_*.txt")).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def ray_cluster() -> Iterator[str]:
    """One local Ray cluster for the session's Ray tests: 2 CPUs, bound to 127.0.0.1, shut down after.
    Yields the address other processes join it by."""
    from copydesk.executors.ray import LOCAL_RAY_ENV

    for name, value in LOCAL_RAY_ENV.items():
        os.environ.setdefault(name, value)  # read when Ray is first imported: below, or by a child process
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        address = ray.get_runtime_context().gcs_address
        # The tests reach nothing but loopback: a cluster on another address is a broken setup.
        assert address.startswith("127.0.0.1:"), f"the test Ray cluster is not on loopback: {address}"
        yield address
    finally:
        ray.shutdown()
