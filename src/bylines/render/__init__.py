"""Renderers: each takes a Report and returns text in one format."""

from __future__ import annotations

from bylines.render.html import render_body, stylesheet, to_html
from bylines.render.json import report_to_dict, to_json
from bylines.render.markdown import to_markdown
from bylines.render.text import rich_view, to_text

__all__ = [
    "render_body",
    "report_to_dict",
    "rich_view",
    "stylesheet",
    "to_html",
    "to_json",
    "to_markdown",
    "to_text",
]
