"""The service reads a Content-Type charset by the WHATWG table, like every other input."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from copydesk.service import ServiceConfig

from .conftest import Service


@pytest.fixture(scope="module")
def api() -> Iterator[httpx.Client]:
    with Service(ServiceConfig()) as client:
        yield client


@pytest.mark.parametrize("label", ["utf-32", "cp500", "rot13", "iso-2022-kr"])
def test_clean_refuses_labels_outside_the_standard(api: httpx.Client, label: str) -> None:
    answer = api.post("/v1/clean", content=b"Plain words. " * 20,
                      headers={"Content-Type": f"text/plain; charset={label}"})
    assert answer.status_code == 415 and answer.json()["error"] == f"unknown charset {label!r}; send utf-8"


def test_clean_reads_standard_labels_as_browsers_do(api: httpx.Client) -> None:
    text = "Grüße aus Köln – „Zitat“. " * 20
    answer = api.post("/v1/clean", content=text.encode("cp1252"),
                      headers={"Content-Type": "text/plain; charset=iso-8859-1"})  # WHATWG: windows-1252
    assert answer.status_code == 200 and "„Zitat“" in answer.json()["blocks"][0]["text"]


def test_extract_ignores_a_lying_http_charset(api: httpx.Client) -> None:
    page = b"<html><head><title>Council</title></head><body><article>" + b"<p>The council met on Tuesday and " \
           b"approved the plan for the river bank after a long debate about its cost.</p>" * 8 + \
           b"</article></body></html>"
    answer = api.post("/v1/extract", content=page, headers={"Content-Type": "text/html; charset=utf-32"})
    assert answer.status_code == 200
    assert "The council met on Tuesday" in answer.json()["text"]
