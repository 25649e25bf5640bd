"""A generic day ('on Fridays', 'every Friday', 'at weekends') says when something usually
happens, not the day of the story's event: it is no day figure, so it never disputes a specific
day ('on Saturday'). A specific day in other words ('last Friday') still does. Issue 7, slots33
B2: main already read them so; these tests keep it. All texts are invented (places, outlets).
"""

from __future__ import annotations

import pytest

from dated_reports import report_of, sides
from test_figure_kinds import read_figures

LEAD = "Orvel council shut the town's covered market after a roof panel fell.\n"
SHUT = "The market was shut on Saturday after the panel fell."


@pytest.mark.parametrize(
    "text",
    [
        "The Orvel market closed on Saturdays in winter.",
        "The Orvel market opens every Friday.",
        "The Orvel market is closed at weekends.",
    ],
)
def test_a_generic_day_is_no_day_figure(text: str) -> None:
    assert [f.quantity.dimension for f in read_figures(text).values()] == []


@pytest.mark.parametrize("text", ["The Orvel market was closed last Saturday."])
def test_a_specific_day_in_other_words_is_a_day(text: str) -> None:
    (day,) = read_figures(text).values()
    assert day.quantity.text == "Saturday"


def _conflicts(other: str) -> list[dict[str, tuple[str, ...]]]:
    report = report_of((LEAD + SHUT, "2039-07-09T09:00"), (LEAD + other, "2039-07-09T10:00"))
    return [sides(c) for c in report.conflicts]


@pytest.mark.parametrize(
    "other",
    [
        "The market, which trades on Fridays, was shut after the panel fell.",
        "The market, busiest at weekends, was shut after the panel fell.",
        "The market, open every Friday, was shut after the panel fell.",
    ],
)
def test_a_generic_day_does_not_dispute_the_day_of_the_event(other: str) -> None:
    assert _conflicts(other) == []


def test_another_specific_day_still_disputes_it() -> None:
    other = "The market was shut last Friday after the panel fell."
    assert _conflicts(other) == [{"Friday": ("a1",), "Saturday": ("a0",)}]
