"""Stage 8: what is new in a story since it was last shown.

New outlets (not among the articles shown before), new facts (sentences of the new articles whose
words are largely new) and figures that changed (the same counted thing, "12
people" then "15 people", with a new value).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bylines.ingest.sentences import split_article
from bylines.stories.types import FigureChange, StoryArticle, WhatsNew
from bylines.types import Article

# A new sentence is a new fact when this share of its content words (stop words out), and at
# least NEW_WORDS of them, appear nowhere in what was shown before. Set by hand, not tuned: a
# sentence that repeats who and where ("Governor X said... in Y") but adds what happened has
# about a third of its words new; a reworded old fact has one or two.
NEW_FACT = 0.3
NEW_WORDS = 3
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
    seen = set().union(*(_words(a.text) for a in old))
    facts: list[str] = []
    for article in new:
        for sentence in split_article(article):
            unseen = _words(sentence.text) - seen
            if len(unseen) >= max(NEW_WORDS, NEW_FACT * len(_words(sentence.text))):
                facts.append(sentence.text)
                seen |= unseen
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
    from sklearn.feature_extraction._stop_words import ENGLISH_STOP_WORDS

    return {w for w in _WORD.findall(text.lower()) if w not in ENGLISH_STOP_WORDS}
