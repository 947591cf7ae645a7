"""Fetching measured on loopback servers: crawl pace against the configured delay (from
the server's own log), throughput with no delay, and time-to-failure per failure mode.

    .venv/bin/python -m benchmarks.bench_fetch [--pages 20] [--delay 0.5] [--crawl-delay 0.3]

Only 127.0.0.1 is contacted. Prints a JSON report; `benchmarks/RESULTS.md` quotes it.
"""

from __future__ import annotations

import argparse
import gzip
import socket
import statistics
import tempfile
from collections.abc import Callable
from pathlib import Path

import orjson

from benchmarks.loopback import Site, closed_port, drip, full_backlog, respond, stream_html
from copydesk.fetch import FetchConfig, Seeds, crawl

PAGE = b"<html><head><title>Story</title></head><body><article>" + b"<p>Words of a story.</p>" * 200 + \
    b"</article></body></html>"
# Limits for the failure runs: short, so the whole report takes seconds.
LIMITS = FetchConfig(connect_timeout=0.5, read_timeout=1.0, total_timeout=2.0, min_delay=0.0, retries=1,
                     backoff=0.1, max_body_bytes=2 * 1024 * 1024, max_decoded_bytes=2 * 1024 * 1024,
                     allow_private_addresses=True)  # the benchmark's sites are on loopback


def pages(n: int) -> dict[str, Callable]:
    return {f"/2024/05/01/story-{i}": (lambda h: respond(h, 200, PAGE)) for i in range(n)}


def measure_pace(n: int, delay: float, robots: str) -> dict[str, float]:
    """Crawl `n` pages of one host; gaps between request starts as the server saw them."""
    routes = pages(n) | {"/robots.txt": lambda h: respond(h, 200, robots.encode(), "text/plain")}
    site = Site(routes)
    try:
        with tempfile.TemporaryDirectory() as folder:
            urls = tuple(site.url(path) for path in routes if path != "/robots.txt")
            summary = crawl(Seeds(urls=urls), Path(folder) / "p.warc.gz", config=LIMITS.evolve(min_delay=delay))
        times = [hit.at for hit in site.log if hit.path != "/robots.txt"]
        gaps = [b - a for a, b in zip(times, times[1:])]
        return {"pages": summary.fetched, "min_gap_s": round(min(gaps), 3),
                "mean_gap_s": round(statistics.mean(gaps), 3), "seconds": round(summary.seconds, 2)}
    finally:
        site.close()


def measure_throughput(hosts: int, per_host: int) -> dict[str, float]:
    """No delay, `hosts` sites side by side: the client's own cost per page."""
    sites = [Site(pages(per_host)) for _ in range(hosts)]
    try:
        urls = tuple(site.url(f"/2024/05/01/story-{i}") for i in range(per_host) for site in sites)
        with tempfile.TemporaryDirectory() as folder:
            summary = crawl(Seeds(urls=urls), Path(folder) / "t.warc.gz", config=LIMITS)
        return {"pages": summary.fetched, "seconds": round(summary.seconds, 2),
                "pages_per_second": round(summary.fetched / summary.seconds, 1)}
    finally:
        for site in sites:
            site.close()


def measure_failures() -> list[dict[str, object]]:
    """One crawl over every failure mode; each row's reason and seconds."""
    routes = {
        "/robots.txt": lambda h: respond(h, 200, b"User-agent: *\nDisallow: /private/\n", "text/plain"),
        "/missing": lambda h: respond(h, 404, b"no"),
        "/down": lambda h: respond(h, 503, b"down"),
        "/busy": lambda h: respond(h, 429, b"busy", headers={"Retry-After": "60"}),
        "/logo.png": lambda h: respond(h, 200, b"\x89PNG\r\n\x1a\n", "image/png"),
        "/loop-a": lambda h: respond(h, 302, b"", headers={"Location": "/loop-b"}),
        "/loop-b": lambda h: respond(h, 302, b"", headers={"Location": "/loop-a"}),
        "/bomb": lambda h: respond(h, 200, BOMB, headers={"Content-Encoding": "gzip"}),
        "/huge-100mb": stream_html(100 * 1024 * 1024),
        "/drip": drip(100, 0.2),
        "/private/page": lambda h: respond(h, 200, PAGE),
    }
    site = Site(routes)
    silent, refused, backlog = _silent_listener(), closed_port(), full_backlog()
    modes = {path.strip("/"): site.url(path) for path in routes if path not in ("/robots.txt", "/loop-b")} | {
        "server that never answers": f"http://127.0.0.1:{silent.getsockname()[1]}/",
        "connection refused": f"http://127.0.0.1:{refused}/",
        "connection never accepted": f"http://127.0.0.1:{backlog[0].getsockname()[1]}/",
        "dns failure": "http://copydesk-bench.invalid/"}
    label = {url: mode for mode, url in modes.items()}
    try:
        with tempfile.TemporaryDirectory() as folder:
            summary = crawl(Seeds(urls=tuple(modes.values())), Path(folder) / "f.warc.gz", config=LIMITS)
        return [{"mode": label[row["url"]], "status": row["status"], "reason": row["reason"],
                 "seconds": row["seconds"]} for row in summary.rows()] + [{"crawl_seconds": round(summary.seconds, 2)}]
    finally:
        site.close()
        silent.close()
        for sock in backlog:
            sock.close()


BOMB = gzip.compress(b"\0" * (200 * 1024 * 1024), compresslevel=9)  # 200 MB in ~200 KB


def _silent_listener() -> socket.socket:
    listener = socket.create_server(("127.0.0.1", 0), backlog=8)  # accepted by the kernel, never answered
    return listener


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--delay", type=float, default=0.5, help="min_delay for the pace run")
    parser.add_argument("--crawl-delay", type=float, default=0.3, help="robots.txt Crawl-delay for the second run")
    args = parser.parse_args()
    report = {
        "pace_min_delay": {"configured_s": args.delay,
                           **measure_pace(args.pages, args.delay, "User-agent: *\nAllow: /\n")},
        "pace_crawl_delay": {"configured_s": args.crawl_delay, **measure_pace(
            args.pages, 0.0, f"User-agent: *\nCrawl-delay: {args.crawl_delay}\n")},
        "throughput_no_delay_4_hosts": measure_throughput(4, args.pages * 5 // 4),
        "failures": measure_failures(),
    }
    print(orjson.dumps(report, option=orjson.OPT_INDENT_2).decode())


if __name__ == "__main__":
    main()
