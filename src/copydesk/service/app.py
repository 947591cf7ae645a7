"""The HTTP API: `extract` and `clean_text` behind a few JSON routes, and the web page.

Routes (all answers are JSON unless a `format` of `text` or `markdown` is asked for):

- `GET  /`            the web page (`copydesk.service.page`).
- `GET  /healthz`     liveness and version.
- `GET  /openapi.json` the OpenAPI document of the routes (`copydesk.service.openapi`).
- `POST /v1/extract`  an HTML page: the raw bytes (`Content-Type: text/html; charset=…`, with `?url=`
                      and `?format=`), or JSON `{"html": …, "url": …, "format": …}`, or JSON
                      `{"url": …}` alone to fetch the page first (only when the service allows fetching).
- `POST /v1/clean`    already-scraped text: the raw text (`text/plain`) or JSON `{"text": …, "url": …}`.

An article that is not `ok` (a listing, an empty page, a page that could not be
fetched…) is still a 200 answer: its `status` and `reason` are the answer. HTTP
errors are for the request itself, always JSON `{"error": …}`: 400 malformed, 403
fetching not allowed, 404 no such route, 405 wrong method, 408 body not sent in
time, 413 body over the limit, 415 wrong content type or charset.

Fetching (`allow_fetch`) refuses private addresses unless `allow_private_addresses`
(see `copydesk.fetch.addresses`), and runs in its own `fetch_workers` threads, so
slow remote pages wait there and never hold the extraction workers.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import anyio
import orjson
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from copydesk import __version__
from copydesk.clean import clean_text
from copydesk.errors import ConfigError, FetchError
from copydesk.extract import extract
from copydesk.formats.render import RENDERERS, render
from copydesk.html.charsets import REPLACEMENT, codec_for_label
from copydesk.model import Article
from copydesk.options import MAX_INPUT_BYTES, ExtractOptions
from copydesk.service.openapi import openapi_document
from copydesk.service.page import PAGE

FORMATS = {name: renderer.media_type for name, renderer in RENDERERS.items()}
JSON_TYPES = ("application/json",)
HTML_TYPES = ("text/html", "application/xhtml+xml", "application/octet-stream")
TEXT_TYPES = ("text/plain",)
WORKERS = 4  # documents handled at once; more only queue for the same cores and grow memory
FETCH_WORKERS = 4  # fetches at once: each mostly waits on the network, but holds a thread and a socket
HEADER_TIMEOUT_S = 10.0  # a request line and headers take one round trip; a client trickling them is dropped
BODY_TIMEOUT_S = 30.0  # the largest body (16 MiB) at ~5 Mbit/s; a client trickling it is answered 408
FETCH_SCHEMES = ("http", "https")


@dataclass(frozen=True, slots=True, kw_only=True)
class ServiceConfig:
    """How the service behaves; defaults suit an untrusted network."""

    options: ExtractOptions = ExtractOptions()
    max_body_bytes: int = MAX_INPUT_BYTES  # a request body past this is refused with 413 before it is read whole
    allow_fetch: bool = False  # fetching any URL a client names turns the server into a proxy: opt in
    allow_private_addresses: bool = False  # with allow_fetch: also fetch loopback, private, link-local addresses
    workers: int = WORKERS
    fetch_workers: int = FETCH_WORKERS
    header_timeout: float = HEADER_TIMEOUT_S  # enforced by `copydesk.service.server`'s protocol
    body_timeout: float = BODY_TIMEOUT_S

    def __post_init__(self) -> None:
        if self.workers < 1 or self.fetch_workers < 1:
            raise ConfigError("workers and fetch_workers must be at least 1")
        if self.max_body_bytes <= 0:
            raise ConfigError("max_body_bytes must be positive")
        if self.header_timeout <= 0 or self.body_timeout <= 0:
            raise ConfigError("header_timeout and body_timeout must be positive")


class RequestError(Exception):
    """A request the API refuses, with its HTTP status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def create_app(config: ServiceConfig | None = None) -> Starlette:
    """The ASGI application serving the API and the web page."""
    config = config or ServiceConfig()
    limiter = anyio.CapacityLimiter(config.workers)
    fetch_limiter = anyio.CapacityLimiter(config.fetch_workers)
    document = openapi_document(tuple(FORMATS))

    async def run(func: Callable[..., Article], *args: Any, **kwargs: Any) -> Article:
        # CPU-bound work leaves the event loop free for health checks and new connections.
        return await anyio.to_thread.run_sync(lambda: func(*args, **kwargs), limiter=limiter)

    async def fetch_then_extract(url: str) -> Article:
        # The HTTP client loads only when fetching is used.
        from copydesk.fetch.article import extract_fetched, failed_fetch
        from copydesk.fetch.config import FetchConfig
        from copydesk.fetch.session import fetch_url

        fetch_config = FetchConfig(allow_private_addresses=config.allow_private_addresses)
        try:
            result = await anyio.to_thread.run_sync(lambda: fetch_url(url, config=fetch_config),
                                                    limiter=fetch_limiter)
        except FetchError as error:
            return failed_fetch(url, error)
        return await run(extract_fetched, result, config.options)

    async def extract_route(request: Request) -> Response:
        fmt = _format(request.query_params.get("format"))
        kind = _media_type(request)
        if kind in JSON_TYPES:
            payload = _json_object(await _read_body(request, config))
            fmt = _format(payload.get("format", request.query_params.get("format")))
            url = _optional_str(payload, "url")
            html = _optional_str(payload, "html")
            if html is None:
                if url is None:
                    raise RequestError(400, 'give "html", or "url" to fetch')
                if not config.allow_fetch:
                    raise RequestError(403, "this service does not fetch URLs (start it with --allow-fetch)")
                return _answer(await fetch_then_extract(_fetchable(url)), fmt)
            return _answer(await run(extract, html, url, options=config.options), fmt)
        if kind not in HTML_TYPES:
            raise RequestError(415, f"send text/html or application/json, not {kind or 'no content type'}")
        body = await _read_body(request, config)
        options = config.options
        if charset := _charset(request):
            options = ExtractOptions.build(options, http_charset=charset)
        return _answer(await run(extract, body, request.query_params.get("url"), options=options), fmt)

    async def clean_route(request: Request) -> Response:
        kind = _media_type(request)
        if kind not in JSON_TYPES + TEXT_TYPES:
            raise RequestError(415, f"send text/plain or application/json, not {kind or 'no content type'}")
        body = await _read_body(request, config)
        if kind in JSON_TYPES:
            payload = _json_object(body)
            text = _optional_str(payload, "text")
            if text is None:
                raise RequestError(400, 'give "text"')
            url, fmt = _optional_str(payload, "url"), _format(payload.get("format"))
        else:
            text = _decode_text(body, _charset(request))
            url, fmt = request.query_params.get("url"), _format(request.query_params.get("format"))
        return _answer(await run(clean_text, text, url), fmt)

    async def page(_: Request) -> Response:
        return HTMLResponse(PAGE.replace("{{ALLOW_FETCH}}", "true" if config.allow_fetch else "false"))

    async def health(_: Request) -> Response:
        return JSONResponse({"status": "ok", "version": __version__})

    async def openapi(_: Request) -> Response:
        return JSONResponse(document)

    return Starlette(routes=[
        Route("/", page, methods=["GET"]),
        Route("/healthz", health, methods=["GET"]),
        Route("/openapi.json", openapi, methods=["GET"]),
        Route("/v1/extract", _guarded(extract_route), methods=["POST"]),
        Route("/v1/clean", _guarded(clean_route), methods=["POST"]),
    ], exception_handlers={HTTPException: _http_error, Exception: _internal_error})


async def _http_error(request: Request, error: Exception) -> Response:
    """Starlette's own refusals (no such route, wrong method) as JSON, like the API's."""
    assert isinstance(error, HTTPException)
    messages = {404: f"no route {request.url.path}; the routes are in /openapi.json",
                405: f"{request.method} is not allowed on {request.url.path}; use "
                     f"{(error.headers or {}).get('Allow', 'another method')}"}
    return JSONResponse({"error": messages.get(error.status_code, error.detail)}, status_code=error.status_code,
                        headers=error.headers)


async def _internal_error(_: Request, error: Exception) -> Response:
    """A bug, not the client's doing: still JSON, without the details (they go to the log)."""
    return JSONResponse({"error": f"internal error ({type(error).__name__})"}, status_code=500)


def _guarded(route: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
    """`route` with refused requests answered as JSON `{"error": …}` and their status."""
    async def handle(request: Request) -> Response:
        try:
            return await route(request)
        except RequestError as error:
            # A 408 leaves the rest of the body unread on the socket: the connection cannot be reused.
            headers = {"Connection": "close"} if error.status == 408 else None
            return JSONResponse({"error": error.message}, status_code=error.status, headers=headers)
        except ConfigError as error:
            return JSONResponse({"error": str(error)}, status_code=400)
    return handle


async def _read_body(request: Request, config: ServiceConfig) -> bytes:
    """The request body, refused with 413 as soon as it passes the size limit and with 408
    when it has not all come within `body_timeout`."""
    limit = config.max_body_bytes
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise RequestError(413, f"body over {limit} bytes")
    chunks, size = [], 0
    with anyio.move_on_after(config.body_timeout) as scope:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise RequestError(413, f"body over {limit} bytes")
            chunks.append(chunk)
    if scope.cancelled_caught:
        raise RequestError(408, f"the body did not arrive within {config.body_timeout:g}s")
    return b"".join(chunks)


def _answer(article: Article, fmt: str) -> Response:
    if fmt == "json":
        return Response(orjson.dumps(article.to_dict()), media_type=FORMATS["json"])
    return Response(render(article, fmt), media_type=FORMATS[fmt])


def _format(value: Any) -> str:
    if value is not None and not isinstance(value, str):
        raise RequestError(400, f'"format" must be a string, one of {", ".join(FORMATS)}')
    fmt = value or "json"
    if fmt not in FORMATS:
        raise RequestError(400, f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    return fmt


def _fetchable(url: str) -> str:
    """`url` when it is an absolute http(s) URL with a host and a valid port; 400 otherwise."""
    try:
        parts = urlsplit(url)
        valid = parts.scheme.lower() in FETCH_SCHEMES and bool(parts.hostname) and parts.port != 0
    except ValueError:  # a port out of range or not a number, a bad IPv6 literal
        valid = False
    if not valid:
        raise RequestError(400, f'"url" must be an absolute http or https URL, not {url[:200]!r}')
    return url


def _decode_text(body: bytes, charset: str | None) -> str:
    """A text/plain body as text: its declared charset, else UTF-8; a label the WHATWG
    Encoding Standard does not know (`bogus`, `utf-32`, `cp500`, `hex`), or one of its
    replacement encodings, is refused with 415."""
    codec = codec_for_label(charset) if charset is not None else "utf-8"
    if codec is None or codec == REPLACEMENT:
        raise RequestError(415, f"unknown charset {(charset or '')[:100]!r}; send utf-8")
    return body.decode(codec, errors="replace")


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def _charset(request: Request) -> str | None:
    for param in request.headers.get("content-type", "").split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"')
    return None


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        payload = orjson.loads(body)
    except orjson.JSONDecodeError as error:
        raise RequestError(400, f"malformed JSON: {error}") from None
    if not isinstance(payload, dict):
        raise RequestError(400, "the JSON body must be an object")
    return payload


def _optional_str(payload: dict[str, Any], key: str) -> str | None:
    value = payload.get(key)
    if value is not None and not isinstance(value, str):
        raise RequestError(400, f'"{key}" must be a string')
    return value
