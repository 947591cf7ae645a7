"""Which addresses a fetch may connect to: public ones only, unless the config allows
private ones (server-side request forgery: a URL a client or a page names must not
reach this machine, its network or a cloud metadata service).

The check is made on the address a name resolves to, when the connection is made:
`GuardedBackend` resolves the host once, refuses it if any of its addresses is not
public, and connects to an address it checked, so a second DNS answer cannot move the
connection elsewhere (the Host header and TLS server name stay the URL's). Every
redirect hop opens its connection through it, so every hop is checked.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable

import httpcore

from copydesk.errors import FetchError
from copydesk.model import Status

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

SHARED_V4 = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT (RFC 6598): someone's private network
V4_COMPATIBLE = ipaddress.ip_network("::/96")  # deprecated IPv4-compatible IPv6 (RFC 4291)
NAT64 = ipaddress.ip_network("64:ff9b::/96")  # well-known NAT64 prefix: the last 32 bits are the IPv4 target
LOCAL_NAT64 = ipaddress.ip_network("64:ff9b:1::/48")  # local-use NAT64 (RFC 8215): a private translator
LOCAL_NAMES = ("localhost",)  # RFC 6761: these names and their subdomains are this machine, whatever DNS says
ALLOW_HINT = "--allow-private-addresses (allow_private_addresses=True) permits it"


def non_public_kind(ip: IPAddress) -> str | None:
    """Why `ip` is not a public address (`"loopback"`, `"private"`…), or None when it is."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.is_loopback or ip.is_unspecified:
            return "loopback" if ip.is_loopback else "unspecified"
        embedded = _embedded_v4(ip)
        if embedded is not None:
            kind = non_public_kind(embedded)
            return f"{kind} (IPv4 {embedded} inside IPv6)" if kind else None
        if ip in LOCAL_NAT64:
            return "private"
        if ip.is_site_local:
            return "site-local"
    checks = (
        (ip.is_loopback, "loopback"), (ip.is_unspecified, "unspecified"), (ip.is_link_local, "link-local"),
        (ip.is_multicast, "multicast"), (ip in SHARED_V4, "shared (carrier-grade NAT)"),
        (ip.is_reserved, "reserved"), (ip.is_private, "private"), (not ip.is_global, "not global"),
    )
    return next((kind for flag, kind in checks if flag), None)


def _embedded_v4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv4-mapped, IPv4-compatible, NAT64 or 6to4 address reaches."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip in V4_COMPATIBLE or ip in NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip.sixtofour


def check_host(host: str, port: int) -> list[str]:
    """The addresses `host` resolves to, all public, in resolver order; `FetchError` when
    any is not (or the name is a local one), `httpcore.ConnectError` when it does not resolve."""
    name = host.rstrip(".").lower()
    if any(name == local or name.endswith("." + local) for local in LOCAL_NAMES):
        raise FetchError(Status.ERROR, f"address refused: {host} is loopback; {ALLOW_HINT}")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise httpcore.ConnectError(str(exc)) from exc
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    for address in addresses:
        kind = non_public_kind(ipaddress.ip_address(address.split("%", 1)[0]))
        if kind is not None:
            shown = address if address == host else f"{host} ({address})"
            raise FetchError(Status.ERROR, f"address refused: {shown} is {kind}; {ALLOW_HINT}")
    return addresses


class GuardedBackend(httpcore.NetworkBackend):
    """httpcore's network backend, connecting only to checked public addresses."""

    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None) -> httpcore.NetworkStream:
        failure: httpcore.ConnectError | None = None
        for address in check_host(host, port):
            try:
                return self._inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:  # the next address may answer, as socket.create_connection does
                failure = exc
        raise failure or httpcore.ConnectError(f"no address for {host}")

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None) -> httpcore.NetworkStream:
        raise FetchError(Status.ERROR, "address refused: unix sockets are local")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)
