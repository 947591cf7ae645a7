"""`copydesk extract FILE|URL|- [--url URL] [--format text|json|markdown]`."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from copydesk.cli.fetch import add_fetch_options, fetch_config
from copydesk.cli.inputs import read_input_bytes, write_output
from copydesk.errors import FetchError
from copydesk.extract import extract
from copydesk.formats import render
from copydesk.model import Article

if TYPE_CHECKING:
    from copydesk.fetch import FetchConfig

FORMATS = ("text", "json", "markdown")


def configure(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract", help="extract one article from an HTML file, .html.gz, URL or stdin",
        description="Extract one article. Exit 0: an article; 1: the page yielded none (status printed); "
                    "3: unreadable input.",
    )
    parser.add_argument("input", metavar="FILE|URL|-", help="an .html or .html.gz file, an http(s) URL, or - for stdin")
    parser.add_argument("--url", help="the page's URL, for relative links and metadata")
    parser.add_argument("--format", choices=FORMATS, default="text")
    add_fetch_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.input.startswith(("http://", "https://")):
        article = _extract_url(args.input, fetch_config(args))
    else:
        article = extract(read_input_bytes(args.input), url=args.url)
    write_output(render(article, args.format))
    if not article.ok:
        print(f"copydesk extract: {article.status.value}: {article.reason or ''}".rstrip(": "), file=sys.stderr)
        return 1
    return 0


def _extract_url(url: str, config: FetchConfig) -> Article:
    """The page at `url` fetched politely, then extracted with the charset its headers give."""
    from copydesk.fetch import fetch_url  # the HTTP stack loads only when a URL is given

    try:
        result = fetch_url(url, config=config)
    except FetchError as exc:
        return Article(status=exc.status, reason=exc.reason, url=url)  # type: ignore[arg-type]
    return extract(result.body, url=result.final_url, http_charset=result.charset)
