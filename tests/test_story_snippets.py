"""`benchmarks.story_snippets` names why each block is in or out of the shipped story."""

from __future__ import annotations

import numpy as np

from benchmarks.story_snippets import decision_of, logit_class


def test_each_block_gets_the_decision_that_put_it_in_or_out() -> None:
    rules = np.array([True, True, False, False, True, True])
    decided = np.array([True, False, True, False, True, True])  # block 1 dropped by the margin, 2 added
    story = np.array([True, False, True, False, False, True])  # block 4 a copy
    keep = np.array([True, False, True, False, False, False])  # block 5 trimmed
    assert [decision_of(i, rules, decided, story, keep) for i in range(6)] == [
        "kept: rules kept, model agreed", "out: rules kept, model dropped", "kept: model added",
        "out: rules dropped, model agreed", "out: copy of an earlier block", "out: article's trim"]


def test_logits_fall_in_the_margins_bins() -> None:
    assert [logit_class(x) for x in (-4.0, -2.0, -1.5, -0.2, 0.5, 2.0, 5.0)] == [
        "<= -3", "-3 .. -1.5", "-3 .. -1.5", "-1.5 .. +0", "+0 .. +1", "+1 .. +3", "> +3"]
