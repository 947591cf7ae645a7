"""What a block's words are, in any script (`copydesk.extract.storywords`): inputs of the story model."""

from __future__ import annotations

import numpy as np
import pytest

from copydesk.extract.pagetext import joined_text
from copydesk.extract.storywords import (
    OVERLAP_FEATURES,
    SAMPLE_CHARS,
    WORD_FEATURES,
    overlap_columns,
    page_words,
    word_columns,
)
from copydesk.lexicon import function_words

TEXTS = [
    "Home News Sport Weather Contact",  # a menu: no function words
    "The council said on Tuesday that the new bridge over the river would open in the spring.",  # prose
    "Der Rat sagte am Dienstag, dass die neue Brücke über den Fluss im Frühjahr eröffnet wird.",  # prose, German
    "北京市政府周二宣布，新大桥将于明年春天通车。",  # Chinese: no spaced words
    "",
    "ร้านค้าใหม่เปิดให้บริการแล้ว ลูกค้าสามารถสั่งซื้อได้ทุกวัน",  # Thai
]


def _columns(texts: list[str], title: str | None) -> dict[str, np.ndarray]:
    text = joined_text(texts)
    words, owner = page_words(text)
    rows = np.hstack([word_columns(text, words, owner), overlap_columns(title, words, owner, len(texts))])
    assert rows.shape == (len(texts), len(WORD_FEATURES) + len(OVERLAP_FEATURES))
    return {name: rows[:, i] for i, name in enumerate((*WORD_FEATURES, *OVERLAP_FEATURES))}


def test_prose_reads_its_function_words_in_any_listed_language_and_a_menu_none() -> None:
    columns = _columns(TEXTS, None)
    share = columns["function_share"]
    assert share[0] == 0.0
    assert share[1] > 0.3 and share[2] > 0.3  # "the", "on", "that", "over", "would", "in" / "der", "am", "dass"…
    assert share[4] == 0.0  # an empty block has no words, not a share


def test_a_block_in_a_script_without_spaces_says_so_rather_than_reading_as_no_prose() -> None:
    columns = _columns(TEXTS, None)
    unspaced = columns["unspaced"]
    assert unspaced[:3].tolist() == [0.0, 0.0, 0.0] and unspaced[4] == 0.0
    assert unspaced[3] > 0.8 and unspaced[5] > 0.8  # Chinese and Thai (its spaces and marks are few)
    assert columns["function_share"][3] == 0.0  # no function word is listed for them: the column above tells why


def test_the_title_overlap_reads_words_both_ways_without_function_words() -> None:
    texts = ["Acme Trail Runner 2 shoes", "The Acme Trail Runner 2 is a light shoe for long runs on rough ground.",
             "Our newsletter: the best deals every week", "Read next: the ten best tents of the year"]
    columns = _columns(texts, "Acme Trail Runner 2 – review")
    of_title, in_title = columns["of_title"], columns["in_title"]
    assert of_title[0] == pytest.approx(4 / 5) and of_title[1] == pytest.approx(4 / 5)  # "review" is not in them
    assert in_title[0] == pytest.approx(4 / 5)  # "shoes" is not in the title
    assert 0.0 < in_title[1] < in_title[0]  # the description says more than the name
    assert of_title[2] == of_title[3] == 0.0 and in_title[2] == in_title[3] == 0.0
    assert "the" in function_words() and _columns(["the the the"], "The story")["in_title"][0] == 0.0
    assert not _columns(texts, None)["of_title"].any() and not _columns(texts, "")["in_title"].any()


def test_units_of_a_script_without_spaces_are_its_characters() -> None:
    texts = ["新大桥通车", "天气预报", "大桥 news"]
    columns = _columns(texts, "新大桥")
    assert columns["of_title"].tolist() == [1.0, 0.0, pytest.approx(2 / 3)]
    assert columns["in_title"][0] == pytest.approx(3 / 5) and columns["in_title"][2] == pytest.approx(2 / 3)


def test_words_are_read_in_a_blocks_opening_and_a_separator_inside_a_text_changes_nothing() -> None:
    long = "menu " * (SAMPLE_CHARS // 5) + "the of and to in"  # the function words past the opening
    texts = ["the river rose", long, "code\nwith a line break", "the end"]
    words, owner = page_words(joined_text(texts))
    assert words.count("menu") == SAMPLE_CHARS // 5 and "of" not in words
    assert owner.tolist() == sorted(owner.tolist()) and set(owner.tolist()) == {0, 1, 2, 3}
    assert [w for w, o in zip(words, owner) if o == 2] == ["code", "with", "a", "line", "break"]
    assert _columns(texts, None)["function_share"][1] == 0.0
