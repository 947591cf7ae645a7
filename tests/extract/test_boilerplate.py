"""Each boilerplate category is taken out of the body and listed in `removed` under its name."""

from __future__ import annotations

import pytest

import copydesk
from copydesk import Article

URL = "https://example.com/news/sea-wall-vote"

# (category, a piece of the widget's text) for every widget in article_with_widgets.html
WIDGETS = [
    ("related", "Related article: Storm damage along the coast tops forecasts"),
    ("related", "New ferry timetable starts in May"),
    ("appeal", "make a donation to keep our reporting free"),
    ("newsletter", "Sign up for our morning newsletter"),
    ("share", "Share on Facebook"),
    ("cookie", "We use cookies to improve your experience"),
    ("comments", "I grew up by that wall"),
    ("ads", "Advertisement"),
    ("navigation", "Home News Sport Weather"),
    ("author_bio", "About the author: Jane Doe covers the coast"),
    ("read_more", "Read more about the sea wall plans"),
]
STORY = [
    "The council of the small harbour town voted late on Tuesday",
    "Engineers told the meeting that the old granite blocks",
    "Fishermen who use the quay said they welcomed the decision",
    "Residents will be able to see the plans at the town hall",
]


@pytest.fixture(scope="module")
def article(page) -> Article:
    return copydesk.extract(page("article_with_widgets.html"), url=URL)


def test_the_story_is_kept_whole_and_in_order(article: Article) -> None:
    assert article.status == "ok", article.reason
    assert len(article.blocks) == len(STORY)
    assert all(block.text.startswith(start) for block, start in zip(article.blocks, STORY))


@pytest.mark.parametrize(("category", "snippet"), WIDGETS, ids=[f"{c}:{s[:20]}" for c, s in WIDGETS])
def test_each_widget_is_removed_and_listed_under_its_category(article: Article, category: str, snippet: str) -> None:
    assert snippet not in article.text
    listed = [item.category for item in article.removed if snippet in item.text]
    assert listed == [category]


def test_related_links_are_parsed_into_related_with_absolute_urls(article: Article) -> None:
    assert [(link.title, link.url) for link in article.related] == [
        ("Storm damage along the coast tops forecasts", "https://example.com/news/storm-damage-2024"),
        ("New ferry timetable starts in May", "https://example.com/news/ferry-timetable"),
        ("Lighthouse reopens to visitors after repairs", "https://example.com/news/lighthouse"),
    ]


def test_lead_image_caption_and_credit_move_into_image(article: Article) -> None:
    assert article.image is not None
    assert article.image.url == "https://example.com/img/wall.jpg"
    assert article.image.caption == "The crumbling sea wall at high tide."
    assert article.image.credit == "Photo: Marta Lind / AFP"
    assert "crumbling sea wall" not in article.text
    assert not any("crumbling sea wall" in item.text or "Marta Lind" in item.text for item in article.removed)


def test_a_caption_further_down_is_removed_as_caption_not_made_the_lead(page) -> None:
    html = page("article_with_widgets.html").replace(
        b"<p>Residents will", b"<figure><img src='/img/quay.jpg'><figcaption>Boats moored along the quay."
                             b"</figcaption></figure><p>Residents will")
    article = copydesk.extract(html, url=URL)
    assert article.image is not None and article.image.caption == "The crumbling sea wall at high tide."
    assert [item.category for item in article.removed if item.text == "Boats moored along the quay."] == ["caption"]
    assert "Boats moored" not in article.text
