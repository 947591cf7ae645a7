"""Fuzz targets for the core entry points that take untrusted input: `extract`, `clean_text`,
`read_record`, `Article.from_dict` and the URL helpers. Each must return its documented type
or raise its documented error, never anything else.

The number of examples comes from the hypothesis profile (`conftest.py`): short by default,
`--hypothesis-profile=long` for the long run documented in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import copydesk
from copydesk.errors import FormatError
from copydesk.formats import render
from copydesk.formats.record import read_record
from copydesk.model import Article, Status
from copydesk.urls import host_of, normalize_url, path_of, split_url

FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

TAGS = ["html", "head", "body", "p", "div", "b", "i", "a", "table", "tr", "td", "script", "style", "meta", "title",
        "article", "h1", "span", "br", "img", "li", "ul", "address", "font", "x-y", "svg", "math", "template"]
ATTRS = st.dictionaries(st.sampled_from(["class", "id", "href", "charset", "content", "property", "name", "rel",
                                         "itemprop", "datetime", "src", "a", "b"]),
                        st.text(max_size=20), max_size=3)


@st.composite
def tag_soup(draw) -> str:
    """Markup of random tags (open, close, stray, unclosed), attributes and text in any script."""
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        kind = draw(st.integers(0, 3))
        tag = draw(st.sampled_from(TAGS))
        if kind == 0:
            attrs = "".join(f' {k}="{v}"' for k, v in draw(ATTRS).items())
            parts.append(f"<{tag}{attrs}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        else:
            parts.append(draw(st.text(max_size=80)))
    return "".join(parts)


PAGES = st.one_of(tag_soup(), st.text(max_size=400), st.binary(max_size=400),
                  tag_soup().map(lambda s: s.encode("utf-8", "surrogatepass")))


@FUZZ
@given(PAGES, st.one_of(st.none(), st.text(max_size=60)), st.one_of(st.none(), st.text(max_size=20)))
def test_extract_always_returns_an_article(page, url, charset):
    article = copydesk.extract(page, url, options=copydesk.ExtractOptions(today="2026-12-06", http_charset=charset))
    assert isinstance(article, Article) and isinstance(article.status, Status)
    assert Article.from_dict(orjson.loads(orjson.dumps(article.to_dict()))) == article
    assert isinstance(render(article, "text"), str)


@FUZZ
@given(st.one_of(st.text(max_size=600), tag_soup()), st.one_of(st.none(), st.text(max_size=60)))
def test_clean_text_always_returns_an_article(text, url):
    article = copydesk.clean_text(text, url)
    assert isinstance(article, Article) and isinstance(article.status, Status)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)
FIELDS = ["status", "reason", "url", "canonical_url", "title", "authors", "image", "tags", "blocks", "related",
          "removed", "provenance", "extras", "published", "text"]
ARTICLE_LIKE = st.dictionaries(st.sampled_from(FIELDS), JSON, max_size=6)


@FUZZ
@given(st.one_of(ARTICLE_LIKE, JSON))
def test_from_dict_returns_an_article_or_raises_format_error(data):
    try:
        article = Article.from_dict(data)
    except FormatError:
        return
    assert Article.from_dict(orjson.loads(orjson.dumps(article.to_dict()))) == article
    assert isinstance(render(article, "json"), str) and isinstance(render(article, "text"), str)


@FUZZ
@given(st.one_of(ARTICLE_LIKE.map(lambda d: orjson.dumps(d).decode()), st.text(max_size=400),
                 st.text(max_size=40).map(lambda t: "\n\n" + t + "\n\nBy " + t + "\n\nOctober 17, 2024\n\n" + t)))
def test_read_record_returns_an_article_or_raises_format_error(text):
    try:
        article = read_record(text)
    except FormatError:
        return
    assert isinstance(article, Article)


URLS = st.one_of(
    st.text(max_size=80),
    st.builds(lambda scheme, host, port, path: f"{scheme}://{host}{port}{path}",
              st.sampled_from(["http", "https", "HTTP", "ftp", ""]),
              st.one_of(st.text(max_size=20), st.sampled_from(["[::1", "[::1]", "[x]", "example.com", "a:b@c"])),
              st.one_of(st.just(""), st.text(max_size=8).map(lambda p: ":" + p), st.integers(-10, 10**6).map(str)
                        .map(lambda p: ":" + p)),
              st.text(max_size=30)),
)


@FUZZ
@given(URLS)
def test_url_helpers_never_raise(url):
    assert isinstance(normalize_url(url), str)
    assert host_of(url) is None or isinstance(host_of(url), str)
    assert path_of(url) is None or isinstance(path_of(url), str)
    split_url(url)
