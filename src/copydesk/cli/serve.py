"""`copydesk serve [--host H] [--port P] [--allow-fetch [--allow-private-addresses]]`: the HTTP API and web page."""

from __future__ import annotations

import argparse
from dataclasses import replace

from copydesk.errors import ConfigError

LOOPBACK = "127.0.0.1"  # listen beyond this machine only when asked


def configure(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve", help="serve the HTTP API and the web page",
        description="Serve POST /v1/extract, POST /v1/clean and a web page at /.",
    )
    parser.add_argument("--host", default=LOOPBACK, help=f"address to listen on (default {LOOPBACK})")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--allow-fetch", action="store_true",
                        help="let clients name a URL for the server to fetch (off: the server is no proxy)")
    parser.add_argument("--workers", type=int, help="documents handled at once (default: the service's)")
    parser.add_argument("--allow-private-addresses", action="store_true",
                        help="with --allow-fetch, also fetch loopback, private and link-local addresses "
                             "(off: a client cannot reach this machine or its network through the server)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        from copydesk.service import ServiceConfig, serve
    except ModuleNotFoundError as exc:
        raise ConfigError(f"the service needs its extra: pip install 'copydesk[service]' ({exc.name} missing)") from exc
    config = ServiceConfig(allow_fetch=args.allow_fetch, allow_private_addresses=args.allow_private_addresses)
    if args.workers is not None:
        config = replace(config, workers=args.workers)
    serve(config, host=args.host, port=args.port)
    return 0
