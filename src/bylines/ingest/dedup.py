"""Stage 2: mark near-duplicate articles, so one wire story under two names counts once.

Each article becomes a MinHash of its word 3-shingles. Two articles are the same copy when the
shingles of the shorter one are (almost) all inside the longer one: containment, not Jaccard, so a
copy with a new headline and byline, or one trimmed by its last paragraphs, still matches. The later
article is marked ``duplicate_of`` the earliest one it repeats (input order).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from bylines.types import Article

SHINGLE = 3
PERMUTATIONS = 128
# Estimated share of the shorter article's shingles found in the longer one. On texts we wrote
# (tests/test_dedup.py) a copy with a new headline and byline scores 0.93, a copy cut by a third
# 0.98, the same event by another writer 0.04; on the example cluster and the 50 DUC 2004 clusters
# no two different reports reach 0.5 (benchmarks/results/align.md).
CONTAINMENT = 0.7
# Below this many shingles (~a sentence or two) containment is too noisy to call a copy.
MIN_SHINGLES = 12
_WORD = re.compile(r"\w+")


@dataclasses.dataclass(frozen=True, slots=True)
class Signature:
    """An article's MinHash and shingle count: what deciding it is a copy needs."""

    size: int
    minhash: object


def mark_duplicates(articles: Sequence[Article]) -> tuple[Article, ...]:
    """The articles, each later copy of an earlier one marked ``duplicate_of`` it."""
    signatures = [signature(a.text) for a in articles]
    marked: list[Article] = []
    for k, article in enumerate(articles):
        original = next(
            (
                articles[j].id
                for j in range(k)
                if marked[j].duplicate_of is None and same_copy(signatures[j], signatures[k])
            ),
            None,
        )
        marked.append(dataclasses.replace(article, duplicate_of=original))
    return tuple(marked)


def shingles(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> Signature:
    from datasketch import MinHash

    found = shingles(text)
    minhash = MinHash(num_perm=PERMUTATIONS, seed=1)
    minhash.update_batch([s.encode("utf-8") for s in sorted(found)])
    return Signature(len(found), minhash)


def same_copy(left: Signature, right: Signature) -> bool:
    if min(left.size, right.size) < MIN_SHINGLES:
        return False
    jaccard = float(left.minhash.jaccard(right.minhash))  # type: ignore[attr-defined]
    # |A ∩ B| from the Jaccard estimate and the two set sizes, over the smaller set.
    shared = jaccard * (left.size + right.size) / (1.0 + jaccard)
    return shared / min(left.size, right.size) >= CONTAINMENT
