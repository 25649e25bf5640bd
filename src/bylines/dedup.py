"""Stage 2: mark near-duplicate articles. (Skeleton: marks none.)"""

from __future__ import annotations

from collections.abc import Sequence

from bylines.types import Article


def mark_duplicates(articles: Sequence[Article]) -> tuple[Article, ...]:
    return tuple(articles)
