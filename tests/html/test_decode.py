"""Bytes → text in the HTML5 order: BOM, HTTP charset, `<meta>` charset, then detection."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import copydesk
from copydesk.html import decode_html

FIXTURES = Path(__file__).resolve().parents[1] / "extract" / "fixtures"
CYRILLIC_TITLE = "Городской совет утвердил план ремонта набережной"
STORY_START = "Городской совет во вторник утвердил план"


@pytest.fixture(scope="module")
def cp1251_page() -> bytes:
    """A Russian page stored in windows-1251, declared in its `<meta http-equiv>`."""
    return (FIXTURES / "cyrillic_1251.html").read_bytes()


def test_a_windows_1251_page_comes_out_in_cyrillic(cp1251_page: bytes) -> None:
    article = copydesk.extract(cp1251_page)
    assert article.title == CYRILLIC_TITLE
    assert article.text.startswith(STORY_START)


def test_the_meta_charset_is_read(cp1251_page: bytes) -> None:
    text, encoding = decode_html(cp1251_page)
    assert encoding == "cp1251" and CYRILLIC_TITLE in text


def test_an_undeclared_1251_page_is_detected(cp1251_page: bytes) -> None:
    undeclared = cp1251_page.replace(b"; charset=windows-1251", b"")
    text, encoding = decode_html(undeclared)
    assert encoding == "cp1251" and CYRILLIC_TITLE in text


@pytest.mark.parametrize(("declaration", "detects"), [(b"; charset=windows-1251", False), (b"", True)])
def test_only_detection_imports_the_detector(cp1251_page: bytes, declaration: bytes, detects: bool) -> None:
    """charset-normalizer (~25 ms of a command's start-up) loads only when a page needs detecting."""
    page = cp1251_page.replace(b"; charset=windows-1251", declaration)
    probe = ("import sys; from copydesk.html import decode_html; "
             "print(decode_html(sys.stdin.buffer.read())[1], 'charset_normalizer' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", probe], input=page, capture_output=True, timeout=60, check=True)
    assert run.stdout.decode().split() == ["cp1251", str(detects)]


def test_the_http_charset_wins_over_a_wrong_meta(cp1251_page: bytes) -> None:
    lying = cp1251_page.replace(b"charset=windows-1251", b"charset=iso-8859-2")
    assert CYRILLIC_TITLE not in decode_html(lying)[0]
    text, encoding = decode_html(lying, http_charset="windows-1251")
    assert encoding == "cp1251" and CYRILLIC_TITLE in text
    assert copydesk.extract(lying, http_charset="windows-1251").title == CYRILLIC_TITLE


def test_a_bom_wins_over_everything(cp1251_page: bytes) -> None:
    utf8 = cp1251_page.decode("cp1251").encode("utf-8")
    text, encoding = decode_html(b"\xef\xbb\xbf" + utf8, http_charset="windows-1251")
    assert encoding == "utf-8" and CYRILLIC_TITLE in text and not text.startswith("\ufeff")
    utf16 = "\ufeff<p>Привет, мир</p>".encode("utf-16-le")
    assert decode_html(utf16) == ("<p>Привет, мир</p>", "utf-16-le")


def test_a_page_declaring_utf8_but_written_in_cp1252_is_read_as_cp1252() -> None:
    html = '<meta charset="utf-8"><p>Café au lait — naïve façade, déjà vu.</p>'.encode("cp1252")
    text, encoding = decode_html(html)
    assert "Café au lait — naïve façade, déjà vu." in text and encoding != "utf-8"


def test_a_latin1_label_on_utf8_bytes_is_read_as_utf8() -> None:
    html = '<meta charset="iso-8859-1"><p>Grüße aus Köln</p>'.encode()
    assert decode_html(html) == ('<meta charset="iso-8859-1"><p>Grüße aus Köln</p>', "utf-8")


def test_text_input_is_taken_as_is() -> None:
    assert decode_html("<p>Привет</p>") == ("<p>Привет</p>", "unicode")
