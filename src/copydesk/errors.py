"""copydesk's exceptions. Extraction itself never raises on bad pages (it returns
an `Article` with a status); these are for misuse and for I/O around it.

    CopydeskError
    ├── InputError          unreadable input: not a file, bad gzip, wrong format
    ├── FormatError         a record or profile file that does not parse; `read_record`,
    │                       `Article.from_dict` and `Record.from_dict` raise only this on junk
    ├── ConfigError         an option out of range or unknown
    └── FetchError          a URL that could not be fetched (carries a status)
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


class FetchError(CopydeskError):
    """A fetch that failed; `status` and `reason` match the error row it becomes."""

    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
