"""Line classifier for scraped text (placeholder)."""

from __future__ import annotations

from copydesk.clean.profile import SiteProfile
from copydesk.model import Article, Status, failed


def clean_text(text: str, url: str | None = None, profile: SiteProfile | None = None) -> Article:
    """Already-scraped text as an `Article`."""
    return failed(Status.ERROR, "not implemented", url=url)
