"""URL parsing that never raises, whatever a page, feed or record carries."""

from __future__ import annotations

import pytest

from copydesk.urls import archived_url, host_of, normalize_url, path_of, port_of, split_url

# Each of these makes `urllib.parse` raise ValueError from `urlsplit` or `.port`.
BAD_URLS = [
    "https://example.com:99999/a",
    "https://example.com:abc/a",
    "https://example.com:-1/a",
    "http://user:pw@example.com:８０/",
    "http://[::1/a",
    "http://[not-an-address]/a",
    "http://ex\uff0fample.com/a",
]


@pytest.mark.parametrize("url", BAD_URLS)
def test_bad_urls_give_keys_not_exceptions(url):
    key = normalize_url(url)
    assert isinstance(key, str) and key
    assert host_of(url) is None or isinstance(host_of(url), str)
    assert path_of(url) is None or isinstance(path_of(url), str)


def test_an_impossible_port_stays_in_the_key():
    assert normalize_url("https://www.example.com:99999/a/") == "example.com:99999/a"
    assert normalize_url("https://example.com:99999/a") != normalize_url("https://example.com/a")
    assert port_of(split_url("https://example.com:abc/")) == "abc"  # type: ignore[arg-type]


def test_good_urls_normalise_as_before():
    url = "HTTPS://www.Example.com:443/News//a/?utm_source=x&b=2&a=1#top"
    assert normalize_url(url) == "example.com/News/a?a=1&b=2"
    assert normalize_url("http://example.com:8080/a") == "example.com:8080/a"
    assert normalize_url("http://example.com:80/amp/") == "example.com/"


def test_split_url_refuses_what_cannot_be_split():
    assert split_url("http://[::1/a") is None
    assert split_url(None) is None
    assert split_url("https://example.com:99999/a").hostname == "example.com"  # type: ignore[union-attr]


def test_archived_url_is_the_page_the_archive_copied():
    stamp = "https://web.archive.org/web/20160330101229"
    assert archived_url(f"{stamp}/http://muffins.example/grundrezept") == "http://muffins.example/grundrezept"
    assert archived_url(f"{stamp}id_/https://www.muffins.example/a") == "https://www.muffins.example/a"
    assert host_of(archived_url(f"{stamp}/muffins.example/2008/05/a.html")) == "muffins.example"
    for url in ("https://muffins.example/web/2016/x", "https://web.archive.org/details/x", None):
        assert archived_url(url) == url
