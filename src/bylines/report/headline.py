"""A neutral title for the briefing: the headline whose words the most outlets report.

One outlet's headline is often its angle ("Chaos at sea: ferry fiasco exposes ..."). Every
headline is a candidate; each of its content words (stems, as the quote comparison uses) is
weighed by the share of outlets whose title or text carries it, and a headline scores the mean
of its words' shares. Words only one outlet uses — its spin, its adjectives — pull a headline
down; the event's own words (who, what, where), which every report carries, hold it up. The
briefing shows a headline as written rather than a rewrite, so it always reads as a headline.
Near-duplicates count once, as everywhere else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bylines.report.variants import stems
from bylines.types import Article, Report, SummarySentence

# Without any headline the summary's first sentence stands in, cut to what a title holds (news
# headlines run 6-20 words): its first clause when that is a title's length, else its first
# words; only a briefing with no summary is simply called a briefing.
MAX_FALLBACK_WORDS = 20
MIN_CLAUSE_WORDS = 6
FALLBACK = "Briefing"
# "the dam's cracks" and "the dam" carry the same word.
_POSSESSIVE = re.compile(r"['’]s\b")


def report_title(report: Report) -> str:
    """The title a briefing is shown under everywhere: the one its maker gave (a story's), else
    its neutral title."""
    return report.title or neutral_title(report.articles, report.summary)


def neutral_title(articles: Sequence[Article], summary: Sequence[SummarySentence] = ()) -> str:
    """The headline most outlets' words support; ties go to the shorter, then the earlier."""
    originals = [a for a in articles if a.duplicate_of is None] or list(articles)
    carried = _stems_by_outlet(originals)
    best: tuple[float, int, int] | None = None
    chosen = None
    for position, article in enumerate(originals):
        headline = " ".join((article.title or "").split())
        words = _stems(headline)
        if not words:
            continue
        support = sum(sum(w in found for found in carried.values()) for w in words)
        key = (support / (len(words) * len(carried)), -len(headline.split()), -position)
        if best is None or key > best:
            best, chosen = key, headline
    return chosen or _fallback(summary)


def _stems_by_outlet(articles: Sequence[Article]) -> dict[str, set[str]]:
    """Every content stem an outlet uses in any of its titles and texts."""
    carried: dict[str, set[str]] = {}
    for article in articles:
        found = carried.setdefault(article.source, set())
        found |= _stems(f"{article.title or ''} {article.text}")
    return carried


def _stems(text: str) -> frozenset[str]:
    return stems(_POSSESSIVE.sub("", text))


def _fallback(summary: Sequence[SummarySentence]) -> str:
    first = " ".join(summary[0].text.split()) if summary else ""
    words = first.split()
    if not words:
        return FALLBACK
    if len(words) <= MAX_FALLBACK_WORDS:
        return first
    clause = first.split(",", maxsplit=1)[0].split()
    if MIN_CLAUSE_WORDS <= len(clause) <= MAX_FALLBACK_WORDS:
        return " ".join(clause)
    return " ".join(words[:MAX_FALLBACK_WORDS]) + "…"
