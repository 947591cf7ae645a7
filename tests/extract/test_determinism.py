"""Same bytes in, same output out: no state carried from one page to the next."""

from __future__ import annotations

import json

import copydesk

URL = "https://example.com/news/sea-wall-vote"


def test_the_same_bytes_give_the_same_record_whatever_came_before(page) -> None:
    html = page("article_with_widgets.html")
    first = copydesk.extract(html, url=URL).to_dict()
    for other in ("listing_home.html", "cyrillic_1251.html", "paywalled_teaser.html"):
        copydesk.extract(page(other))
    again = copydesk.extract(html, url=URL).to_dict()
    assert json.dumps(first, sort_keys=True) == json.dumps(again, sort_keys=True)


def test_bytes_and_the_same_text_give_the_same_body(page) -> None:
    html = page("article_with_widgets.html")
    assert copydesk.extract(html, url=URL).blocks == copydesk.extract(html.decode("utf-8"), url=URL).blocks


def test_the_record_round_trips_through_json(page) -> None:
    article = copydesk.extract(page("article_with_widgets.html"), url=URL)
    assert copydesk.Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article
