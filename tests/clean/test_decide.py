"""The rules that overrule or tidy the line model's keep/drop: runs away from the story."""

from __future__ import annotations

from copydesk.clean.decide import CORE_GAP, WEAK_RUN_MARGIN, stray_lines
from copydesk.clean.lines import Line

PROSE = "The council voted on Tuesday to close the old bridge to cars for the whole of next year."  # 18 words


def runs_of(*runs: tuple[int, float]) -> tuple[list[Line], list[bool], list[float]]:
    """Runs of kept prose lines (count, logit each), separated by enough dropped lines to split them."""
    lines, keep, logits = [], [], []
    for count, logit in runs:
        if lines:
            gap = CORE_GAP + 1
            lines += [Line("Menu", False, False)] * gap
            keep += [False] * gap
            logits += [-5.0] * gap
        lines += [Line(PROSE, False, False)] * count
        keep += [True] * count
        logits += [logit] * count
    return lines, keep, logits


def test_a_long_run_far_less_sure_than_the_story_is_stray():
    story, thread = 4.0, 4.0 - WEAK_RUN_MARGIN - 0.5  # a comment thread: prose, but weakly story-like
    lines, keep, logits = runs_of((10, story), (30, thread))
    stray = stray_lines(lines, keep, logits)
    assert stray == [i for i in range(len(lines)) if keep[i] and logits[i] == thread]


def test_a_second_run_as_sure_as_the_story_stays_however_far():
    lines, keep, logits = runs_of((10, 4.0), (8, 4.0 - WEAK_RUN_MARGIN + 0.5))
    assert stray_lines(lines, keep, logits) == []


def test_a_tiny_run_is_stray_even_when_sure():
    lines, keep, logits = runs_of((30, 2.0), (1, 6.0))
    assert stray_lines(lines, keep, logits) == [len(lines) - 1]


def test_one_very_sure_line_cannot_lift_a_weak_run():
    # clipped at ±8, one line of logit 1000 adds little to a run of 20 weak lines
    lines, keep, logits = runs_of((10, 4.0), (20, 0.2))
    logits[-1] = 1000.0
    assert len(stray_lines(lines, keep, logits)) == 20
