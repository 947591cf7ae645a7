"""Content sniffing: a PDF, image, archive, JSON document or plain text is `error` with its type named."""

from __future__ import annotations

import gzip
import io
import zipfile

import orjson
import pytest

import copydesk
from copydesk.html.sniff import sniff_type
from copydesk.model import Status

# A minimal, valid one-page PDF: all ASCII, few control bytes, text in its content stream.
PDF = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R
  /Resources << /Font << /F1 5 0 R >> >> >> endobj
4 0 obj << /Length 120 >> stream
BT /F1 12 Tf 72 720 Td (The city council approved the plan on Tuesday after a long debate about costs.) Tj ET
endstream endobj
5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
xref
0 6
trailer << /Size 6 /Root 1 0 R >>
startxref
0
%%EOF
""" * 20


@pytest.fixture(scope="module")
def real_page(shared_dir) -> bytes:
    return gzip.decompress((shared_dir / "data" / "wcxb-dev" / "html" / "0003.html.gz").read_bytes())


def _zip(name: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr(name, data)
    return out.getvalue()


def test_a_mostly_ascii_pdf_is_an_error_naming_pdf():
    article = copydesk.extract(PDF)
    assert article.status is Status.ERROR and article.reason == "not an HTML page: application/pdf"
    assert copydesk.extract(PDF.decode("latin-1")).status is Status.ERROR


def test_archives_of_pages_are_errors_naming_the_archive(real_page):
    assert copydesk.extract(_zip("page.html", real_page)).reason == "not an HTML page: application/zip"
    assert copydesk.extract(gzip.compress(real_page, mtime=0)).reason == "not an HTML page: application/gzip"


def test_images_are_errors_naming_the_image():
    png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"A" * 4000
    assert copydesk.extract(png).reason == "not an HTML page: image/png"
    webp = b"RIFF\x10\x00\x00\x00WEBPVP8 " + b"A" * 4000
    assert copydesk.extract(webp).reason == "not an HTML page: image/webp"


def test_json_and_plain_text_are_errors_naming_them(seed_scrape, real_page):
    record = orjson.dumps({"title": "T", "html": real_page.decode("utf-8", "replace")})
    assert copydesk.extract(record).reason == "not an HTML page: application/json"
    assert copydesk.extract(seed_scrape).reason == "not an HTML page: text/plain"


def test_real_pages_are_not_sniffed_as_anything_else(real_page):
    assert sniff_type(real_page) is None
    assert sniff_type(real_page.decode("utf-8")) is None
    assert copydesk.extract(real_page).status is not Status.ERROR
    assert sniff_type(b"{ not json } <p>a page that starts oddly</p>") is None
