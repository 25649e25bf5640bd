"""A record said of a figure in an apposition after it ('14 per cent of its usual rain, the
driest spring since 1976') measures the figure against the past: the figure is now, not
historic, and is compared with other reports' figures. A figure whose own clause is dated ('In
1976, rainfall fell to 40mm') stays historic. Issue 7, slots33 A9. All texts are invented
(places, outlets, figures).
"""

from __future__ import annotations

import pytest

from dated_reports import report_of, sides
from test_figure_kinds import read_figures


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Tarrow had just 14 per cent of its usual spring rain, the driest spring since 1976.",
            "14 per cent",
        ),
        ("The Lessing peaked at 4.1 metres, its highest level since 1998.", "4.1 metres"),
        ("Sales fell 12 per cent, the first fall since 2009, the firm said.", "12 per cent"),
    ],
)
def test_a_record_said_after_the_figure_leaves_it_of_now(text: str, figure: str) -> None:
    assert not read_figures(text)[figure].historic


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("In 1976, rainfall fell to 40mm.", "40mm"),
        (
            "In 1976, Tarrow had 14 per cent of its usual rain, the driest since records began.",
            "14 per cent",
        ),
        (
            "Tarrow had 14 per cent of its usual rain in 1976, the driest since records began.",
            "14 per cent",
        ),
        # no record, only a year in an apposition: the old reading stands
        ("Tarrow had 14 per cent of its usual rain, a level last seen since 1976.", "14 per cent"),
    ],
)
def test_a_figure_whose_own_clause_is_dated_stays_historic(text: str, figure: str) -> None:
    assert read_figures(text)[figure].historic


LEAD = "Tarrow Water will bring in a hosepipe ban on Friday, the company said.\n"
NOW = "Rainfall in Tarrow was just 41 per cent of normal."


def _conflicts(text: str) -> list[dict[str, tuple[str, ...]]]:
    report = report_of((LEAD + text, "2039-07-04T09:00"), (LEAD + NOW, "2039-07-04T10:00"))
    return [sides(c) for c in report.conflicts]


def test_a_figure_beside_a_record_is_compared_with_another_reports() -> None:
    record = "Rainfall in Tarrow was just 14 per cent of normal, the driest spring since 1976."
    assert _conflicts(record) == [{"14 per cent": ("a0",), "41 per cent": ("a1",)}]


def test_a_figure_dated_before_the_record_is_still_not_compared_with_this_years() -> None:
    dated = (
        "Rainfall in Tarrow was just 14 per cent of normal in 1976, the driest spring since "
        "records began."
    )
    assert _conflicts(dated) == []
