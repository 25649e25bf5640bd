"""What every renderer shows, decided once: numbering, titles, sections, caps.

The renderers (Markdown, rich text, HTML) differ only in how they draw; which claims go in which
section, how sources are numbered and what a section is called is decided here, so the three
formats always say the same thing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bylines.types import Article, Claim, Entity, Report, Sentence

# Claims listed per section before the rest is summarised as "and N more". Chosen so that the
# Markdown of a ten-article cluster stays about two screens long; the JSON always has them all.
SHARED_CAP = 12
SINGLE_CAP = 5
ENTITY_TYPES = (("PERSON", "People"), ("ORG", "Organisations"), ("PLACE", "Places"))
ENTITIES_HEADING = "People, organisations and places"


@dataclass(frozen=True, slots=True)
class Source:
    """An article with the number it is cited by ([1], [2]...) and a label for its outlet."""

    number: int
    article: Article
    label: str


@dataclass(frozen=True, slots=True)
class Section:
    """A list of claims under a heading; ``more`` is how many were left out by the cap."""

    key: str
    heading: str
    claims: tuple[Claim, ...]
    more: int = 0


def sources(report: Report) -> tuple[Source, ...]:
    """Articles in report order, numbered from 1; outlets named twice get their id added."""
    counts: dict[str, int] = {}
    for article in report.articles:
        counts[article.source] = counts.get(article.source, 0) + 1
    return tuple(
        Source(i + 1, a, a.source if counts[a.source] == 1 else f"{a.source} ({a.id})")
        for i, a in enumerate(report.articles)
    )


def numbering(report: Report) -> dict[str, Source]:
    return {s.article.id: s for s in sources(report)}


def cited(report: Report, ids: Sequence[str]) -> list[Source]:
    """The sources of these article ids, in citation-number order, unknown ids left out."""
    by_id = numbering(report)
    return sorted({by_id[i].number: by_id[i] for i in ids if i in by_id}.values(), key=_number)


def _number(source: Source) -> int:
    return source.number


def title(report: Report) -> str:
    """The headline of the article the summary starts from, else of the first titled one."""
    by_id = {a.id: a for a in report.articles}
    first = [by_id[i] for s in report.summary[:1] for i in s.sources if i in by_id]
    for article in [*first, *report.articles]:
        if article.title:
            return " ".join(article.title.split())
    return "Briefing"


def overview(report: Report) -> str:
    """One line: how many reports from how many outlets, and near-duplicates."""
    articles = len(report.articles)
    outlets = len({a.source for a in report.articles})
    line = f"A briefing from {articles} report{_s(articles)} by {outlets} outlet{_s(outlets)}"
    duplicates = sum(a.duplicate_of is not None for a in report.articles)
    if duplicates:
        line += f" ({duplicates} near-duplicate{_s(duplicates)} counted once)"
    return line + "."


def _s(count: int) -> str:
    return "" if count == 1 else "s"


def duplicates(report: Report) -> list[tuple[Source, Source]]:
    """(copy, original) for every article that repeats another (the same wire copy)."""
    by_id = numbering(report)
    pairs = []
    for source in by_id.values():
        original = by_id.get(source.article.duplicate_of or "")
        if original is not None:
            pairs.append((source, original))
    return pairs


def duplicate_note(copy: Source, original: Source) -> str:
    """ "[3] Wire repeats [2] Tide (same wire copy)": the plain words, for text and HTML."""
    return (
        f"[{copy.number}] {copy.label} repeats [{original.number}] {original.label} "
        "(same wire copy)"
    )


def shared_sections(report: Report) -> list[Section]:
    """ "Reported by all" and "Reported by several", each capped at SHARED_CAP claims."""
    sections = []
    for key, heading in (("all", "Reported by all"), ("several", "Reported by several")):
        claims = tuple(c for c in report.claims if c.coverage == key)
        if claims:
            sections.append(Section(key, heading, claims[:SHARED_CAP], len(claims) - SHARED_CAP))
    return sections


def single_sections(report: Report) -> list[Section]:
    """ "Only in <outlet>", one per article with claims no other report carries."""
    by_id = numbering(report)
    sections = []
    for source in by_id.values():
        claims = tuple(
            c
            for c in report.claims
            if c.coverage == "one" and c.sources[:1] == (source.article.id,)
        )
        if claims:
            more = len(claims) - SINGLE_CAP
            key = f"only-{source.number}"
            sections.append(Section(key, f"Only in {source.label}", claims[:SINGLE_CAP], more))
    return sections


def entity_groups(report: Report) -> list[tuple[str, tuple[Entity, ...]]]:
    """Entities by type (people, organisations, places), each group in report order."""
    groups = []
    for kind, heading in ENTITY_TYPES:
        found = tuple(e for e in report.entities if e.type == kind)
        if found:
            groups.append((heading, found))
    others = tuple(e for e in report.entities if e.type not in dict(ENTITY_TYPES))
    if others:
        groups.append(("Other names", others))
    return groups


def claim_of(report: Report, claim_id: str) -> Claim | None:
    return next((c for c in report.claims if c.id == claim_id), None)


def mention_in(claim: Claim | None, article_id: str) -> Sentence | None:
    """The sentence by which this article makes the claim."""
    if claim is None:
        return None
    return next((m for m in claim.mentions if m.article == article_id), None)


def mentions_of(report: Report, article_id: str) -> list[Sentence]:
    """Every sentence of an article that a claim cites, in text order, each once."""
    found = {
        m.index: m for c in report.claims for m in c.mentions if m.article == article_id
    }.values()
    return sorted(found, key=_start)


def _start(sentence: Sentence) -> int:
    return sentence.start


def one_line(text: str) -> str:
    return " ".join(text.split())
