"""Learnt word weights: what the table holds and how a line is read against it."""

from __future__ import annotations

import pytest

from copydesk.clean.linemodel import load_model
from copydesk.clean.vocab import Vocabulary, word_keys


def test_a_line_is_read_word_by_word_against_the_table():
    table = Vocabulary({"reply": -2.0, "the": 0.5, "0": -1.0})
    mean, low, high, known = table.line_stats("Reply to the 12 comments")
    assert (low, high) == (-2.0, 0.5)
    assert mean == pytest.approx(-2.5 / 3)
    assert known == pytest.approx(3 / 5)
    assert table.line_stats("Ответить на комментарий") == (0.0, 0.0, 0.0, 0.0)  # nothing known: no lean


def test_numbers_are_one_word():
    assert word_keys("2024 7") == ["0", "0"]
    assert word_keys("Covid19") == ["covid0"]


def test_words_are_found_before_lower_casing():
    assert word_keys("İSTANBUL İç") == ["i̇stanbul", "i̇ç"]  # "İ" lower-cases to i + a combining dot


def test_the_shipped_table_knows_widget_words_from_story_words():
    weights = load_model().vocabulary.weights
    for word in ("impressum", "datenschutz", "cookies", "newsletter", "subscribe", "facebook"):
        assert weights[word] < -1.5, word
    for word in ("however", "although", "jedoch", "allerdings"):
        assert weights[word] > 0.5, word
