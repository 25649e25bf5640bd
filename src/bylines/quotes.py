"""Stage 7: direct quotations grouped across outlets. (Skeleton: none; issue 3.)"""

from __future__ import annotations

from collections.abc import Sequence

from bylines.types import Article, Quote, Sentence


def find_quotes(sentences: Sequence[Sentence], articles: Sequence[Article]) -> tuple[Quote, ...]:
    return ()
