"""The HTTP API: `extract` and `clean_text` behind a few JSON routes, and the web page.

Routes (all answers are JSON unless a `format` of `text` or `markdown` is asked for):

- `GET  /`            the web page (`copydesk.service.page`).
- `GET  /healthz`     liveness and version.
- `POST /v1/extract`  an HTML page: the raw bytes (`Content-Type: text/html; charset=…`, with `?url=`
                      and `?format=`), or JSON `{"html": …, "url": …, "format": …}`, or JSON
                      `{"url": …}` alone to fetch the page first (only when the service allows fetching).
- `POST /v1/clean`    already-scraped text: the raw text (`text/plain`) or JSON `{"text": …, "url": …}`.

An article that is not `ok` (a listing, an empty page…) is still a 200 answer: its
`status` and `reason` are the answer. HTTP errors are for the request itself: 400
malformed, 403 fetching not allowed, 413 body over the limit, 415 wrong content type.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import anyio
import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from copydesk import __version__
from copydesk.clean import clean_text
from copydesk.errors import ConfigError
from copydesk.extract import extract
from copydesk.formats.render import RENDERERS, render
from copydesk.model import Article
from copydesk.options import MAX_INPUT_BYTES, ExtractOptions
from copydesk.service.page import PAGE

FORMATS = {name: renderer.media_type for name, renderer in RENDERERS.items()}
JSON_TYPES = ("application/json",)
HTML_TYPES = ("text/html", "application/xhtml+xml", "application/octet-stream")
TEXT_TYPES = ("text/plain",)
WORKERS = 4  # documents handled at once; more only queue for the same cores and grow memory


@dataclass(frozen=True, slots=True, kw_only=True)
class ServiceConfig:
    """How the service behaves; defaults suit an untrusted network."""

    options: ExtractOptions = ExtractOptions()
    max_body_bytes: int = MAX_INPUT_BYTES  # a request body past this is refused with 413 before it is read whole
    allow_fetch: bool = False  # fetching any URL a client names turns the server into a proxy: opt in
    workers: int = WORKERS

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise ConfigError("workers must be at least 1")
        if self.max_body_bytes <= 0:
            raise ConfigError("max_body_bytes must be positive")


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

    async def run(func: Callable[..., Article], *args: Any, **kwargs: Any) -> Article:
        # CPU-bound work leaves the event loop free for health checks and new connections.
        return await anyio.to_thread.run_sync(lambda: func(*args, **kwargs), limiter=limiter)

    async def extract_route(request: Request) -> Response:
        fmt = _format(request.query_params.get("format"))
        kind = _media_type(request)
        if kind in JSON_TYPES:
            payload = _json_object(await _read_body(request, config.max_body_bytes))
            fmt = _format(payload.get("format", request.query_params.get("format")))
            url = _optional_str(payload, "url")
            html = _optional_str(payload, "html")
            if html is None:
                if url is None:
                    raise RequestError(400, 'give "html", or "url" to fetch')
                if not config.allow_fetch:
                    raise RequestError(403, "this service does not fetch URLs (start it with --allow-fetch)")
                from copydesk.fetch import fetch_article  # the HTTP client loads only when fetching is used

                return _answer(await run(fetch_article, url, options=config.options), fmt)
            return _answer(await run(extract, html, url, options=config.options), fmt)
        if kind not in HTML_TYPES:
            raise RequestError(415, f"send text/html or application/json, not {kind or 'no content type'}")
        body = await _read_body(request, config.max_body_bytes)
        options = config.options
        if charset := _charset(request):
            options = ExtractOptions.build(options, http_charset=charset)
        return _answer(await run(extract, body, request.query_params.get("url"), options=options), fmt)

    async def clean_route(request: Request) -> Response:
        kind = _media_type(request)
        body = await _read_body(request, config.max_body_bytes)
        if kind in JSON_TYPES:
            payload = _json_object(body)
            text = _optional_str(payload, "text")
            if text is None:
                raise RequestError(400, 'give "text"')
            url, fmt = _optional_str(payload, "url"), _format(payload.get("format"))
        elif kind in TEXT_TYPES:
            text = body.decode(_charset(request) or "utf-8", errors="replace")
            url, fmt = request.query_params.get("url"), _format(request.query_params.get("format"))
        else:
            raise RequestError(415, f"send text/plain or application/json, not {kind or 'no content type'}")
        return _answer(await run(clean_text, text, url), fmt)

    async def page(_: Request) -> Response:
        return HTMLResponse(PAGE.replace("{{ALLOW_FETCH}}", "true" if config.allow_fetch else "false"))

    async def health(_: Request) -> Response:
        return JSONResponse({"status": "ok", "version": __version__})

    return Starlette(routes=[
        Route("/", page, methods=["GET"]),
        Route("/healthz", health, methods=["GET"]),
        Route("/v1/extract", _guarded(extract_route), methods=["POST"]),
        Route("/v1/clean", _guarded(clean_route), methods=["POST"]),
    ])


def _guarded(route: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
    """`route` with refused requests answered as JSON `{"error": …}` and their status."""
    async def handle(request: Request) -> Response:
        try:
            return await route(request)
        except RequestError as error:
            return JSONResponse({"error": error.message}, status_code=error.status)
        except ConfigError as error:
            return JSONResponse({"error": str(error)}, status_code=400)
    return handle


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes `limit` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise RequestError(413, f"body over {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise RequestError(413, f"body over {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _answer(article: Article, fmt: str) -> Response:
    if fmt == "json":
        return Response(orjson.dumps(article.to_dict()), media_type=FORMATS["json"])
    return Response(render(article, fmt), media_type=FORMATS[fmt])


def _format(value: Any) -> str:
    fmt = value or "json"
    if fmt not in FORMATS:
        raise RequestError(400, f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    return str(fmt)


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
