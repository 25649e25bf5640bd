"""Markdown briefing: readable as plain text, and safe to feed to a Markdown renderer.

Layout: title and overview; the summary, each sentence followed by its [n] citations; the
numbered source list (with near-duplicates noted); where reports differ and quotes, when there
are any; what all, several or only one outlet reports; people, organisations and places;
skipped inputs; and, folded in ``<details>``, what the clean stage removed from each source.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from bylines.render import _view
from bylines.types import Claim, Conflict, Quote, Report

# Characters that would turn article text into markup (links, emphasis, raw HTML, code).
_MARKUP = re.compile(r"([\\`*\[\]<>])")


def to_markdown(report: Report) -> str:
    parts = [
        [f"# {escape(_view.title(report))}", "", _view.overview(report)],
        _summary(report),
        _sources(report),
        _conflicts(report),
        _quotes(report),
        *(_claims(report, s) for s in _view.shared_sections(report)),
        *(_claims(report, s) for s in _view.single_sections(report)),
        _entities(report),
        _skipped(report),
        _removed(report),
    ]
    return "\n\n".join("\n".join(part) for part in parts if part) + "\n"


def escape(text: str) -> str:
    """Article text as literal Markdown: one line, markup characters backslash-escaped."""
    return _MARKUP.sub(r"\\\1", _view.one_line(text))


def cites(report: Report, ids: Sequence[str]) -> str:
    return "".join(f"[{s.number}]" for s in _view.cited(report, ids))


def outlets(report: Report, ids: Sequence[str]) -> str:
    return ", ".join(escape(s.label) for s in _view.cited(report, ids))


def _summary(report: Report) -> list[str]:
    if not report.summary:
        return ["## Summary", "", "_No summary: nothing was reported._"]
    return ["## Summary", ""] + [
        f"{escape(s.text)} {cites(report, s.sources)}".rstrip() for s in report.summary
    ]


def _sources(report: Report) -> list[str]:
    lines = ["## Sources", ""]
    for source in _view.sources(report):
        article = source.article
        fields = [f"**{escape(source.label)}**"]
        fields += [escape(article.title)] if article.title else []
        fields += [f"<{article.url}>"] if article.url and _is_web(article.url) else []
        fields += [escape(article.published)] if article.published else []
        lines.append(f"{source.number}. " + " — ".join(fields))
    notes = [
        f"_Near-duplicate: [{copy.number}] {escape(copy.label)} repeats [{original.number}] "
        f"{escape(original.label)} (same wire copy)._"
        for copy, original in _view.duplicates(report)
    ]
    return lines + (["", *notes] if notes else [])


def _is_web(url: str) -> bool:
    return url.startswith(("http://", "https://")) and not re.search(r"[\s<>]", url)


def _conflicts(report: Report) -> list[str]:
    if not report.conflicts:
        return []
    lines = ["## Where reports differ"]
    for conflict in report.conflicts:
        lines += ["", f"### {escape(conflict.subject)} ({conflict.kind})", ""]
        lines += list(_positions(report, conflict))
    return lines


def _positions(report: Report, conflict: Conflict) -> Iterable[str]:
    for p in conflict.positions:
        yield f"- **{escape(p.value)}** — {outlets(report, p.sources)} {cites(report, p.sources)}"
        if p.evidence:
            yield f"  > {escape(p.evidence)}"


def _quotes(report: Report) -> list[str]:
    if not report.quotes:
        return []
    lines = ["## Quotes"]
    for quote in report.quotes:
        lines += ["", f"### {escape(quote.speaker)}", "", *_variants(report, quote)]
    return lines


def _variants(report: Report, quote: Quote) -> list[str]:
    return [
        f"- “{escape(v.text)}” — {outlets(report, v.sources)} {cites(report, v.sources)}"
        for v in quote.variants
    ]


def _claims(report: Report, section: _view.Section) -> list[str]:
    count = len(section.claims) + max(section.more, 0)
    lines = [f"## {escape(section.heading)} ({count})", ""]
    lines += [_claim(report, claim, section.key) for claim in section.claims]
    if section.more > 0:
        lines.append(f"- _… and {section.more} more (all are in the JSON report)_")
    return lines


def _claim(report: Report, claim: Claim, key: str) -> str:
    said = f"- {escape(claim.text)}"
    if key == "several":
        said += f" — {outlets(report, claim.sources)}"
    return f"{said} {cites(report, claim.sources)}"


def _entities(report: Report) -> list[str]:
    groups = _view.entity_groups(report)
    if not groups:
        return []
    lines = [f"## {_view.ENTITIES_HEADING}", ""]
    for heading, entities in groups:
        names = ", ".join(f"{escape(e.name)} {cites(report, e.sources)}" for e in entities)
        lines.append(f"- **{heading}:** {names}")
    return lines


def _skipped(report: Report) -> list[str]:
    if not report.skipped:
        return []
    return ["## Skipped inputs", ""] + [
        f"- {escape(s.name)}: {escape(s.reason)}" for s in report.skipped
    ]


def _removed(report: Report) -> list[str]:
    lines = []
    for source in _view.sources(report):
        removed = source.article.removed
        if removed:
            # Raw HTML: Markdown escapes do not apply inside it, HTML ones do.
            heading = html.escape(f"[{source.number}] {source.label}: {len(removed)} removed")
            lines += ["", f"<details><summary>{heading}</summary>", ""]
            lines += [f"- {escape(item)}" for item in removed]
            lines += ["", "</details>"]
    return ["## Removed from the sources", *lines] if lines else []
