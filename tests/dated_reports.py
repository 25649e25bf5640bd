"""Reports of invented articles, each with its publication time, for the figure and conflict
tests; the sides of a conflict or update as value -> outlets; and the models those test modules
share (loaded once, not once a module)."""

from __future__ import annotations

from collections.abc import Sequence

from bylines import build_report
from bylines.models import load_models
from bylines.types import Article, Conflict, Report

MODELS = load_models()


def articles_of(texts: Sequence[str], published: Sequence[str | None] = ()) -> list[Article]:
    """Articles a0, a1, ... ("Outlet 0", ...) of the texts, each published when ``published``
    says (none when it is empty)."""
    dates = published or (None,) * len(texts)
    return [
        Article(f"a{i}", text, f"Outlet {i}", published=when)
        for i, (text, when) in enumerate(zip(texts, dates, strict=True))
    ]


def report_of(*dated: tuple[str, str | None]) -> Report:
    """The report of articles a0, a1, ... ("Outlet 0", ...), each (text, published)."""
    articles = articles_of([text for text, _ in dated], [when for _, when in dated])
    return build_report(articles, models=MODELS)


def sides(conflict: Conflict) -> dict[str, tuple[str, ...]]:
    return {p.value: p.sources for p in conflict.positions}
