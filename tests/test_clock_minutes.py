"""The alarm is a timed event a story has one of (slots._TIMED_EVENT): two times of it further
apart than CLOCK_SLACK either side are a conflict and no shared citation, while 'the first
engine arrived' is another moment, and one time written two ways ('8pm' / '20:00') agrees.
All texts are invented."""

from __future__ import annotations

import pytest

from bylines.types import Report
from dated_reports import report_of, sides

DAY = "2027-06-14T"
LEAD = "A fire broke out at the Dunmore paper mill on Tuesday evening."
OTHER_LEAD = "Forty workers were led out of the Dunmore paper mill when fire broke out on Tuesday."


def two_reports(first: str, second: str) -> Report:
    return report_of(
        (f"{LEAD} {first} Forty workers were evacuated. Nobody was hurt.", f"{DAY}09:00"),
        (f"{OTHER_LEAD} {second} Four engines attended.", f"{DAY}09:30"),
    )


def summary_sources(report: Report, words: str) -> tuple[str, ...]:
    (found,) = [s for s in report.summary if words in s.text]
    return found.sources


def claim_sources(report: Report, words: str) -> tuple[str, ...]:
    (found,) = [c for c in report.claims if words in c.text]
    return found.sources


def test_two_times_of_one_alarm_are_a_conflict_and_no_shared_citation() -> None:
    report = two_reports(
        "The alarm sounded at 8.05pm, the fire service said.",
        "The alarm sounded at 8.25pm, the fire service said.",
    )
    assert [sides(c) for c in report.conflicts] == [{"8.05pm": ("a0",), "8.25pm": ("a1",)}]
    assert claim_sources(report, "at 8.05pm") == ("a0",)
    assert claim_sources(report, "at 8.25pm") == ("a1",)


def test_the_alarm_and_the_first_engine_are_two_moments() -> None:
    report = two_reports(
        "The alarm sounded at 8.05pm, the fire service said.",
        "The first engine arrived at 8.25pm, the fire service said.",
    )
    assert report.conflicts == ()
    assert summary_sources(report, "at 8.05pm") == ("a0",)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The alarm sounded at 8pm, the fire service said.", "The alarm sounded at 20:00."),
        (
            "The alarm sounded shortly after 8pm, the fire service said.",
            "The alarm sounded at 8.05pm, the fire service said.",
        ),
        (
            "The alarm sounded at 8.20pm, the fire service said.",
            "The alarm sounded at 8.21pm, the fire service said.",
        ),
    ],
)
def test_one_time_written_two_ways_is_cited_alike(first: str, second: str) -> None:
    report = two_reports(first, second)
    assert report.conflicts == ()
    assert claim_sources(report, "The alarm sounded") == ("a0", "a1")
