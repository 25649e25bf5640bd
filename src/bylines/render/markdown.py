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
from bylines.types import Claim, Conflict, DiffPiece, Position, Quote, Report

# Characters that would turn article text into markup (links, emphasis, raw HTML, code).
_MARKUP = re.compile(r"([\\`*\[\]<>])")


def to_markdown(report: Report) -> str:
    view = _view.View.of(report)
    parts = [
        [f"# {escape(_view.title(view))}", "", _view.overview(view)],
        _summary(view),
        _sources(view),
        _conflicts(view),
        _updates(view),
        _quotes(view),
        _timeline(view),
        *(_claims(view, s) for s in _view.shared_sections(view)),
        *(_claims(view, s) for s in _view.single_sections(view)),
        _entities(view),
        _skipped(view),
        _removed(view),
    ]
    return "\n\n".join("\n".join(part) for part in parts if part) + "\n"


def escape(text: str) -> str:
    """Article text as literal Markdown: one line, markup characters backslash-escaped."""
    return _MARKUP.sub(r"\\\1", _view.one_line(text))


def cites(view: _view.View, ids: Sequence[str]) -> str:
    return "".join(f"[{s.number}]" for s in view.cited(ids))


def outlets(view: _view.View, ids: Sequence[str]) -> str:
    return ", ".join(escape(s.label) for s in view.cited(ids))


def _summary(view: _view.View) -> list[str]:
    if not view.report.summary:
        return ["## Summary", "", "_No summary: nothing was reported._"]
    paragraphs = []
    for s in view.report.summary:
        said = f"{escape(_view.as_shown(s.text))} {cites(view, s.sources)}".rstrip()
        if s.disputed:
            # Two trailing spaces: a hard line break, so the note stays under its sentence.
            said += f"  \n  _Disputed: {disputed(view, s.disputed)}._"
        paragraphs.append(said)
    # One paragraph per sentence, as the HTML has: lines with no blank line between them
    # would run together into one paragraph when the Markdown is rendered, the notes inline.
    return ["## Summary", "", "\n\n".join(paragraphs)]


def disputed(view: _view.View, positions: Sequence[Position]) -> str:
    """Each value a summary sentence's figure is given, with the outlets that give it."""
    return "; ".join(f"{escape(p.value)} {cites(view, p.sources)}" for p in positions)


def _sources(view: _view.View) -> list[str]:
    lines = ["## Sources", ""]
    for source in view.sources:
        article = source.article
        fields = [f"**{escape(source.label)}**"]
        unnamed = _view.unnamed_note(source)
        fields[0] += f" ({escape(unnamed)})" if unnamed else ""
        fields += [escape(article.title)] if article.title else []
        fields += [f"<{article.url}>"] if article.url and _is_web(article.url) else []
        fields += [escape(_view.when(article.published))] if article.published else []
        lines.append(f"{source.number}. " + " — ".join(fields))
    notes = [
        f"_Near-duplicate: [{copy.number}] {escape(copy.label)} repeats [{original.number}] "
        f"{escape(original.label)} (same wire copy)._"
        for copy, original in _view.duplicates(view)
    ]
    language = _view.language_note(view)
    notes += [f"_{escape(language)}._"] if language else []
    return lines + (["", *notes] if notes else [])


def _is_web(url: str) -> bool:
    return url.startswith(("http://", "https://")) and not re.search(r"[\s<>]", url)


def _conflicts(view: _view.View) -> list[str]:
    if not view.report.conflicts:
        return []
    lines = ["## Where reports differ"]
    for conflict in view.report.conflicts:
        label = _view.conflict_label(conflict)
        lines += ["", f"### {escape(conflict.subject)} — {label}", ""]
        lines += list(_positions(view, conflict))
    return lines


def _updates(view: _view.View) -> list[str]:
    if not view.report.updates:
        return []
    lines = [
        "## Figures that changed",
        "",
        f"_{_view.UPDATES_NOTE}_",
    ]
    for update in view.report.updates:
        lines += ["", f"### {escape(update.subject)}", ""]
        lines += list(_positions(view, update))
    return lines


def _positions(view: _view.View, conflict: Conflict) -> Iterable[str]:
    for p in conflict.positions:
        yield f"- **{escape(p.value)}** — {outlets(view, p.sources)} {cites(view, p.sources)}"
        if p.evidence:
            yield f"  > {escape(p.evidence)}"


def _timeline(view: _view.View) -> list[str]:
    if not view.report.timeline:
        return []
    entries, left_out = _view.timeline(view.report)
    lines = [f"## {_view.TIMELINE_HEADING}", ""]
    lines += [
        f"- **{escape(_view.entry_day(e))}** {escape(_view.one_line(e.text))} — "
        f"{outlets(view, e.articles)} "
        f"{cites(view, e.articles)}"
        for e in entries
    ]
    return lines + (["", f"_{_view.timeline_more(left_out)}_"] if left_out else [])


def _quotes(view: _view.View) -> list[str]:
    if not view.report.quotes:
        return []
    lines = ["## Quotes"]
    if _view.has_reworded_quote(view.report):
        dropped = _DIFF_MARKS["delete"].format(_view.VARIANT_DROPPED)
        added = _DIFF_MARKS["insert"].format(_view.VARIANT_ADDED)
        lines += ["", f"_{_view.VARIANT_LEGEND.format(dropped=dropped, added=added)}._"]
    for speaker, quotes in _view.quotes_by_speaker(view.report):
        lines += ["", f"### {escape(speaker)}", ""]
        lines += [line for quote in quotes for line in _variants(view, quote)]
    return lines


def _variants(view: _view.View, quote: Quote) -> list[str]:
    """A bullet for the quote as most outlets carry it; the other wordings nested under it."""
    lines = []
    for number, v in enumerate(quote.variants):
        said = _diff_text(v.diff) if v.diff else escape(v.text)
        note = " **(meaning differs)**" if v.difference == "meaning" else ""
        note += f" {_view.REPORTED_NOTE}" if v.reported else ""
        bullet = "- " if number == 0 else "  - "
        opening, closing = _view.quote_marks(v)
        lines.append(
            f"{bullet}{opening}{said}{closing}{note} — {outlets(view, v.sources)} "
            f"{cites(view, v.sources)}"
        )
    return lines


_DIFF_MARKS = {"equal": "{}", "delete": "~~{}~~", "insert": "**{}**"}


def _diff_text(pieces: Sequence[DiffPiece]) -> str:
    """Words the first variant has and this one lacks struck out; its own words in bold."""
    return " ".join(_DIFF_MARKS[op].format(escape(text)) for op, text in pieces)


def _claims(view: _view.View, section: _view.Section) -> list[str]:
    count = len(section.claims)
    lines = [f"## {escape(section.heading)} ({count})", ""]
    lines += [_claim(view, claim, section.key) for claim in section.shown]
    if section.more:
        lines.append(f"- _… and {section.more} more (all are in the JSON report)_")
    return lines


def _claim(view: _view.View, claim: Claim, key: str) -> str:
    said = f"- {escape(_view.as_shown(claim.text))}"
    if key in _view.NAMES_OUTLETS:
        said += f" — {outlets(view, claim.sources)}"
    return f"{said} {cites(view, claim.sources)}"


def _entities(view: _view.View) -> list[str]:
    groups = _view.entity_groups(view)
    if not groups:
        return []
    lines = [f"## {_view.ENTITIES_HEADING}", ""]
    for heading, entities in groups:
        names = ", ".join(f"{escape(e.name)} {cites(view, e.sources)}" for e in entities)
        lines.append(f"- **{heading}:** {names}")
    return lines


def _skipped(view: _view.View) -> list[str]:
    if not view.report.skipped:
        return []
    return ["## Skipped inputs", ""] + [
        f"- {escape(s.name)}: {escape(s.reason)}" for s in view.report.skipped
    ]


def _removed(view: _view.View) -> list[str]:
    lines = []
    for source in view.sources:
        removed = source.article.removed
        if removed:
            # Raw HTML: Markdown escapes do not apply inside it, HTML ones do.
            heading = html.escape(f"[{source.number}] {source.label}: {len(removed)} removed")
            lines += ["", f"<details><summary>{heading}</summary>", ""]
            lines += [f"- {escape(item)}" for item in removed]
            lines += ["", "</details>"]
    return ["## Removed from the sources", *lines] if lines else []
