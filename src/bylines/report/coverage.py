"""How widely a statement is carried: by all reports, several, or one.

Articles marked as duplicates of another count as that other report, so the same wire copy
under two names does not look like two outlets agreeing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bylines.types import Article, Coverage


def report_of(articles: Sequence[Article]) -> dict[str, str]:
    """Map each article id to the id of the independent report it belongs to."""
    return {a.id: a.duplicate_of or a.id for a in articles}


def coverage(sources: Iterable[str], articles: Sequence[Article]) -> Coverage:
    groups = report_of(articles)
    carried = {groups.get(s, s) for s in sources}
    total = len(set(groups.values()))
    if len(carried) <= 1:
        return "one"
    return "all" if len(carried) >= total else "several"
