"""The rules that overrule or tidy the line model's keep/drop: runs away from the story."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.clean_corpus import scrape
from benchmarks.scores import word_prf
from copydesk import clean_text
from copydesk.clean.decide import (
    CORE_GAP,
    LIST_ENTRY_WORDS,
    MINOR_RUN_MARGIN,
    SMALL_RUN_MARGIN,
    THREAD_MARGIN,
    THRESHOLD,
    WEAK_RUN_MARGIN,
    decide_lines,
    decide_scored,
    header_shape,
    no_story_logits,
    stray_lines,
    thread_lines,
)
from copydesk.clean.features import line_category, line_features
from copydesk.clean.linemodel import load_model
from copydesk.clean.lines import Line, count_words, split_lines
from copydesk.html import Clock, PageRejected
from copydesk.model import Status

PROSE_WORDS = 18  # "The council voted on Tuesday to close the old bridge to cars for the whole of next year."
MENU_WORDS = 1


def runs_of(*runs: tuple[int, float]) -> tuple[list[int], list[bool], list[float]]:
    """Word counts, keep flags and logits of runs of kept prose lines (count, logit each), separated by
    enough dropped one-word lines to split them."""
    words, keep, logits = [], [], []
    for count, logit in runs:
        if words:
            gap = CORE_GAP + 1
            words += [MENU_WORDS] * gap
            keep += [False] * gap
            logits += [-5.0] * gap
        words += [PROSE_WORDS] * count
        keep += [True] * count
        logits += [logit] * count
    return words, keep, logits


def test_a_long_run_far_less_sure_than_the_story_is_stray():
    story, thread = 4.0, 4.0 - WEAK_RUN_MARGIN - 0.5  # a comment thread: prose, but weakly story-like
    words, keep, logits = runs_of((10, story), (30, thread))
    stray = stray_lines(words, keep, logits)
    assert stray == [i for i in range(len(words)) if keep[i] and logits[i] == thread]


def test_a_second_run_as_sure_as_the_story_stays_however_far():
    words, keep, logits = runs_of((10, 4.0), (8, 4.0 - WEAK_RUN_MARGIN + 0.5))
    assert stray_lines(words, keep, logits) == []


def test_a_tiny_run_less_sure_than_the_story_is_stray():
    words, keep, logits = runs_of((30, 4.0), (1, 4.0 - SMALL_RUN_MARGIN - 0.5))
    assert stray_lines(words, keep, logits) == [len(words) - 1]


def test_a_tiny_run_as_sure_as_the_story_stays():
    # a paragraph the scrape cut off from the story by a box of dropped lines
    words, keep, logits = runs_of((30, 2.0), (1, 6.0))
    assert stray_lines(words, keep, logits) == []


def test_a_minor_run_goes_when_clearly_less_sure_than_the_story():
    words, keep, logits = runs_of((20, 4.0), (4, 4.0 - MINOR_RUN_MARGIN - 0.3))
    assert stray_lines(words, keep, logits) == [i for i in range(len(words)) if keep[i] and logits[i] < 4.0]


def test_a_minor_run_about_as_sure_as_the_story_stays():
    words, keep, logits = runs_of((20, 4.0), (4, 4.0 - SMALL_RUN_MARGIN - 0.3))
    assert stray_lines(words, keep, logits) == []


def test_a_questions_block_below_a_guide_goes_with_its_links(wcxb_rows, wcxb_html):
    """A home-gym guide (synergycustomfitness.com, WCXB 4643) ends on its sources' links and a "frequently asked
    questions" block the reference leaves out: a run under a third of the guide, scored well below it, goes
    (word-F1 0.90 when only runs under a twentieth of the core's words could go)."""
    row = next(row for row in wcxb_rows if row["file_id"] == "4643")
    text = clean_text(scrape(wcxb_html(row), "html-text")).text
    assert "How much space do I need to set up a home gym on a budget?" not in text
    assert word_prf(text, row["main_content"]).f1 >= 0.95


def test_the_entries_of_a_dated_list_stay_when_as_sure_as_its_first(wcxb_rows, wcxb_html):
    """A blog's index (stackoverflow.blog, WCXB 2903) parts its entries with dropped date, comment-count and tag
    lines; each entry is a small run, under a twentieth of the largest, but scored like it: the entries stay
    (word-F1 0.82 when small runs went whatever their scores)."""
    row = next(row for row in wcxb_rows if row["file_id"] == "2903")
    text = clean_text(scrape(wcxb_html(row), "html-text")).text
    assert "Developer trust is synonymous with a willingness to deploy AI-generated code" in text
    assert word_prf(text, row["main_content"]).f1 >= 0.88


def test_one_very_sure_line_cannot_lift_a_weak_run():
    # clipped at ±8, one line of logit 1000 adds little to a run of 20 weak lines
    words, keep, logits = runs_of((10, 4.0), (20, 0.2))
    logits[-1] = 1000.0
    assert len(stray_lines(words, keep, logits)) == 20


# A story, then a comment thread in the shape scraped from a real blog (theprairiehomestead.com, WCXB 4660):
# a name line, a date line, the comment, a "reply" label, again and again.
STORY = [("The council voted on Tuesday to close the old bridge to cars for the whole of next year, "
          "after engineers found cracks in two of its piers.", 4.0)] * 12
COMMENTS = [
    ("Rachel says", -1.9), ("July 14, 2015 at 7:21 pm", -0.9),
    ("I am about to start my fall garden, and have been discouraged by everyone about the bugs.", 0.3),
    ("reply to comment", -2.6),
    ("Owl says", -1.5), ("June 3, 2020 at 3:01 pm", -0.7),
    ("I have onions growing in every available spot in my raised beds and I figure it helps.", 0.7),
    ("reply to comment", -2.8),
    ("Amy says", -1.0), ("November 24, 2016 at 4:37 pm", -0.1),
    ("Be careful with what you spray on your leaves, my artichokes were not too happy.", 0.8),
    ("reply to comment", -2.0),
]


def thread_of(rows: list[tuple[str, float]]) -> tuple[list[Line], list[int], list[bool], list[float]]:
    lines = [Line(text, False, False) for text, _ in rows]
    logits = [logit for _, logit in rows]
    return lines, [count_words(text) for text, _ in rows], [logit > THRESHOLD for logit in logits], logits


def test_a_comment_thread_below_the_story_goes_by_its_dated_headers():
    lines, words, keep, logits = thread_of(STORY + COMMENTS)
    dropped = thread_lines(lines, words, keep, logits)
    assert [lines[i].text for i in dropped] == [text for text, logit in COMMENTS if logit > THRESHOLD]
    assert header_shape("July 14, 2015 at 7:21 pm") == header_shape("June 3, 2020 at 3:01 pm")
    assert header_shape("Rachel says") is None  # no number: a name alone is no header


def test_a_thread_as_sure_as_the_story_stays():
    rows = STORY + [(text, 4.0 - THREAD_MARGIN + 0.5 if logit > THRESHOLD else logit) for text, logit in COMMENTS]
    assert thread_lines(*thread_of(rows)) == []


def test_a_thread_far_longer_than_the_post_is_the_page_a_forum():
    assert thread_lines(*thread_of(STORY[:1] + COMMENTS * 2)) == []


def test_a_thread_above_the_story_is_not_read_as_its_tail():
    assert thread_lines(*thread_of(COMMENTS + STORY)) == []


def test_numbered_subheadings_the_model_keeps_are_no_thread_headers():
    rows = []
    for step in range(1, 5):
        rows += [(f"Step {step}: Cut the board", 2.0), *STORY[:3]]
    assert thread_lines(*thread_of(rows)) == []


def test_the_rules_replayed_on_scores_decide_as_the_cleaner_does():
    # benchmarks.clean_replay measures rule changes by replaying `decide_scored` on dumped logits
    lines = split_lines((Path(__file__).parent / "fixtures" / "ru_scrape.txt").read_text(encoding="utf-8"))
    categories = [line_category(line.text) for line in lines]
    model = load_model()
    logits = model.score(line_features(lines, categories, model.vocabulary))
    assert decide_scored(lines, categories, logits) == decide_lines(lines)


def test_a_collection_without_a_story_keeps_its_main_list(wcxb_rows, wcxb_html):
    """Apple's "all products" page (WCXB 3069) has no prose story: the model scores its product entries
    under the bar, and the rules used to keep a fifth of the reference; its entries now stay."""
    row = next(row for row in wcxb_rows if row["file_id"] == "3069")
    article = clean_text(scrape(wcxb_html(row), "html-text"))
    score = word_prf(article.text, row["main_content"])
    assert score.recall > 0.45 and score.precision > 0.85


def test_a_text_with_a_story_keeps_its_bar():
    words = [PROSE_WORDS, LIST_ENTRY_WORDS, LIST_ENTRY_WORDS]
    assert no_story_logits([4.0, -1.0, -2.0], words) is None  # a sure line: the model found the story
    lifted = no_story_logits([0.5, -1.0, -2.0], [PROSE_WORDS, LIST_ENTRY_WORDS, MENU_WORDS])
    assert lifted is not None and lifted[1] > THRESHOLD and lifted[2] == -2.0  # a menu word stays down


def test_the_second_pass_over_a_text_without_a_story_keeps_to_the_budget(wcxb_rows, wcxb_html):
    """The rules run again on a text without a story (WCXB 3069, a product collection): a budget spent by
    then stops the cleaning with `timeout` instead of a second pass nobody waits for."""
    row = next(row for row in wcxb_rows if row["file_id"] == "3069")
    lines = split_lines(scrape(wcxb_html(row), "html-text"))
    categories = [line_category(line.text) for line in lines]
    model = load_model()
    logits = model.score(line_features(lines, categories, model.vocabulary))
    assert decide_scored(lines, categories, logits, clock=Clock(60.0)) == decide_scored(lines, categories, logits)
    with pytest.raises(PageRejected) as spent:
        decide_scored(lines, categories, logits, clock=Clock(0.0))
    assert spent.value.status is Status.TIMEOUT
