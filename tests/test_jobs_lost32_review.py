"""Jobs lost through a day, at two sites, or in part: the review of slots32 found each read as
a conflict by a jobs-lost frame that was then taken out. These keep the right reading: growth
said with 'a second wave', 'in all' or 'risen to' is an update, and counts of two sites or of
a part of the staff meet no whole. All texts are invented."""

from __future__ import annotations

from bylines.types import Report
from dated_reports import report_of, sides


def _number_conflicts(report: Report) -> list[dict[str, tuple[str, ...]]]:
    return [sides(c) for c in report.conflicts if c.kind == "number"]


def _updates(report: Report) -> list[dict[str, tuple[str, ...]]]:
    return [sides(u) for u in report.updates]


def test_a_second_wave_of_cuts_through_a_day_is_an_update() -> None:
    report = report_of(
        (
            "Orrin Foods will close its Pellbridge bakery with the loss of 240 jobs, the "
            "company said on Monday morning.",
            "2026-03-02T09:00:00Z",
        ),
        (
            "Orrin Foods announced a second wave of cuts on Monday afternoon, closing its Dale "
            "Road depot as well. In all, 420 jobs will go.",
            "2026-03-02T17:00:00Z",
        ),
        (
            "Orrin Foods confirmed a second round of redundancies on Monday, taking the total "
            "to 420 jobs lost.",
            "2026-03-02T19:00:00Z",
        ),
    )
    assert _number_conflicts(report) == []
    assert {"240": ("a0",), "420": ("a1", "a2")} in _updates(report)


def test_jobs_risen_to_a_count_is_an_update() -> None:
    report = report_of(
        (
            "Orrin Foods will close its Pellbridge bakery with the loss of 240 jobs.",
            "2026-03-02T09:00:00Z",
        ),
        (
            "The number of jobs to go at Orrin Foods has risen to 420 after a second wave of cuts.",
            "2026-03-02T17:00:00Z",
        ),
    )
    assert {"240": ("a0",), "420": ("a1",)} in _updates(report)


def test_jobs_at_two_sites_are_no_conflict() -> None:
    report = report_of(
        ("Orrin Foods will cut 240 jobs in Pellbridge and 180 jobs in Harrowgate.", None),
        (
            "The 240 jobs lost in Pellbridge are a blow to the town, the mayor said. Orrin "
            "Foods also shed 180 jobs at Harrowgate.",
            None,
        ),
    )
    assert _number_conflicts(report) == []


def test_a_part_of_the_staff_meets_no_whole() -> None:
    whole = ("Ribble Coaches collapsed on Thursday with the loss of 160 jobs.", None)
    for part in (
        "Ribble Coaches has collapsed. Its 90 drivers were laid off on Thursday and the 70 "
        "office staff will be made redundant next month.",
        "Ribble Coaches collapsed on Thursday. Its drivers were laid off at once, and another "
        "40 office staff will lose their jobs next month.",
    ):
        assert _number_conflicts(report_of(whole, (part, None))) == []
