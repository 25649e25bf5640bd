"""Helpers for the quote tests: invented articles a0, a1, ... ("Outlet 0", ...), their quotes,
and the articles that carry one quote."""

from __future__ import annotations

from bylines.ingest.sentences import split_sentences
from bylines.report.quotes import find_quotes
from bylines.report.variants import quote_conflicts
from bylines.types import Article, Quote, QuoteVariant


def articles_of(texts: tuple[str, ...]) -> list[Article]:
    return [Article(id=f"a{i}", text=t, source=f"Outlet {i}") for i, t in enumerate(texts)]


def quotes_of(*texts: str) -> tuple[Quote, ...]:
    articles = articles_of(texts)
    return find_quotes(split_sentences(articles), articles)


def carriers(quotes: tuple[Quote, ...], words: str) -> set[str]:
    """The articles of the one quote whose variants hold ``words``."""
    found = [q for q in quotes if any(words.lower() in v.text.lower() for v in q.variants)]
    assert len(found) == 1, found
    return {s for v in found[0].variants for s in v.sources}


def conflict_sides(speaker: str, *wordings: str) -> list[tuple[str, ...]]:
    """The sides of the one conflict between ``wordings`` of one speaker's quote (the first the
    wording as said, a0; the others a1, a2 ... differing in meaning), as their sources."""
    variants = [
        QuoteVariant(text=t, sources=(f"a{n}",), difference="same" if n == 0 else "meaning")
        for n, t in enumerate(wordings)
    ]
    (conflict,) = quote_conflicts([Quote(speaker=speaker, variants=tuple(variants))])
    return [p.sources for p in conflict.positions]
