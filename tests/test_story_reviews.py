"""`benchmarks.story_reviews` finds runs of reviews or comments by their headers' shape, in any script."""

from __future__ import annotations

from benchmarks.datasets import wcxb_pages
from benchmarks.label_blocks import label_page
from benchmarks.story_reviews import DATE, REVIEW_FEATURES, review_columns


def test_a_date_or_a_time_is_read_from_digits_and_separators() -> None:
    dated = ("Reviewed in Japan on December 23, 2025", "2021年3月4日", "٠٤/٠٣/٢٠٢١", "posted 14:05", "4.3.2021")
    assert all(DATE.search(text) for text in dated)
    assert not any(DATE.search(text) for text in ("EUR 15.49", "1,299 items", "ISBN 0735211299", "320 pages"))


def test_a_products_reviews_are_a_headed_run_to_the_page_end(shared_dir) -> None:
    # WCXB 0613, a book's product page: "Top reviews from other countries", each review an item holding its
    # reviewer's name line, "Reviewed in <country> on <date>", its stars and its text.
    page = next(p for p in wcxb_pages(shared_dir) if p.key == "0613")
    analysed = label_page(page)
    assert analysed is not None
    blocks = analysed.blocks.blocks
    columns = review_columns(analysed)
    assert columns.shape == (len(blocks), len(REVIEW_FEATURES))
    at = {name: i for i, name in enumerate(REVIEW_FEATURES)}
    reviews = [i for i, b in enumerate(blocks) if b.text.startswith("Reviewed in Brazil")]
    name = next(i for i, b in enumerate(blocks) if b.text == "Kindle Customer")
    text = next(i for i, b in enumerate(blocks) if b.text.startswith("I thoroughly enjoyed the book"))
    for i in (*reviews, name, text):
        assert columns[i, at["in_headed"]] == 1 and columns[i, at["run_dated"]] == 1.0
        assert columns[i, at["headed_items"]] > 0
    assert columns[reviews[0], at["item_header"]] == columns[name, at["item_header"]] == 1
    assert columns[text, at["item_header"]] == 0
    first = int(columns[:, at["after_headed"]].argmax())
    assert columns[first:, at["after_headed"]].all() and not columns[:first, at["after_headed"]].any()
    assert 0 < columns[0, at["page_headed"]] == columns[-1, at["page_headed"]] < 1
