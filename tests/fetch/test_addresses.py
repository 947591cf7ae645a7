"""Server-side request forgery: private addresses are refused before any connection, on
every redirect hop, and the connection goes to the address that was checked.

Only 127.0.0.1 is ever connected to. Where a test needs a "public" address, 127.0.0.1
stands in for one (the check is patched to pass it); every address a test expects to be
refused is refused before a socket is opened, which the loopback site's hit count shows.
"""

from __future__ import annotations

import ipaddress
import shutil
import socket
import subprocess
from pathlib import Path

import httpcore
import pytest

from benchmarks.probe_service import LOOPBACK_SPELLINGS
from copydesk.errors import FetchError
from copydesk.fetch import Seeds, crawl, fetch_url
from copydesk.fetch import addresses as guard

from .conftest import FAST, Site
from .test_http2 import H2Site

GUARDED = FAST.evolve(allow_private_addresses=False)

# Of those, the ones that reach a server bound to 127.0.0.1 on this machine when allowed
# (`localhost.` does not resolve here, [::1] and [::] are not where the site listens).
REACHABLE = ("127.0.0.1", "localhost", "2130706433", "127.1", "0x7f.0.0.1", "017700000001", "[::ffff:127.0.0.1]",
             "0.0.0.0")


@pytest.mark.parametrize(("address", "kind"), [
    ("127.0.0.1", "loopback"), ("10.1.2.3", "private"), ("172.16.0.1", "private"), ("192.168.1.1", "private"),
    ("169.254.169.254", "link-local"), ("100.64.0.1", "shared (carrier-grade NAT)"), ("224.0.0.1", "multicast"),
    ("240.0.0.1", "reserved"), ("0.0.0.0", "unspecified"), ("255.255.255.255", "reserved"),
    ("::1", "loopback"), ("::", "unspecified"), ("fe80::1", "link-local"), ("fc00::1", "private"),
    ("ff02::1", "multicast"), ("fec0::1", "site-local"), ("2001:db8::1", "private"),
    ("::ffff:127.0.0.1", "loopback (IPv4 127.0.0.1 inside IPv6)"),
    ("::ffff:169.254.169.254", "link-local (IPv4 169.254.169.254 inside IPv6)"),
    ("::10.0.0.1", "private (IPv4 10.0.0.1 inside IPv6)"),
    ("64:ff9b::7f00:1", "loopback (IPv4 127.0.0.1 inside IPv6)"),
    ("64:ff9b:1::1", "private"), ("2002:7f00:1::", "loopback (IPv4 127.0.0.1 inside IPv6)"),
    ("8.8.8.8", None), ("2606:4700::1111", None), ("::ffff:8.8.8.8", None), ("64:ff9b::808:808", None),
])
def test_address_kinds(address: str, kind: str | None) -> None:
    assert guard.non_public_kind(ipaddress.ip_address(address)) == kind


@pytest.mark.parametrize("host", LOOPBACK_SPELLINGS)
def test_every_loopback_spelling_is_refused_before_connecting(site: Site, host: str) -> None:
    site.add("/p", "<p>private</p>")
    with pytest.raises(FetchError, match="address refused: .* --allow-private-addresses"):
        fetch_url(f"http://{host}:{site.server.server_address[1]}/p", config=GUARDED)
    assert site.log == []


@pytest.mark.parametrize("host", REACHABLE)
def test_the_option_lets_them_through(site: Site, host: str) -> None:
    site.add("/p", "<p>private</p>")
    assert fetch_url(f"http://{host}:{site.server.server_address[1]}/p", config=FAST).body == b"<p>private</p>"
    assert site.paths() == ["/robots.txt", "/p"]


@pytest.fixture
def stand_in(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """127.0.0.1 passes the check as if it were public; `*.test` names resolve through a
    table (public.test → 127.0.0.1), counted per name. Returns the counts."""
    real_kind, real_resolve = guard.non_public_kind, socket.getaddrinfo
    table = {"public.test": "127.0.0.1", "metadata.test": "169.254.169.254", "intranet.test": "10.0.0.7",
             "six.test": "::1"}
    counts: dict[str, int] = {}

    def kind(ip: guard.IPAddress) -> str | None:
        return None if ip == ipaddress.IPv4Address("127.0.0.1") else real_kind(ip)

    def resolve(host: object, port: object, *args: object, **kwargs: object) -> list:
        if isinstance(host, str) and host.endswith(".test"):
            counts[host] = counts.get(host, 0) + 1
            address = table[host]
            family = socket.AF_INET6 if ":" in address else socket.AF_INET
            sockaddr = (address, port, 0, 0) if family == socket.AF_INET6 else (address, port)
            return [(family, socket.SOCK_STREAM, 6, "", sockaddr)]
        return real_resolve(host, port, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(guard, "non_public_kind", kind)
    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    return counts


@pytest.mark.parametrize(("target", "refused"), [
    ("http://metadata.test/latest/meta-data/", "metadata.test (169.254.169.254) is link-local"),
    ("http://intranet.test:8080/admin", "intranet.test (10.0.0.7) is private"),
    ("http://six.test/", "six.test (::1) is loopback"),
    ("http://localhost/", "localhost is loopback"),
])
def test_a_redirect_to_a_private_address_is_refused(site: Site, stand_in: dict[str, int], target: str,
                                                    refused: str) -> None:
    port = site.server.server_address[1]
    site.add("/start", b"", status=302, headers={"Location": target})
    with pytest.raises(FetchError, match="address refused") as caught:
        fetch_url(f"http://public.test:{port}/start", config=GUARDED)
    assert refused in caught.value.reason
    assert site.paths() == ["/robots.txt", "/start"]  # the redirect hop itself went nowhere


def test_a_redirect_to_a_loopback_spelling_is_refused_in_a_crawl(site: Site, stand_in: dict[str, int],
                                                                 tmp_path) -> None:
    port = site.server.server_address[1]
    site.add("/a", b"", status=301, headers={"Location": f"http://[::ffff:127.0.0.2]:{port}/secret"})
    site.add("/b", "<p>public story</p>")
    summary = crawl(Seeds(urls=(f"http://public.test:{port}/a", f"http://public.test:{port}/b")),
                    tmp_path / "r.warc.gz", config=GUARDED)
    rows = {row["url"].rsplit("/", 1)[1]: row for row in summary.rows()}
    assert rows["a"]["status"] == "error" and "::ffff:127.0.0.2 is loopback" in rows["a"]["reason"]
    assert rows["b"]["status"] == "ok"
    assert "/secret" not in site.paths()


def test_the_connection_goes_to_the_address_checked(site: Site, stand_in: dict[str, int],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """One lookup per connection, and the socket opened to the address it gave, never to the
    name (which a rebinding DNS server could answer differently the second time); Host stays the name."""
    port = site.server.server_address[1]
    site.add("/p", "<p>story</p>")
    opened: list[str] = []
    connect = httpcore.SyncBackend.connect_tcp

    def spy(self: httpcore.SyncBackend, host: str, *args: object, **kwargs: object) -> httpcore.NetworkStream:
        opened.append(host)
        return connect(self, host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", spy)
    assert fetch_url(f"http://public.test:{port}/p", config=GUARDED).body == b"<p>story</p>"
    assert opened == ["127.0.0.1", "127.0.0.1"]  # robots.txt and the page (the test server closes after each)
    assert stand_in == {"public.test": 2}
    assert {hit.headers["host"] for hit in site.log} == {f"public.test:{port}"}


@pytest.fixture(scope="module")
def public_test_certificate(tmp_path_factory) -> tuple[Path, Path]:
    """A certificate for the name public.test only (no IP address in it)."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl tool is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls-public")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "1", "-subj", "/CN=public.test", "-addext", "subjectAltName=DNS:public.test"],
                   check=True, capture_output=True, timeout=30)
    return cert, key


def test_tls_keeps_the_name_while_the_connection_is_pinned(stand_in: dict[str, int], public_test_certificate) -> None:
    """Connected to the checked address, the TLS handshake still names public.test (SNI and
    certificate check): a handshake naming the address would fail, the certificate has none."""
    server = H2Site(*public_test_certificate)
    try:
        port = server.origin.rsplit(":", 1)[1]
        result = fetch_url(f"https://public.test:{port}/story",
                           config=GUARDED.evolve(ca_file=str(public_test_certificate[0])))
    finally:
        server.close()
    assert result.body == "<html><body><p>Über HTTP/2 geliefert.</p></body></html>".encode()
    assert [path for path, _ in server.log] == ["/robots.txt", "/story"]
    assert stand_in == {"public.test": 1}  # one HTTP/2 connection for both requests
