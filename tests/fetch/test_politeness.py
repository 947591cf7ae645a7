"""Pace and concurrency, measured from the servers' logs: per-host delay, robots.txt
Crawl-delay (and its cap), per-host and global concurrency caps, Retry-After holding a host."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from copydesk.fetch import Fetcher, Seeds, crawl
from tests.conftest import LATE_S

from .conftest import FAST, Site, respond

SLACK = 0.02  # the server stamps a request a little after the client's clock starts it


def gaps(times: list[float]) -> list[float]:
    return [b - a for a, b in zip(times, times[1:])]


class InFlight:
    """Counts requests being served at once, over every site that shares it."""

    def __init__(self) -> None:
        self.now = 0
        self.peak = 0
        self.peak_by_site: dict[str, int] = {}
        self._by_site: dict[str, int] = {}
        self._lock = threading.Lock()

    def handler(self, name: str, seconds: float):
        def serve(h) -> None:
            with self._lock:
                self.now += 1
                self._by_site[name] = self._by_site.get(name, 0) + 1
                self.peak = max(self.peak, self.now)
                self.peak_by_site[name] = max(self.peak_by_site.get(name, 0), self._by_site[name])
            time.sleep(seconds)
            with self._lock:
                self.now -= 1
                self._by_site[name] -= 1
            respond(h, 200, b"<p>page</p>", "text/html")
        return serve


@pytest.fixture
def three_sites() -> Iterator[list[Site]]:
    sites = [Site() for _ in range(3)]
    yield sites
    for site in sites:
        site.close()


def test_min_delay_between_requests_to_one_host(site: Site, tmp_path: Path) -> None:
    for n in range(4):
        site.add(f"/p{n}", "<p>page</p>")
    crawl(Seeds(urls=tuple(site.url(f"/p{n}") for n in range(4))), tmp_path / "d.warc.gz",
          config=FAST.evolve(min_delay=0.2))
    assert site.paths() == ["/robots.txt", "/p0", "/p1", "/p2", "/p3"]
    assert min(gaps(site.times())) >= 0.2 - SLACK


def test_crawl_delay_is_honoured_and_capped(site: Site, tmp_path: Path) -> None:
    site.add("/robots.txt", "User-agent: *\nCrawl-delay: 0.3\n", content_type="text/plain")
    for n in range(3):
        site.add(f"/p{n}", "<p>page</p>")
    urls = tuple(site.url(f"/p{n}") for n in range(3))
    crawl(Seeds(urls=urls), tmp_path / "a.warc.gz", config=FAST)
    assert min(gaps(site.times())) >= 0.3 - SLACK
    site.log.clear()
    crawl(Seeds(urls=urls), tmp_path / "b.warc.gz", config=FAST.evolve(max_crawl_delay=0.1))
    assert 0.1 - SLACK <= min(gaps(site.times())) and max(gaps(site.times())) < 0.25


def test_robots_rules_for_our_agent_group(site: Site, tmp_path: Path) -> None:
    site.add("/robots.txt", "User-agent: desk-test\nDisallow: /news/\n\nUser-agent: *\nAllow: /\n",
             content_type="text/plain")
    site.add("/news/a", "<p>a</p>")
    site.add("/other/b", "<p>b</p>")
    summary = crawl(Seeds(urls=(site.url("/news/a"), site.url("/other/b"))), tmp_path / "r.warc.gz",
                    config=FAST.evolve(user_agent="desk-test/1.0"))
    assert [(row["status"], row["reason"]) for row in summary.rows()] == [
        ("error", "robots.txt disallows"), ("ok", None)]
    assert site.paths() == ["/robots.txt", "/other/b"]  # robots.txt read once for the host


def test_robots_txt_server_error_blocks_the_host(site: Site, tmp_path: Path) -> None:
    site.add("/robots.txt", "oops", status=500, content_type="text/plain")
    site.add("/p", "<p>page</p>")
    summary = crawl(Seeds(urls=(site.url("/p"),)), tmp_path / "r.warc.gz", config=FAST.evolve(retries=0))
    assert summary.rows()[0]["reason"] == "robots.txt unavailable: http 500"
    assert "/p" not in site.paths()


def test_concurrency_caps_per_host_and_overall(three_sites: list[Site], tmp_path: Path) -> None:
    meter = InFlight()
    urls = []
    for name, site in zip("abc", three_sites):
        for n in range(3):
            site.routes[f"/p{n}"] = meter.handler(name, 0.15)
            urls.append(site.url(f"/p{n}"))
    started = time.monotonic()
    summary = crawl(Seeds(urls=tuple(urls)), tmp_path / "c.warc.gz", config=FAST.evolve(concurrency=2))
    assert summary.fetched == 9
    assert meter.peak == 2 and set(meter.peak_by_site.values()) == {1}
    assert time.monotonic() - started >= 9 * 0.15 / 2  # never more than two at once


def test_waiting_in_a_hosts_queue_does_not_count_against_the_timeout(site: Site, tmp_path: Path) -> None:
    page_s = 1.5  # one page fits its timeout with LATE_S to spare; three of them in a queue do not
    for n in range(4):
        site.routes[f"/p{n}"] = lambda h: (time.sleep(page_s), respond(h, 200, b"<p>x</p>", "text/html"))
    config = FAST.evolve(read_timeout=page_s + LATE_S, total_timeout=page_s + LATE_S, concurrency=4)
    assert 3 * page_s > config.total_timeout
    summary = crawl(Seeds(urls=tuple(site.url(f"/p{n}") for n in range(4))), tmp_path / "q.warc.gz", config=config)
    # The fourth page waits 4.5 s behind the others, past its 3.5 s: still fetched.
    assert [row["status"] for row in summary.rows()] == ["ok"] * 4


def test_retry_after_holds_the_whole_host(site: Site) -> None:
    answers = iter([(429, {"Retry-After": "1"}), (200, {})])
    site.routes["/busy"] = lambda h: respond(h, *_first(next(answers)))
    site.add("/other", "<p>other</p>")
    with Fetcher(FAST.evolve(concurrency=2)) as fetcher:
        busy = threading.Thread(target=fetcher.fetch, args=(site.url("/busy"),))
        busy.start()
        give_up = time.monotonic() + 30.0  # a condition's wait, not a speed
        while "/busy" not in site.paths():  # the 429 has been sent
            assert time.monotonic() < give_up
            time.sleep(0.01)
        time.sleep(0.05)
        assert fetcher.fetch(site.url("/other")).result is not None
        busy.join()
    first_busy, other = (next(hit.at for hit in site.log if hit.path == path) for path in ("/busy", "/other"))
    assert other - first_busy >= 1.0 - SLACK  # the other page waited out the Retry-After too
    assert site.paths().count("/busy") == 2


def _first(answer: tuple[int, dict[str, str]]) -> tuple[int, bytes, str, dict[str, str]]:
    status, headers = answer
    return status, b"<p>ok</p>", "text/html", headers
