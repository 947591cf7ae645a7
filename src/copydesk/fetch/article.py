"""One URL to one `Article`: fetched politely, then extracted with the charset its headers give."""

from __future__ import annotations

from copydesk.errors import FetchError
from copydesk.extract import extract
from copydesk.fetch.config import FetchConfig
from copydesk.fetch.session import fetch_url
from copydesk.model import Article, Status
from copydesk.options import ExtractOptions


def fetch_article(url: str, *, config: FetchConfig | None = None, options: ExtractOptions | None = None) -> Article:
    """The page at `url` as an `Article`; a failed fetch is an `Article` with its status and reason."""
    try:
        result = fetch_url(url, config=config)
    except FetchError as exc:
        return Article(status=Status(exc.status), reason=exc.reason, url=url)
    return extract(result.body, url=result.final_url,
                   options=ExtractOptions.build(options, http_charset=result.charset))
