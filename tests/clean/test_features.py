"""The line model's features of repeated structure and of the story mass around a line."""

from __future__ import annotations

import gzip

import pytest

from benchmarks.clean_corpus import scrape
from copydesk import clean_text
from copydesk.clean.context import context_rows
from copydesk.clean.features import BASE_NAMES, feature_names, line_category, line_features
from copydesk.clean.linemodel import load_model
from copydesk.clean.lines import SAMPLE_CHARS, Line, count_words, split_lines

STORY = [
    "The council voted on Tuesday to close the old bridge to cars for the whole of next year.",
    "Engineers had warned for months that the steel beams under the deck were rusting faster than expected.",
    "Shop owners on both banks said they feared losing customers while the repairs go on.",
    "A ferry will carry people on foot across the river every twenty minutes during the day.",
    "The city has set aside twelve million euros for the work, which starts in the spring.",
    "Cyclists may still use a narrow lane on the eastern side of the bridge, the council said.",
    "A second vote on the tram line that was meant to cross the bridge was put off to the autumn.",
    "Residents can send their questions to the council until the end of the month.",
]
TEASERS = [
    "Mayor opens new library in the harbour district",
    "The building holds forty thousand books and a cafe.",
    "Bus fares rise for the first time in five years",
    "Single tickets will cost ten cents more from March.",
    "Storm damage closes the coastal path near the lighthouse",
    "Walkers are asked to use the inland route until further notice.",
]
REVIEWS = ["Katie H.", "Great care and friendly staff, we love this clinic.", "Ron J.",
           "Quick appointments and a doctor who listens to you.", "Mallory R.",
           "The nurses are kind and the waiting room is clean."]


def features_of(lines: list[str]) -> list[dict[str, float]]:
    parsed = split_lines("\n".join(lines))
    rows = line_features(parsed, [line_category(line.text) for line in parsed], load_model().vocabulary)
    return [dict(zip(feature_names(), row, strict=True)) for row in rows]


def test_every_row_has_every_named_feature():
    rows = features_of(STORY + TEASERS)
    assert all(len(row) == len(feature_names()) for row in rows)
    assert len(set(feature_names())) == len(feature_names())


def test_teaser_pairs_alternate_and_prose_does_not():
    rows = features_of(STORY + TEASERS)
    story, teasers = rows[: len(STORY)], rows[len(STORY):]
    assert all(row["title_like"] for row in teasers[::2]) and not any(row["title_like"] for row in teasers[1::2])
    assert min(row["alternation"] for row in teasers[1:-1]) > 3 * story[0]["alternation"]
    assert story[0]["shape_run"] > teasers[0]["shape_run"]  # eight prose lines in a row, one title alone


def test_reviewer_names_and_stamps_are_recognised():
    rows = features_of([*STORY, *REVIEWS, "Posted March 3, 2024 at 10:15"])
    names = [row["name_like"] for row in rows]
    assert names[len(STORY)::2][:3] == [1.0, 1.0, 1.0] and not any(names[: len(STORY)])
    assert rows[-1]["stamp"] == 1.0 and not any(row["stamp"] for row in rows[:-1])


def test_stop_words_are_read_against_the_pages_prose():
    rows = features_of(STORY + TEASERS)
    prose = [row for row in rows if row["prose"]]
    assert len(prose) > len(STORY)  # a teaser summary of ten words or more is prose too
    page = sum(row["stop_ratio"] for row in prose) / len(prose)
    assert rows[0]["rel_stop"] == pytest.approx(rows[0]["stop_ratio"] - page)


def test_story_mass_above_and_below():
    logits, words = [8.0, 8.0, -8.0, -8.0], [100, 100, 10, 10]
    rows = context_rows(logits, words)
    above, below = [row[-2] for row in rows], [row[-1] for row in rows]
    assert above[0] == 0.0 and below[-1] == pytest.approx(0.0, abs=1e-9)
    assert below[0] == pytest.approx(0.5, abs=0.01) and above[2] == pytest.approx(1.0, abs=0.01)
    assert below[2] < 0.01  # nothing of the story lies below the first teaser


def test_a_review_block_below_a_story_is_dropped():
    article = clean_text("\n".join([*STORY, "More stories", *REVIEWS]))
    assert [block.text for block in article.blocks] == STORY


def test_teaser_pairs_below_a_story_score_below_every_story_line():
    # Teasers written as plain news sentences are the hard case: one of these six lines scores above the keep
    # threshold, and all lie close below the story's weakest line (its first). The run they form is dropped as a
    # whole: its mean score is far below the story's (`decide.WEAK_RUN_MARGIN`).
    lines = split_lines("\n".join([*STORY, "More stories", *TEASERS]))
    model = load_model()
    scores = model.score(line_features(lines, [line_category(line.text) for line in lines], model.vocabulary))
    story, opener, teasers = scores[: len(STORY)], scores[len(STORY)], scores[len(STORY) + 1:]
    assert opener < 0 and max(teasers) < min(story)
    article = clean_text("\n".join([*STORY, "More stories", *TEASERS]))
    assert [block.text for block in article.blocks] == STORY


def test_a_long_line_is_read_by_its_head_and_tail():
    text = "Opening words of a flattened page. " + "filler " * 10_000 + "and its closing sentence."
    line = Line(text=text, gap_before=False, gap_after=False)
    assert len(line.sample) == SAMPLE_CHARS + 1
    assert line.sample.startswith("Opening words") and line.sample.endswith("closing sentence.")
    assert abs(count_words(text) - len(text.split())) < 0.01 * len(text.split())
    short = Line(text="A short line.", gap_before=False, gap_after=False)
    assert short.sample is short.text and count_words(short.text) == 3


def test_a_converters_bullet_is_not_read_as_the_lines_words():
    texts = ("* Anxiety (30) items", "Anxiety (30) items", "o Moore Equity", "Moore Equity", "o que é", "que é")
    rows = line_features([Line(text, False, False) for text in texts], [None] * len(texts), load_model().vocabulary)
    own = [row[:len(BASE_NAMES)] for row in rows]  # the line's own shape and words, before its neighbours
    assert own[0] == own[1] and own[2] == own[3]
    assert own[4] != own[5]  # a Portuguese "o" before a lower-case word is a word


def test_a_menu_rendered_as_a_bulleted_list_is_dropped(shared_dir):
    # psychiatry.org's article under inscriptis, which writes every list item as "* item": the blog's category
    # menu below the story read as a list of the story's own
    html = gzip.decompress((shared_dir / "data" / "wcxb-dev" / "html" / "0192.html.gz").read_bytes())
    article = clean_text(scrape(html, "inscriptis"))
    assert "Biomarkers are measurable indicators" in article.text
    assert "Addiction (16) items in category" not in article.text
