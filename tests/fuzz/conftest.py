"""Hypothesis profiles for the fuzz targets. The default run is short (100 examples a
target; in CI hypothesis's derandomized `ci` profile); the long run is

    .venv/bin/python -m pytest tests/fuzz --hypothesis-profile=long --hypothesis-show-statistics

(this conftest must be loaded before pytest configures hypothesis: name `tests/fuzz` on the command line).
"""

from __future__ import annotations

from hypothesis import settings

settings.register_profile("long", max_examples=5_000, deadline=None)
