"""`benchmarks.label_blocks`' labellings: per-block overlap, the best subset's blocks, and their union."""

from __future__ import annotations

from benchmarks.datasets import wcxb_pages
from benchmarks.label_blocks import best_blocks, label_page
from benchmarks.scores import tokens, word_prf


def test_the_best_blocks_keep_one_copy_and_leave_foreign_blocks_out() -> None:
    reference = tokens("the story says this once and ends here")
    blocks = [tokens("menu home about"), tokens("the story says this once"), tokens("the story says this once"),
              tokens("and ends here")]
    assert best_blocks(blocks, reference) == (1.0, [1, 3])
    assert best_blocks([], tokens("")) == (1.0, [])


def test_subset_labels_score_the_page_better_and_union_only_adds(shared_dir) -> None:
    # WCXB 0604 prints its product description four times; the reference says it once. Overlap labels every
    # copy story; the subset labels one, so its story scores over 0.9; the union keeps overlap's copies.
    page = next(p for p in wcxb_pages(shared_dir) if p.key == "0604")
    by = {name: label_page(page, name) for name in ("overlap", "subset", "union")}
    assert all(a is not None for a in by.values())
    texts = [b.text for b in by["overlap"].blocks.blocks]  # type: ignore[union-attr]

    def f1(labels: tuple[bool, ...]) -> float:
        return word_prf("\n\n".join(t for t, label in zip(texts, labels) if label), page.main_content).f1

    overlap, subset, union = (by[n].labels for n in ("overlap", "subset", "union"))  # type: ignore[union-attr]
    assert f1(subset) > 0.9 > f1(overlap)
    assert union == tuple(a or b for a, b in zip(overlap, subset)) and sum(union) >= sum(overlap)


def test_union_article_adds_on_article_pages_only(shared_dir) -> None:
    # 0604 is a product page: overlap's labels; 4864 an article, whose prices and table cells the subset adds.
    pages = {p.key: p for p in wcxb_pages(shared_dir) if p.key in ("0604", "4864")}
    assert pages["0604"].page_type != "article" and pages["4864"].page_type == "article"
    for key, like in (("0604", "overlap"), ("4864", "union")):
        got, want = label_page(pages[key], "union_article"), label_page(pages[key], like)
        assert got is not None and want is not None and got.labels == want.labels
    overlap, union = label_page(pages["4864"], "overlap"), label_page(pages["4864"], "union")
    assert overlap is not None and union is not None and sum(union.labels) > sum(overlap.labels)
