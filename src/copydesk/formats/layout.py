"""The seed-000 text layout, written and read in one place.

    ⏎⏎Title⏎⏎By AFP⏎⏎October 17, 2024⏎⏎⏎⏎KCNA VIA KNS / AFP⏎⏎Paragraph…⏎⏎Paragraph…⏎⏎Original url:⏎⏎https://…

Each header slot (title, byline, date, credit) and the footer are left out when the
record has no value for them; the reader finds them by shape, so a partial record
reads back to the same fields.
"""

from __future__ import annotations

import re
from datetime import date

from copydesk import lexicon
from copydesk.model import Article, Block, FrozenMap, Image, Link, Removed

LEAD = "\n\n"  # the layout opens with two blank lines
SEP = "\n\n"  # one blank line between slots and between paragraphs
CREDIT_GAP = "\n\n\n\n"  # three blank lines set the date apart from the image credit
BYLINE_PREFIX = "By "
URL_LABEL = "Original url:"

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
_MONTH_INDEX = {m.lower(): i + 1 for i, m in enumerate(MONTHS)} | {m[:3].lower(): i + 1 for i, m in enumerate(MONTHS)}

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_LONG_DATE = re.compile(r"^([A-Za-z]{3,9})\.? (\d{1,2}), (\d{4})$")  # October 17, 2024
_DAY_FIRST_DATE = re.compile(r"^(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4})$")  # 17 October 2024
_BYLINE = re.compile(r"^by\s+(.+)$", re.I)
_URL = re.compile(r"^https?://\S+$")
# A credit line is short and is not a sentence: longer, or ending in a full stop, it's body.
MAX_CREDIT_CHARS = 120
# A title is one line; longer than this it is a paragraph of raw text.
MAX_TITLE_CHARS = 300


def format_date(value: str | None) -> str | None:
    """`2024-10-17…` as `October 17, 2024`; other values as given."""
    if not value:
        return None
    m = _ISO_DATE.match(value)
    if not m:
        return value
    year, month, day = (int(g) for g in m.groups())
    if not 1 <= month <= 12:
        return value
    return f"{MONTHS[month - 1]} {day}, {year}"


def parse_date(line: str) -> str | None:
    """A header date line (`October 17, 2024`, `17 Oct 2024`, `2024-10-17`) as `YYYY-MM-DD`."""
    line = line.strip()
    if m := _ISO_DATE.match(line):
        return _iso(int(m[1]), int(m[2]), int(m[3]))
    if m := _LONG_DATE.match(line):
        month = _MONTH_INDEX.get(m[1].lower())
        return _iso(int(m[3]), month, int(m[2])) if month else None
    if m := _DAY_FIRST_DATE.match(line):
        month = _MONTH_INDEX.get(m[2].lower())
        return _iso(int(m[3]), month, int(m[1])) if month else None
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def write_layout(article: Article) -> str:
    """`article` in the seed layout (see the module docstring)."""
    head = [article.title, _byline(article.authors), format_date(article.published)]
    text = LEAD + SEP.join(part for part in head if part)
    credit = article.image.credit if article.image else None
    if credit:
        text += CREDIT_GAP + credit
    body = article.text
    if body:
        text += SEP + body
    url = article.url or article.canonical_url
    if url:
        text += SEP + URL_LABEL + SEP + url
    return text


def _byline(authors: tuple[str, ...]) -> str | None:
    if not authors:
        return None
    names = list(authors)
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return BYLINE_PREFIX + joined


def looks_like_layout(text: str) -> bool:
    """True when `text` is in the seed layout: the `Original url:` footer, or a header
    of a title line followed by a `By …` or date line."""
    lines = [line.strip() for line in text.strip().splitlines()]
    if len(lines) >= 2 and URL_LABEL in lines[-3:] and _URL.match(lines[-1]):
        return True
    head = [line for line in lines[:8] if line][:3]
    return (
        len(head) >= 2
        and len(head[0]) <= MAX_TITLE_CHARS
        and (_BYLINE.match(head[1]) is not None or parse_date(head[1]) is not None)
    )


def read_layout(text: str) -> Article:
    """Parse the seed layout into an `Article`; in-body `Related …:` lines go to `related`."""
    chunks = [c.strip() for c in re.split(r"\n\s*\n", text.strip("\n"))]
    chunks = [c for c in chunks if c]
    fields: dict[str, object] = {}
    provenance: dict[str, str] = {}
    url, chunks = _take_footer(chunks)
    if url:
        fields["url"] = url
        provenance["url"] = "record"
    header, body = _split_header(text, chunks)
    fields.update(header)
    provenance.update({name: "record" for name in header})
    blocks, related, removed = _read_body(body)
    return Article(
        **fields,  # type: ignore[arg-type]
        blocks=tuple(blocks), related=tuple(related), removed=tuple(removed),
        provenance=FrozenMap(provenance),
    )


def _take_footer(chunks: list[str]) -> tuple[str | None, list[str]]:
    if len(chunks) >= 2 and chunks[-2] == URL_LABEL and _URL.match(chunks[-1]):
        return chunks[-1], chunks[:-2]
    if chunks and chunks[-1].startswith(URL_LABEL):
        rest = chunks[-1][len(URL_LABEL):].strip()
        if _URL.match(rest):
            return rest, chunks[:-1]
    return None, chunks


def _split_header(text: str, chunks: list[str]) -> tuple[dict[str, object], list[str]]:
    """Title, byline, date and credit from the top chunks; the rest is body."""
    # Imported here, not at the top: rendering (and so every `--help`) needs none of the metadata readers.
    from copydesk.extract.metadata.byline import read_byline

    header: dict[str, object] = {}
    i = 0
    if i < len(chunks) and _is_title(chunks, i):
        header["title"] = chunks[i]
        i += 1
    if i < len(chunks) and _BYLINE.match(chunks[i]) and "\n" not in chunks[i]:
        authors, agency = read_byline(chunks[i])  # as `extract` reads the same byline on a page
        header.update({"authors": authors} if authors else {})
        header.update({"agency": agency} if agency else {})
        i += 1
    if i < len(chunks) and (published := parse_date(chunks[i])):
        header["published"] = published
        i += 1
        if i < len(chunks) and _is_credit(text, chunks, i):
            header["image"] = Image(credit=chunks[i])
            i += 1
    return header, chunks[i:]


def _is_title(chunks: list[str], i: int) -> bool:
    line = chunks[i]
    if "\n" in line or len(line) > MAX_TITLE_CHARS or i + 1 >= len(chunks):
        return False
    nxt = chunks[i + 1]
    return _BYLINE.match(nxt) is not None or parse_date(nxt) is not None


def _is_credit(text: str, chunks: list[str], i: int) -> bool:
    """The chunk after the date is a credit when the three-blank-line gap precedes it
    and it is short and not a sentence."""
    line = chunks[i]
    if "\n" in line or len(line) > MAX_CREDIT_CHARS or line.endswith((".", "!", "?", ":")):
        return False
    return CREDIT_GAP + line in text or lexicon.TEXT_PATTERNS["credit"].search(line) is not None


def _read_body(chunks: list[str]) -> tuple[list[Block], list[Link], list[Removed]]:
    blocks: list[Block] = []
    related: list[Link] = []
    removed: list[Removed] = []
    for chunk in chunks:
        if lexicon.TEXT_PATTERNS["related"].search(chunk) and "\n" not in chunk:
            title = re.split(r"[:|]\s*", chunk, maxsplit=1)[-1].strip()
            related.append(Link(title=title or chunk))
            removed.append(Removed(category="related", text=chunk))
        else:
            blocks.append(Block(text=chunk))
    return blocks, related, removed
