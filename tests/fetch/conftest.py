"""Real HTTP servers on 127.0.0.1 for the fetch tests, each logging every request
with a monotonic timestamp so tests can assert order and pace."""

from __future__ import annotations

import gzip
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from copydesk.fetch import FetchConfig

# Small limits keep every failure test to about a second.
FAST = FetchConfig(connect_timeout=1.0, read_timeout=1.0, total_timeout=3.0, min_delay=0.0, backoff=0.05,
                   max_retry_wait=2.0)


@dataclass(frozen=True)
class Hit:
    at: float  # time.monotonic() when the request line was read
    path: str
    headers: dict[str, str]


Handler = Callable[[BaseHTTPRequestHandler], None]


class Site:
    """A loopback web site: `add()` routes, `url()` addresses, `log` the requests."""

    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.log: list[Hit] = []
        self.sent: dict[str, int] = {}  # bytes a streaming handler managed to send, by path
        site = self

        class _Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                site.log.append(Hit(time.monotonic(), self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = site.routes.get(self.path) or site.routes.get(self.path.split("?", 1)[0])
                try:
                    (route or _not_found)(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client hung up, as it should on an oversize body

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.origin + path

    def add(self, path: str, body: bytes | str = b"", *, status: int = 200,
            content_type: str = "text/html; charset=utf-8", headers: dict[str, str] | None = None) -> None:
        """Serve a fixed answer at `path`."""
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = lambda h: respond(h, status, data, content_type, headers)

    def paths(self) -> list[str]:
        return [hit.path for hit in self.log]

    def times(self, prefix: str = "/") -> list[float]:
        return [hit.at for hit in self.log if hit.path.startswith(prefix)]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def respond(h: BaseHTTPRequestHandler, status: int, body: bytes, content_type: str | None,
            headers: dict[str, str] | None = None) -> None:
    h.send_response(status)
    if content_type:
        h.send_header("Content-Type", content_type)
    for name, value in (headers or {}).items():
        h.send_header(name, value)
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.wfile.write(body)


def _not_found(h: BaseHTTPRequestHandler) -> None:
    respond(h, 404, b"<html><body>not found</body></html>", "text/html")


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
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    queued = []
    for _ in range(4):  # more than the kernel queues for a backlog of 0
        conn = socket.socket()
        conn.setblocking(False)
        try:
            conn.connect(("127.0.0.1", port))
        except BlockingIOError:
            pass
        queued.append(conn)
    time.sleep(0.05)
    yield port
    for conn in queued:
        conn.close()
    listener.close()


@pytest.fixture
def closed_port() -> int:
    """A port nothing listens on (bound, then released)."""
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return port


@pytest.fixture(scope="session")
def real_pages(shared_dir: Path) -> list[tuple[bytes, str]]:
    """Three real article pages from the WCXB dev set: (served bytes, true title)."""
    folder = shared_dir / "data" / "wcxb-dev"
    with gzip.open(folder / "ground-truth.jsonl.gz", "rt", encoding="utf-8") as fh:
        truth = {row["file_id"]: row["title"] for row in map(json.loads, fh)}
    ids = ("0001", "0002", "0003")
    return [(gzip.decompress((folder / "html" / f"{i}.html.gz").read_bytes()), truth[i]) for i in ids]
