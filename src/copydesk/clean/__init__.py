"""Already-scraped text → `Article` (placeholder until the cleaner lands)."""

from __future__ import annotations

from copydesk.clean.profile import SiteProfile
from copydesk.clean.cleaner import clean_text

__all__ = ["SiteProfile", "clean_text"]
