"""Page metadata: title, authors, agency, dates, site, language, image, tags…

`read_metadata(tree, url)` reads the parsed page (JSON-LD, meta tags, microdata,
`<time>`, visible bylines, the URL) without changing it; `read_body_metadata`
then looks at the extracted body's first and last blocks for a byline, a
dateline "(Reuters) -" or a sign-off "—AFP"; `settle_language` checks the declared
language against the story's text (`detect_language`).
"""

from copydesk.extract.metadata.byline import read_body_metadata
from copydesk.extract.metadata.language import detect_language, settle_language
from copydesk.extract.metadata.model import Metadata
from copydesk.extract.metadata.reader import read_metadata

__all__ = ["Metadata", "detect_language", "read_body_metadata", "read_metadata", "settle_language"]
