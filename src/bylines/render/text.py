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
from bylines.types import Article, Claim, Conflict, Quote, Report

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
    parts: list[RenderableType] = [
        _header(report),
        _summary(report),
        _section("Sources", [_sources(report), *_duplicates(report)]),
    ]
    if report.conflicts:
        parts.append(_section("Where reports differ", _conflicts(report)))
    if report.quotes:
        parts.append(_section("Quotes", _quotes(report)))
    for section in [*_view.shared_sections(report), *_view.single_sections(report)]:
        parts.append(_section(_heading(section), _claims(report, section)))
    if report.entities:
        parts.append(_section(_view.ENTITIES_HEADING, [_entities(report)]))
    if report.skipped:
        parts.append(_section("Skipped inputs", _skipped(report)))
    if any(a.removed for a in report.articles):
        parts.append(_section("Removed from the sources", _removed(report)))
    return Group(*parts)


def cites(report: Report, ids: Sequence[str]) -> Text:
    return Text("".join(f"[{s.number}]" for s in _view.cited(report, ids)), style=CITE)


def outlets(report: Report, ids: Sequence[str]) -> str:
    return ", ".join(s.label for s in _view.cited(report, ids))


def _header(report: Report) -> RenderableType:
    title = Text(_view.title(report), style="bold")
    return Group(title, Text(_view.overview(report), style=MUTED), Text())


def _summary(report: Report) -> RenderableType:
    body = Text()
    for i, sentence in enumerate(report.summary):
        body.append(("\n" if i else "") + _view.one_line(sentence.text) + " ")
        body.append_text(cites(report, sentence.sources))
    if not report.summary:
        body.append("No summary: nothing was reported.", style=MUTED)
    return Panel(body, title="Summary", title_align="left", box=box.ROUNDED, padding=(1, 2))


def _section(heading: str, body: Iterable[RenderableType]) -> RenderableType:
    return Group(Text(), Rule(Text(heading, style="bold"), align="left"), *body)


def _heading(section: _view.Section) -> str:
    return f"{section.heading} ({len(section.claims) + max(section.more, 0)})"


def _sources(report: Report) -> RenderableType:
    """A table of the numbered sources; title and URL columns only when some source has one."""
    articles = [s.article for s in _view.sources(report)]
    titles = any(a.title for a in articles)
    wheres = any(a.url or a.published for a in articles)
    table = Table(box=box.SIMPLE_HEAD, expand=True, show_edge=False)
    table.add_column("#", justify="right", style=CITE, no_wrap=True)
    table.add_column("Outlet", style="bold", ratio=1)
    if titles:
        table.add_column("Title", ratio=2)
    if wheres:
        table.add_column("URL / date", ratio=2, overflow="fold", style=MUTED)
    for source in _view.sources(report):
        a = source.article
        cells = [Text(a.title or "")] if titles else []
        cells += [_where(a)] if wheres else []
        table.add_row(str(source.number), Text(source.label), *cells)
    return table


def _where(article: Article) -> Text:
    """URL (a clickable link on terminals that support it, for web URLs only) and date."""
    where = Text()
    if article.url:
        web = article.url.startswith(("http://", "https://"))
        where.append(article.url, style=Style(link=article.url) if web else None)
    if article.published:
        where.append((" · " if article.url else "") + article.published)
    return where


def _duplicates(report: Report) -> list[RenderableType]:
    return [
        Text(f"Near-duplicate: {_view.duplicate_note(*pair)}.", style=MUTED)
        for pair in _view.duplicates(report)
    ]


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


def _claims(report: Report, section: _view.Section) -> list[RenderableType]:
    lines = [_claim(report, claim, section.key) for claim in section.claims]
    if section.more > 0:
        lines.append(Text(f"  … and {section.more} more (all are in the JSON report)", MUTED))
    return lines


def _claim(report: Report, claim: Claim, key: str) -> RenderableType:
    said = Text(_view.one_line(claim.text) + " ")
    if key == "several":
        said.append(f"— {outlets(report, claim.sources)} ", style="italic")
    return _bullet(said, cites(report, claim.sources))


def _conflicts(report: Report) -> list[RenderableType]:
    return [_conflict(report, conflict) for conflict in report.conflicts]


def _conflict(report: Report, conflict: Conflict) -> RenderableType:
    rows: list[RenderableType] = [Text(f"{conflict.subject} ({conflict.kind})", style="bold")]
    for p in conflict.positions:
        who = f" — {outlets(report, p.sources)} "
        rows.append(_bullet(Text(p.value, "bold yellow"), who, cites(report, p.sources)))
        if p.evidence:
            rows.append(Padding(Text(_view.one_line(p.evidence), MUTED), (0, 0, 0, 3)))
    return Group(*rows)


def _quotes(report: Report) -> list[RenderableType]:
    return [_quote(report, quote) for quote in report.quotes]


def _quote(report: Report, quote: Quote) -> RenderableType:
    rows: list[RenderableType] = [Text(quote.speaker, style="bold")]
    for v in quote.variants:
        said = Text(f"“{_view.one_line(v.text)}” ", style="italic")
        rows.append(_bullet(said, f"— {outlets(report, v.sources)} ", cites(report, v.sources)))
    return Group(*rows)


def _entities(report: Report) -> RenderableType:
    """One wrapped line of names per kind: a table row per name runs to screens."""
    grid = Table.grid(padding=(0, 2, 1, 0))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(ratio=1)
    for heading, entities in _view.entity_groups(report):
        names = Text()
        for i, entity in enumerate(entities):
            names.append((" · " if i else "") + entity.name + " ")
            names.append_text(cites(report, entity.sources))
        grid.add_row(heading, names)
    return grid


def _skipped(report: Report) -> list[RenderableType]:
    return [_bullet(Text(s.name, "bold"), f": {s.reason}") for s in report.skipped]


def _removed(report: Report) -> list[RenderableType]:
    rows: list[RenderableType] = []
    for source in _view.sources(report):
        removed = source.article.removed
        if removed:
            rows.append(Text(f"[{source.number}] {source.label}: {len(removed)} removed", "bold"))
            rows += [_bullet(Text(_view.one_line(item), MUTED)) for item in removed]
    return rows
