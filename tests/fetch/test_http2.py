"""HTTP/2 over TLS against a loopback h2 server (certificate made by the openssl tool),
and the WARC record of an HTTP/2 exchange read back in HTTP/1.1 framing."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastwarc.warc import ArchiveIterator, WarcRecordType
from h2.config import H2Configuration
from h2.connection import H2Connection
from h2.events import RequestReceived

from copydesk.fetch import Seeds, crawl, fetch_url

from .conftest import FAST

PAGES = {"/robots.txt": (b"User-agent: *\nAllow: /\n", "text/plain"),
         "/story": ("<html><body><p>Über HTTP/2 geliefert.</p></body></html>".encode(), "text/html; charset=utf-8")}


class H2Site:
    """A TLS server that speaks only HTTP/2 and logs (path, user-agent) per request."""

    def __init__(self, cert: Path, key: Path) -> None:
        self.log: list[tuple[str, str]] = []
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        context.set_alpn_protocols(["h2"])
        self._listener = context.wrap_socket(socket.create_server(("127.0.0.1", 0)), server_side=True)
        self._listener.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def origin(self) -> str:
        return f"https://localhost:{self._listener.getsockname()[1]}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except (TimeoutError, ssl.SSLError, OSError):
                continue
            threading.Thread(target=self._connection, args=(conn,), daemon=True).start()

    def _connection(self, conn: ssl.SSLSocket) -> None:
        h2 = H2Connection(H2Configuration(client_side=False))
        h2.initiate_connection()
        conn.sendall(h2.data_to_send())
        conn.settimeout(2.0)
        try:
            while data := conn.recv(65536):
                for event in h2.receive_data(data):
                    if isinstance(event, RequestReceived):
                        self._answer(h2, event)
                conn.sendall(h2.data_to_send())
        except (OSError, ssl.SSLError):
            pass
        finally:
            conn.close()

    def _answer(self, h2: H2Connection, event: RequestReceived) -> None:
        headers = {k.decode() if isinstance(k, bytes) else k: v.decode() if isinstance(v, bytes) else v
                   for k, v in event.headers}
        self.log.append((headers[":path"], headers.get("user-agent", "")))
        body, kind = PAGES.get(headers[":path"], (b"not found", "text/plain"))
        status = "200" if headers[":path"] in PAGES else "404"
        h2.send_headers(event.stream_id, [(":status", status), ("content-type", kind),
                                          ("content-length", str(len(body)))])
        h2.send_data(event.stream_id, body, end_stream=True)

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self._listener.close()


@pytest.fixture(scope="module")
def certificate(tmp_path_factory) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("the openssl tool is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"],
                   check=True, capture_output=True, timeout=30)
    return cert, key


@pytest.fixture
def h2_site(certificate) -> Iterator[H2Site]:
    server = H2Site(*certificate)
    yield server
    server.close()


def test_http2_page_is_fetched_with_its_charset(h2_site: H2Site, certificate) -> None:
    result = fetch_url(h2_site.origin + "/story", config=FAST.evolve(ca_file=str(certificate[0])))
    assert (result.status_code, result.charset, result.body) == (200, "utf-8", PAGES["/story"][0])
    assert [path for path, _ in h2_site.log] == ["/robots.txt", "/story"]
    assert {agent for _, agent in h2_site.log} == {FAST.user_agent}


def test_http2_exchange_is_written_to_warc_in_http11_framing(h2_site: H2Site, certificate, tmp_path: Path) -> None:
    warc = tmp_path / "h2.warc.gz"
    summary = crawl(Seeds(urls=(h2_site.origin + "/story",)), warc, config=FAST.evolve(ca_file=str(certificate[0])))
    assert summary.outcomes[0].final.http_version == "HTTP/2"
    with open(warc, "rb") as fh:
        responses = [(r.http_headers.status_line, r.http_charset, r.reader.read())
                     for r in ArchiveIterator(fh, record_types=WarcRecordType.response)]
    assert responses == [("HTTP/1.1 200 OK", "utf-8", PAGES["/story"][0])]


def test_untrusted_certificate_is_a_tls_error_row(h2_site: H2Site, tmp_path: Path) -> None:
    summary = crawl(Seeds(urls=(h2_site.origin + "/story",)), tmp_path / "t.warc.gz", config=FAST)
    row = summary.rows()[0]
    assert row["status"] == "error" and row["reason"].startswith("tls: CERTIFICATE_VERIFY_FAILED")
