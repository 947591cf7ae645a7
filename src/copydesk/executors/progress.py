"""A one-line progress bar for a terminal (no dependency needed for one line)."""

from __future__ import annotations

import sys
import time
from typing import TextIO

BAR_WIDTH = 30  # characters of bar; the whole line stays under 80 columns


class ProgressBar:
    """Call with (done, total) to redraw `[#####.....] 3/10 shards  12.3s` in place."""

    def __init__(self, label: str = "shards", stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.started = time.monotonic()

    def __call__(self, done: int, total: int) -> None:
        filled = BAR_WIDTH * done // total if total else BAR_WIDTH
        elapsed = time.monotonic() - self.started
        line = f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total} {self.label}  {elapsed:.1f}s"
        self.stream.write(line + ("\n" if done >= total else ""))
        self.stream.flush()
