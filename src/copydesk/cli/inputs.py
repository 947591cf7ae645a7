"""Reading one CLI input (`FILE`, `FILE.gz` or `-` for stdin) with clear errors, and
writing one article out."""

from __future__ import annotations

import gzip
import sys
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from copydesk.cli.limits import limit_hint
from copydesk.errors import InputError
from copydesk.formats.render import RENDERERS
from copydesk.html.sniff import GZIP_MAGIC

if TYPE_CHECKING:
    from copydesk.model import Article

ARTICLE_FORMATS = tuple(RENDERERS)  # what `--format` offers for one article



def read_input_bytes(name: str) -> bytes:
    """The bytes of `name` (`-` is stdin), gunzipped when gzip-compressed; `InputError` otherwise."""
    if name == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(name)
        if not path.exists():
            raise InputError(f"{name}: no such file")
        if path.is_dir():
            raise InputError(f"{name}: is a directory (use `copydesk run` for folders)")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from exc
    if data.startswith(GZIP_MAGIC):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(f"{name}: corrupt gzip: {exc}") from exc
    return data


def read_input_text(name: str) -> str:
    """`read_input_bytes` decoded as UTF-8 (undecodable bytes replaced, never an error)."""
    return read_input_bytes(name).decode("utf-8", errors="replace")


def write_article(command: str, article: Article, format: str) -> int:
    """Print `article` rendered as `format`; a record that is not a story also gets its status
    on stderr and exit code 1."""
    from copydesk.cli import EXIT_FAILED, EXIT_OK

    text = RENDERERS[format].write(article)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    if not article.ok:
        status = f"{article.status.value}: {article.reason or ''}".rstrip(": ")
        print(f"copydesk {command}: {status}{limit_hint(article)}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK
