"""Text → one lexbor tree, with the limits checked before and after parsing."""

from __future__ import annotations

import pytest

from copydesk.html import Clock, PageRejected, check_input, parse_html
from copydesk.model import Status
from copydesk.options import ExtractOptions

PAGE = "<html><head><title>Köln</title></head><body><p>Grüße aus Köln — Привет</p></body></html>"


def test_parsing_the_utf8_bytes_gives_the_same_tree_as_the_text() -> None:
    options, clock = ExtractOptions(), Clock(5.0)
    from_text = parse_html(PAGE, options, clock)
    from_bytes = parse_html(PAGE, options, clock, utf8=PAGE.encode())
    assert from_text.body.text() == from_bytes.body.text() == "Grüße aus Köln — Привет"


def test_the_tree_is_the_markup_as_written() -> None:
    """No mutation events: an <option> is not cloned into <selectedcontent>, as a browser would show it."""
    page = "<body><select><selectedcontent></selectedcontent><option>Köln</option></select><p>Text</p></body>"
    tree = parse_html(page, ExtractOptions(), Clock(5.0))
    assert tree.body.text() == "KölnText"
    assert tree.css_first("selectedcontent").text() == ""


@pytest.mark.parametrize(("data", "status"), [
    (b"", Status.EMPTY),
    (b" \n\t\xef\xbb\xbf", Status.EMPTY),
    ("\ufeff  ", Status.EMPTY),
    (bytes(range(32)) * 30, Status.ERROR),
    (b"<p>x</p>" * 200, Status.TOO_LARGE),
])
def test_check_input_refuses_with_a_status(data: bytes | str, status: Status) -> None:
    with pytest.raises(PageRejected) as refused:
        check_input(data, ExtractOptions(max_bytes=1000))
    assert refused.value.status == status and refused.value.reason


def test_check_input_lets_a_page_through() -> None:
    check_input(PAGE.encode(), ExtractOptions())


def test_markup_nested_past_the_limit_is_refused_before_lexbor_sees_it() -> None:
    deep = "<div>" * 30_000 + "x" + "</div>" * 30_000
    with pytest.raises(PageRejected) as refused:
        parse_html(deep, ExtractOptions(max_depth=500), Clock(5.0))
    assert refused.value.status == Status.TOO_LARGE and "nesting" in refused.value.reason


def test_a_spent_clock_raises_a_timeout() -> None:
    clock = Clock(1e-9)
    with pytest.raises(PageRejected) as refused:
        clock.check("a test")
    assert refused.value.status == Status.TIMEOUT and "a test" in refused.value.reason
