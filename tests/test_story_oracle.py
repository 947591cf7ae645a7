"""`benchmarks.story_oracle` reads the ceiling of a real page's blocks: the labels, the best subset, the copies."""

from __future__ import annotations

from benchmarks.datasets import wcxb_pages
from benchmarks.label_blocks import label_page
from benchmarks.scores import tokens
from benchmarks.story_oracle import best_subset, page_ceiling


def test_a_page_printed_twice_has_a_low_oracle_and_a_high_best_subset(shared_dir) -> None:
    # WCXB 0604 prints its product description four times; the reference says it once. The labeller marks
    # every copy story (oracle precision under a half), the best block subset takes one (F1 over 0.9).
    page = next(p for p in wcxb_pages(shared_dir) if p.key == "0604")
    analysed = label_page(page)
    assert analysed is not None
    ceiling = page_ceiling(analysed)
    assert ceiling.oracle_p < 0.5 and ceiling.oracle_r > 0.95
    assert ceiling.best_f1 > 0.9 > ceiling.oracle_f1
    assert ceiling.oracle_r <= ceiling.ceiling_r <= 1.0
    assert ceiling.extra > 0 and ceiling.mixed_extra <= ceiling.extra


def test_the_best_subset_keeps_one_copy_and_leaves_foreign_blocks_out() -> None:
    reference = tokens("the story says this once and ends here")
    blocks = [tokens("menu home about"), tokens("the story says this once"), tokens("the story says this once"),
              tokens("and ends here")]
    assert best_subset(blocks, reference) == 1.0
    assert best_subset([], tokens("")) == 1.0  # an empty reference is matched by an empty output
    assert best_subset([tokens("menu")], reference) == 0.0
