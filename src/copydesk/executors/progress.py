"""Progress of a run on a terminal, counted in pages, with rate and ETA (tqdm)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from tqdm import tqdm


class ProgressBar:
    """Call with (pages done, pages in all). The first call's pages were done by an earlier run:
    they start the bar but do not count towards the rate."""

    def __init__(self, unit: str = "pages", stream: TextIO | None = None) -> None:
        self.unit = unit
        self.stream = stream or sys.stderr
        self._bar: tqdm | None = None

    def __call__(self, done: int, total: int) -> None:
        if self._bar is None:
            from tqdm import tqdm  # loaded only when a bar is drawn

            self._bar = tqdm(total=total, initial=done, unit=self.unit, file=self.stream,
                             mininterval=0.2)
        else:
            self._bar.update(max(done - self._bar.n, 0))
        if done >= total:
            self.close()

    def close(self) -> None:
        """End the bar's line (on success, or before an interruption is reported)."""
        if self._bar is not None:
            self._bar.close()
