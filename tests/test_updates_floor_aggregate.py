"""A floor followed hours later by an exact count above it is a step of a changing count; a
later report's figure of another size (a weekly total, not the floor repeated) does not make
it a disagreement, while a later report that gives a value of the floor's size still does.
All texts are invented."""

from __future__ import annotations

from dated_reports import report_of, sides

FLOOR = "More than 40 winning tickets are under suspicion, police in Fennick said."
COUNT = "Fifty-seven winning tickets are now under suspicion, police in Fennick said."


def test_a_later_total_of_another_size_does_not_undo_the_step() -> None:
    report = report_of(
        (FLOOR, "2031-05-21T08:15"),
        (COUNT, "2031-05-22T06:00"),
        (
            "The Fennick lottery sells 1.2 million tickets a week, police in Fennick said.",
            "2031-05-25T09:30",
        ),
    )
    assert [sides(u) for u in report.updates] == [{"More than 40": ("a0",), "Fifty-seven": ("a1",)}]
    assert report.conflicts == ()


def test_a_later_report_of_the_floors_size_still_keeps_the_count_from_being_the_latest() -> None:
    report = report_of(
        (FLOOR, "2031-05-21T08:15"),
        (COUNT, "2031-05-22T06:00"),
        (
            "Forty-five winning tickets are under suspicion, police in Fennick said.",
            "2031-05-25T09:30",
        ),
    )
    # 57 is no step after the floor: a later report is back at a value of the floor's size
    assert all("Fifty-seven" not in sides(u) for u in report.updates)
    assert [sides(c) for c in report.conflicts] == [{"Forty-five": ("a2",), "Fifty-seven": ("a1",)}]
