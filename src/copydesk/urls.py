"""URL normalisation shared by extraction (canonical_url), dedup and fetching."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

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


def normalize_url(url: str) -> str:
    """A key under which copies of one page meet: lower-case host without `www.`,
    no scheme difference, default port, fragment, tracking parameters, AMP marker
    or trailing slash; remaining query parameters sorted."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("amp.")
    port = parts.port if parts.port and str(parts.port) != DEFAULT_PORTS.get(parts.scheme, "") else None
    netloc = f"{host}:{port}" if port else host
    path = AMP_PATH.sub("", parts.path) or "/"
    path = re.sub(r"/{2,}", "/", path)
    if len(path) > 1:
        path = path.rstrip("/")
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k))
    return urlunsplit(("", netloc, path, urlencode(query), "")).removeprefix("//")


def host_of(url: str | None) -> str | None:
    """The lower-case host of `url` without `www.`, or None."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.lower().removeprefix("www.") if host else None
