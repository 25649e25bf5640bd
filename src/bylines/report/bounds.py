"""Bounds: how much of very long input is analysed, so that time and memory stay linear.

Alignment compares sentences pairwise across articles, and a few stages look at pairs or runs of
sentences, so their cost grows with the square of the text analysed. Instead of letting one
pasted book or a 5 MB dump hold the machine for minutes, each article is analysed up to
``MAX_ARTICLE_CHARS`` and the pile up to ``MAX_TOTAL_CHARS``; what lies past the bound is left
out at a paragraph (else sentence, else word) boundary and named in the article's ``removed``
list, which every briefing shows. Ordinary input is untouched: news is written lead first, so
the beginning of an over-long article is the part a briefing needs.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from bylines.types import Article, Skipped

# Per article: 100,000 characters is about 16,000 words, past the longest long-form news (the
# longest of the 500 DUC 2004 articles has 31,293). One such article is analysed in about 4 s
# on 2 cores (benchmarks/results/speed.md, "huge input").
MAX_ARTICLE_CHARS = 100_000
# The whole pile: alignment compares sentences across articles, so its cost grows with the square
# of this. Five generated articles of 100,000 characters (every sentence a candidate partner of
# every other, the worst case) took 67 s at 500,000; 200,000 keeps the worst case near 5 s of CPU.
# A typical event (10 DUC 2004 articles: 36,000 characters, at most 90,000) stays whole; a pile
# of 100 articles (308,000) is cut to an equal share of each long article's beginning.
MAX_TOTAL_CHARS = 200_000
# Articles in one briefing: dedup compares every pair of articles and the total bound shares its
# characters among them, so a JSON Lines file of 100,000 lines needs a limit of its own. 200 is
# four times the service's limit and twice the largest pile in the benchmarks.
MAX_ARTICLES = 200
# A cut looks back this far for a paragraph or sentence end before cutting between words.
BOUNDARY_WINDOW = 2_000
# Before cleaning, an article is cut at this many times its bound: cleaning is linear but not free
# (about 3 s for 5 MB on 2 cores), and page furniture is never most of an article's text.
RAW_MARGIN = 2
NOTE = "[not analysed: the last {left:,} characters, past the limit of {limit:,} {what}]"
_NOTE_RE = re.compile(r"^\[not analysed: the last ([0-9,]+) characters")
PER_ARTICLE = "characters an article"
SHARED = "characters for this many articles"


def clean_within_bounds(
    articles: Sequence[Article],
    clean: Callable[[Article], Article],
    per_article: int = MAX_ARTICLE_CHARS,
    total: int = MAX_TOTAL_CHARS,
    limit: int = MAX_ARTICLES,
) -> tuple[tuple[Article, ...], tuple[Article, ...]]:
    """The articles cleaned by ``clean``, each after a first cut at ``RAW_MARGIN`` times its
    share of the bounds; and the articles left uncleaned once ``limit`` of them kept text.

    Cleaning is linear but costs about 5 s a megabyte on 2 cores: a JSON Lines file of 100,000
    lines, or 50 uploads of 100 KB, was cleaned whole (23 s and 25 s of CPU) before all but
    the first 200 articles, or all but 4,000 characters of each, were dropped.
    """
    lengths = [len(a.text) for a in articles[:limit]]
    raw = _share(lengths, per_article * RAW_MARGIN, total * RAW_MARGIN)
    what, named = (PER_ARTICLE, per_article) if raw >= per_article * RAW_MARGIN else (SHARED, raw)
    cleaned: list[Article] = []
    kept = 0
    for n, article in enumerate(articles):
        if kept == limit:
            return tuple(cleaned), tuple(articles[n:])
        cleaned.append(clean(_cut(article, raw, named, what)))
        kept += bool(cleaned[-1].text.strip())
    return tuple(cleaned), ()


def bound_articles(
    articles: Sequence[Article],
    *,
    per_article: int = MAX_ARTICLE_CHARS,
    total: int = MAX_TOTAL_CHARS,
) -> tuple[Article, ...]:
    """The articles, each cut to its share of the bounds; most are returned unchanged."""
    quota = _share([len(a.text) for a in articles], per_article, total)
    what = PER_ARTICLE if quota >= per_article else SHARED
    return tuple(_cut(article, quota, quota, what) for article in articles)


def limit_count(
    articles: Sequence[Article], limit: int = MAX_ARTICLES
) -> tuple[tuple[Article, ...], tuple[Skipped, ...]]:
    """The first ``limit`` articles, and one entry naming the rest when there are more."""
    if len(articles) <= limit:
        return tuple(articles), ()
    rest = articles[limit:]
    names = rest[0].id if len(rest) == 1 else f"{rest[0].id} ... {rest[-1].id}"
    count = (
        "1 article past the limit" if len(rest) == 1 else f"{len(rest):,} articles past the limit"
    )
    reason = f"not analysed: {count} of {limit} a briefing"
    return tuple(articles[:limit]), (Skipped(names, reason),)


def _share(lengths: Sequence[int], per_article: int, total: int) -> int:
    """The largest equal quota q <= per_article with sum(min(length, q)) <= total: short
    articles stay whole and the long ones share what is left equally."""
    if sum(min(n, per_article) for n in lengths) <= total:
        return per_article
    remaining, count = total, len(lengths)
    for n in sorted(lengths):
        if n * count > remaining:
            return remaining // count
        remaining -= n
        count -= 1
    return per_article  # unreachable: the sum was over the total


def _cut(article: Article, quota: int, limit: int, what: str) -> Article:
    """The article cut at ``quota``, its note naming ``limit``; a note of an earlier cut (before
    cleaning) is replaced by one note for both."""
    text = article.text
    if len(text) <= quota:
        return article
    end = _boundary(text, quota)
    earlier = [m for m in map(_NOTE_RE.match, article.removed) if m]
    left = len(text) - end + sum(int(m.group(1).replace(",", "")) for m in earlier)
    removed = [item for item in article.removed if not _NOTE_RE.match(item)]
    note = NOTE.format(left=left, limit=limit, what=what)
    return dataclasses.replace(article, text=text[:end].rstrip(), removed=(*removed, note))


def _boundary(text: str, quota: int) -> int:
    """Where to cut at or before ``quota``: a paragraph end, else a sentence end, else a space."""
    floor = max(0, quota - BOUNDARY_WINDOW)
    for mark in ("\n", ". ", " "):
        found = text.rfind(mark, floor, quota)
        if found > 0:
            return found + len(mark.rstrip())
    return quota
