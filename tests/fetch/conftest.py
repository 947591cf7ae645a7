"""Fixtures for the fetch tests: loopback sites (`benchmarks.loopback`, shared with the
fetch benchmark), ports that misbehave, and real pages to serve."""

from __future__ import annotations

import gzip
import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.loopback import Site, full_backlog, respond  # noqa: F401 (respond: re-exported to the tests)
from benchmarks.loopback import closed_port as find_closed_port
from copydesk.fetch import FetchConfig

# Small limits keep every failure test to about a second; the test sites are on loopback.
FAST = FetchConfig(connect_timeout=1.0, read_timeout=1.0, total_timeout=3.0, min_delay=0.0, backoff=0.05,
                   max_retry_wait=2.0, allow_private_addresses=True)


@pytest.fixture
def site() -> Iterator[Site]:
    server = Site()
    yield server
    server.close()


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port whose server accepts connections and never writes a byte."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    listener.close()


@pytest.fixture
def full_backlog_port() -> Iterator[int]:
    """A port whose listen queue is full and never drained: new connections get no answer."""
    held = full_backlog()
    yield held[0].getsockname()[1]
    for sock in held:
        sock.close()


@pytest.fixture
def closed_port() -> int:
    """A port nothing listens on (bound, then released)."""
    return find_closed_port()


@pytest.fixture(scope="session")
def real_pages(shared_dir: Path) -> list[tuple[bytes, str]]:
    """Three real article pages from the WCXB dev set: (served bytes, true title)."""
    folder = shared_dir / "data" / "wcxb-dev"
    with gzip.open(folder / "ground-truth.jsonl.gz", "rt", encoding="utf-8") as fh:
        truth = {row["file_id"]: row["title"] for row in map(json.loads, fh)}
    ids = ("0001", "0002", "0003")
    return [(gzip.decompress((folder / "html" / f"{i}.html.gz").read_bytes()), truth[i]) for i in ids]
