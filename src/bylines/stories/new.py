"""Stage 8: what is new in a story since it was last shown.

New outlets (not among the articles shown before), new facts (sentences of the new articles whose
words are largely new) and figures that changed: the report's own figure comparison
(``report.figures``: the same thing counted, "12 people hurt" then "15 people hurt") between an
article shown before and a new one, so a story's "what's new" never calls two different counts a
change that its briefing would not compare.

What was shown is kept by article (``store.shown_keys``), not by time: an article placed in the
same second as a showing is still new.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from bylines.ingest.sentences import split_article, split_sentences
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
_WORD = re.compile(r"\w{3,}")


def whats_new(
    full: Sequence[Article],
    placed: Sequence[StoryArticle],
    since: str | None,
    shown: Collection[str] = (),
) -> WhatsNew | None:
    """What arrived since the story was last shown, at ``since``: the articles whose keys are
    not among those ``shown``. None when the story was never shown (everything is new).
    ``full`` and ``placed`` are the story's articles in one order (as placed)."""
    if since is None:
        return None
    # Told apart by key, which is unique in a store (two runs may each have an article 'tv-1');
    # a store written before articles were kept as shown has only the time of the showing.
    keyed = [
        (replace(f, id=p.key), p.key not in shown if shown else p.seen > since)
        for f, p in zip(full, placed, strict=True)
    ]
    old = [article for article, arrived in keyed if not arrived]
    new = [article for article, arrived in keyed if arrived]
    old_outlets = {a.source for a in old}
    # (an article whose outlet nothing names brings no new outlet: its label is no outlet)
    named = {p.key for p in placed if p.named}
    outlets = tuple(dict.fromkeys(
        a.source for a in new if a.source not in old_outlets and a.id in named
    ))  # fmt: skip
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
    """Each figure a new article gives that differs from what a shown article gave for the same
    thing (an update or a disagreement the briefing would list), with the outlets giving it."""
    if not old or not new:
        return ()
    # (0.5 s of imports a listing rarely needs)
    from bylines.report.align import claims_from_groups
    from bylines.report.figures import compare_figures

    articles = [*old, *new]
    new_ids = {a.id for a in new}
    outlet = {a.id: a.source for a in articles}
    # every sentence a claim of its own: a story's listing is not worth aligning (the briefing
    # does that); without claims that join sentences the comparison pairs fewer figures, never
    # looser ones
    sentences = split_sentences(articles)
    claims = claims_from_groups([[n] for n in range(len(sentences))], sentences, articles)
    comparison = compare_figures(claims, articles)
    changes: list[FigureChange] = []
    for differing in (*comparison.updates, *comparison.conflicts):
        before = [p for p in differing.positions if not new_ids & set(p.sources)]
        after = [p for p in differing.positions if new_ids >= set(p.sources)]
        changes += [
            FigureChange(
                differing.subject,
                before[-1].value,
                position.value,
                tuple(dict.fromkeys(outlet[a] for a in position.sources)),
            )
            for position in (after if before else ())
        ]
    return tuple(changes)


def _words(text: str) -> set[str]:
    from sklearn.feature_extraction._stop_words import ENGLISH_STOP_WORDS

    return {w for w in _WORD.findall(text.lower()) if w not in ENGLISH_STOP_WORDS}
