"""`copydesk clean FILE|- [--url URL] [--profile site.json] [--format text|json|markdown] [limits]`."""

from __future__ import annotations

import argparse
import re
import sys

from copydesk.cli.inputs import ARTICLE_FORMATS, read_input_text, write_article
from copydesk.cli.limits import add_limit_options, extract_options

# An HTML document's first tag: such a file wants `copydesk extract`, not `clean`.
HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)


def configure(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "clean", help="clean one already-scraped text (a file, .gz or stdin) into an article",
        description="Clean one scraped text: keep the story, report the boilerplate removed. Exit 0: an article; "
                    "1: the text yielded none (status printed); 2: bad options; 3: unreadable input or profile.",
    )
    parser.add_argument("input", metavar="FILE|-", help="a text file (UTF-8, optionally gzipped), or - for stdin")
    parser.add_argument("--url", help="the page's URL, kept in the record")
    parser.add_argument("--profile", metavar="SITE.json", help="a site profile from `copydesk profile learn`")
    parser.add_argument("--format", choices=ARTICLE_FORMATS, default="text", help="how the article is printed")
    add_limit_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from copydesk.clean import SiteProfile, clean_text

    profile = SiteProfile.load(args.profile) if args.profile else None
    text = read_input_text(args.input)
    if HTML_START.match(text[:4096]):
        print(f"copydesk clean: {args.input} looks like HTML; `copydesk extract` reads pages", file=sys.stderr)
    article = clean_text(text, url=args.url, profile=profile, options=extract_options(args))
    return write_article("clean", article, args.format)
