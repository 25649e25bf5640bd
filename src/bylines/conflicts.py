"""Stage 8: where the reports differ. (Skeleton: none; issue 3.)"""

from __future__ import annotations

from collections.abc import Sequence

from bylines.types import Article, Claim, Conflict, Quote


def find_conflicts(
    claims: Sequence[Claim], quotes: Sequence[Quote], articles: Sequence[Article]
) -> tuple[Conflict, ...]:
    return ()
