"""Stage 2: mark near-duplicate articles, so one wire story under two names counts once.

Each article becomes the set of its word 3-shingles. Two articles are the same copy when the
shingles of the shorter one are (almost) all inside the longer one: containment, not Jaccard, so a
copy with a new headline and byline, or one trimmed by its last paragraphs, still matches. The later
article is marked ``duplicate_of`` the earliest one it repeats (input order), unless that one is
a brief of a sentence or two and the later adds more (``BRIEF_SHINGLES``).

A report's articles are all in memory, so ``mark_duplicates`` counts the shared shingles
exactly. A MinHash (``signature``, datasketch) is what the stories pipeline stores to find a copy
among articles of earlier runs, whose text it no longer holds. For a report the exact count is
both cheaper and right: on DUC 2004 clusters and piles cut to the report's bounds (5 to 200
articles) it took about half the CPU of the MinHash signatures (e.g. 0.04 against 0.08 s for
100 articles), before the ~0.3 CPU s of importing datasketch (its LSH modules pull in half of
scipy) that a cold report no longer pays; and the MinHash estimate of containment strays far
when the two articles differ much in length (a 31-shingle brief against a 958-shingle article:
0.73 estimated, 0.07 exact, so 3 of the 50 DUC clusters had a report wrongly marked a copy, or
a copy missed).
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
# Estimated shares between these two are counted exactly by a caller that must be sure: the
# estimate of 128 permutations moves by several hundredths either side of CONTAINMENT (DUC's
# fire cluster: 0.696 counted, 0.72 estimated; 0.705 counted, 0.643 estimated) and far more
# where the two differ much in size. Set by hand: half CONTAINMENT, and 0.9.
MAYBE_COPY = 0.35
SURE_COPY = 0.9
# Below this many shingles (~a sentence or two) containment is too noisy to call a copy.
MIN_SHINGLES = 12
# An earlier text of fewer shingles than this (about two sentences) is no original of a later
# one that adds more than this: a one-line bulletin quoting a wire is not the wire's original
# (the wire's own sentences would be aligned with no other outlet, ``align._attach_copies``;
# fresh27's t-payroll-brennock). Re-rooting copies on the fuller text instead was tried and
# dropped: two reviews found one wire counted twice and independent outlets split off claims.
BRIEF_SHINGLES = 2 * MIN_SHINGLES
_WORD = re.compile(r"\w+")


@dataclasses.dataclass(frozen=True, slots=True)
class Signature:
    """An article's MinHash and shingle count: what deciding it is a copy needs."""

    size: int
    minhash: object


def mark_duplicates(articles: Sequence[Article]) -> tuple[Article, ...]:
    """The articles, each later copy of an earlier one marked ``duplicate_of`` it (shingles
    counted exactly: module notes)."""
    found = [shingles(a.text) for a in articles]
    marked: list[Article] = []
    for k, article in enumerate(articles):
        original = next(
            (
                articles[j].id
                for j in range(k)
                if marked[j].duplicate_of is None
                and contains_copy(found[j], found[k])
                and not _adds_to_a_brief(found[j], found[k])
            ),
            None,
        )
        marked.append(dataclasses.replace(article, duplicate_of=original))
    return tuple(marked)


def _adds_to_a_brief(earlier: set[str], later: set[str]) -> bool:
    """The later text is a fuller report than an earlier brief (``BRIEF_SHINGLES``)."""
    return len(earlier) < BRIEF_SHINGLES and len(later - earlier) > BRIEF_SHINGLES


def shingles(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def contains_copy(left: set[str], right: set[str]) -> bool:
    """The smaller of two shingle sets lies (almost) whole inside the other."""
    smaller = min(len(left), len(right))
    if smaller < MIN_SHINGLES:
        return False
    return len(left & right) / smaller >= CONTAINMENT


def signature(text: str) -> Signature:
    """An article's MinHash, for a copy to be found by ``copy_share`` once its text is gone."""
    from datasketch import MinHash

    found = shingles(text)
    minhash = MinHash(num_perm=PERMUTATIONS, seed=1)
    minhash.update_batch([s.encode("utf-8") for s in sorted(found)])
    return Signature(len(found), minhash)


def copy_share(left: Signature, right: Signature) -> float:
    """The estimated share of the smaller article's shingles found in the other (0 below
    MIN_SHINGLES). Coarse where the two differ much in size or the share is near CONTAINMENT:
    a caller that must be sure counts shingles (``contains_copy``) above MAYBE_COPY."""
    if min(left.size, right.size) < MIN_SHINGLES:
        return 0.0
    jaccard = float(left.minhash.jaccard(right.minhash))  # type: ignore[attr-defined]
    # |A ∩ B| from the Jaccard estimate and the two set sizes, over the smaller set.
    shared = jaccard * (left.size + right.size) / (1.0 + jaccard)
    return shared / min(left.size, right.size)
