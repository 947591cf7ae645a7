"""Scraped text as lines: sentences a converter broke at inline markup are one line again."""

from __future__ import annotations

import gzip
from pathlib import Path

from benchmarks.clean_corpus import scrape
from copydesk import Status, clean_text
from copydesk.clean.lines import split_lines, split_text

REVIEWS_PAGE = "4370"  # a Guardian list of book reviews: titles, authors and publishers in inline markup


def _rendering(shared_dir: Path, converter: str) -> str:
    html = gzip.decompress((shared_dir / "data" / "wcxb-dev" / "html" / f"{REVIEWS_PAGE}.html.gz").read_bytes())
    return scrape(html, converter)


def test_a_sentence_broken_at_inline_markup_is_one_line(shared_dir):
    lines = [line.text for line in split_lines(_rendering(shared_dir, "selectolax"))]
    assert "Alex Foster (Grove)" in lines  # ")" closes the line above
    assert any(line.startswith("An eco-masterpiece, icy intrigue, cyberpunkish cyborgs") for line in lines)
    assert "Circular Motion" in lines  # a blank line starts a block
    assert "EJ Swift (Arcadia)" in lines  # "EJ Swift" / " (Arcadia)": the space at the break says inline
    # a text broken this often: a lower-case line after one that ends on a letter goes on it too
    assert ("To browse all of the Guardian’s best books of 2025, visit guardianbookshop.com. "
            "Delivery charges may apply.") in lines


def test_a_text_not_broken_inside_sentences_keeps_its_lower_case_lines():
    lines = [line.text for line in split_lines("Science\nbooks\nand more\nA story starts here.\nreviews")]
    assert lines == ["Science", "books", "and more", "A story starts here.", "reviews"]


def test_a_rendering_of_one_block_a_line_keeps_its_lines(shared_dir):
    text = _rendering(shared_dir, "html-text")
    assert [line.text for line in split_lines(text)] == [line.strip() for line in text.splitlines() if line.strip()]


def test_a_plain_get_text_rendering_keeps_the_story_around_its_inline_links(shared_dir):
    article = clean_text(_rendering(shared_dir, "selectolax"))
    assert article.status is Status.OK
    for review in ("Alex Foster’s novel", "Published in Dukaj’s native Poland", "Donald Rumsfeld once"):
        assert review in article.text


def test_a_line_starting_on_any_scripts_clause_mark_goes_on_the_line_above():
    # Burmese and Ethiopic write their own commas ("၊", "፣"): a block does not start on one either
    text = "မြန်မာ\n၊ နိုင်ငံ\nሰላም\n፣ ለዓለም\n50\n% of them"
    assert [line.text for line in split_lines(text)] == ["မြန်မာ၊ နိုင်ငံ", "ሰላም፣ ለዓለም", "50% of them"]


def test_a_space_at_a_line_break_joins_the_text_nodes_of_one_sentence(shared_dir):
    # a plain get_text() keeps each text node's own spaces: "… about the " / "best business schools" / " in one …"
    html = gzip.decompress((shared_dir / "data" / "wcxb-dev" / "html" / "0022.html.gz").read_bytes())
    lines = [line.text for line in split_lines(scrape(html, "selectolax"))]
    assert ("Scroll on to learn everything you need to know about the best business schools in one convenient "
            "listing. Then read our coverage of MBA rankings, view reports on") in lines
    assert "major MBA industries, and check out exclusive data on the top MBA employers of recent years." in lines
    # a blank line still parts two blocks, whatever their spaces
    assert [line.text for line in split_lines("know the \n\nbest schools")] == ["know the", "best schools"]


def test_an_indented_rendering_keeps_its_lines_whatever_their_spaces():
    # inscriptis indents every line of a list: a leading space there is layout, not a text node's own
    text = "  * Home \n  * News\n    + World\n  * Sport"
    assert [line.text for line in split_lines(text)] == ["* Home", "* News", "+ World", "* Sport"]


def test_a_text_says_whether_it_is_broken_at_inline_markup(shared_dir):
    assert split_text(_rendering(shared_dir, "selectolax"))[1]
    assert not split_text(_rendering(shared_dir, "html-text"))[1]
    assert split_text("")[1] is False
