"""Stage 5: choose central, non-redundant claims under a word budget. (Skeleton: first claims.)"""

from __future__ import annotations

from collections.abc import Sequence

from bylines.types import Article, Claim, SummarySentence


def summarise(
    claims: Sequence[Claim], articles: Sequence[Article], words: int
) -> tuple[SummarySentence, ...]:
    chosen: list[SummarySentence] = []
    used = 0
    for claim in claims:
        length = len(claim.text.split())
        if used + length > words:
            break
        chosen.append(SummarySentence(claim.text, claim.sources, claim.id))
        used += length
    return tuple(chosen)
