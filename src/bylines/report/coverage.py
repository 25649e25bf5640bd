"""How widely a statement is carried: by all reports, several, or one.

Articles marked as duplicates of another count as that other report, so the same wire copy
under two names does not look like two outlets agreeing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from bylines.types import Article, Coverage


@dataclass(frozen=True, slots=True)
class Reports:
    """The independent reports of a cluster, read once for the many claims whose coverage is
    told (on a pile of 100 articles, reading them anew for each of 13,000 calls was a tenth of
    the citation check's time)."""

    report: Mapping[str, str]  # article id -> the id of its independent report
    count: int

    @classmethod
    def of(cls, articles: Sequence[Article]) -> Reports:
        report = {a.id: a.duplicate_of or a.id for a in articles}
        return cls(report, len(set(report.values())))

    def coverage(self, sources: Iterable[str]) -> Coverage:
        carried = {self.report.get(s, s) for s in sources}
        if len(carried) <= 1:
            return "one"
        return "all" if len(carried) >= self.count else "several"


def coverage(sources: Iterable[str], articles: Sequence[Article]) -> Coverage:
    return Reports.of(articles).coverage(sources)
