"""`fetch_url` against real loopback servers: success, every failure mode, limits and timing.

A time limit is asserted as `limit <= seconds < limit + LATE_S`, after the status and reason; how fast a
refusal comes is not asserted (benchmarks time things)."""

from __future__ import annotations

import gzip
import time
import tracemalloc
import zlib

import brotli
import pytest

from benchmarks.loopback import drip, stream_html
from copydesk import Status, extract
from copydesk.errors import FetchError
from copydesk.fetch import fetch_url
from copydesk.fetch.http import DEADLINE_SLACK_S
from tests.conftest import LATE_S

from .conftest import FAST, Site, respond

ROBOTS_OPEN = "User-agent: *\nAllow: /\n"
BOMB_PEAK_BYTES = 16 * 1024 * 1024  # the 1 MB cap, chunks and buffers (2.4 MB seen); a bomb inflated whole is 200 MB
LATE_SILENCE_S = 3 * LATE_S  # a silence this long outlasts any deadline overshoot a test allows
SILENCE_FROM_S = LATE_S + 1.0  # a silence that starts this late shows a missed deadline past the slack


def failure(url: str, config=FAST) -> tuple[FetchError, float]:
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        fetch_url(url, config=config)
    return caught.value, time.monotonic() - started


def test_page_after_redirect_keeps_final_url_and_header_charset(site: Site, real_pages) -> None:
    html, title = real_pages[0]
    site.add("/robots.txt", ROBOTS_OPEN, content_type="text/plain")
    site.add("/old", status=301, headers={"Location": "/story"})
    site.add("/story", html, content_type="text/html; charset=UTF-8")
    result = fetch_url(site.url("/old"), config=FAST)
    assert (result.url, result.final_url) == (site.url("/old"), site.url("/story"))
    assert (result.status_code, result.charset, result.content_type) == (200, "utf-8", "text/html")
    assert result.body == html
    assert extract(result.body, url=result.final_url, http_charset=result.charset).title == title
    assert site.paths() == ["/robots.txt", "/old", "/story"]


def test_user_agent_is_configurable(site: Site) -> None:
    site.add("/p", "<p>x</p>")
    fetch_url(site.url("/p"), config=FAST.evolve(user_agent="desk-test/9"))
    assert {hit.headers["user-agent"] for hit in site.log} == {"desk-test/9"}


def test_wrong_charset_header_is_passed_on_and_the_bytes_win(site: Site) -> None:
    page = "<html><head><title>Café crème</title></head><body><article><h1>Café crème</h1>" + \
           "<p>Le café crème coûte deux euros à Montréal, déjà très cher pour un café.</p>" * 8 + \
           "</article></body></html>"
    site.add("/p", page.encode("utf-8"), content_type="text/html; charset=iso-8859-1")
    result = fetch_url(site.url("/p"), config=FAST)
    assert result.charset == "iso-8859-1"  # passed on as the server said
    article = extract(result.body, url=result.final_url, http_charset=result.charset)
    assert "Montréal" in article.text  # valid UTF-8 is not read as Latin-1


@pytest.mark.parametrize("coding", ["gzip", "deflate", "br"])
def test_compressed_bodies_are_decoded(site: Site, coding: str) -> None:
    page = b"<html><body><p>" + b"compressed words " * 500 + b"</p></body></html>"
    packed = {"gzip": gzip.compress, "deflate": zlib.compress, "br": brotli.compress}[coding](page)
    site.add("/p", packed, headers={"Content-Encoding": coding})
    assert fetch_url(site.url("/p"), config=FAST).body == page
    assert "br" in site.log[-1].headers["accept-encoding"]


def test_404_is_an_error_with_its_status(site: Site) -> None:
    error, _ = failure(site.url("/missing"))
    assert (error.status, error.reason) == (Status.ERROR, "http 404")


def test_not_html_is_refused_before_the_body(site: Site) -> None:
    site.add("/logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 1000, content_type="image/png")
    error, _ = failure(site.url("/logo.png"))
    assert (error.status, error.reason) == (Status.ERROR, "not html: image/png")


def test_redirect_loop_is_detected(site: Site) -> None:
    site.add("/a", status=302, headers={"Location": "/b"})
    site.add("/b", status=302, headers={"Location": "/a"})
    error, _ = failure(site.url("/a"))
    assert (error.status, error.reason) == (Status.ERROR, "redirect loop")
    assert site.paths().count("/a") == 1 and site.paths().count("/b") == 1


def test_redirect_chain_over_the_limit(site: Site) -> None:
    for n in range(5):
        site.add(f"/r{n}", status=307, headers={"Location": f"/r{n + 1}"})
    error, _ = failure(site.url("/r0"), FAST.evolve(max_redirects=3))
    assert error.reason == "more than 3 redirects"


def test_gzip_bomb_stops_at_the_decoded_cap(site: Site) -> None:
    bomb = gzip.compress(b"\0" * (200 * 1024 * 1024), compresslevel=9)  # 200 MB in ~200 KB
    site.add("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    tracemalloc.start()
    try:
        error, _ = failure(site.url("/bomb"), FAST.evolve(max_decoded_bytes=1024 * 1024))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (error.status, error.reason) == (Status.TOO_LARGE, "decompressed body over 1048576 bytes")
    assert peak < BOMB_PEAK_BYTES  # inflated a chunk at a time and dropped at the cap, never whole


def test_100mb_streamed_body_stops_at_the_wire_cap(site: Site) -> None:
    site.routes["/huge"] = stream_html(100 * 1024 * 1024)
    error, _ = failure(site.url("/huge"))
    assert (error.status, error.reason) == (Status.TOO_LARGE, "body over 10485760 bytes")
    time.sleep(0.2)  # let the handler notice the hang-up
    assert getattr(site.server, "site_sent", 0) < 50 * 1024 * 1024  # the client stopped reading early


def test_declared_oversize_body_is_refused_without_reading(site: Site) -> None:
    site.routes["/big"] = lambda h: (h.send_response(200), h.send_header("Content-Type", "text/html"),
                                     h.send_header("Content-Length", str(100 * 1024 * 1024)), h.end_headers())
    error, _ = failure(site.url("/big"))
    assert (error.status, error.reason) == (Status.TOO_LARGE, "body over 10485760 bytes")


def test_slow_drip_ends_at_the_total_timeout(site: Site) -> None:
    site.routes["/drip"] = drip(100, 0.2)  # 10 bytes every 0.2 s: 20 s for the page
    config = FAST.evolve(total_timeout=1.0)
    error, seconds = failure(site.url("/drip"), config)
    assert (error.status, error.reason) == (Status.TIMEOUT, "total time over 1s")
    assert config.total_timeout <= seconds < config.total_timeout + LATE_S


def test_slow_answer_within_the_limits_is_fetched(site: Site) -> None:
    site.routes["/slow"] = lambda h: (time.sleep(0.4), respond(h, 200, b"<p>late</p>", "text/html"))
    assert fetch_url(site.url("/slow"), config=FAST).body == b"<p>late</p>"


def test_server_that_never_answers_ends_at_the_read_timeout(silent_port: int) -> None:
    config = FAST.evolve(read_timeout=0.5)
    error, seconds = failure(f"http://127.0.0.1:{silent_port}/", config)
    assert (error.status, error.reason) == (Status.TIMEOUT, "read: no data within 0.5s")
    assert config.read_timeout <= seconds < config.read_timeout + LATE_S


def test_server_that_never_answers_ends_at_the_total_timeout(silent_port: int) -> None:
    config = FAST.evolve(read_timeout=5.0, total_timeout=0.8)
    error, seconds = failure(f"http://127.0.0.1:{silent_port}/", config)
    assert (error.status, error.reason) == (Status.TIMEOUT, "total time over 0.8s")
    assert config.total_timeout - DEADLINE_SLACK_S <= seconds < config.total_timeout + LATE_S


def test_refused_connection(closed_port: int) -> None:
    error, _ = failure(f"http://127.0.0.1:{closed_port}/story")
    assert (error.status, error.reason) == (Status.ERROR, "connect: refused")


def test_dns_failure() -> None:
    error, seconds = failure("http://copydesk-test.invalid/story")
    if error.status is Status.TIMEOUT:
        pytest.skip(f"the resolver here hangs on .invalid names ({error.reason})")
    assert (error.status, error.reason) == (Status.ERROR, "dns: name not resolved")


def test_429_waits_for_retry_after_then_succeeds(site: Site) -> None:
    answers = iter([(429, {"Retry-After": "1"}), (200, {})])

    def limited(h) -> None:
        status, headers = next(answers)
        respond(h, status, b"<p>ok</p>", "text/html", headers)

    site.routes["/p"] = limited
    assert fetch_url(site.url("/p"), config=FAST).body == b"<p>ok</p>"
    first, second = site.times("/p")
    assert 1.0 <= second - first < 1.0 + LATE_S


def test_503_retries_with_backoff_then_fails(site: Site) -> None:
    site.add("/down", "<p>down</p>", status=503)
    config = FAST.evolve(retries=2, backoff=0.2)
    error, _ = failure(site.url("/down"), config)
    assert (error.status, error.reason) == (Status.ERROR, "http 503")
    times = site.times("/down")
    assert len(times) == 3
    assert times[1] - times[0] >= 0.2 and times[2] - times[1] >= 0.4  # 0.2 s, then doubled


def test_retry_after_longer_than_the_deadline_is_not_waited_for(site: Site) -> None:
    site.add("/busy", "<p>busy</p>", status=429, headers={"Retry-After": "60"})
    error, seconds = failure(site.url("/busy"), FAST.evolve(max_retry_wait=60.0))
    assert error.reason == "http 429" and seconds < LATE_S  # none of the 60 s waited
    assert len(site.times("/busy")) == 1


def _drip_then_stall(h) -> None:
    """Quick bytes for SILENCE_FROM_S, then silence: the silence starts late in the fetch."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.end_headers()
    for _ in range(round(SILENCE_FROM_S / 0.1)):
        h.wfile.write(b"<p>drip</p>")
        h.wfile.flush()
        time.sleep(0.1)
    time.sleep(LATE_SILENCE_S)


def test_silence_late_in_the_body_ends_at_the_total_timeout(site: Site) -> None:
    site.routes["/p"] = _drip_then_stall
    config = FAST.evolve(read_timeout=2 * LATE_SILENCE_S, total_timeout=SILENCE_FROM_S + 1.0)
    error, seconds = failure(site.url("/p"), config)
    assert (error.status, error.reason) == (Status.TIMEOUT, "total time over 4s")
    # Not cut at the deadline, the read blocked in the silence would end when its own timeout (the time left
    # when the request began: all of it) runs out, SILENCE_FROM_S late, past the slack allowed here.
    assert config.total_timeout <= seconds < config.total_timeout + LATE_S


def test_connection_never_accepted_ends_at_the_connect_timeout(full_backlog_port: int) -> None:
    config = FAST.evolve(connect_timeout=0.3)
    error, seconds = failure(f"http://127.0.0.1:{full_backlog_port}/", config)
    assert (error.status, error.reason) == (Status.TIMEOUT, "connect: no answer within 0.3s")
    assert config.connect_timeout <= seconds < config.connect_timeout + LATE_S
