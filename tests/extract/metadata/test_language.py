"""The story's language: declared tags checked against the text, detected where pages declare none or wrongly."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from copydesk import clean_text, extract, read_record
from copydesk.extract.metadata import detect_language, language


def page(shared_dir: Path, dataset: str, name: str) -> bytes:
    return gzip.decompress((shared_dir / "data" / dataset / "html" / name).read_bytes())


@pytest.mark.parametrize(("name", "language"), [
    ("chinese_article_001.html.gz", "zh"),  # declares nothing
    ("article_with_divs.html.gz", "en"),  # declares nothing
])
def test_a_page_declaring_no_language_gets_the_detected_one(shared_dir: Path, name: str, language: str) -> None:
    article = extract(page(shared_dir, "newspaper4k", name))
    assert article.language == language
    assert article.provenance["language"] == "detected"


def test_a_declared_tag_the_story_contradicts_yields_to_the_detected_language(shared_dir: Path) -> None:
    # <html lang="en-US"> on a German club's page (a theme's default)
    article = extract(page(shared_dir, "trafilatura-eval", "ahlen.de.reparaturcafe.html.gz"))
    assert (article.language, article.provenance["language"]) == ("de", "detected")
    article = extract(page(shared_dir, "trafilatura-eval", "madame.lefigaro.fr.dintestin.html.gz"))
    assert (article.language, article.provenance["language"]) == ("fr", "detected")  # "en" declared


def test_a_declared_tag_the_story_agrees_with_is_kept_as_declared(shared_dir: Path) -> None:
    article = extract(page(shared_dir, "newspaper4k", "spanish_article.html.gz"))
    assert article.language.split("-")[0] == "es" and article.provenance["language"] != "detected"


def test_a_story_mixed_with_another_language_keeps_its_declared_tag(shared_dir: Path) -> None:
    # A German school's page whose tables carry a theme's shortcodes ("[box_colored class=… background=…]"),
    # which CLD2 reads as English: about half the text is German, as declared.
    article = extract(page(shared_dir, "trafilatura-eval", "siegfried-marcus-berufsschule.at.kft.html.gz"))
    assert article.language.split("-")[0] == "de" and article.provenance["language"] != "detected"


@pytest.mark.parametrize(("name", "language"), [
    ("arabic_article.html.gz", "ar"), ("burmese_article.html.gz", "my"), ("thai_article.html.gz", "th"),
    ("japanese_article.html.gz", "ja"), ("chinese_article_002.html.gz", "zh"), ("latvian_article.html.gz", "lv"),
])
def test_scripts_without_spaces_and_right_to_left(shared_dir: Path, name: str, language: str) -> None:
    story = extract(page(shared_dir, "newspaper4k", name)).text
    assert detect_language(story) == language


def test_short_or_empty_text_gets_no_guess() -> None:
    assert detect_language("") is None
    assert detect_language("Read more") is None
    assert detect_language("東京 2024") is None


def test_control_characters_left_by_mojibake_do_not_silence_the_detector() -> None:
    text = "It\xe2\x80\x99s the story of a town that rebuilt its bridge after the flood, and of the people who paid."
    assert detect_language(text) == "en"


def test_text_with_lone_surrogates_is_read_not_refused(seed_record: str) -> None:
    story = read_record(seed_record).text
    assert detect_language("\udc80" + story) == "en"  # a byte decoded with "surrogateescape"
    assert clean_text("\udc80" + seed_record).language == "en"


def test_clean_text_reads_the_language_of_the_kept_lines(seed_record: str) -> None:
    article = clean_text(seed_record)
    assert (article.language, article.provenance["language"]) == ("en", "detected")


def _plain_sample(text: str) -> str | None:
    """What `_read_languages` hands CLD2, the plain way: controls translated out, then too short if fewer than
    `MIN_DETECT_CHARS` characters are left once whitespace is split away (None)."""
    sample = text[:language.DETECT_CHARS].translate(language.CONTROLS)
    return sample if len("".join(sample.split())) >= language.MIN_DETECT_CHARS else None


def test_the_control_and_length_tests_are_the_plain_ones() -> None:
    # one class search stands for `translate`'s table, one anchored match for split-and-join
    assert [c for c in range(0x3000) if language.ANY_CONTROL.search(chr(c))] == sorted(language.CONTROLS)
    spaces = "".join(chr(c) for c in range(0x3100) if chr(c).isspace())  # "\x1c"-"\x1f", NBSP, ideographic space…
    for filler in ("", " ", "\t\n", spaces, "\x01\x85\x9f"):  # the last: controls, dropped before counting
        for letters in (language.MIN_DETECT_CHARS - 1, language.MIN_DETECT_CHARS):
            text = filler + filler.join("xé東"[i % 3] for i in range(letters)) + filler
            sample = text[:language.DETECT_CHARS]
            kept = sample.translate(language.CONTROLS) if language.ANY_CONTROL.search(sample) else sample
            found = kept if language.ENOUGH_TEXT.match(kept) else None
            assert found == _plain_sample(text), (filler, letters)
            assert (found is not None) == (letters >= language.MIN_DETECT_CHARS)
