"""Renderers and readers: the seed text layout, Markdown and JSON."""

from copydesk.formats.render import render
from copydesk.formats.record import read_record

__all__ = ["read_record", "render"]
