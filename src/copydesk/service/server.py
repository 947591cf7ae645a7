"""The service under uvicorn, with a deadline on each request's line and headers.

uvicorn closes an idle keep-alive connection, but a client that sends its headers a
byte at a time (or a new connection that sends nothing) is kept forever, one
connection and one socket each: enough of them and no one else gets in. The
protocol here closes a connection whose request headers are not complete within
`ServiceConfig.header_timeout`; the body has its own deadline in the app.
"""

from __future__ import annotations

import asyncio

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from copydesk.service.app import HEADER_TIMEOUT_S, ServiceConfig, create_app


class HeaderDeadlineProtocol(H11Protocol):
    """uvicorn's h11 protocol; a request whose headers are late closes the connection."""

    header_timeout: float = HEADER_TIMEOUT_S
    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._arm()  # the next request on this connection has its own deadline

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        if not self.transport.is_closing():
            self._header_timer = self.loop.call_later(self.header_timeout, self._headers_late)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_late(self) -> None:
        # IDLE: the client has not finished a request line and headers since the deadline was set.
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.transport.close()


def server_config(config: ServiceConfig | None = None, *, host: str, port: int,
                  log_level: str = "info") -> uvicorn.Config:
    """The uvicorn configuration that serves `create_app(config)` on `host:port`."""
    config = config or ServiceConfig()
    protocol = type("HeaderDeadlineProtocol", (HeaderDeadlineProtocol,), {"header_timeout": config.header_timeout})
    return uvicorn.Config(create_app(config), host=host, port=port, log_level=log_level, http=protocol)


def serve(config: ServiceConfig | None = None, *, host: str, port: int) -> None:
    """Serve until interrupted."""
    uvicorn.Server(server_config(config, host=host, port=port)).run()
