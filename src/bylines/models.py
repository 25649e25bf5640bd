"""Replaceable backends, one small protocol each, and the object that holds the loaded ones.

A ``Models`` is created once (``load_models``) and passed to every ``build_report`` call, so a
long-running process loads the embedding model and the NER pipeline once: no global cache.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from bylines.options import ReportOptions

Vectors = NDArray[np.float32]


class Embedder(Protocol):
    """Turns sentences into L2-normalised vectors (one row per text)."""

    name: str

    def embed(self, texts: Sequence[str]) -> Vectors: ...


class EntityTagger(Protocol):
    """Finds named entities: for each text, a list of (surface text, PERSON|ORG|PLACE)."""

    name: str

    def tag(self, texts: Sequence[str]) -> list[list[tuple[str, str]]]: ...


@dataclass(frozen=True, slots=True)
class Models:
    embedder: Embedder
    tagger: EntityTagger


def load_models(options: ReportOptions | None = None) -> Models:
    """Load the backends the options ask for; ``auto`` falls back to the model-free ones."""
    from bylines.embed import load_embedder
    from bylines.report.entities import load_tagger

    options = options or ReportOptions()
    return Models(embedder=load_embedder(options.embedder), tagger=load_tagger(options.entities))
