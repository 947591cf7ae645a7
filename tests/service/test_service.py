"""The HTTP service, served by a real uvicorn on 127.0.0.1 and called over the socket."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from copydesk.errors import ConfigError
from copydesk.service import ServiceConfig

from .conftest import STORY, STORY_PATH, Service


@pytest.fixture(scope="module")
def api() -> Iterator[httpx.Client]:
    with Service(ServiceConfig(max_body_bytes=256 * 1024)) as client:
        yield client


def test_raw_html_bytes_become_an_article(api: httpx.Client) -> None:
    response = api.post("/v1/extract", content=STORY, params={"url": "https://courier.example" + STORY_PATH},
                        headers={"Content-Type": "text/html; charset=utf-8"})
    assert response.status_code == 200
    article = response.json()
    assert article["status"] == "ok"
    assert article["title"] == "Harbour ferry returns after storm repairs"
    assert article["authors"] == ["Maren Holt"]
    assert article["published"].startswith("2024-03-14")
    body = "\n".join(block["text"] for block in article["blocks"])
    assert "eleven steel plates" in body and "second ferry" in body
    assert "morning newsletter" not in body
    assert any(item["category"] == "newsletter" for item in article["removed"])


def test_json_request_and_text_format(api: httpx.Client) -> None:
    response = api.post("/v1/extract", json={"html": STORY.decode(), "format": "text"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert response.text.lstrip("\n").startswith("Harbour ferry returns after storm repairs\n\nBy Maren Holt\n")


def test_http_charset_of_the_request_decodes_the_page(api: httpx.Client) -> None:
    html = ("<html><head><title>Погода</title></head><body><article><p>"
            + "Синоптики обещают в Москве тёплую и солнечную погоду до конца недели. " * 6
            + "</p></article></body></html>")
    response = api.post("/v1/extract", content=html.encode("windows-1251"),
                        headers={"Content-Type": "text/html; charset=windows-1251"})
    assert "Синоптики обещают в Москве" in response.json()["blocks"][0]["text"]


def test_scraped_text_is_cleaned(api: httpx.Client, seed_scrape: str) -> None:
    response = api.post("/v1/clean", content=seed_scrape.encode(), headers={"Content-Type": "text/plain"})
    article = response.json()
    assert response.status_code == 200 and article["status"] == "ok"
    assert len(article["blocks"]) == 12
    assert article["blocks"][0]["text"].startswith("Russia is preparing to deploy 10,000 North Korean soldiers")
    removed = {item["text"]: item["category"] for item in article["removed"]}
    assert removed["Remind me later."] == "button"


def test_refused_requests_get_a_status_and_a_json_reason(api: httpx.Client) -> None:
    malformed = api.post("/v1/extract", content=b"{not json", headers={"Content-Type": "application/json"})
    assert malformed.status_code == 400 and "malformed JSON" in malformed.json()["error"]
    missing = api.post("/v1/clean", json={"url": "https://a.example/"})
    assert missing.status_code == 400 and missing.json()["error"] == 'give "text"'
    wrong_type = api.post("/v1/extract", content=b"x", headers={"Content-Type": "image/png"})
    assert wrong_type.status_code == 415
    bad_format = api.post("/v1/extract", json={"html": "<p>x</p>", "format": "pdf"})
    assert bad_format.status_code == 400 and "unknown format" in bad_format.json()["error"]
    too_large = api.post("/v1/extract", content=b"<p>" + b"x" * (300 * 1024),
                         headers={"Content-Type": "text/html"})
    assert too_large.status_code == 413


def test_fetching_is_refused_unless_allowed(api: httpx.Client) -> None:
    response = api.post("/v1/extract", json={"url": "http://127.0.0.1:9/"})
    assert response.status_code == 403 and "--allow-fetch" in response.json()["error"]


def test_junk_and_empty_pages_are_answers_with_a_status(api: httpx.Client) -> None:
    junk = api.post("/v1/extract", content=bytes(range(256)) * 64, headers={"Content-Type": "text/html"})
    empty = api.post("/v1/extract", content=b"", headers={"Content-Type": "text/html"})
    assert junk.status_code == empty.status_code == 200
    assert junk.json()["status"] != "ok" and junk.json()["reason"]
    assert empty.json()["status"] == "empty"


def test_web_page_and_health(api: httpx.Client) -> None:
    page = api.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<form id="form">' in page.text and "const ALLOW_FETCH = false;" in page.text
    assert api.get("/healthz").json()["status"] == "ok"


class _StoryHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self.path == STORY_PATH:
            body, status = STORY, 200
        else:
            body, status = b"not here", 404
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_: object) -> None:
        pass


def test_a_named_url_is_fetched_when_allowed() -> None:
    origin = ThreadingHTTPServer(("127.0.0.1", 0), _StoryHandler)
    threading.Thread(target=origin.serve_forever, daemon=True).start()
    try:
        with Service(ServiceConfig(allow_fetch=True, allow_private_addresses=True)) as client:
            url = f"http://127.0.0.1:{origin.server_port}{STORY_PATH}"
            article = client.post("/v1/extract", json={"url": url}).json()
            missing = client.post("/v1/extract", json={"url": url + "-gone"}).json()
    finally:
        origin.shutdown()
    assert article["status"] == "ok" and article["title"] == "Harbour ferry returns after storm repairs"
    assert article["url"] == url
    assert missing["status"] == "error" and "404" in missing["reason"]


def test_config_is_checked() -> None:
    with pytest.raises(ConfigError):
        ServiceConfig(workers=0)


def test_serve_passes_its_fetch_options_on(monkeypatch: pytest.MonkeyPatch) -> None:
    import copydesk.service
    from copydesk.cli import main

    started: list[tuple[ServiceConfig, str, int]] = []
    monkeypatch.setattr(copydesk.service, "serve", lambda config, *, host, port: started.append((config, host, port)))
    assert main(["serve", "--port", "8765", "--allow-fetch"]) == 0
    assert main(["serve", "--port", "8765", "--allow-fetch", "--allow-private-addresses"]) == 0
    assert [(c.allow_fetch, c.allow_private_addresses, host, port) for c, host, port in started] == [
        (True, False, "127.0.0.1", 8765), (True, True, "127.0.0.1", 8765)]
