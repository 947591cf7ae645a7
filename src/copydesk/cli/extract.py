"""`copydesk extract FILE|URL|- [--url URL] [--format text|json|markdown] [limits] [fetch options]`."""

from __future__ import annotations

import argparse

from copydesk.cli.fetch import add_fetch_options, fetch_config
from copydesk.cli.inputs import ARTICLE_FORMATS, read_input_bytes, write_article
from copydesk.cli.limits import add_limit_options, extract_options


def configure(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract", help="extract one article from an HTML file, .html.gz, URL or stdin",
        description="Extract one article. Exit 0: an article; 1: the page yielded none (status printed); "
                    "2: bad options; 3: unreadable input or failed fetch.",
    )
    parser.add_argument("input", metavar="FILE|URL|-", help="an .html or .html.gz file, an http(s) URL, or - for stdin")
    parser.add_argument("--url", help="the page's URL, for relative links and metadata")
    parser.add_argument("--format", choices=ARTICLE_FORMATS, default="text", help="how the article is printed")
    add_limit_options(parser)
    add_fetch_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from copydesk.extract import extract

    options = extract_options(args)
    if args.input.startswith(("http://", "https://")):
        from copydesk.fetch import fetch_article  # the HTTP stack loads only when a URL is given

        article = fetch_article(args.input, config=fetch_config(args), options=options)
    else:
        article = extract(read_input_bytes(args.input), url=args.url, options=options)
    return write_article("extract", article, args.format)
