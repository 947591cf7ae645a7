"""Fetching and discovery: polite HTTP into WARC, and article URLs from feeds,
sitemaps and home pages.

- `fetch_url(url, config=None) -> FetchResult` — one page, or `FetchError(status, reason)`.
- `fetch_article(url, config=None, options=None) -> Article` — one page fetched, then extracted.
- `Fetcher(config, cache=None)` — a session for many fetches: `fetch(url) -> Outcome`, each
  canonical URL once per session; `Outcome.row()` is its report row (status and reason).
- `crawl(seeds, warc, config=None, since=None, max_urls=None, cache=None) -> CrawlSummary`:
  discover, fetch, and write `warc` (one outcome per page URL) plus `*.aux.warc.gz` (the rest).
- `FetchConfig` — timeouts, limits, user agent and politeness, frozen.

Layers: `http` (one GET with limits) ← `session` (robots.txt, pacing, redirects, retries,
cache) ← `crawl` (discovery, order, WARC). `discover` parses feeds and sitemaps; `warc`
writes records. Only `fetch_article` imports the extraction package; nothing here imports the pipeline.
Names load on first use, so a command that never fetches never imports httpx, feedparser or protego.
"""

from typing import TYPE_CHECKING

from copydesk.registry import lazy_package

lazy_package(__name__, {
    "fetch_article": "copydesk.fetch.article",
    "FetchConfig": "copydesk.fetch.config",
    "CrawlSummary": "copydesk.fetch.crawl",
    "Seeds": "copydesk.fetch.crawl",
    "crawl": "copydesk.fetch.crawl",
    "select_urls": "copydesk.fetch.crawl",
    "Entry": "copydesk.fetch.discover",
    "Sitemap": "copydesk.fetch.discover",
    "home_links": "copydesk.fetch.discover",
    "parse_feed": "copydesk.fetch.discover",
    "parse_sitemap": "copydesk.fetch.discover",
    "Exchange": "copydesk.fetch.result",
    "FetchResult": "copydesk.fetch.result",
    "Outcome": "copydesk.fetch.result",
    "Fetcher": "copydesk.fetch.session",
    "fetch_url": "copydesk.fetch.session",
    "WarcSink": "copydesk.fetch.warc",
    "aux_path": "copydesk.fetch.warc",
})

if TYPE_CHECKING:
    from copydesk.fetch.article import fetch_article
    from copydesk.fetch.config import FetchConfig
    from copydesk.fetch.crawl import CrawlSummary, Seeds, crawl, select_urls
    from copydesk.fetch.discover import Entry, Sitemap, home_links, parse_feed, parse_sitemap
    from copydesk.fetch.result import Exchange, FetchResult, Outcome
    from copydesk.fetch.session import Fetcher, fetch_url
    from copydesk.fetch.warc import WarcSink, aux_path

__all__ = [
    "CrawlSummary",
    "Entry",
    "Exchange",
    "FetchConfig",
    "FetchResult",
    "Fetcher",
    "Outcome",
    "Seeds",
    "Sitemap",
    "WarcSink",
    "aux_path",
    "crawl",
    "fetch_article",
    "fetch_url",
    "home_links",
    "parse_feed",
    "parse_sitemap",
    "select_urls",
]
