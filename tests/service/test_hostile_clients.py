"""Clients that make mistakes or mean harm: every mistake is a 4xx with a JSON reason
(never a 500), tricklers are dropped, slow remote pages cannot starve extraction, and
the service cannot be pointed at its own network."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import httpx
import pytest

from benchmarks.loopback import Site, respond
from benchmarks.probe_service import BAD_URLS, HTML, MISTAKES, ODD_PAGES, SMALL_BODY_LIMIT, sweep
from copydesk.service import ServiceConfig
from copydesk.service.app import FORMATS
from tests.conftest import LATE_S

from .conftest import STORY, STORY_PATH, Service

HELD_S = 60.0  # a held page is sent after this anyway, so a failing test still ends
WAIT_S = 30.0  # for the two fetches to reach the page, and for the extraction's answer: conditions, not speed
CLOCK_TICK_S = 0.05  # the event loop's timer may fire this early


@pytest.fixture(scope="module")
def api() -> Iterator[httpx.Client]:
    with Service(ServiceConfig(max_body_bytes=SMALL_BODY_LIMIT)) as client:
        yield client


def _send(client: httpx.Client, method: str, path: str, options: dict) -> httpx.Response:
    return client.request(method, path, **options)


def test_every_client_mistake_is_a_4xx_with_a_json_reason(api: httpx.Client) -> None:
    answers = [(method, path, _send(api, method, path, options)) for method, path, options in MISTAKES]
    wrong = [(method, path, r.status_code, r.text[:200]) for method, path, r in answers
             if not 400 <= r.status_code < 500 or not isinstance(r.json().get("error"), str)]
    assert wrong == []
    assert {r.status_code for _, _, r in answers} == {400, 403, 404, 405, 413, 415}


def test_odd_pages_are_records_not_errors(api: httpx.Client) -> None:
    answers = [_send(api, method, path, options) for method, path, options in ODD_PAGES]
    assert [r.status_code for r in answers] == [200] * len(ODD_PAGES)
    assert all(r.json()["status"] for r in answers)


def test_the_probe_counts_no_500(api: httpx.Client) -> None:
    report = sweep(api)
    assert report["status_500"] == report["not_json_errors"] == report["no_answer"] == 0
    assert report["requests"] == len(MISTAKES + ODD_PAGES) == sum(report["statuses"].values())


def test_unknown_routes_and_methods_answer_json(api: httpx.Client) -> None:
    missing = api.get("/v2/extract")
    assert missing.status_code == 404 and missing.headers["content-type"] == "application/json"
    assert missing.json() == {"error": "no route /v2/extract; the routes are in /openapi.json"}
    wrong = api.get("/v1/extract")
    assert wrong.status_code == 405 and wrong.headers["allow"] == "POST"
    assert wrong.json() == {"error": "GET is not allowed on /v1/extract; use POST"}


def test_format_must_be_a_string(api: httpx.Client) -> None:
    for route, field in (("/v1/extract", "html"), ("/v1/clean", "text")):
        answer = api.post(route, json={field: "<p>x</p>", "format": ["text"]})
        assert answer.status_code == 400
        assert answer.json()["error"] == f'"format" must be a string, one of {", ".join(FORMATS)}'


def test_an_unknown_charset_on_clean_is_refused(api: httpx.Client) -> None:
    answer = api.post("/v1/clean", content=b"text", headers={"Content-Type": "text/plain; charset=bogus"})
    assert answer.status_code == 415 and answer.json()["error"] == "unknown charset 'bogus'; send utf-8"
    known = api.post("/v1/clean", content="Grüße aus Köln. " .encode("latin-1") * 20,
                     headers={"Content-Type": "text/plain; charset=latin1"})  # a WHATWG label ("latin-1" is not)
    assert known.status_code == 200 and "Grüße aus Köln" in known.json()["blocks"][0]["text"]


def _closed_within(sock: socket.socket, seconds: float) -> float | None:
    """The `time.monotonic()` instant the server closes `sock` (what it sends read and dropped), or None."""
    sock.settimeout(seconds)
    try:
        while sock.recv(4096):
            pass
    except TimeoutError:
        return None
    except OSError:
        pass  # reset: closed too
    return time.monotonic()


def _trickle(sock: socket.socket, data: bytes, every: float) -> threading.Thread:
    def send() -> None:
        for byte in data:
            try:
                sock.sendall(bytes([byte]))
            except OSError:
                return
            time.sleep(every)
    thread = threading.Thread(target=send, daemon=True)
    thread.start()
    return thread


def test_a_client_trickling_its_headers_is_dropped() -> None:
    config = ServiceConfig(header_timeout=0.5)
    service = Service(config)
    with service as client:
        opened = time.monotonic()  # before the server's clock for either connection starts
        trickler = socket.create_connection(("127.0.0.1", service.port))
        silent = socket.create_connection(("127.0.0.1", service.port))
        # 31 s of headers at this pace, and a client that never sends: both far past the deadline
        _trickle(trickler, b"POST /v1/clean HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n" * 10, 0.05)
        wait = config.header_timeout + LATE_S
        trickled, idle = _closed_within(trickler, 2 * wait), _closed_within(silent, 2 * wait)
        assert trickled is not None and config.header_timeout - CLOCK_TICK_S < trickled - opened < wait
        assert idle is not None and idle - opened < wait  # its deadline ran while the trickler was timed
        assert client.get("/healthz").status_code == 200  # others are served meanwhile
        trickler.close()
        silent.close()


def test_a_client_trickling_its_body_gets_408_and_a_closed_connection() -> None:
    config = ServiceConfig(header_timeout=0.5, body_timeout=0.8)
    service = Service(config)
    with service:
        sock = socket.create_connection(("127.0.0.1", service.port))
        sock.sendall(b"POST /v1/clean HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 400\r\n\r\n")
        _trickle(sock, b"x" * 400, 0.05)  # 20 s at this pace; the header deadline has passed meanwhile
        sock.settimeout(2 * (config.body_timeout + LATE_S))
        started, answer = time.monotonic(), b""
        try:
            while chunk := sock.recv(4096):
                answer += chunk
        except OSError:
            pass
        closed = time.monotonic() - started
        sock.close()
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 408 ") and b"connection: close" in head.lower()
    assert json.loads(body) == {"error": "the body did not arrive within 0.8s"}
    assert closed < config.body_timeout + LATE_S


def test_a_slow_body_within_its_deadline_is_served() -> None:
    service = Service(ServiceConfig(header_timeout=0.3, body_timeout=5.0))
    text = b"The ferry returned to the harbour after the storm repairs were finished. " * 2
    with service:
        sock = socket.create_connection(("127.0.0.1", service.port))
        sock.sendall(b"POST /v1/clean HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: "
                     + str(len(text)).encode() + b"\r\nConnection: close\r\n\r\n")
        _trickle(sock, text, 0.005).join()  # ~0.7 s, past the header deadline
        answer = b""
        sock.settimeout(5.0)
        while chunk := sock.recv(4096):
            answer += chunk
        sock.close()
    assert answer.startswith(b"HTTP/1.1 200 ")


@pytest.fixture
def page_release() -> threading.Event:
    return threading.Event()


@pytest.fixture
def slow_site(page_release: threading.Event) -> Iterator[Site]:
    """A site whose story page is answered only when `page_release` is set."""
    def slow(h: BaseHTTPRequestHandler) -> None:
        page_release.wait(HELD_S)
        respond(h, 200, STORY, "text/html; charset=utf-8")
    site = Site({STORY_PATH: slow})
    yield site
    page_release.set()
    site.close()


def test_slow_fetches_do_not_starve_extraction(slow_site: Site, page_release: threading.Event) -> None:
    """Two fetches of a page that is held back hold both fetch workers; an extraction sent
    meanwhile is answered by the one extraction worker while they still wait."""
    config = ServiceConfig(allow_fetch=True, allow_private_addresses=True, workers=1, fetch_workers=2)
    with Service(config) as client:
        fetched: list[dict] = []
        fetches = [threading.Thread(target=lambda: fetched.append(client.post(
            "/v1/extract", json={"url": slow_site.url(STORY_PATH)}, timeout=HELD_S + WAIT_S).json()))
            for _ in range(2)]
        for thread in fetches:
            thread.start()
        try:
            deadline = time.monotonic() + WAIT_S
            while sum(hit.path == STORY_PATH for hit in slow_site.log) < 2:
                assert time.monotonic() < deadline, "the two fetches never both reached the page"
                time.sleep(0.02)
            extracted = client.post("/v1/extract", content=STORY, headers=HTML, timeout=WAIT_S)
            busy = sum(thread.is_alive() for thread in fetches)  # exact: the page is still held
        finally:
            page_release.set()
        for thread in fetches:
            thread.join()
    assert extracted.status_code == 200 and extracted.json()["status"] == "ok"
    assert busy == 2, "the extraction was answered only once the fetches had ended"
    assert [article["status"] for article in fetched] == ["ok", "ok"]


def test_fetching_refuses_this_machine_however_it_is_written(slow_site: Site) -> None:
    port = slow_site.server.server_address[1]
    hosts = ("127.0.0.1", "localhost", "2130706433", "127.1", "0x7f.0.0.1", "[::ffff:127.0.0.1]", "[::1]", "0.0.0.0")
    with Service(ServiceConfig(allow_fetch=True)) as client:
        answers = [client.post("/v1/extract", json={"url": f"http://{host}:{port}{STORY_PATH}"}) for host in hosts]
        mistakes = [client.post("/v1/extract", json={"url": url}) for url in BAD_URLS]
    assert [a.status_code for a in answers] == [200] * len(hosts)
    assert all(a.json()["status"] == "error" and a.json()["reason"].startswith("address refused: ") for a in answers)
    assert slow_site.log == []  # nothing reached the server
    assert [(m.status_code, "must be an absolute http or https URL" in m.json()["error"]) for m in mistakes] == \
        [(400, True)] * len(BAD_URLS)
