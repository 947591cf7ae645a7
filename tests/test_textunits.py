"""Text measured alike in every script (issue 14, item 4), on real newspaper4k pages."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from copydesk import extract
from copydesk.textunits import (
    FULL_STOPS,
    SENTENCE_MARKS,
    has_full_stop,
    has_sentence_end,
    has_sentence_mark,
    text_size,
    text_units,
)

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "newspaper4k"


def test_spaced_scripts_measure_as_before() -> None:
    text = "The council voted on Tuesday — nine votes to four."
    assert text_size(text) == len(text)
    assert text_units(text) == len(text.split())


def test_a_chinese_sentence_measures_like_its_english_translation() -> None:
    chinese = "市议会周二投票决定将夜间公交服务延伸到东部地区。"  # 23 characters, ~12 words
    english = "The city council voted on Tuesday to extend the night bus service to the eastern districts."
    assert 0.6 < text_size(chinese) / len(english) < 1.5
    assert 8 <= text_units(chinese) <= 16


def test_mixed_text_counts_each_run_once() -> None:
    assert text_units("iPhone 发布会 2024") == pytest.approx(2 + 3 / 1.7)


@pytest.mark.parametrize("text", ["这是一句话。", "これは文です。", "ဒါဟာ စာကြောင်းပါ။", "هذه جملة؟", "यह वाक्य है।",
                                  "ประโยคแรกจบแล้ว ประโยคที่สองเริ่ม"])
def test_sentence_ends_in_every_script(text: str) -> None:
    assert has_sentence_end(text) and has_sentence_mark(text)


def test_a_teaser_ending_on_an_ellipsis_is_no_sentence_end() -> None:
    assert not has_sentence_end("Read the whole story…")


def _pages() -> list[dict]:
    return [json.loads(line) for line in (SHARED / "expected.jsonl").read_text("utf-8").splitlines()]


@pytest.mark.skipif(not SHARED.exists(), reason="needs ../shared/data")
@pytest.mark.parametrize("name", ["chinese_article.html.gz", "chinese_article_001.html.gz",
                                  "japanese_article.html.gz", "japanese_article2.html.gz",
                                  "burmese_article.html.gz"])
def test_stories_in_unspaced_scripts_are_stories(name: str) -> None:
    row = next(r for r in _pages() if r["file"] == name)
    article = extract(gzip.decompress((SHARED / "html" / name).read_bytes()), url=row.get("url"))
    assert article.ok, article.reason
    assert row["text"][:40].replace(" ", "") in article.text.replace(" ", "").replace("\n", "")


def test_sentence_marks_are_exactly_the_listed_characters() -> None:
    """Each mark alone is found, and no other character of the Basic Multilingual Plane is."""
    for char in map(chr, range(0x10000)):
        assert has_sentence_end(f"a{char}b") is (char in FULL_STOPS), hex(ord(char))
        assert has_full_stop(f"a{char}b") is (char in FULL_STOPS), hex(ord(char))
        assert has_sentence_mark(f"a{char}b") is (char in SENTENCE_MARKS), hex(ord(char))
