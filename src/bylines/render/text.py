"""Terminal rendering with rich. (Skeleton: the Markdown through rich.)"""

from __future__ import annotations

from rich.console import RenderableType
from rich.markdown import Markdown

from bylines.render.markdown import to_markdown
from bylines.types import Report


def rich_view(report: Report) -> RenderableType:
    return Markdown(to_markdown(report))


def to_text(report: Report) -> str:
    return to_markdown(report)
