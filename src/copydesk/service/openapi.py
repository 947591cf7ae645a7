"""The OpenAPI 3.1 document served at `/openapi.json`: the two API routes, what they
take, and every status they answer with. Written out by hand (the routes are few and
their bodies are not models); `tests/service` checks it against the running app."""

from __future__ import annotations

from typing import Any

from copydesk import __version__
from copydesk.model import Status

ERROR_STATUSES = {
    "400": "Malformed request: bad JSON, a field of the wrong type, an unknown format, a bad url",
    "403": "Fetching a URL, on a service started without --allow-fetch",
    "408": "The body did not arrive within the body timeout",
    "413": "Body over the size limit",
    "415": "A content type (or charset) the route does not take",
}


def openapi_document(formats: tuple[str, ...]) -> dict[str, Any]:
    """The document, with `formats` the values `format` may take."""
    fmt = {"type": "string", "enum": list(formats), "default": "json",
           "description": "json: the record; text and markdown: the article rendered"}
    query = [
        {"name": "url", "in": "query", "required": False, "schema": {"type": "string"},
         "description": "the page's URL, for links and metadata"},
        {"name": "format", "in": "query", "required": False, "schema": fmt},
    ]
    return {
        "openapi": "3.1.0",
        "info": {"title": "copydesk", "version": __version__,
                 "description": "Raw news pages in, clean article records out. An article that is not `ok` is "
                                "still a 200: its `status` and `reason` are the answer."},
        "paths": {
            "/v1/extract": {"post": {
                "summary": "Extract the article from an HTML page (or from a URL the service fetches)",
                "operationId": "extract",
                "parameters": query,
                "requestBody": {"required": True, "content": {
                    "text/html": {"schema": {"type": "string", "format": "binary",
                                             "description": "the page's bytes; the charset parameter decodes them"}},
                    "application/xhtml+xml": {"schema": {"type": "string", "format": "binary"}},
                    "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
                    "application/json": {"schema": {
                        "type": "object",
                        "properties": {"html": {"type": "string"}, "url": {"type": "string"}, "format": fmt},
                        "description": '{"html"} to extract, or {"url"} alone to fetch it first '
                                       "(only with --allow-fetch; private addresses only with "
                                       "--allow-private-addresses)"}},
                }},
                "responses": _responses(),
            }},
            "/v1/clean": {"post": {
                "summary": "Clean text a scraper already produced",
                "operationId": "clean",
                "parameters": query,
                "requestBody": {"required": True, "content": {
                    "text/plain": {"schema": {"type": "string", "description": "decoded with its charset (utf-8)"}},
                    "application/json": {"schema": {
                        "type": "object", "required": ["text"],
                        "properties": {"text": {"type": "string"}, "url": {"type": "string"}, "format": fmt}}},
                }},
                "responses": _responses(),
            }},
        },
        "components": {"schemas": {
            "Article": {"type": "object", "required": ["status"], "additionalProperties": True,
                        "properties": {"status": {"type": "string", "enum": [str(s) for s in Status]},
                                       "reason": {"type": ["string", "null"]}},
                        "description": "the record; its fields are listed in the README"},
            "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
        }},
    }


def _responses() -> dict[str, Any]:
    error = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    return {
        "200": {"description": "The article, or its status and reason", "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Article"}},
            "text/plain": {"schema": {"type": "string"}},
            "text/markdown": {"schema": {"type": "string"}},
        }},
        **{status: {"description": text, "content": error} for status, text in ERROR_STATUSES.items()},
    }
