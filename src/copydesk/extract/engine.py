"""The extraction recipe: bytes → text → tree → metadata → blocks → story → `Article`.

Each step is its own module; this one only reads like the recipe (in the spirit of
Readability.js `parse()`) and turns a refused page into a status.
"""

from __future__ import annotations

from typing import Any

from copydesk.extract.assemble import assemble_article
from copydesk.extract.blocks import collect_blocks
from copydesk.extract.metadata import read_metadata
from copydesk.extract.scoring import select_blocks
from copydesk.html import Clock, PageRejected, check_input, decode_html, parse_html
from copydesk.model import Article, Status, failed
from copydesk.options import ExtractOptions


def extract(html: bytes | str, url: str | None = None, *, options: ExtractOptions | None = None,
            **overrides: Any) -> Article:
    """An HTML page (bytes in any encoding, or text) as an `Article`; never raises on bad pages.

    `options` (or keyword `overrides` of its fields) set limits and switches; an
    unknown or invalid option raises `ConfigError`. A page that breaks a limit, is
    empty, binary, paywalled or not a story comes back with that `status` and a
    `reason`; the blocks found are kept whenever there are any.
    """
    opts = ExtractOptions.build(options, **overrides)
    clock = Clock(opts.time_budget)
    try:
        check_input(html, opts)
        text, _encoding = decode_html(html, opts.http_charset)
        tree = parse_html(text, opts, clock)
        metadata = read_metadata(tree, url)  # before anything reads the body: the tree stays untouched
        clock.check("metadata")
        page = collect_blocks(tree, opts, clock)
        selection = select_blocks(page)
        clock.check("scoring")
        return assemble_article(page, selection, metadata, text, url)
    except PageRejected as rejected:
        return failed(rejected.status, rejected.reason, url=url)
    except (RecursionError, MemoryError, ValueError, LookupError, TypeError) as error:  # never crash on a page
        return failed(Status.ERROR, f"unreadable page ({type(error).__name__}: {error})", url=url)
