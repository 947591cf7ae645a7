"""`benchmarks.story_empty` reads what a page holds besides its blocks and which pages a no-story rule empties."""

from __future__ import annotations

import numpy as np

from benchmarks.datasets import wcxb_pages
from benchmarks.label_blocks import label_page
from benchmarks.story_empty import Rule, html_facts, page_facts
from benchmarks.story_products import mark_columns, place, size_class


def test_a_script_rendered_shell_is_mostly_script_and_a_story_is_not(shared_dir) -> None:
    # WCXB 0585 (empty reference) is a page drawn by script: nearly all of its bytes are in <script>; 0001 is
    # a recipe article whose text is in the HTML. 4577 says what it needs in a <noscript>.
    pages = {p.key: p for p in wcxb_pages(shared_dir) if p.key in {"0585", "0001", "4577"}}
    shell, story, noscript = (html_facts(pages[key].html) for key in ("0585", "0001", "4577"))
    assert shell["script"] > 0.9 * shell["bytes"]
    assert story["script"] < 0.5 * story["bytes"]
    assert noscript["noscript_chars"] > 0 and story["noscript_chars"] == 0


def test_page_facts_read_the_kept_blocks_and_a_rule_needs_every_condition(shared_dir) -> None:
    page = next(p for p in wcxb_pages(shared_dir) if p.key == "0001")
    analysed = label_page(page)
    assert analysed is not None
    n = len(analysed.blocks.blocks)
    keep = np.zeros(n, bool)
    keep[list(analysed.selection.kept)] = True
    logits = np.where(keep, 3.0, -3.0)
    facts = page_facts(analysed, logits, keep)
    sizes = [b.size for b in analysed.blocks.blocks]
    assert facts["kept_size"] == sum(sizes[i] for i in analysed.selection.kept)
    assert facts["prose"] == 1.0 and facts["max_logit"] == 3.0 and facts["evidence"] == 3.0
    assert not Rule(facts["kept_size"] + 1, logit=2.0).empties(facts)  # the model believes it
    assert Rule(facts["kept_size"] + 1, logit=4.0).empties(facts)
    assert not Rule(facts["kept_size"], logit=4.0).empties(facts)  # too much text


def test_blocks_are_placed_against_the_labelled_story() -> None:
    assert [place(i, [3, 4, 7]) for i in (1, 5, 9)] == ["before", "inside", "after"]
    assert place(2, []) == "no story"
    assert [size_class(s) for s in (10, 50, 200, 900)] == ["<40", "40-100", "100-300", ">=300"]


def test_a_makers_fine_print_opens_with_a_footnote_mark(shared_dir) -> None:
    # WCXB 4219 (a tablet's product page) ends its description with fine print: "* Image simulated." …
    page = next(p for p in wcxb_pages(shared_dir) if p.key == "4219")
    analysed = label_page(page)
    assert analysed is not None
    columns = mark_columns(analysed)
    marked = [b.text for b, opens in zip(analysed.blocks.blocks, columns[:, 0]) if opens]
    assert any(text.startswith("* Image simulated") for text in marked)
    assert all(text.lstrip()[0] in "*＊※†‡§¹²³⁴⁵⁶⁷⁸⁹⁰" for text in marked)
    assert 0 < columns[0, 1] == len(marked) / len(columns) < 0.5
