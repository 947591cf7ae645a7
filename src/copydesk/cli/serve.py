"""`copydesk serve [--host H] [--port P] [--allow-fetch [--allow-private-addresses]]`: the HTTP API and web page."""

from __future__ import annotations

import argparse
from dataclasses import replace

from copydesk.cli.limits import add_limit_options, extract_options, positive_int
from copydesk.errors import ConfigError

LOOPBACK = "127.0.0.1"  # listen beyond this machine only when asked


def configure(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve", help="serve the HTTP API and the web page",
        description="Serve POST /v1/extract, POST /v1/clean and a web page at /. Exit 0: stopped; "
                    "1: the address could not be bound; 2: bad options, or the service's extra is missing.",
    )
    parser.add_argument("--host", default=LOOPBACK, help=f"address to listen on (default {LOOPBACK})")
    parser.add_argument("--port", type=port_number, default=8000, help="TCP port to listen on")
    parser.add_argument("--allow-fetch", action="store_true",
                        help="let clients name a URL for the server to fetch (off: the server is no proxy)")
    parser.add_argument("--allow-private-addresses", action="store_true",
                        help="with --allow-fetch, also fetch loopback, private and link-local addresses "
                             "(off: a client cannot reach this machine or its network through the server)")
    parser.add_argument("--workers", type=positive_int, help="documents handled at once (default: 4)")
    add_limit_options(parser)
    parser.set_defaults(handler=run)


def port_number(text: str) -> int:
    port = positive_int(text)
    if port > 65535:
        raise argparse.ArgumentTypeError(f"a TCP port is 1 to 65535, not {port}")
    return port


def run(args: argparse.Namespace) -> int:
    try:
        from copydesk.service import ServiceConfig, serve
    except ModuleNotFoundError as exc:
        raise ConfigError(f"the service needs its extra: pip install 'copydesk[service]' ({exc.name} missing)") from exc
    config = ServiceConfig(allow_fetch=args.allow_fetch, allow_private_addresses=args.allow_private_addresses,
                           options=extract_options(args), max_body_bytes=args.max_bytes)
    if args.workers is not None:
        config = replace(config, workers=args.workers)
    serve(config, host=args.host, port=args.port)
    return 0
