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
# A headline set in capitals ("REPORT: RED SOX MAKE HUGE OFFER TO TEIXEIRA", a wire slug's or a
# tabloid's house style) gives way to one in ordinary case whose share of outlets' words is at
# most this much lower. Measured on the ferry demo, the Blinken example and an ECB+ story:
# the plain headlines of one event lie within 0.06 of each other, while an outlet's angle
# ("China's Xi Puts a Positive Spin on Talks", "Chaos at sea: ferry fiasco ...") falls 0.17 to
# 0.5 below the best, so the shouted headline is passed over for a plain one, never for a spin.
SHOUTED_MARGIN = 0.1
# "the dam's cracks" and "the dam" carry the same word.
_POSSESSIVE = re.compile(r"['’]s\b")


def report_title(report: Report) -> str:
    """The title a briefing is shown under everywhere: the one its maker gave (a story's), else
    its neutral title."""
    return report.title or neutral_title(report.articles, report.summary)


def neutral_title(articles: Sequence[Article], summary: Sequence[SummarySentence] = ()) -> str:
    """The headline most outlets' words support; ties go to the shorter, then the earlier. One
    set in capitals gives way to a plain one nearly as well supported (SHOUTED_MARGIN)."""
    originals = [a for a in articles if a.duplicate_of is None] or list(articles)
    carried = _stems_by_outlet(originals)
    ranked: list[tuple[tuple[float, int, int], str]] = []
    for position, article in enumerate(originals):
        headline = " ".join((article.title or "").split())
        words = _stems(headline)
        if not words:
            continue
        support = sum(sum(w in found for found in carried.values()) for w in words)
        key = (support / (len(words) * len(carried)), -len(headline.split()), -position)
        ranked.append((key, headline))
    if not ranked:
        return _fallback(summary)
    best_key, best = max(ranked)
    plain = [(key, h) for key, h in ranked if not h.isupper()]
    if best.isupper() and plain and max(plain)[0][0] >= best_key[0] - SHOUTED_MARGIN:
        return max(plain)[1]
    return best


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
        return _without_full_stop(first)
    clause = first.split(",", maxsplit=1)[0].split()
    if MIN_CLAUSE_WORDS <= len(clause) <= MAX_FALLBACK_WORDS:
        return " ".join(clause)
    return " ".join(words[:MAX_FALLBACK_WORDS]) + "…"


def _without_full_stop(sentence: str) -> str:
    """A sentence as a title: no full stop at its end, as no headline has one ("The council of
    Brask voted on Monday to close the old bridge." headed a briefing of pasted texts); one that
    ends a dotted abbreviation stays ("... in the U.S."), as do "?", "!" and "..."; a figure's
    decimal point is no abbreviation ("Inflation rose to 2.5.")."""
    last = sentence.rsplit(maxsplit=1)[-1]
    if sentence.endswith(".") and not sentence.endswith("..") and not _DOTTED.search(last):
        return sentence[:-1]
    return sentence


# A dotted abbreviation at a sentence's end, its full stop its own ("U.S.", "a.m.").
_DOTTED = re.compile(r"(?:^|\W)(?:[^\W\d_]\.){2,}$")
