"""`copydesk fetch`, `copydesk crawl` and `copydesk extract URL` against a loopback site."""

from __future__ import annotations

from pathlib import Path

import orjson
from fastwarc.warc import ArchiveIterator, WarcRecordType

from copydesk.cli import main

from .conftest import Site

FAST_FLAGS = ["--delay", "0", "--timeout", "2", "--allow-private-addresses"]  # the test site is on loopback


def rows(text: str) -> list[dict]:
    return [orjson.loads(line) for line in text.splitlines()]


def test_fetch_writes_warc_and_one_row_per_url(site: Site, tmp_path: Path, capsys) -> None:
    site.add("/a", "<p>a</p>")
    warc = tmp_path / "out" / "pages.warc.gz"
    code = main(["fetch", site.url("/a"), site.url("/missing"), "--warc", str(warc), *FAST_FLAGS,
                 "--user-agent", "cli-test/1"])
    out = capsys.readouterr()
    assert code == 1  # one URL failed
    assert [(r["url"], r["status"], r["reason"]) for r in rows(out.out)] == [
        (site.url("/a"), "ok", None), (site.url("/missing"), "error", "http 404")]
    assert "1 fetched, 1 failed" in out.err
    assert {hit.headers["user-agent"] for hit in site.log} == {"cli-test/1"}
    with open(warc, "rb") as fh:
        assert [r.headers["WARC-Target-URI"] for r in ArchiveIterator(fh, record_types=WarcRecordType.response)] \
            == [site.url("/a"), site.url("/missing")]
    assert (tmp_path / "out" / "pages.cache.sqlite").is_file()


def test_crawl_with_output_writes_articles_like_run(site: Site, real_pages, tmp_path: Path, capsys) -> None:
    (html, title), _, _ = real_pages
    site.add("/2024/05/01/story", html)
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    site.add("/news.xml", '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
             'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
             f'<url><loc>{site.url("/2024/05/01/story")}</loc><news:news><news:publication_date>2024-05-01'
             '</news:publication_date></news:news></url>'
             f'<url><loc>{site.url("/2023/01/01/old")}</loc><news:news><news:publication_date>2023-01-01'
             '</news:publication_date></news:news></url>'
             f'<url><loc>{site.url("/private/x")}</loc></url></urlset>', content_type="application/xml")
    out_dir = tmp_path / "articles"
    code = main(["crawl", "--sitemap", site.url("/news.xml"), "--since", "2024-01-01", "--warc",
                 str(tmp_path / "c.warc.gz"), "--output", str(out_dir), "--format", "jsonl", *FAST_FLAGS])
    printed = rows(capsys.readouterr().out)
    assert code == 0
    assert [(r["url"], r["status"], r["reason"]) for r in printed] == [
        (site.url("/2024/05/01/story"), "ok", None), (site.url("/private/x"), "error", "robots.txt disallows")]
    assert rows((out_dir / "fetch.jsonl").read_text()) == printed
    articles = rows((out_dir / "articles.jsonl").read_text())
    assert [(a["url"], a["status"], a["reason"], a["title"]) for a in articles] == [
        (site.url("/2024/05/01/story"), "ok", None, title),
        (site.url("/private/x"), "error", "robots.txt disallows", None)]  # one row per URL, as `run` gives
    assert orjson.loads((out_dir / "summary.json").read_bytes())["records"] == 2


def test_crawl_needs_a_seed(tmp_path: Path, capsys) -> None:
    assert main(["crawl", "--warc", str(tmp_path / "x.warc.gz")]) == 2
    assert "at least one" in capsys.readouterr().err


def test_extract_url_fetches_then_extracts(site: Site, real_pages, capsys) -> None:
    html, title = real_pages[1]
    site.add("/story", html)
    assert main(["extract", site.url("/story"), "--format", "json", *FAST_FLAGS]) == 0
    article = orjson.loads(capsys.readouterr().out)
    assert (article["status"], article["title"], article["url"]) == ("ok", title, site.url("/story"))


def test_extract_url_that_fails_prints_its_status(site: Site, capsys) -> None:
    site.add("/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png")
    assert main(["extract", site.url("/logo.png"), "--format", "json", *FAST_FLAGS]) == 1
    captured = capsys.readouterr()
    assert orjson.loads(captured.out)["status"] == "error"
    assert "error: not html: image/png" in captured.err


def test_fetch_accepts_other_types_only_when_told(site: Site, tmp_path: Path, capsys) -> None:
    site.add("/notes.txt", "plain notes", content_type="text/plain")
    args = ["fetch", site.url("/notes.txt"), "--warc", str(tmp_path / "t.warc.gz"), "--no-cache", *FAST_FLAGS]
    assert main(args) == 1
    assert rows(capsys.readouterr().out)[0]["reason"] == "not html: text/plain"
    assert main([*args, "--warc", str(tmp_path / "u.warc.gz"), "--accept", "text/plain"]) == 0
    assert rows(capsys.readouterr().out)[0]["content_type"] == "text/plain"
    assert not list(tmp_path.glob("*.sqlite"))


def test_fetch_and_crawl_refuse_loopback_unless_told(site: Site, tmp_path: Path, capsys) -> None:
    site.add("/a", "<p>a</p>")
    site.add("/feed", '<rss version="2.0"><channel><item><link>/a</link></item></channel></rss>',
             content_type="application/rss+xml")
    fetch = ["fetch", site.url("/a"), "--warc", str(tmp_path / "f.warc.gz"), "--no-cache", "--delay", "0"]
    crawl = ["crawl", "--feed", site.url("/feed"), "--warc", str(tmp_path / "c.warc.gz"), "--no-cache",
             "--delay", "0"]
    assert main(fetch) == 1
    assert "address refused: 127.0.0.1 is loopback" in rows(capsys.readouterr().out)[0]["reason"]
    assert main(crawl) == 1
    assert rows(capsys.readouterr().out)[0]["kind"] == "feed"
    assert site.log == []  # refused before connecting
    assert main([*fetch, "--allow-private-addresses"]) == 0
    assert main([*crawl, "--allow-private-addresses"]) == 0
    assert [r["status"] for r in rows(capsys.readouterr().out)] == ["ok", "ok"]
