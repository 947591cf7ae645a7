"""The page's publication and modification dates, cross-checked between sources.

Structured stamps (JSON-LD, meta tags, microdata, a marked `<time>`) are checked against
the date printed by the headline and the day the URL spells out; without them, the
printed date, a date labelled "Published", a lone `<time>` or the URL's day is used.
Published and modified stay apart; no date is after `now` or before 1990.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from copydesk.extract.metadata import dates
from copydesk.extract.metadata.jsonld import JsonLd, text_of
from copydesk.extract.metadata.sources import PageSources

#: Meta names of the publication and the modification stamps, best first.
META_PUBLISHED = ("article:published_time", "og:published_time", "article:published", "parsely-pub-date",
                  "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
                  "date", "pubdate", "publishdate", "publish-date", "publish_date", "published_time",
                  "article.published", "citation_publication_date", "datepublished", "og:article:published_time",
                  "release_date", "cxenseparse:recs:publishtime", "dc.date.created", "published-date",
                  "publication_date", "publication-date", "published")
META_MODIFIED = ("article:modified_time", "og:updated_time", "article:modified", "dcterms.modified",
                 "dc.date.modified", "last-modified", "lastmod", "datemodified", "og:article:modified_time",
                 "article.updated", "parsely-updated")
#: A site's own meta name for the publication stamp ("w-published-date", "sf_publish_date"): a prefix,
#: then one of the usual names.
VENDOR_PUBLISHED = re.compile(
    r"^[a-z0-9]+[-_.:](?:published[-_]?(?:date|time|at|on)|publish[-_]?date|pubdate)$")
#: Labels that make a printed date the page's last change, not its publication.
UPDATED = re.compile(
    r"\b(?:updated|last (?:updated|modified|reviewed)|modified|revised|reviewed|aktualisiert|zuletzt|"
    r"mis à jour|actualizado|actualización|aggiornato|atualizado|bijgewerkt|обновлено)\b",
    re.I,
)
#: An update label that dates the whole site ("Site Last Updated:"), not the page it is printed on.
SITE_UPDATED = re.compile(r"\b(?:site|website|webseite)\b", re.I)
UPDATE_LABEL_LINES = 2  # "Updated" / ":" / "December 04, 2025": the label sits up to two lines above the date
#: "Published on: 15 August 2025", "Posted on\nNov 21, 2018", "Veröffentlicht am 17.10.2024": a labelled date.
#: Each label with its language: a page in a known language is searched for English and its own labels only.
PUBLISHED_LABELS = {"published": "en", "posted": "en", "publication date": "en", "veröffentlicht": "de",
                    "erschienen": "de", "publié": "fr", "publicado": "es pt", "pubblicato": "it",
                    "gepubliceerd": "nl", "опубликовано": "ru", "дата публикации": "ru"}
#: What follows such a label: "on", "am"…, a colon, maybe a line break, then the date.
AFTER_LABEL = re.compile(r"(?:\s+(?:on|am|le|el|il|op))?\s*:?\s*(?:\n\s*)?([^\n]{6,40})")
MAX_LABEL_TRIES = 5  # occurrences of one label looked at ("posted in", "published by" come before the date)
MAX_SHOWN_DAYS = 2  # the story's date and maybe its update; more days by the headline are a list
MAX_ZONE_SHIFT_DAYS = 1  # a stamp in UTC and a date printed in local time may be a day apart
#: A clock time printed beside a date ("18:00 Uhr", "11:37 pm", "2:00 a. m."): its hours and minutes.
CLOCK = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3]):([0-5]\d)(?!\d)")
MAX_LONE_DATE = 24  # "Dienstag, 01.02.2022" or "Apr 7, 2009 | 10:30": a date alone on its line, no sentence
#: A short label ending in a colon that opens a line ("Last updated:", "Stand:", "Published on:").
LINE_LABEL = re.compile(r"^[^\W\d][^:\n\d]{0,30}:\s*")
MAX_DATELINE_WORDS = 6  # "am 17. Oktober 2024 um 12:00 Uhr" fits; a lower-case line any longer is prose
#: A clause's comma or full stop of Chinese and Japanese, which write no spaces and no case: a line holding one
#: is a sentence ("2017年7月18日，正式加盟…"); their datelines part the date from the rest with spaces or "|".
CJK_CLAUSE = re.compile(r"[，。]")
MIN_DATE_LINE = 6  # a printed date needs "Oct 2024" at least; "2024" alone holds no day
#: A line of a script or a style sheet that the page text carries (`"datePublished": "Jun 12, 2025",`,
#: `/* banner, made 11.02.08 */`, `var built = "2024-01-02";`): no printed date.
#: A line's text from its first non-blank character (the rest of the line; trailing blanks stripped after).
NONBLANK = re.compile(r"\S[^\n]*")
BACKWARD_CHUNK = 512  # chars read at a time when lines are taken from the end: a few lines, or a run of blank ones
CODE_LINE = re.compile(r'"\w+"\s*:|^\s*(?:/[/*]|<!--)|[;{]\s*$|\*/\s*$')


def read_dates(src: PageSources, ld: JsonLd, header: list[str], url: str | None, now: str | None,
               prov: dict[str, str], date_texts: Callable[[], list[str]] = list,
               locale: str | None = None, script_stamps: Callable[[], list[str]] = list,
               ) -> tuple[str | None, str | None]:
    """(published, modified), each with its source recorded in `prov`; `header` holds the lines
    printed by the headline, where readers see the page's date; `date_texts` gives, when asked,
    the texts of elements whose class names a date (the last resort), `script_stamps` the publication
    stamps in the page's own script data (see `sources.read_script_stamps`); `locale` ("de", "en-GB"),
    when known, narrows the publication labels looked for and says how 09/03/2026 is read."""
    primary, first = locale.split("-")[0] if locale else None, dates.day_first(locale)
    art, page = ld.article or {}, ld.page or {}
    modified = _first_date(prov, "modified", (
        ("jsonld", [text_of(art.get("dateModified")), text_of(page.get("dateModified"))], dates.parse_iso),
        ("meta", [v for n in META_MODIFIED for v in src.meta.get(n, ())], dates.parse_any),
        ("microdata", src.microdata.get("dateModified", []), dates.parse_any),
    ), latest=now)
    marked = [v for v, is_pub in src.times if is_pub]
    published = _first_date(prov, "published", (
        ("jsonld", [text_of(art.get("datePublished")), text_of(art.get("dateCreated"))], dates.parse_any),
        ("meta", [v for n in META_PUBLISHED for v in src.meta.get(n, ())], dates.parse_any),
        ("meta", (v for n, values in src.meta.items() if VENDOR_PUBLISHED.search(n) for v in values),
         dates.parse_any),  # a generator: read only when the usual names gave nothing
        ("microdata", src.microdata.get("datePublished", []), dates.parse_any),
        ("time", marked, dates.parse_any),
        ("jsonld", [text_of(page.get("datePublished"))], dates.parse_any),
        ("microdata", src.microdata.get("dateCreated", [])[:1], dates.parse_any),  # the first: the story's own
    ), latest=now)
    declared = modified  # kept to recognise the stamp where the page prints it, even when dropped below
    if modified and published and modified[:10] < published[:10]:
        modified = None  # a modification before publication is a wrong stamp
        prov.pop("modified", None)
    published = (_as_shown(printed_dates(header, first, primary), published, modified, url, now, prov, declared,
                           lambda day, stamp: _told_locally(header, day, stamp, first, primary))
                 or _fallback_date(src, modified, now, prov, date_texts, primary, first, script_stamps))
    return _checked_by_url(published, url, now, prov), modified


def _as_shown(printed: tuple[list[str], list[str]], published: str | None, modified: str | None,
              url: str | None, now: str | None, prov: dict[str, str], declared: str | None = None,
              told_locally: Callable[[str, str], bool] = lambda *_: False) -> str | None:
    """The publication date: structured data checked against the dates `printed` by the headline
    (plain, labelled as updates: see `printed_dates`), else the printed date, else the URL's.

    A structured stamp that disagrees with the plain (not "Updated") date printed by the
    headline is a template's or a CMS's, and the printed date wins, unless the stamp's own day is
    printed there too (the first printed day is then a photo caption's, a teaser's or the masthead's);
    a date labelled as an update never overrides a structured publication date. A page with no structured date
    that prints one presents it as its own, even when labelled "Updated". A printed date that is the
    page's `declared` modification stamp (kept or not) is that stamp shown, not the publication. A printed
    date a day off the stamp wins when `told_locally(day, stamp)` says it is the stamp's moment in the page's
    own time.
    """
    latest = _day(modified) or now
    plain, updates = printed
    plain = [d for d in plain if not latest or d <= latest]
    if published:
        # Many different days by the headline are a list (comments, related posts), not the story's date.
        shown = plain[0] if plain and len(set(plain)) <= MAX_SHOWN_DAYS else None
        stamp = published[:10]
        # The stamp's own day printed there too confirms it: the other is a caption's, a teaser's, the masthead's.
        if shown and _disagree(shown, stamp) and stamp not in plain and (
                shown not in (_day(modified), _day(declared))
                or (shown == _day(modified) and stamp not in updates)):
            # A (kept) modification stamp printed plainly by the headline, with the publication day printed
            # nowhere there, is the one date the page shows readers as its own.
            prov["published"] = "text"
            return shown
        local = _local_day(printed[0], published, modified, now, told_locally)
        if local:
            prov["published"] = "text"
            return local
        return published
    shown_any = [d for d in plain + updates if not latest or d <= latest]
    if shown_any:
        prov["published"] = "text"
        return shown_any[0]
    found = dates.date_from_url(url)
    if found and (not now or found <= now):
        prov["published"] = "url"
        return found
    return None


def _checked_by_url(published: str | None, url: str | None, now: str | None,
                    prov: dict[str, str]) -> str | None:
    """A URL that spells out a day (`/2024/10/17/`) was minted when the story was published: a date
    from elsewhere that is days away from it is a template's or a teaser's, and the URL's day wins;
    so does it over a UTC stamp one day off (the URL gives the newsroom's local day)."""
    found = dates.date_from_url(url)
    if not found or (now and found > now) or not published or found == published[:10]:
        return published
    if _disagree(found, published[:10]) or published.endswith("+00:00"):
        prov["published"] = "url"  # a UTC stamp a day off the URL's day is the same local day, told in UTC
        return found
    return published


def _fallback_date(src: PageSources, modified: str | None, now: str | None, prov: dict[str, str],
                   date_texts: Callable[[], list[str]], language: str | None,
                   first: bool | None, script_stamps: Callable[[], list[str]] = list) -> str | None:
    """The day the publication stamps in the page's script data agree on, else a date the page labels
    as its publication anywhere in its text ("Published on: …"), else the day its `<time>` elements
    agree on, else the day its date-classed elements agree on; never past `modified` or `now`."""
    latest = _day(modified) or now
    readers = (("script", lambda: _one_day([dates.parse_iso(s) for s in script_stamps()])),
               ("text", lambda: _labelled_date(src, language, first)),
               ("time", lambda: _lone_time(src)),
               ("text", lambda: _one_day([dates.parse_text(t, first, language) for t in date_texts()])),
               ("text", lambda: _lone_printed_day(src.body_text, first, language)))
    for source, read in readers:
        found = read()
        if found and (not latest or found[:10] <= latest):
            prov["published"] = source
            return found
    return None


def _lone_printed_day(text: str, first: bool | None, language: str | None = None) -> str | None:
    """The day printed alone on its lines ("01.02.2022", "Apr 7, 2009") when the page prints one such
    day only: a page with no other date shows readers that one (several days are a list), even when
    labelled as its update. A date that ends a sentence split by markup ("… as of" / "December 31, 2025")
    is not alone, and one labelled as the site's update ("Site last updated:") dates the site, not the story."""
    days: set[str] = set()
    alone = False
    position = 0
    years = dates.YearFinder(text)
    # Only lines holding a year can print a date: the search jumps from one such line to the next
    # instead of the whole page being split into lines (this runs on pages with no stamp at all).
    while (year := years.search(position)) is not None:
        start = text.rfind("\n", 0, year.start()) + 1
        end = text.find("\n", year.end())
        end = end if end >= 0 else len(text)
        position = end + 1
        line = text[start:end].strip()
        bare = LINE_LABEL.sub("", line, count=1)  # the date's own length, without a "Last updated:" before it
        if not MIN_DATE_LINE <= len(bare) <= MAX_LONE_DATE or CODE_LINE.search(line):
            continue
        day = dates.parse_text(line, first, language)
        if day:
            days.add(day[:10])
            if len(days) > 1:
                return None
            previous = (printed_lines(text, 1, end=start, from_end=True) or [""])[0]  # the line above
            # A page whose one day is labelled as its update ("Aktualisiert: 30.12.2016", "Updated on" /
            # "17.01.2021") shows readers that day as its own; one labelled as the whole site's is not.
            labelled = UPDATED.search(previous) or UPDATED.search(line)
            if labelled and (SITE_UPDATED.search(previous) or SITE_UPDATED.search(line)):
                continue
            alone = bool(alone or labelled or not previous.rsplit(" ", 1)[-1][:1].islower())  # "as of", "ended"
    return days.pop() if days and alone else None


def printed_lines(text: str, budget: int, *, start: int = 0, end: int | None = None,
                  from_end: bool = False) -> list[str]:
    """The non-blank lines at the start of `text[start:end]` (at its end with `from_end`), stripped,
    until they hold `budget` characters; in page order. The bounds are searched, not sliced: a window
    may span many times the text it keeps, and "the line above" a date is asked for on whole pages."""
    end = len(text) if end is None else end
    lines: list[str] = []
    if not from_end:
        # Blank lines and indentation are skipped by the regex engine, not by a loop here.
        for match in NONBLANK.finditer(text, start, end):
            line = match[0].rstrip()
            lines.append(line)
            budget -= len(line) + 1
            if budget <= 0:
                break
        return lines
    # Backwards a chunk at a time: the regex finds the whole lines of each chunk (those after its first
    # line break, all of them at `start`), so runs of blank lines cost no loop turns here.
    position, chunk = end, BACKWARD_CHUNK
    while budget > 0 and position > start:
        low = max(start, position - chunk)
        if low > start:
            low = text.find("\n", low, position) + 1
            if not low:  # one line longer than the chunk: a longer chunk
                chunk *= 2
                continue
        for line in reversed(NONBLANK.findall(text, low, position)):
            line = line.rstrip()
            lines.append(line)
            budget -= len(line) + 1
            if budget <= 0:
                break
        position = max(start, low - 1)
    return lines[::-1]


def _lone_time(src: PageSources) -> str | None:
    """The page's `<time>` date when all its `<time>` elements give the same day
    (several days are a list of items, not the story's date)."""
    return _one_day([dates.parse_any(v) for v, _ in src.times])


def _one_day(found: list[str | None]) -> str | None:
    """The first date when all the dates found give one day; None when they name several."""
    days = [d for d in found if d]
    return days[0] if days and len({d[:10] for d in days}) == 1 else None


def _labelled_date(src: PageSources, language: str | None = None, first: bool | None = None) -> str | None:
    """The earliest date written right after a publication label, found with plain `find` in the text
    lower-cased (`PageSources.find_lower`; a case-insensitive regex over a whole page's text costs
    milliseconds). Lower-casing keeps every character's place and whether it is a letter or a digit."""
    text = src.body_text
    best: tuple[int, str] | None = None
    for label in in_language(PUBLISHED_LABELS, language):
        start = 0
        for _ in range(MAX_LABEL_TRIES):
            index = src.find_lower(label, start)
            if index < 0 or (best and index > best[0]):
                break
            start = index + len(label)
            if (index and text[index - 1].isalnum()) or text[start:start + 1].isalnum():
                continue  # inside a word ("publishedAt", "unpublished")
            match = AFTER_LABEL.match(text, start)
            found = dates.parse_text(match[1], first, language) if match else None
            if found:
                best = (index, found)
                break
    return best[1] if best else None


def in_language(phrases: dict[str, str], language: str | None) -> list[str]:
    """The phrases to look for on a page: English ones and those of its language; all when it is unknown."""
    return [p for p, langs in phrases.items() if not language or "en" in langs or language in langs.split()]


def _disagree(shown: str, stamped: str) -> bool:
    """True when two days differ by more than a time zone's shift and are not one read
    day-first and the other month-first (2024-10-09 / 2024-09-10)."""
    a, b = date.fromisoformat(shown), date.fromisoformat(stamped)
    swapped = a.year == b.year and (a.month, a.day) == (b.day, b.month)
    return abs((a - b).days) > MAX_ZONE_SHIFT_DAYS and not swapped


def _local_day(plain: list[str], published: str, modified: str | None, now: str | None,
               told_locally: Callable[[str, str], bool]) -> str | None:
    """The day printed plainly by the headline when it is the structured stamp's moment told in the page's
    local time: a day off the stamp, and `told_locally` (see `_told_locally`). The modification stamp, told
    in the same zone as the publication's, may then be a day behind it too."""
    if not plain or len(set(plain)) > MAX_SHOWN_DAYS:
        return None
    shown = plain[0]
    if (now and shown > now) or (modified and _days_apart(shown, modified[:10]) > MAX_ZONE_SHIFT_DAYS
                                 and shown > modified[:10]):
        return None
    if _days_apart(shown, published[:10]) != MAX_ZONE_SHIFT_DAYS or not told_locally(shown, published):
        return None
    return shown


def _days_apart(one: str, other: str) -> int:
    return abs((date.fromisoformat(one) - date.fromisoformat(other)).days)


def _told_locally(lines: list[str], shown: str, stamped: str, first: bool | None,
                  language: str | None = None) -> bool:
    """Whether the day `shown` by the headline, a day off the `stamped` one, is the page's local day of the
    same moment: its line prints a clock time, and the stamp carries no offset (a day, or a time in an unknown
    zone: `dates` keeps the day only, so it cannot say which local day it is) or the same minutes (one moment
    told in two zones, the stamp often in UTC)."""
    line = next((x for x in lines if (dates.parse_text(x, first, language) or "")[:10] == shown), "")
    clock = CLOCK.search(line)
    if not clock:
        return False
    return len(stamped) == len("YYYY-MM-DD") or stamped[14:16] == clock[1]


def _day(value: str | None) -> str | None:
    return value[:10] if value else None


def _is_prose(line: str) -> bool:
    """A sentence's middle split onto its own line by markup ("vom 24.01.2020, Fünferbesetzung), das den …"):
    it opens in lower case and runs on past a dateline's few words, or (Chinese, Japanese) it holds a clause's
    comma or full stop (`CJK_CLAUSE`); the date it names is no publication."""
    return (line[:1].islower() and len(line.split()) > MAX_DATELINE_WORDS) or (
        not line.isascii() and CJK_CLAUSE.search(line) is not None)


def printed_dates(lines: list[str], first: bool | None = None,
                  language: str | None = None) -> tuple[list[str], list[str]]:
    """(plain dates, dates labelled as updates) printed on the header lines, in order; a label
    ("Updated:") counts on the date's own line or on one of the two lines before it."""
    plain: list[str] = []
    updates: list[str] = []
    for index, line in enumerate(lines):
        # The year test comes first: it drops most lines, and costs less than `CODE_LINE` (no date either way).
        if len(line) < MIN_DATE_LINE or not dates.holds_year(line, language) or CODE_LINE.search(line):
            continue
        found = dates.parse_text(line, first, language)
        if found and not _is_prose(line):
            labelled = any(UPDATED.search(x) for x in lines[max(0, index - UPDATE_LABEL_LINES):index + 1])
            (updates if labelled else plain).append(found[:10])
    return plain, updates


def _first_date(prov: dict[str, str], field: str, options: tuple[tuple[str, Iterable[Any], Any], ...],
                latest: str | None) -> str | None:
    for source, values, parse in options:
        for value in values:
            if not value:
                continue
            found = parse(value)
            if found and (not latest or found[:10] <= latest[:10]):
                prov[field] = source
                return found
    return None
