"""A level on either side of one mark ("below inflation" / "above inflation") is no citation of
the other side, beside look-alikes that must not change: the same side in other words, another
mark, a side that names both. Every article is invented."""

from __future__ import annotations

import pytest

from bylines.models import load_models
from bylines.report.pipeline import build_report
from bylines.report.verify import _opposite_levels
from bylines.types import Article

MODELS = load_models()
LEAD = "Quellmoor Ferries will raise its fares by 4.8 per cent in January, the operator said."
BELOW = "Managing director Ivo Rask said the rise had been kept below inflation."
ABOVE = "Managing director Ivo Rask admits the rise is above inflation."


def _sources_of(text: str, *bodies: str) -> set[str]:
    articles = [Article(f"a{i}", f"{LEAD}\n{body}", f"Outlet {i}") for i, body in enumerate(bodies)]
    report = build_report(articles, models=MODELS)
    return {source for claim in report.claims if claim.text == text for source in claim.sources}


def test_below_a_mark_is_not_cited_for_above_it() -> None:
    assert _sources_of(BELOW, BELOW, BELOW, ABOVE) == {"a0", "a1"}


@pytest.mark.parametrize(
    ("shown", "other", "opposite"),
    [
        ("kept the rise below inflation", "the rise is above inflation", True),
        ("temperatures stayed above freezing", "temperatures fell below freezing", True),
        ("kept the rise below inflation", "held the rise below inflation", False),  # same side
        ("the flat above the harbour", "kept the rise below inflation", False),  # another mark
        ("a rise above or below inflation", "the rise is above inflation", False),  # both named
        ("the rise is below inflation", "the rise is under inflation", False),  # no level word
    ],
)
def test_opposite_levels(shown: str, other: str, opposite: bool) -> None:
    assert _opposite_levels(shown, other) is opposite
