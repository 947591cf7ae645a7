"""robots.txt per host, fetched once per run and read with Protego (RFC 9309 rules:
a missing file allows everything, an unreachable one disallows everything)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from protego import Protego

from copydesk.errors import FetchError
from copydesk.fetch.result import Exchange
from copydesk.urls import split_url

MAX_ROBOTS_BYTES = 500 * 1024  # RFC 9309 lets crawlers stop parsing at 500 KiB


@dataclass(frozen=True, slots=True)
class RobotsRules:
    """The parsed rules for one origin; `parser` None means one verdict for every path."""

    parser: Protego | None
    allow_all: bool = True
    note: str = ""  # why there are no rules ("http 404", "http 503"…)

    def allowed(self, url: str, user_agent: str) -> bool:
        if self.parser is None:
            return self.allow_all
        return bool(self.parser.can_fetch(url, user_agent))

    def crawl_delay(self, user_agent: str) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(user_agent)
        return float(delay) if delay is not None else None

    def sitemaps(self) -> tuple[str, ...]:
        return tuple(self.parser.sitemaps) if self.parser is not None else ()


def rules_from(exchange: Exchange) -> RobotsRules:
    """Rules from the answer to a robots.txt request (redirects already followed)."""
    status = exchange.status_code
    if 200 <= status < 300:
        body = exchange.body[:MAX_ROBOTS_BYTES]
        if exchange.truncated:  # a rule cut in half could say more than its whole
            body = body[: body.rfind(b"\n") + 1]
        return RobotsRules(Protego.parse(body.decode("utf-8", errors="replace")))
    if 400 <= status < 500 and status != 429:
        return RobotsRules(None, allow_all=True, note=f"http {status}")
    return RobotsRules(None, allow_all=False, note=f"robots.txt unavailable: http {status}")


def origin_of(url: str) -> str:
    """`scheme://host:port` of `url`, the unit robots.txt applies to."""
    parts = split_url(url)
    return f"{parts.scheme}://{parts.netloc}".lower() if parts is not None else ""


class RobotsBook:
    """The robots.txt rules of every origin met in one run, each fetched once.

    `load(robots_url)`, given by the fetch that first needs an origin, fetches and
    returns the final exchange; it raises `FetchError` when the host cannot be reached
    at all, which then ends every page fetch from that origin the same way.
    """

    def __init__(self) -> None:
        self._rules: dict[str, RobotsRules | FetchError] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def rules(self, url: str, load: Callable[[str], Exchange]) -> RobotsRules:
        """The rules that apply to `url`, loaded with `load` on first use of its origin."""
        origin = origin_of(url)
        with self._lock:
            origin_lock = self._locks.setdefault(origin, threading.Lock())
        with origin_lock:
            if origin not in self._rules:
                try:
                    self._rules[origin] = rules_from(load(origin + "/robots.txt"))
                except FetchError as exc:
                    self._rules[origin] = exc
            found = self._rules[origin]
        if isinstance(found, FetchError):
            raise FetchError(found.status, found.reason)
        return found
