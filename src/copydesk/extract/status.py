"""The honest status of a page whose blocks were chosen: ok, not_article, empty or paywalled.

General signals only (no site names): the page-type classifier's verdict
(`copydesk.extract.pagetype`), how much continuous prose the story holds, how many
link teasers the page has, whether the URL path is a section root, and paywall
markers (`isAccessibleForFree: false`, subscription prompts).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from copydesk.extract.blocks import Block, Page
from copydesk.extract.boilerplate import LINK_HEAVY
from copydesk.extract.pagetype import PageType
from copydesk.model import Removed, Status
from copydesk.textunits import has_sentence_end, text_units

PROSE_BLOCK_CHARS = 80  # a block this long with punctuation is a sentence or more of running text
LISTING_PROSE_CHARS = 500  # a dozen link teasers around less running text than a short news brief: a listing
TEASER_MIN_COUNT = 12  # a listing shows at least a dozen linked teasers
SECTION_ROOT_PROSE_CHARS = 1500  # a section-root URL needs a real story's worth of prose to be one
# A type this likely is trusted: another type overrules a declared news story or a clear story, and
# `article` overrules the teaser and section-URL rules below (which miss CJK, Thai and Burmese prose).
# Site-grouped CV, status against WCXB's labels: 0.911 (0.8 lost one more newspaper4k story).
SURE_TYPE_P = 0.6
CLEAR_STORY_CHARS = 3000  # one container holding this much running text reads as a story (CV: 1500 → 0.892)
FORUM_P = 0.7  # replies are content when the classifier is this sure of a forum (CV forum F1 0.731 → 0.740)
PAYWALL_MAX_WORDS = 350  # a public teaser runs a few paragraphs; a full story is longer
DECLARED_BODY_SHARE = 0.9  # the kept words reach this share of the declared `articleBody`'s: the whole story is public
# JSON-LD flag for metered / subscriber-only content.
NOT_FREE = re.compile(r"[\"']isAccessibleForFree[\"']\s*:\s*[\"']?false", re.I)
# What a paywall prompt says, as opposed to a donation appeal.
PAYWALL_TEXT = re.compile(r"subscri|abonn|abo\b|premium|paywall|continue reading|weiterlesen|read the full|"
                          r"unlimited (digital )?access|already a (subscriber|member)|log ?in to read|"
                          r"to read (more|on)|exclusive(ly)? for (subscribers|members)|nur für abonnenten|"
                          r"plus-artikel|réservé aux abonnés|подпис", re.I)
# Section roots: "/", "/news/", "/sport/football", "/category/x", "index.html" (no slug, no id, no date).
# Forum and Q&A software: phpBB/vBulletin/XenForo/Discourse/Invision/Stack Exchange/Reddit paths and host labels.
DISCUSSION_PATH = re.compile(r"/(threads?|topics?|viewtopic|showthread|showtopic|t|questions|discussions?|comments)/"
                             r"|/(viewtopic|showthread)\.php|[?&/]topic=", re.I)  # a thread, not a forum's index
DISCUSSION_HOST = frozenset({"forum", "forums", "community", "discuss", "discussion", "discussions", "bbs", "boards",
                             "answers"})
SECTION_PATH = re.compile(r"^/?(?:(?:category|tag|topics?|section|author)/)?(?:[a-z]+(?:[-_][a-z]+)?/?){0,2}"
                          r"(?:index\.\w+)?$", re.I)


def is_discussion(url: str | None) -> bool:
    """A forum thread or Q&A page by its URL's host or path words, where the replies are the content."""
    if not url:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    host = (parts.hostname or "").split(".")
    return bool(DISCUSSION_HOST.intersection(host[:-2]) or DISCUSSION_PATH.search(f"{parts.path}?{parts.query}"))


def replies_are_content(page_type: PageType | None, url: str | None) -> bool:
    """A forum thread or Q&A page, by the classifier or by its URL: its replies are kept as content."""
    return is_discussion(url) or (page_type is not None and page_type.of("forum") >= FORUM_P)


def type_verdict(page_type: PageType) -> str | None:
    """The reason a page of this type is not an article, or None when it is one (or may be): a declared
    news story or a clear story stands unless the classifier is sure."""
    if page_type.label == "article":
        return None
    story = page_type.declared_news or page_type.story_chars >= CLEAR_STORY_CHARS
    if story and page_type.probability < SURE_TYPE_P:
        return None
    return f"{page_type.label} page (p={page_type.probability:.2f})"


def judge_status(page: Page, kept: Sequence[int], removed: Sequence[Removed], html_text: str,
                 url: str | None, *, canonical_url: str | None = None,
                 page_kind: str | None = None, page_type: PageType | None = None,
                 declared_body: str | None = None) -> tuple[Status, str | None]:
    """(status, reason) for a page; `ok` with no reason when it is a readable story.

    `canonical_url` and `page_kind` ("article" when structured data declares one) come
    from the page's metadata: a story declared as such, or whose canonical URL has a
    slug, is not taken for a section page because of a short URL it was fetched under.
    With a `page_type`, a page the classifier finds to be no article is `not_article`
    with the type in the reason. A short story that holds all of the page's `declared_body`
    (JSON-LD `articleBody`) is not a teaser, whatever the paywall markers say.
    """
    blocks = page.blocks
    if not any(blocks[i].text.strip() for i in kept):
        if not blocks:
            return Status.EMPTY, "no readable text"
        return Status.NOT_ARTICLE, "no story-like text among the page's blocks"
    words = _count_words((blocks[i].text for i in kept), PAYWALL_MAX_WORDS)
    if words < PAYWALL_MAX_WORDS and _paywall_marked(removed, html_text) and not _holds_declared(words, declared_body):
        return Status.PAYWALLED, f"only a {words}-word teaser is public (paywall markers)"
    if page_type is not None and (verdict := type_verdict(page_type)):
        return Status.NOT_ARTICLE, verdict
    if page_type is not None and page_type.label == "article" and page_type.probability >= SURE_TYPE_P:
        return Status.OK, None
    prose = round(sum(blocks[i].size for i in kept if _is_prose(blocks[i])))  # read by the page-shape checks only
    teasers = sum(1 for block in blocks if block.link_density > LINK_HEAVY)
    if prose < LISTING_PROSE_CHARS and teasers >= TEASER_MIN_COUNT:
        return Status.NOT_ARTICLE, f"a listing: {teasers} link teasers and {prose} characters of prose"
    if prose < SECTION_ROOT_PROSE_CHARS and page_kind != "article" and _section_root(url, canonical_url):
        return Status.NOT_ARTICLE, "a section or home page URL with little prose"
    return Status.OK, None


def _count_words(texts: Iterable[str], enough: int) -> int:
    """The words of `texts` (word equivalents in every script), counted only until there are `enough`."""
    words = 0.0
    for text in texts:
        words += text_units(text)
        if words >= enough:
            break
    return round(words)


def _holds_declared(words: int, declared_body: str | None) -> bool:
    """The kept text is as long as the story the page declares: a short story told in full, not a teaser."""
    if not declared_body:
        return False
    return words >= DECLARED_BODY_SHARE * text_units(declared_body)


def _is_prose(block: Block) -> bool:
    return block.size >= PROSE_BLOCK_CHARS and block.link_density < LINK_HEAVY and has_sentence_end(block.text)


def _paywall_marked(removed: Sequence[Removed], html_text: str) -> bool:
    """Structured data says the story is not free, or a removed appeal asks to subscribe to read on
    (a donation appeal beside a short free story is not a paywall)."""
    if "isAccessibleForFree" in html_text and NOT_FREE.search(html_text):
        return True
    return any(item.category == "appeal" and PAYWALL_TEXT.search(item.text) for item in removed)


def _section_root(url: str | None, canonical_url: str | None) -> bool:
    """Every URL the page has (fetched, canonical) looks like a section root."""
    urls = [u for u in (url, canonical_url) if u]
    if not urls:
        return False
    try:
        return all(SECTION_PATH.match(urlsplit(u).path) for u in urls)
    except ValueError:
        return False
