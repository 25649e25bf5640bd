"""Sentence embedders. (Skeleton: TF-IDF only.)"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from bylines.models import Embedder, Vectors
from bylines.options import EmbedderChoice


class TfidfEmbedder:
    """Model-free: character n-gram TF-IDF fitted on the texts of one call."""

    name = "tfidf"

    def embed(self, texts: Sequence[str]) -> Vectors:
        from sklearn.feature_extraction.text import TfidfVectorizer

        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        matrix = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5)).fit_transform(texts)
        return np.asarray(matrix.toarray(), dtype=np.float32)


def load_embedder(choice: EmbedderChoice) -> Embedder:
    return TfidfEmbedder()
