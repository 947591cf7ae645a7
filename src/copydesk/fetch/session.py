"""A fetch session for one run: one HTTP client, robots.txt rules, per-host pacing
and the optional conditional-request cache, shared by every fetch of the run.

`Fetcher.fetch(url)` never raises for a failed page: it returns an `Outcome` that
holds the result or the `FetchError`, plus every exchange made on the way.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import Future

from copydesk.errors import FetchError
from copydesk.fetch.cache import ValidatorCache
from copydesk.fetch.config import FetchConfig
from copydesk.fetch.http import open_client, send
from copydesk.fetch.politeness import HostScheduler, host_key, retry_wait
from copydesk.fetch.result import Exchange, FetchResult, Outcome, charset_of, media_type
from copydesk.fetch.robots import MAX_ROBOTS_BYTES, RobotsBook
from copydesk.model import Status
from copydesk.urls import absolute_url, normalize_url

REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
MAX_ROBOTS_REDIRECTS = 5  # RFC 9309 asks crawlers to follow at least five


class _Budget:
    """The time one fetch may take: `total_timeout` of network time and of waits a server
    asked for (Retry-After); queueing behind other requests to a polite host is not counted."""

    def __init__(self, seconds: float) -> None:
        self.started = time.monotonic()
        self.at = self.started + seconds  # the deadline, a `time.monotonic()` value
        self.paused = 0.0

    def pause(self, seconds: float) -> None:
        self.at += max(0.0, seconds)
        self.paused += max(0.0, seconds)

    def spent(self) -> float:
        """Seconds used so far, queueing left out."""
        return time.monotonic() - self.started - self.paused


class _SamePage(Exception):  # noqa: N818 (a signal, not an error)
    """A redirect led to a page this session already fetched."""

    def __init__(self, first: Outcome) -> None:
        super().__init__(first.url)
        self.first = first


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
        self._done: dict[str, Future[Outcome]] = {}  # by canonical URL: each page fetched once per run
        self._done_lock = threading.Lock()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def robots_sitemaps(self, url: str, hops: list[Exchange]) -> tuple[str, ...]:
        """The sitemaps the robots.txt of `url`'s site lists (fetched into `hops` if not yet)."""
        budget = _Budget(self.config.total_timeout)
        try:
            return self._robots.rules(url, lambda r: self._load_robots(r, hops, budget)).sitemaps()
        except FetchError:
            return ()

    def fetch(self, url: str, *, any_type: bool = False, max_bytes: int | None = None) -> Outcome:
        """Fetch `url` (robots.txt checked, redirects followed, 429/5xx retried); the answer
        must be of the config's `accept_types` unless `any_type` (feeds, sitemaps).

        A URL whose canonical form (`copydesk.urls.normalize_url`) was already asked for
        or reached by a redirect in this session is not fetched again: its outcome comes
        back with `duplicate_of` naming the URL that was.
        """
        key = normalize_url(url)
        with self._done_lock:
            earlier = self._done.get(key)
            if earlier is None:
                mine: Future[Outcome] = Future()
                self._done[key] = mine
        if earlier is not None:
            first = earlier.result()
            return Outcome(url=url, result=first.result, error=first.error, duplicate_of=first.url, size=first.size)
        try:
            outcome = self._fetch_once(url, accept=None if any_type else self.config.accept_types,
                                       max_bytes=max_bytes)
        except BaseException as exc:  # waiters must not hang on a fetch that blew up
            mine.set_exception(exc)
            raise
        mine.set_result(outcome.slim())  # a repeat needs the verdict, not the body
        if outcome.final is not None:
            with self._done_lock:
                self._done.setdefault(normalize_url(outcome.final.url), mine)
        return outcome

    def _fetch_once(self, url: str, *, accept: tuple[str, ...] | None, max_bytes: int | None) -> Outcome:
        hops: list[Exchange] = []
        budget = _Budget(self.config.total_timeout)
        conditional = self._cache.conditional_headers(url) if self._cache else {}
        try:
            final = self._chain(url, accept=accept, hops=hops, budget=budget, robots=self.config.obey_robots,
                                headers=conditional, max_bytes=max_bytes, max_redirects=self.config.max_redirects)
        except FetchError as exc:
            return Outcome(url=url, error=exc, hops=tuple(hops), elapsed=budget.spent())
        except _SamePage as same:
            return Outcome(url=url, result=same.first.result, error=same.first.error, hops=tuple(hops),
                           elapsed=budget.spent(), duplicate_of=same.first.url, size=same.first.size)
        return self._settle(url, final, tuple(hops), budget.spent())

    def _finished(self, url: str) -> Outcome | None:
        """The outcome of a fetch of `url`'s page that already ended in this session, or None."""
        with self._done_lock:
            future = self._done.get(normalize_url(url))
        if future is None or not future.done() or future.exception() is not None:
            return None  # one still in flight is not waited for: two redirects could wait on each other
        return future.result()

    def _chain(self, url: str, *, accept: tuple[str, ...] | None, hops: list[Exchange], budget: _Budget,
               robots: bool, headers: dict[str, str], max_bytes: int | None, max_redirects: int,
               once: bool = True, truncate: bool = False) -> Exchange:
        """The first answer that is not a redirect; redirect answers go to `hops`. With
        `once`, a redirect to a page fetched earlier in the session raises `_SamePage`."""
        seen, current = {url}, url
        for _ in range(max_redirects + 1):
            exchange = self._attempts(current, accept=accept, hops=hops, budget=budget, robots=robots,
                                      headers=headers if current == url else {}, max_bytes=max_bytes,
                                      truncate=truncate)
            location = exchange.header("location")
            if exchange.status_code not in REDIRECT_CODES or not location:
                return exchange
            hops.append(exchange)
            target = absolute_url(location, current)
            if target is None or target in seen:
                raise FetchError(Status.ERROR, "redirect loop" if target else f"bad redirect: {location}")
            if once and (first := self._finished(target)) is not None:
                raise _SamePage(first)
            seen.add(target)
            current = target
        raise FetchError(Status.ERROR, f"more than {max_redirects} redirects")

    def _attempts(self, url: str, *, accept: tuple[str, ...] | None, hops: list[Exchange], budget: _Budget,
                  robots: bool, headers: dict[str, str], max_bytes: int | None,
                  truncate: bool = False) -> Exchange:
        """One request, retried on 429/5xx while the budget allows; earlier answers go to `hops`."""
        delay = self._delay(url, hops, budget) if robots else self.config.min_delay
        host = host_key(url)
        attempt, counted = 0, 0.0  # `counted`: the part of the next slot wait a server asked for
        while True:
            with self._hosts.slot(host, delay) as waited:
                budget.pause(waited - counted)
                exchange = send(self._client, url, config=self.config, deadline=budget.at, accept=accept,
                                headers=headers, max_bytes=max_bytes, truncate=truncate)
            if not _retryable(exchange.status_code) or attempt >= self.config.retries:
                return exchange
            wait = retry_wait(exchange.header("retry-after"), attempt, backoff=self.config.backoff,
                              cap=self.config.max_retry_wait)
            if time.monotonic() + wait >= budget.at:
                return exchange  # no time left to try again: the last answer stands
            hops.append(exchange)
            self._hosts.defer(host, wait)
            attempt, counted = attempt + 1, wait

    def _delay(self, url: str, hops: list[Exchange], budget: _Budget) -> float:
        """The pause between requests to `url`'s host: the configured minimum or the site's
        Crawl-delay (capped), whichever is longer; `FetchError` when robots.txt disallows `url`."""
        rules = self._robots.rules(url, lambda r: self._load_robots(r, hops, budget))
        if not rules.allowed(url, self.config.user_agent):
            raise FetchError(Status.ERROR, rules.note or "robots.txt disallows")
        crawl_delay = rules.crawl_delay(self.config.user_agent)
        if crawl_delay is None:
            return self.config.min_delay
        return max(self.config.min_delay, min(crawl_delay, self.config.max_crawl_delay))

    def _load_robots(self, robots_url: str, hops: list[Exchange], budget: _Budget) -> Exchange:
        exchange = self._chain(robots_url, accept=None, hops=hops, budget=budget, robots=False, headers={},
                               max_bytes=MAX_ROBOTS_BYTES, max_redirects=MAX_ROBOTS_REDIRECTS, once=False,
                               truncate=True)
        hops.append(exchange)
        return exchange

    def _settle(self, url: str, final: Exchange, hops: tuple[Exchange, ...], elapsed: float) -> Outcome:
        """The outcome of a fetch whose last answer is `final`."""
        if final.status_code == 304 and self._cache is not None:
            stored = self._cache.stored(url)
            if stored is not None:
                result = _result(url, stored, elapsed, from_cache=True)
                return Outcome(url=url, result=result, final=stored, hops=(*hops, final), elapsed=elapsed)
        if not 200 <= final.status_code < 300:
            return Outcome(url=url, error=FetchError(Status.ERROR, f"http {final.status_code}"), final=final,
                           hops=hops, elapsed=elapsed)
        if self._cache is not None:
            self._cache.store(url, final)
        return Outcome(url=url, result=_result(url, final, elapsed), final=final, hops=hops, elapsed=elapsed)


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
