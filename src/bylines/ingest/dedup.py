"""Stage 2: mark near-duplicate articles, so one wire story under two names counts once.

Each article becomes a MinHash of its word 3-shingles. Two articles are the same copy when the
shingles of the shorter one are (almost) all inside the longer one: containment, not Jaccard, so a
copy with a new headline and byline, or one trimmed by its last paragraphs, still matches. The later
article is marked ``duplicate_of`` the earliest one it repeats (input order).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Sequence
from typing import Any

import numpy as np

from bylines.types import Article

SHINGLE = 3
PERMUTATIONS = 128
# The permutations' seed: datasketch's default, which signatures stored by stories/store.py used.
SEED = 1
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
    found = shingles(text)
    return Signature(len(found), MinHash.of([s.encode("utf-8") for s in sorted(found)]))


@dataclasses.dataclass(frozen=True, slots=True)
class MinHash:
    """datasketch's ``MinHash(num_perm=PERMUTATIONS, seed=1)`` (its ``affine32`` scheme) after
    ``update_batch``: the same hash values, computed here because importing datasketch imports
    its LSH indexes and SciPy's integrators with them, ~0.3-0.7 CPU-seconds of a cold run spent
    before the first article is compared. tests/test_dedup.py checks the values against
    datasketch's."""

    hashvalues: Any  # uint32, one per permutation
    scheme: str = "affine32"
    seed: int = SEED

    @classmethod
    def of(cls, items: Sequence[bytes]) -> MinHash:
        values = np.full(PERMUTATIONS, np.iinfo(np.uint32).max, dtype=np.uint32)
        if items:
            # SHA-1's first four bytes, little-endian (datasketch's sha1_hash32).
            digests = b"".join(hashlib.sha1(item).digest()[:4] for item in items)
            hashed = _fmix32(np.frombuffer(digests, dtype="<u4").astype(np.uint32))
            a, b = _permutations(SEED)
            values = np.minimum(values, (hashed[:, None] * a + b).min(axis=0))
        return cls(values)

    def __len__(self) -> int:
        return len(self.hashvalues)

    def jaccard(self, other: Any) -> float:
        if other.scheme != self.scheme or other.seed != self.seed or len(other) != len(self):
            raise ValueError("MinHash signatures of different kinds cannot be compared")
        return float(np.count_nonzero(self.hashvalues == other.hashvalues)) / len(self)


def _permutations(seed: int) -> tuple[Any, Any]:
    """The odd multipliers and the offsets of datasketch's affine32 permutations."""
    generator = np.random.RandomState(seed)
    a = generator.randint(0, 1 << 31, PERMUTATIONS, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, PERMUTATIONS, dtype=np.uint32)
    return a, b


def _fmix32(values: Any) -> Any:
    """MurmurHash3's 32-bit finalizer (wrapping arithmetic), as datasketch mixes each hash."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def same_copy(left: Signature, right: Signature) -> bool:
    if min(left.size, right.size) < MIN_SHINGLES:
        return False
    jaccard = float(left.minhash.jaccard(right.minhash))  # type: ignore[attr-defined]
    # |A ∩ B| from the Jaccard estimate and the two set sizes, over the smaller set.
    shared = jaccard * (left.size + right.size) / (1.0 + jaccard)
    return shared / min(left.size, right.size) >= CONTAINMENT
