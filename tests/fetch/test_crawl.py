"""Crawls of loopback sites: discovery by news sitemap, feed and home page; robots.txt and
per-host pace measured from the server's log; the WARC read back with FastWARC; articles
through the corpus pipeline; each URL once; the validator cache between runs."""

from __future__ import annotations

import base64
import gzip
import hashlib
from datetime import UTC, datetime
from pathlib import Path

import orjson
import pytest
from fastwarc.warc import ArchiveIterator, WarcRecordType

from copydesk import Status
from copydesk.fetch import Seeds, aux_path, crawl
from copydesk.fetch.robots import MAX_ROBOTS_BYTES
from copydesk.pipeline import run_corpus

from .conftest import FAST, Site, respond

CRAWL_DELAY = 0.25  # seconds; what the test site's robots.txt asks for
PACE_SLACK = 0.02  # server-side stamps are taken a little after the client's clock


def news_sitemap(origin: str, items: list[tuple[str, str | None]]) -> str:
    urls = "".join(
        f"<url><loc>{origin}{path}</loc>" + (
            f"<news:news><news:publication_date>{date}</news:publication_date></news:news>" if date else "")
        + "</url>" for path, date in items)
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>')


def build_news_site(site: Site, real_pages) -> list[tuple[str, str]]:
    """Three real stories, one behind a robots.txt disallow, one too old; returns (path, title)."""
    stories = [(f"/2024/05/0{i + 1}/story-{i + 1}", title) for i, (_, title) in enumerate(real_pages)]
    for (path, _), (html, _) in zip(stories, real_pages):
        site.add(path, html)
    site.add("/private/2024/05/02/leaked-memo", "<p>not for robots</p>")
    site.add("/robots.txt", f"User-agent: *\nDisallow: /private/\nCrawl-delay: {CRAWL_DELAY}\n"
             f"Sitemap: {site.url('/news-sitemap.xml')}\n", content_type="text/plain")
    items = [(stories[0][0], "2024-05-01T08:00:00Z"), ("/private/2024/05/02/leaked-memo", "2024-05-02"),
             (stories[1][0], "2024-05-02T09:00:00+02:00"), ("/2024/03/01/old-story", "2024-03-01"),
             (stories[0][0] + "?utm_source=sitemap", "2024-05-01"), (stories[2][0], None)]
    site.add("/news-sitemap.xml", news_sitemap(site.origin, items), content_type="application/xml")
    return stories


def read_warc(path: Path) -> list:
    """(type, WARC headers, HTTP headers, payload, payload digest ok) per record; block digests checked."""
    with open(path, "rb") as fh:
        assert all(r.verify_block_digest() for r in ArchiveIterator(fh, parse_http=False))
    with open(path, "rb") as fh:
        return [(r.record_type, dict(r.headers), r.http_headers, *_payload(r)) for r in ArchiveIterator(fh)]


def _payload(record) -> tuple[bytes, bool]:
    digest_ok = record.verify_payload_digest(consume=False) if record.record_type is WarcRecordType.response else None
    return record.reader.read(), digest_ok


def test_news_sitemap_crawl_obeys_robots_and_pace_and_writes_a_valid_warc(site: Site, real_pages,
                                                                          tmp_path: Path) -> None:
    stories = build_news_site(site, real_pages)
    warc = tmp_path / "news.warc.gz"
    summary = crawl(Seeds(sitemaps=(site.url("/news-sitemap.xml"),)), warc, config=FAST,
                    since=datetime(2024, 4, 1, tzinfo=UTC))

    # What was fetched, in what order: robots.txt first, never the disallowed or the old story.
    assert site.paths() == ["/robots.txt", "/news-sitemap.xml", *(path for path, _ in stories)]
    # At what pace: the robots.txt Crawl-delay between any two requests (min_delay is 0 here).
    times = site.times()
    assert min(b - a for a, b in zip(times, times[1:])) >= CRAWL_DELAY - PACE_SLACK
    rows = {row["url"]: row for row in summary.rows()}
    blocked = rows[site.url("/private/2024/05/02/leaked-memo")]
    assert (blocked["status"], blocked["reason"], blocked["requests"]) == ("error", "robots.txt disallows", 0)
    assert [rows[site.url(path)]["status"] for path, _ in stories] == ["ok"] * 3
    assert (summary.fetched, summary.failed) == (3, 1)

    # What the WARC holds: warcinfo, then per URL in discovery order a request/response pair or a refusal.
    records = read_warc(warc)
    pair = [WarcRecordType.request, WarcRecordType.response]
    assert [kind for kind, *_ in records] == [WarcRecordType.warcinfo, *pair, WarcRecordType.metadata, *pair, *pair]
    refusal = records.pop(3)
    for (path, _), (html, _), (request, response) in zip(stories, real_pages, zip(records[1::2], records[2::2])):
        _, req_headers, req_http, _, _ = request
        _, headers, http, payload, digest_ok = response
        assert headers["WARC-Target-URI"] == req_headers["WARC-Target-URI"] == site.url(path)
        assert req_headers["WARC-Concurrent-To"] == headers["WARC-Record-ID"]
        assert req_http.status_line == f"GET {path} HTTP/1.1"
        assert dict(req_http)["User-Agent"] == FAST.user_agent
        assert headers["Content-Type"] == "application/http; msgtype=response"
        assert headers["WARC-Date"].endswith("Z") and headers["WARC-Record-ID"].startswith("<urn:uuid:")
        assert headers["WARC-Payload-Digest"] == "sha1:" + base64.b32encode(hashlib.sha1(html).digest()).decode()
        assert (http.status_code, payload, digest_ok) == (200, html, True)
    failure = orjson.loads(refusal[3])
    assert failure == {"url": site.url("/private/2024/05/02/leaked-memo"), "status": "error",
                       "reason": "robots.txt disallows"}
    aux = [headers["WARC-Target-URI"] for kind, headers, *_ in read_warc(aux_path(warc))
           if kind is WarcRecordType.response]
    assert aux == [site.url("/robots.txt"), site.url("/news-sitemap.xml")]

    # The WARC feeds the corpus pipeline: one row per URL, in order; stories with their titles right,
    # the refused URL as an error row with its reason.
    out = run_corpus([warc], tmp_path / "out", format="jsonl")
    articles = [orjson.loads(line) for line in (out.output).read_bytes().splitlines()]
    refused = (site.url("/private/2024/05/02/leaked-memo"), None)
    assert [(a["url"], a["title"]) for a in articles] == [
        (site.url(stories[0][0]), stories[0][1]), refused, *[(site.url(path), title) for path, title in stories[1:]]]
    assert (articles[1]["status"], articles[1]["reason"]) == ("error", "robots.txt disallows")


def test_since_and_max_limit_what_is_fetched(site: Site, real_pages, tmp_path: Path) -> None:
    stories = build_news_site(site, real_pages)
    summary = crawl(Seeds(sitemaps=(site.url("/news-sitemap.xml"),)), tmp_path / "n.warc.gz",
                    config=FAST.evolve(obey_robots=False), since=datetime(2024, 5, 2, tzinfo=UTC), max_urls=2)
    # 05-01 and the March story are too old; the undated story is kept; the cap stops at two.
    assert [o.url for o in summary.outcomes] == [site.url("/private/2024/05/02/leaked-memo"),
                                                 site.url(stories[1][0])]
    assert "/2024/03/01/old-story" not in site.paths()


def test_feed_and_home_page_discovery(site: Site, tmp_path: Path) -> None:
    page = "<html><head><title>{0}</title></head><body><article><h1>{0}</h1>" + "<p>Words of a story.</p>" * 5
    for slug in ("feed-story-one", "home-page-story-two"):
        site.add(f"/2024/05/02/{slug}", page.format(slug))
    site.add("/rss", f'<rss version="2.0"><channel><title>t</title><item><link>{site.url("/2024/05/02/feed-story-one")}'
             "</link><pubDate>Thu, 02 May 2024 09:30:00 GMT</pubDate></item></channel></rss>",
             content_type="application/rss+xml")
    site.add("/", '<a href="/2024/05/02/home-page-story-two">Two</a> <a href="/about">About</a>'
             '<a href="/2024/05/02/feed-story-one?utm_medium=home">One again</a>')
    summary = crawl(Seeds(feeds=(site.url("/rss"),), sites=(site.origin + "/",)), tmp_path / "f.warc.gz",
                    config=FAST)
    # robots.txt is missing (404: everything allowed) and lists no sitemap, so the home page is read.
    assert site.paths() == ["/robots.txt", "/rss", "/", "/2024/05/02/feed-story-one",
                            "/2024/05/02/home-page-story-two"]
    assert [row["status"] for row in summary.rows()] == ["ok", "ok"]


def test_unsafe_or_broken_sources_become_rows(site: Site, tmp_path: Path) -> None:
    laughs = (Path(__file__).parent / "fixtures" / "billion-laughs.xml").read_bytes()
    site.add("/laughs.xml", laughs, content_type="application/xml")
    site.add("/index.xml", '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             f'<sitemap><loc>{site.url("/day.xml.gz")}</loc></sitemap>'
             f'<sitemap><loc>{site.url("/gone.xml")}</loc></sitemap></sitemapindex>', content_type="text/xml")
    site.add("/day.xml.gz", gzip.compress(news_sitemap(site.origin, [("/2024/05/02/a-story-from-gz", None)]).encode()),
             content_type="application/gzip")
    site.add("/2024/05/02/a-story-from-gz", "<p>story</p>")
    summary = crawl(Seeds(sitemaps=(site.url("/laughs.xml"), site.url("/index.xml")), feeds=(site.url("/nofeed"),)),
                    tmp_path / "s.warc.gz", config=FAST)
    assert summary.rows() == [
        {"url": site.url("/nofeed"), "kind": "feed", "status": "error", "reason": "http 404"},
        {"url": site.url("/laughs.xml"), "kind": "sitemap", "status": "error",
         "reason": "unsafe xml refused: EntitiesForbidden"},
        {"url": site.url("/gone.xml"), "kind": "sitemap", "status": "error", "reason": "http 404"},
        summary.rows()[3],
    ]
    assert summary.outcomes[0].url == site.url("/2024/05/02/a-story-from-gz") and summary.fetched == 1
    assert summary.seconds < 2.0


RSS_ITEM = '<rss version="2.0"><channel><item><link>{link}</link>{extra}</item></channel></rss>'
ATOM_ENTRY = '<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="{link}"/>{extra}</entry></feed>'


def test_hostile_feeds_and_sitemaps_become_rows_and_the_crawl_goes_on(site: Site, tmp_path: Path) -> None:
    """Each of these ended the whole crawl with a traceback (LookupError, ValueError,
    UnicodeDecodeError, OverflowError); now a bad source is a row and a bad date is no date."""
    def declared(encoding: bytes, body: str) -> bytes:
        return b'<?xml version="1.0" encoding="' + encoding + b'"?>' + body.encode()

    story = site.url("/2024/05/02/a-good-story")
    site.add("/2024/05/02/a-good-story", "<p>story</p>")
    site.add("/2024/05/03/year-zero", "<p>undated story</p>")
    site.add("/2024/05/04/far-offset", "<p>another undated story</p>")
    bad = {
        "/unknown.xml": (declared(b"x-bogus", RSS_ITEM.format(link=story, extra="")), "LookupError"),
        "/nul.xml": (declared(b"utf\x00-8", RSS_ITEM.format(link=story, extra="")), "ValueError"),
        "/bytes.xml": (declared(b"\xff\xfe", RSS_ITEM.format(link=story, extra="")), "UnicodeDecodeError"),
        "/sitemap-unknown.xml": (declared(b"x-bogus", f"<urlset><url><loc>{story}</loc></url></urlset>"),
                                 "LookupError"),
    }
    for path, (body, _) in bad.items():
        site.add(path, body, content_type="application/xml")
    site.add("/good.xml", RSS_ITEM.format(link=story, extra=""), content_type="application/rss+xml")
    site.add("/year0.xml", ATOM_ENTRY.format(link=site.url("/2024/05/03/year-zero"),
                                             extra="<updated>0000-01-01T00:00:00Z</updated>"),
             content_type="application/atom+xml")
    site.add("/offset.xml", "<urlset><url><loc>" + site.url("/2024/05/04/far-offset") + "</loc>"
             "<lastmod>0001-01-01T00:00:00+01:00</lastmod></url></urlset>", content_type="application/xml")
    feeds = ("/unknown.xml", "/nul.xml", "/good.xml", "/bytes.xml", "/year0.xml")
    summary = crawl(Seeds(feeds=tuple(map(site.url, feeds)),
                          sitemaps=(site.url("/sitemap-unknown.xml"), site.url("/offset.xml"))),
                    tmp_path / "h.warc.gz", config=FAST, since=datetime(2024, 1, 1, tzinfo=UTC))
    failed = {row["url"]: row for row in summary.rows() if row["kind"] != "page"}
    assert set(failed) == {site.url(path) for path in bad}
    for path, (_, cause) in bad.items():
        assert failed[site.url(path)]["status"] == "error"
        assert "unreadable encoding declaration" in failed[site.url(path)]["reason"]
        assert cause in failed[site.url(path)]["reason"]
    assert [(o.url, o.result is not None) for o in summary.outcomes] == [
        (story, True), (site.url("/2024/05/03/year-zero"), True), (site.url("/2024/05/04/far-offset"), True)]


@pytest.mark.parametrize("coding", ["identity", "gzip"])
def test_an_oversize_robots_txt_is_read_up_to_its_first_500_kib(site: Site, tmp_path: Path, coding: str) -> None:
    padding = b"# a long comment line\n" * (MAX_ROBOTS_BYTES // 22 + 1000)  # ~520 KiB
    robots = b"User-agent: *\nDisallow: /early/\n" + padding + b"Disallow: /late/\n"
    headers = {"Content-Encoding": "gzip"} if coding == "gzip" else None
    site.add("/robots.txt", gzip.compress(robots) if coding == "gzip" else robots, content_type="text/plain",
             headers=headers)
    site.add("/early/story", "<p>early</p>")
    site.add("/late/story", "<p>late</p>")
    urls = (site.url("/early/story"), site.url("/late/story"))
    summary = crawl(Seeds(urls=urls), tmp_path / "r.warc.gz", config=FAST.evolve(concurrency=1))
    # The rule inside the first 500 KiB holds; the one past it is never read.
    assert [(r["status"], r["reason"]) for r in summary.rows()] == [("error", "robots.txt disallows"), ("ok", None)]
    stored = [(h, payload) for k, h, _, payload, _ in read_warc(aux_path(tmp_path / "r.warc.gz"))
              if k is WarcRecordType.response and h["WARC-Target-URI"].endswith("/robots.txt")]
    assert len(stored) == 1
    headers, payload = stored[0]
    assert headers["WARC-Truncated"] == "length"  # the archive says the body is not whole
    assert len(payload) == MAX_ROBOTS_BYTES and robots.startswith(payload)


def test_each_page_is_fetched_once_per_run(site: Site, tmp_path: Path) -> None:
    site.add("/story", "<p>one page</p>")
    site.add("/moved", status=301, headers={"Location": "/story"})
    urls = (site.url("/story"), site.url("/story/?utm_source=x"), site.url("/moved"))
    summary = crawl(Seeds(urls=urls), tmp_path / "o.warc.gz", config=FAST.evolve(concurrency=1))
    assert site.paths() == ["/robots.txt", "/story", "/moved"]  # the redirect target is not fetched again
    rows = summary.rows()
    assert [(r["url"], r["status"], r["duplicate_of"]) for r in rows] == [
        (urls[0], "ok", None), (urls[2], "ok", urls[0])]
    responses = [h["WARC-Target-URI"] for k, h, *_ in read_warc(tmp_path / "o.warc.gz")
                 if k is WarcRecordType.response]
    assert responses == [urls[0]]  # the page is stored once


def _cached_page(h) -> None:
    if h.headers.get("If-None-Match") == '"v1"':
        h.send_response(304)
        h.send_header("ETag", '"v1"')
        h.end_headers()
    else:
        respond(h, 200, b"<p>cached page</p>", "text/html", {"ETag": '"v1"', "Last-Modified": "Wed, 01 May 2024 "
                                                                                           "10:00:00 GMT"})


def test_validator_cache_between_runs(site: Site, tmp_path: Path) -> None:
    site.routes["/p"] = _cached_page
    cache = tmp_path / "validators.sqlite"
    first = crawl(Seeds(urls=(site.url("/p"),)), tmp_path / "1.warc.gz", config=FAST, cache=cache)
    second = crawl(Seeds(urls=(site.url("/p"),)), tmp_path / "2.warc.gz", config=FAST, cache=cache)
    hits = [hit for hit in site.log if hit.path == "/p"]
    assert "if-none-match" not in hits[0].headers
    assert (hits[1].headers["if-none-match"], hits[1].headers["if-modified-since"]) == (
        '"v1"', "Wed, 01 May 2024 10:00:00 GMT")
    assert first.rows()[0]["from_cache"] is False and second.rows()[0]["from_cache"] is True
    assert second.rows()[0]["bytes"] == len(b"<p>cached page</p>")
    # The second WARC still holds the page (the stored answer) and the 304 goes to the aux file.
    main = [(h["WARC-Target-URI"], http.status_code, body) for k, h, http, body, _ in read_warc(tmp_path / "2.warc.gz")
            if k is WarcRecordType.response]
    assert main == [(site.url("/p"), 200, b"<p>cached page</p>")]
    aux = [http.status_code for k, _, http, *_ in read_warc(aux_path(tmp_path / "2.warc.gz"))
           if k is WarcRecordType.response]
    assert aux == [404, 304]  # robots.txt, then the revalidation


def test_status_enum_values_are_the_row_statuses() -> None:
    assert {Status.ERROR.value, Status.TIMEOUT.value, Status.TOO_LARGE.value} == {"error", "timeout", "too_large"}
