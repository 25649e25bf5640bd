"""Indirect speech that reports one clause of a longer quote is the same quotation; another
person's words are not."""

from __future__ import annotations

from bylines import build_report
from bylines.types import Article, Report
from dated_reports import MODELS

QUOTED = (
    "Divers reached the flooded Marrow Hole on Sunday. "
    '"We are confident we can reach them, but we will not take risks with the lives of our '
    'divers in this weather," said rescue leader Ines Calder.'
)


def report_of(*texts: str) -> Report:
    return build_report(
        [Article(f"a{i}", text, f"Outlet {i}") for i, text in enumerate(texts)], models=MODELS
    )


def carried(report: Report, words: str) -> set[str]:
    """The articles of the quotation whose variants hold these words."""
    for quote in report.quotes:
        if any(words in variant.text for variant in quote.variants):
            return {s for variant in quote.variants for s in variant.sources}
    return set()


def test_a_reported_clause_of_a_longer_quote_joins_it() -> None:
    report = report_of(
        QUOTED,
        "Rescuers worked through the night at Marrow Hole. Ines Calder said the team was "
        "confident of reaching the last climber before morning.",
    )
    assert carried(report, "confident we can reach them") == {"a0", "a1"}


def test_a_clause_reported_of_another_person_stays_apart() -> None:
    report = report_of(
        QUOTED,
        "Rescuers worked through the night at Marrow Hole. Police chief Tomas Berger said "
        "officers were confident of reaching the last climber.",
    )
    assert carried(report, "confident we can reach them") == {"a0"}


def test_words_quoted_of_nobody_named_join_a_near_identical_report_of_someone() -> None:
    report = report_of(
        "The leopard was still loose in Pendle Wood on Tuesday. A keeper put it plainly: "
        '"He is far more frightened of walkers in the wood than walkers are of him."',
        "Searchers combed Pendle Wood again on Tuesday. Head keeper Anton Rusk said the "
        "leopard was far more frightened of walkers in the wood than walkers were of him.",
    )
    assert carried(report, "frightened of walkers") == {"a0", "a1"}
