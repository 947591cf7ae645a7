"""Every status `extract` can return, each from a real input, always as an `Article` with a reason."""

from __future__ import annotations

import re

import copydesk
from copydesk import Article, Status


def test_a_story_is_ok_without_a_reason(page) -> None:
    article = copydesk.extract(page("article_with_widgets.html"), url="https://example.com/news/sea-wall-vote")
    assert (article.status, article.reason) == (Status.OK, None)
    assert article.ok


def test_a_home_page_of_teasers_is_not_an_article_but_keeps_its_blocks(page) -> None:
    article = copydesk.extract(page("listing_home.html"), url="https://example.com/")
    assert article.status == Status.NOT_ARTICLE
    assert "listing" in article.reason or "home page" in article.reason
    assert article.blocks  # nothing is lost: the status says what the page is


def test_a_short_story_under_a_short_url_is_ok_when_the_page_declares_it(page) -> None:
    html = page("short_story_declared.html")  # ~1,000 characters of story, NewsArticle JSON-LD, slug canonical
    assert copydesk.extract(html, url="https://courier.example/news/ferry").status == Status.OK
    bare = re.sub(rb'<script type="application/ld\+json">.*?</script>|<link rel="canonical"[^>]*>|'
                  rb'<meta property="og:[^>]*>', b"", html, flags=re.S)
    article = copydesk.extract(bare, url="https://courier.example/news/ferry")
    # Stripped of its declarations it is still a story to the page-type classifier; the section-URL rule
    # (which alone called it a section page) decides only when the classifier is unsure.
    assert (article.status, article.reason, article.page_type) == (Status.OK, None, "article")


def test_a_page_with_no_readable_text_is_empty(page) -> None:
    article = copydesk.extract(page("empty_body.html"))
    assert article.status == Status.EMPTY and article.reason


def test_empty_and_blank_input_are_empty() -> None:
    for data in (b"", "   \n", b"\xef\xbb\xbf"):
        article = copydesk.extract(data)
        assert article.status == Status.EMPTY, data


def test_a_teaser_behind_a_paywall_says_so_in_its_reason(page) -> None:
    article = copydesk.extract(page("paywalled_teaser.html"), url="https://example.com/news/2024/10/17/inside-the-plan-to-save-the-harbour")
    assert article.status == Status.PAYWALLED
    assert "teaser" in article.reason and "paywall" in article.reason
    assert article.text.startswith("For two years the town's engineers")
    assert "subscribers only" not in article.text


def test_a_donation_appeal_beside_a_short_free_story_is_not_a_paywall(page) -> None:
    html = page("paywalled_teaser.html").replace(b'"isAccessibleForFree": false', b'"isAccessibleForFree": true')
    html = html.replace(b"This story is for subscribers only. Subscribe now for unlimited digital access.",
                        b"Support independent journalism: make a donation today.")
    html = html.replace(b"<p>Already a subscriber? Log in to continue reading.</p>", b"")
    article = copydesk.extract(html, url="https://example.com/news/2024/10/17/inside-the-plan-to-save-the-harbour")
    assert article.status == Status.OK, article.reason
    assert [item.category for item in article.removed if "donation" in item.text] == ["appeal"]


def test_input_over_the_size_limit_is_too_large(page) -> None:
    article = copydesk.extract(page("article_with_widgets.html"), max_bytes=1000)
    assert article.status == Status.TOO_LARGE and "limit" in article.reason


def test_a_spent_time_budget_is_a_timeout(page) -> None:
    article = copydesk.extract(page("article_with_widgets.html"), time_budget=1e-9)
    assert article.status == Status.TIMEOUT and "time budget" in article.reason


def test_binary_junk_is_an_error_not_a_crash(page) -> None:
    junk = bytes(range(256)) * 64  # control bytes everywhere, like an image or an archive
    article = copydesk.extract(junk)
    assert isinstance(article, Article)
    assert article.status == Status.ERROR and "binary" in article.reason


def test_a_refused_page_keeps_its_url() -> None:
    article = copydesk.extract(b"", url="https://example.com/a")
    assert article.url == "https://example.com/a"


def test_a_short_story_told_in_full_behind_paywall_markers_is_ok(shared_dir) -> None:
    """A 300-word news story marked `isAccessibleForFree: false` whose kept text is all of its declared
    `articleBody` is a whole story, not a teaser; without the declared body the markers decide."""
    import gzip

    html = gzip.decompress((shared_dir / "data" / "newspaper4k" / "html" / "cnn_test_nlp.html.gz").read_bytes())
    url = "https://edition.cnn.com/2016/12/18/politics/bob-gates-rex-tillerson-trump-russia/index.html"
    article = copydesk.extract(html, url=url)
    assert (article.status, article.reason) == (Status.OK, None)
    assert article.text.endswith("I think it’s a false narrative.”")
    bare = copydesk.extract(html.replace(b'"articleBody":', b'"articleBodyX":'), url=url)
    assert bare.status == Status.PAYWALLED and "teaser" in bare.reason
