"""Hostile-client probes of the HTTP service: the bad-input sweep (every request a client
mistake; the count of 500 answers is the number that must be 0) and the SSRF probes
(every spelling of this machine's address, with and without --allow-private-addresses),
all against a real uvicorn and a page server on 127.0.0.1. The tests use the same lists.

    .venv/bin/python -m benchmarks.probe_service      # ~10 s; prints one JSON report

Only loopback is ever connected to.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from benchmarks.loopback import Site, respond

PAGE = (Path(__file__).parents[1] / "tests" / "extract" / "fixtures" / "short_story_declared.html").read_bytes()
PAGE_PATH = "/news/2024/03/harbour-ferry-returns"
HTML = {"Content-Type": "text/html; charset=utf-8"}
TEXT = {"Content-Type": "text/plain"}
BAD_FORMATS: tuple[Any, ...] = (["x"], {"x": 1}, {}, [], 1, True, 1.5, "pdf")
BAD_TEXT_CHARSETS = (b"bogus", b"hex", b"base64", b"rot13", b"zlib", b"\xff\xfe", b"x" * 300)
SMALL_BODY_LIMIT = 256 * 1024  # the sweep's service limit, so the oversize request stays small

# (method, path, httpx request keywords): each a mistake a client can make.
MISTAKES: list[tuple[str, str, dict[str, Any]]] = [
    *[("POST", "/v1/extract", {"json": {"html": "<p>x</p>", "format": fmt}}) for fmt in BAD_FORMATS],
    *[("POST", "/v1/clean", {"json": {"text": "x", "format": fmt}}) for fmt in BAD_FORMATS],
    ("POST", "/v1/extract?format=pdf", {"content": PAGE, "headers": HTML}),
    ("POST", "/v1/clean?format=pdf", {"content": b"x", "headers": TEXT}),
    *[("POST", "/v1/clean", {"content": b"some text", "headers": {"Content-Type": b"text/plain; charset=" + name}})
      for name in BAD_TEXT_CHARSETS],
    ("POST", "/v1/extract", {"json": {"html": 5}}),
    ("POST", "/v1/extract", {"json": {"url": 5}}),
    ("POST", "/v1/extract", {"json": {"html": None, "url": None}}),
    ("POST", "/v1/extract", {"json": {"url": "https://news.example/a"}}),  # fetching is off
    ("POST", "/v1/extract", {"json": []}),
    ("POST", "/v1/extract", {"json": "html"}),
    ("POST", "/v1/extract", {"json": None}),
    ("POST", "/v1/extract", {"content": b'{"html": "\xff\xfe"}', "headers": {"Content-Type": "application/json"}}),
    ("POST", "/v1/extract", {"content": b"[" * 100_000, "headers": {"Content-Type": "application/json"}}),
    ("POST", "/v1/extract", {"content": b"", "headers": {"Content-Type": "application/json"}}),
    ("POST", "/v1/clean", {"json": {"text": ["x"]}}),
    ("POST", "/v1/clean", {"json": {"text": "x", "url": 7}}),
    ("POST", "/v1/clean", {"json": {}}),
    ("POST", "/v1/clean", {"content": b"x"}),  # no content type
    ("POST", "/v1/clean", {"content": b"x", "headers": {"Content-Type": "image/png"}}),
    ("POST", "/v1/extract", {"content": b"x", "headers": {"Content-Type": "image/png"}}),
    ("POST", "/v1/extract", {"content": b"<p>" + b"x" * (SMALL_BODY_LIMIT + 1024), "headers": HTML}),
    ("GET", "/v1/extract", {}),
    ("GET", "/v1/clean", {}),
    ("PUT", "/v1/extract", {"content": PAGE, "headers": HTML}),
    ("DELETE", "/", {}),
    ("POST", "/healthz", {}),
    ("POST", "/openapi.json", {}),
    ("GET", "/v2/extract", {}),
    ("GET", "/../../etc/passwd", {}),
]
# Odd pages rather than bad requests: answered 200 with the record's status.
ODD_PAGES: list[tuple[str, str, dict[str, Any]]] = [
    *[("POST", "/v1/extract", {"content": PAGE, "headers": {"Content-Type": b"text/html; charset=" + name}})
      for name in (b"bogus", b"hex", b"utf-32", b"\xff", b"")],
    ("POST", "/v1/extract", {"content": bytes(range(256)) * 64, "headers": HTML}),
    ("POST", "/v1/clean", {"content": "naïve".encode("latin-1"), "headers": TEXT}),
]
# With fetching on: URLs that are not absolute http(s) URLs (400).
BAD_URLS = ("https://news.example:99999/a", "https://news.example:abc/a", "ftp://news.example/a", "news.example/a",
            "http://[::1", "javascript:alert(1)", "", "http:///a", "http://:80/")
# Every way of writing this machine's address that a URL parser or resolver accepts.
LOOPBACK_SPELLINGS = ("127.0.0.1", "localhost", "localhost.", "LocalHost", "sub.localhost", "[::1]", "2130706433",
                      "127.1", "0x7f.0.0.1", "017700000001", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "0.0.0.0",
                      "[::]")


class Service:
    """The service as `copydesk serve` runs it, on a free loopback port, in a thread."""

    def __init__(self, config: Any) -> None:
        from copydesk.service import server_config

        self.server = uvicorn.Server(server_config(config, host="127.0.0.1", port=0, log_level="critical"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> httpx.Client:
        self.thread.start()
        deadline = time.monotonic() + 10.0
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the service did not start")
            time.sleep(0.01)
        self.port = self.server.servers[0].sockets[0].getsockname()[1]
        self.client = httpx.Client(base_url=f"http://127.0.0.1:{self.port}", timeout=10.0)
        return self.client

    def __exit__(self, *_: object) -> None:
        self.client.close()
        self.server.should_exit = True
        self.thread.join(10.0)


def sweep(client: httpx.Client) -> dict[str, Any]:
    """Statuses of the mistakes and odd pages; `not_json_errors` counts 4xx/5xx answers without
    a JSON error, `no_answer` requests whose connection was dropped without one."""
    statuses: Counter[int] = Counter()
    not_json = no_answer = 0
    for method, path, options in MISTAKES + ODD_PAGES:
        try:
            answer = client.request(method, path, **options)
        except httpx.TransportError:
            no_answer += 1
            continue
        statuses[answer.status_code] += 1
        if answer.status_code >= 400:
            try:
                not_json += not isinstance(answer.json().get("error"), str)
            except ValueError:
                not_json += 1
    return {"requests": len(MISTAKES) + len(ODD_PAGES), "status_500": statuses[500], "not_json_errors": not_json,
            "no_answer": no_answer, "statuses": dict(sorted(statuses.items()))}


def ssrf(allow_private: bool) -> dict[str, Any]:
    """Every loopback spelling asked of a fetching service; what came back and what the page server saw."""
    from copydesk.service import ServiceConfig

    site = Site({PAGE_PATH: lambda h: respond(h, 200, PAGE, "text/html; charset=utf-8")})
    port = site.server.server_address[1]
    try:
        with Service(ServiceConfig(allow_fetch=True, allow_private_addresses=allow_private)) as client:
            rows = {host: client.post("/v1/extract", json={"url": f"http://{host}:{port}{PAGE_PATH}"}).json()
                    for host in LOOPBACK_SPELLINGS}
    finally:
        site.close()
    refused = [host for host, row in rows.items() if (row.get("reason") or "").startswith("address refused")]
    fetched = [host for host, row in rows.items() if row.get("status") == "ok"]
    return {"probes": len(rows), "refused": len(refused), "fetched": len(fetched),
            "other": {host: row.get("reason") for host, row in rows.items() if host not in refused + fetched},
            "page_server_hits": len(site.log)}


def main() -> int:
    from copydesk.service import ServiceConfig

    with Service(ServiceConfig(max_body_bytes=SMALL_BODY_LIMIT)) as client:
        report: dict[str, Any] = {"sweep": sweep(client)}
    with Service(ServiceConfig(allow_fetch=True)) as client:
        urls = [client.post("/v1/extract", json={"url": url}).status_code for url in BAD_URLS]
    report["bad_urls"] = dict(Counter(urls))
    report["ssrf_default"] = ssrf(allow_private=False)
    report["ssrf_allowed"] = ssrf(allow_private=True)
    json.dump(report, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
