"""The dedup benchmark's story truth: which pages its ground truth makes one story."""

from __future__ import annotations

from benchmarks.bench_dedup import _contained_pairs, _five_grams


def test_a_syndicated_copy_with_extra_lines_is_one_story_with_its_source(stories: list[str]) -> None:
    source, other = stories[0], stories[1]
    references = {
        "a/source": _five_grams(source),
        "b/copy": _five_grams(source + "\nReporting by the news desk; more on our site every day of the week."),
        "c/other": _five_grams(other),
    }
    found = _contained_pairs(references, references)
    assert [(page, holder) for _, page, holder in found] == [("a/source", "b/copy")]  # counted once, smaller first


def test_two_different_stories_are_two_stories(stories: list[str]) -> None:
    references = {f"page/{i}": _five_grams(text) for i, text in enumerate(stories[:10])}
    assert _contained_pairs(references, references) == []


def test_snippets_join_only_the_page_whose_visible_text_holds_them(stories: list[str]) -> None:
    sentences = [line for line in stories[2].splitlines() if len(line.split()) >= 12]
    snippets = set().union(*(_five_grams(" ".join(line.split()[:8])) for line in sentences[:3]))
    visible = {"page/with": _five_grams("Menu Home\n" + stories[2]), "page/without": _five_grams(stories[3])}
    found = _contained_pairs({"page/sampled": snippets}, visible)
    assert [(page, holder) for _, page, holder in found] == [("page/sampled", "page/with")]
