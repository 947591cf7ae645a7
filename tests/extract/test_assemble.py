"""Assembly names the dropped blocks with the text categories the selection and the story model read, and
reads the body's byline from the story before the model's articles' trim."""

from __future__ import annotations

import importlib
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from copydesk import extract
from copydesk.extract import phrases
from copydesk.extract.assemble import assemble_article
from copydesk.extract.blocks import Page
from copydesk.extract.engine import extract_with_model, story_of
from copydesk.extract.metadata import Metadata, read_metadata
from copydesk.extract.pagetype import PageType
from copydesk.extract.scoring import Selection
from copydesk.extract.storymodel import apply_model, load_model
from copydesk.html import Clock, decode_html, parse_html
from copydesk.model import Removed
from copydesk.options import ExtractOptions

FIXTURES = Path(__file__).resolve().parent / "fixtures"
READERS = ("scoring", "storymodel")  # the modules that read blocks' words before assembly
ASSEMBLY = ("assemble", "boilerplate")  # the modules that name the dropped blocks


@pytest.mark.parametrize("name", ["article_with_widgets.html", "listing_home.html", "story_layout.html"])
def test_assembly_reads_no_text_the_selection_already_read(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    html = (FIXTURES / name).read_bytes()
    expected = extract(html)
    read: dict[str, Counter[str]] = {"readers": Counter(), "assembly": Counter()}
    counting = _counting(phrases.text_category, read)
    monkeypatch.setattr(phrases, "text_category", counting)  # what `known_category` calls
    for module_name in (*READERS, *ASSEMBLY):  # and any module that calls it directly
        module = importlib.import_module(f"copydesk.extract.{module_name}")
        if hasattr(module, "text_category"):
            monkeypatch.setattr(module, "text_category", counting)
    assert extract(html) == expected
    assert read["readers"], "the page has short blocks whose words are read"
    assert not read["assembly"] & read["readers"], "assembly read again texts the selection had read"


def _counting(function: Any, read: dict[str, Counter[str]]) -> Any:
    """`function`, counting each text it reads under the group of the nearest module of ours that asked."""
    groups = {f"copydesk.extract.{module}": group
              for group, modules in (("readers", READERS), ("assembly", ASSEMBLY)) for module in modules}

    def wrapper(text: str) -> Any:
        frame = sys._getframe(1)
        while frame is not None and frame.f_globals.get("__name__") not in groups:
            frame = frame.f_back
        if frame is not None:
            read[groups[frame.f_globals["__name__"]]][text] += 1
        return function(text)
    return wrapper


@pytest.mark.parametrize("name", ["paywall_class_story.html", "article_with_widgets.html"])
def test_a_page_reads_each_text_once(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every reader of a page (scoring's attempts and standfirst, the story model, assembly) shares one
    category cache: the standfirst search once read its texts around it, twice on the paywall page."""
    calls: Counter[str] = Counter()
    original = phrases.text_category

    def counting(text: str) -> str | None:
        calls[text] += 1
        return original(text)
    monkeypatch.setattr(phrases, "text_category", counting)
    for module_name in (*READERS, *ASSEMBLY):
        module = importlib.import_module(f"copydesk.extract.{module_name}")
        if hasattr(module, "text_category"):
            monkeypatch.setattr(module, "text_category", counting)
    extract((FIXTURES / name).read_bytes())
    assert calls and max(calls.values()) == 1, [text for text, n in calls.items() if n > 1]


def _byline_page(wcxb_rows: list[dict], wcxb_html: Any) -> bytes:
    """WCXB-dev 0366: a guide whose byline "By Block Renovation" is a paragraph of its own under the lead."""
    return wcxb_html(next(row for row in wcxb_rows if row["file_id"] == "0366"))


def _byline_story(wcxb_rows: list[dict], wcxb_html: Any) -> tuple[str, Metadata, Page, Selection, PageType, int]:
    """0366 taken through `extract`'s steps up to the story, with the index of its byline block."""
    html = _byline_page(wcxb_rows, wcxb_html)
    opts = ExtractOptions.build(None)
    clock = Clock(opts.time_budget)
    text, _ = decode_html(html)
    tree = parse_html(text, opts, clock)
    meta = read_metadata(tree, None, now="2026-12-08")
    page, selection, page_type, _ = story_of(tree, text, meta, opts, clock, None)
    byline = next(i for i in selection.kept if page.blocks[i].text == "By Block Renovation")
    return text, meta, page, selection, page_type, byline


def test_a_byline_the_articles_trim_drops_still_names_the_author(wcxb_rows: list[dict], wcxb_html: Any) -> None:
    """The shipped model doubts 0366's byline block (logit about -1.4), so the articles' trim drops it; the
    byline is read from the story before the trim, so the author stays and the line is removed as a byline."""
    article = extract(_byline_page(wcxb_rows, wcxb_html))
    assert article.authors == ("Block Renovation",)
    assert "By Block Renovation" not in article.text
    assert Removed(category="byline", text="By Block Renovation") in article.removed


def test_no_margin_of_the_story_model_moves_the_author(wcxb_rows: list[dict], wcxb_html: Any) -> None:
    """`extract` reads the body's byline from the rules' story as well as the model's: a model that drops every
    block the rules kept (0366's "By Block Renovation" among them) still leaves the author named."""
    dropping_all = replace(load_model(), drop_logit=float("inf"))
    article = extract_with_model(_byline_page(wcxb_rows, wcxb_html), None, dropping_all, ExtractOptions.build(None))
    assert article.authors == ("Block Renovation",)
    assert Removed(category="byline", text="By Block Renovation") in article.removed


def test_the_articles_trim_follows_the_page_type_the_article_reports(wcxb_rows: list[dict], wcxb_html: Any) -> None:
    """0366 is typed `article`, so the model's doubted byline block (logit under 0) is trimmed; the same page typed
    `listing` (every probability as it was) keeps it: the trim reads the classifier's verdict, `PageType.label`.
    The model's general margin is set aside, so the trim alone decides, whatever the network's logit there."""
    text, meta, page, selection, page_type, byline = _byline_story(wcxb_rows, wcxb_html)
    assert page_type.label == "article"
    model = replace(load_model(), drop_logit=float("-inf"))
    trimmed, _, story = apply_model(model, page, selection, meta.title, meta.article_body, page_type, ())
    assert byline in story and byline not in trimmed.kept
    listing = replace(page_type, label="listing")
    untrimmed, _, _ = apply_model(model, page, selection, meta.title, meta.article_body, listing, ())
    assert byline in untrimmed.kept


def test_the_body_byline_is_read_from_the_given_blocks_whatever_the_model(wcxb_rows: list[dict],
                                                                          wcxb_html: Any) -> None:
    """`assemble_article(byline_from=...)` reads the byline from those blocks, not from the kept ones: the rules'
    story of 0366 with its byline block taken out still names the author (any story model, any margin)."""
    text, meta, page, selection, page_type, byline = _byline_story(wcxb_rows, wcxb_html)
    trimmed = replace(selection, kept=tuple(i for i in selection.kept if i != byline))
    assert not assemble_article(page, trimmed, meta, text, None, page_type).authors  # the bug: read after the drop
    article = assemble_article(page, trimmed, meta, text, None, page_type, byline_from=selection.kept)
    assert article.authors == ("Block Renovation",) and article.provenance["authors"] == "byline"
    assert Removed(category="byline", text="By Block Renovation") in article.removed
    assert article.blocks == assemble_article(page, trimmed, meta, text, None, page_type).blocks
