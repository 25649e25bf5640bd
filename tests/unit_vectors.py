"""Sentence vectors made to measure for the alignment tests: unit vectors far apart, but the
first two at a chosen cosine."""

from __future__ import annotations

import numpy as np


def unit_vectors(count: int, alike: float, seed: int) -> np.ndarray:
    """``count`` unit vectors far apart (random, from ``seed``), the first two at cosine
    ``alike``."""
    rng = np.random.default_rng(seed)
    vectors = rng.normal(size=(count, 256)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors[0] = 0
    vectors[0, 0] = 1
    vectors[1] = 0
    vectors[1, 0], vectors[1, 1] = alike, np.sqrt(1 - alike**2)
    return vectors
