"""The extraction recipe: bytes → text → tree → metadata → blocks → story → `Article`.

Each step is its own module; this one only reads like the recipe (in the spirit of
Readability.js `parse()`) and turns a refused page into a status.
"""

from __future__ import annotations

import codecs
from datetime import UTC, date, datetime, timedelta
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from copydesk.extract.assemble import assemble_article
from copydesk.extract.blocks import Page, collect_blocks, fallback_views
from copydesk.extract.metadata import Metadata, read_metadata
from copydesk.extract.pagetext import PageText, page_text
from copydesk.extract.pagetype import PageType, PageTypeModel, classify_page
from copydesk.extract.scoring import FALLBACK_MIN_CHARS, Selection, kept_chars, select_blocks
from copydesk.extract.status import replies_are_content
from copydesk.extract.storymodel import StoryModel, apply_model, load_model
from copydesk.extract.storyself import page_site_keys
from copydesk.html import Clock, PageRejected, check_input, decode_html, parse_html
from copydesk.model import Article, Status, failed
from copydesk.options import ExtractOptions

FUTURE_SLACK = timedelta(days=1)  # UTC+14 is the furthest ahead a page's local date can be


def extract(html: bytes | str, url: str | None = None, *, options: ExtractOptions | None = None,
            **overrides: Any) -> Article:
    """An HTML page (bytes in any encoding, or text) as an `Article`; never raises on bad pages.

    `options` (or keyword `overrides` of its fields) set limits and switches; an
    unknown or invalid option raises `ConfigError`. A page that breaks a limit, is
    empty, binary, paywalled or not a story comes back with that `status` and a
    `reason`; the blocks found are kept whenever there are any.
    """
    return extract_with_model(html, url, None, ExtractOptions.build(options, **overrides))


def extract_with_model(html: bytes | str, url: str | None, model: StoryModel | None,
                       opts: ExtractOptions, type_model: PageTypeModel | None = None) -> Article:
    """`extract` with a given story model and page-type model (None: the shipped ones); the benchmarks
    score each cross-validation fold with the models trained without it."""
    clock = Clock(opts.time_budget)
    try:
        check_input(html, opts)
        text, encoding = decode_html(html, opts.http_charset)
        utf8: bytes | None = None  # lexbor reads UTF-8 bytes natively: no re-encoding of the text
        if isinstance(html, bytes) and encoding == "utf-8" and not html.startswith(codecs.BOM_UTF8):
            utf8 = html
        tree = parse_html(text, opts, clock, utf8)
        metadata = read_metadata(tree, url, now=latest_day(opts.today))  # before anything reads the body
        clock.check("metadata")
        page, rules, page_type, words = story_of(tree, text, metadata, opts, clock, url, type_model)
        selection, confidence, story = apply_model(model or load_model(), page, rules, metadata.title,
                                                   metadata.article_body, page_type,
                                                   page_site_keys(metadata.site_name, url), words)
        clock.check("scoring")
        # The byline is read from the rules' story as well as the model's: a network's margin never moves an author.
        byline_from = sorted({*rules.kept, *story})
        article = assemble_article(page, selection, metadata, text, url, page_type, byline_from=byline_from)
        return article.evolve(confidence=round(confidence, 3))
    except PageRejected as rejected:
        return failed(rejected.status, rejected.reason, url=url)
    except (RecursionError, MemoryError, ValueError, LookupError, TypeError) as error:  # never crash on a page
        return failed(Status.ERROR, f"unreadable page ({type(error).__name__}: {error})", url=url)


def latest_day(today: str | None) -> str:
    """The last day a page's dates may name: `today` (or the current UTC day) plus one, because
    a page in a time zone ahead of UTC is already dated tomorrow."""
    day = date.fromisoformat(today) if today else datetime.now(UTC).date()
    return (day + FUTURE_SLACK).isoformat()


def story_of(tree: LexborHTMLParser, text: str, metadata: Metadata, opts: ExtractOptions, clock: Clock,
             url: str | None,
             type_model: PageTypeModel | None = None) -> tuple[Page, Selection, PageType, PageText]:
    """The page's blocks, the rules' story, the page's type (what the story model and its training read) and
    the blocks' texts joined and lower-cased once (`page_text`), for the story model's rows."""
    page = collect_blocks(tree, opts, clock)
    words = page_text(page)  # read by the page type and, unless a fallback view is chosen, by the story model
    # the type before the story: a forum's replies are content
    page_type = classify_page(page, metadata, url, text, type_model, words)
    chosen, selection = _story(tree, page, opts, clock, replies_are_content(page_type, url))
    return chosen, selection, page_type, words if chosen is page else page_text(chosen)


def _story(tree: LexborHTMLParser, page: Page, opts: ExtractOptions, clock: Clock,
           discussion: bool) -> tuple[Page, Selection]:
    """The chosen story among the page's blocks; a story too short is looked for in the fallback views too."""
    selection = select_blocks(page, discussion)
    if kept_chars(page, selection) >= FALLBACK_MIN_CHARS:
        return page, selection
    for view in fallback_views(tree, opts, clock):
        attempt = select_blocks(view, discussion)
        if kept_chars(view, attempt) > kept_chars(page, selection):
            page, selection = view, attempt
    return page, selection
