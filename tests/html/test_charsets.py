"""Lying charsets: only WHATWG labels count; a decode that is mostly U+FFFD is no story."""

from __future__ import annotations

import gzip
import re

import pytest

import copydesk
from copydesk.html.charsets import REPLACEMENT, codec_for_label
from copydesk.model import Status


@pytest.fixture(scope="module")
def ascii_page(shared_dir) -> tuple[bytes, str]:
    """A real English page made pure ASCII (entities for the rest), and its story as read without any label."""
    raw = gzip.decompress((shared_dir / "data" / "wcxb-dev" / "html" / "0003.html.gz").read_bytes())
    text = raw.decode("utf-8", "replace")
    text = re.sub(r"<meta[^>]*charset[^>]*>", "", text, flags=re.I)
    page = text.encode("ascii", "xmlcharrefreplace")
    article = copydesk.extract(page, options=copydesk.ExtractOptions(today="2026-12-06"))
    assert article.ok and len(article.text) > 500
    return page, article.text


def _labelled(page: bytes, label: str) -> bytes:
    return page.replace(b"<head>", b'<head><meta charset="' + label.encode() + b'">', 1)


@pytest.mark.parametrize("label", ["utf-32", "cp500", "utf-7", "hex", "base64", "rot13", "utf_32_be", "mbcs"])
def test_labels_outside_the_standard_are_ignored(ascii_page, label):
    page, story = ascii_page
    labelled = _labelled(page, label)
    assert labelled != page
    article = copydesk.extract(labelled, options=copydesk.ExtractOptions(today="2026-12-06"))
    assert article.ok and article.text == story


@pytest.mark.parametrize("label", ["utf-32", "cp500", "hex"])
def test_http_labels_outside_the_standard_are_ignored(ascii_page, label):
    page, story = ascii_page
    article = copydesk.extract(page, options=copydesk.ExtractOptions(today="2026-12-06", http_charset=label))
    assert article.ok and article.text == story


def test_a_replacement_encoding_label_is_an_error(ascii_page):
    page, _ = ascii_page
    article = copydesk.extract(_labelled(page, "iso-2022-kr"))
    assert article.status is Status.ERROR and "U+FFFD" in (article.reason or "")


def test_a_decode_that_is_mostly_replacement_characters_is_an_error():
    article = copydesk.extract("<html><body><p>" + "\ufffd" * 2000 + "</p></body></html>")
    assert article.status is Status.ERROR and "U+FFFD" in (article.reason or "")


@pytest.mark.parametrize(("label", "codec"), [
    ("UTF-8", "utf-8"), (" latin1 ", "cp1252"), ("ascii", "cp1252"), ("iso-8859-1", "cp1252"),
    ("shift_jis", "cp932"), ("gb2312", "gb18030"), ("euc-kr", "cp949"), ("windows-1251", "cp1251"),
    ("iso-2022-kr", REPLACEMENT), ("utf-32", None), ("cp500", None), ("", None), (None, None),
])
def test_labels_map_as_the_standard_says(label, codec):
    assert codec_for_label(label) == codec


def test_a_utf16_meta_label_means_utf8():
    page = '<html><head><meta charset="utf-16"></head><body><p>Grüße aus Köln</p></body></html>'.encode()
    text, encoding = copydesk.html.decode_html(page)
    assert encoding == "utf-8" and "Grüße" in text
