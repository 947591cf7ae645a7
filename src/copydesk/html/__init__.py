"""Raw page bytes → decoded text → one parsed tree, with limits on the way.

`decode_html` picks the character set the way browsers do; `parse_html` builds a
lexbor tree and refuses pathological input with a `PageRejected` carrying a status.
"""

from typing import TYPE_CHECKING

from copydesk.registry import lazy_package

# Loaded on first use: the byte sniffers (`copydesk.html.sniff`) serve commands that never parse a page.
lazy_package(__name__, {"decode_html": "copydesk.html.decode", "Clock": "copydesk.html.parse",
                        "PageRejected": "copydesk.html.parse", "check_input": "copydesk.html.parse",
                        "parse_html": "copydesk.html.parse"})

if TYPE_CHECKING:
    from copydesk.html.decode import decode_html
    from copydesk.html.parse import Clock, PageRejected, check_input, parse_html

__all__ = ["Clock", "PageRejected", "check_input", "decode_html", "parse_html"]
