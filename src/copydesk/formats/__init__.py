"""Renderers and readers: the seed text layout, Markdown and JSON."""

from copydesk.formats.record import read_record
from copydesk.formats.render import render

__all__ = ["read_record", "render"]
