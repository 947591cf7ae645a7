"""One HTTP exchange with hard limits: a deadline checked while streaming, a cap on
bytes on the wire and after decoding, and transport errors mapped to clear reasons.

Redirects, retries and politeness live in `session`; this module sends one GET.
"""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import httpcore
import httpx

from copydesk.errors import ConfigError, FetchError
from copydesk.fetch.addresses import GuardedBackend
from copydesk.fetch.config import FetchConfig
from copydesk.fetch.encoding import ACCEPT_ENCODING, BodyDecoder
from copydesk.fetch.result import Exchange, media_type
from copydesk.model import Status

DEADLINE_SLACK_S = 0.05  # a per-operation timeout cut to the time left ends at the deadline, give or take
ACCEPT_HEADER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def open_client(config: FetchConfig) -> httpx.Client:
    """An httpx client that follows no redirects itself, reads nothing from the environment
    and, unless the config allows private addresses, connects only to public ones."""
    limits = httpx.Limits(max_connections=config.concurrency, max_keepalive_connections=config.concurrency)
    try:
        verify = ssl.create_default_context(cafile=config.ca_file) if config.ca_file else True
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError(f"ca_file {config.ca_file}: {exc}") from exc
    context = httpx.create_ssl_context(verify=verify, trust_env=False)
    transport = httpx.HTTPTransport(verify=context, http2=config.http2, limits=limits, trust_env=False)
    if not config.allow_private_addresses:
        # httpx takes no network backend; its pool is rebuilt with the same settings and the guard.
        transport._pool = httpcore.ConnectionPool(
            ssl_context=context,
            max_connections=limits.max_connections, max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry, http1=True, http2=config.http2,
            network_backend=GuardedBackend(),
        )
    return httpx.Client(
        transport=transport,
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": config.user_agent, "Accept": ACCEPT_HEADER, "Accept-Encoding": ACCEPT_ENCODING},
    )


def send(
    client: httpx.Client,
    url: str,
    *,
    config: FetchConfig,
    deadline: float,
    accept: tuple[str, ...] | None,
    headers: dict[str, str] | None = None,
    max_bytes: int | None = None,
    truncate: bool = False,
) -> Exchange:
    """GET `url` once; the body is read only for answers that are not redirects.

    `accept` lists the media types a 2xx answer may have (None: any). Raises
    `FetchError` for transport failures, time over `deadline` (a `time.monotonic`
    value), bodies over the limits and unaccepted media types. With `truncate`, a
    body over `max_bytes` is cut there (and the exchange marked `truncated`) instead.
    """
    started, date = time.monotonic(), _utc_now()
    try:
        with client.stream("GET", url, headers=headers, timeout=_timeout(config, deadline)) as response:
            _check_answer(response, accept, None if truncate else max_bytes or config.max_body_bytes)
            body, cut = (b"", False) if response.is_redirect else _read_body(response, config, deadline,
                                                                             max_bytes, truncate)
            return Exchange(
                url=url,
                request_headers=_raw(response.request.headers),
                http_version=response.http_version,
                status_code=response.status_code,
                reason=response.reason_phrase,
                headers=_raw(response.headers),
                body=body,
                truncated=cut,
                date=date,
                elapsed=time.monotonic() - started,
            )
    except httpx.InvalidURL as exc:
        raise FetchError(Status.ERROR, f"bad url: {exc}") from None
    except httpx.HTTPError as exc:
        if time.monotonic() >= deadline - DEADLINE_SLACK_S:  # a timeout, or the watchdog's hang-up
            raise _over_total(config) from None
        raise transport_error(exc, config) from None


def _raw(headers: httpx.Headers) -> tuple[tuple[str, str], ...]:
    """Header pairs as sent on the wire, names in their own case (for the WARC)."""
    return tuple((name.decode("latin-1"), value.decode("latin-1")) for name, value in headers.raw)


def _timeout(config: FetchConfig, deadline: float) -> httpx.Timeout:
    """httpx's per-operation timeouts, none longer than the time left."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise _over_total(config)
    return httpx.Timeout(
        connect=min(config.connect_timeout, left), read=min(config.read_timeout, left),
        write=min(config.read_timeout, left), pool=left,
    )


def _check_answer(response: httpx.Response, accept: tuple[str, ...] | None, max_bytes: int | None) -> None:
    """Refuse, before reading, a 2xx of the wrong media type or an announced body over `max_bytes`."""
    declared = response.headers.get("content-length", "")
    if max_bytes is not None and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(Status.TOO_LARGE, f"body over {max_bytes} bytes")
    kind = media_type(response.headers.get("content-type"))
    if accept is not None and response.is_success and kind and kind not in accept:
        raise FetchError(Status.ERROR, f"not {_kind_name(accept)}: {kind}")


def _kind_name(accept: tuple[str, ...]) -> str:
    return "html" if "text/html" in accept else "xml"


def _read_body(response: httpx.Response, config: FetchConfig, deadline: float, max_bytes: int | None,
               truncate: bool) -> tuple[bytes, bool]:
    """The decoded body and whether it was cut at `max_bytes`, streamed: wire bytes, decoded
    bytes and the deadline checked per chunk."""
    # A truncated read stops at `max_bytes` decoded; the wire still has the page limit,
    # so a body that decodes to nothing cannot be read forever.
    wire_limit = config.max_body_bytes if truncate else max_bytes or config.max_body_bytes
    decoder = BodyDecoder(response.headers.get("content-encoding"), max_bytes or config.max_decoded_bytes,
                          truncate=truncate)
    parts, wire = [], 0
    # No chunk size: httpx would otherwise wait for a full chunk, and a server that
    # drips a few bytes at a time would never reach a deadline check.
    with _watchdog(response, deadline):
        for chunk in response.iter_raw():
            wire += len(chunk)
            if wire > wire_limit:
                raise FetchError(Status.TOO_LARGE, f"body over {wire_limit} bytes")
            parts.append(decoder.feed(chunk))
            if decoder.full:
                break
            if time.monotonic() > deadline:
                raise _over_total(config)
    if time.monotonic() > deadline and not decoder.full:  # the watchdog cut the body short
        raise _over_total(config)
    return b"".join(parts), decoder.full


@contextmanager
def _watchdog(response: httpx.Response, deadline: float) -> Iterator[None]:
    """Shut the connection's socket at `deadline`, so a read blocked in a silence that began
    late in the body ends then, not a whole read timeout later. (Over HTTP/2 this ends the
    whole connection: with one request in flight per host, that is this request's.)"""
    stream = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    if sock is None:
        yield
        return
    timer = threading.Timer(max(0.0, deadline - time.monotonic()), _shutdown, (sock,))
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def _shutdown(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)  # wakes a blocked recv, unlike close()
    except OSError:
        pass  # already closed


def _over_total(config: FetchConfig) -> FetchError:
    return FetchError(Status.TIMEOUT, f"total time over {config.total_timeout:g}s")


def transport_error(exc: httpx.HTTPError, config: FetchConfig) -> FetchError:
    """The `FetchError` for an httpx failure, with the cause named the way a person reads it."""
    if isinstance(exc, httpx.ConnectTimeout):
        return FetchError(Status.TIMEOUT, f"connect: no answer within {config.connect_timeout:g}s")
    if isinstance(exc, httpx.TimeoutException):
        return FetchError(Status.TIMEOUT, f"read: no data within {config.read_timeout:g}s")
    cause = _root_cause(exc)
    if isinstance(cause, socket.gaierror):
        return FetchError(Status.ERROR, "dns: name not resolved")
    if isinstance(cause, ConnectionRefusedError):
        return FetchError(Status.ERROR, "connect: refused")
    if isinstance(cause, ssl.SSLError):
        return FetchError(Status.ERROR, f"tls: {cause.reason or cause}")
    if isinstance(exc, httpx.ConnectError):
        return FetchError(Status.ERROR, f"connect: {cause or exc}")
    if isinstance(exc, httpx.UnsupportedProtocol):
        return FetchError(Status.ERROR, f"bad url: {exc}")
    if isinstance(exc, httpx.RemoteProtocolError):
        return FetchError(Status.ERROR, f"protocol: {exc}")
    return FetchError(Status.ERROR, f"read: {cause or exc}")


def _root_cause(exc: BaseException) -> BaseException | None:
    """The innermost exception under httpx's and httpcore's wrappers."""
    seen: set[int] = set()
    cause = exc.__cause__ or exc.__context__
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        inner = cause.__cause__ or cause.__context__
        if inner is None:
            return cause
        cause = inner
    return cause


def _utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
