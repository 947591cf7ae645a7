"""Widget lines by their words alone, and the fast matcher staying equal to the shared vocabulary."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from copydesk import extract, lexicon
from copydesk.extract.boilerplate import is_meta_line
from copydesk.extract.phrases import MAX_PATTERN_CHARS, text_category

FIXTURES = Path(__file__).resolve().parent / "fixtures"
LINES = FIXTURES / "widget_lines.tsv"


def _lines() -> list[tuple[str, str]]:
    rows = [line.split("\t", 1) for line in LINES.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return [(category, text) for category, text in rows]


@pytest.mark.parametrize(("category", "text"), _lines(), ids=[t[:30] for _, t in _lines()])
def test_each_line_gets_its_category(category: str, text: str) -> None:
    assert text_category(text) == (None if category == "-" else category)


@pytest.mark.parametrize(("category", "text"), _lines(), ids=[t[:30] for _, t in _lines()])
def test_the_fast_matcher_agrees_with_the_shared_vocabulary(category: str, text: str) -> None:
    for variant in (text, text.upper(), f"  {text}  ", text[: len(text) // 2]):
        assert text_category(variant) == lexicon.match_text(variant), variant


@pytest.mark.parametrize("name", sorted(path.name for path in FIXTURES.glob("*.html")))
def test_the_fast_matcher_agrees_on_every_line_of_a_page(name: str) -> None:
    """Story lines and chrome alike (the lines whose word keys let most searches be skipped); longer
    blocks are prose by design (`test_long_blocks_are_prose_whatever_they_quote`)."""
    article = extract((FIXTURES / name).read_bytes())
    lines = [block.text for block in article.blocks] + [item.text for item in article.removed]
    for line in lines:
        for variant in (line, f"({line})", f"{line}:", line.replace(" ", "-")):
            if len(variant) <= MAX_PATTERN_CHARS:
                assert text_category(variant) == lexicon.match_text(variant), variant


def test_long_blocks_are_prose_whatever_they_quote() -> None:
    long = "The council said: " + "share this article and support our journalism, " * 10
    assert len(long) > 300 and text_category(long) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("17 October 2024, 09:30", True),
    ("Aktualisiert: 11.04.2020, 10:27 Uhr", True),
    ("23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen", True),
    ("5 min read", True),
    ("Lesezeit: 3 Minuten", True),
    ("Am 4. Juni 2019 begann alles.", False),  # a sentence, not a date line
    ("The ferry will run from 1 November 2024 until the end of March next year", False),
    ("2019 war ein gutes Jahr", False),
])
def test_meta_lines(text: str, expected: bool) -> None:
    assert is_meta_line(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Publié le 3 février 2024", True),  # non-ASCII text takes the `str.isdigit` path
    ("Опубликовано 12 марта 2023", True),
    ("Schöne Grüße aus München", False),  # no digit at all: no date to parse
])
def test_meta_lines_beyond_ascii(text: str, expected: bool) -> None:
    assert is_meta_line(text) is expected


def _class_strings() -> list[str]:
    """Every class (and class + id) string of the fixture pages, collapsed and lower-cased as matched."""
    from selectolax.lexbor import LexborHTMLParser

    found = {"comments-list", "read-next", "author-box", "tags-list", "subscribe-box", "email-capture",
             "gpt-ad-slot", "share-tools", "cookie_banner", "addthis_toolbox", "post-content share-btn"}
    for path in FIXTURES.glob("*.html"):
        for node in LexborHTMLParser(path.read_bytes()).css("[class], [id]"):
            names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
            found.add(" ".join(names.lower().split()))
    return sorted(found)


def test_class_matching_at_candidate_word_starts_agrees_with_one_search() -> None:
    """The word starts found by the patterns' leading letters miss no match the combined regex finds."""
    from copydesk.extract.boilerplate import ATTR_ANY, _first_word_match

    for classes in _class_strings():
        match = re.search(ATTR_ANY, classes, re.I)
        assert _first_word_match(classes) == (match.lastgroup if match else None), classes


@pytest.mark.parametrize("label", ["Accept all", "ACCEPT ALL", "Log In", "login", "No Thanks.", "Got it!", "More",
                                   "Close", "Schließen", "ZURÜCK", "Más", "Подписаться", "ſubſcribe", "o\u212a",
                                   "Accept all?", "Closed", "Read more about it"])
def test_button_labels_in_any_case_agree_with_the_shared_vocabulary(label: str) -> None:
    """ASCII lines take the case-sensitive copy of the labels on their lower case; others ("ſ", the Kelvin
    sign, which fold to ASCII letters) the case-insensitive pattern itself."""
    for variant in (label, label.upper(), label.lower(), label.title(), f" {label} "):
        assert (text_category(variant) == "button") == (lexicon.match_text(variant) == "button"), variant


def test_each_keys_own_search_finds_what_the_parts_whole_search_finds() -> None:
    """A keyed part runs only the alternatives keyed on the text's key tokens: on every line of the fixture
    pages, the widget lines and real lines each phrase matches, that finds a match exactly when the part's
    whole search does (and the category is the shared vocabulary's)."""
    from copydesk.extract.phrases import TEXT_PARTS, _key_tokens

    keyed_lines = (FIXTURES / "keyed_lines.txt").read_text(encoding="utf-8").splitlines()
    lines = {text for _, text in _lines()} | {line for line in keyed_lines if not line.startswith("#")}
    for path in FIXTURES.glob("*.html"):
        article = extract(path.read_bytes())
        lines.update(block.text for block in article.blocks)
        lines.update(item.text for item in article.removed)
    keyed = [part for part in TEXT_PARTS if part.keys is not None]
    assert len(keyed) >= 5
    matched = 0
    for line in sorted(lines):
        lowered = line.strip().lower()
        keys = _key_tokens(lowered)
        for part in keyed:
            assert part.keys is not None
            whole = bool(part.run(lowered))
            matched += whole
            assert whole == any(part.keys[key](lowered) for key in keys if key in part.keys), (part.category, line)
        if len(line) <= MAX_PATTERN_CHARS:
            assert text_category(line) == lexicon.match_text(line), line
    assert matched >= 150  # the equality is tested on matches of every phrase, not only on misses


def test_key_tokens_are_the_keys_among_the_words_and_their_heads() -> None:
    """`_key_tokens` finds keys by one scan for the words that are keys or open with one: the same set as
    every word and every word's head looked up, on the fixture lines and on words a key opens, ends or holds
    (a longer key's head is a key too: "unsere" and "uns"; "cookies" opens with the key "cookie" only)."""
    from copydesk.extract.phrases import ALL_KEYS, HEAD_CHARS, WORD, _key_tokens

    lines = {text for _, text in _lines()}
    lines |= {line for line in (FIXTURES / "keyed_lines.txt").read_text(encoding="utf-8").splitlines()}
    for key in sorted(ALL_KEYS):
        lines |= {key, f"{key}s", f"x{key}", f"_{key}", f"{key}_", f"({key}),{key}-{key}", key[:HEAD_CHARS - 1],
                  f"{key.upper()} {key[:-1]} 1{key} {key}1 {key}é", f"über{key} {key}über"}
    lines |= {"unsere unserem uns", "cookies, cookie", "getty-images and_ _and", "ünsere"}
    found = 0
    for line in sorted(lines):
        lowered = line.strip().lower()
        words = WORD.findall(lowered)
        expected = ALL_KEYS.intersection([*words, *(word[:HEAD_CHARS] for word in words)])
        assert _key_tokens(lowered) == expected, line
        found += bool(expected)
    assert found >= len(ALL_KEYS)


def test_line_starts_grouped_by_first_character_match_as_the_plain_alternation() -> None:
    """`LINE_START` spreads its alternatives' leading groups out and groups them by first character: on every
    line of the fixtures and their variants, the part that matches first (and where the match ends) is the one
    of the alternatives joined as written, in order."""
    from copydesk.extract.phrases import LINE_START, LINE_START_PART, TEXT_PARTS, non_capturing, split_alternatives

    plain, owner = [], []
    for index, part in enumerate(TEXT_PARTS):
        if part.source is not None:
            for alternative in split_alternatives(part.source):
                plain.append(f"{non_capturing(alternative)}()")
                owner.append(index)
    written = re.compile("|".join(plain))
    lines = {text for _, text in _lines()}
    for path in FIXTURES.glob("*.html"):
        article = extract(path.read_bytes())
        lines.update(block.text for block in article.blocks)
        lines.update(item.text for item in article.removed)
    matched = 0
    for line in sorted(lines):
        for variant in (line, line[: len(line) // 2], f"{line} {line}", f"1 {line}", f"© {line}"):
            lowered = variant.strip().lower()
            want, got = written.match(lowered), LINE_START.match(lowered)
            assert (got and (LINE_START_PART[got.lastindex], got.end())) == \
                (want and (owner[want.lastindex - 1], want.end())), variant
            matched += want is not None
    assert matched >= 100


@pytest.mark.parametrize(("text", "part"), [("abc", 0), ("abd", 2), ("xyc", 1), ("zzc", 0), ("ab", 3), ("q", None),
                                             ("QD", 4), ("Qd", 4)])
def test_line_start_grouping_keeps_the_order_where_two_alternatives_match(text: str, part: int | None) -> None:
    """An alternative that may open with any character ("\\w+c") stays between the groups of the alternatives
    written before and after it, so the first one written wins wherever both match."""
    from copydesk.extract.phrases import _line_start, _Part

    def part_of(source: str, flags: int = 0) -> _Part:
        return _Part("share", lambda text: None, None, source, flags)

    parts = (part_of("(?:zz|ab)c"), part_of(r"\w+c"), part_of("ab(?:c|d)"), part_of("ab$"),
             part_of("q(?:d)", re.IGNORECASE))
    pattern, owner = _line_start(parts)
    match = pattern.match(text)
    assert (owner[match.lastindex] if match else None) == part
