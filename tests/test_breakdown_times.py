"""The time a thing broke down, failed, caught fire or exploded is the time of that event
(``slots._breakdown_slot``): two outlets' times of one thing's failure are compared, and a time
that is no such event's, or another thing's failure, is not. All texts are invented."""

from __future__ import annotations

import pytest

from bylines import build_report
from bylines.report.slots import _breakdown_slot
from bylines.types import Report
from dated_reports import MODELS, articles_of, sides


def report_of(*texts: str) -> Report:
    """The report of the texts, published a minute apart on one morning."""
    published = [f"2031-03-24T12:{10 + i}" for i in range(len(texts))]
    return build_report(articles_of(texts, published), models=MODELS)


@pytest.mark.parametrize(
    ("before", "slot"),
    [
        ("The boiler broke down at ", "time of the boiler failure"),
        ("the main boiler at Harnby General failed at ", "time of the boiler failure"),
        ("the boiler at the hospital had failed on Monday at ", "time of the boiler failure"),
        ("Harnby General's old boiler failed shortly after ", "time of the boiler failure"),
        ("Engineers said the pump in the basement cut out at ", "time of the pump failure"),
        ("The supply failed at ", "time of the supply failure"),
        ("The 54-year-old bus caught fire at about ", "time of the bus fire"),
        # no time right after the verb: a place or an attempt, then another clause's time
        ("The boiler broke down at the junction at ", None),
        ("The bid failed at the third attempt and staff left at ", None),
        ("The boiler failed, and staff went home at ", None),
        # a stop on the way, a stop made by someone, and no noun to say what failed
        ("The train stopped at ", None),
        ("Police stopped the car at ", None),
        ("It failed at ", None),
        ("Harnby General failed at ", None),
    ],
)
def test_the_time_of_a_failure_is_read_with_what_failed(before: str, slot: str | None) -> None:
    assert _breakdown_slot(before) == slot


def test_two_outlets_times_of_one_boilers_failure_conflict() -> None:
    report = report_of(
        "Operations were called off at Harnby General. The boiler broke down at 6.40am on "
        "Monday, leaving the wards cold.",
        "Harnby General has no heating. Its main boiler failed at 6.55am on Monday, staff said.",
    )
    (conflict,) = report.conflicts
    assert conflict.subject.startswith("time of the boiler failure")
    assert sides(conflict) == {"6.40am": ("a0",), "6.55am": ("a1",)}


def test_one_failure_time_written_two_ways_agrees() -> None:
    report = report_of(
        "Operations were called off at Harnby General. The boiler broke down at 6.40am on "
        "Monday, leaving the wards cold.",
        "Harnby General has no heating. Its main boiler failed at 06:40 on Monday, staff said.",
    )
    assert report.conflicts == ()


@pytest.mark.parametrize(
    "other",
    [
        # another thing's failure, on the same morning
        "Harnby General has no heating. Its backup generator failed at 6.55am on Monday.",
        # another event of the boiler: when it was fixed
        "Harnby General has no heating. Engineers repaired the boiler at 6.55am on Monday.",
        # no time of an event: where it failed, and when staff arrived
        "Harnby General has no heating. The boiler broke down at the east wing, and the first "
        "engineers arrived at 6.55am on Monday.",
    ],
)
def test_times_of_other_things_than_the_failure_are_not_compared(other: str) -> None:
    report = report_of(
        "Operations were called off at Harnby General. The boiler broke down at 6.40am on "
        "Monday, leaving the wards cold.",
        other,
    )
    assert report.conflicts == ()


def test_two_failures_in_one_article_are_two_times() -> None:
    # each outlet gives the boiler's and the pump's failure: the same two times agree
    report = report_of(
        "Harnby General has no heating. The boiler failed at 6.40am on Monday and the pump "
        "failed at 7.15am.",
        "Operations were called off at Harnby General. The boiler broke down at 6.40am on "
        "Monday; the pump cut out at 7.15am.",
    )
    assert report.conflicts == ()
