"""Finding article URLs: RSS/Atom feeds, XML sitemaps and sitemap indexes (Google
News sitemaps included, with their dates), and a home page's links as a last resort.

Every parser here is a pure function of bytes that returns what it found or raises
`FetchError` with the reason, whatever the bytes. XML goes through defusedxml, so
entity-expansion ("billion laughs") and external-entity documents are refused at
once instead of expanding; so are XML declarations naming an encoding no parser
knows (nothing could check such a document for entities).
"""

from __future__ import annotations

import calendar
import re
import time
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from xml.etree.ElementTree import Element, ParseError

import feedparser  # type: ignore[import-untyped]
from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
from defusedxml.ElementTree import fromstring  # type: ignore[import-untyped]
from selectolax.lexbor import LexborHTMLParser

from copydesk.errors import FetchError
from copydesk.html.sniff import GZIP_MAGIC
from copydesk.model import Status
from copydesk.urls import absolute_url, host_of, path_of

MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemaps.org limit for an uncompressed sitemap

# What the XML and feed parsers raise on a declaration they cannot use: an unknown encoding
# (LookupError), a name with a NUL (ValueError) or bytes that do not decode (UnicodeDecodeError).
DECLARATION_ERRORS = (LookupError, ValueError)

# Home-page links: paths that name a story rather than a section, tag or service page.
ARTICLE_PATH_HINTS = (
    re.compile(r"/(19|20)\d\d/[01]?\d/"),  # a /2024/05/ date in the path
    re.compile(r"/[a-z0-9]+(?:-[a-z0-9]+){3,}(?:\.html?)?/?$", re.I),  # a slug of four or more words
    re.compile(r"\d{5,}(?:\.html?)?/?$"),  # a long numeric story id at the end
)
NOT_ARTICLE_PATH = re.compile(
    r"/(tags?|topics?|category|categories|section|authors?|about|contact|search|login|signin|register|"
    r"subscribe|newsletter|privacy|terms|feed|rss|page)(/|$)", re.I,
)


@dataclass(frozen=True, slots=True)
class Entry:
    """A URL found by discovery, with its publication date when the source gave one."""

    url: str
    published: datetime | None = None


@dataclass(frozen=True, slots=True)
class Sitemap:
    """A parsed sitemap: page entries (a urlset) or child sitemaps (a sitemap index)."""

    entries: tuple[Entry, ...] = ()
    children: tuple[str, ...] = ()


def parse_feed(body: bytes, base_url: str) -> tuple[Entry, ...]:
    """The item links of an RSS or Atom feed, with their dates."""
    _refuse_unsafe_xml(body)
    try:
        parsed = feedparser.parse(body, response_headers={"content-location": base_url})
    except DECLARATION_ERRORS as exc:
        raise FetchError(Status.ERROR, f"not a feed: unreadable encoding declaration ({_described(exc)})") from None
    if parsed.bozo and not parsed.entries:
        raise FetchError(Status.ERROR, f"not a feed: {parsed.get('bozo_exception', 'unreadable')}")
    entries = []
    for item in parsed.entries:
        url = absolute_url(item.get("link"), base_url)
        if url:
            # dict.get: feedparser's own lookup maps one date key to the other, with a deprecation warning.
            stamp = dict.get(item, "published_parsed") or dict.get(item, "updated_parsed")
            entries.append(Entry(url, _feed_date(stamp)))
    return tuple(entries)


def _feed_date(stamp: time.struct_time | None) -> datetime | None:
    """feedparser's parsed date as aware UTC; None when absent or outside what datetime
    holds (a feed can claim year 0 or -1): the entry stays, undated."""
    if not stamp:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(stamp), UTC)
    except (ValueError, OverflowError, OSError):
        return None


def _described(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _refuse_unsafe_xml(body: bytes) -> None:
    """Raise for entity declarations or external references; malformed XML is left to
    feedparser's lenient parser, which never expands entities."""
    try:
        fromstring(body)
    except DefusedXmlException as exc:
        raise FetchError(Status.ERROR, f"unsafe xml refused: {type(exc).__name__}") from exc
    except ParseError:
        pass
    except DECLARATION_ERRORS as exc:
        raise FetchError(Status.ERROR, f"not a feed: unreadable encoding declaration ({_described(exc)})") from None


def parse_sitemap(body: bytes, base_url: str) -> Sitemap:
    """A sitemap or sitemap index (plain or gzipped); news sitemaps give
    `news:publication_date`, others `lastmod`."""
    root = _parse_xml(_gunzip(body))
    kind = _local(root.tag)
    if kind == "sitemapindex":
        locs = (_child_text(node, "loc") for node in root if _local(node.tag) == "sitemap")
        return Sitemap(children=tuple(url for loc in locs if (url := absolute_url(loc, base_url))))
    if kind != "urlset":
        raise FetchError(Status.ERROR, f"not a sitemap: root element <{kind}>")
    entries = []
    for node in root:
        url = absolute_url(_child_text(node, "loc"), base_url) if _local(node.tag) == "url" else None
        if url:
            entries.append(Entry(url, parse_date(_news_date(node) or _child_text(node, "lastmod"))))
    return Sitemap(entries=tuple(entries))


def _parse_xml(body: bytes) -> Element:
    try:
        return fromstring(body)
    except DefusedXmlException as exc:
        raise FetchError(Status.ERROR, f"unsafe xml refused: {type(exc).__name__}") from exc
    except ParseError as exc:
        raise FetchError(Status.ERROR, f"not a sitemap: {exc}") from exc
    except DECLARATION_ERRORS as exc:
        raise FetchError(Status.ERROR, f"not a sitemap: unreadable encoding declaration ({_described(exc)})") from None


def _gunzip(body: bytes) -> bytes:
    if not body.startswith(GZIP_MAGIC):
        return body
    inflater = zlib.decompressobj(31)
    try:
        data = inflater.decompress(body, MAX_SITEMAP_BYTES + 1)
    except zlib.error as exc:
        raise FetchError(Status.ERROR, f"bad gzip sitemap: {exc}") from exc
    if len(data) > MAX_SITEMAP_BYTES:
        raise FetchError(Status.TOO_LARGE, f"decompressed sitemap over {MAX_SITEMAP_BYTES} bytes")
    return data


def _local(tag: object) -> str:
    """The tag name without its namespace (`{ns}url` → `url`)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(node: Element, name: str) -> str | None:
    for child in node:
        if _local(child.tag) == name:
            return (child.text or "").strip() or None
    return None


def _news_date(node: Element) -> str | None:
    for child in node:
        if _local(child.tag) == "news":
            return _child_text(child, "publication_date")
    return None


def parse_date(text: str | None) -> datetime | None:
    """A W3C datetime (`2024-05-01`, `2024-05-01T10:00:00Z`, with offset) as aware UTC, or None."""
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.strip())
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)
    except (ValueError, OverflowError):  # not a date, or one an offset moves past year 1 or 9999
        return None


def home_links(body: bytes, base_url: str) -> tuple[Entry, ...]:
    """Links on a home page that stay on its host and look like stories, in page order."""
    host = host_of(base_url)
    seen: set[str] = set()
    entries = []
    for node in LexborHTMLParser(body).css("a[href]"):
        url = absolute_url(node.attributes.get("href"), base_url)
        if url and url not in seen and host_of(url) == host and looks_like_article(url):
            seen.add(url)
            entries.append(Entry(url.split("#", 1)[0]))
    return tuple(entries)


def looks_like_article(url: str) -> bool:
    """True when the path reads like one story (a date, a long slug, a story id)."""
    path = path_of(url) or "/"
    if NOT_ARTICLE_PATH.search(path):
        return False
    return any(hint.search(path) for hint in ARTICLE_PATH_HINTS)
