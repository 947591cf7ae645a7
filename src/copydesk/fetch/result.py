"""What a fetch yields: every HTTP exchange as seen on the wire, and the result or
the error that ends it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from email.message import Message

from copydesk.errors import FetchError

Headers = tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Exchange:
    """One request and its complete response (body decoded from its Content-Encoding)."""

    url: str
    request_headers: Headers
    http_version: str  # "HTTP/1.1" or "HTTP/2"
    status_code: int
    reason: str
    headers: Headers
    body: bytes
    date: str  # ISO 8601 UTC time the request was sent, for WARC-Date
    elapsed: float
    truncated: bool = False  # the body was cut at a size limit (robots.txt), not read whole

    def header(self, name: str) -> str | None:
        """The first value of header `name` (case-insensitive), or None."""
        name = name.lower()
        return next((value for key, value in self.headers if key.lower() == name), None)


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchResult:
    """A page fetched with status 2xx (or unchanged since the cached copy)."""

    url: str  # the URL asked for
    final_url: str  # after redirects
    status_code: int
    headers: Headers
    body: bytes
    charset: str | None  # from the Content-Type header, passed on to `extract`
    content_type: str | None  # the media type alone, lower-case
    elapsed: float  # seconds, redirects and retries included
    from_cache: bool = False  # the server answered 304 and the body is the cached one


@dataclass(frozen=True, slots=True, kw_only=True)
class Outcome:
    """Everything one fetch did: `final` is the exchange that decides the row (None when
    no complete answer came), `hops` the others (robots.txt, redirects, retried answers)."""

    url: str
    result: FetchResult | None = None
    error: FetchError | None = None
    final: Exchange | None = None
    hops: tuple[Exchange, ...] = ()
    elapsed: float = 0.0  # seconds of network time and server-asked waits (queueing for a host left out)
    duplicate_of: str | None = None  # the URL asked for earlier in the run that is the same page
    size: int = 0  # bytes of the page's body (kept when `slim` drops the body)

    def __post_init__(self) -> None:
        if self.result is not None and self.result.body and not self.size:
            object.__setattr__(self, "size", len(self.result.body))

    def slim(self) -> Outcome:
        """This outcome without bodies, for keeping once the WARC holds them."""
        return replace(
            self, hops=tuple(replace(hop, body=b"") for hop in self.hops),
            result=replace(self.result, body=b"", headers=()) if self.result is not None else None,
            final=replace(self.final, body=b"") if self.final is not None else None,
        )

    def row(self) -> dict[str, object]:
        """The outcome as one report row: `status` is `ok` or the error's status, with its `reason`."""
        result, final = self.result, self.final
        return {
            "url": self.url,
            "status": "ok" if result is not None else str(self.error.status if self.error else "error"),
            "reason": None if result is not None else (self.error.reason if self.error else "no answer"),
            "http_status": final.status_code if final is not None else None,
            "final_url": result.final_url if result is not None else None,
            "content_type": result.content_type if result is not None else None,
            "bytes": self.size,
            "seconds": round(self.elapsed, 3),
            "requests": len(self.hops) + (final is not None and not (result is not None and result.from_cache)),
            "from_cache": bool(result is not None and result.from_cache),
            "duplicate_of": self.duplicate_of,
        }


def media_type(content_type: str | None) -> str | None:
    """`text/html` from `text/HTML; charset=utf-8`, or None."""
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None


def charset_of(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type value, lower-case, or None."""
    if not content_type:
        return None
    message = Message()
    message["content-type"] = content_type
    charset = message.get_param("charset")
    return charset.strip().strip("'\"").lower() or None if isinstance(charset, str) else None
