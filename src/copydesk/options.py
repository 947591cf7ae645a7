"""Frozen configuration for extraction and cleaning, passed explicitly.

Nothing is read from the environment or files: the same options and bytes give
the same record in any process.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from copydesk.errors import ConfigError

# Limits: pathological input ends as a status, never a hang or a blown heap.
MAX_INPUT_BYTES = 16 * 1024 * 1024  # the largest real news pages are ~3 MB; 16 MB leaves room
MAX_NODES = 250_000  # heavy real pages have ~30k elements
MAX_DEPTH = 512  # real pages nest < 100 deep; deeper is generated junk
TIME_BUDGET_S = 5.0  # a normal page takes milliseconds; this only stops runaways
CLEAN_TIME_BUDGET_S = 2.0  # clean_text: a scraped page takes ~25 ms and has no HTML parse to wait for
MAX_TEXT_CHARS = 8 * 1024 * 1024  # for clean_text: longer texts are not one story


@dataclass(frozen=True, slots=True, kw_only=True)
class ExtractOptions:
    """How `extract` and `clean_text` behave; defaults are safe for untrusted input."""

    max_bytes: int = MAX_INPUT_BYTES
    max_nodes: int = MAX_NODES
    max_depth: int = MAX_DEPTH
    time_budget: float = TIME_BUDGET_S
    clean_time_budget: float = CLEAN_TIME_BUDGET_S  # seconds `clean_text` may take before it answers `timeout`
    max_text_chars: int = MAX_TEXT_CHARS
    http_charset: str | None = None  # the charset an HTTP Content-Type header gave
    include_tables: bool = True
    # The day extraction happens (ISO date): dates after it are no publication dates. None is the
    # day the call runs (UTC); corpus runs pass a record's fetch day, so output does not depend on
    # when a crawl is re-extracted.
    today: str | None = None

    def __post_init__(self) -> None:
        for name in ("max_bytes", "max_nodes", "max_depth", "max_text_chars", "time_budget", "clean_time_budget"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"{name} must be positive")
        if self.today is not None:
            try:
                date.fromisoformat(self.today)
            except (TypeError, ValueError):
                raise ConfigError(f"today must be an ISO date (YYYY-MM-DD), not {self.today!r}") from None

    @classmethod
    def build(cls, options: ExtractOptions | None = None, **overrides: Any) -> ExtractOptions:
        """Options from an optional base plus keyword overrides; unknown names raise `ConfigError`."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise ConfigError(f"unknown option(s): {', '.join(unknown)}")
        base = options or cls()
        if not overrides:
            return base
        values = {f.name: getattr(base, f.name) for f in fields(cls)}
        values.update(overrides)
        return cls(**values)
