"""A clock time that names a scheduled service ('the 08:12 from Harnmoor', 'the 8.12am service to
Wendle') is the service's name: its own slot, compared with another report's name of the
service the story happened on, never with the time of the event ('born at 08:40') nor read into
an event time ('at 08:12 the train stopped'). Issue 7, slots33 C1. All texts are invented
(places, people, outlets, times).
"""

from __future__ import annotations

import pytest

from bylines.report.slots import SERVICE_TIME
from dated_reports import report_of, sides
from test_figure_kinds import read_figures

LATER_LINES = (
    "\nThe mother, Ana Lisk, went into labour as the train left Orvel.\nA guard delivered the baby."
)


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("The passengers on yesterday's 08:12 from Orvel will not forget it.", "08:12"),
        ("A baby was born on the 08:12 commuter train from Orvel to Castlemere.", "08:12"),
        ("She boarded the 8.12am service to Castlemere.", "8.12am"),
        ("A guard helped on the 08:12 Orvel to Castlemere service on Tuesday.", "08:12"),
    ],
)
def test_a_time_naming_a_service_is_the_service(text: str, time: str) -> None:
    assert read_figures(text)[time].slot == SERVICE_TIME


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("At 08:12 the train from Orvel stopped at Wendle.", "08:12"),
        ("The baby was born at 08:40 on the train.", "08:40"),
        ("They missed the 08:12 deadline for the bus.", "08:12"),
        ("The crane fell at 07:40.", "07:40"),
    ],
)
def test_a_time_of_an_event_or_a_deadline_names_no_service(text: str, time: str) -> None:
    assert read_figures(text)[time].slot != SERVICE_TIME


def test_two_reports_naming_the_service_by_other_times_disagree() -> None:
    report = report_of(
        (
            "A baby girl was born on the 08:12 commuter train from Orvel on Tuesday." + LATER_LINES,
            None,
        ),
        ("If you were on the 08:42 from Orvel this morning, you saw a birth." + LATER_LINES, None),
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"08:12": ("a0",), "08:42": ("a1",)}


@pytest.mark.parametrize(
    "other",
    [
        # the time of the birth is no name of the service
        "A baby girl was born on a commuter train from Orvel on Tuesday, at 08:40.",
        # an event time, not a service
        "At 08:42 the train from Orvel stopped so a baby girl could be born.",
    ],
)
def test_a_service_is_not_compared_with_an_event_time(other: str) -> None:
    report = report_of(
        (
            "A baby girl was born on the 08:12 commuter train from Orvel on Tuesday." + LATER_LINES,
            None,
        ),
        (other + LATER_LINES, None),
    )
    assert report.conflicts == ()


def test_another_service_further_down_is_not_the_storys() -> None:
    report = report_of(
        ("A baby girl was born on the 08:12 from Orvel on Tuesday." + LATER_LINES, None),
        (
            "A baby girl was born on a train from Orvel on Tuesday."
            + LATER_LINES
            + "\nOther passengers were put on the 08:42 from Orvel, which left late.",
            None,
        ),
    )
    assert report.conflicts == ()
