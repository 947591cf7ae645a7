"""The page's authors and agency: every source that may name the writer, tried in order of trust.

JSON-LD and meta tags first, checked against the byline printed by the headline; then marked-up
bylines, microdata, byline elements, author boxes ("Written by", "About the author", a bio opening
with the name), labels alone on their line, the name beside the date, and the site's owner. A
source's names pass `clean_authors` and are refused when they are the site itself.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import cached_property

from copydesk.extract.metadata.authors import (
    NOT_PERSON,
    PLURAL_LABEL,
    bare_name,
    clean_authors,
    is_agency,
    is_collective,
    is_handle,
    looks_like_name,
    split_names,
)
from copydesk.extract.metadata.byline import JOINER_LINE, credited_agency, joined_names, line_before, names_in_lines
from copydesk.extract.metadata.given_names import given_names
from copydesk.extract.metadata.handles import dated_handle, handle_after_marker
from copydesk.extract.metadata.jsonld import JsonLd
from copydesk.extract.metadata.owner import host_owner, is_personal_name, name_beside_date, site_owner
from copydesk.extract.metadata.page_dates import in_language
from copydesk.extract.metadata.page_fields import META_DESCRIPTION
from copydesk.extract.metadata.sources import LENGTH_CHANGING_LOWER, PageSources, first_meta
from copydesk.extract.metadata.title import site_keys, squash

META_AUTHOR = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
               "byl", "citation_author", "citation_authors", "cxenseparse:author", "twitter:data1")
#: Scholarly meta names (Highwire): one author "Roy, Aniruddha" a tag, or several in one tag split by ";".
CITATION_AUTHORS = frozenset({"citation_author", "citation_authors"})
#: "Written by Jane Doe" or "Autorin: Jane Doe" opening a line, in the languages the byline reader knows (lower
#: case), and the author box's "All articles by Jane Doe"; the name may also follow on the next line ("Article by"
#: / "Jane Doe").
WRITTEN_BY = {"written by": "en", "authored by": "en", "article by": "en", "articles by": "en", "posts by": "en",
              "author:": "en", "geschrieben von": "de", "verfasst von": "de", "autor:": "de es pt", "autorin:": "de",
              "écrit par": "fr", "auteur :": "fr", "escrito por": "es pt"}
#: What may open the line before such a phrase: "All articles by", "More posts by", "Article written by",
#: "This post was written by".
WRITTEN_BY_OPENERS = frozenset({"", "all", "more", "view all", "see all", "article", "post", "story",
                                "this post was", "this article was", "this story was"})
MAX_WRITTEN_BY = 3  # the first few such lines per phrase; more is a list of posts
MAX_WRITTEN_BY_NAME = 60  # the rest of the line, when it is a name and not a sentence
#: A label alone on its line with the name on the next one ("Author" / "Lisa D. Ellis", "Von:" / "Götz Warnke"),
#: as a page's facts box or sign-off prints it; alone on its line so prose ("author of three books") never matches.
#: The short lead-ins carry their colon, so that the search does not stop inside words ("davon").
AUTHOR_LABELS = {"author": "en", "by:": "en", "autor": "de es pt", "autorin": "de", "von:": "de", "auteur": "fr",
                 "par :": "fr", "autore": "it", "por:": "es pt", "автор": "ru"}  # "Written by" alone: `WRITTEN_BY`
#: "Von" / "By" alone on its line with the name on the next ("Von" / "Cosima Künzel" closing the story), no
#: colon: searched as a whole line, since "von" and "by" are everywhere inside lines.
LEAD_ALONE = re.compile(rf"\n[ \t]*+(?:[Vv]on|[Bb]y)[ \t]*+\n\s*+([^\n]{{3,{MAX_WRITTEN_BY_NAME}}})(?:\n|$)")
#: A plural author label alone on its line, the writers listed below it one a line ("Author(s)" / "John A. Alic" /
#: "David C. Mowery"): a report's or paper's facts box. Taken only when the lines below are people's names, since
#: the label alone is as often a menu's.
AUTHOR_LIST_LABELS = {"authors": "en", "author(s)": "en", "autoren": "de", "auteurs": "fr", "autores": "es pt"}
MAX_LISTED_NAME_WORDS = 4  # "John A. Alic", "Maria de la Cruz"; a longer line is a title or a sentence
MAX_AUTHOR_LABELS = 3  # the first few lines holding such a label alone; more is a table of posts
#: The author box's heading, as pages capitalise it (the lower-case spelling is tried too).
ABOUT_THE_AUTHOR = {"About the Author": "en", "About the author": "en", "Über den Autor": "de",
                    "Über die Autorin": "de", "À propos de l'auteur": "fr", "Sobre el autor": "es"}
#: A bio's first sentence naming its subject: "Juliette Carreiro is a …", "Max Muster ist …".
BIO_SUBJECT = re.compile(r"\s*(?P<name>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){1,2}) (?:is|ist|est|es|was|war)\b")
#: A bio's opening on a line of its own, its subject first ("Alban Brooke is the Head of Marketing at …"),
#: the verb maybe after a link's line break. Possessive quantifiers: a line's first word is never given back,
#: which makes the scan of a long page's lines 2.5 times as fast.
BIO_LINE = re.compile(r"\n[ \t]*+(?P<name>[A-ZÀ-Þ][\w'’-]++(?: [A-ZÀ-Þ][\w'’.-]++){1,2}+)\s++(?:is|was|has)\s")
#: A bio's opening that calls its subject by the given name alone ("Tim explores the intersections of …").
#: The verb is a lower-case word of four letters or more ending in "s", read whole and then checked for
#: the "s" (a lookbehind), not given back letter by letter: the scan of a long page's lines costs a third less.
GIVEN_NAME_BIO = re.compile(r"\n[ \t]*+(?P<given>[A-ZÀ-Þ][\w'’-]++) (?:is|was|has|[a-z]{4,}+(?<=s))\s")
LINE_OPENING = r"\n[ \t]*+"  # how both bio openings start: a line break and the line's indent
#: Both bio openings found in one visit of the page's lines: each as an optional lookahead holding its whole
#: match, at lines opening with a capital; a match has at least one. A page that reaches the bio readers
#: reads both, and the one scan costs two thirds of the two.
BIO_OPENINGS = re.compile(
    rf"{LINE_OPENING}(?=[A-ZÀ-Þ])(?=(?P<bio>{BIO_LINE.pattern.removeprefix(LINE_OPENING)}))?"
    rf"(?=(?P<opening>{GIVEN_NAME_BIO.pattern.removeprefix(LINE_OPENING)}))?(?(bio)|(?(opening)|(?!)))")
#: What a bio under a lone given name says its subject is: a writer's role ("Stefan is the founder of …"), so
#: that a heading and its description ("Georgia" / "Georgia is a state in …") are no author box.
LONE_NAME_ROLE = re.compile(r"(?:is|was) (?:a|an|the|our) (?:[\w-]+ ){0,3}?(?:co-?)?(?:founder|author|writer|"
                            r"editor|creator|journalist|blogger|owner|host|chef|reporter|contributor)\b", re.I)
BIO_ROLE_LINES = 2  # lines between the name and such a bio: the role ("UK-based Systems Theorist & Writer")
MAX_BIOS = 20  # lines opening like a bio looked at; a page with more is a directory, its first ones are enough
BIO_CHARS = 400  # a bio's first sentences, where it speaks of its subject as "he" or "she"
PERSONAL_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b")
NEXT_LINE = re.compile(rf"\s*([^\n]{{1,{MAX_WRITTEN_BY_NAME}}})(?:\n|$)")  # the next line with text
MIN_LINE_NAME_WORDS = 2  # "Hardware" alone on a byline element's line is a label; "Luke Kim" a name
#: Two or three capitalised words printed in a row ("Robert Stitz", "Edilson La Rosa", "Christian P.
#: Stadtfeld"), looked for at every word start (a lookahead), to spell out a declared login name.
PRINTED_WORDS = re.compile(r"(?=\b([A-ZÀ-Þ][\w'’-]+(?:[ \t]+(?:[A-ZÀ-Þ]\.|[A-ZÀ-Þa-zà-ÿ][\w'’-]*)){1,2}))")
#: An initial inside a printed name, which a login name leaves out ("P." in "Christian P. Stadtfeld").
INITIAL = re.compile(r"^[A-ZÀ-Þ]\.$")
MIN_OUTLET_KEY = 5  # a site's name or host this long inside a credit may name the outlet; "ap", "bbc" are words


def read_authors(src: PageSources, ld: JsonLd, header: list[str], site_name: str | None, host: str | None,
             language: str | None, prov: dict[str, str]) -> tuple[tuple[str, ...], str | None]:
    """(authors, agency) from the first source that names someone."""
    keys = site_keys((site_name, ld.publisher, ld.site_name), host)
    owner = site_owner((site_name, ld.site_name), src.title_tag, keys, src.body_text)
    # A "person" named as the organisation that publishes the page is that outlet ("USA TODAY" as both),
    # unless the name is a person's (a newsletter published under its writer's name).
    outlet = None if ld.publisher_is_person or is_personal_name(ld.publisher or "") else squash(ld.publisher)
    meta_values = _meta_authors(src)
    persons = {squash(name) for name, kind in ld.authors if kind == "person" and squash(name) != outlet} | {
        squash(owner)}
    sites = {squash(x) for x in (site_name, ld.site_name, ld.publisher) if x}
    persons |= {squash(name) for name in meta_values if squash(name) in sites and _printed_person(src, name)}
    # The site's own name is no author, unless the page says a person by that name wrote it
    # or the site is a person's own, named after them.
    not_authors = tuple(x for x in (site_name, ld.site_name, None if ld.publisher_is_person else ld.publisher)
                        if x and squash(x) not in persons)
    people = [name for name, kind in ld.authors if kind == "person" or is_agency(name)]
    shown = names_in_lines(header)
    bios = _BioLines(src.body_text)  # scanned when the first bio reader asks
    sources = (("jsonld", [people]), ("meta", [meta_values]), ("byline", [[shown[0]]] if shown else []),
               ("marked", _marked_groups(src)),  # generators: the byline elements are read when first asked for
               ("microdata", [[v] for v in src.microdata.get("author", [])]),
               ("element", _byline_groups(src)),
               ("box", ([name] for name in _about_the_author(src, language))),  # generators: lazy
               ("box", ([name] for name in _written_by(src, language))),
               # loose text below a label: one capitalised word there is a role ("Rechtsanwalt"), not a name
               ("element", ([name] for name in _labelled_author(src, language))),
               ("element", ([name] for name in _lead_alone_author(src.body_text))),
               ("element", ([name] for name in _listed_authors(src, language))),
               ("box", ([name] for name in _bio_subject(src.body_text, header, bios))),
               ("box", ([name] for name in _bio_by_given_name(src.body_text, bios))),
               ("byline", _described_byline(src)),
               ("byline", _beside_date(header)),
               ("handle", handle_after_marker(src, header, language, keys, not_authors)),
               ("site", [[owner]] if owner else []),
               ("site", _named_by_host(host, src.body_text)))
    handles: tuple[tuple[str, ...], str] | None = None
    house: tuple[tuple[str, ...], str] | None = None
    for source, groups in sources:
        if house and source != "box":
            continue  # after a staff credit only an explicit "Written by" or author box names the writer
        names = next((found for found in (tuple(g) if source == "handle" else _people(g, not_authors, keys, source)
                                          for g in groups) if found), ())
        if names and source in ("jsonld", "meta") and shown and not PLURAL_LABEL.match(shown[1]):
            printed = _people([shown[0]], not_authors, keys, "byline")
            other = not _same_people(printed, names)
            if printed and (other or _names_more(printed, names)) and not (
                    other and _printed_below(header, names, shown[1])):
                # The byline printed by the headline is what readers see; a declared author it does not
                # name is the account that filed the page (a guest post, "KatieS", "Todd"), and one it
                # names among others is the first of several writers the structured data lists alone.
                # But a byline above the declared name printed alone is another story's: a menu's teaser
                # in the lines before the headline ("by Andy Westlake" … headline … "Joshua Waller").
                names, source = printed, "byline"
        if names and source == "meta" and not shown and _doubtful_credit(names, meta_values, keys):
            marked = _one_marked_person(src, not_authors, keys)
            if marked and not _same_people(marked, names):
                # An author meta tag the page's one marked-up author link contradicts is another credit
                # (a theme's "Peter Amende und Fuchsy designed", the magazine's "Die FURCHE").
                names, source = marked, "marked"
        if names and source in ("jsonld", "meta") and not shown:
            dated = dated_handle(src, header, language, keys, not_authors)
            if dated and not _same_people((dated,), names):
                # "Geschrieben von" / "Cooper" / "am 25.08.2015 22:30" by the headline: the printed writer, not
                # the declared account ("EFC Bayrische Bembel", "Matthias Hille - Lukas Balbach")
                names, source = (dated,), "handle"
        if len(names) == 1 and source in ("jsonld", "meta") and not shown:
            printed = _people([_listed_with(header, names[0])], not_authors, keys, "byline")
            if _names_more(printed, names) and all(len(n.split()) > 1 for n in printed):  # not "… en Territorio"
                names, source = printed, "byline"  # "Rui Ma" declared, "Rui Ma, Heba Ledwon & …" printed
        if len(names) == 1 and source in ("jsonld", "meta") and _is_login_name(names[0]):
            spelled = _handle_spelled_out(src.body_text, names[0])
            if spelled:
                names = _people([spelled], not_authors, keys, "byline") or names
        if names and source in ("jsonld", "meta") and all(map(is_handle, names)):
            # A login name declared as the author: the page may print the writer's name further on.
            handles = handles or (names, source)
            continue
        if names and all(map(is_collective, names)):
            # "Team Tiger Data" by the headline, "Written by Jane Doe" under the story: the staff credit
            # is the house's account, the person an author box names the writer.
            house = house or (names, source)
            continue
        if names:
            return _credited(names, source, prov)
    fallback = handles or house
    return _credited(*fallback, prov) if fallback else ((), None)


def _printed_below(header: list[str], names: tuple[str, ...], byline: str) -> bool:
    """True when a declared name is printed alone on a line by the headline below the printed `byline`'s line."""
    keys = {bare_name(name).casefold() for name in names}
    return any(line.casefold() in keys for line in header[header.index(byline) + 1:])


def _is_login_name(name: str) -> bool:
    """A user name, not a byline: a handle ("robert.stitz") or one lower-case word ("arianschlichenmayer")."""
    return is_handle(name) or (" " not in name and name.islower())


def _handle_spelled_out(text: str, handle: str) -> str | None:
    """The name the page prints that spells a declared login name letter for letter, initials aside
    ("robert.stitz", "arianschlichenmayer" → "Robert Stitz", "Arian Schlichenmayer"): the writer's name."""
    key = squash(handle)
    if len(key) < 4:
        return None
    for match in PRINTED_WORDS.finditer(text):
        words = match[1].split()
        if not key.startswith(squash(words[0])):
            continue
        for size in (2, 3):
            name = words[:size]
            if len(name) == size and squash("".join(w for w in name if not INITIAL.match(w))) == key:
                return " ".join(name)
    return None


def _printed_person(src: PageSources, name: str) -> bool:
    """A declared author that is a person's name and that the page prints as a byline ("by Eric Ries", a
    byline element): a writer whose site is named after them ("Eric Ries" on Eric Ries's newsletter)."""
    if not is_personal_name(" ".join(word[:1].upper() + word[1:] for word in name.split())):
        return False  # "annette thurmon" as declared is checked as written on the page
    key = " ".join(name.split()).casefold()
    return (src.find_lower(f"by {key}") >= 0
            or any(" ".join(line).casefold() == key for line in src.bylines))


def _credited(names: tuple[str, ...], source: str,
              prov: dict[str, str]) -> tuple[tuple[str, ...], str | None]:
    """(authors, agency) as found, their sources recorded in `prov`."""
    source = "byline" if source in ("element", "marked", "box", "handle") else source
    prov["authors"] = source
    agency = credited_agency(names)
    if agency:
        prov["agency"] = source
    return names, agency


def _listed_with(header: list[str], name: str) -> str:
    """The declared author's line by the headline and the names joined to it on the lines after
    ("Rui Ma" / "," / "Heba Ledwon" / "&" / "Suparn Patra": each name a link of its own), as one byline."""
    index = header.index(name) if name in header else -1
    if index < 0 or index + 2 >= len(header) or not JOINER_LINE.match(header[index + 1]):
        return ""
    return joined_names(header, index)


def _doubtful_credit(names: tuple[str, ...], values: list[str], keys: set[str]) -> bool:
    """True when declared names may be no writer's: one spells the site's name or host ("Die FURCHE" on
    furche.at), or the declared strings held more than the names taken from them ("Peter Amende und
    Fuchsy designed")."""
    return any(len(key) >= MIN_OUTLET_KEY and key in squash(name) for name in names for key in keys) or (
        len({name for value in values for name in split_names(value)}) > len(names))


def _one_marked_person(src: PageSources, not_authors: tuple[str, ...], keys: set[str]) -> tuple[str, ...]:
    """The person every link the page marks up as its author names, when they all name one."""
    found = {name for value in src.marked_authors for name in _people([value], not_authors, keys, "marked")}
    return (found.pop(),) if len(found) == 1 else ()


def _beside_date(header: list[str]) -> Iterator[list[str]]:
    """The name printed beside the date by the headline, looked for only when asked."""
    name = name_beside_date(header)
    if name:
        yield [name]


def _named_by_host(host: str | None, text: str) -> Iterator[list[str]]:
    """The person the site's host spells (`owner.host_owner`), looked for only when asked."""
    name = host_owner(host, text)
    if name:
        yield [name]


def _same_people(printed: tuple[str, ...], declared: tuple[str, ...]) -> bool:
    """True when the two credits share a person: the same name, or one full name inside the other
    ("Dr Marna van der Merwe" / "Marna van der Merwe"); "Todd" is not "Todd Bates"."""
    def keys(names: tuple[str, ...]) -> list[str]:
        return [squash(bare_name(n)) for n in names]
    return any(a == b or (min(len(x.split()) for x in (p, d)) > 1 and (a in b or b in a))
               for p, a in zip(printed, keys(printed)) for d, b in zip(declared, keys(declared)))


def _names_more(printed: tuple[str, ...], declared: tuple[str, ...]) -> bool:
    """True when the printed byline names every declared author and more people besides."""
    return len(printed) > len(declared) and all(_same_people(printed, (name,)) for name in declared)


def _written_by(src: PageSources, language: str | None) -> Iterator[str]:
    """Names after an explicit "Written by" line anywhere in the page's text (an author box below
    the story); a bare "By" is left alone here, since prose starts sentences with it."""
    text = src.body_text
    for phrase in in_language(WRITTEN_BY, language):
        for before, start, end in _phrase_lines(src, phrase, MAX_WRITTEN_BY):
            if " ".join(before.split()) not in WRITTEN_BY_OPENERS:
                continue  # inside a sentence, not opening a line
            rest = text[start:end if end >= 0 else len(text)].strip(" \t:")
            if not rest and end >= 0:  # the lead-in alone on its line: the name is on the next one
                following = NEXT_LINE.match(text, end)
                rest = following[1].strip() if following else ""
            if 3 <= len(rest) <= MAX_WRITTEN_BY_NAME:
                yield rest


def _phrase_lines(src: PageSources, phrase: str, tries: int) -> Iterator[tuple[str, int, int]]:
    """The first `tries` places of `phrase` in the lower-cased text, each as (what its line holds before it,
    lower-cased; where the phrase ends; where its line ends or -1): the shared scan of the "Written by" and
    "Author" lines. Lower-casing keeps every character's place, so line breaks are found in the text."""
    text, start = src.body_text, 0
    for _ in range(tries):
        index = src.find_lower(phrase, start)
        if index < 0:
            return
        start = index + len(phrase)
        yield src.lower_slice(text.rfind("\n", 0, index) + 1, index), start, text.find("\n", start)


def _described_byline(src: PageSources) -> Iterator[list[str]]:
    """The byline a meta description opens with on a line of its own ("By Md Aynal Haque" / "RAJSHAHI, Dec
    20 (BSS) - …"): the story's first lines copied whole. A one-line description is a sentence, never read."""
    first, newline, _ = (first_meta(src, META_DESCRIPTION) or "").partition("\n")
    found = names_in_lines([first.strip()]) if newline else None
    if found:
        yield [found[0]]


def _label_lines(src: PageSources, labels: dict[str, str], language: str | None) -> Iterator[int]:
    """The end of each of the first few lines that hold only one of `labels` ("Author", "Autor:"), in the page's
    language, label by label: where both facts-box readers start reading names."""
    text = src.body_text
    for label in in_language(labels, language):
        for before, start, end in _phrase_lines(src, label, MAX_AUTHOR_LABELS):
            if end >= 0 and not before.strip() and not text[start:end].strip(" \t:"):
                yield end


def _labelled_author(src: PageSources, language: str | None) -> Iterator[str]:
    """The line after a line that is only an author label ("Author", "Autor:"): a facts box by the story. A
    one-word role between them is passed over ("Autor:" / "Rechtsanwalt" / "Sebastian Einbock")."""
    text = src.body_text
    for end in _label_lines(src, AUTHOR_LABELS, language):
        following = NEXT_LINE.match(text, end)
        if following and NOT_PERSON.fullmatch(following[1].strip()):
            following = NEXT_LINE.match(text, following.end() - 1)
        if following and 3 <= len(following[1].strip()):
            yield following[1].strip()


def _listed_authors(src: PageSources, language: str | None) -> Iterator[str]:
    """The people's names listed one a line below a plural author label alone on its line, as one byline."""
    text = src.body_text
    for end in _label_lines(src, AUTHOR_LIST_LABELS, language):
        names = []
        while (following := NEXT_LINE.match(text, end)) and _is_listed_name(following[1].strip()):
            names.append(following[1].strip())
            end = following.end() - 1  # the line break the next line follows
        if names:
            yield " and ".join(names)


def _is_listed_name(line: str) -> bool:
    """A line that is a person's name: a known given name first, initials allowed ("John A. Alic")."""
    words = line.split()
    return (MIN_LINE_NAME_WORDS <= len(words) <= MAX_LISTED_NAME_WORDS and words[0].casefold() in given_names()
            and looks_like_name(line))


def _lead_alone_author(text: str) -> Iterator[str]:
    """The line after the first few lines that hold only "Von" or "By" (a sign-off below the story)."""
    for match in itertools.islice(LEAD_ALONE.finditer(text), MAX_AUTHOR_LABELS):
        yield match[1].strip()


def _about_the_author(src: PageSources, language: str | None) -> Iterator[str]:
    """The name an "About the author" box opens with: its own line, or the subject of the bio's first
    sentence ("Juliette Carreiro is a content creator…")."""
    text = src.body_text
    # A heading whose lower case the lower-cased text lacks is there in neither spelling: one search of the
    # folded index instead of two of the text. Not where "İ" makes that index the text itself.
    indexed = LENGTH_CHANGING_LOWER not in text
    for heading in in_language(ABOUT_THE_AUTHOR, language):
        if indexed and src.find_lower(heading.lower()) < 0:
            continue
        index = text.find(heading)
        if index < 0:
            index = text.find(heading.lower())
        if index < 0:
            continue
        end = text.find("\n", index)
        following = NEXT_LINE.match(text, end) if end >= 0 else None
        bio = BIO_SUBJECT.match(text, end) if end >= 0 else None
        if bio:
            yield bio["name"]
        elif following:
            yield following[1].strip()


class _BioLines:
    """Where `BIO_LINE` and `GIVEN_NAME_BIO` match in a text, each as its `finditer` finds them (a match
    starts at or after the end of the one before), from one `BIO_OPENINGS` scan run when first asked for."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def found(self) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, int, str]]]:
        """(start, end, name) of each `BIO_LINE` match; (start, end, end of the name, given name) of each
        `GIVEN_NAME_BIO` match."""
        bios: list[tuple[int, int, str]] = []
        given: list[tuple[int, int, int, str]] = []
        bio_end = given_end = 0
        for match in BIO_OPENINGS.finditer(self.text):
            start = match.start()
            if match["bio"] is not None and start >= bio_end:
                bio_end = match.end("bio")
                bios.append((start, bio_end, match["name"]))
            if match["opening"] is not None and start >= given_end:
                given_end = match.end("opening")
                given.append((start, given_end, match.end("given"), match["given"]))
        return bios, given


def _bio_subject(text: str, header: list[str], lines: _BioLines) -> Iterator[str]:
    """The subject of a bio printed as an author box: a name alone on its line, then the bio opening with it
    ("Alban Brooke" / "Alban Brooke is the Head of Marketing at …"), or printed alone by the headline
    and opening a bio further down ("Julia Gralberg" … "Julia Gralberg is a freelance travel writer").
    The bio must speak of a person ("he", "her"); a page with bios of several people is a list of them."""
    shown = set(header)
    found: set[str] = set()
    for count, (start, end, name) in enumerate(lines.found[0]):
        if count >= MAX_BIOS or len(found) > 1:
            break
        if not is_personal_name(name) or not PERSONAL_PRONOUN.search(text, end, end + BIO_CHARS):
            continue  # "Liberty Tax is a tax preparation service": a business or a thing described
        if name in shown or line_before(text, start) == name:
            found.add(name)
    if len(found) == 1:
        yield found.pop()


def _bio_by_given_name(text: str, lines: _BioLines) -> Iterator[str]:
    """The subject of an author box whose bio calls them by the given name, below the full name and maybe a
    role ("Tim Green" / "UK-based Systems Theorist" / "Tim explores … His work …"), or right below the given
    name alone saying what writer they are ("Stefan" / "Stefan is the founder of …"); one such box only."""
    found: set[str] = set()
    for count, (start, opening_end, given_end, given) in enumerate(lines.found[1]):
        if count >= MAX_BIOS or len(found) > 1:
            break
        if given.casefold() not in given_names():
            continue
        if line_before(text, start) == given and LONE_NAME_ROLE.match(text, given_end + 1):
            found.add(given)
            continue
        if not PERSONAL_PRONOUN.search(text, opening_end, opening_end + BIO_CHARS):
            continue
        end = start
        for _ in range(BIO_ROLE_LINES):
            line = line_before(text, end)
            if line.startswith(given + " ") and is_personal_name(line):
                found.add(line)
                break
            end = text.rfind(line, 0, end)
            if end < 0:
                break
    if len(found) == 1:
        yield found.pop()


def _marked_groups(src: PageSources) -> Iterator[list[str]]:
    """Each link the page marks up as its author, read when first asked for."""
    for name in src.marked_authors:
        yield [name]


def _byline_groups(src: PageSources) -> Iterator[list[str]]:
    """Each byline element as one string, then its lines one by one (a name beside its date or role);
    a lone line must hold at least two words, so a role or section label alone is not a name. Read when
    first asked for."""
    bylines = src.bylines
    for lines in bylines:
        yield [", ".join(lines)]
    for lines in bylines:
        if len(lines) > 1:
            yield from ([line] for line in lines if len(line.split()) >= MIN_LINE_NAME_WORDS)


def _people(values: list[str], not_authors: tuple[str | None, ...], keys: set[str], source: str) -> tuple[str, ...]:
    """Authors from one source, without the site itself (by name, or a one-word brand named like the host;
    "Gary Marcus" on garymarcus.substack.com is a person writing under his own name).

    A byline-looking element ("element") is loose text: a one-word name there is a label more often
    than a person ("Hardware", "Development"), so it must have two words at least.
    """
    names = clean_authors(values, exclude=not_authors, typed=source in ("jsonld", "meta", "marked"),
                          collective=source in ("jsonld", "meta", "byline", "box", "element", "marked"))
    min_words = MIN_LINE_NAME_WORDS if source == "element" else 1
    names = tuple(n for n in names if is_agency(n) or (
        (len(n.split()) >= min_words or is_collective(n)) and (len(n.split()) > 1 or squash(n) not in keys)))
    if source not in ("jsonld", "meta") and len(names) > 1 and not any(
            is_agency(n) or len(n.split()) > 1 for n in names):
        return ()  # "Von Sitte und Moral": single words joined in printed text are a phrase, not people
    return names


def _meta_authors(src: PageSources) -> list[str]:
    """The author names meta tags declare, in `META_AUTHOR` order; profile URLs are left out."""
    out: list[str] = []
    for name in META_AUTHOR:
        for value in src.meta.get(name, ()):
            if value.startswith("http"):
                continue
            if name in CITATION_AUTHORS:
                out.extend(_first_last(part) for part in value.split(";") if part.strip())
            else:
                out.append(value)
    return out


def _first_last(value: str) -> str:
    """"Roy, Aniruddha" (citation style) → "Aniruddha Roy"."""
    last, _, first = value.partition(",")
    return f"{first.strip()} {last.strip()}" if first.strip() and len(value.split()) <= 4 else value
