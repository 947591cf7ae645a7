"""`benchmarks.train_pagetype` fingerprints the rows it trains from, so a stale model file is found."""

from __future__ import annotations

import dataclasses
import json

from benchmarks.train_pagetype import OUT, Row, check, rows_digest


def _row(key: str, features: list[float]) -> Row:
    return Row("wcxb", key, "tune", 0, "article", features, False, "ok", None, (1.0, 1.0), None)


def test_the_fingerprint_follows_the_features_and_labels_not_the_scores() -> None:
    rows = [_row("0001", [0.5, float("nan")]), _row("0002", [1.0, 2.0])]
    same = rows_digest(rows)
    assert rows_digest([dataclasses.replace(rows[0], f1=(0.2, 0.3)), rows[1]]) == same  # a score: report only
    assert rows_digest([dataclasses.replace(rows[0], features=[0.5, 0.0]), rows[1]]) != same
    assert rows_digest([dataclasses.replace(rows[0], label="listing"), rows[1]]) != same
    assert rows_digest(rows[::-1]) != same


def test_check_says_a_model_trained_from_other_rows_is_stale(tmp_path) -> None:
    rows = [_row("0001", [0.5, 1.0])]
    data = json.loads(OUT.read_text("utf-8"))
    path = tmp_path / OUT.name
    path.write_text(json.dumps({**data, "rows": rows_digest(rows)}), "utf-8")
    assert check(rows, path) == []
    assert "other page rows" in check([_row("0001", [0.5, 1.5])], path)[0]
