"""The page-type classifier: real shared pages of every type, the model file matching the code,
the `not_article` reason it gives, and `page_type` through records and Parquet."""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import re
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

import copydesk
from benchmarks.scores import word_prf
from copydesk import Article, Status
from copydesk.errors import FormatError
from copydesk.extract.pagetype import (
    COUNTED_WORDS,
    JSONLD_TYPE,
    MODEL_FILE,
    TRAINED_TYPES,
    URL_FEATURES,
    WORD_PUNCTUATION,
    PageType,
    _counted_words,
    _jsonld_types,
    _url_features,
    checked_model,
    feature_names,
    load_model,
)
from copydesk.extract.status import type_verdict
from copydesk.formats import read_record, render
from copydesk.model import PAGE_TYPES

PER_TYPE = 2  # the first pages of each type in the holdout split, in file order (no page chosen by hand)


def _holdout_pages(shared: Path) -> list[tuple[str, str, bytes]]:
    """(page_type, url, html) of the first `PER_TYPE` WCXB holdout pages of each type, as
    `benchmarks.datasets.split_of` splits them (SHA-1 of `wcxb/<id>` ≡ 0 mod 5)."""
    root = shared / "data" / "wcxb-dev"
    picked: dict[str, list[tuple[str, str, bytes]]] = {t: [] for t in TRAINED_TYPES}
    with gzip.open(root / "ground-truth.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            digest = hashlib.sha1(f"wcxb/{row['file_id']}".encode()).digest()
            if int.from_bytes(digest[:4], "big") % 5 or len(picked[row["page_type"]]) >= PER_TYPE:
                continue
            html = gzip.decompress((root / "html" / f"{row['file_id']}.html.gz").read_bytes())
            picked[row["page_type"]].append((row["page_type"], row["url"], html))
    return [page for pages in picked.values() for page in pages]


@pytest.fixture(scope="module")
def holdout_pages(shared_dir: Path) -> list[tuple[str, str, bytes]]:
    return _holdout_pages(shared_dir)


def test_the_first_holdout_pages_of_each_type_are_mostly_typed_right(holdout_pages) -> None:
    assert len(holdout_pages) == PER_TYPE * len(TRAINED_TYPES)
    got = [(wanted, copydesk.extract(html, url=url).page_type) for wanted, url, html in holdout_pages]
    right = sum(wanted == typed for wanted, typed in got)
    # Two pages of each type weigh every type alike: expect the mean per-type recall of site-grouped CV
    # (0.757, i.e. ~10.6 of 14), with a page and a half of slack. These pages were never trained on.
    assert right >= 9, got
    assert all(typed in PAGE_TYPES for _, typed in got)


def test_the_shipped_model_reads_the_features_the_code_computes() -> None:
    data = json.loads(resources.files("copydesk").joinpath("data", MODEL_FILE).read_text(encoding="utf-8"))
    assert data["features"] == list(feature_names())
    assert data["types"] == list(TRAINED_TYPES)
    model = load_model()
    assert model.mean.shape == (len(feature_names()),)
    assert model.layers[-1][0].shape[1] == len(TRAINED_TYPES)


def test_a_model_file_for_other_features_or_types_is_refused() -> None:
    data = json.loads(resources.files("copydesk").joinpath("data", MODEL_FILE).read_text(encoding="utf-8"))
    with pytest.raises(FormatError, match="other features"):
        checked_model({**data, "features": data["features"][:-1]})
    with pytest.raises(FormatError, match="other page types"):
        checked_model({**data, "types": data["types"][::-1]})


def test_a_page_of_teasers_is_not_an_article_and_its_reason_names_the_type(page) -> None:
    article = copydesk.extract(page("listing_home.html"), url="https://example.com/")
    assert article.status == Status.NOT_ARTICLE
    assert article.page_type in ("listing", "collection")
    assert article.reason.startswith(f"{article.page_type} page (p=0.")  # e.g. "listing page (p=0.93)"


def test_a_story_is_typed_article(page) -> None:
    article = copydesk.extract(page("article_with_widgets.html"), url="https://example.com/news/sea-wall-vote")
    assert (article.status, article.page_type) == (Status.OK, "article")


def _verdict(label: str, p: float, story_chars: int, declared_news: bool) -> str | None:
    return type_verdict(PageType(label, p, ((label, p),), story_chars, declared_news))


def test_a_declared_news_story_or_a_clear_story_wins_only_when_the_classifier_is_unsure() -> None:
    assert _verdict("listing", 0.55, 0, False) == "listing page (p=0.55)"
    assert _verdict("listing", 0.55, 0, True) is None  # declared NewsArticle, classifier unsure
    assert _verdict("listing", 0.55, 5000, False) is None  # a clear story, classifier unsure
    assert _verdict("product", 0.97, 5000, True) == "product page (p=0.97)"  # sure: the type stands
    assert _verdict("article", 0.99, 0, False) is None


def test_page_type_round_trips_through_dict_json_and_read_record() -> None:
    article = Article(title="Shop", blocks=(), page_type="product")
    assert article.to_dict()["page_type"] == "product"
    assert Article.from_dict(article.to_dict()) == article
    assert read_record(render(article, "json")) == article
    assert Article.from_dict({"title": "old record"}).page_type is None  # records written before the field


def test_an_unknown_page_type_is_refused_with_a_clear_error() -> None:
    with pytest.raises(ValueError, match="page_type must be one of"):
        Article(page_type="blog")
    with pytest.raises(FormatError, match="page_type"):
        read_record(json.dumps({"status": "ok", "page_type": "blog"}))


def test_a_thread_the_classifier_finds_to_be_a_forum_keeps_its_replies(shared_dir: Path) -> None:
    # A discussion under a news-story URL (no forum word in it, so the URL rule alone dropped the replies
    # as comments: word-F1 0.13 against WCXB's reference, which is the thread).
    row = _ground_truth(shared_dir)["0570"]
    html = gzip.decompress((shared_dir / "data" / "wcxb-dev" / "html" / "0570.html.gz").read_bytes())
    article = copydesk.extract(html, url=row["url"])
    assert article.page_type == "forum"
    assert article.reason.startswith("forum page (p=")
    assert word_prf(article.text, row["main_content"]).f1 > 0.5


def _ground_truth(shared: Path) -> dict[str, dict]:
    with gzip.open(shared / "data" / "wcxb-dev" / "ground-truth.jsonl.gz", "rt", encoding="utf-8") as fh:
        return {row["file_id"]: row for row in map(json.loads, fh)}


def test_a_story_read_without_its_url_is_typed_as_with_it(shared_dir: Path) -> None:
    # A page given without a URL (`copydesk extract page.html`) and declaring none (no canonical link, no
    # og:url) has no URL evidence; it used to read as a site's home page (an empty path): 3 of these 6
    # holdout stories changed type without their URL (to `service`), 4 were not typed `article`.
    root = shared_dir / "data" / "wcxb-dev"
    typed = {}
    for file_id, row in _ground_truth(shared_dir).items():
        digest = hashlib.sha1(f"wcxb/{file_id}".encode()).digest()
        if row["page_type"] != "article" or int.from_bytes(digest[:4], "big") % 5:
            continue
        html = gzip.decompress((root / "html" / f"{file_id}.html.gz").read_bytes())
        if not re.search(rb"rel=[\"']?canonical|og:url", html):
            typed[file_id] = (copydesk.extract(html, url=row["url"]).page_type, copydesk.extract(html).page_type)
    assert len(typed) == 6
    assert all(with_url == without for with_url, without in typed.values()), typed
    assert sum(without == "article" for _, without in typed.values()) >= 4, typed


def test_a_page_without_a_url_has_no_url_features() -> None:
    assert all(math.isnan(value) for value in _url_features(None))
    assert all(math.isnan(value) for value in _url_features("http://[bad"))
    assert len(_url_features(None)) == URL_FEATURES
    assert _url_features("https://example.com/")[1] == 1.0  # a real home page is one


@pytest.mark.parametrize("markup", [
    '{"@type": "NewsArticle", "x": {"@type" : [ "https://schema.org/Person"]}}',
    '"@type":"A""@type":"B"',  # the next type glued to a match
    '"@type":"A"@type":"B"',  # a match's closing quote opens the next "@type": findall skips that one
    '"@type""@type":"Z"', '"@type":"', '"@type": ["http://schema.org/Thing", "Other"]', "no types here",
])
def test_the_jsonld_type_scan_finds_what_the_regex_finds(markup: str) -> None:
    for end in range(len(markup) + 1):  # the scan stops at HEAD_CHARS: every cut
        assert _jsonld_types(markup, end) == JSONLD_TYPE.findall(markup, 0, end), (markup, end)


def test_the_jsonld_type_scan_finds_what_the_regex_finds_on_real_pages(holdout_pages) -> None:
    for _, _, html in holdout_pages:
        text = html.decode("utf-8", "replace")
        assert _jsonld_types(text, len(text)) == JSONLD_TYPE.findall(text)


def _words_by_stripping_every_token(text: str) -> dict[str, int]:
    """`_counted_words`' definition: every token lower-cased and stripped of WORD_PUNCTUATION, then counted."""
    words: Counter[str] = Counter(token.strip(WORD_PUNCTUATION) for token in text.lower().split())
    return {word: n for word, n in words.items() if word in COUNTED_WORDS}


@pytest.mark.parametrize("text", [
    "", "Reply reply REPLY, (reply) «reply» reply… replies—", "E-Mail: e-mail e-mail. email", "us. _us_ us² ²us",
    "Warenkorb beiträge BEITRÄGE: zł kč kr. uvp!", "we'll our's 'our' ourselves nous-mêmes", "tel.: +49 tel/fax",
])
def test_counted_words_are_the_stripped_tokens_counted(text: str) -> None:
    """Tokens of letters and digits alone are looked up unstripped: none of WORD_PUNCTUATION is one of them."""
    assert not any(c.isalnum() for c in WORD_PUNCTUATION)
    assert {w: n for w, n in _counted_words(text.lower()).items() if n} == _words_by_stripping_every_token(text)


def test_counted_words_of_real_pages(holdout_pages) -> None:
    for _, _, html in holdout_pages[:40]:
        text = html.decode("utf-8", "replace")[:30_000]
        assert {w: n for w, n in _counted_words(text.lower()).items() if n} == _words_by_stripping_every_token(text)
