"""Pathological pages end as a status: never a raise, a hang or a blown heap.

No clock here: a page past the engine's own time budget ends as `timeout`, which every status assertion
below refuses; how fast they are refused is timed by `benchmarks.bench_hostile pathological`."""

from __future__ import annotations

import tracemalloc
from dataclasses import replace

import pytest

import copydesk
from copydesk import Status
from copydesk.extract.engine import extract_with_model
from copydesk.extract.storymodel import StoryModel, load_model
from copydesk.learn import Dense
from copydesk.options import ExtractOptions

SURE_LOGIT = 1e6  # past any logit a network gives: the model then overrules nothing


def test_deep_nesting_is_refused_before_parsing() -> None:
    html = "<html><body>" + "<div>" * 100_000 + "deep" + "</div>" * 100_000 + "</body></html>"
    article = copydesk.extract(html)
    assert article.status == Status.TOO_LARGE and "nesting" in article.reason


def test_nesting_below_the_parser_guard_is_caught_by_the_walk() -> None:
    html = "<p>" + "<span>" * 3000 + "text" + "</span>" * 3000
    article = copydesk.extract(html, max_depth=100)
    assert article.status == Status.TOO_LARGE and "depth" in article.reason


def test_twenty_megabytes_of_markup_is_too_large_at_once() -> None:
    html = b"<html><body>" + b"<p>filler paragraph text</p>" * 750_000 + b"</body></html>"
    assert len(html) > 20_000_000
    article = copydesk.extract(html)
    assert article.status == Status.TOO_LARGE and "bytes" in article.reason


def test_too_many_nodes_is_too_large() -> None:
    html = "<ul>" + "<li>item</li>" * 20_000 + "</ul>"
    article = copydesk.extract(html, max_nodes=5_000)
    assert article.status == Status.TOO_LARGE and "nodes" in article.reason


def test_a_large_but_legal_page_is_read_within_budget_and_memory() -> None:
    paragraph = "<p>" + "A sentence of a long report on the harbour works, with numbers and names. " * 5 + "</p>"
    html = "<html><body><article>" + paragraph * 2_000 + "</article></body></html>"  # ~0.8 MB, a heavy page
    tracemalloc.start()
    try:
        article = copydesk.extract(html)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert article.status == Status.OK
    assert peak < 40 * len(html)  # a few copies of the text, not a blow-up
    # read whole: the rules keep every paragraph (how many of 2,000 copies of one paragraph a story model then
    # believes is a network's verdict on a page no site writes, not a limit: it moves from retrain to retrain)
    whole = extract_with_model(html, None, _sure_of_every_block(load_model()), ExtractOptions.build(None))
    assert whole.status == Status.OK and len(whole.blocks) == 2_000


def _sure_of_every_block(model: StoryModel) -> StoryModel:
    """`model` with its last bias raised past any logit: it keeps what the rules keep and trims nothing."""
    *hidden, (weights, bias) = model.network.layers
    return replace(model, network=Dense((*hidden, (weights, bias + SURE_LOGIT))))


@pytest.mark.parametrize("junk", [
    bytes(range(256)) * 100,
    b"\x89PNG\r\n\x1a\n" + bytes(4000),
    b"PK\x03\x04" + bytes(range(32)) * 200,
], ids=["all-bytes", "png", "zip"])
def test_binary_junk_is_an_error_status(junk: bytes) -> None:
    article = copydesk.extract(junk)
    assert article.status == Status.ERROR


@pytest.mark.parametrize("data", [b"", b"   ", "", b"<html></html>", b"<!-- only a comment -->", b"\x00"])
def test_empty_input_is_a_status_not_an_exception(data: bytes | str) -> None:
    article = copydesk.extract(data)
    assert article.status in (Status.EMPTY, Status.ERROR) and article.reason


def test_broken_markup_still_reads() -> None:
    html = b"<p>Unclosed <b>bold <i>and italic <p>Second paragraph of a story that goes on for a while. <table><tr><td>"
    article = copydesk.extract(html)
    assert "Second paragraph of a story" in article.text
