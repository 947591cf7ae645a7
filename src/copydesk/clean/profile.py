"""Per-site templates learned from a corpus (placeholder)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SiteProfile:
    """Lines that recur across a site's unrelated documents: that site's template."""

    site: str | None = None
