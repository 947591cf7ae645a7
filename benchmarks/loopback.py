"""Real HTTP servers on 127.0.0.1 for the fetch benchmark and the fetch tests: a site
that logs every request with a monotonic timestamp (so order and pace can be read
from the server's side), and the misbehaving answers fetching must survive.

Only loopback addresses are ever used.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Handler = Callable[[BaseHTTPRequestHandler], None]
STREAM_CHUNK = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n"  # 64 KiB of HTML a write


@dataclass(frozen=True)
class Hit:
    at: float  # time.monotonic() when the request line was read
    path: str
    headers: dict[str, str]


class Site:
    """A loopback web site: `routes` (path → handler) or `add()`, `url()` addresses, `log` the requests."""

    def __init__(self, routes: dict[str, Handler] | None = None) -> None:
        self.routes: dict[str, Handler] = dict(routes or {})
        self.log: list[Hit] = []
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


def respond(h: BaseHTTPRequestHandler, status: int, body: bytes, content_type: str | None = "text/html",
            headers: dict[str, str] | None = None) -> None:
    """One complete answer with its Content-Length."""
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


def stream_html(total: int) -> Handler:
    """`total` bytes of HTML written 64 KiB at a time with no Content-Length (never held in
    memory); the bytes sent so far are kept on the server as `site_sent`."""
    def serve(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        sent = 0
        while sent < total:
            h.wfile.write(STREAM_CHUNK)
            sent += len(STREAM_CHUNK)
            h.server.site_sent = sent  # type: ignore[attr-defined]
    return serve


def drip(writes: int, every: float) -> Handler:
    """A page that sends a few bytes every `every` seconds, `writes` times: each read is quick,
    the whole is not."""
    def serve(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        for _ in range(writes):
            h.wfile.write(b"<p>drip</p>")
            h.wfile.flush()
            time.sleep(every)
    return serve


def closed_port() -> int:
    """A port nothing listens on (bound, then released)."""
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return port


def full_backlog() -> list[socket.socket]:
    """A listener whose queue is full and never drained (first), and the connections filling it:
    a new connection to it gets no answer. Close them all when done."""
    listener = socket.create_server(("127.0.0.1", 0), backlog=0)
    held = [listener]
    for _ in range(4):  # more than the kernel queues for a backlog of 0
        conn = socket.socket()
        conn.setblocking(False)
        try:
            conn.connect(listener.getsockname())
        except BlockingIOError:
            pass
        held.append(conn)
    time.sleep(0.05)
    return held
