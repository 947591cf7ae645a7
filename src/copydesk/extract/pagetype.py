"""What kind of page this is: article, listing, forum, product, collection, documentation or service.

A small trained classifier (softmax over `TRAINED_TYPES`, weights in
`copydesk/data/pagetype.json`, trained by `benchmarks/train_pagetype.py` on the
WCXB tune split) reads one row of page features: the URL's shape (depth, slug, id,
date, path words), what structured data declares (JSON-LD / microdata `@type`,
`og:type`) and the candidate blocks of `collect_blocks` (prose, links, teasers,
headings, lists, tables, code, prices, dates, forms…). It never reads the story
selection, so it can steer it. Words and class names are evidence here, never a verdict.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import filterfalse
from urllib.parse import urlsplit

import numpy as np
import orjson

from copydesk.errors import FormatError
from copydesk.extract.blocks import Page
from copydesk.extract.boilerplate import LINK_HEAVY
from copydesk.extract.metadata import Metadata
from copydesk.extract.pagetext import PageText, page_text
from copydesk.model import PAGE_TYPES
from copydesk.textunits import has_full_stop, text_units

MODEL_FILE = "pagetype.json"
TRAINED_TYPES = PAGE_TYPES[:-1]  # "other" is never a label in the training data
PROSE_BLOCK_CHARS = 80  # a block this long ending sentences is running text (as in `status`)
SHORT_BLOCK_CHARS = 40  # a label, a price, a date or a menu entry, not a sentence
TEASER_MAX_CHARS = 300  # a heading followed by this little text is a teaser, not a section of a story
SLUG_MIN_WORDS = 3  # "how-to-fix-it": a path segment of three joined words names one page
ID_MIN_DIGITS = 4  # a run of digits this long in the path is a record id, not a page number
WORD_TEXT_CHARS = 30_000  # words are counted in the first blocks' text only: a page's chrome shows by then
HEAD_CHARS = 200_000  # structured data sits in the head or near it; a long body is not scanned for it

# Structured-data types, from JSON-LD ("@type": "Product" or ["Product", …]) and microdata itemtype URLs.
JSONLD_TYPE = re.compile(r'"@type"\s*:\s*\[?\s*"(?:https?://schema\.org/)?(\w+)"')
MICRODATA_TYPE = re.compile(r'itemtype=["\']?https?://schema\.org/(\w+)')  # case-sensitive: a literal prefix scans fast
OG_TYPE = re.compile(r'og:type["\'][^>]{0,40}?content=["\']([\w.:-]+)')
# schema.org types grouped by the page type they declare.
SCHEMA_GROUPS = {
    "article": frozenset({"article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                          "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "report",
                          "scholarlyarticle", "liveblogposting", "socialmediaposting", "review", "recipe"}),
    "product": frozenset({"product", "offer", "aggregateoffer", "productgroup", "individualproduct", "vehicle",
                          "car", "book", "softwareapplication", "mobileapplication"}),
    "forum": frozenset({"discussionforumposting", "qapage", "question", "answer", "comment"}),
    "collection": frozenset({"collectionpage", "itemlist", "searchresultspage", "listitem", "offercatalog"}),
    "documentation": frozenset({"techarticle", "apireference", "howto", "howtostep"}),
    "service": frozenset({"aboutpage", "contactpage", "localbusiness", "service", "faqpage", "organization",
                          "professionalservice", "store", "event", "jobposting", "place", "postaladdress",
                          "medicalorganization", "restaurant", "hotel"}),
}
# News stories declared as such (generic "Article" / "BlogPosting" is what site plugins put on every page).
NEWS_TYPES = frozenset({"newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
                        "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting"})
# Path words by the page type they suggest (general words, never site names).
PATH_GROUPS = {
    "article": re.compile(r"^(news|article|articles|story|stories|blog|blogs|post|posts|opinion|politics|"
                          r"nachrichten|artikel|noticias|actualites|notizie)$"),
    "product": re.compile(r"^(product|products|produkt|produkte|produit|producto|shop|store|item|items|p|dp|buy|"
                          r"sku|catalog|catalogue|collections)$"),
    "forum": re.compile(r"^(forum|forums|thread|threads|topic|topics|t|viewtopic|showthread|questions|q|answers|"
                        r"discussion|discussions|community|board|boards|r|comments)$"),
    "listing": re.compile(r"^(category|categories|tag|tags|archive|archives|page|section|search|author|topics|"
                          r"latest|index|kategorie|rubrik|categoria|categorie)$"),
    "documentation": re.compile(r"^(docs|doc|documentation|api|reference|manual|guide|guides|wiki|help|handbook|"
                                r"tutorial|tutorials|learn|kb|support|faq|man|library|sdk|developer|developers)$"),
    "service": re.compile(r"^(about|about-us|contact|contact-us|services|service|pricing|impressum|imprint|"
                          r"kontakt|team|careers|jobs|locations|hours|booking|appointment|privacy|terms|"
                          r"ueber-uns|uber-uns|leistungen|legal)$"),
}
PATH_SPLIT = re.compile(r"[/._\-]+")
URL_DATE = re.compile(r"/(19|20)\d\d[/-](0?[1-9]|1[0-2])([/-]|$)|/(19|20)\d\d(0[1-9]|1[0-2])\d\d")
URL_ID = re.compile(rf"\d{{{ID_MIN_DIGITS},}}")
PAGE_EXTENSION = re.compile(r"\.(s?html?|php|aspx?|jsp|cfm)$", re.I)
# Words counted in the text of the blocks, by the page type they suggest (whole lower-cased words: one
# split and a table lookup a word, as a regex scan per list cost a page over a millisecond).
WORD_GROUPS = {
    "forum": frozenset({"reply", "replies", "posted", "joined", "posts", "quote", "thread", "member", "members",
                        "moderator", "registered", "antworten", "beiträge", "mitglied", "réponse", "réponses",
                        "respuesta", "respuestas", "upvote", "votes", "answered", "asked", "permalink"}),
    "shop": frozenset({"cart", "basket", "warenkorb", "panier", "carrito", "stock", "lager", "lieferbar", "sku",
                       "shipping", "versandkostenfrei", "versand", "quantity", "menge", "reviews", "bewertungen",
                       "checkout", "kasse", "wishlist", "merkzettel"}),
    "service": frozenset({"contact", "kontakt", "kontaktieren", "öffnungszeiten", "services", "leistungen",
                          "appointment", "termin", "phone", "telefon", "tel", "fax", "address", "adresse", "email",
                          "e-mail", "quote", "consultation", "beratung"}),
    "doc": frozenset({"parameter", "parameters", "returns", "syntax", "example", "examples", "usage", "install",
                      "installation", "configuration", "arguments", "deprecated", "default", "version", "api"}),
    "we": frozenset({"we", "our", "us", "wir", "unser", "unsere", "unseren", "uns", "nous", "notre", "nos",
                     "nosotros", "nuestro", "nuestra", "noi", "nostro", "nostra"}),
}
CURRENCY_SIGNS = "$€£¥₹₽"
CURRENCY_WORDS = frozenset({"eur", "usd", "gbp", "chf", "zł", "kr", "kč", "uvp"})
# Punctuation stripped from the ends of words ("Reply," and "(reply)" are the word "reply").
WORD_PUNCTUATION = "!\"#%&'()*+,./:;<=>?@[\\]^_`{|}~«»“”„‘’…·•|–—"
COUNTED_WORDS = CURRENCY_WORDS.union(*WORD_GROUPS.values())  # the only words `_block_features` reads
# …those a token of letters and digits alone can be: stripping takes nothing off such a token (no character of
# WORD_PUNCTUATION is a letter or a digit), so it is counted by a set lookup, not a strip.
COUNTED_ALNUM = frozenset(word for word in COUNTED_WORDS if word.isalnum())
HEADLINE_CHARS = 30  # a linked block this long is a headline teaser, not a menu entry
HINTS = ("navigation", "related", "comments", "share", "ads")


def feature_names() -> tuple[str, ...]:
    """The names of `page_features`' values, in order (the model file stores them and must match)."""
    return _FEATURE_NAMES


_FEATURE_NAMES = (
    "url_depth", "url_root", "url_slug", "url_id", "url_date", "url_query", "url_page_ext",
    *(f"url_{group}" for group in PATH_GROUPS),
    *(f"declared_{group}" for group in SCHEMA_GROUPS), "declared_news", "declared_breadcrumb", "declared_website",
    "og_article", "og_product", "og_website", "og_other", "kind_article", "kind_listing",
    "has_published", "has_authors", "has_article_body",
    "blocks", "chars", "prose_chars", "prose_share", "prose_blocks", "longest_prose", "best_frame_prose",
    "best_frame_share", "link_share", "teasers", "teaser_share", "headings", "heading_share", "linked_headings",
    "teaser_headings", "list_share", "tables", "code", "quote_share", "short_share", "question_share",
    "article_tags", "forms", "list_frames",
    "prices", *(f"{group}_words" for group in WORD_GROUPS), "headline_teasers", "mean_prose", "images",
    *(f"hint_{hint}" for hint in HINTS), "title_units",
)

URL_FEATURES = sum(name.startswith("url_") for name in _FEATURE_NAMES)
_STORY_COLUMN = _FEATURE_NAMES.index("best_frame_prose")
_NEWS_COLUMN = _FEATURE_NAMES.index("declared_news")


@dataclass(frozen=True, slots=True)
class PageType:
    """The classifier's verdict: the most likely type, its probability, and every type's; with the
    evidence of a story it may be overruled by: `story_chars`, the running text of the container
    holding the most, and `declared_news`, structured data declaring a news story."""

    label: str
    probability: float
    probabilities: tuple[tuple[str, float], ...]
    story_chars: int = 0
    declared_news: bool = False

    def of(self, label: str) -> float:
        return dict(self.probabilities).get(label, 0.0)


@dataclass(frozen=True, slots=True)
class PageTypeModel:
    """Standardisation, then dense layers (ReLU between them), then a softmax over `types`."""

    types: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    layers: tuple[tuple[np.ndarray, np.ndarray], ...]

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        x = (rows - self.mean) / self.scale
        x = np.where(np.isnan(x), 0.0, x)  # a missing value (NaN) is the training mean (nan_to_num: 6x slower)
        for n, (weights, bias) in enumerate(self.layers):
            x = x @ weights + bias
            if n + 1 < len(self.layers):
                x = np.maximum(x, 0.0)
        x = x - x.max(axis=1, keepdims=True)
        e = np.exp(x)
        return e / e.sum(axis=1, keepdims=True)

    def classify(self, row: Sequence[float]) -> PageType:
        probs = self.probabilities(np.asarray([row], dtype=np.float64))[0]
        best = int(probs.argmax())
        pairs = tuple((t, round(float(p), 4)) for t, p in zip(self.types, probs, strict=True))
        story_chars = round(math.expm1(row[_STORY_COLUMN]))
        return PageType(self.types[best], round(float(probs[best]), 4), pairs, story_chars, bool(row[_NEWS_COLUMN]))

    def to_json(self) -> dict:
        return {"types": list(self.types), "mean": _rounded(self.mean), "scale": _rounded(self.scale),
                "layers": [{"weights": _rounded(w), "bias": _rounded(b)} for w, b in self.layers]}

    @classmethod
    def from_json(cls, data: dict) -> PageTypeModel:
        layers = []
        for layer in data["layers"]:
            weights = np.asarray(layer["weights"], dtype=np.float64)
            layers.append((weights.reshape(weights.shape[0], -1), np.asarray(layer["bias"], dtype=np.float64)))
        return cls(tuple(data["types"]), np.asarray(data["mean"], dtype=np.float64),
                   np.asarray(data["scale"], dtype=np.float64), tuple(layers))


def _rounded(values: np.ndarray) -> list:
    return np.round(values, 6).tolist()


@lru_cache(maxsize=1)
def load_model() -> PageTypeModel:
    """The shipped model (read once per process; it never changes, so output does not depend on history)."""
    return checked_model(orjson.loads(resources.files("copydesk").joinpath("data", MODEL_FILE).read_bytes()))


def checked_model(data: dict) -> PageTypeModel:
    """The model of a model file, refused (`FormatError`) when its features or types are not the code's."""
    if data.get("features") != list(feature_names()):
        raise FormatError(f"{MODEL_FILE} was trained on other features: retrain with benchmarks/train_pagetype.py")
    if data.get("types") != list(TRAINED_TYPES):
        raise FormatError(f"{MODEL_FILE} names other page types than {', '.join(TRAINED_TYPES)}: retrain it")
    return PageTypeModel.from_json(data)


def classify_page(page: Page, meta: Metadata, url: str | None, html_text: str,
                  model: PageTypeModel | None = None, text: PageText | None = None) -> PageType:
    """The page's type from its blocks, metadata, URL and markup (`model` defaults to the shipped one; `text`,
    the page's `page_text`, is built here when not given)."""
    return (model or load_model()).classify(page_features(page, meta, url, html_text, text))


def page_features(page: Page, meta: Metadata, url: str | None, html_text: str,
                  text: PageText | None = None) -> list[float]:
    """One row of numbers, in `feature_names()` order; counts are log1p, shares 0-1."""
    row = (_url_features(meta.canonical_url or url) + _declared_features(meta, html_text)
           + _block_features(page, text or page_text(page)) + _title_features(meta))
    if len(row) != len(_FEATURE_NAMES):  # a code change that forgot a name; caught by the tests
        raise AssertionError(f"{len(row)} page features for {len(_FEATURE_NAMES)} names")
    return row


def _url_features(url: str | None) -> list[float]:
    """The URL's shape; a page without a (readable) URL has none: NaN, which the model reads as the
    training mean (a missing URL is no evidence, where an empty path would claim a site's home page)."""
    try:
        parts = urlsplit(url or "")
    except ValueError:
        parts = None
    if parts is None or not (parts.netloc or parts.path):
        return [math.nan] * URL_FEATURES
    path = parts.path or "/"
    segments = [s for s in path.split("/") if s]
    words = {w for s in segments for w in PATH_SPLIT.split(s.lower()) if w} | set(s.lower() for s in segments)
    slug = any(len(PATH_SPLIT.split(PAGE_EXTENSION.sub("", s))) >= SLUG_MIN_WORDS for s in segments)
    return [
        math.log1p(len(segments)), float(not segments), float(slug), float(bool(URL_ID.search(path))),
        float(bool(URL_DATE.search(path))), float(bool(parts.query)), float(bool(PAGE_EXTENSION.search(path))),
        *(float(any(pattern.match(w) for w in words)) for pattern in PATH_GROUPS.values()),
    ]


def _declared_features(meta: Metadata, html_text: str) -> list[float]:
    end = min(len(html_text), HEAD_CHARS)  # scanned in place: a slice would copy the page's head
    types = {t.lower() for t in _jsonld_types(html_text, end)}
    start = html_text.find("itemtype", 0, end)  # most pages have no microdata: one substring search says so
    if start >= 0:
        types.update(t.lower() for t in MICRODATA_TYPE.findall(html_text, start, end))
    start = html_text.find("og:type", 0, end)
    og = OG_TYPE.search(html_text, start, end) if start >= 0 else None
    og_type = og[1].lower() if og else ""
    return [
        *(float(bool(types & group)) for group in SCHEMA_GROUPS.values()), float(bool(types & NEWS_TYPES)),
        float("breadcrumblist" in types), float("website" in types or "webpage" in types),
        float(og_type == "article"), float(og_type.startswith(("product", "og:product"))), float(og_type == "website"),
        float(bool(og_type) and og_type not in ("article", "website") and not og_type.startswith("product")),
        float(meta.page_kind == "article"), float(meta.page_kind == "listing"),
        float(bool(meta.published)), float(bool(meta.authors)), float(bool(meta.article_body)),
    ]


def _jsonld_types(html_text: str, end: int) -> list[str]:
    """`JSONLD_TYPE.findall(html_text, 0, end)`, faster: every match opens with the literal `"@type"`, which
    `str.find` reaches far faster than the regex engine tries each position (0.19 against 0.09 ms a page)."""
    found = []
    at = html_text.find('"@type"', 0, end)
    while at >= 0:
        match = JSONLD_TYPE.match(html_text, at, end)
        if match:
            found.append(match[1])
        at = html_text.find('"@type"', match.end() if match else at + 1, end)  # findall goes on past a match
    return found


def _title_features(meta: Metadata) -> list[float]:
    """A headline runs a sentence; a service or listing names itself in a few words."""
    return [math.log1p(text_units(meta.title or ""))]


def _block_features(page: Page, text: PageText) -> list[float]:
    blocks = page.blocks
    n = len(blocks) or 1
    chars = prose = longest = 0.0  # in Latin-character equivalents (`Block.size`)
    link_chars = prose_blocks = headings = linked_headings = teaser_headings = 0
    teasers = lists = tables = code = quotes = short = questions = headline_teasers = 0
    frame_prose: defaultdict[int, float] = defaultdict(float)
    hints: Counter[str] = Counter()
    for i, block in enumerate(blocks):
        size = block.size  # Latin-character equivalents: a Chinese story measures like an English one
        chars += size
        link_chars += block.link_chars
        kind = block.kind
        running_prose = False
        if block.link_density > LINK_HEAVY:
            teasers += 1
            headline_teasers += size >= HEADLINE_CHARS
        elif size >= PROSE_BLOCK_CHARS and has_full_stop(block.text):
            prose += size
            prose_blocks += 1
            longest = max(longest, size)
            frame_prose[page.parent[block.frame] if block.frame >= 0 else -1] += size
            running_prose = True
        if kind == "heading":
            headings += 1
            linked_headings += block.link_density > LINK_HEAVY
            after = blocks[i + 1] if i + 1 < len(blocks) else None
            teaser_headings += bool(after and after.kind != "heading" and len(after.text) <= TEASER_MAX_CHARS)
        elif kind == "list_item":
            lists += 1
        elif kind == "table":
            tables += 1
        elif kind == "code":
            code += 1
        elif kind == "quote":
            quotes += 1
        short += size < SHORT_BLOCK_CHARS
        questions += block.text.rstrip().endswith(("?", "？", "؟"))
        if block.hint and not running_prose:  # a class name is evidence of chrome, not over running prose
            hints[block.hint] += 1
    words = _counted_words(text.lowered_head(WORD_TEXT_CHARS))
    best = max(frame_prose.values(), default=0)
    tags = page.tag
    log = math.log1p
    return [
        log(len(blocks)), log(chars), log(prose), prose / chars if chars else 0.0, log(prose_blocks), log(longest),
        log(best), best / prose if prose else 0.0, link_chars / chars if chars else 0.0, log(teasers), teasers / n,
        log(headings), headings / n, log(linked_headings), log(teaser_headings), lists / n, log(tables), log(code),
        quotes / n, short / n, questions / n, log(tags.count("article")), log(tags.count("form")),
        log(tags.count("ul") + tags.count("ol")),
        log(sum(map(text.joined.count, CURRENCY_SIGNS)) + sum(words[w] for w in CURRENCY_WORDS)),
        *(log(sum(words[w] for w in group)) for group in WORD_GROUPS.values()),
        log(headline_teasers), log(prose / prose_blocks) if prose_blocks else 0.0, log(len(page.images)),
        *(hints[hint] / n for hint in HINTS),
    ]


def _counted_words(lowered: str) -> Counter[str]:
    """How often each of `COUNTED_WORDS` occurs in the lower-case text `lowered`, punctuation stripped from word
    ends: the raw tokens are counted first (in C); the counted words among the tokens of letters and digits alone
    are found by one set intersection, and only the other distinct tokens (a quarter) are stripped in Python."""
    tokens = Counter(lowered.split())
    words: Counter[str] = Counter({word: tokens[word] for word in tokens.keys() & COUNTED_ALNUM})
    for token in filterfalse(str.isalnum, tokens):
        word = token.strip(WORD_PUNCTUATION)
        if word in COUNTED_WORDS:
            words[word] += tokens[token]
    return words
