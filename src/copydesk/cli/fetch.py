"""`copydesk fetch URL… --warc OUT.warc.gz`: pages fetched politely into WARC, one JSON
report row per URL on stdout (`status` ok, or the failure and its `reason`).

Also the fetch options shared by `crawl` and `extract URL`. The HTTP stack is imported
only when a command runs, so `copydesk --help` and the file commands stay quick.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import orjson

from copydesk.cli import EXIT_FAILED, EXIT_OK

if TYPE_CHECKING:
    from copydesk.fetch import CrawlSummary, FetchConfig

CACHE_SUFFIX = ".cache.sqlite"  # the validator cache beside the WARC, reused by the next run


def add_fetch_options(parser: argparse.ArgumentParser) -> None:
    """The HTTP and politeness flags; defaults are `FetchConfig`'s."""
    group = parser.add_argument_group("fetching")
    group.add_argument("--user-agent", metavar="UA", help="User-Agent header (and robots.txt group)")
    group.add_argument("--delay", type=float, metavar="S", help="minimum seconds between requests to a host "
                       "(default 1; a longer robots.txt Crawl-delay wins)")
    group.add_argument("--timeout", type=float, metavar="S", help="seconds one fetch may take in all (default 30)")
    group.add_argument("--max-bytes", type=int, metavar="N", help="largest body accepted, on the wire and "
                       "decompressed (default 10 MiB)")
    group.add_argument("--concurrency", type=int, metavar="N", help="requests in flight over all hosts (default 8)")
    group.add_argument("--accept", action="append", default=[], metavar="TYPE",
                       help="also accept pages of this media type (default: HTML only)")
    group.add_argument("--ca-file", metavar="PEM", help="certificates to trust instead of the system's")
    group.add_argument("--allow-private-addresses", action="store_true",
                       help="also fetch from loopback, private and link-local addresses (default: refused)")


def fetch_config(args: argparse.Namespace) -> FetchConfig:
    """The `FetchConfig` the flags of `add_fetch_options` ask for."""
    from copydesk.fetch import FetchConfig
    from copydesk.fetch.config import HTML_TYPES

    changes = {
        "user_agent": args.user_agent, "min_delay": args.delay, "total_timeout": args.timeout,
        "max_body_bytes": args.max_bytes, "max_decoded_bytes": args.max_bytes,
        "concurrency": args.concurrency, "ca_file": args.ca_file,
        "allow_private_addresses": args.allow_private_addresses or None,
        "accept_types": (*HTML_TYPES, *(kind.lower() for kind in args.accept)) if args.accept else None,
    }
    return FetchConfig().evolve(**{name: value for name, value in changes.items() if value is not None})


def add_warc_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--warc", required=True, type=Path, metavar="OUT.warc.gz",
                        help="where the answers go (hops such as robots.txt go to OUT.aux.warc.gz)")
    parser.add_argument("--cache", type=Path, metavar="FILE", help="ETag/Last-Modified cache kept between runs "
                        f"(default: OUT{CACHE_SUFFIX} beside the WARC)")
    parser.add_argument("--no-cache", action="store_true", help="send no conditional requests, keep no cache")


def cache_path(args: argparse.Namespace) -> Path | None:
    """The validator cache file the flags name: `--cache`, none, or one beside the WARC."""
    if args.no_cache:
        return None
    if args.cache:
        return args.cache
    name = args.warc.name
    for suffix in (".warc.gz", ".warc"):
        name = name.removesuffix(suffix)
    return args.warc.with_name(name + CACHE_SUFFIX)


def configure(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "fetch", help="fetch URLs politely into a WARC",
        description="Fetch each URL once (robots.txt obeyed, hosts paced) into a WARC that `copydesk run` reads. "
                    "Prints one JSON row per URL. Exit 0: all fetched; 1: some failed (see their rows).",
    )
    parser.add_argument("urls", nargs="+", metavar="URL")
    add_warc_options(parser)
    add_fetch_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from copydesk.fetch import Seeds, crawl

    summary = crawl(Seeds(urls=tuple(args.urls)), args.warc, config=fetch_config(args), cache=cache_path(args))
    write_rows(summary.rows())
    report(summary)
    return EXIT_FAILED if summary.failed else EXIT_OK


def write_rows(rows: list[dict[str, object]]) -> None:
    """Report rows as JSON lines on stdout."""
    sys.stdout.write("".join(orjson.dumps(row).decode() + "\n" for row in rows))
    sys.stdout.flush()


def report(summary: CrawlSummary) -> None:
    """One line on stderr: pages fetched and failed, requests, time, where the WARC is."""
    sources = f", {len(summary.discovery_failures)} unreadable sources" if summary.discovery_failures else ""
    print(f"{summary.fetched} fetched, {summary.failed} failed{sources}; {summary.requests} requests in "
          f"{summary.seconds:.1f}s → {summary.warc}", file=sys.stderr)
