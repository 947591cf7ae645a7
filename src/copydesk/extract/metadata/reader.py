"""`read_metadata`: every source on the page, cross-checked into one `Metadata`.

Order of trust per field: JSON-LD, then meta tags, then microdata and `<time>`,
then visible bylines, then the URL; dates are cross-checked in `page_dates`. A value
that fails its checks (an author that is the site or a sentence, a date in the future,
a modification stamp before the publication) is dropped rather than kept: metadata is
correct or missing, never wrong.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

from copydesk.extract.metadata.authors import (
    bare_name,
    clean_authors,
    is_agency,
    is_collective,
    is_handle,
)
from copydesk.extract.metadata.byline import JOINER_LINE, credited_agency, joined_names, names_in_lines
from copydesk.extract.metadata.given_names import GIVEN_NAMES
from copydesk.extract.metadata.jsonld import JsonLd, read_jsonld, text_of
from copydesk.extract.metadata.model import Metadata
from copydesk.extract.metadata.owner import is_personal_name, name_beside_date, site_owner
from copydesk.extract.metadata.page_dates import in_language, printed_lines, read_dates
from copydesk.extract.metadata.sources import PageSources, read_date_texts, read_sources
from copydesk.extract.metadata.title import (
    choose_title,
    site_keys,
    squash,
    unmangle,
    without_dangling_signs,
    without_labels,
)
from copydesk.urls import absolute_url, host_of

#: Meta names, best first, per field.
META_TITLE = ("og:title", "twitter:title", "dc.title", "dcterms.title", "parsely-title", "sailthru.title")
META_AUTHOR = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
               "byl", "citation_author", "citation_authors", "cxenseparse:author", "twitter:data1")
META_DESCRIPTION = ("og:description", "description", "twitter:description", "dc.description")
META_IMAGE = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")
META_TAGS = ("article:tag", "news_keywords", "parsely-tags", "sailthru.tags")
META_SECTION = ("article:section", "parsely-section", "section")
META_SITE = ("og:site_name", "application-name", "al:android:app_name")
META_LANGUAGE = ("og:locale", "content-language", "dc.language", "language")

#: Scholarly meta names (Highwire): one author "Roy, Aniruddha" a tag, or several in one tag split by ";".
CITATION_AUTHORS = frozenset({"citation_author", "citation_authors"})
LANGUAGE = re.compile(r"^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}|[a-z]{4}))?$", re.I)
TAG_SPLIT = re.compile(r"\s*[,;]\s*")
MAX_TAGS = 30  # more than this is an SEO keyword dump, not the story's tags
SHOWN_BEFORE = 400  # chars before the headline where a dateline may sit (kicker, breadcrumb, date)
SHOWN_AFTER = 1500  # chars after it: subtitle, byline, date, share bar
MAX_PADDING = 10  # a date window spans up to this many times its size of raw text when blank lines pad it
MAX_SPACED_TRIES = 50  # occurrences of a headline's first word tried by hand before one regex search takes over
MAX_HEADLINE_SPOTS = 3  # breadcrumb, headline, sticky header: the headline is among the first three
MAX_DATE_LINE = 120  # a printed line by the headline: "Oct 2024" up to "Updated … by … on …"
#: A date opening a paragraph as its dateline: "27.1.2022 -", "17. Oktober 2024:", "2024-10-17", "Oct. 17, 2024 —".
OPENING_DATE = re.compile(
    r"(?:\d{1,2}\.\s?\d{1,2}\.\s?|\d{1,2}\.?\s+[^\W\d_]{3,10}\.?\s+)(?:19|20)\d\d(?!\d)"
    r"|(?:19|20)\d\d-\d\d-\d\d(?!\d)|[^\W\d_]{3,10}\.?\s+\d{1,2},\s+(?:19|20)\d\d(?!\d)")
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
LEAD_ALONE = re.compile(r"\n[ \t]*+(?:[Vv]on|[Bb]y)[ \t]*+\n\s*+([^\n]{3,%d})(?:\n|$)" % MAX_WRITTEN_BY_NAME)
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
GIVEN_NAME_BIO = re.compile(r"\n[ \t]*+(?P<given>[A-ZÀ-Þ][\w'’-]++) (?:is|was|has|[a-z]{3,}s)\s")
#: What a bio under a lone given name says its subject is: a writer's role ("Stefan is the founder of …"), so
#: that a heading and its description ("Georgia" / "Georgia is a state in …") are no author box.
LONE_NAME_ROLE = re.compile(r"(?:is|was) (?:a|an|the|our) (?:[\w-]+ ){0,3}?(?:co-?)?(?:founder|author|writer|"
                            r"editor|creator|journalist|blogger|owner|host|chef|reporter|contributor)\b", re.I)
BIO_ROLE_LINES = 2  # lines between the name and such a bio: the role ("UK-based Systems Theorist & Writer")
MAX_BIOS = 20  # lines opening like a bio looked at; a page with more is a directory, its first ones are enough
BIO_CHARS = 400  # a bio's first sentences, where it speaks of its subject as "he" or "she"
PERSONAL_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b")
NEXT_LINE = re.compile(r"\s*([^\n]{1,%d})(?:\n|$)" % MAX_WRITTEN_BY_NAME)  # the next line with text
MIN_LINE_NAME_WORDS = 2  # "Hardware" alone on a byline element's line is a label; "Luke Kim" a name
HOME_PATHS = frozenset({"", "/", "/index.html", "/index.php", "/home"})
#: A plural lead-in alone on its line ("Authors") is as often a menu label as a byline: it never overrides
#: a declared author.
PLURAL_LABEL = re.compile(r"^(?:authors|contributors|autoren|auteurs|авторы)\s*:?$", re.I)
#: Two or three capitalised words printed in a row ("Robert Stitz", "Edilson La Rosa", "Christian P.
#: Stadtfeld"), looked for at every word start (a lookahead), to spell out a declared login name.
PRINTED_WORDS = re.compile(r"(?=\b([A-ZÀ-Þ][\w'’-]+(?:[ \t]+(?:[A-ZÀ-Þ]\.|[A-ZÀ-Þa-zà-ÿ][\w'’-]*)){1,2}))")
#: An initial inside a printed name, which a login name leaves out ("P." in "Christian P. Stadtfeld").
INITIAL = re.compile(r"^[A-ZÀ-Þ]\.$")


def read_metadata(tree: Any, url: str | None, *, now: str | None = None) -> Metadata:
    """The page's metadata, read without changing `tree`.

    `now` (ISO date) rejects later dates when given; without it only implausible years
    and printed dates after the page's own modification stamp are rejected.
    """
    src = read_sources(tree)
    ld = read_jsonld(src.jsonld)
    prov: dict[str, str] = {}
    host = host_of(url)
    site_name = _pick(prov, "site_name", ("meta", _first_meta(src, META_SITE[:1])),
                      ("jsonld", ld.publisher or ld.site_name))
    art = ld.article or {}
    language = _pick(prov, "language", ("meta", _language(src.html_lang)),
                     ("meta", _language(_first_meta(src, META_LANGUAGE))),
                     ("jsonld", _language(text_of(art.get("inLanguage")))))
    primary = language.split("-")[0] if language else None
    title = _title(src, ld, site_name, host, prov)
    anchors = (title, *src.h1s)  # the chosen title, else an h1 when the title is not printed as such
    spots = next((found for anchor in anchors if (found := headline_spots(src.body_text, anchor))), [])
    authors, agency = _authors(src, ld, header_lines(src.body_text, spots), site_name, host, primary, prov)
    published, modified = read_dates(src, ld, dateline_lines(src.body_text, spots), url, now, prov,
                                     lambda: read_date_texts(tree), language)
    canonical = _canonical(src, url)
    if canonical:
        prov["canonical_url"] = "meta"
    image_url, caption, credit = _image(src, ld, url or canonical, prov)
    return Metadata(
        title=title,
        authors=authors,
        agency=agency,
        published=published,
        modified=modified,
        site_name=site_name,
        language=language,
        description=_pick(prov, "description", ("meta", _first_meta(src, META_DESCRIPTION)),
                          ("jsonld", text_of(art.get("description")))),
        canonical_url=canonical,
        image_url=image_url,
        image_caption=caption,
        image_credit=credit,
        tags=_tags(src, ld, prov),
        section=_pick(prov, "section", ("meta", _first_meta(src, META_SECTION)),
                      ("jsonld", text_of(art.get("articleSection")))),
        provenance=prov,
        article_body=text_of(art.get("articleBody")),
        is_accessible_for_free=_free_flag(art.get("isAccessibleForFree")),
        page_kind=_page_kind(src, ld, url),
    )


def _pick(prov: dict[str, str], field: str, *options: tuple[str, str | None]) -> str | None:
    """The first non-empty value, recording its source in `prov`."""
    for source, value in options:
        if value and value.strip():
            prov[field] = source
            return " ".join(value.split())
    return None


def _first_meta(src: PageSources, names: tuple[str, ...]) -> str | None:
    for name in names:
        values = src.meta.get(name)
        if values:
            return values[0]
    return None


def _title(src: PageSources, ld: JsonLd, site_name: str | None, host: str | None, prov: dict[str, str]) -> str | None:
    art = ld.article or {}
    candidates = [(t, s) for t, s in (
        (text_of(art.get("headline")), "jsonld"),
        (_first_meta(src, META_TITLE), "meta"),
        (src.microdata.get("headline", [None])[0], "microdata"),
        (text_of(art.get("name")), "jsonld"),
        (src.title_tag, "title_tag"),
    ) if t]
    keys = site_keys((site_name, ld.publisher, ld.site_name), host)
    chosen = choose_title(src.h1s, candidates, keys, src.h1_parts, src.h1_kicked)
    if not chosen:
        return None
    prov["title"] = chosen[1]
    return without_dangling_signs(without_labels(" ".join(unmangle(chosen[0]).split())))


def _authors(src: PageSources, ld: JsonLd, header: list[str], site_name: str | None, host: str | None,
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
    sources = (("jsonld", [people]), ("meta", [meta_values]), ("byline", [[shown[0]]] if shown else []),
               ("marked", [[v] for v in src.marked_authors]),
               ("microdata", [[v] for v in src.microdata.get("author", [])]),
               ("element", _byline_groups(src.bylines)),
               ("box", ([name] for name in _about_the_author(src.body_text, language))),  # generators: lazy
               ("box", ([name] for name in _written_by(src, language))),
               # loose text below a label: one capitalised word there is a role ("Rechtsanwalt"), not a name
               ("element", ([name] for name in _labelled_author(src, language))),
               ("element", ([name] for name in _lead_alone_author(src.body_text))),
               ("box", ([name] for name in _bio_subject(src.body_text, header))),
               ("box", ([name] for name in _bio_by_given_name(src.body_text))),
               ("byline", _described_byline(src)),
               ("byline", _beside_date(header)),
               ("site", [[owner]] if owner else []))
    handles: tuple[tuple[str, ...], str] | None = None
    house: tuple[tuple[str, ...], str] | None = None
    for source, groups in sources:
        if house and source != "box":
            continue  # after a staff credit only an explicit "Written by" or author box names the writer
        names = next((found for found in (_people(g, not_authors, keys, source) for g in groups) if found), ())
        if names and source in ("jsonld", "meta") and shown and not PLURAL_LABEL.match(shown[1]):
            printed = _people([shown[0]], not_authors, keys, "byline")
            if printed and (not _same_people(printed, names) or _names_more(printed, names)):
                # The byline printed by the headline is what readers see; a declared author it does not
                # name is the account that filed the page (a guest post, "KatieS", "Todd"), and one it
                # names among others is the first of several writers the structured data lists alone.
                names, source = printed, "byline"
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
    return (f"by {key}" in src.body_lower
            or any(" ".join(line).casefold() == key for line in src.bylines))


def _credited(names: tuple[str, ...], source: str,
              prov: dict[str, str]) -> tuple[tuple[str, ...], str | None]:
    """(authors, agency) as found, their sources recorded in `prov`."""
    source = "byline" if source in ("element", "marked", "box") else source
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


def _beside_date(header: list[str]) -> Iterator[list[str]]:
    """The name printed beside the date by the headline, looked for only when asked."""
    name = name_beside_date(header)
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
    text, lower = src.body_text, src.body_lower
    for phrase in in_language(WRITTEN_BY, language):
        for before, start, end in _phrase_lines(lower, phrase, MAX_WRITTEN_BY):
            if " ".join(before.split()) not in WRITTEN_BY_OPENERS:
                continue  # inside a sentence, not opening a line
            rest = text[start:end if end >= 0 else len(text)].strip(" \t:")
            if not rest and end >= 0:  # the lead-in alone on its line: the name is on the next one
                following = NEXT_LINE.match(text, end)
                rest = following[1].strip() if following else ""
            if 3 <= len(rest) <= MAX_WRITTEN_BY_NAME:
                yield rest


def _phrase_lines(lower: str, phrase: str, tries: int) -> Iterator[tuple[str, int, int]]:
    """The first `tries` places of `phrase` in `lower`, each as (what its line holds before it, where the
    phrase ends, where its line ends or -1): the shared scan of the "Written by" and "Author" lines."""
    start = 0
    for _ in range(tries):
        index = lower.find(phrase, start)
        if index < 0:
            return
        start = index + len(phrase)
        yield lower[lower.rfind("\n", 0, index) + 1:index], start, lower.find("\n", start)


def _described_byline(src: PageSources) -> Iterator[list[str]]:
    """The byline a meta description opens with on a line of its own ("By Md Aynal Haque" / "RAJSHAHI, Dec
    20 (BSS) - …"): the story's first lines copied whole. A one-line description is a sentence, never read."""
    first, newline, _ = (_first_meta(src, META_DESCRIPTION) or "").partition("\n")
    found = names_in_lines([first.strip()]) if newline else None
    if found:
        yield [found[0]]


def _labelled_author(src: PageSources, language: str | None) -> Iterator[str]:
    """The line after a line that is only an author label ("Author", "Autor:"): a facts box by the story."""
    text, lower = src.body_text, src.body_lower
    for label in in_language(AUTHOR_LABELS, language):
        for before, start, end in _phrase_lines(lower, label, MAX_AUTHOR_LABELS):
            if end < 0 or before.strip() or lower[start:end].strip(" \t:"):
                continue  # not alone on its line
            following = NEXT_LINE.match(text, end)
            if following and 3 <= len(following[1].strip()):
                yield following[1].strip()


def _lead_alone_author(text: str) -> Iterator[str]:
    """The line after the first few lines that hold only "Von" or "By" (a sign-off below the story)."""
    for match in itertools.islice(LEAD_ALONE.finditer(text), MAX_AUTHOR_LABELS):
        yield match[1].strip()


def _about_the_author(text: str, language: str | None) -> Iterator[str]:
    """The name an "About the author" box opens with: its own line, or the subject of the bio's first
    sentence ("Juliette Carreiro is a content creator…")."""
    for heading in in_language(ABOUT_THE_AUTHOR, language):
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


def _bio_subject(text: str, header: list[str]) -> Iterator[str]:
    """The subject of a bio printed as an author box: a name alone on its line, then the bio opening with it
    ("Alban Brooke" / "Alban Brooke is the Head of Marketing at …"), or printed alone by the headline
    and opening a bio further down ("Julia Gralberg" … "Julia Gralberg is a freelance travel writer").
    The bio must speak of a person ("he", "her"); a page with bios of several people is a list of them."""
    shown = set(header)
    found: set[str] = set()
    for count, match in enumerate(BIO_LINE.finditer(text)):
        name = match["name"]
        if count >= MAX_BIOS or len(found) > 1:
            break
        if not is_personal_name(name) or not PERSONAL_PRONOUN.search(text, match.end(), match.end() + BIO_CHARS):
            continue  # "Liberty Tax is a tax preparation service": a business or a thing described
        if name in shown or _line_before(text, match.start()) == name:
            found.add(name)
    if len(found) == 1:
        yield found.pop()


def _bio_by_given_name(text: str) -> Iterator[str]:
    """The subject of an author box whose bio calls them by the given name, below the full name and maybe a
    role ("Tim Green" / "UK-based Systems Theorist" / "Tim explores … His work …"), or right below the given
    name alone saying what writer they are ("Stefan" / "Stefan is the founder of …"); one such box only."""
    found: set[str] = set()
    for count, match in enumerate(GIVEN_NAME_BIO.finditer(text)):
        if count >= MAX_BIOS or len(found) > 1:
            break
        given = match["given"]
        if given.casefold() not in GIVEN_NAMES:
            continue
        if _line_before(text, match.start()) == given and LONE_NAME_ROLE.match(text, match.end("given") + 1):
            found.add(given)
            continue
        if not PERSONAL_PRONOUN.search(text, match.end(), match.end() + BIO_CHARS):
            continue
        end = match.start()
        for _ in range(BIO_ROLE_LINES):
            line = _line_before(text, end)
            if line.startswith(given + " ") and is_personal_name(line):
                found.add(line)
                break
            end = text.rfind(line, 0, end)
            if end < 0:
                break
    if len(found) == 1:
        yield found.pop()


def _line_before(text: str, end: int) -> str:
    """The nearest line holding text before position `end` (at a line break), stripped."""
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line:
            return line
        end = start - 1
    return ""


def _byline_groups(bylines: list[tuple[str, ...]]) -> list[list[str]]:
    """Each byline element as one string, then its lines one by one (a name beside its date or role);
    a lone line must hold at least two words, so a role or section label alone is not a name."""
    whole = [[", ".join(lines)] for lines in bylines]
    parts = [[line] for lines in bylines if len(lines) > 1
             for line in lines if len(line.split()) >= MIN_LINE_NAME_WORDS]
    return whole + parts


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
    out = []
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


def headline_spots(text: str, title: str | None) -> list[tuple[int, int]]:
    """(start, end) of the headline's first few occurrences in the page's text: the first is often
    a breadcrumb, the story's own comes later."""
    if not title:
        return []
    spots: list[tuple[int, int]] = []
    start = 0
    for _ in range(MAX_HEADLINE_SPOTS):
        found = _find_headline(text, title, start)
        if not found:
            break
        spots.append(found)
        start = found[1] + SHOWN_AFTER
    return spots


def header_lines(text: str, spots: list[tuple[int, int]]) -> list[str]:
    """The short lines printed just before and after the headline's `spots` in the page's text
    (kicker, byline, date), where the page shows readers who wrote it and when."""
    out: list[str] = []
    start = 0
    for anchor, end in spots:
        window = text[max(0, anchor - SHOWN_BEFORE, start):end + SHOWN_AFTER]
        out.extend(_short_lines(window.split("\n")))
        start = end + SHOWN_AFTER
    return out


def dateline_lines(text: str, spots: list[tuple[int, int]]) -> list[str]:
    """The lines where a page prints its date by the headline: those after it first (the byline's
    date follows the headline; a date above it is as often the day's date in the masthead), then
    those before it. Blank lines and indentation do not count towards the windows, so a page
    padded with empty elements still shows its date within them."""
    out: list[str] = []
    start = 0
    for anchor, end in spots:
        # The headline's own line is left out: a date in it names the story's subject ("Results, 19.5.2007").
        after = printed_lines(text[anchor:end + SHOWN_AFTER * MAX_PADDING], SHOWN_AFTER)[1:]
        before = printed_lines(text[max(0, anchor - SHOWN_BEFORE * MAX_PADDING, start):anchor], SHOWN_BEFORE,
                                from_end=True)
        out.extend(_date_lines(after + before))
        start = end + SHOWN_AFTER
    return out


def _date_lines(lines: list[str]) -> Iterator[str]:
    """The non-blank lines short enough to print a date, and of the longer ones the date they open with
    ("27.1.2022 - Bei der Erinnerung …", a press release's first paragraph: the story's dateline)."""
    for line in lines:
        if len(line) <= MAX_DATE_LINE:
            if line:
                yield line
        elif match := OPENING_DATE.match(line):
            yield match[0]


def _short_lines(lines: Iterable[str]) -> Iterator[str]:
    """The non-blank lines short enough to be a kicker, a byline or a date, stripped."""
    return (line for line in map(str.strip, lines) if line and len(line) <= MAX_DATE_LINE)


def _find_headline(text: str, title: str, start: int) -> tuple[int, int] | None:
    """(start, end) of the headline in the text from `start`: as written, else with any
    whitespace between its words (its pieces may sit on separate lines)."""
    anchor = text.find(title, start)
    if anchor >= 0:
        return anchor, anchor + len(title)
    words = title.split()
    if len(words) < 2:
        return None
    # Every match opens with the first word: its occurrences are tried by hand first, since
    # compiling a pattern for each page's headline costs more than the search.
    for _ in range(MAX_SPACED_TRIES):
        anchor = text.find(words[0], start)
        if anchor < 0:
            return None
        end = _spaced_end(text, anchor + len(words[0]), words[1:])
        if end is not None:
            return anchor, end
        start = anchor + 1
    match = re.compile(r"\s+".join(map(re.escape, words))).search(text, start)
    return (match.start(), match.end()) if match else None


def _spaced_end(text: str, position: int, words: list[str]) -> int | None:
    """Where `words` end when they follow `position` in `text`, each after a run of whitespace."""
    for word in words:
        gap = position
        while gap < len(text) and text[gap].isspace():
            gap += 1
        if gap == position or not text.startswith(word, gap):
            return None
        position = gap + len(word)
    return position


def _canonical(src: PageSources, url: str | None) -> str | None:
    """The absolute canonical URL, unless it points at the home page of a deeper URL."""
    raw = src.canonical or _first_meta(src, ("og:url",))
    canonical = absolute_url(raw, url)
    if not canonical or not canonical.startswith(("http://", "https://")):
        return None
    if url and urlsplit(canonical).path in HOME_PATHS and urlsplit(url).path not in HOME_PATHS:
        return None
    return canonical


def _image(src: PageSources, ld: JsonLd, base: str | None,
           prov: dict[str, str]) -> tuple[str | None, str | None, str | None]:
    image = (ld.article or {}).get("image")
    obj = image[0] if isinstance(image, list) and image else image
    ld_url = text_of(obj.get("url") or obj.get("contentUrl")) if isinstance(obj, dict) else text_of(obj)
    meta_url = _first_meta(src, META_IMAGE)
    raw = meta_url or ld_url
    absolute = absolute_url(raw, base) if raw else None
    if absolute:
        prov["image_url"] = "meta" if meta_url else "jsonld"
    caption = credit = None
    if isinstance(obj, dict):
        caption = text_of(obj.get("caption")) or text_of(obj.get("description"))
        credit = (text_of(obj.get("creditText")) or text_of(obj.get("copyrightHolder"))
                  or text_of(obj.get("author")))
    for field, value in (("image_caption", caption), ("image_credit", credit)):
        if value:
            prov[field] = "jsonld"
    return absolute, caption, credit


def _tags(src: PageSources, ld: JsonLd, prov: dict[str, str]) -> tuple[str, ...]:
    keywords = (ld.article or {}).get("keywords")
    for source, values in (
        ("meta", src.meta.get("article:tag", [])),
        ("jsonld", keywords if isinstance(keywords, list) else [keywords] if isinstance(keywords, str) else []),
        ("meta", [v for n in META_TAGS[1:] for v in src.meta.get(n, ())]),
    ):
        tags: dict[str, str] = {}
        for value in values:
            for tag in TAG_SPLIT.split(value if isinstance(value, str) else text_of(value) or ""):
                tag = " ".join(tag.split())
                if tag and tag.casefold() not in tags:
                    tags[tag.casefold()] = tag
        if tags and len(tags) <= MAX_TAGS:
            prov["tags"] = source
            return tuple(tags.values())
    return ()


def _language(value: str | None) -> str | None:
    """`en`, `pt-BR`, `zh-Hant` from the many ways pages spell a locale."""
    match = LANGUAGE.match((value or "").strip())
    if not match:
        return None
    lang, region = match[1].lower(), match[2]
    if not region:
        return lang
    return f"{lang}-{region.title() if len(region) == 4 else region.upper()}"


def _free_flag(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None


def _page_kind(src: PageSources, ld: JsonLd, url: str | None) -> str | None:
    if ld.kind:
        return ld.kind
    og_type = (_first_meta(src, ("og:type",)) or "").lower()
    if og_type == "article":
        return "article"
    if og_type == "website" and url and urlsplit(url).path in HOME_PATHS:
        return "listing"
    return None
