"""`benchmarks.train_abstain` scores a withheld value as the metric does, and trains deterministically."""

from __future__ import annotations

import numpy as np
from selectolax.lexbor import LexborHTMLParser

from benchmarks.abstain_features import page_evidence
from benchmarks.train_abstain import Row, fit, outcome, predict

PAGE = """<html lang="en"><head><title>Book Reviews</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article", "headline": "Book Reviews",
 "datePublished": "2012-09-20T14:49:47+00:00", "author": {"@type": "Person", "name": "Ann Lee"}}</script></head>
<body><h1>Book Reviews</h1><p>By Ann Lee</p><p>September 20, 2012</p>
<p>A review is a critical evaluation of a text, and above all it makes an argument about it.</p></body></html>"""


def _row(dataset: str, right: bool, has_reference: bool) -> Row:
    return Row(dataset, "k", "tune", 0, "date", [1.0], right, has_reference, True)


def test_withholding_is_right_only_where_the_reference_has_none() -> None:
    assert outcome(_row("wcxb", False, False), True) == (True, False, False)  # WCXB wants no value: gained
    assert outcome(_row("wcxb", True, True), True) == (False, False, True)  # a right value withheld: lost
    assert outcome(_row("trafilatura", False, True), True) == (False, False, True)  # wrong → missing, still a miss
    assert outcome(_row("wcxb", False, True), False) == (False, True, False)  # a wrong value given


def test_the_model_is_deterministic_and_learns_a_clear_signal() -> None:
    x = np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 0.5], [1.0, 0.2]] * 5)
    y = np.array([0.0, 1.0, 0.0, 1.0] * 5)
    model = fit(x, y)
    assert model == fit(x, y)
    p = predict(model, np.array([[1.0, 0.1], [0.0, 0.9]]))
    assert p[0] > 0.5 > p[1]


def test_features_read_the_value_found_and_where_it_is_printed() -> None:
    meta, evidence = page_evidence(LexborHTMLParser(PAGE), "https://writinghelp.example/tips/book-reviews/")
    assert meta.published and meta.authors == ("Ann Lee",)
    date, author = evidence["date"], evidence["author"]
    assert date[0] == 1.0  # from JSON-LD
    assert date[9] == 1.0  # the day printed by the headline
    assert author[8] == 1.0  # the name printed on the page
