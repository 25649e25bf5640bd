"""The service's own HTML body for a report, used until ``render.render_body`` exists.

Every piece of article text goes through ``html.escape``; the page carries no script, so a
citation is a plain in-page link to the source sentence (``#s<n>-<sentence>``), which also
works with a keyboard and without JavaScript.
"""

from __future__ import annotations

from collections import defaultdict
from html import escape

from bylines.types import Claim, Report, Sentence

# How much of each agreement section the page shows: the summary already carries the central
# claims; these lists are for checking, and a 10-article cluster has hundreds of single-source
# claims.
SECTION_CLAIMS = 12
ONLY_IN_PER_OUTLET = 4


def report_body(report: Report) -> str:
    """``<main id="report">`` with the report, the same contract as ``render.render_body``."""
    numbers = {a.id: n for n, a in enumerate(report.articles, start=1)}
    claims = {c.id: c for c in report.claims}
    parts = [
        _header(report),
        _summary(report, numbers, claims),
        _agreement(report, numbers),
        _conflicts(report, numbers),
        _quotes(report, numbers),
        _entities(report, numbers),
        _sources(report, numbers),
        _skipped(report),
    ]
    return '<main id="report" class="report wrap">' + "".join(parts) + "</main>"


def _header(report: Report) -> str:
    titles = [a.title for a in report.articles if a.title]
    title = titles[0] if titles else "Briefing"
    return f"<header><h1>{escape(title)}</h1></header>"


def _skipped(report: Report) -> str:
    if not report.skipped:
        return ""
    items = "".join(f"<li>{escape(s.name)}: {escape(s.reason)}</li>" for s in report.skipped)
    return f'<section id="skipped" class="skipped"><h2>Not included</h2><ul>{items}</ul></section>'


def _anchor(numbers: dict[str, int], sentence: Sentence) -> str:
    return f"s{numbers.get(sentence.article, 0)}-{sentence.index}"


def _cites(
    sources: tuple[str, ...], claim: Claim | None, numbers: dict[str, int], report: Report
) -> str:
    first: dict[str, Sentence] = {}
    for mention in claim.mentions if claim else ():
        first.setdefault(mention.article, mention)
    links = []
    for source in sorted(sources, key=lambda s: numbers.get(s, 0)):
        n = numbers.get(source, 0)
        target = _anchor(numbers, first[source]) if source in first else f"src{n}"
        outlet = escape(report.outlet(source))
        links.append(
            f'<a class="cite" href="#{target}" title="{outlet}" aria-label="source {n}: {outlet}">'
            f"[{n}]</a>"
        )
    return f'<span class="cites">{"".join(links)}</span>'


def _summary(report: Report, numbers: dict[str, int], claims: dict[str, Claim]) -> str:
    items = "".join(
        f"<li>{escape(s.text)} {_cites(s.sources, claims.get(s.claim), numbers, report)}</li>"
        for s in report.summary
    )
    return f'<section id="summary"><h2>Summary</h2><ol class="summary">{items}</ol></section>'


def _agreement(report: Report, numbers: dict[str, int]) -> str:
    html = []
    for coverage, heading in (("all", "Reported by all"), ("several", "Reported by several")):
        chosen = [c for c in report.claims if c.coverage == coverage][:SECTION_CLAIMS]
        if chosen:
            html.append(f"<h3>{heading}</h3>{_claim_list(chosen, numbers, report)}")
    only: dict[str, list[Claim]] = defaultdict(list)
    for claim in report.claims:
        if claim.coverage == "one" and len(only[claim.sources[0]]) < ONLY_IN_PER_OUTLET:
            only[claim.sources[0]].append(claim)
    for article_id, chosen in only.items():
        outlet = escape(report.outlet(article_id))
        html.append(f"<h3>Only in {outlet}</h3>{_claim_list(chosen, numbers, report)}")
    if not html:
        return ""
    return f'<section id="agreement"><h2>Who reports what</h2>{"".join(html)}</section>'


def _claim_list(claims: list[Claim], numbers: dict[str, int], report: Report) -> str:
    items = "".join(
        f"<li>{escape(c.text)} {_cites(c.sources, c, numbers, report)}</li>" for c in claims
    )
    return f'<ul class="claims">{items}</ul>'


def _conflicts(report: Report, numbers: dict[str, int]) -> str:
    if not report.conflicts:
        return ""
    items = []
    for conflict in report.conflicts:
        sides = "".join(
            f"<li><strong>{escape(p.value)}</strong> {_cites(p.sources, None, numbers, report)}"
            f"<br><q>{escape(p.evidence)}</q></li>"
            for p in conflict.positions
        )
        items.append(f"<li>{escape(conflict.subject)} ({conflict.kind})<ul>{sides}</ul></li>")
    return f'<section id="differ"><h2>Where reports differ</h2><ul>{"".join(items)}</ul></section>'


def _quotes(report: Report, numbers: dict[str, int]) -> str:
    if not report.quotes:
        return ""
    items = []
    for quote in report.quotes:
        variants = "".join(
            f"<li><q>{escape(v.text)}</q> {_cites(v.sources, None, numbers, report)}</li>"
            for v in quote.variants
        )
        items.append(f"<li><strong>{escape(quote.speaker)}</strong><ul>{variants}</ul></li>")
    return f'<section id="quotes"><h2>Quotes</h2><ul>{"".join(items)}</ul></section>'


def _entities(report: Report, numbers: dict[str, int]) -> str:
    if not report.entities:
        return ""
    groups: dict[str, list[str]] = defaultdict(list)
    for entity in report.entities:
        groups[entity.type].append(
            f"<li>{escape(entity.name)} {_cites(entity.sources, None, numbers, report)}</li>"
        )
    names = {"PERSON": "People", "ORG": "Organisations", "PLACE": "Places"}
    html = "".join(
        f"<div><h3>{names.get(kind, escape(kind))}</h3>"
        f'<ul class="entities">{"".join(items)}</ul></div>'
        for kind, items in groups.items()
    )
    return (
        f'<section id="entities"><h2>Who and where</h2><div class="columns">{html}</div></section>'
    )


def _sources(report: Report, numbers: dict[str, int]) -> str:
    sentences: dict[str, dict[int, Sentence]] = defaultdict(dict)
    for claim in report.claims:
        for mention in claim.mentions:
            sentences[mention.article][mention.index] = mention
    items = []
    for article in report.articles:
        n = numbers[article.id]
        title = f" — {escape(article.title)}" if article.title else ""
        link = (
            f' <a href="{escape(article.url)}" rel="noopener noreferrer nofollow">original</a>'
            if article.url and article.url.startswith(("http://", "https://"))
            else ""
        )
        note = (
            f'<p class="note">Same text as [{numbers.get(article.duplicate_of, 0)}]; '
            "counted once.</p>"
            if article.duplicate_of
            else ""
        )
        own = sorted(sentences[article.id].values(), key=lambda s: s.index)
        text = "".join(
            f'<span class="sentence" id="{_anchor(numbers, s)}">{escape(s.text)}</span> '
            for s in own
        ) or escape(article.text)
        items.append(
            f'<li id="src{n}"><h3><span class="num">[{n}]</span> '
            f"{escape(article.source)}{title}{link}</h3>{note}<p>{text}</p>{_removed(article.removed)}</li>"
        )
    return (
        f'<section id="sources"><h2>Sources</h2><ol class="sources">{"".join(items)}</ol></section>'
    )


def _removed(removed: tuple[str, ...]) -> str:
    if not removed:
        return ""
    items = "".join(f"<li>{escape(r)}</li>" for r in removed)
    summary = f"<summary>Removed from this source ({len(removed)})</summary>"
    return f"<details>{summary}<ul>{items}</ul></details>"
