"""Per-host pacing: at most `per_host_concurrency` requests in flight to one host and
at least a delay between them. One `HostScheduler` lives for one run (no global state)."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit


def host_key(url: str) -> str:
    """What pacing is kept by: the host and port of `url` (one server), or "" when unreadable."""
    try:
        return urlsplit(url).netloc.lower()
    except ValueError:
        return ""


@dataclass
class _Host:
    slots: threading.Semaphore
    lock: threading.Lock = field(default_factory=threading.Lock)
    last: float = -math.inf  # monotonic time the last request began or ended, whichever is later
    hold_until: float = 0.0  # a server asked us to wait until then


class HostScheduler:
    """Hands out request slots per host, in the order they were asked for."""

    def __init__(self, per_host: int) -> None:
        self._per_host = per_host
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()

    def _host(self, host: str) -> _Host:
        with self._lock:
            if host not in self._hosts:
                self._hosts[host] = _Host(slots=threading.Semaphore(self._per_host))
            return self._hosts[host]

    @contextmanager
    def slot(self, host: str, delay: float) -> Iterator[float]:
        """Wait for a free slot on `host` and for `delay` seconds since its last request
        began and ended; the request runs inside the `with` block, which is given the
        seconds spent waiting. The delay is the caller's: it may grow once robots.txt is read."""
        asked = time.monotonic()
        state = self._host(host)
        with state.slots:
            with state.lock:  # held while waiting, so requests start in the order they queued
                wait = max(state.last + delay, state.hold_until) - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
                state.last = time.monotonic()
            try:
                yield state.last - asked
            finally:
                with state.lock:
                    state.last = max(state.last, time.monotonic())

    def defer(self, host: str, seconds: float) -> None:
        """Hold every request to `host` back for `seconds` (a server asked us to wait)."""
        state = self._host(host)
        with state.lock:
            state.hold_until = max(state.hold_until, time.monotonic() + seconds)


def retry_wait(retry_after: str | None, attempt: int, *, backoff: float, cap: float) -> float:
    """Seconds to wait before try `attempt + 1`: the server's `Retry-After` (seconds or an
    HTTP date) when it gives one, else exponential backoff; never more than `cap`."""
    wait = _parse_retry_after(retry_after)
    if wait is None:
        wait = backoff * (2**attempt)
    return max(0.0, min(wait, cap))


def _parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (when - datetime.now(UTC)).total_seconds()
