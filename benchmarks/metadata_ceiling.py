"""How high can author and date accuracy go on WCXB-dev's references? An upper bound, measured.

    python -m benchmarks.metadata_ceiling                 # tune and holdout articles
    python -m benchmarks.metadata_ceiling --show date     # list the references the page never prints

The metadata bars (author >= 0.85, date >= 0.95 on articles) are scored against WCXB's
references. Two kinds of reference value no extractor that is "correct or missing, never
wrong" can produce, counted here independently of copydesk's own readers:

- *absent*: the value is nowhere in the page's HTML. A date counts as present when any
  spelling of its day appears anywhere in the markup, scripts and attributes included (ISO
  stamps, 2024/10/17, 17.10.2024 and 10/17/2024 read both ways, "October 17, 2024",
  "17 Oct 2024", "2024 Oct 17", month names in the languages `copydesk.extract.metadata.dates` knows);
  an author when every name of the reference appears in the page's text, case and
  punctuation aside. Both tests are generous, so the bound is an upper one.
- *outlet* (authors only): the reference names the site itself, which the extraction issue
  rules out as an author: its `og:site_name` or JSON-LD publisher, or (one word only) its host
  name, spaces and punctuation aside; never a name that begins with a given name.

It also counts, for dates, the two situations where the references contradict each other,
so that any single rule loses the smaller side: the page prints only an "Updated" day by the
headline while its structured data gives another publication day, and the page prints a
plain day equal to its declared modification stamp.
"""

from __future__ import annotations

import argparse
import html
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser

from benchmarks.datasets import REFERENCE_DAY, Page, wcxb_pages
from benchmarks.scores import AUTHOR_SPLIT
from copydesk.extract.metadata import read_metadata
from copydesk.extract.metadata.dates import month_names, valid_day
from copydesk.extract.metadata.given_names import given_names
from copydesk.extract.metadata.headline import dateline_lines, headline_spots
from copydesk.extract.metadata.jsonld import read_jsonld, text_of
from copydesk.extract.metadata.page_dates import META_MODIFIED, printed_dates
from copydesk.extract.metadata.sources import read_sources
from copydesk.html import decode_html

#: Year, month, day in any separator order a page may print them.
YMD = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d\d)(?!\d)")
DAY_MONTH = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|\.)?\s*(?:de\s+)?([^\W\d_]{3,10})\.?,?\s*"
                       r"(?:de\s+)?((?:19|20)\d\d)(?!\d)")
MONTH_DAY = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+"
                       r"((?:19|20)\d\d)(?!\d)")
YEAR_MONTH_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)\s+([^\W\d_]{3,10})\.?\s+(\d{1,2})(?!\d)")  # "2023 Jan 7"
NAME_KEY = re.compile(r"[\W_]+")
#: The date situations where references contradict each other: (situation, one side, the other).
SIDES = (("update-only shown", "printed update", "structured"),
         ("modification printed plain", "printed", "structured"))
HOST_LABEL = re.compile(r"^(?:www\d?|m|blog|news)\.")


def spelled_days(text: str) -> set[str]:
    """Every day (YYYY-MM-DD) the text spells in a common way, numeric dates read both ways."""
    found: set[str] = set()

    def add(year: str, month: int | None, day: str) -> None:
        if month and (iso := valid_day(int(year), month, int(day))):
            found.add(iso)

    for y, m, d in YMD.findall(text):
        add(y, int(m), d)
    for a, b, y in NUMERIC.findall(text):
        add(y, int(b), a)
        add(y, int(a), b)
    for d, name, y in DAY_MONTH.findall(text):
        add(y, month_names().get(name.lower()), d)
    for name, d, y in MONTH_DAY.findall(text):
        add(y, month_names().get(name.lower()), d)
    for y, name, d in YEAR_MONTH_DAY.findall(text):
        add(y, month_names().get(name.lower()), d)
    return found


def name_key(value: str) -> str:
    return NAME_KEY.sub("", unicodedata.normalize("NFKC", value).casefold())


def outlet_keys(src, ld, url: str) -> tuple[set[str], str]:
    """The names a site declares (`og:site_name`, JSON-LD publisher and site name) and its host's
    distinctive label."""
    names = [*src.meta.get("og:site_name", ()), ld.publisher or "", ld.site_name or ""]
    host = HOST_LABEL.sub("", (url.split("/") + ["", "", ""])[2].lower())
    return {key for name in names if (key := name_key(name))}, name_key(host.split(".")[0])


def names_outlet(ref: str, names: list[str], declared: set[str], host: str) -> bool:
    """Whether the reference author is the site itself. Kept generous to the extractor (an upper
    bound must not count a person as an outlet): a name starting with a given name is a person's,
    and a several-word name matching the host only may be the person a site is named after."""
    words = ref.split()
    if not words or words[0].lower().strip(",.") in given_names():
        return False
    return any(name in declared or (name == host and len(words) == 1) for name in names)


def date_case(page: Page, text: str, tree) -> tuple[str, str]:
    """(kind, detail) of one article's reference date: absent, or one of the contradiction situations."""
    ref = page.meta["date"][:10]
    if ref not in spelled_days(text):
        return "absent", ref
    src = read_sources(tree)
    meta = read_metadata(tree, page.url, now=REFERENCE_DAY)
    ld = read_jsonld(src.jsonld)
    ours = (meta.published or "")[:10]
    spots = next((found for anchor in (meta.title, *src.h1s) if anchor
                  and (found := headline_spots(src.body_text, anchor))), [])
    plain, updates = printed_dates(dateline_lines(src.body_text, spots))
    declared = {v[:10] for v in [text_of((ld.article or {}).get("dateModified")),
                                  *(v for n in META_MODIFIED for v in src.meta.get(n, ()))] if v}
    if updates and not plain and ours and updates[0] != ours:
        side = "printed update" if ref == updates[0] else "structured" if ref == ours else "neither"
        return "update-only shown", side
    if plain and plain[0] in declared and plain[0] != ours:
        side = "printed" if ref == plain[0] else "structured" if ref == ours else "neither"
        return "modification printed plain", side
    return "other", ""


def author_case(page: Page, text: str, tree) -> tuple[str, str]:
    """(kind, reference) of one article's reference author: outlet, absent, or other."""
    ref = page.meta["author"]
    src = read_sources(tree)
    parts = AUTHOR_SPLIT.split(re.sub(r"^\s*by\s+", "", ref, flags=re.I))
    names = [name for part in parts if (name := name_key(part))]
    if names_outlet(ref, names, *outlet_keys(src, read_jsonld(src.jsonld), page.url)):
        return "outlet", ref
    page_key = name_key(src.body_text + " " + " ".join(v for values in src.meta.values() for v in values)
                        + " " + " ".join(src.jsonld))
    if not all(name in page_key for name in names):
        return "absent", ref
    return "other", ref


def articles(split: str, field: str) -> Iterator[tuple[Page, str, object]]:
    for page in wcxb_pages(split=split):
        if page.page_type == "article" and page.meta.get(field):
            markup = decode_html(page.html)[0]
            yield page, html.unescape(markup), LexborHTMLParser(markup)


def table_row(split: str, field: str, show: bool) -> str:
    """One Markdown row: the split's reference values of `field` no extractor can produce, and the bounds."""
    case = author_case if field == "author" else date_case
    kinds: Counter[str] = Counter()
    sides: Counter[tuple[str, str]] = Counter()
    total = 0
    for page, text, tree in articles(None if split == "all" else split, field):
        total += 1
        kind, detail = case(page, text, tree)
        kinds[kind] += 1
        sides[(kind, detail)] += 1
        if show and kind in ("absent", "outlet"):
            print(f"  {page.key} {kind}: {detail!r} {page.url}")
    bound = 1 - (kinds["absent"] + kinds["outlet"]) / total
    if field == "author":
        return f"| {split} | author | {total} | {kinds['absent']} | {kinds['outlet']} | {bound:.3f} | - | - |"
    contradictions = "; ".join(f"{k}: {sides[(k, a)]} / {sides[(k, b)]}" for k, a, b in SIDES)
    # One rule applied to every page of a situation loses the smaller side of each contradiction.
    smaller = sum(min(sides[(k, a)], sides[(k, b)]) for k, a, b in SIDES)
    return (f"| {split} | date | {total} | {kinds['absent']} | - | {bound:.3f} | {contradictions} "
            f"| {bound - smaller / total:.3f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=("author", "date", ""), default="")
    args = parser.parse_args()
    rows = [table_row(split, field, args.show == field and split != "all")
            for split in ("tune", "holdout", "all") for field in ("author", "date")]
    print("| split | field | articles with a reference | absent from the page | the outlet's name | "
          "upper bound | contradictions (side A / side B) | bound for any one rule |")
    print("|---|---|---:|---:|---:|---:|---|---:|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
