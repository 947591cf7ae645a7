"""Markup is never text: whatever element it hides in, a tag does not land in a block (issue 14, item 5)."""

from __future__ import annotations

import re

from copydesk import extract

TAG_WITH_ATTRIBUTES = re.compile(r"<[a-zA-Z][\w-]*\s+[\w-]+\s*=")


def test_markup_in_raw_text_elements_and_escaped_text_never_becomes_text(page) -> None:
    article = extract(page("markup_in_text.html"))
    texts = [block.text for block in article.blocks] + [item.text for item in article.removed]
    assert not [t for t in texts if TAG_WITH_ATTRIBUTES.search(t) or "px.example" in t or "document.write" in t]
    assert article.blocks[0].text.startswith("The city council voted")


def test_a_sentence_that_names_an_element_keeps_it(page) -> None:
    article = extract(page("markup_in_text.html"))
    assert any("with the <p> element" in block.text for block in article.blocks)



def test_table_cells_keep_their_text_without_the_scripts_inside(page) -> None:
    article = extract(page("markup_in_text.html"))  # whether a 3-character cell is story is the model's call
    texts = [block.text for block in article.blocks] + [item.text for item in article.removed]
    assert "N41" in "\n".join(texts) and "04:10" in "\n".join(texts)
