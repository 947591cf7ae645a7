"""Bylines, datelines and sign-offs as printed in text.

Used twice: on the page text around the headline (`names_in_lines`, which the page's author
reader `page_authors.read_authors` weighs against the structured data) and on the extracted body's first and last
blocks (`read_body_metadata`), which also finds the wire service of a dateline
"BERLIN (dpa) -" or a sign-off "—AFP".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from importlib import resources

from copydesk.extract.metadata import dates
from copydesk.extract.metadata.authors import agency_in, clean_authors, is_agency
from copydesk.extract.metadata.model import Metadata
from copydesk.model import Block

MAX_BYLINE_CHARS = 120  # a longer line is prose that happens to start with "By"
HEAD_BLOCKS = 4  # a byline or dateline sits in the body's first blocks
TAIL_BLOCKS = 3  # a sign-off sits in the last ones
MAX_DATE_LINE_CHARS = 60  # "Updated October 17, 2024, 9:30 a.m. CET" and no more
#: An editor's or regional desk's initials that share a sign-off with the agency ("dpa/lnw", "dsw / DPA").
INITIALS = re.compile(r"^[a-z]{2,4}$")

#: A byline's lead-in words. The piece's kind may come first, named as its writer's ("Eine Kolumne von Nils
#: Pickert", "Ein Interview von …", "An essay by …", "Text von …"); a bare "Interview: …" names whom it asks,
#: so a kind counts only with "von" / "by". Grouped by first letter: every header line is tried against
#: these, and a line that is no byline fails a dozen branches sooner than thirty.
_LEAD = (r"(?:b(?:y|eitrag von|log[- ]?beitrag von)|w(?:ritten|ords) by|p(?:osted by|ublished by|ar|or)|"
         r"r(?:eported by|edaktion)|text (?:by|von)|story by|"
         r"a(?:uthored by|uthors?|utor(?:in)?|uteur|n?\s+(?:essay|interview|column|commentary)\s+by)|"
         r"(?=[egik])(?:eine?n?\s+)?(?:kolumne|glosse|kommentar|gastkommentar|gastbeitrag|essay|interview)\s+von|"
         r"(?:essay|interview|column|commentary)\s+by|contributors?|von|door|di|автор(?:ы)?|текст)")
#: A line that is only the lead-in; the name follows on the next line ("By" / "Jane Doe").
LEAD_ONLY = re.compile(rf"^{_LEAD}\s*:?$", re.I)
#: A line that only joins two names printed on their own lines ("und", "and", "&", ",").
JOINER_LINE = re.compile(r"^(?:,|&|and|und|et|y|e|en|i|и)$", re.I)
#: A line that starts with the lead-in and goes on with the names ("By Jane Doe and John Roe").
LEAD_LINE = re.compile(rf"^(?:[-–—•·]+\s*)?{_LEAD}\s*:?\s+(?P<names>\S.*)$", re.I)  # "- Redaktion: …", "---- by …"
#: Another role's credit on the byline's line, after the writer's names ("Text von Christian Seiler
#: Illustration von Markus Roost"): the names end there.
OTHER_CREDIT = re.compile(r"\s+(?:illustrations?|fotos?|photos?|photography|bilder|grafiken?|videos?)\s*(?:von|by|:)\s",
                          re.I)
#: "Published August 7, 2023 by Nicole Burke": a date line that ends with the author.
DATED_BY = re.compile(r"\bby\s+(?P<names>[A-ZÀ-ÞА-Я][^|•·]{2,80})$")
#: Words before "by" that credit someone other than the writer ("Medically reviewed" / "by" / "Kim Roe").
NOT_WRITER = re.compile(r"\b(?:reviewed|checked|edited|photographed|illustrated|produced|photos?|video)\s*$",
                        re.I)
#: Dateline: "BERLIN (dpa) -", "(Reuters) -", "MOSCOW, Oct 17 (AFP) –".
DATELINE = re.compile(r"^[^()\n]{0,60}\((?P<agency>[^()]{2,40})\)\s*[-–—:]")
#: Sign-off: "—AFP", "(AP)", "dpa/lnw", "Reuters" closing the last paragraph.
SIGN_OFF = re.compile(r"(?:[-–—]\s*|\(|^)(?P<agency>[^\s()\-–—][^()\-–—]{0,30}?)\)?\s*$")
#: The byline marker words, by language (`copydesk/data/byline_words.txt`).
BYLINE_WORDS_FILE = "byline_words.txt"
#: What a line may print before its marker word: a date, a time ("22. Januar 2020 @ 18:13 // Autor:").
MARKER_COLONS = ":："  # "Autor:", "作者：" (a full-width colon in Chinese and Japanese text)
MARKER_STRIP = f" \t{MARKER_COLONS}"  # what may follow a marker word on its line
MARKER_SEPARATORS = re.compile(r"\s(?://|[|·•—–])\s?|^[-–—·•|]\s*")


def names_in_lines(lines: Sequence[str]) -> tuple[str, str] | None:
    """(raw byline, the line it came from) for the first byline among `lines`, or None."""
    for index, line in enumerate(lines):
        if len(line) > MAX_BYLINE_CHARS:
            continue
        if (LEAD_ONLY.match(line) and index + 1 < len(lines) and len(lines[index + 1]) <= MAX_BYLINE_CHARS
                and not (index and NOT_WRITER.search(lines[index - 1]))):
            return joined_names(lines, index + 1), line
        match = LEAD_LINE.match(line)
        if match:
            return OTHER_CREDIT.split(match["names"], 1)[0], line
        match = _writer_by(line)
        if match and dates.parse_text(line):
            return match["names"], line
    return None


@cache
def _marker_table() -> tuple[tuple[str, frozenset[str]], ...]:
    """(marker, its languages) as shipped; read once per process (a file that never changes)."""
    text = resources.files("copydesk").joinpath("data", BYLINE_WORDS_FILE).read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return tuple((marker.strip(), frozenset(langs.split())) for langs, marker in rows)


@cache
def byline_markers(language: str | None) -> frozenset[str]:
    """The byline marker words a page in `language` may print before its writer: English and its own;
    every language's when it is unknown."""
    return frozenset(marker for marker, langs in _marker_table() if not language or "en" in langs or language in langs)


@cache
def _last_words(markers: frozenset[str]) -> frozenset[str]:
    """The words the markers end with ("von" of "erstellt von"), to rule most lines out by one lookup."""
    return frozenset(marker.rsplit(None, 1)[-1] for marker in markers)


@cache
def marker_endings(markers: frozenset[str]) -> frozenset[str]:
    """The last two characters of the markers' last words ("by", "on" of "von"): a line whose stripped end is
    none of them ends in no marker, told by one slice and one lookup."""
    return frozenset(word[-2:] for word in _last_words(markers))


def ends_with_marker(line: str, markers: frozenset[str]) -> bool:
    """True when `line`, or its last piece after a separator, is only a byline marker word ("· von",
    "Posted by", "22. Januar 2020 @ 18:13 // Autor:"); a sentence ending in "von" is not."""
    words = line.rstrip(MARKER_STRIP).rsplit(None, 1)
    if not words or words[-1].strip(MARKER_COLONS).casefold() not in _last_words(markers):
        return False
    last = MARKER_SEPARATORS.split(line)[-1]
    return " ".join(last.strip(MARKER_STRIP).split()).casefold() in markers


def line_before(text: str, end: int) -> str:
    """The nearest line holding text before position `end` (at a line break), stripped."""
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line:
            return line
        end = start - 1
    return ""


def read_byline(line: str) -> tuple[tuple[str, ...], str | None]:
    """(authors, agency) a printed byline line credits: "By AFP" → (("AFP",), "AFP"), "By Jane Roe and
    Reuters" → (("Jane Roe", "Reuters"), "Reuters"). The one reading of a byline: `extract` (by the headline
    and in the body), `clean_text` and `read_record` (the record layout's "By …" line) all call it."""
    found = names_in_lines([line.strip()])
    names = clean_authors([found[0]]) if found else ()
    return names, credited_agency(names)


def credited_agency(names: Sequence[str]) -> str | None:
    """The wire service among credited names ("AFP" in ("Jane Roe", "AFP")), as it is usually spelled."""
    return next((agency_in(name) for name in names if is_agency(name)), None)


def joined_names(lines: Sequence[str], start: int) -> str:
    """The name on `lines[start]` and those joined to it on the lines after ("Lars Fischer" / "und" /
    "Alina Schadwinkel": each name a link of its own), as one byline."""
    names = [lines[start]]
    index = start + 1
    while index + 1 < len(lines) and JOINER_LINE.match(lines[index]) and len(lines[index + 1]) <= MAX_BYLINE_CHARS:
        names.append(lines[index + 1])
        index += 2
    return " and ".join(names)


def _writer_by(line: str) -> re.Match[str] | None:
    """The first "by Name" to the end of a dated line that credits the writer, not a reviewer."""
    match = DATED_BY.search(line)
    while match and NOT_WRITER.search(line[:match.start()]):
        match = DATED_BY.search(line, match.start() + 2)
    return match


def dateline_agency(text: str) -> str | None:
    """The wire service in a dateline opening `text` ("BERLIN (dpa) - …")."""
    match = DATELINE.match(text)
    return agency_in(match["agency"]) if match else None


def sign_off_agency(text: str) -> str | None:
    """The wire service a sign-off closing `text` credits ("… he said. —AFP", "(AP)")."""
    match = SIGN_OFF.search(text.strip()[-40:])
    if not match:
        return None
    credit = match["agency"].strip()
    parts = [part for part in re.split(r"\s*/\s*", credit) if part]
    if not all(agency_in(part) or INITIALS.match(part) for part in parts):
        return None
    return agency_in(credit)  # None when the credit is only initials


def _is_only_date(text: str) -> bool:
    return len(text) <= MAX_DATE_LINE_CHARS and dates.parse_text(text) is not None and not re.search(
        r"[.!?]\s+\w", text)


def _is_only_dateline(text: str) -> bool:
    match = DATELINE.match(text)
    return match is not None and match.end() >= len(text.rstrip()) and dateline_agency(text) is not None


def _head_indexes(blocks: Sequence[Block]) -> list[int]:
    return [i for i in range(min(HEAD_BLOCKS, len(blocks))) if blocks[i].kind == "paragraph"]


def read_body_metadata(meta: Metadata, blocks: Sequence[Block]) -> tuple[Metadata, set[int]]:
    """Authors and agency from the body's visible byline, dateline and sign-off.

    Fills `authors` / `agency` only when missing (provenance "byline" or "text") and
    returns the indexes of blocks that are nothing but a byline, a dateline or the
    date printed beside them, for the caller to move to `removed` as "byline".
    """
    authors, agency = meta.authors, meta.agency
    prov = dict(meta.provenance)
    drop: set[int] = set()
    dates_only: set[int] = set()
    for i in _head_indexes(blocks):
        text = blocks[i].text.strip()
        found = names_in_lines([text])
        if found and found[1] == text:
            names, credited = read_byline(text)
            if names:
                drop.add(i)
                if not authors:
                    authors, prov["authors"] = names, "byline"
                if credited and not agency:
                    agency, prov["agency"] = credited, "byline"
        elif _is_only_date(text):
            dates_only.add(i)
        elif _is_only_dateline(text):
            drop.add(i)
        credited = dateline_agency(text)
        if credited and not agency:
            agency, prov["agency"] = credited, "text"
    if drop:
        drop |= dates_only  # the date printed beside a byline belongs to it
    if not agency:
        for block in blocks[-TAIL_BLOCKS:]:
            credited = sign_off_agency(block.text)
            if credited:
                agency, prov["agency"] = credited, "text"
                break
    if (authors, agency) == (meta.authors, meta.agency):
        return meta, drop
    return replace(meta, authors=authors, agency=agency, provenance=prov), drop
