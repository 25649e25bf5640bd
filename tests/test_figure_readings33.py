"""Readings an unseen check (fresh32) found narrow, second part, each with look-alikes that must
not change (issue 7). All texts are invented."""

from __future__ import annotations

import pytest

from bylines.report.quantities import extract_quantities
from bylines.types import Report
from dated_reports import report_of, sides

PUBLISHED = "2031-03-20T09:00"


def _report(*texts: str) -> Report:
    return report_of(*((text, PUBLISHED) for text in texts))


def _read(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.dimension) for q in extract_quantities(text)]


# A2: pounds taken in or from fines, fees, donations are a sum, not a weight.
@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Wardens collected 3,400 pounds in fines.", [("3,400 pounds", "money")]),
        ("It took 900 pounds from parking fees.", [("900 pounds", "money")]),
        ("Wardens collected 3,400 pounds in unpaid parking fines.", [("3,400 pounds", "money")]),
        # look-alikes: weights stay weights
        ("She gave birth to a 9-pound baby.", [("9-pound", "weight")]),
        ("The boat landed 300 pounds of fish.", [("300 pounds", "weight")]),
        ("The crew lost 3,400 pounds in weight.", [("3,400 pounds", "weight")]),
        ("The van carried 300 pounds in sacks.", [("300 pounds", "weight")]),
    ],
)
def test_pounds_taken_in_fines_are_a_sum(text: str, read: list[tuple[str, str]]) -> None:
    assert _read(text) == read


@pytest.mark.parametrize(
    ("other", "conflicts"),
    [
        ("£4,100", [{"3,400 pounds": ("a0",), "£4,100": ("a1",)}]),
        ("£3,400", []),  # the same sum in another form
    ],
)
def test_pounds_in_fines_meet_another_outlets_sum_in_pounds_sterling(
    other: str, conflicts: list[dict[str, tuple[str, ...]]]
) -> None:
    report = _report(
        "Wardens in Dunmere collected 3,400 pounds in fines from drivers last year.",
        f"Wardens in Dunmere collected {other} in fines from drivers last year.",
    )
    assert [sides(c) for c in report.conflicts] == conflicts
