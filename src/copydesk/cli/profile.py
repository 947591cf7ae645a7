"""`copydesk profile learn FILE… -o SITE.json [--site HOST]`: a site's template from its scraped texts."""

from __future__ import annotations

import argparse
import sys

from copydesk.cli.inputs import read_input_text

# A template line is one that recurs across unrelated texts: with fewer, chance repeats look like template.
FEW_TEXTS = 3


def configure(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "profile", help="learn a site's template from several of its scraped texts",
        description="Site profiles for `copydesk clean --profile` and `copydesk run --profiles FILE`.",
    )
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    learn = actions.add_parser("learn", help="learn a profile from scraped texts of one site",
                               description="Lines that recur across the site's unrelated texts become its template. "
                                           "Exit 0: profile written; 3: unreadable text; 4: the profile cannot be "
                                           "written.")
    learn.add_argument("inputs", nargs="+", metavar="FILE",
                       help="scraped texts of one site (UTF-8, optionally gzipped)")
    learn.add_argument("-o", "--output", required=True, metavar="SITE.json", help="where to write the profile")
    learn.add_argument("--site", help="the site's host name, kept in the profile")
    learn.set_defaults(handler=run_learn)


def run_learn(args: argparse.Namespace) -> int:
    from copydesk.clean import SiteProfile

    texts = [read_input_text(name) for name in args.inputs]
    if len(texts) < FEW_TEXTS:
        print(f"copydesk profile: warning: {len(texts)} text{'s' if len(texts) != 1 else ''} only; a profile "
              f"needs {FEW_TEXTS} or more unrelated texts of the site to tell its template from chance repeats",
              file=sys.stderr)
    profile = SiteProfile.learn(texts, site=args.site)
    profile.save(args.output)
    print(f"copydesk profile: {len(profile.lines)} template lines from {profile.documents} texts "
          f"({profile.groups} unrelated) -> {args.output}", file=sys.stderr)
    return 0
