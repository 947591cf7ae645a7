"""Renderers and readers: the seed text layout, Markdown and JSON."""

from typing import TYPE_CHECKING

from copydesk.registry import lazy_package

# Loaded on first use: listing the renderers (`--help`, the service's formats) reads no record layout.
lazy_package(__name__, {"read_record": "copydesk.formats.record", "render": "copydesk.formats.render"})

if TYPE_CHECKING:
    from copydesk.formats.record import read_record
    from copydesk.formats.render import render

__all__ = ["read_record", "render"]
