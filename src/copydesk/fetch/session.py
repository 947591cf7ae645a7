"""A fetch session for one run: one HTTP client, robots.txt rules, per-host pacing
and the optional conditional-request cache, shared by every fetch of the run.

`Fetcher.fetch(url)` never raises for a failed page: it returns an `Outcome` that
holds the result or the `FetchError`, plus every exchange made on the way.
"""

from __future__ import annotations

import time
from urllib.parse import urlsplit

from copydesk.errors import FetchError
from copydesk.fetch.cache import ValidatorCache
from copydesk.fetch.config import FetchConfig
from copydesk.fetch.http import open_client, send
from copydesk.fetch.politeness import HostScheduler, retry_wait
from copydesk.fetch.result import Exchange, FetchResult, Outcome, charset_of, media_type
from copydesk.fetch.robots import MAX_ROBOTS_BYTES, RobotsBook
from copydesk.model import Status
from copydesk.urls import absolute_url

REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
MAX_ROBOTS_REDIRECTS = 5  # RFC 9309 asks crawlers to follow at least five


def _retryable(status: int) -> bool:
    """Rate limits and server errors may pass; a 501 (not implemented) never will."""
    return status == 429 or (500 <= status < 600 and status != 501)


class Fetcher:
    """Fetches pages politely; use as a context manager so the client is closed."""

    def __init__(self, config: FetchConfig | None = None, *, cache: ValidatorCache | None = None) -> None:
        self.config = config or FetchConfig()
        self._client = open_client(self.config)
        self._robots = RobotsBook()
        self._hosts = HostScheduler(self.config.per_host_concurrency)
        self._cache = cache

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def robots_sitemaps(self, url: str, hops: list[Exchange]) -> tuple[str, ...]:
        """The sitemaps the robots.txt of `url`'s site lists (fetched into `hops` if not yet)."""
        try:
            return self._robots.rules(url, lambda r: self._load_robots(r, hops, self._deadline())).sitemaps()
        except FetchError:
            return ()

    def fetch(self, url: str, *, accept: tuple[str, ...] | None = None, max_bytes: int | None = None) -> Outcome:
        """Fetch `url` (robots.txt checked, redirects followed, 429/5xx retried);
        `accept` defaults to the config's page types."""
        started, hops = time.monotonic(), []
        deadline = started + self.config.total_timeout
        accept = self.config.accept_types if accept is None else accept
        conditional = self._cache.conditional_headers(url) if self._cache else {}
        try:
            final = self._chain(url, accept=accept, hops=hops, deadline=deadline, robots=self.config.obey_robots,
                                headers=conditional, max_bytes=max_bytes, max_redirects=self.config.max_redirects)
        except FetchError as exc:
            return Outcome(url=url, error=exc, hops=tuple(hops))
        return self._settle(url, final, tuple(hops), time.monotonic() - started)

    def _deadline(self) -> float:
        return time.monotonic() + self.config.total_timeout

    def _chain(self, url: str, *, accept: tuple[str, ...] | None, hops: list[Exchange], deadline: float,
               robots: bool, headers: dict[str, str], max_bytes: int | None, max_redirects: int) -> Exchange:
        """The first answer that is not a redirect; redirect answers go to `hops`."""
        seen, current = {url}, url
        for _ in range(max_redirects + 1):
            exchange = self._attempts(current, accept=accept, hops=hops, deadline=deadline, robots=robots,
                                      headers=headers if current == url else {}, max_bytes=max_bytes)
            location = exchange.header("location")
            if exchange.status_code not in REDIRECT_CODES or not location:
                return exchange
            hops.append(exchange)
            target = absolute_url(location, current)
            if target is None or target in seen:
                raise FetchError(Status.ERROR, "redirect loop" if target else f"bad redirect: {location}")
            seen.add(target)
            current = target
        raise FetchError(Status.ERROR, f"more than {max_redirects} redirects")

    def _attempts(self, url: str, *, accept: tuple[str, ...] | None, hops: list[Exchange], deadline: float,
                  robots: bool, headers: dict[str, str], max_bytes: int | None) -> Exchange:
        """One request, retried on 429/5xx while the deadline allows; earlier answers go to `hops`."""
        delay = self.config.min_delay
        if robots:
            rules = self._robots.rules(url, lambda r: self._load_robots(r, hops, deadline))
            if not rules.allowed(url, self.config.user_agent):
                raise FetchError(Status.ERROR, rules.note or "robots.txt disallows")
            crawl_delay = rules.crawl_delay(self.config.user_agent)
            if crawl_delay is not None:
                delay = max(delay, min(crawl_delay, self.config.max_crawl_delay))
        host = urlsplit(url).netloc.lower()
        attempt = 0
        while True:
            with self._hosts.slot(host, delay):
                exchange = send(self._client, url, config=self.config, deadline=deadline, accept=accept,
                                headers=headers, max_bytes=max_bytes)
            if not _retryable(exchange.status_code) or attempt >= self.config.retries:
                return exchange
            wait = retry_wait(exchange.header("retry-after"), attempt, backoff=self.config.backoff,
                              cap=self.config.max_retry_wait)
            if time.monotonic() + wait >= deadline:
                return exchange  # no time left to try again: the last answer stands
            hops.append(exchange)
            self._hosts.defer(host, wait)
            attempt += 1

    def _load_robots(self, robots_url: str, hops: list[Exchange], deadline: float) -> Exchange:
        exchange = self._chain(robots_url, accept=None, hops=hops, deadline=deadline, robots=False, headers={},
                               max_bytes=MAX_ROBOTS_BYTES, max_redirects=MAX_ROBOTS_REDIRECTS)
        hops.append(exchange)
        return exchange

    def _settle(self, url: str, final: Exchange, hops: tuple[Exchange, ...], elapsed: float) -> Outcome:
        """The outcome of a fetch whose last answer is `final`."""
        if final.status_code == 304 and self._cache is not None:
            stored = self._cache.stored(url)
            if stored is not None:
                result = _result(url, stored, elapsed, from_cache=True)
                return Outcome(url=url, result=result, final=stored, hops=(*hops, final))
        if not 200 <= final.status_code < 300:
            return Outcome(url=url, error=FetchError(Status.ERROR, f"http {final.status_code}"), final=final,
                           hops=hops)
        if self._cache is not None:
            self._cache.store(url, final)
        return Outcome(url=url, result=_result(url, final, elapsed), final=final, hops=hops)


def _result(url: str, exchange: Exchange, elapsed: float, *, from_cache: bool = False) -> FetchResult:
    content_type = exchange.header("content-type")
    return FetchResult(
        url=url, final_url=exchange.url, status_code=exchange.status_code, headers=exchange.headers,
        body=exchange.body, charset=charset_of(content_type), content_type=media_type(content_type),
        elapsed=elapsed, from_cache=from_cache,
    )


def fetch_url(url: str, *, config: FetchConfig | None = None) -> FetchResult:
    """Fetch one page politely (robots.txt checked); raises `FetchError` with a status
    and reason (`"http 404"`, `"robots.txt disallows"`, `"dns: name not resolved"`…)."""
    with Fetcher(config) as fetcher:
        outcome = fetcher.fetch(url)
    if outcome.result is None:
        raise outcome.error or FetchError(Status.ERROR, "no answer")
    return outcome.result
