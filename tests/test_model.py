import gzip
import pickle

import orjson
import pytest

from copydesk import Article, Block, Image, Link, Removed, Status
from copydesk.errors import FormatError
from copydesk.model import FrozenMap, Record


def _sample() -> Article:
    return Article(
        url="https://example.org/a", title="T", authors=("AFP",), agency="AFP", published="2024-10-17",
        image=Image(url="https://example.org/i.jpg", credit="KCNA VIA KNS / AFP"),
        blocks=(Block(kind="heading", text="H", level=2), Block(text="One."), Block(text="Two.")),
        related=(Link(title="Other story", url="https://example.org/b"),),
        removed=(Removed(category="appeal", text="Dear readers,"),),
        provenance=FrozenMap({"title": "jsonld"}), tags=("war",),
    )


def test_round_trips_through_json():
    article = _sample()
    data = orjson.loads(orjson.dumps(article.to_dict()))
    assert Article.from_dict(data) == article
    assert data["text"] == "H\n\nOne.\n\nTwo."


def test_is_frozen_hashable_and_picklable():
    article = _sample()
    with pytest.raises(AttributeError):
        article.title = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        article.provenance["title"] = "meta"  # type: ignore[index]
    assert pickle.loads(pickle.dumps(article)) == article
    assert hash(article) == hash(pickle.loads(pickle.dumps(article)))


def test_evolve_coerces_json_shapes():
    article = Article().evolve(status="empty", authors=["A", "B"], blocks=[{"kind": "quote", "text": "q"}])
    assert article.status is Status.EMPTY
    assert article.authors == ("A", "B")
    assert article.blocks == (Block(kind="quote", text="q"),)


BAD_ARTICLES = [
    {"url": 1},
    {"title": ["a"]},
    {"status": "fine"},
    {"status": ["ok"]},
    {"authors": [1]},
    {"authors": "AFP"},
    {"tags": {"a": 1}},
    {"image": 1},
    {"image": {"url": 5}},
    {"blocks": ["x"]},
    {"blocks": [{"kind": "paragraph"}]},
    {"blocks": [{"kind": "poem", "text": "x"}]},
    {"blocks": [{"text": "x", "level": "2"}]},
    {"blocks": {"text": "x"}},
    {"related": [{"url": "https://example.org/"}]},
    {"removed": [{"category": 1, "text": "x"}]},
    {"provenance": ["title"]},
    {"extras": "x"},
]


@pytest.mark.parametrize("data", BAD_ARTICLES, ids=[orjson.dumps(d).decode() for d in BAD_ARTICLES])
def test_from_dict_refuses_wrong_types_with_format_error(data):
    with pytest.raises(FormatError):
        Article.from_dict(data)
    with pytest.raises(FormatError):
        Record.from_dict(data)


@pytest.mark.parametrize("data", [None, [], "text", 1])
def test_from_dict_refuses_what_is_not_an_object(data):
    with pytest.raises(FormatError, match="must be an object"):
        Article.from_dict(data)  # type: ignore[arg-type]


def test_record_from_dict_checks_its_own_fields():
    with pytest.raises(FormatError, match="source"):
        Record.from_dict({"source": 3})
    row = Record(article=_sample(), id="7", source="a.warc@0").to_dict()
    assert Record.from_dict(orjson.loads(orjson.dumps(row))).article == _sample()


def test_the_removed_categories_are_the_declared_table_in_order():
    from copydesk.model import CATEGORIES, REMOVED_CATEGORIES

    assert REMOVED_CATEGORIES == tuple(c.name for c in CATEGORIES)
    assert len(set(REMOVED_CATEGORIES)) == len(REMOVED_CATEGORIES)
    assert REMOVED_CATEGORIES[:2] == ("related", "appeal")  # the order reports and the story model read


def test_a_misspelt_category_is_refused_where_it_is_named():
    from copydesk.model import categories

    assert categories("appeal", "cookie") == {"appeal", "cookie"}
    with pytest.raises(ValueError, match="apeal"):
        categories("appeal", "apeal")


def test_the_lexicon_and_the_scorer_read_the_declared_table():
    from copydesk import lexicon
    from copydesk.extract import scoring
    from copydesk.model import REMOVED_CATEGORIES, Container, container_categories

    assert set(lexicon.TEXT_SOURCES) <= set(REMOVED_CATEGORIES)
    assert set(lexicon.ATTR_SOURCES) == container_categories() == scoring.ALL_HINTS
    assert scoring.NEGATIVE_HINTS == container_categories(Container.AGAINST)
    assert scoring.ALL_HINTS - scoring.NEGATIVE_HINTS == {"caption", "credit"}  # names that label, not count against
    with pytest.raises(ValueError, match="cookies"):
        lexicon.PatternTable({"cookies": "consent"}, 0)


def test_every_category_extract_and_clean_report_is_declared(shared_dir):
    from copydesk import clean_text, extract
    from copydesk.model import REMOVED_CATEGORIES

    reported = set()
    for path in sorted((shared_dir / "data" / "wcxb-dev" / "html").iterdir())[:40]:
        article = extract(gzip.decompress(path.read_bytes()))
        reported |= {item.category for item in article.removed}
        reported |= {item.category for item in clean_text(article.text + "\n\nContinue\n\nRemind me later").removed}
    assert {"navigation", "button"} <= reported
    assert reported <= set(REMOVED_CATEGORIES)
