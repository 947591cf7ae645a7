"""The service under test: a real uvicorn, configured as `copydesk serve` configures it,
on a free loopback port in a thread."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx
import uvicorn

from copydesk.service import ServiceConfig, server_config

STORY = (Path(__file__).parents[1] / "extract" / "fixtures" / "short_story_declared.html").read_bytes()
STORY_PATH = "/news/2024/03/harbour-ferry-returns"
START_TIMEOUT_S = 10.0


class Service:
    """A uvicorn server for one app, on a free loopback port, in a thread."""

    def __init__(self, config: ServiceConfig) -> None:
        self.server = uvicorn.Server(server_config(config, host="127.0.0.1", port=0, log_level="critical"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> httpx.Client:
        self.thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the service did not start")
            time.sleep(0.01)
        self.port = self.server.servers[0].sockets[0].getsockname()[1]
        self.client = httpx.Client(base_url=f"http://127.0.0.1:{self.port}", timeout=10.0)
        return self.client

    def __exit__(self, *_: object) -> None:
        self.client.close()
        self.server.should_exit = True
        self.thread.join(START_TIMEOUT_S)
