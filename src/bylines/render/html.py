"""Self-contained HTML briefing: one file, inline CSS, no external assets, works without script.

Every piece of article text goes through ``html.escape``; links are made only from http(s)
URLs. Summary citations link to the very sentence each source uses (``#s<n>-<index>``) inside
the source texts at the end of the page; a few lines of inline script open the folded source
the target sits in (browsers that auto-open ``<details>`` on navigation do not even need it).

``to_html`` returns a complete document; ``render_body`` the ``<main>`` element alone and
``stylesheet`` its CSS, for a page that embeds the report (the web app).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from html import escape
from importlib import resources

from bylines.render import _view
from bylines.types import (
    SCHEMA,
    Claim,
    Conflict,
    Position,
    Quote,
    QuoteVariant,
    Report,
    Sentence,
    TimelineEntry,
)

# Opens the <details> around the element a link points at, then moves focus there, so that
# keyboard and screen-reader users land on the cited sentence.
SCRIPT = """
(function () {
  function show() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) return;
    for (var el = target; el; el = el.parentElement) if (el.tagName === "DETAILS") el.open = true;
    target.scrollIntoView({block: "center"});
    target.focus({preventScroll: true});
  }
  addEventListener("hashchange", show);
  show();
})();
"""


@cache
def stylesheet() -> str:
    """The page's CSS (``report.css``, shipped as package data)."""
    return resources.files("bylines.render").joinpath("report.css").read_text(encoding="utf-8")


def to_html(report: Report) -> str:
    """A complete HTML document."""
    view = _view.View.of(report)
    title = escape(_view.title(view))
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="bylines ({SCHEMA})">\n'
        f"<title>{title} · bylines briefing</title>\n"
        f"<style>\n{stylesheet()}</style>\n</head>\n<body>\n"
        '<a class="skip" href="#summary">Skip to the summary</a>\n'
        f"{_body(view)}\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )


def render_body(report: Report) -> str:
    """The report as one ``<main class="bylines">`` element, styled by ``stylesheet()``."""
    return _body(_view.View.of(report))


def _body(view: _view.View) -> str:
    sections = [
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
        _texts(view),
        _removed(view),
    ]
    present = [s for s in sections if s]
    return (
        f'<main class="bylines" id="report">\n{_header(view, present)}\n'
        + "\n".join(body for _, _, body in present)
        + f"\n<footer>Made with bylines · {SCHEMA}</footer>\n</main>"
    )


Part = tuple[str, str, str]  # (anchor id, heading, HTML)


def _section(anchor: str, heading: str, inner: str) -> Part:
    body = (
        f'<section id="{anchor}" aria-labelledby="{anchor}-h">\n'
        f'<h2 id="{anchor}-h">{escape(heading)}</h2>\n{inner}\n</section>'
    )
    return anchor, heading, body


def _header(view: _view.View, parts: Sequence[Part]) -> str:
    links = "".join(f'<li><a href="#{a}">{escape(h)}</a></li>' for a, h in _nav(parts))
    return (
        f'<header>\n<p class="kicker">Briefing</p>\n<h1>{escape(_view.title(view))}</h1>\n'
        f'<p class="meta">{escape(_view.overview(view))}</p>\n'
        f'<nav aria-label="Sections"><ul>{links}</ul></nav>\n</header>'
    )


def _nav(parts: Sequence[Part]) -> list[tuple[str, str]]:
    """Section links; the "Only in <outlet>" sections share one, to their first (a lone such
    section keeps its own heading)."""
    links = [(a, h) for a, h, _ in parts if not a.startswith("only-")]
    single = [(a, h) for a, h, _ in parts if a.startswith("only-")]
    if single:
        position = next((i for i, (a, _) in enumerate(links) if a == "entities"), len(links))
        links.insert(
            position, single[0] if len(single) == 1 else (single[0][0], "Only in one outlet")
        )
    return links


def _cite_links(
    view: _view.View,
    ids: Sequence[str],
    claim: Claim | None = None,
    support: Sequence[Sentence] = (),
) -> str:
    """[1][3] as links: to the sentence the source uses for this claim, else to the source."""
    links = []
    for source in view.cited(ids):
        mention = _view.mention_in(claim, source.article.id, support)
        target = f"s{source.number}-{mention.index}" if mention else f"src-{source.number}"
        label = escape(f"Source {source.number}: {source.label}")
        links.append(
            f'<a href="#{target}" title="{label}" aria-label="{label}">{source.number}</a>'
        )
    return f'<span class="cites">{"".join(links)}</span>' if links else ""


def _outlets(view: _view.View, ids: Sequence[str]) -> str:
    names = ", ".join(s.label for s in view.cited(ids))
    return f'<span class="outlets">— {escape(names)}</span>'


# A strong right-to-left letter (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation
# forms). Text holding one is isolated (<bdi>): in the page's left-to-right flow an Arabic
# sentence's final stop showed at its start, and a figure beside it could be shown on the wrong
# side of the words it belongs to.
_RIGHT_TO_LEFT_RE = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def _text(text: str) -> str:
    return _isolated(escape(_view.one_line(text)), text)


def _isolated(html: str, text: str) -> str:
    """``html`` (made from ``text``) set apart from the page's direction when ``text`` has a
    right-to-left letter."""
    return f"<bdi>{html}</bdi>" if _RIGHT_TO_LEFT_RE.search(text) else html


def _summary(view: _view.View) -> Part:
    if not view.report.summary:
        return _section("summary", "Summary", '<p class="note">Nothing was reported.</p>')
    sentences = "\n".join(
        f"<p>{_text(_view.as_shown(s.text))} "
        f"{_cite_links(view, s.sources, view.claim(s.claim), s.support)}"
        f"{_disputed(view, s.disputed)}</p>"
        for s in view.report.summary
    )
    return _section("summary", "Summary", f'<div class="summary">\n{sentences}\n</div>')


def _disputed(view: _view.View, positions: Sequence[Position]) -> str:
    """Each value a summary sentence's figure is given, with the outlets that give it."""
    if not positions:
        return ""
    sides = "; ".join(f"{_text(p.value)} {_cite_links(view, p.sources, None)}" for p in positions)
    return f'<br><span class="note">Disputed: {sides}</span>'


def _published(published: str) -> str:
    """The date as a reader writes it, the value the page gave kept as its tooltip."""
    label = escape(_view.when(published))
    return f'<span class="note" title="{escape(published)}">{label}</span>'


def _sources(view: _view.View) -> Part:
    items = []
    for source in view.sources:
        a = source.article
        fields = [f"<strong>{escape(source.label)}</strong>"]
        unnamed = _view.unnamed_note(source)
        fields[0] += f' <span class="note">({escape(unnamed)})</span>' if unnamed else ""
        if a.title:
            fields.append(_link(a.url, a.title))
        elif a.url:
            fields.append(_link(a.url, a.url))
        fields += [_published(a.published)] if a.published else []
        fields.append(f'<a href="#text-{source.number}">text</a>')
        # The number is written out, as the citations write it, rather than left to the list's
        # markers: a page embedding the body may style lists without them.
        number = f'<span class="num">[{source.number}]</span> '
        items.append(f'<li id="src-{source.number}">{number}{" — ".join(fields)}</li>')
    notes = "".join(
        f'<p class="note">Near-duplicate: {escape(_view.duplicate_note(*pair))}.</p>'
        for pair in _view.duplicates(view)
    )
    language = _view.language_note(view)
    notes += f'<p class="note">{escape(language)}.</p>' if language else ""
    return _section("sources", "Sources", f'<ol class="sources">{"".join(items)}</ol>{notes}')


def _link(url: str | None, text: str) -> str:
    """A link only for web URLs: a "javascript:" URL in an article stays inert text."""
    if url and re.match(r"https?://", url, re.IGNORECASE):
        return f'<a href="{escape(url)}" rel="noopener noreferrer">{_text(text)}</a>'
    return _text(text)


def _conflicts(view: _view.View) -> Part | None:
    if not view.report.conflicts:
        return None
    return _section(
        "differ",
        "Where reports differ",
        "\n".join(_conflict(view, c, _view.conflict_label(c)) for c in view.report.conflicts),
    )


def _updates(view: _view.View) -> Part | None:
    if not view.report.updates:
        return None
    note = f'<p class="note">{_view.UPDATES_NOTE}</p>'
    items = "\n".join(_conflict(view, u, _view.UPDATE_LABEL) for u in view.report.updates)
    return _section("updates", "Figures that changed", f"{note}\n{items}")


def _conflict(view: _view.View, conflict: Conflict, label: str) -> str:
    items = "".join(
        f'<li class="position"><span class="value">{_text(p.value)}</span> '
        f"{_outlets(view, p.sources)}{_cite_links(view, p.sources)}"
        + (f"<blockquote>{_text(p.evidence)}</blockquote>" if p.evidence else "")
        + "</li>"
        for p in conflict.positions
    )
    heading = f'{_text(conflict.subject)} <span class="note">— {escape(label)}</span>'
    return f'<h3>{heading}</h3>\n<ul class="claims">{items}</ul>'


def _timeline(view: _view.View) -> Part | None:
    if not view.report.timeline:
        return None
    entries, left_out = _view.timeline(view.report)
    items = "".join(
        f'<li><time datetime="{escape(e.date)}">{escape(_view.day_shown(e.date))}</time> '
        f"{_ahead(e)}"
        f"{_text(e.text)} "
        f"{_outlets(view, e.articles)}{_cite_links(view, e.articles)}</li>"
        for e in entries
    )
    more = f'<p class="note">{escape(_view.timeline_more(left_out))}</p>' if left_out else ""
    return _section("timeline", _view.TIMELINE_HEADING, f'<ol class="timeline">{items}</ol>{more}')


def _ahead(entry: TimelineEntry) -> str:
    """The mark of an entry still to come when reported, muted as a note, or ""."""
    note = _view.ahead_note(entry)
    return f'<span class="note">{escape(note)}</span> ' if note else ""


def _quotes(view: _view.View) -> Part | None:
    if not view.report.quotes:
        return None
    blocks = [
        f'<h3>{_text(speaker)}</h3>\n<ul class="claims">{"".join(_quote(view, q) for q in qs)}</ul>'
        for speaker, qs in _view.quotes_by_speaker(view.report)
    ]
    if _view.has_reworded_quote(view.report):
        legend = _view.VARIANT_LEGEND.format(
            dropped=_DIFF_TAGS["delete"].format(escape(_view.VARIANT_DROPPED)),
            added=_DIFF_TAGS["insert"].format(escape(_view.VARIANT_ADDED)),
        )
        blocks.insert(0, f'<p class="note">{legend}.</p>')
    return _section("quotes", "Quotes", "\n".join(blocks))


def _quote(view: _view.View, quote: Quote) -> str:
    """The quote as most outlets carry it; the other wordings in a list under it."""
    first, *others = (
        f"{_view.quote_marks(v)[0]}{_variant_text(v)}{_view.quote_marks(v)[1]}"
        f"{_meaning_note(v.difference)}{_reported_note(v)} "
        f"{_outlets(view, v.sources)}{_cite_links(view, v.sources)}"
        for v in quote.variants
    )
    nested = "".join(f"<li>{other}</li>" for other in others)
    return f"<li>{first}" + (f'<ul class="variants">{nested}</ul>' if nested else "") + "</li>"


_DIFF_TAGS = {"equal": "{}", "delete": "<del>{}</del>", "insert": "<ins>{}</ins>"}


def _variant_text(variant: QuoteVariant) -> str:
    """A later variant marks the first one's words it lacks (del) and its own (ins)."""
    if not variant.diff:
        return _text(variant.text)
    pieces = " ".join(_DIFF_TAGS[op].format(escape(_view.one_line(t))) for op, t in variant.diff)
    return _isolated(pieces, variant.text)


def _reported_note(variant: QuoteVariant) -> str:
    return f' <span class="note">{_view.REPORTED_NOTE}</span>' if variant.reported else ""


def _meaning_note(difference: str) -> str:
    return ' <strong class="note">(meaning differs)</strong>' if difference == "meaning" else ""


def _claims(view: _view.View, section: _view.Section) -> Part:
    items = "".join(_claim(view, c, section.key) for c in section.shown)
    inner = f'<ul class="claims">{items}</ul>'
    if section.more:
        rest = "".join(_claim(view, c, section.key) for c in section.claims[section.cap :])
        summary = f"<summary>{section.more} more</summary>"
        inner += f'<details>{summary}<ul class="claims">{rest}</ul></details>'
    return _section(section.key, f"{section.heading} ({len(section.claims)})", inner)


def _claim(view: _view.View, claim: Claim, key: str) -> str:
    outlets = _outlets(view, claim.sources) if key in _view.NAMES_OUTLETS else ""
    return (
        f'<li id="claim-{_slug(claim.id)}">{_text(_view.as_shown(claim.text))} {outlets}'
        f"{_cite_links(view, claim.sources, claim)}</li>"
    )


def _slug(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "-", value)


def _entities(view: _view.View) -> Part | None:
    groups = _view.entity_groups(view)
    if not groups:
        return None
    rows = "".join(
        f"<dt>{escape(heading)}</dt><dd>"
        + " · ".join(f"{_text(e.name)}{_cite_links(view, e.sources)}" for e in entities)
        + "</dd>"
        for heading, entities in groups
    )
    return _section("entities", _view.ENTITIES_HEADING, f'<dl class="entities">{rows}</dl>')


def _skipped(view: _view.View) -> Part | None:
    if not view.report.skipped:
        return None
    items = "".join(
        f"<li><strong>{_text(s.name)}</strong>: {_text(s.reason)}</li>" for s in view.report.skipped
    )
    return _section("skipped", "Skipped inputs", f'<ul class="plain">{items}</ul>')


def _texts(view: _view.View) -> Part:
    blocks = []
    for source in view.sources:
        title = f" — {source.article.title}" if source.article.title else ""
        blocks.append(
            f'<details id="text-{source.number}"><summary>[{source.number}] '
            f"{_text(source.label + title)}</summary>\n"
            f'<div class="article-text"{_direction(source.article.text)}>'
            f"{_article_text(view, source)}</div>\n"
            '<p><a href="#summary">Back to the summary</a></p></details>'
        )
    return _section("texts", "Source texts", "\n".join(blocks))


def _direction(text: str) -> str:
    """A source text's direction, when it may be right-to-left: its first strong letter says."""
    return ' dir="auto"' if _RIGHT_TO_LEFT_RE.search(text) else ""


def _article_text(view: _view.View, source: _view.Source) -> str:
    """The cleaned text, escaped, with every cited sentence wrapped in an anchor."""
    text, pieces, cursor = source.article.text, [], 0
    for sentence in view.mentions_of(source.article.id):
        start = sentence.start
        if text[start : sentence.end] != sentence.text:
            start = text.find(sentence.text, cursor)  # offsets from another text version
        if start < cursor:
            continue
        end = start + len(sentence.text)
        pieces.append(escape(text[cursor:start]))
        pieces.append(
            f'<span class="sentence" id="s{source.number}-{sentence.index}" tabindex="-1">'
            f"{escape(text[start:end])}</span>"
        )
        cursor = end
    pieces.append(escape(text[cursor:]))
    return "".join(pieces)


def _removed(view: _view.View) -> Part | None:
    blocks = [
        f"<details><summary>[{s.number}] {escape(s.label)}: {len(s.article.removed)} removed"
        f'</summary><ul class="plain">{_items(s.article.removed)}</ul></details>'
        for s in view.sources
        if s.article.removed
    ]
    if not blocks:
        return None
    return _section("removed", "Removed from the sources", "\n".join(blocks))


def _items(texts: Iterable[str]) -> str:
    return "".join(f"<li>{_text(t)}</li>" for t in texts)
