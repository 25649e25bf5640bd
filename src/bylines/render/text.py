"""Terminal rendering with rich, and the same as plain text.

Article text always goes into ``rich.text.Text`` objects, never into console markup, so a report
quoting "[bold]" or "[link=...]" prints it literally.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.style import Style
from rich.table import Table
from rich.text import Text

from bylines.render import _view
from bylines.types import Article, Claim, Conflict, Quote, QuoteVariant, Report

TEXT_WIDTH = 100
CITE = "cyan"
MUTED = "dim"


def to_text(report: Report) -> str:
    """The terminal view as plain text: TEXT_WIDTH columns, no colour, no control codes."""
    out = io.StringIO()
    console = Console(file=out, width=TEXT_WIDTH, color_system=None, force_terminal=False)
    console.print(rich_view(report))
    return "\n".join(line.rstrip() for line in out.getvalue().splitlines()) + "\n"


def rich_view(report: Report) -> RenderableType:
    """The briefing as one rich renderable (print it with ``rich.console.Console().print``)."""
    view = _view.View.of(report)
    parts: list[RenderableType] = [
        _header(view),
        _summary(view),
        _section("Sources", [_sources(view), *_duplicates(view)]),
    ]
    if view.report.conflicts:
        parts.append(_section("Where reports differ", _conflicts(view)))
    if view.report.updates:
        parts.append(_section("Figures that changed", _updates(view)))
    if view.report.quotes:
        parts.append(_section("Quotes", _quotes(view)))
    if view.report.timeline:
        parts.append(_section(_view.TIMELINE_HEADING, _timeline(view)))
    for section in [*_view.shared_sections(view), *_view.single_sections(view)]:
        parts.append(_section(_heading(section), _claims(view, section)))
    if view.report.entities:
        parts.append(_section(_view.ENTITIES_HEADING, [_entities(view)]))
    if view.report.skipped:
        parts.append(_section("Skipped inputs", _skipped(view)))
    if any(a.removed for a in view.report.articles):
        parts.append(_section("Removed from the sources", _removed(view)))
    return Group(*parts)


def cites(view: _view.View, ids: Sequence[str]) -> Text:
    return Text("".join(f"[{s.number}]" for s in view.cited(ids)), style=CITE)


def outlets(view: _view.View, ids: Sequence[str]) -> str:
    return ", ".join(s.label for s in view.cited(ids))


def _header(view: _view.View) -> RenderableType:
    title = Text(_view.title(view), style="bold")
    return Group(title, Text(_view.overview(view), style=MUTED), Text())


def _summary(view: _view.View) -> RenderableType:
    body = Text()
    for i, sentence in enumerate(view.report.summary):
        body.append(("\n" if i else "") + _view.one_line(_view.as_shown(sentence.text)) + " ")
        body.append_text(cites(view, sentence.sources))
        if sentence.disputed:
            body.append("\n  Disputed: ", style=MUTED)
            for n, position in enumerate(sentence.disputed):
                body.append(("; " if n else "") + _view.one_line(position.value) + " ")
                body.append_text(cites(view, position.sources))
    if not view.report.summary:
        body.append("No summary: nothing was reported.", style=MUTED)
    return Panel(body, title="Summary", title_align="left", box=box.ROUNDED, padding=(1, 2))


def _section(heading: str, body: Iterable[RenderableType]) -> RenderableType:
    return Group(Text(), Rule(Text(heading, style="bold"), align="left"), *body)


def _heading(section: _view.Section) -> str:
    return f"{section.heading} ({len(section.claims)})"


def _sources(view: _view.View) -> RenderableType:
    """A table of the numbered sources; title and URL columns only when some source has one."""
    articles = [s.article for s in view.sources]
    titles = any(a.title for a in articles)
    # the note on an unnamed outlet goes with the URL and date: in the narrow outlet column its
    # id was cut short ("000_b099b2140a72…"), and the id is what --source ID=NAME needs whole
    wheres = any(a.url or a.published or not a.outlet_known for a in articles)
    table = Table(box=box.SIMPLE_HEAD, expand=True, show_edge=False)
    table.add_column("#", justify="right", style=CITE, no_wrap=True)
    table.add_column("Outlet", style="bold", ratio=1)
    if titles:
        table.add_column("Title", ratio=2)
    if wheres:
        table.add_column("URL / date", ratio=2, overflow="fold", style=MUTED)
    for source in view.sources:
        a = source.article
        cells = [Text(a.title or "")] if titles else []
        cells += [_where(a, _view.unnamed_note(source))] if wheres else []
        table.add_row(str(source.number), Text(source.label), *cells)
    return table


def _where(article: Article, unnamed: str | None) -> Text:
    """URL (a clickable link on terminals that support it, for web URLs only) and date, after
    the note on an outlet nothing names."""
    where = Text(f"({unnamed})" if unnamed else "")
    if article.url:
        web = article.url.startswith(("http://", "https://"))
        where.append(" · " if where else "")
        where.append(article.url, style=Style(link=article.url) if web else None)
    if article.published:
        where.append((" · " if where else "") + _view.when(article.published))
    return where


def _duplicates(view: _view.View) -> list[RenderableType]:
    notes: list[RenderableType] = [
        Text(f"Near-duplicate: {_view.duplicate_note(*pair)}.", style=MUTED)
        for pair in _view.duplicates(view)
    ]
    language = _view.language_note(view)
    return notes + ([Text(f"{language}.", style=MUTED)] if language else [])


def _bullet(*pieces: str | Text, indent: int = 1) -> RenderableType:
    """A bullet with a hanging indent: wrapped lines start under the text, not the bullet."""
    line = Text()
    for piece in pieces:
        line.append_text(piece if isinstance(piece, Text) else Text(piece))
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(width=indent + 1, justify="right", no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_row("•", line)
    return grid


def _claims(view: _view.View, section: _view.Section) -> list[RenderableType]:
    lines = [_claim(view, claim, section.key) for claim in section.shown]
    if section.more:
        lines.append(Text(f"  … and {section.more} more (all are in the JSON report)", MUTED))
    return lines


def _claim(view: _view.View, claim: Claim, key: str) -> RenderableType:
    said = Text(_view.one_line(_view.as_shown(claim.text)) + " ")
    if key in _view.NAMES_OUTLETS:
        said.append(f"— {outlets(view, claim.sources)} ", style="italic")
    return _bullet(said, cites(view, claim.sources))


def _conflicts(view: _view.View) -> list[RenderableType]:
    return [
        _conflict(view, conflict, _view.conflict_label(conflict))
        for conflict in view.report.conflicts
    ]


def _updates(view: _view.View) -> list[RenderableType]:
    return [_conflict(view, update, _view.UPDATE_LABEL) for update in view.report.updates]


def _conflict(view: _view.View, conflict: Conflict, label: str) -> RenderableType:
    rows: list[RenderableType] = [Text(f"{conflict.subject} — {label}", style="bold")]
    for p in conflict.positions:
        who = f" — {outlets(view, p.sources)} "
        rows.append(_bullet(Text(p.value, "bold yellow"), who, cites(view, p.sources)))
        if p.evidence:
            rows.append(Padding(Text(_view.one_line(p.evidence), MUTED), (0, 0, 0, 3)))
    return Group(*rows)


def _timeline(view: _view.View) -> list[RenderableType]:
    entries, left_out = _view.timeline(view.report)
    rows: list[RenderableType] = [
        _bullet(Text(_view.entry_day(e), "bold"),
                f" {_view.one_line(e.text)} — {outlets(view, e.articles)} ",
                cites(view, e.articles))
        for e in entries
    ]  # fmt: skip
    return rows + ([Text(_view.timeline_more(left_out), MUTED)] if left_out else [])


def _quotes(view: _view.View) -> list[RenderableType]:
    legend: list[RenderableType] = []
    if _view.has_reworded_quote(view.report):
        legend.append(_legend())
    return legend + [
        Group(Text(speaker, style="bold"), *(_quote(view, quote) for quote in quotes))
        for speaker, quotes in _view.quotes_by_speaker(view.report)
    ]


def _legend() -> Text:
    """The marks of a reworded quote, drawn with the marks and styles the quotes use."""
    before, after = _view.VARIANT_LEGEND.split("{dropped}")
    between, end = after.split("{added}")
    said = Text(before, style=MUTED)
    said.append(_DIFF_MARKS["delete"].format(_view.VARIANT_DROPPED), style=_DIFF_STYLES["delete"])
    said.append(between, style=MUTED)
    said.append(_DIFF_MARKS["insert"].format(_view.VARIANT_ADDED), style=_DIFF_STYLES["insert"])
    said.append(end + ".", style=MUTED)
    return said


def _quote(view: _view.View, quote: Quote) -> RenderableType:
    """The quote as most outlets carry it; the other wordings indented under it."""
    rows: list[RenderableType] = []
    for number, v in enumerate(quote.variants):
        said = _variant_text(v)
        if v.difference == "meaning":
            said.append(" (meaning differs)", style="bold red")
        if v.reported:
            said.append(f" {_view.REPORTED_NOTE}", style=MUTED)
        row = _bullet(said, f" — {outlets(view, v.sources)} ", cites(view, v.sources))
        rows.append(row if number == 0 else Padding(row, (0, 0, 0, 3)))
    return Group(*rows)


# wdiff-style marks, so the difference reads without colour too (to_text, a pipe).
_DIFF_MARKS = {"equal": "{}", "delete": "[-{}-]", "insert": "{{+{}+}}"}
_DIFF_STYLES = {"equal": "italic", "delete": "italic strike dim", "insert": "italic bold"}


def _variant_text(variant: QuoteVariant) -> Text:
    opening, closing = _view.quote_marks(variant)
    if not variant.diff:
        return Text(f"{opening}{_view.one_line(variant.text)}{closing}", style="italic")
    said = Text(opening, style="italic")
    for i, (op, words) in enumerate(variant.diff):
        marked = _DIFF_MARKS[op].format(_view.one_line(words))
        said.append(("" if i == 0 else " ") + marked, style=_DIFF_STYLES[op])
    return said.append(closing, style="italic")


def _entities(view: _view.View) -> RenderableType:
    """One wrapped line of names per kind: a table row per name runs to screens."""
    grid = Table.grid(padding=(0, 2, 1, 0))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(ratio=1)
    for heading, entities in _view.entity_groups(view):
        names = Text()
        for i, entity in enumerate(entities):
            names.append((" · " if i else "") + entity.name + " ")
            names.append_text(cites(view, entity.sources))
        grid.add_row(heading, names)
    return grid


def _skipped(view: _view.View) -> list[RenderableType]:
    return [_bullet(Text(s.name, "bold"), f": {s.reason}") for s in view.report.skipped]


def _removed(view: _view.View) -> list[RenderableType]:
    rows: list[RenderableType] = []
    for source in view.sources:
        removed = source.article.removed
        if removed:
            rows.append(Text(f"[{source.number}] {source.label}: {len(removed)} removed", "bold"))
            rows += [_bullet(Text(_view.one_line(item), MUTED)) for item in removed]
    return rows
