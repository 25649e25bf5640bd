"""A clock time right before 'from' or 'to' and a place ('the 08:12 from Orvel', "yesterday's 08:42
to Castlemere") names a scheduled run: its slot names the direction and the place, so two leads
naming the run from one place by other minutes disagree (no clock slack), and runs named by other
places (the train that hit and the one it hit, the one passengers were moved to) are never
compared. An event time ('at 08:12 the train stopped'), a deadline, a shift ('the 8pm to Midnight
shift') and a time with a kind between ('the 08:12 commuter train from Orvel') name no run. Issue
7, slots33 C1 and its review (c06 c07 c08 c11 c12). All texts are invented (places, people,
outlets, times).
"""

from __future__ import annotations

import pytest

from bylines import build_report
from bylines.report.slots import SERVICE_TIME, is_service
from bylines.types import Report
from dated_reports import MODELS, articles_of, sides
from test_figure_kinds import read_figures


@pytest.mark.parametrize(
    ("text", "time", "slot"),
    [
        (
            "The passengers on yesterday's 08:12 from Orvel will not forget it.",
            "08:12",
            "from orvel",
        ),
        ("She boarded the 8.12am to Castlemere at the last minute.", "8.12am", "to castlemere"),
        ("The 17:45 from Orrin Quay was cancelled.", "17:45", "from orrin quay"),
    ],
)
def test_a_time_before_from_or_to_a_place_names_a_run(text: str, time: str, slot: str) -> None:
    assert read_figures(text)[time].slot == SERVICE_TIME + slot


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("At 08:12 the train from Orvel stopped at Wendle.", "08:12"),
        ("They missed the 08:12 deadline for the bus.", "08:12"),
        ("A fire broke out during the 8pm to Midnight shift.", "8pm"),
        ("The store is shut from the 17:00 to Sunday closure.", "17:00"),
        ("A baby was born on the 08:12 commuter train from Orvel.", "08:12"),
        ("The train left at 08:12 from Orvel.", "08:12"),
        # opening hours, any word of them (review slots34 c107)
        ("The 7pm to Close opening hours at the library were cut.", "7pm"),
        ("The 6pm to Late Close market was moved.", "6pm"),
        ("The 9am to Finish sale drew crowds.", "9am"),
        # the run passengers were moved to (review slots34 c101)
        ("Stranded passengers were put on the 9.45 from Orvel after the fault.", "9.45"),
        ("They were transferred onto the 10:02 to Castlemere.", "10:02"),
        ("Riders were moved to the 08:42 from Orvel.", "08:42"),
        # a sentence naming two runs
        ("The 08:12 from Orvel hit the 08:05 to Ashby near Pell.", "08:12"),
        ("The 08:12 from Orvel hit the 08:05 to Ashby near Pell.", "08:05"),
    ],
)
def test_an_event_time_a_deadline_or_a_shift_names_no_run(text: str, time: str) -> None:
    assert not is_service(read_figures(text)[time].slot)


def _report(*texts: str) -> Report:
    return build_report(articles_of(list(texts)), models=MODELS)


LATER = (
    "\nThe mother, Ana Lisk, went into labour as the train left Orvel.\nA guard delivered the baby."
)


def _birth(run: str) -> str:
    return f"A baby girl was born on the {run} on Tuesday.{LATER}"


def test_two_leads_naming_the_run_from_one_place_by_other_minutes_disagree() -> None:
    (conflict,) = _report(_birth("08:12 from Orvel"), _birth("08:20 from Orvel")).conflicts
    assert sides(conflict) == {"08:12": ("a0",), "08:20": ("a1",)}


def test_a_runs_conflict_is_named_as_a_reader_would_say_it() -> None:
    # review slots34: 'departure time of the service from st pancras (St Pancras, tuesday)'
    report = _report(_birth("08:12 from St Pancras"), _birth("08:20 from St Pancras"))
    (conflict,) = report.conflicts
    assert conflict.subject == "scheduled time of the service from St Pancras (tuesday)"


def test_one_run_written_two_ways_agrees() -> None:
    assert _report(_birth("08:12 from Orvel"), _birth("8.12am from Orvel")).conflicts == ()


@pytest.mark.parametrize(
    "other",
    [
        _birth("08:42 to Castlemere"),  # another place: the other end of the line, or another run
        _birth("08:12 commuter train from Orvel").replace("08:12", "08:20"),  # a kind between
        # the same place, but further down: the run other passengers were put on
        f"A baby girl was born on a train from Orvel on Tuesday.{LATER}\n"
        "Other passengers were put on the 08:42 from Orvel.",
        # an event time, not a run
        f"A baby girl was born on a train from Orvel on Tuesday at 08:40.{LATER}",
    ],
)
def test_a_run_is_not_compared_with_another_runs_or_an_event_time(other: str) -> None:
    assert _report(_birth("08:12 from Orvel"), other).conflicts == ()


def test_a_lead_naming_the_run_passengers_were_moved_to_does_not_dispute_the_run() -> None:
    # review slots34 c101: the 9.45 is the replacement, not another time of the 9.15
    stuck = "Passengers on the 9.15 from Orvel were stuck for three hours near Pell on Monday."
    moved = "Stranded passengers were put on the 9.45 from Orvel after a fault near Pell on Monday."
    rest = "\nA signal failure stopped the train outside the tunnel.\nStaff handed out water."
    assert _report(stuck + rest, moved + rest).conflicts == ()


def test_opening_hours_to_close_are_no_runs() -> None:
    hours = "The {} opening hours at the Pell library were cut on Monday."
    rest = "\nResidents complained at a meeting.\nThe council said money was short."
    report = _report(hours.format("7pm to Close") + rest, hours.format("8pm to Close") + rest)
    assert report.conflicts == ()  # review slots34 c107


def test_runs_from_two_stations_whose_names_begin_alike_are_two_runs() -> None:
    report = _report(_birth("08:12 from St Pancras"), _birth("08:40 from St Albans"))
    assert report.conflicts == ()


def test_two_shifts_ending_at_midnight_are_no_runs() -> None:
    fire = (
        "A fire broke out in a storeroom at Marlow General Hospital during the {} shift on Sunday."
    )
    rest = "\nForty patients were moved to other wards.\nNo one was hurt."
    report = _report(fire.format("8pm to Midnight") + rest, fire.format("10pm to Midnight") + rest)
    assert report.conflicts == ()  # review c11


def test_a_run_and_an_event_time_of_the_same_shape_do_not_meet() -> None:
    report = _report(
        "A woman was hurt when the 14:05 from Ashby braked hard near Pell on Friday.\n"
        "She was taken to hospital at 14:40.",
        "A woman was hurt when her train braked hard near Pell on Friday at 14:25.\n"
        "She was taken to hospital.",
    )
    assert report.conflicts == ()  # review c12
