"""A crawl: discover article URLs from feeds, sitemaps and sites, fetch each once,
and write every outcome to WARC in a fixed order.

The main WARC gets one outcome per article URL (its final answer, or a failure
record), and a failure record for each feed or sitemap that could not be read;
the auxiliary WARC beside it gets everything else fetched on the way.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path

from copydesk.errors import FetchError
from copydesk.fetch.cache import ValidatorCache
from copydesk.fetch.config import FetchConfig
from copydesk.fetch.discover import MAX_SITEMAP_BYTES, Entry, home_links, parse_feed, parse_sitemap
from copydesk.fetch.politeness import host_key
from copydesk.fetch.result import Exchange, FetchResult, Outcome
from copydesk.fetch.session import Fetcher
from copydesk.fetch.warc import WarcSink, aux_path
from copydesk.model import Status
from copydesk.urls import normalize_url

MAX_SITEMAPS = 200  # sitemap files read per seed; big news sites split theirs by day or month
MAX_SITEMAP_DEPTH = 3  # index → index → sitemap is the deepest real nesting


@dataclass(frozen=True, slots=True, kw_only=True)
class Seeds:
    """Where a crawl starts: feeds, sitemaps, sites (robots.txt sitemaps, else home page links)
    and plain page URLs."""

    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    sites: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class CrawlSummary:
    """What a crawl did; `outcomes` are the page fetches in WARC order, slimmed (bodies are in the WARC)."""

    warc: Path
    aux_warc: Path
    outcomes: tuple[Outcome, ...]
    discovery_failures: tuple[tuple[str, str, FetchError], ...]  # (kind, url, error)
    requests: int
    seconds: float

    @property
    def fetched(self) -> int:
        return sum(1 for outcome in self.outcomes if outcome.result is not None)

    @property
    def failed(self) -> int:
        return len(self.outcomes) - self.fetched

    def rows(self) -> list[dict[str, object]]:
        """One report row per feed, sitemap or site that could not be read, then one per page URL."""
        sources: list[dict[str, object]] = [
            {"url": url, "kind": kind, "status": str(error.status), "reason": error.reason}
            for kind, url, error in self.discovery_failures]
        return sources + [{"kind": "page", **outcome.row()} for outcome in self.outcomes]


def crawl(seeds: Seeds, warc: str | Path, *, config: FetchConfig | None = None, since: datetime | None = None,
          max_urls: int | None = None, cache: str | Path | None = None) -> CrawlSummary:
    """Discover URLs from `seeds`, keep those published since `since` (undated ones are
    kept: nothing says they are old) up to `max_urls`, fetch each once and write `warc`.

    `cache` names the SQLite file of ETag/Last-Modified validators kept between runs.
    """
    started = time.monotonic()
    warc = Path(warc)
    warc.parent.mkdir(parents=True, exist_ok=True)
    store = ValidatorCache(cache) if cache else None
    try:
        with Fetcher(config, cache=store) as fetcher, WarcSink(warc) as main, WarcSink(aux_path(warc)) as aux:
            journal = _Journal(main, aux)
            entries = _discover(fetcher, seeds, journal)
            urls = select_urls(entries, since=since, max_urls=max_urls)
            outcomes = tuple(outcome.slim() for outcome in journal.record_pages(_fetch_all(fetcher, urls)))
    finally:
        if store is not None:
            store.close()
    return CrawlSummary(warc=warc, aux_warc=aux_path(warc), outcomes=outcomes, discovery_failures=tuple(
        journal.failures), requests=journal.requests, seconds=time.monotonic() - started)


def select_urls(entries: Iterable[Entry], *, since: datetime | None, max_urls: int | None) -> list[str]:
    """Entries in discovery order, once per normalised URL, dated since `since`, at most `max_urls`."""
    seen: set[str] = set()
    urls: list[str] = []
    for entry in entries:
        key = normalize_url(entry.url)
        if key in seen or (since is not None and entry.published is not None and entry.published < since):
            continue
        seen.add(key)
        urls.append(entry.url)
        if max_urls is not None and len(urls) >= max_urls:
            break
    return urls


def _fetch_all(fetcher: Fetcher, urls: list[str]) -> Iterator[Outcome]:
    """Page outcomes in the order of `urls`, fetched `concurrency` at a time.

    Each host gets its own lanes (`per_host_concurrency` of them) that take the host's
    URLs in order, so requests to one host go out in discovery order whatever the
    thread timing; lanes of different hosts are started in turn, so one slow host does
    not hold back the others.
    """
    queues: dict[str, deque[int]] = {}
    for i, url in enumerate(urls):
        queues.setdefault(host_key(url), deque()).append(i)
    futures: dict[int, Future[Outcome]] = {i: Future() for i in range(len(urls))}

    def lane(queue: deque[int]) -> None:
        while True:
            try:
                i = queue.popleft()  # atomic: lanes of one host share its queue
            except IndexError:
                return
            try:
                futures[i].set_result(fetcher.fetch(urls[i]))
            except BaseException as exc:  # the reader of this index must not wait forever
                futures[i].set_exception(exc)
                raise

    lanes = [queue for _ in range(fetcher.config.per_host_concurrency) for queue in queues.values()]
    pool = ThreadPoolExecutor(max_workers=fetcher.config.concurrency, thread_name_prefix="copydesk-fetch")
    try:
        for queue in lanes:
            pool.submit(lane, queue)
        for i in range(len(urls)):
            yield futures[i].result()
    finally:
        for queue in queues.values():
            queue.clear()  # on an interrupt, the URLs not started are dropped
        pool.shutdown(wait=True, cancel_futures=True)


class _Journal:
    """Writes outcomes to the two WARCs and keeps count."""

    def __init__(self, main: WarcSink, aux: WarcSink) -> None:
        self.main, self.aux = main, aux
        self.failures: list[tuple[str, str, FetchError]] = []
        self.requests = 0

    def hops(self, exchanges: Iterable[Exchange]) -> None:
        for exchange in exchanges:
            self.aux.write_exchange(exchange)
            self.requests += 1

    def fail(self, kind: str, url: str, error: FetchError) -> None:
        self.main.write_failure(url, error)
        self.failures.append((kind, url, error))

    def record_pages(self, outcomes: Iterable[Outcome]) -> Iterator[Outcome]:
        for outcome in outcomes:
            self.hops(outcome.hops)
            if outcome.duplicate_of is not None:
                pass  # the same page is already in the WARC under the URL that reached it first
            elif outcome.final is not None:
                self.main.write_exchange(outcome.final)
                self.requests += outcome.result is None or not outcome.result.from_cache
            else:
                self.main.write_failure(outcome.url, outcome.error or FetchError(Status.ERROR, "no answer"))
            yield outcome

    def source(self, fetcher: Fetcher, kind: str, url: str) -> FetchResult | None:
        """A feed, sitemap or home page (any media type), its exchanges kept in the aux WARC."""
        outcome = fetcher.fetch(url, any_type=True, max_bytes=MAX_SITEMAP_BYTES if kind == "sitemap" else None)
        self.hops(outcome.hops)
        if outcome.final is not None:
            self.hops([outcome.final])
        if outcome.result is None:
            self.fail(kind, url, outcome.error or FetchError(Status.ERROR, "no answer"))
        return outcome.result


def _discover(fetcher: Fetcher, seeds: Seeds, journal: _Journal) -> list[Entry]:
    entries = [Entry(url) for url in seeds.urls]
    for feed in seeds.feeds:
        entries += _read(journal, "feed", feed, fetcher, lambda result: parse_feed(result.body, result.final_url))
    for sitemap in seeds.sitemaps:
        entries += _walk_sitemaps(fetcher, sitemap, journal)
    for site in seeds.sites:
        entries += _discover_site(fetcher, site, journal)
    return entries


def _read(journal: _Journal, kind: str, url: str, fetcher: Fetcher,
          parse: Callable[[FetchResult], tuple[Entry, ...]]) -> tuple[Entry, ...]:
    """`parse` applied to the fetched `url`; a fetch or parse failure becomes a failure record
    and the crawl goes on with what it found elsewhere."""
    result = journal.source(fetcher, kind, url)
    if result is None:
        return ()
    try:
        return parse(result)
    except FetchError as exc:
        journal.fail(kind, url, exc)
    except Exception as exc:  # a parser's own bug on hostile bytes must not end the crawl
        journal.fail(kind, url, FetchError(Status.ERROR, f"unreadable {kind}: {type(exc).__name__}: {exc}"))
    return ()


def _walk_sitemaps(fetcher: Fetcher, root: str, journal: _Journal) -> list[Entry]:
    """The page entries of `root` and of every sitemap its indexes list, depth first."""
    entries: list[Entry] = []
    stack, seen, read = [(root, 0)], {root}, 0
    while stack and read < MAX_SITEMAPS:
        url, depth = stack.pop()
        read += 1
        children: list[str] = []
        entries += _read(journal, "sitemap", url, fetcher, partial(_sitemap_entries, children=children))
        if depth < MAX_SITEMAP_DEPTH:
            fresh = [child for child in children if child not in seen]
            seen.update(fresh)
            stack.extend((child, depth + 1) for child in reversed(fresh))
    return entries


def _sitemap_entries(result: FetchResult, *, children: list[str]) -> tuple[Entry, ...]:
    """The page entries of a fetched sitemap; the sitemaps an index lists go to `children`."""
    sitemap = parse_sitemap(result.body, result.final_url)
    children.extend(sitemap.children)
    return sitemap.entries


def _discover_site(fetcher: Fetcher, site: str, journal: _Journal) -> list[Entry]:
    """A site's robots.txt sitemaps, or when they give nothing, its home page's story links."""
    hops: list[Exchange] = []
    sitemaps = fetcher.robots_sitemaps(site, hops)
    journal.hops(hops)
    entries = [entry for sitemap in sitemaps for entry in _walk_sitemaps(fetcher, sitemap, journal)]
    if entries:
        return entries
    return list(_read(journal, "site", site, fetcher, lambda result: home_links(result.body, result.final_url)))
