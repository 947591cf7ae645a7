"""`benchmarks.story_lists` puts every wrong block decision of a page down to one cause."""

from __future__ import annotations

import numpy as np

from benchmarks.datasets import wcxb_pages
from benchmarks.label_blocks import label_page
from benchmarks.story_empty import Saved
from benchmarks.story_lists import (
    LIST_VARIANTS,
    PRECISION_CAUSES,
    RECALL_CAUSES,
    causes,
    harmless,
    items_page_of,
    kept_with,
    shipped_parts,
    typed_parts,
)
from benchmarks.train_story import ADD_LOGIT, DROP_LOGIT, shipped_keep
from copydesk.extract.pagetype import TRAINED_TYPES
from copydesk.extract.pagetype import load_model as load_type_model
from copydesk.extract.storymodel import (
    LIST_ADD_LOGIT,
    LIST_DROP_LOGIT,
    LIST_PAGE_SHARE,
    list_page,
    load_model,
    page_rows,
    type_probabilities,
)


def test_each_block_that_disagrees_with_its_label_has_one_cause(shared_dir) -> None:
    # WCXB 0640, a shop's collection: the rules keep one column of its items, the others sit outside their
    # container, and the page's chrome is kept too.
    analysed = label_page(next(p for p in wcxb_pages(shared_dir) if p.key == "0640"))
    assert analysed is not None
    probs = np.asarray(type_probabilities(load_type_model().classify(analysed.type_features)))
    logits = load_model().logits(page_rows(analysed.blocks, analysed.selection, analysed.title,
                                           analysed.article_body, probs, analysed.site_keys))
    keep, why = causes(analysed, logits, probs)
    assert keep.tolist() == shipped_keep(analysed, logits, probs).tolist()
    labels = np.asarray(analysed.labels)
    assert [cause is None for cause in why] == (keep == labels).tolist()
    missed = {c for c, label in zip(why, labels) if c is not None and label}
    extra = {c for c, label in zip(why, labels) if c is not None and not label}
    assert missed <= set(RECALL_CAUSES) and extra <= set(PRECISION_CAUSES)
    assert "outside the rules' containers" in missed


def test_a_types_margins_at_the_general_ones_are_the_shipped_decisions(shared_dir) -> None:
    # WCXB 0603, a shop's product page (a description, then the maker's fine print): on a page that is not a
    # list of items the shipped decisions are the general margins', so a type's own pair set to them changes
    # nothing, and the study's guard finds no loss in it.
    analysed = label_page(next(p for p in wcxb_pages(shared_dir) if p.key == "0603"))
    assert analysed is not None
    probs = np.asarray(type_probabilities(load_type_model().classify(analysed.type_features)))
    assert not list_page(probs)
    logits = load_model().logits(page_rows(analysed.blocks, analysed.selection, analysed.title,
                                           analysed.article_body, probs, analysed.site_keys))
    saved = Saved([analysed], probs[None, :], {"t": [logits]}, [{}])
    shipped = shipped_parts(saved, "t")
    pairs = typed_parts(saved, "t", "product", 0.0, adds=(ADD_LOGIT,), drops=(DROP_LOGIT,))
    assert pairs[ADD_LOGIT, DROP_LOGIT][0] == shipped[0]
    assert harmless(saved, shipped, pairs[ADD_LOGIT, DROP_LOGIT], np.ones(1, bool))


def test_the_variants_of_pages_of_items_start_from_mains() -> None:
    # types4's declared test: "main" is `list_page` itself; A counts a service's share among the items; B is A
    # except on a page most likely an article.
    probs = np.zeros(len(TRAINED_TYPES))
    probs[[TRAINED_TYPES.index("article"), TRAINED_TYPES.index("service"), TRAINED_TYPES.index("listing")]] = (
        0.45, 0.3, 0.25)
    main, a, b = (items_page_of(probs, LIST_PAGE_SHARE, *LIST_VARIANTS[name]) for name in ("main", "A", "B"))
    assert (main, a, b) == (list_page(probs), True, False) == (False, True, False)


def test_main_variant_is_the_shipped_decisions(shared_dir) -> None:
    # WCXB 0640, a shop's collection (a page of items): the study's baseline is what `train_story` ships.
    analysed = label_page(next(p for p in wcxb_pages(shared_dir) if p.key == "0640"))
    assert analysed is not None
    probs = np.asarray(type_probabilities(load_type_model().classify(analysed.type_features)))
    assert list_page(probs)
    logits = load_model().logits(page_rows(analysed.blocks, analysed.selection, analysed.title,
                                           analysed.article_body, probs, analysed.site_keys))
    saved = Saved([analysed], probs[None, :], {"t": [logits]}, [{}])
    kept = kept_with(saved, "t", LIST_ADD_LOGIT, LIST_DROP_LOGIT, LIST_PAGE_SHARE, *LIST_VARIANTS["main"])
    assert kept[0] == np.flatnonzero(shipped_keep(analysed, logits, probs)).tolist()
