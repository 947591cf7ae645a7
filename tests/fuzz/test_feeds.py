"""Fuzz targets for the discovery parsers: whatever bytes a feed, sitemap or home page
holds, `parse_feed`, `parse_sitemap` and `home_links` return entries (URLs as text, dates
aware or None) or raise `FetchError` with a reason; nothing else escapes to end a crawl.

Inputs are raw bytes, real fixture files with bytes flipped, inserted or cut, and
documents built from the parts hostile servers were seen to use: odd XML declarations
(unknown encodings, NULs, undecodable bytes), impossible dates, URLs with bad ports.
"""

from __future__ import annotations

import gzip
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copydesk.errors import FetchError
from copydesk.fetch import Entry, Sitemap, home_links, parse_feed, parse_sitemap
from copydesk.fetch.discover import parse_date

FIXTURES = Path(__file__).parents[1] / "fetch" / "fixtures"
BASE = "https://news.example/feed"
FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

ENCODINGS = st.one_of(
    st.sampled_from([b"utf-8", b"UTF-16", b"utf-32", b"latin-1", b"x-bogus", b"utf\x00-8", b"\xff\xfe", b"hex",
                     b"rot13", b"base64", b"utf-7", b"cp500", b"", b" ", b"ascii", b"utf-8\xe9", b"x" * 300]),
    st.binary(max_size=16),
)
DATES = st.one_of(
    st.sampled_from(["Sat, 01 Jan 0000 00:00:00 GMT", "0000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z",
                     "9999-12-31T23:59:59-01:00", "0001-01-01T00:00:00+01:00", "Mon, 31 Dec 9999 23:59:59 -1200",
                     "2024-02-30", "2024-05-01T25:00:00Z", "99999999999", "2024-05-01T10:00:00+99:00",
                     "Thu, 01 Jan 1970 00:00:00 GMT", "2024-05-01"]),
    st.text(max_size=40),
)
LINKS = st.one_of(
    st.sampled_from(["https://news.example:99999/a", "https://news.example:abc/a", "http://[::1", "//[x",
                     "javascript:alert(1)", "/2024/05/01/relative-story", "http://é.example/ü", "\x00", "",
                     "https://news.example:-1/a", "http://user:pw@news.example/a"]),
    st.text(max_size=60),
)
ROOTS = st.sampled_from(["rss", "feed", "rdf", "urlset", "sitemapindex", "html"])


def _xml_text(text: str) -> bytes:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;")
    return escaped.encode("utf-8", "surrogatepass")


@st.composite
def documents(draw: st.DrawFn) -> bytes:
    """A feed or sitemap put together from hostile parts."""
    root = draw(ROOTS)
    items = draw(st.lists(st.tuples(LINKS, DATES), max_size=4))
    head = b'<?xml version="1.0" encoding="' + draw(ENCODINGS) + b'"?>' if draw(st.booleans()) else b""
    parts = []
    for link, date in items:
        link_b, date_b = _xml_text(link), _xml_text(date)
        if root == "rss" or root == "rdf":
            parts.append(b"<item><link>" + link_b + b"</link><pubDate>" + date_b + b"</pubDate></item>")
        elif root == "feed":
            parts.append(b'<entry><link href="' + link_b.replace(b'"', b"&quot;") + b'"/><updated>' + date_b
                         + b"</updated></entry>")
        elif root == "sitemapindex":
            parts.append(b"<sitemap><loc>" + link_b + b"</loc><lastmod>" + date_b + b"</lastmod></sitemap>")
        else:
            parts.append(b"<url><loc>" + link_b + b"</loc><news:news><news:publication_date>" + date_b
                         + b"</news:publication_date></news:news><lastmod>" + date_b + b"</lastmod></url>")
    body = b"".join(parts)
    if root == "rss":
        body = b'<rss version="2.0"><channel>' + body + b"</channel></rss>"
    elif root == "rdf":
        body = (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">'
                + body + b"</rdf:RDF>")
    elif root == "feed":
        body = b'<feed xmlns="http://www.w3.org/2005/Atom">' + body + b"</feed>"
    elif root == "html":
        body = b"<html><body>" + body + b"</body></html>"
    else:
        body = (b"<" + root.encode() + b' xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + body + b"</" + root.encode() + b">")
    document = head + body
    if draw(st.booleans()):
        document = gzip.compress(document, mtime=0)[: draw(st.integers(10, 10_000))]  # whole or cut short
    return document


@st.composite
def mutated_fixtures(draw: st.DrawFn) -> bytes:
    """A real fixture file with a few bytes flipped, inserted or cut."""
    data = bytearray((FIXTURES / draw(st.sampled_from(sorted(p.name for p in FIXTURES.iterdir())))).read_bytes())
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["flip", "insert", "cut"]))
        if action == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        else:
            del data[at: at + draw(st.integers(1, 64))]
    return bytes(data)


INPUTS = st.one_of(st.binary(max_size=2048), documents(), mutated_fixtures())


def _check_entries(entries: tuple[Entry, ...]) -> None:
    for entry in entries:
        assert isinstance(entry.url, str) and entry.url
        assert entry.published is None or (isinstance(entry.published, datetime) and entry.published.tzinfo)


@FUZZ
@given(INPUTS)
def test_parse_feed_returns_entries_or_a_fetch_error(body: bytes) -> None:
    try:
        entries = parse_feed(body, BASE)
    except FetchError as error:
        assert error.reason
        return
    _check_entries(entries)


@FUZZ
@given(INPUTS)
def test_parse_sitemap_returns_a_sitemap_or_a_fetch_error(body: bytes) -> None:
    try:
        sitemap = parse_sitemap(body, BASE)
    except FetchError as error:
        assert error.reason
        return
    assert isinstance(sitemap, Sitemap)
    _check_entries(sitemap.entries)
    assert all(isinstance(child, str) and child for child in sitemap.children)


@FUZZ
@given(INPUTS)
def test_home_links_never_raise(body: bytes) -> None:
    _check_entries(home_links(body, "https://news.example/"))


@FUZZ
@given(DATES)
def test_parse_date_is_aware_or_none(text: str) -> None:
    value = parse_date(text)
    assert value is None or value.tzinfo is not None
