"""Markdown briefing. (Skeleton: summary and sources.)"""

from __future__ import annotations

from bylines.types import Report


def to_markdown(report: Report) -> str:
    numbers = {a.id: i + 1 for i, a in enumerate(report.articles)}
    lines = ["# Briefing", ""]
    for s in report.summary:
        cites = "".join(f"[{numbers[a]}]" for a in s.sources if a in numbers)
        lines.append(f"- {s.text} {cites}")
    lines += ["", "## Sources", ""]
    lines += [f"{numbers[a.id]}. {a.source}" for a in report.articles]
    return "\n".join(lines) + "\n"
