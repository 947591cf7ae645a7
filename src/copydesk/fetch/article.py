"""One URL to one `Article`: fetched politely, then extracted with the charset its headers give."""

from __future__ import annotations

from copydesk.errors import FetchError
from copydesk.extract import extract
from copydesk.fetch.config import FetchConfig
from copydesk.fetch.result import FetchResult
from copydesk.fetch.session import fetch_url
from copydesk.model import Article, Status
from copydesk.options import ExtractOptions


def fetch_article(url: str, *, config: FetchConfig | None = None, options: ExtractOptions | None = None) -> Article:
    """The page at `url` as an `Article`; a failed fetch is an `Article` with its status and reason."""
    try:
        result = fetch_url(url, config=config)
    except FetchError as exc:
        return failed_fetch(url, exc)
    return extract_fetched(result, options)


def failed_fetch(url: str, error: FetchError) -> Article:
    """The `Article` that stands for a fetch of `url` that failed."""
    return Article(status=Status(error.status), reason=error.reason, url=url)


def extract_fetched(result: FetchResult, options: ExtractOptions | None = None) -> Article:
    """A fetched page as an `Article`, decoded with the charset of its Content-Type."""
    options = ExtractOptions.build(options, http_charset=result.charset)
    return extract(result.body, url=result.final_url, options=options)
