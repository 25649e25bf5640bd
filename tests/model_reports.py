"""Reports built with the packaged models from invented texts, and one claim of them, for the
coverage tests (``test_cover*.py``)."""

from __future__ import annotations

from bylines.models import Models
from bylines.report.pipeline import build_report
from bylines.types import Article, Claim, Report


def report(models: Models, texts: tuple[str, ...]) -> Report:
    """The report of one invented article per text, from 'Outlet 0', 'Outlet 1', ..."""
    articles = [Article(id=f"a{n}", text=t, source=f"Outlet {n}") for n, t in enumerate(texts)]
    return build_report(articles, models=models)


def claim(briefing: Report, words: str) -> Claim:
    """The one claim whose shown sentence holds ``words``."""
    (found,) = [c for c in briefing.claims if words in c.text]
    return found
