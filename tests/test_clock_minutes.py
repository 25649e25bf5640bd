"""A time of day given to the minute ('8.21pm', '20:27') is no rounding: another outlet's time
for the same moment that differs is another value (a citation fails; for an event a story has
one of, such as its alarm, a conflict), while a round or hedged time keeps CLOCK_SLACK ('8pm' /
'20:00', 'shortly after 8pm' / '8.05pm'). All texts are invented."""

from __future__ import annotations

import pytest

from bylines.report.quantities import CLOCK_MINUTE_SLACK, CLOCK_SLACK, extract_quantities
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


@pytest.mark.parametrize(
    ("text", "slack"),
    [
        ("The alarm sounded at 8.21pm.", CLOCK_MINUTE_SLACK),
        ("The alarm sounded at 20:27.", CLOCK_MINUTE_SLACK),
        ("The alarm sounded at about 8.21pm.", CLOCK_SLACK),  # hedged
        ("The alarm sounded shortly after 20:27.", CLOCK_SLACK),
        ("The alarm sounded at 8.20pm.", CLOCK_SLACK),  # on a five-minute mark: maybe rounded
        ("The alarm sounded at 8pm.", CLOCK_SLACK),
        ("The alarm sounded at twenty to nine.", CLOCK_SLACK),
    ],
)
def test_a_time_to_the_minute_has_a_minute_of_slack(text: str, slack: int) -> None:
    (time,) = extract_quantities(text)
    assert (time.value - time.low, time.high - time.value) == (slack, slack)


def test_two_minutes_of_one_alarm_are_a_conflict_and_no_shared_citation() -> None:
    report = two_reports(
        "The alarm sounded at 8.21pm, the fire service said.",
        "The alarm sounded at 8.27pm, the fire service said.",
    )
    assert [sides(c) for c in report.conflicts] == [{"8.21pm": ("a0",), "8.27pm": ("a1",)}]
    assert claim_sources(report, "at 8.21pm") == ("a0",)
    assert claim_sources(report, "at 8.27pm") == ("a1",)


def test_the_alarm_and_the_first_engine_are_two_moments() -> None:
    report = two_reports(
        "The alarm sounded at 8.21pm, the fire service said.",
        "The first engine arrived at 8.27pm, the fire service said.",
    )
    assert report.conflicts == ()
    assert summary_sources(report, "at 8.21pm") == ("a0",)


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
