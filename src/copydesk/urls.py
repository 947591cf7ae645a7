"""URL parsing and normalisation shared by extraction (canonical_url), dedup and fetching.

Nothing here raises on a bad URL: `urllib.parse` raises `ValueError` for a port out of
range or not a number, a broken IPv6 bracket or a host that changes under NFKC, and a
page or a feed can carry any of those. Code that reads URLs from input goes through
`split_url` and `port_of` instead of `urlsplit(...)` and `.port`.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that track a click, not name a page.
TRACKING_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl|yclid|ocid|cmpid|"
    r"ito|smid|sref|src|ref|referrer|share|ns_\w+|at_\w+|__twitter_impression|s_cid|"
    r"outputType|amp|amp_\w+|output)$",
    re.I,
)
# AMP copies live under /amp/ paths or .amp suffixes and mirror the canonical page.
AMP_PATH = re.compile(r"(/amp/?$|\.amp$|/amp(?=/))", re.I)
DEFAULT_PORTS = {"http": "80", "https": "443"}
#: A web archive's copy of a page ("https://web.archive.org/web/20160330101229/http://example.net/story"):
#: the page, and the site it names, are the archived URL's, the scheme sometimes left out.
ARCHIVED = re.compile(r"^https?://web\.archive\.org/web/\d+[a-z_]*/(?:(https?://)|/*)(.+)$", re.I)


def absolute_url(href: str | None, base: str | None) -> str | None:
    """`href` resolved against `base`; None for empty, `javascript:`, `mailto:` or `data:` links."""
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith(("javascript:", "mailto:", "data:", "#", "tel:")):
        return None
    try:
        return urljoin(base, href) if base else href
    except ValueError:
        return None


def split_url(url: str | None) -> SplitResult | None:
    """`urlsplit(url)`, or None for no URL or one `urllib` cannot split (broken IPv6 bracket,
    a host that NFKC changes); a bad port still splits, and `port_of` reads it safely."""
    if not isinstance(url, str) or not url:
        return None
    try:
        return urlsplit(url)
    except ValueError:
        return None


def port_of(parts: SplitResult) -> str | None:
    """The port of a split URL as written (`"8080"`, or `"99999"` even though no server can
    have it), or None when the URL names none; never raises as `SplitResult.port` does."""
    try:
        port = parts.port
    except ValueError:  # out of range or not a number: keep the text, so the key stays distinct
        return parts.netloc.rpartition(":")[2].lower() or None
    return str(port) if port is not None else None


def normalize_url(url: str) -> str:
    """A key under which copies of one page meet: lower-case host without `www.`,
    no scheme difference, default port, fragment, tracking parameters, AMP marker
    or trailing slash; remaining query parameters sorted. Never raises: a URL that
    cannot be split is its own key (stripped)."""
    url = url.strip() if isinstance(url, str) else ""
    parts = split_url(url)
    if parts is None:
        return url
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("amp.")
    port = port_of(parts)
    netloc = f"{host}:{port}" if port and port != DEFAULT_PORTS.get(parts.scheme.lower()) else host
    path = AMP_PATH.sub("", parts.path) or "/"
    path = re.sub(r"/{2,}", "/", path)
    if len(path) > 1:
        path = path.rstrip("/")
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k))
    return urlunsplit(("", netloc, path, urlencode(query), "")).removeprefix("//")


def host_of(url: str | None) -> str | None:
    """The lower-case host of `url` without `www.`, or None."""
    parts = split_url(url)
    host = parts.hostname if parts is not None else None
    return host.lower().removeprefix("www.") if host else None


def archived_url(url: str | None) -> str | None:
    """The URL a web archive's copy was taken from, else `url` as it is."""
    found = ARCHIVED.match(url) if isinstance(url, str) else None
    if not found:
        return url
    return (found[1] or "http://") + found[2]


def path_of(url: str | None) -> str | None:
    """The path of `url` (`""` when it has none), or None when there is no URL or it cannot be split."""
    parts = split_url(url)
    return parts.path if parts is not None else None
