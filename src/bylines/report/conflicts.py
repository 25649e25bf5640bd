"""Stage 7: where the reports differ.

Three kinds of difference, each found by its own stage module and joined here: figures whose
intervals do not meet (``figures``), quoted words whose meaning differs between outlets
(``variants``), and people named inconsistently (``names``, low severity).
Updates, figures that changed between an earlier and a later report, are not conflicts.
"""

from __future__ import annotations

from collections.abc import Sequence

from bylines.report.figures import Comparison, compare_figures
from bylines.report.names import NameIndex, find_name_slips
from bylines.report.variants import quote_conflicts
from bylines.types import Article, Claim, Conflict, Quote, Sentence


def find_conflicts(
    figures: Comparison,
    quotes: Sequence[Quote],
    sentences: Sequence[Sentence],
    articles: Sequence[Article],
    index: NameIndex | None = None,
) -> tuple[Conflict, ...]:
    """Figures, quotes and names on which the reports differ (updates are not conflicts;
    ``index``: the articles' names, when the caller has built it)."""
    return (
        *figures.conflicts,
        *quote_conflicts(quotes),
        *find_name_slips(sentences, articles, index),
    )


def find_updates(claims: Sequence[Claim], articles: Sequence[Article]) -> tuple[Conflict, ...]:
    """Figures that changed between an earlier and a later report: news, not a disagreement."""
    return compare_figures(claims, articles).updates
