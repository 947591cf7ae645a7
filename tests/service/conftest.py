"""The service under test: a real uvicorn, configured as `copydesk serve` configures it,
on a free loopback port in a thread (`benchmarks.probe_service.Service`, shared with the probes)."""

from __future__ import annotations

from benchmarks.probe_service import PAGE as STORY
from benchmarks.probe_service import PAGE_PATH as STORY_PATH
from benchmarks.probe_service import Service

__all__ = ["STORY", "STORY_PATH", "Service"]
