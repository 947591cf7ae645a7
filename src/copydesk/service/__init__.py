"""The HTTP service: copydesk's API and a web page, as an ASGI app (Starlette), served by uvicorn.

An optional layer on top of the public API (`pip install copydesk[service]`);
nothing below it imports it.
"""

from copydesk.service.app import ServiceConfig, create_app
from copydesk.service.server import serve, server_config

__all__ = ["ServiceConfig", "create_app", "serve", "server_config"]
