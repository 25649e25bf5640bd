"""Stage 8: what is new in a story since it was last shown.

New outlets (not among the articles shown before), new facts (sentences of the new articles that
share little with anything shown before) and figures that changed (the same counted thing, "12
people" then "15 people", with a new value).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bylines.ingest.sentences import split_article
from bylines.stories.types import FigureChange, StoryArticle, WhatsNew
from bylines.types import Article

# A new sentence is a new fact when no earlier sentence shares this share of its content words.
NEW_FACT = 0.3
# New facts listed at most (the first ones, in the order the articles came).
MAX_FACTS = 5
# "12 people", "12 dead": a number and the word it counts.
_FIGURE = re.compile(r"\b(\d[\d,]*(?:\.\d+)?)\s+([a-z]{3,})\b")
_WORD = re.compile(r"\w{3,}")


def whats_new(
    full: Sequence[Article], placed: Sequence[StoryArticle], since: str | None
) -> WhatsNew | None:
    """None when the story was never shown (everything is new)."""
    if since is None:
        return None
    new_ids = {a.id for a in placed if a.seen > since}
    old = [a for a in full if a.id not in new_ids]
    new = [a for a in full if a.id in new_ids]
    old_outlets = {a.source for a in old}
    outlets = tuple(dict.fromkeys(a.source for a in new if a.source not in old_outlets))
    return WhatsNew(since, outlets, _new_facts(old, new), _changed_figures(old, new))


def _new_facts(old: Sequence[Article], new: Sequence[Article]) -> tuple[str, ...]:
    seen = [_words(s.text) for a in old for s in split_article(a)]
    facts: list[str] = []
    for article in new:
        for sentence in split_article(article):
            words = _words(sentence.text)
            if len(words) >= 4 and all(_jaccard(words, w) < NEW_FACT for w in seen):
                facts.append(sentence.text)
                seen.append(words)
    return tuple(facts[:MAX_FACTS])


def _changed_figures(old: Sequence[Article], new: Sequence[Article]) -> tuple[FigureChange, ...]:
    before = {noun: value for a in old for value, noun in _FIGURE.findall(a.text)}
    changes: dict[tuple[str, str], list[str]] = {}
    for article in new:
        for value, noun in _FIGURE.findall(article.text):
            if noun in before and before[noun] != value:
                changes.setdefault((noun, value), []).append(article.source)
    return tuple(
        FigureChange(noun, before[noun], value, tuple(dict.fromkeys(sources)))
        for (noun, value), sources in changes.items()
    )


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _jaccard(one: set[str], two: set[str]) -> float:
    return len(one & two) / len(one | two) if one | two else 0.0
