"""`benchmarks.train_pagetype` fingerprints the rows it trains from, so a stale model file is found."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from benchmarks.datasets import Page
from benchmarks.label_blocks import analyse
from benchmarks.train_pagetype import OUT, Row, check, read_page, rows_digest
from copydesk.extract.pagetype import feature_names

FIXTURE = Path(__file__).parent / "extract" / "fixtures" / "article_with_widgets.html"
# Between the day `train_pagetype` once dated pages against (2026-01-01) and `label_blocks`' (2026-12-01).
MID_2026 = b'<meta property="article:published_time" content="2026-06-15T09:00:00Z">\n</head>'


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


def test_the_page_type_and_story_rows_date_a_page_alike() -> None:
    """Both training scripts read a page dated mid-2026 as dated, as `extract` does today (86 pages of the sets
    were undated in the page-type rows and dated in the story rows)."""
    html = FIXTURE.read_bytes().replace(b"</head>", MID_2026)
    page = Page("wcxb", "dated", "https://example.com/news/sea-wall", html, "tune", page_type="article",
                main_content="")
    row, analysed = read_page(page), analyse(page)
    assert row is not None and analysed is not None
    *_, story_row = analysed  # the page-type row `label_blocks` trains the story model after
    assert row.features[feature_names().index("has_published")] == 1.0
    assert row.features == list(story_row)
