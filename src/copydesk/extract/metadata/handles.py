"""A writer's one-word user name ("flerche", "freeman1984"), taken only where the markup vouches for it.

Community pages, forums and blogs print their writers as handles, after a byline marker ("von", "by",
"Thread starter") and linked to a user page; `handle_after_marker` is the last person source `read_authors`
tries before the site's owner.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from functools import cached_property
from typing import Any

from copydesk.extract.metadata import dates
from copydesk.extract.metadata.authors import NOT_PERSON, ORGANISATION, PLACEHOLDERS, PLURAL_LABEL
from copydesk.extract.metadata.byline import (
    MARKER_STRIP,
    byline_markers,
    ends_with_marker,
    line_before,
    marker_endings,
)
from copydesk.extract.metadata.sources import PageSources
from copydesk.extract.metadata.title import squash

#: A one-word handle as pages print it, in any script: "flerche", "freeman1984", "Isabella.DiBiase", "焦鹏";
#: a letter somewhere, at most `MAX_HANDLE_CHARS`, no space.
HANDLE_TOKEN = re.compile(r"^(?=\w*[^\W\d_])\w[\w.'’-]*\w$|^[^\W\d_]$")
MAX_HANDLE_CHARS = 40  # a user name; longer is a slug or a run of words
#: A line this long holding the handle is prose: a page that uses the word in its sentences ("luxurious",
#: "clay") prints it as a word, not as a byline.
PROSE_LINE_WORDS = 5
MAX_HANDLE_LOOKS = 20  # places of the handle in the text looked at; more is a word the page is full of
MAX_HANDLE_FINDS = 400  # places of its letters inside longer words passed over before giving up (refused)
MAX_HANDLE_LINES = 3  # the handle's first lines of its own in the text, each checked for a marker before it
#: Links to a user's page on the site: a forum member, a community's user, an author.
PROFILE_LINKS = 'a[href*="/user" i], a[href*="/member" i], a[href*="/profile" i], a[href*="/author" i]'
PATH_PIECES = re.compile(r"[,._-]")  # what a user page's name is cut by ("user,profile,30,lars.html")
FOOTER_SHARE = 0.2  # the last fifth of a page's text is its footer and sidebars, not the story's byline
YEAR_CENTURIES = ("19", "20")  # a dated byline's year: "06.11.2023", "January 20th, 2025"
MAX_MARKER_WORDS = 2  # "by", "posted by": the marker before a handle on its own line
MAX_DATED_WORDS = 8  # the date beside a dated byline's marker and handle: "am 24. Juli 2017 - 18:55" fits


def handle_after_marker(src: PageSources, header: list[str], language: str | None, keys: set[str],
                        not_authors: tuple[str, ...]) -> Iterator[list[str]]:
    """A one-word handle with structural evidence that it names the page's writer. The printed-text readers
    refuse a lone word, too often no person; here the markup vouches for it, in one of four ways:

    - an element the page marks as its author (a byline or author class, `rel="author"`, `itemprop="author"`,
      a link to an author page) prints it alone on a line after a byline marker word of the page's language,
      in that element or in the page's text ("von" / "flerche", "by" / "jsteinhardt");
    - by the headline, after a marker's line, it is the text of a link to its user page ("Thread starter" /
      `/members/tiberius.8/` "Tiberius");
    - an author element prints it as the text of a link to the author page it names (`/author/matthias/`);
    - by the headline, a date line prints it right after a marker ("06.11.2023 13:30 von Olga", "January 20th,
      2025 by JWU", "Gespeichert von" / "rasos" / "am 24. Juli 2017"), or a line beside the date's holds only the
      marker and it ("12/19 — 2025" / "by ibby"): the date makes the line a byline.

    Never a word the page also uses in its sentences, the site's name, a role, a label or a placeholder, nor a
    credit in the page's footer."""
    markers = byline_markers(language)
    blocked = _Blocked(keys, not_authors)
    tried: dict[str, None] = {}  # the author elements' one-word lines, in page order
    text = src.body_text
    for lines in src.bylines:
        for index, line in enumerate(lines):
            if " " in line or line in tried or not _may_be_handle(line, markers, blocked):
                continue
            tried[line] = None
            marked = index > 0 and ends_with_marker(lines[index - 1], markers)
            # an element holding the name alone may have its marker printed just before it, outside it
            if (marked or len(lines) == 1) and _placed_as_byline(text, line, markers, marked) and not _used_in_prose(
                    src, line, markers):
                yield [line]
                return
    for name in src.marked_authors:
        if " " not in name and name not in tried and _may_be_handle(name, markers, blocked) and _placed_as_byline(
                text, name, markers, False) and not _used_in_prose(src, name, markers):
            yield [name]
            return
    links: dict[str, list[str]] | None = None  # the page's links to user pages, read when first needed
    endings = marker_endings(markers)
    for index in range(1, len(header)):
        line = header[index]
        if " " in line or not line or line in tried or not _after_marker(header[index - 1], markers, endings):
            continue
        if _may_be_handle(line, markers, blocked):
            links = _profile_links(src.tree) if links is None else links
            if _links_to_profile(links, line) and not _used_in_prose(src, line, markers):
                yield [line]
                return
    for line in tried:
        links = _profile_links(src.tree) if links is None else links
        if line in links and _links_to_profile(links, line) and _placed_as_byline(
                text, line, markers, True) and not _used_in_prose(src, line, markers):
            yield [line]
            return
    for token in _dated_writers(src, header, markers, blocked, endings, tried):
        yield [token]
        return


def dated_handle(src: PageSources, header: list[str], language: str | None, keys: set[str],
                 not_authors: tuple[str, ...]) -> str | None:
    """The handle a dated byline by the headline prints (`_dated_handles`: "Erstellt von" / "Fabian" / "am
    Dienstag 6. Mai 2014"), with the refusals of `handle_after_marker`: what readers see as the writer, which
    `read_authors` weighs against a declared author as it weighs a printed byline."""
    markers = byline_markers(language)
    writers = _dated_writers(src, header, markers, _Blocked(keys, not_authors), marker_endings(markers))
    return next((token for token in writers if _stands_whole(src.body_text, token)), None)


def _dated_writers(src: PageSources, header: list[str], markers: frozenset[str], blocked: _Blocked,
                   endings: frozenset[str], skip: Container[str] = ()) -> Iterator[str]:
    """The handles the dated bylines by the headline print (`_dated_handles`), less those in `skip` and those
    `_may_be_handle` or `_used_in_prose` refuse, in page order."""
    for token in _dated_handles(header, markers, endings):
        if token not in skip and _may_be_handle(token, markers, blocked) and not _used_in_prose(src, token, markers):
            yield token


def _stands_whole(text: str, token: str) -> bool:
    """True when the text prints `token` as a word of its own somewhere: a header window's last line may end
    inside a name ("Rede von Mo…")."""
    return re.search(rf"(?<!\w){re.escape(token)}(?!\w)", text) is not None


def _dated_handles(header: list[str], markers: frozenset[str], endings: frozenset[str]) -> Iterator[str]:
    """The one word after a marker in a dated byline by the headline, in page order: on one line with the date
    before the marker or after the word ("06.11.2023 13:30 von Olga", "von Olga am 6. November 2023"), or alone
    on its line between the marker's line and the date's ("Gespeichert von" / "rasos" / "am 24. Juli 2017")."""
    for index in _lines_with_year(header):
        line = header[index]
        if index > 1 and " " not in header[index - 1] and _after_marker(
                header[index - 2], markers, endings) and _is_date(line):
            yield header[index - 1]
        if " " in line:
            token = _handle_on_date_line(line.split(), markers, endings)
            if token:
                yield token
        for near in (index - 1, index + 1):  # "12/19 — 2025" / "by ibby": the byline on the date's next line
            if 0 <= near < len(header) and (token := _marker_and_word(header[near], markers)):
                yield token


def _marker_and_word(line: str, markers: frozenset[str]) -> str | None:
    """The word of a line that is only a marker and one word ("by ibby", "Posted by delta201")."""
    words = line.split()
    if 2 <= len(words) <= MAX_MARKER_WORDS + 1 and " ".join(words[:-1]).rstrip(MARKER_STRIP).casefold() in markers:
        return words[-1]
    return None


def _lines_with_year(header: list[str]) -> list[int]:
    """The indexes of the header's lines that print a four-digit year (19xx, 20xx), in order. Most print
    none: two plain searches over the joined lines find them several times faster than a regex would."""
    joined = "\n".join(header)
    found: set[int] = set()
    for century in YEAR_CENTURIES:
        at = joined.find(century)
        while at >= 0:
            if joined[at + 2:at + 4].isdigit():
                found.add(joined.count("\n", 0, at))
            at = joined.find(century, at + 1)
    return sorted(found)


def _handle_on_date_line(words: list[str], markers: frozenset[str], endings: frozenset[str]) -> str | None:
    """The word after a marker in a line that is otherwise a date ("06.11.2023 13:30 von Olga")."""
    for at in range(1, min(len(words), MAX_DATED_WORDS + 2)):
        # most words are no marker's end: one slice and one lookup before the full check
        if words[at - 1].rstrip(MARKER_STRIP)[-2:].casefold() not in endings:
            continue
        size = next((n for n in (1, 2, 3) if n <= at and " ".join(words[at - n:at]).rstrip(
            MARKER_STRIP).casefold() in markers), 0)  # "von", "posted by", "submitted by"
        rest = [*words[:at - size], *words[at + 1:]]
        if size and rest and len(rest) <= MAX_DATED_WORDS and _is_date(" ".join(rest)):
            return words[at]
    return None


def _after_marker(line: str, markers: frozenset[str], endings: frozenset[str]) -> bool:
    """True when `line` ends with a byline marker ("Gespeichert von"); its last two characters rule most out."""
    return line.rstrip(MARKER_STRIP)[-2:].casefold() in endings and ends_with_marker(line, markers)


def _is_date(line: str) -> bool:
    """True when a short line prints a date ("am 24. Juli 2017 - 18:55", "January 20th, 2025")."""
    return len(line.split()) <= MAX_DATED_WORDS and dates.parse_text(line, day_first=True) is not None


def _profile_links(tree: Any) -> dict[str, list[str]]:
    """The hrefs of the page's links to user, member or author pages, by the link's text when it is one word."""
    links: dict[str, list[str]] = {}
    for node in tree.css(PROFILE_LINKS):
        name = (node.text() or "").strip()
        if name and " " not in name:
            links.setdefault(name, []).append(node.attributes.get("href") or "")
    return links


def _links_to_profile(links: dict[str, list[str]], token: str) -> bool:
    """True when a link reading `token` leads to a user page of that name (`/user/Marianne1.html`,
    `/forums/members/tiberius.8/`, `/user,profile,30,lars.html`)."""
    key = squash(token)
    for href in links.get(token, ()):
        name = href.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
        if squash(name).startswith(key) or key in (squash(piece) for piece in PATH_PIECES.split(name)):
            return True
    return False


class _Blocked:
    """The site's keys and names a handle must not be, squashed when first asked for (most pages never ask)."""

    def __init__(self, keys: set[str], not_authors: tuple[str, ...]) -> None:
        self.keys, self.not_authors = keys, not_authors

    @cached_property
    def names(self) -> set[str]:
        return {squash(x) for x in self.not_authors} | self.keys

    def __contains__(self, key: str) -> bool:
        return key in self.names


def _may_be_handle(token: str, markers: frozenset[str], blocked: _Blocked) -> bool:
    """A single token that may be a user name: not the site, a role, a placeholder, an address or a marker."""
    return (len(token) <= MAX_HANDLE_CHARS and HANDLE_TOKEN.match(token) is not None
            and token.casefold() not in PLACEHOLDERS and token.casefold() not in markers
            and not PLURAL_LABEL.match(token) and not NOT_PERSON.search(token) and not ORGANISATION.search(token)
            and squash(token) not in blocked)


def _placed_as_byline(text: str, token: str, markers: frozenset[str], marked: bool) -> bool:
    """True when one of the first lines of the text that hold only `token` stands above the page's footer and
    follows a byline marker's line (or the marker is already known: `marked`). A footer's credit ("Hecho en
    Bolivia con Drupal por Smartica") names who built the site, not who wrote the page."""
    footer = int(len(text) * (1 - FOOTER_SHARE))
    if marked:  # one line is enough, spaces beside the name allowed (" Lars" after an icon): a search of its own
        own_line = re.compile(rf"^[ \t]*{re.escape(token)}[ \t]*$", re.M)
        return own_line.search(text, 0, footer) is not None
    start = 0
    for _ in range(MAX_HANDLE_LINES):  # most one-word lines are labels: an exact line is found far faster
        index = text.find(f"\n{token}\n", start, footer)
        if index < 0:
            return False
        if ends_with_marker(line_before(text, index), markers):
            return True
        start = index + 1
    return False


def _used_in_prose(src: PageSources, token: str, markers: frozenset[str]) -> bool:
    """True when the page prints `token` (any case) as a word inside a sentence-long line, not right after a
    marker nor opening the line as written (a bio's first words). Found with `find_lower` (a regex ignoring
    case reads a long page's text several times slower)."""
    text, key = src.body_text, token.lower()
    start = seen = 0
    for _ in range(MAX_HANDLE_FINDS):
        index = src.find_lower(key, start)
        if index < 0:
            return False
        start = end = index + len(key)
        if (index and _is_word_character(text[index - 1])) or (end < len(text) and _is_word_character(text[end])):
            continue  # inside a longer word
        seen += 1
        if seen > MAX_HANDLE_LOOKS:
            return True
        line_start = text.rfind("\n", 0, index) + 1
        line_end = text.find("\n", end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if _opens_line(text, line_start, index, token):
            continue  # "Yucy, as a proficient editor …": an author bio opening with the name, as written
        if len(line.split()) >= PROSE_LINE_WORDS and not ends_with_marker(text[line_start:index], markers):
            return True
    return True


def _opens_line(text: str, line_start: int, index: int, token: str) -> bool:
    """True when the place found opens its line and spells `token` in its own case."""
    return not text[line_start:index].strip() and text.startswith(token, index)


def _is_word_character(char: str) -> bool:
    return char.isalnum() or char == "_"
