"""The conditional-request cache kept between runs: for each page fetched with an
ETag or Last-Modified, its validators and its answer, in one SQLite file beside
the WARC. A 304 then yields the stored answer without sending the body again."""

from __future__ import annotations

import sqlite3
import threading
import zlib
from pathlib import Path

import orjson

from copydesk.errors import ConfigError
from copydesk.fetch.result import Exchange

SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    exchange BLOB NOT NULL
)
"""


class ValidatorCache:
    """ETag / Last-Modified validators and stored answers, keyed by the URL asked for."""

    def __init__(self, path: str | Path) -> None:
        try:
            self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
            self._db.execute(SCHEMA)
        except sqlite3.Error as exc:
            raise ConfigError(f"cache {path}: {exc}") from exc
        self._lock = threading.Lock()

    def conditional_headers(self, url: str) -> dict[str, str]:
        """`If-None-Match` / `If-Modified-Since` for `url`, empty when nothing is cached."""
        with self._lock:
            row = self._db.execute("SELECT etag, last_modified FROM pages WHERE url = ?", (url,)).fetchone()
        if row is None:
            return {}
        headers = {}
        if row[0]:
            headers["If-None-Match"] = row[0]
        if row[1]:
            headers["If-Modified-Since"] = row[1]
        return headers

    def stored(self, url: str) -> Exchange | None:
        """The answer stored for `url`, or None."""
        with self._lock:
            row = self._db.execute("SELECT exchange FROM pages WHERE url = ?", (url,)).fetchone()
        return _decode(row[0]) if row else None

    def store(self, url: str, exchange: Exchange) -> None:
        """Keep a 200 answer that carries a validator; others are not worth revalidating."""
        etag, modified = exchange.header("etag"), exchange.header("last-modified")
        if exchange.status_code != 200 or not (etag or modified):
            return
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO pages (url, etag, last_modified, exchange) VALUES (?, ?, ?, ?)",
                (url, etag, modified, _encode(exchange)),
            )

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _encode(exchange: Exchange) -> bytes:
    data = {
        "url": exchange.url, "request_headers": exchange.request_headers, "http_version": exchange.http_version,
        "status_code": exchange.status_code, "reason": exchange.reason, "headers": exchange.headers,
        "body": exchange.body.decode("latin-1"), "date": exchange.date, "elapsed": exchange.elapsed,
    }
    return zlib.compress(orjson.dumps(data))


def _decode(blob: bytes) -> Exchange:
    data = orjson.loads(zlib.decompress(blob))
    data["body"] = data["body"].encode("latin-1")
    for name in ("request_headers", "headers"):
        data[name] = tuple(tuple(pair) for pair in data[name])
    return Exchange(**data)
