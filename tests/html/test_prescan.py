"""Parse-time budgets: markup that would make lexbor's parse super-linear is refused before parsing."""

from __future__ import annotations

import gzip

import pytest

import copydesk
from copydesk.html import decode_html, prescan
from copydesk.html.prescan import (
    ATTRIBUTE,
    BOUNDARIES,
    FORMATTING_START,
    LONG_TAG_CHARS,
    SAFE_ATTRIBUTE_WORK,
    _long_pieces,
    _most_attributes,
    count_tags,
    formatting_bound,
    long_tag_work,
    markup_codes,
    needs_replay,
    parse_work,
)
from copydesk.model import Status

N = 100_000
HOSTILE = {
    "stray end tags": "<div></section>" * N,  # 41 s on main
    "nested address": "<address>" * N,  # 17 s on main
    "one element, 100k attributes": "<div " + " ".join(f"a{i}" for i in range(N)) + ">x</div>",  # 17 s on main
    "nested x-custom": "<x-custom>" * N,
    "formatting clones": "".join(f"<b id={i}><p>" for i in range(N // 10)),
    "adoption agency": "".join(f"<i class=c{i}><div>x</i>" for i in range(N // 10)),
    "1000 elements of 1000 attributes": ("<i " + " ".join(f"a{j}" for j in range(1000)) + ">") * 1000,
    "attributes behind a quoted >": '<div a=">" ' + " ".join(f"b{i}" for i in range(N)) + ">x</div>",
    # no separator at all: after a quoted value the tokenizer starts the next attribute at once (5 s at 40k)
    "attributes glued to quoted values": "<div " + "".join(f'a{i}=""' for i in range(N // 2)) + ">x</div>",
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_markup_is_refused_within_the_budget(name):
    # "predicted": refused on the prescan's count of the parse work, before lexbor saw the page (how fast the
    # count is, is timed by `benchmarks.bench_hostile pathological`, not here)
    article = copydesk.extract("<html><body>" + HOSTILE[name])
    assert article.status is Status.TOO_LARGE, article.reason
    assert "predicted" in (article.reason or "")


def test_the_reason_names_the_limit():
    article = copydesk.extract("<html><body>" + HOSTILE["nested address"])
    assert "nesting depth over 512" in (article.reason or "") and "25,000,000" in (article.reason or "")


def test_real_pages_pass_the_prescan_and_most_skip_the_replay(shared_dir):
    root = shared_dir / "data" / "wcxb-dev" / "html"
    replayed = 0
    for path in sorted(root.glob("*.html.gz"))[:60]:
        text, _ = decode_html(gzip.decompress(path.read_bytes()))
        if needs_replay(text, text.count("<")):
            replayed += 1
        work, _, elements = parse_work(text, 10**12, 10**9)
        assert work < 25_000_000 and elements < 250_000, path.name
    assert replayed <= 6


def test_properly_closed_markup_costs_little():
    page = "<html><body>" + "<div><p><b>bold</b> and <i>italic</i> text</p></div>" * 5000
    work, deepest, _ = parse_work(page, 10**12, 10**9)
    assert deepest <= 5 and work < 1_000_000


@pytest.mark.parametrize(("attributes", "over"), [(4_900, False), (5_100, True)])
def test_long_tags_are_counted_where_their_length_does_not_settle_the_limit(attributes, over):
    """Tags' lengths bound their attributes (here to ~10^8 steps, far over the limit), so the
    longest are counted: 4,900 attributes (and the tag's name) cost 4.8M steps, 5,100 cost 5.2M."""
    many = "<div " + " ".join(f"a{i}" for i in range(attributes)) + ">x</div>"
    one_long_value = '<div data-x="' + "a" * 3000 + '">y</div>'  # 3,000 characters, one attribute
    text = "<html><body>" + one_long_value * 3 + many + "<p>" + "words " * 400 + "</p>"
    assert (long_tag_work(text, SAFE_ATTRIBUTE_WORK) > SAFE_ATTRIBUTE_WORK) is over
    assert needs_replay(text, text.count("<")) is over


def _split_long(text: str) -> list[str]:
    return [piece for piece in text.split(">") if len(piece) > LONG_TAG_CHARS]


@pytest.mark.parametrize("text", [
    "", ">", ">>>", "a" * LONG_TAG_CHARS, "a" * (LONG_TAG_CHARS + 1), "a" * (LONG_TAG_CHARS + 1) + ">",
    ">" + "a" * (LONG_TAG_CHARS + 1), ">" + "a" * LONG_TAG_CHARS + ">", ("a" * (LONG_TAG_CHARS - 1) + ">") * 9,
    ("b" * (LONG_TAG_CHARS + 1) + ">") * 3 + "c" * (LONG_TAG_CHARS + 1), ">" * 2000 + "d" * 5000 + ">" * 3,
    "".join(f"<p class=x{i}>" + "e" * (i * 37 % 900) for i in range(300)),
])
def test_long_pieces_are_the_long_pieces_of_the_split(text):
    assert _long_pieces(text) == _split_long(text)


def test_long_pieces_of_real_pages(wcxb_rows, wcxb_html):
    for row in wcxb_rows[:40]:
        text, _ = decode_html(wcxb_html(row))
        assert _long_pieces(text) == _split_long(text), row["file_id"]


def test_formatting_start_tags_are_found_in_any_case():
    """Case-folded as `re.I` folds them ("ſ" is an "s", "İ" an "i"), whatever else the tags look like."""
    text = "<İ> <ı> <ſtrong> <B> <Strike x> <tt/> <u\n> <div> <a> <STRONG> <span> <i\t> <bIG> <em> <e> <sub> <nobr>"
    assert FORMATTING_START.findall(text) == ["<İ>", "<ı>", "<ſtrong>", "<B>", "<Strike ", "<tt/", "<u\n", "<STRONG>",
                                              "<i\t", "<bIG>", "<em>", "<nobr>"]


@pytest.mark.parametrize("tag", [
    "<div " + " ".join(f"a{i}" for i in range(3000)),  # names alone
    "<div " + "".join(f'a{i}=""' for i in range(3000)),  # glued to quoted values
    "<div " + "/".join("a" * 3000),  # one-letter names between slashes
    "<div " + " ".join("a=" for _ in range(3000)),  # empty unquoted values
    "<div " + " ".join(f"a{i}='x' \"junk\"" for i in range(1000)),  # stray quotes
    '<path d="' + "M 1 2 L 3 4 " * 600 + '"',  # one long value full of spaces
])
def test_a_tags_length_bounds_the_work_its_attributes_are_counted_at(tag):
    """`long_tag_work` skips counting the tags whose `_most_work` settles the limit, and counts a tag's
    attributes only where its boundaries (separators, quotes) do not settle it: both must bound the count."""
    attributes = len(ATTRIBUTE.findall(tag, 1))
    assert attributes <= _most_attributes(len(tag))
    assert attributes <= sum(tag.count(mark) for mark in BOUNDARIES) + 1


FOLDED_TAGS = "<İ> <ı> <ſtrong> <B> <Strike x> <tt/> <u\n> <div> <a> <STRONG> <span> <i\t> <bIG> <em> <e> <sub> <nobr>"


@pytest.mark.parametrize("text", [
    "", "<", "a<", "<b", "<b>", FOLDED_TAGS, "é<ü>€<𝄞>", "<b\x1c> <s\u3000> <i\x85> <u\xa0> <bıg> <ſmall>",
    "".join(f"<{name}{end}" for name in ("b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike",
                                          "strong", "tt", "u", "br", "bdi", "sup", "section", "table", "ul")
            for end in (">", "/", " ", "\t", "\x1f", "x", "\u2003")),
])
def test_the_bytes_count_the_tags_and_bound_the_formatting_tags(text):
    """`markup_codes`' scans read the UTF-8 bytes as the string scans read the text: the same `<`, and at least
    as many formatting tags as `FORMATTING_START` finds (case-folded letters and non-ASCII spaces included)."""
    codes = markup_codes(text.encode("utf-8"))
    assert count_tags(text, codes) == text.count("<")
    assert formatting_bound(codes) >= len(FORMATTING_START.findall(text))


@pytest.mark.parametrize("tag", ["<ſtrong>", "<İ>", "<b\x1c>", "<s\u3000>", "<bıg>", "<STRIKE/>", "<tt>"])
def test_many_formatting_tags_are_replayed_whether_the_page_came_as_bytes_or_text(tag):
    """A page over FEW_TAGS tags with over SAFE_FORMATTING formatting tags is replayed by either scan (the bytes'
    bound must not let a case-folded or non-ASCII-spaced tag through); one with fewer is not."""
    for count, replayed in ((301, True), (300, False)):
        text = "<html><body>" + "<p>x</p>" * 1000 + (tag + "x") * count
        assert needs_replay(text, text.count("<")) is replayed
        codes = markup_codes(text.encode("utf-8"))
        assert needs_replay(text, count_tags(text, codes), codes) is replayed


def test_real_pages_get_the_same_prescan_from_their_bytes(shared_dir):
    root = shared_dir / "data" / "wcxb-dev" / "html"
    for path in sorted(root.glob("*.html.gz"))[:60]:
        data = gzip.decompress(path.read_bytes())
        text, encoding = decode_html(data)
        if encoding != "utf-8":
            continue
        codes = markup_codes(data)
        assert count_tags(text, codes) == text.count("<"), path.name
        assert formatting_bound(codes) >= len(FORMATTING_START.findall(text)), path.name
        assert needs_replay(text, count_tags(text, codes), codes) is needs_replay(text, text.count("<")), path.name


def test_the_bytes_tables_follow_the_formatting_names(monkeypatch):
    """The pattern and the bytes' bound are built from one list: a name added to it is counted by both."""
    names = (*prescan.FORMATTING_NAMES, "mark")
    monkeypatch.setattr(prescan, "FORMATTING_NAMES", names)
    prescan._formatting_tables.cache_clear()
    try:
        text = "<mark>x</mark> <MARK class=a> <marker>"
        assert len(prescan._formatting_pattern(names).findall(text)) == 2
        assert formatting_bound(markup_codes(text.encode("utf-8"))) >= 2
    finally:
        prescan._formatting_tables.cache_clear()
