"""copydesk: raw news pages in, clean structured article records out.

The public surface is small:

- `extract(html, url=None, **options) -> Article` — an HTML page (bytes or str).
- `clean_text(text, url=None, profile=None) -> Article` — already-scraped text.
- `SiteProfile` — per-site templates learned from a corpus, for `clean_text`.
- `render(article, format)` / `read_record(text)` — the seed text layout, Markdown, JSON.
- `Article` and its parts, `Status`, `ExtractOptions`, and the `CopydeskError` tree.
"""

from typing import TYPE_CHECKING

from copydesk.registry import lazy_package

# Names load on first use, so `import copydesk` (and every `copydesk` command) starts quickly.
_EXPORTS = {
    "SiteProfile": "copydesk.clean",
    "clean_text": "copydesk.clean",
    "extract": "copydesk.extract",
    "read_record": "copydesk.formats",
    "render": "copydesk.formats",
    **dict.fromkeys(("ConfigError", "CopydeskError", "FetchError", "FormatError", "InputError"), "copydesk.errors"),
    **dict.fromkeys(("Article", "Block", "FrozenMap", "Image", "Link", "Record", "Removed", "Status"),
                    "copydesk.model"),
    "ExtractOptions": "copydesk.options",
}
lazy_package(__name__, _EXPORTS)


if TYPE_CHECKING:
    from copydesk.clean import SiteProfile, clean_text
    from copydesk.errors import ConfigError, CopydeskError, FetchError, FormatError, InputError
    from copydesk.extract import extract
    from copydesk.formats.record import read_record
    from copydesk.formats.render import render
    from copydesk.model import Article, Block, FrozenMap, Image, Link, Record, Removed, Status
    from copydesk.options import ExtractOptions

__all__ = [
    "Article",
    "Block",
    "ConfigError",
    "CopydeskError",
    "ExtractOptions",
    "FetchError",
    "FormatError",
    "FrozenMap",
    "Image",
    "InputError",
    "Link",
    "Record",
    "Removed",
    "SiteProfile",
    "Status",
    "clean_text",
    "extract",
    "read_record",
    "render",
]
__version__ = "0.1.0"
