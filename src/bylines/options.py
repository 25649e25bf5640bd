"""Options for building a report: one frozen object, validated once, passed explicitly."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bylines.errors import BylinesError

EmbedderChoice = Literal["auto", "minilm", "tfidf"]
EntityChoice = Literal["auto", "spacy", "rules"]

DEFAULT_WORDS = 120
# Below this a summary cannot hold one whole news sentence.
MIN_WORDS = 10


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """What the caller may choose.

    ``embedder``: ``minilm`` (needs ``bylines[embeddings]``), ``tfidf`` (model-free), or ``auto``
    (MiniLM when installed, else TF-IDF). ``entities``: ``spacy`` (needs ``bylines[ner]``),
    ``rules`` (capitalised-name heuristics), or ``auto``.
    """

    words: int = DEFAULT_WORDS
    embedder: EmbedderChoice = "auto"
    entities: EntityChoice = "auto"

    def __post_init__(self) -> None:
        if self.words < MIN_WORDS:
            raise BylinesError(f"the word budget must be at least {MIN_WORDS}, got {self.words}")
