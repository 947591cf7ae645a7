"""Every failure mode in one crawl: each URL ends as a row with its status and reason,
a timeout at its time limit, and as a record in the WARC."""

from __future__ import annotations

import gzip
import time
from pathlib import Path

import orjson
import pytest
from fastwarc.warc import ArchiveIterator, WarcRecordType

from benchmarks.loopback import drip, stream_html
from copydesk.fetch import Seeds, crawl
from tests.conftest import LATE_S

from .conftest import FAST, Site, respond

LIMITS = FAST.evolve(connect_timeout=0.3, read_timeout=0.5, total_timeout=1.0, max_body_bytes=2 * 1024 * 1024,
                     max_decoded_bytes=2 * 1024 * 1024, retries=1)


def _stall_mid_body(h) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "100000")
    h.end_headers()
    h.wfile.write(b"<p>half a page")
    h.wfile.flush()
    time.sleep(3 * LATE_S)  # outlasts any overshoot of the read timeout a test allows


# path → (expected status, expected reason, the time limit it ends at or None: it ends with an answer or a refusal)
EXPECTED = {
    "/missing": ("error", "http 404", None),
    "/down": ("error", "http 503", None),  # retried once after 0.05 s, then the answer stands
    "/logo.png": ("error", "not html: image/png", None),
    "/loop-a": ("error", "redirect loop", None),
    "/bomb": ("too_large", "decompressed body over 2097152 bytes", None),
    "/huge": ("too_large", "body over 2097152 bytes", None),
    "/drip": ("timeout", "total time over 1s", LIMITS.total_timeout),
    "/stall": ("timeout", "read: no data within 0.5s", LIMITS.read_timeout),
    "/private/page": ("error", "robots.txt disallows", None),
}


@pytest.fixture
def hostile(site: Site) -> Site:
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    site.add("/down", "<p>down</p>", status=503)
    site.add("/logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 5000, content_type="image/png")
    site.add("/loop-a", status=302, headers={"Location": "/loop-b"})
    site.add("/loop-b", status=302, headers={"Location": "/loop-a"})
    site.add("/bomb", gzip.compress(b"\0" * (50 * 1024 * 1024)), headers={"Content-Encoding": "gzip"})
    site.routes["/huge"] = stream_html(100 * 1024 * 1024)
    site.routes["/drip"] = drip(50, 0.1)
    site.routes["/stall"] = _stall_mid_body
    site.add("/private/page", "<p>secret</p>")
    return site


def test_every_failure_is_a_row_with_its_reason_in_time(hostile: Site, silent_port: int, closed_port: int,
                                                        full_backlog_port: int, tmp_path: Path) -> None:
    dead = {f"http://127.0.0.1:{silent_port}/story": ("timeout", "read: no data within 0.5s", LIMITS.read_timeout),
            f"http://127.0.0.1:{closed_port}/story": ("error", "connect: refused", None),
            f"http://127.0.0.1:{full_backlog_port}/story": ("timeout", "connect: no answer within 0.3s",
                                                            LIMITS.connect_timeout)}
    expected = {hostile.url(path): want for path, want in EXPECTED.items()} | dead
    warc = tmp_path / "failures.warc.gz"
    summary = crawl(Seeds(urls=tuple(expected)), warc, config=LIMITS)

    rows = summary.rows()
    assert [row["url"] for row in rows] == list(expected)
    for row in rows:
        status, reason, limit = expected[row["url"]]
        assert (row["url"], row["status"], row["reason"]) == (row["url"], status, reason)
        if limit is not None:
            assert limit <= row["seconds"] < limit + LATE_S, row
    assert hostile.paths().count("/down") == 2 and "/private/page" not in hostile.paths()
    by_url = {row["url"]: row for row in rows}
    assert (by_url[hostile.url("/down")]["requests"], by_url[hostile.url("/loop-a")]["requests"]) == (2, 2)

    # The WARC: the answers that came (404, 503) as responses, the rest as failure records, in URL order.
    with open(warc, "rb") as fh:
        records = [(r.record_type, r.headers["WARC-Target-URI"], r.reader.read())
                   for r in ArchiveIterator(fh, record_types=WarcRecordType.response | WarcRecordType.metadata)]
    assert [url for _, url, _ in records] == list(expected)
    for kind, url, block in records:
        if kind is WarcRecordType.metadata:
            assert orjson.loads(block)["reason"] == expected[url][1]
        else:
            assert expected[url][1] in ("http 404", "http 503")


def test_dns_failure_is_a_row(tmp_path: Path) -> None:
    summary = crawl(Seeds(urls=("http://copydesk-test.invalid/story",)), tmp_path / "d.warc.gz", config=LIMITS)
    row = summary.rows()[0]
    if row["status"] == "timeout":
        pytest.skip(f"the resolver here hangs on .invalid names ({row['reason']})")
    assert (row["status"], row["reason"]) == ("error", "dns: name not resolved")


def test_a_page_that_is_slow_but_within_limits_is_fetched(site: Site, tmp_path: Path) -> None:
    site.routes["/slow"] = lambda h: (time.sleep(0.3), respond(h, 200, b"<p>late</p>", "text/html"))
    row = crawl(Seeds(urls=(site.url("/slow"),)), tmp_path / "s.warc.gz", config=LIMITS).rows()[0]
    # Fetched once, after the wait: no retry and no timeout. The time has no upper bound here, as a busy
    # machine stretches it; the limits themselves are timed in the test above.
    assert row["status"] == "ok" and row["seconds"] >= 0.3 and site.paths().count("/slow") == 1
