"""The rules that overrule or tidy the line model's keep/drop: runs away from the story."""

from __future__ import annotations

from copydesk.clean.decide import CORE_GAP, WEAK_RUN_MARGIN, stray_lines

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


def test_a_tiny_run_is_stray_even_when_sure():
    words, keep, logits = runs_of((30, 2.0), (1, 6.0))
    assert stray_lines(words, keep, logits) == [len(words) - 1]


def test_one_very_sure_line_cannot_lift_a_weak_run():
    # clipped at ±8, one line of logit 1000 adds little to a run of 20 weak lines
    words, keep, logits = runs_of((10, 4.0), (20, 0.2))
    logits[-1] = 1000.0
    assert len(stray_lines(words, keep, logits)) == 20
