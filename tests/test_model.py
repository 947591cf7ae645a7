import pickle

import orjson
import pytest

from copydesk import Article, Block, Image, Link, Removed, Status
from copydesk.model import FrozenMap


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
