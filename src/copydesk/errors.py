"""copydesk's exceptions. Extraction itself never raises on bad pages (it returns
an `Article` with a status); these are for misuse and for I/O around it.

    CopydeskError
    ├── InputError          unreadable input: not a file, bad gzip, wrong format
    ├── FormatError         a record or profile file that does not parse; `read_record`,
    │                       `Article.from_dict` and `Record.from_dict` raise only this on junk
    ├── ConfigError         an option out of range or unknown
    ├── OutputError         an output place that is refused or cannot be written
    └── FetchError          a URL that could not be fetched (carries a status)
    KeyboardInterrupt
    └── Interrupted         a corpus run stopped by Ctrl-C or SIGTERM (carries shards done)
"""

from __future__ import annotations


class CopydeskError(Exception):
    """Base of every exception copydesk raises on purpose."""


class InputError(CopydeskError):
    """An input that cannot be read at all (missing, corrupt, of an unknown kind)."""


class FormatError(CopydeskError):
    """A record, profile or output file that does not parse."""


class ConfigError(CopydeskError):
    """An option that is out of range or unknown."""


class OutputError(CopydeskError):
    """An output folder or file that is refused (another job's outputs) or cannot be written."""


class Interrupted(KeyboardInterrupt):
    """A sharded run stopped by Ctrl-C or SIGTERM: its workers are gone, finished shards are kept.

    A `KeyboardInterrupt`, so code that catches `Exception` does not swallow the user's stop."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__(f"{done} of {total} shards done")
        self.done = done
        self.total = total


class FetchError(CopydeskError):
    """A fetch that failed; `status` and `reason` match the error row it becomes."""

    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
