"""Discovery parsers on fixture files: feeds, sitemaps, news sitemaps, indexes, home pages,
and hostile XML refused at once."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from pathlib import Path

import pytest

from copydesk import Status
from copydesk.errors import FetchError
from copydesk.fetch import Entry, home_links, parse_feed, parse_sitemap, select_urls

FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_rss_items_with_links_and_dates() -> None:
    entries = parse_feed(fixture("rss.xml"), "https://news.example/rss")
    assert entries == (
        Entry("https://news.example/2024/05/02/harbour-bridge-reopens", datetime(2024, 5, 2, 7, 30, tzinfo=UTC)),
        Entry("https://news.example/2024/04/28/council-votes-budget?utm_source=rss",
              datetime(2024, 4, 28, 18, 0, tzinfo=UTC)),
    )


def test_atom_entries_use_published_else_updated() -> None:
    entries = parse_feed(fixture("atom.xml"), "https://wire.example/atom")
    assert [(e.url.rsplit("/", 1)[1], e.published) for e in entries] == [
        ("storm-closes-schools-north", datetime(2024, 5, 3, 7, 15, tzinfo=UTC)),
        ("markets-steady-after-rate-decision", datetime(2024, 5, 1, 14, 0, tzinfo=UTC)),
    ]


def test_news_sitemap_gives_publication_dates_over_lastmod() -> None:
    sitemap = parse_sitemap(fixture("news-sitemap.xml"), "https://news.example/news.xml")
    assert sitemap.children == ()
    assert sitemap.entries == (
        Entry("https://news.example/2024/05/02/harbour-bridge-reopens", datetime(2024, 5, 2, 7, 30, tzinfo=UTC)),
        Entry("https://news.example/2024/04/28/council-votes-budget", datetime(2024, 4, 28, tzinfo=UTC)),
        Entry("https://news.example/2024/05/01/undated-story", None),
    )


def test_sitemap_index_lists_children_resolved() -> None:
    sitemap = parse_sitemap(fixture("sitemap-index.xml"), "https://news.example/sitemap.xml")
    assert sitemap.entries == ()
    assert sitemap.children == ("https://news.example/sitemaps/2024-05.xml",
                                "https://news.example/sitemaps/2024-04.xml.gz")


def test_gzipped_sitemap_is_read() -> None:
    packed = gzip.compress(fixture("news-sitemap.xml"))
    assert len(parse_sitemap(packed, "https://news.example/news.xml.gz").entries) == 3


def test_gzip_bomb_sitemap_stops_at_the_cap() -> None:
    bomb = gzip.compress(b"<urlset>" + b" " * (60 * 1024 * 1024), compresslevel=9)
    with pytest.raises(FetchError) as caught:
        parse_sitemap(bomb, "https://news.example/s.xml.gz")
    assert caught.value.status is Status.TOO_LARGE


@pytest.mark.parametrize("parse", [parse_sitemap, parse_feed])
def test_billion_laughs_is_refused_at_once(parse) -> None:
    with pytest.raises(FetchError) as caught:
        parse(fixture("billion-laughs.xml"), "https://news.example/s.xml")
    # refused at the entity declarations, so nothing was expanded: no clock needed to see it
    assert caught.value.reason == "unsafe xml refused: EntitiesForbidden"


@pytest.mark.parametrize("parse", [parse_sitemap, parse_feed])
def test_external_entities_are_refused(parse) -> None:
    with pytest.raises(FetchError) as caught:
        parse(fixture("external-entity.xml"), "https://news.example/rss")
    assert caught.value.reason.startswith("unsafe xml refused")


def test_not_a_sitemap_and_not_a_feed() -> None:
    with pytest.raises(FetchError, match="not a sitemap: root element <html>"):
        parse_sitemap(b"<html><body>hi</body></html>", "https://news.example/s.xml")
    with pytest.raises(FetchError, match="not a sitemap"):
        parse_sitemap(b"\x00\x01 binary", "https://news.example/s.xml")
    with pytest.raises(FetchError, match="not a feed"):
        parse_feed(b"\x00\x01 binary <<<", "https://news.example/rss")


def test_home_page_links_keep_stories_on_the_same_host() -> None:
    entries = home_links(fixture("home.html"), "https://www.news.example/")
    assert [e.url for e in entries] == [
        "https://www.news.example/2024/05/02/harbour-bridge-reopens",
        "https://news.example/stories/storm-closes-schools-in-the-north",
        "https://www.news.example/world/article-1234567.html",
    ]


def test_select_urls_dedups_canonically_filters_dates_and_caps() -> None:
    since = datetime(2024, 5, 1, tzinfo=UTC)
    entries = [
        Entry("https://news.example/a", datetime(2024, 5, 2, tzinfo=UTC)),
        Entry("https://www.news.example/a/?utm_source=x"),  # the same page as the first
        Entry("https://news.example/old", datetime(2024, 4, 30, tzinfo=UTC)),
        Entry("https://news.example/undated"),
        Entry("https://news.example/b", datetime(2024, 5, 3, tzinfo=UTC)),
    ]
    assert select_urls(entries, since=since, max_urls=None) == [
        "https://news.example/a", "https://news.example/undated", "https://news.example/b"]
    assert select_urls(entries, since=None, max_urls=2) == ["https://news.example/a", "https://news.example/old"]
