"""Days named next to a figure are compared as the calendar days they name in their report
(``figure_reading._near_dates``): 'yesterday' in Tuesday's report and 'on Monday' are one
day, so the figures beside them may be one thing; 'yesterday' in Wednesday's report is
another day. All texts are invented."""

from __future__ import annotations

import pytest

from dated_reports import report_of, sides

MONDAY = (
    "Work at the Harnby docks has stopped. The crane collapsed at 4.40am on Monday, staff said."
)
YESTERDAY = "Ships were turned away from Harnby. The crane collapsed at 5.40am yesterday."


def test_yesterday_in_a_report_of_the_next_day_is_that_monday() -> None:
    # published on Tuesday 25 March 2031: 'yesterday' is Monday 24 March
    report = report_of((MONDAY, "2031-03-25T09:00"), (YESTERDAY, "2031-03-25T10:00"))
    (conflict,) = report.conflicts
    assert conflict.subject == "time of the collapse"
    assert sides(conflict) == {"4.40am": ("a0",), "5.40am": ("a1",)}


@pytest.mark.parametrize(
    ("other", "published"),
    [
        # published on Wednesday: its 'yesterday' is Tuesday, another day's failure
        (YESTERDAY, "2031-03-26T10:00"),
        # another weekday in a report of the same day
        (YESTERDAY.replace("yesterday", "on Sunday"), "2031-03-25T10:00"),
    ],
)
def test_days_that_name_other_dates_still_tell_figures_apart(other: str, published: str) -> None:
    # (the days themselves may conflict as the event's: the times beside them are not paired)
    report = report_of((MONDAY, "2031-03-25T09:00"), (other, published))
    assert [c for c in report.conflicts if c.subject.startswith("time of")] == []
