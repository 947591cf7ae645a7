"""The clean model's training data: renderings of one page stay together, and one converter keeps the old ids."""

from __future__ import annotations

from benchmarks.clean_corpus import TextPage
from benchmarks.train_clean import FOLDS, labelled_views

STORY = "The council met again on Tuesday and the vote on the new bridge was postponed until spring."


def page(key: str, converter: str, text: str) -> TextPage:
    return TextPage(dataset="wcxb", key=key, url=f"https://example.org/{key}", split="tune", page_type="article",
                    text=text, reference=STORY, with_=(), without=(), converter=converter)


def test_every_rendering_of_a_page_shares_its_stage1_fold():
    keys = ["0001", "0002", "0003"]
    pages = [page(k, "html-text", f"Home\n{STORY}\nShare") for k in keys]
    pages += [page(k, "inscriptis", f"  * Home\n\n{STORY}\n\n  Share") for k in keys]
    views = labelled_views(pages, crops=True)
    ids = [view.id for view in views]
    assert len(set(ids)) == len(ids)
    for key in keys:
        assert len({view.id % FOLDS for view in views if view.key == key}) == 1
    assert [view.again for view in views if not view.crop] == [False] * 3 + [True] * 3


def test_one_converter_keeps_page_index_ids():
    pages = [page(k, "html-text", f"Home\n{STORY}\nShare") for k in ("0001", "0002", "0003")]
    views = labelled_views(pages, crops=True)
    assert [(view.id, view.crop) for view in views] == [
        (0, False), (FOLDS * 3, True), (1, False), (FOLDS * 3 + 1, True), (2, False), (FOLDS * 3 + 2, True)]


def test_lines_after_the_story_weigh_more_when_asked():
    text = f"Home\n{STORY}\nShare\nMore stories"
    plain, heavy = (labelled_views([page("0001", "html-text", text)], after_weight=w)[0] for w in (1.0, 2.0))
    assert plain.labels == heavy.labels == [False, True, False, False]
    assert heavy.weights[:2] == plain.weights[:2]  # the menu above and the story itself are as they were
    assert heavy.weights[2:] == [2 * w for w in plain.weights[2:]]
