"""Stage 6: people, organisations and places. (Skeleton: none.)"""

from __future__ import annotations

from collections.abc import Sequence

from bylines.models import EntityTagger
from bylines.options import EntityChoice
from bylines.types import Entity, Sentence


class RuleTagger:
    name = "rules"

    def tag(self, texts: Sequence[str]) -> list[list[tuple[str, str]]]:
        return [[] for _ in texts]


def load_tagger(choice: EntityChoice) -> EntityTagger:
    return RuleTagger()


def find_entities(sentences: Sequence[Sentence], tagger: EntityTagger) -> tuple[Entity, ...]:
    return ()
