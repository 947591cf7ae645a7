"""Hidden panels (tabs, accordions) are read apart, marked, and left to the story model, but not hidden copies
of what the page shows; other hidden elements (dialogs) stay unread. The rules and the limits read the page
as before."""

from __future__ import annotations

import time

import pytest

from copydesk import Status, extract
from copydesk.extract.blocks import collect_blocks, with_hidden
from copydesk.html import Clock, parse_html
from copydesk.options import ExtractOptions

QUICK_S = 3.0  # well under a second here; the bound only catches a hang
STORY = "<p>" + "A sentence of a long report on the harbour works, with numbers and names. " * 4 + "</p>"


def _blocks(html: str):
    opts = ExtractOptions.build(None)
    clock = Clock(opts.time_budget)
    tree = parse_html(html, opts, clock)
    return collect_blocks(tree, opts, clock), opts, clock


def test_hidden_blocks_are_read_apart_where_they_stood_and_marked(page) -> None:
    visible, opts, clock = _blocks(page("hidden_tabs.html").decode())
    texts = [b.text for b in visible.blocks]
    assert not any(("newsletter" in t or "Details:" in t or "Fees:" in t or "secret" in t) for t in texts)
    assert len(visible.hidden) == 2  # a sibling panel, a tabpanel; the dialog and the hidden <span> stay unread
    merged, moved = with_hidden(visible, opts, clock)
    assert [merged.blocks[i].text for i in moved] == texts  # the visible blocks, in their order
    assert [b.index for b in merged.blocks] == list(range(len(merged.blocks)))
    assert [b.text.split(":")[0] for b in merged.blocks if b.hidden] == ["Details", "Fees"]
    order = [b.text.split(":")[0] for b in merged.blocks]
    assert order.index("Overview") + 1 == order.index("Details") == order.index("Fees") - 1
    assert [b.index for b in visible.blocks] == list(range(len(texts)))  # the rules' page is left as it was
    assert not any(b.hidden for b in visible.blocks)


@pytest.mark.parametrize("copy", [
    "Each week pairs a lecture with a site visit,",  # part of a visible paragraph
    "EACH WEEK pairs a lecture — with a site visit!",  # another case and other punctuation
    "**Each week** pairs a lecture with a site visit, so students see the problems they read about",  # markdown
])
def test_a_hidden_panel_that_says_the_visible_page_again_is_left_out(page, copy: str) -> None:
    html = page("hidden_tabs.html").decode().replace("<p>Details:", f"<p>{copy}</p><p>Details:")
    visible, opts, clock = _blocks(html)
    merged, _ = with_hidden(visible, opts, clock)
    assert [b.text.split(":")[0] for b in merged.blocks if b.hidden] == ["Details", "Fees"]


def test_hidden_copies_are_found_in_scripts_without_spaces() -> None:
    shown = "港口工程课程为期十二周，涵盖码头的设计、成本和维护。"
    html = (f"<html><body><article><div><p>{shown}</p></div><div hidden><p>港口工程课程为期十二周</p>"
            "<p>学费为四百英镑。</p></div></article></body></html>")
    visible, opts, clock = _blocks(html)
    merged, _ = with_hidden(visible, opts, clock)
    assert [b.text for b in merged.blocks if b.hidden] == ["学费为四百英镑。"]  # the copy left out, the new text read


def test_hidden_text_left_out_is_not_listed_as_removed(page) -> None:
    article = extract(page("hidden_tabs.html"))
    assert article.status == Status.OK
    assert "twelve weeks" in article.text and "secret" not in article.text
    for hidden in ("newsletter", "Tuesday evenings", "four hundred pounds"):
        assert not any(hidden in item.text for item in article.removed)


@pytest.mark.parametrize("depth", [2_000, 10_000])
def test_deeply_nested_hidden_divs_leave_the_story_and_its_status(depth: int) -> None:
    """2,000 nested divs in a hidden panel parse but pass the walk's depth limit: the hidden element is left unread and
    the story comes back as without it (the walk of the hidden text alone would have made it `too_large`);
    10,000 are refused by the parser, as they always were."""
    nested = '<div role="tabpanel" hidden>' + "<div>" * depth + "deep" + "</div>" * (depth + 1)
    plain = "<html><body><article>" + STORY * 6 + "</article></body></html>"
    started = time.perf_counter()
    article = extract(plain.replace("<article>", nested + "<article>"))
    assert time.perf_counter() - started < QUICK_S
    if depth > 5_000:
        assert article.status == Status.TOO_LARGE and "nesting" in (article.reason or "")
        return
    expected = extract(plain)
    assert (article.status, article.text, article.blocks) == (expected.status, expected.text, expected.blocks)


def test_a_page_whose_whole_body_is_hidden_is_read_from_the_revealed_view() -> None:
    article = extract('<html><body><div style="display:none"><article>' + STORY * 6 + "</article></div></body></html>")
    # The page type reads the visible page (nothing) and says documentation: `not_article`, as before hidden
    # blocks were read; the story is the revealed view's, once, with no hidden copy beside it.
    assert (article.status, article.reason) == (Status.NOT_ARTICLE, "documentation page (p=0.24)")
    assert article.text.count("harbour works") == 6 * 4
