"""Frozen configuration of the HTTP client, politeness and discovery, passed explicitly."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from copydesk.errors import ConfigError

DEFAULT_USER_AGENT = "copydesk/0.1 (+news article extraction; obeys robots.txt)"

# Limits: a misbehaving server ends as an error row within these, never a hang.
MAX_BODY_BYTES = 10 * 1024 * 1024  # bytes on the wire; real article pages are < 3 MB
MAX_DECODED_BYTES = 10 * 1024 * 1024  # after gzip/br; stops decompression bombs at the cap
MAX_REDIRECTS = 10  # browsers allow ~20; real news sites use 1-3
CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 10.0  # the longest silence between two reads
TOTAL_TIMEOUT_S = 30.0  # one fetch end to end, redirects included
MIN_DELAY_S = 1.0  # between two requests to one host, unless robots.txt asks for more
MAX_CRAWL_DELAY_S = 30.0  # a robots.txt Crawl-delay above this is capped, or a crawl never ends
RETRIES = 2  # extra tries on 429 and 5xx
BACKOFF_S = 0.5  # first retry wait; doubles on each further try
MAX_RETRY_WAIT_S = 30.0  # a Retry-After above this is capped
CONCURRENCY = 8  # requests in flight over all hosts
PER_HOST_CONCURRENCY = 1  # requests in flight to one host

HTML_TYPES: tuple[str, ...] = ("text/html", "application/xhtml+xml")
# Feeds and sitemaps are served under many XML and text types.
XML_TYPES: tuple[str, ...] = (
    "application/xml", "text/xml", "application/rss+xml", "application/atom+xml",
    "application/rdf+xml", "application/x-gzip", "application/gzip", "text/plain",
    "application/octet-stream",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchConfig:
    """How fetching behaves; the defaults are polite and safe against hostile servers."""

    user_agent: str = DEFAULT_USER_AGENT
    connect_timeout: float = CONNECT_TIMEOUT_S
    read_timeout: float = READ_TIMEOUT_S
    total_timeout: float = TOTAL_TIMEOUT_S
    max_body_bytes: int = MAX_BODY_BYTES
    max_decoded_bytes: int = MAX_DECODED_BYTES
    max_redirects: int = MAX_REDIRECTS
    min_delay: float = MIN_DELAY_S
    max_crawl_delay: float = MAX_CRAWL_DELAY_S
    retries: int = RETRIES
    backoff: float = BACKOFF_S
    max_retry_wait: float = MAX_RETRY_WAIT_S
    concurrency: int = CONCURRENCY
    per_host_concurrency: int = PER_HOST_CONCURRENCY
    obey_robots: bool = True
    http2: bool = True
    accept_types: tuple[str, ...] = HTML_TYPES  # media types a page fetch accepts
    ca_file: str | None = None  # a PEM bundle to trust instead of the system's (a private CA, a test)
    # Loopback, private, link-local… addresses are refused unless this is set (see `fetch.addresses`).
    allow_private_addresses: bool = False

    def __post_init__(self) -> None:
        for name in ("connect_timeout", "read_timeout", "total_timeout"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"{name} must be positive")
        for name in ("max_body_bytes", "max_decoded_bytes", "concurrency", "per_host_concurrency"):
            if getattr(self, name) < 1:
                raise ConfigError(f"{name} must be at least 1")
        for name in ("max_redirects", "retries", "min_delay", "max_crawl_delay", "backoff", "max_retry_wait"):
            if getattr(self, name) < 0:
                raise ConfigError(f"{name} must not be negative")

    def evolve(self, **changes: Any) -> FetchConfig:
        """A copy with some fields changed; unknown names raise `ConfigError`."""
        known = {f.name for f in fields(self)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise ConfigError(f"unknown fetch option(s): {', '.join(unknown)}")
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update(changes)
        return FetchConfig(**values)
