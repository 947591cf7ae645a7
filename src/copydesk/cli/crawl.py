"""`copydesk crawl --feed URL --sitemap URL --site URL [--since DATE] [--max N] --warc OUT.warc.gz
[--output DIR --format parquet|jsonl|text --overwrite] [limits]`: discover article URLs, fetch each once into
WARC and, with `--output`, turn that WARC into articles exactly as `copydesk run` does."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

import orjson

from copydesk.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from copydesk.cli.fetch import (
    add_fetch_options,
    add_warc_options,
    cache_path,
    fetch_config,
    report,
    write_rows,
)
from copydesk.cli.limits import add_limit_options, extract_options, positive_int
from copydesk.cli.run import add_output_options

REPORT_NAME = "fetch.jsonl"  # the per-URL fetch rows, written beside the articles


def configure(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "crawl", help="find article URLs in feeds, sitemaps and sites, fetch them into a WARC (and articles)",
        description="Discover URLs (RSS/Atom feeds, sitemaps and Google News sitemaps, a site's robots.txt "
                    "sitemaps or else its home page links), fetch each once politely into a WARC, and with "
                    "--output extract them as `copydesk run` does. Prints one JSON row per source that failed "
                    "and per page. Exit 0: pages were fetched; 1: none was.",
    )
    parser.add_argument("--feed", action="append", default=[], metavar="URL", help="an RSS or Atom feed")
    parser.add_argument("--sitemap", action="append", default=[], metavar="URL",
                        help="a sitemap, sitemap index or news sitemap")
    parser.add_argument("--site", action="append", default=[], metavar="URL",
                        help="a site: its robots.txt sitemaps, else its home page's story links")
    parser.add_argument("--url", action="append", default=[], metavar="URL", help="a page to fetch as it is")
    parser.add_argument("--since", type=since_date, metavar="DATE",
                        help="skip entries dated before DATE (ISO 8601; undated entries are kept)")
    parser.add_argument("--max", type=positive_int, metavar="N", help="fetch at most N pages")
    add_warc_options(parser)
    add_output_options(parser, required=False)
    parser.add_argument("--workers", type=positive_int, default=1, metavar="N", help="extraction processes")
    add_limit_options(parser)
    add_fetch_options(parser)
    parser.set_defaults(handler=run)


def since_date(text: str) -> datetime:
    """`--since` as an aware UTC datetime; a date alone means its midnight UTC."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date: {text!r}") from None
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)


def run(args: argparse.Namespace) -> int:
    from copydesk.fetch import Seeds, crawl

    if args.output is not None:
        from copydesk.pipeline.corpus import check_output

        check_output(args.output, overwrite=args.overwrite)  # refused before any page is fetched
    seeds = Seeds(feeds=tuple(args.feed), sitemaps=tuple(args.sitemap), sites=tuple(args.site), urls=tuple(args.url))
    if not (seeds.feeds or seeds.sitemaps or seeds.sites or seeds.urls):
        print("copydesk crawl: give at least one --feed, --sitemap, --site or --url", file=sys.stderr)
        return EXIT_USAGE
    summary = crawl(seeds, args.warc, config=fetch_config(args), since=args.since, max_urls=args.max,
                    cache=cache_path(args))
    rows = summary.rows()
    write_rows(rows)
    report(summary)
    if args.output is not None:
        return _write_articles(args, summary.warc, rows) if summary.fetched else EXIT_FAILED
    return EXIT_OK if summary.fetched else EXIT_FAILED


def _write_articles(args: argparse.Namespace, warc: Path, rows: list[dict[str, object]]) -> int:
    """`copydesk run WARC --output DIR --format F`, plus the fetch rows in DIR/fetch.jsonl."""
    from copydesk.cli.run import progress_bar
    from copydesk.cli.run import report as report_run
    from copydesk.pipeline import run_corpus

    bar = progress_bar()
    try:
        summary = run_corpus([warc], args.output, format=args.format, workers=args.workers, progress=bar,
                             options=extract_options(args), overwrite=args.overwrite)
    finally:
        if bar is not None:
            bar.close()
    (args.output / REPORT_NAME).write_bytes(b"".join(orjson.dumps(row) + b"\n" for row in rows))
    return report_run(summary, "crawl")
