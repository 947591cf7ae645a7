"""`copydesk extract FILE|URL|- [--url URL] [--format text|json|markdown]`."""

from __future__ import annotations

import argparse
import sys

from copydesk.cli.fetch import add_fetch_options, fetch_config
from copydesk.cli.inputs import read_input_bytes, write_output
from copydesk.extract import extract
from copydesk.formats import render

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
        from copydesk.fetch import fetch_article  # the HTTP stack loads only when a URL is given

        article = fetch_article(args.input, config=fetch_config(args))
    else:
        article = extract(read_input_bytes(args.input), url=args.url)
    write_output(render(article, args.format))
    if not article.ok:
        print(f"copydesk extract: {article.status.value}: {article.reason or ''}".rstrip(": "), file=sys.stderr)
        return 1
    return 0
