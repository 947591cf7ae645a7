"""Raw page bytes → decoded text → one parsed tree, with limits on the way.

`decode_html` picks the character set the way browsers do; `parse_html` builds a
lexbor tree and refuses pathological input with a `PageRejected` carrying a status.
"""

from copydesk.html.decode import decode_html
from copydesk.html.parse import Clock, PageRejected, check_input, parse_html

__all__ = ["Clock", "PageRejected", "check_input", "decode_html", "parse_html"]
