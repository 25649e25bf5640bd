"""Stage 4: group sentences that state the same fact into claims. (Skeleton: one per sentence.)"""

from __future__ import annotations

from collections.abc import Sequence

from bylines.coverage import coverage
from bylines.models import Embedder
from bylines.types import Article, Claim, Sentence


def align_claims(
    sentences: Sequence[Sentence], articles: Sequence[Article], embedder: Embedder
) -> tuple[Claim, ...]:
    return tuple(
        Claim(f"c{i + 1}", s.text, (s.article,), coverage((s.article,), articles), (s,))
        for i, s in enumerate(sentences)
    )
