"""The shipped line model: several seed-trained pairs whose logits are averaged."""

from __future__ import annotations

import numpy as np

from copydesk.clean.features import line_category, line_features
from copydesk.clean.linemodel import line_words, load_model
from copydesk.clean.lines import split_lines
from copydesk.clean.vocab import Vocabulary


def test_model_averages_its_members(seed_scrape):
    model = load_model()
    assert len(model.members) >= 2
    lines = split_lines(seed_scrape)
    rows = line_features(lines, [line_category(line.text) for line in lines], model.vocabulary)
    x = np.asarray(rows)
    each = [member(x, line_words(x)) for member in model.members]
    assert np.allclose(model.score(rows), np.mean(each, axis=0))
    assert not np.allclose(each[0], each[1])  # members differ: they were trained from other seeds


def test_word_counts_are_read_back_from_the_features():
    lines = split_lines("One two three.\nA line of exactly seven words here.\n" + "word " * 250)
    x = np.asarray(line_features(lines, [None] * len(lines), Vocabulary()))
    assert line_words(x).tolist() == [3, 7, 250]
