"""`copydesk clean FILE|- [--url URL] [--profile site.json] [--format text|json|markdown]`."""

from __future__ import annotations

import argparse
import sys

from copydesk.clean import SiteProfile, clean_text
from copydesk.cli.inputs import read_input_text, write_output
from copydesk.formats import render

FORMATS = ("text", "json", "markdown")


def configure(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "clean", help="clean one already-scraped text (a file, .gz or stdin) into an article",
        description="Clean one scraped text: keep the story, report the boilerplate removed. Exit 0: an article; "
                    "1: the text yielded none (status printed); 3: unreadable input or profile.",
    )
    parser.add_argument("input", metavar="FILE|-", help="a text file (UTF-8, optionally gzipped), or - for stdin")
    parser.add_argument("--url", help="the page's URL, kept in the record")
    parser.add_argument("--profile", metavar="SITE.json", help="a site profile from `copydesk profile learn`")
    parser.add_argument("--format", choices=FORMATS, default="text")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    profile = SiteProfile.load(args.profile) if args.profile else None
    article = clean_text(read_input_text(args.input), url=args.url, profile=profile)
    write_output(render(article, args.format))
    if not article.ok:
        print(f"copydesk clean: {article.status.value}: {article.reason or ''}".rstrip(": "), file=sys.stderr)
        return 1
    return 0
