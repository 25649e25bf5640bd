"""Self-contained HTML briefing. (Skeleton.)"""

from __future__ import annotations

import html

from bylines.types import Report


def to_html(report: Report) -> str:
    items = "".join(f"<li>{html.escape(s.text)}</li>" for s in report.summary)
    return f"<!doctype html><html><body><ul>{items}</ul></body></html>\n"
