"""`copydesk clean FILE|- [--url URL] [--profile site.json] [--format text|json|markdown]`."""

from __future__ import annotations

import argparse

from copydesk.clean import SiteProfile, clean_text
from copydesk.cli.inputs import ARTICLE_FORMATS, read_input_text, write_article


def configure(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "clean", help="clean one already-scraped text (a file, .gz or stdin) into an article",
        description="Clean one scraped text: keep the story, report the boilerplate removed. Exit 0: an article; "
                    "1: the text yielded none (status printed); 3: unreadable input or profile.",
    )
    parser.add_argument("input", metavar="FILE|-", help="a text file (UTF-8, optionally gzipped), or - for stdin")
    parser.add_argument("--url", help="the page's URL, kept in the record")
    parser.add_argument("--profile", metavar="SITE.json", help="a site profile from `copydesk profile learn`")
    parser.add_argument("--format", choices=ARTICLE_FORMATS, default="text")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    profile = SiteProfile.load(args.profile) if args.profile else None
    article = clean_text(read_input_text(args.input), url=args.url, profile=profile)
    return write_article("clean", article, args.format)
