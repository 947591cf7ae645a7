"""The loopback web site of the fetch tests, for the commands that fetch."""

from __future__ import annotations

from tests.fetch.conftest import FAST, Site, real_pages, respond, site  # noqa: F401 (fixtures re-exported)
