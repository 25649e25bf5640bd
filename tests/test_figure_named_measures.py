"""Figures that name what they measure in ways the figures stage once missed: a group told by
its size ('a crew of 19'), an age after a name and 'is' ('Arvid Dahl, is 58'), and the speed of
a named ship. All texts are invented."""

from __future__ import annotations

from bylines.report.quantities import extract_quantities
from dated_reports import report_of, sides


def test_a_crew_of_so_many_disagrees_with_another_count_of_the_crew() -> None:
    report = report_of(
        (
            "The tanker Halla Brenn, with a crew of 19, was holed above the waterline off "
            "Castrel on Monday.",
            "2031-02-03T09:00",
        ),
        (
            "The Halla Brenn's 21 crew are safe, the coastguard at Castrel said on Monday.",
            "2031-02-03T09:30",
        ),
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"19": ("a0",), "21": ("a1",)}


def test_an_age_after_a_name_and_is_is_an_age() -> None:
    (age,) = extract_quantities("The master of the tanker, Arvid Dahl, is 58.")
    assert (age.value, age.dimension) == (58.0, "age")
    (master,) = extract_quantities("The tanker's master, 58, has sailed with the firm for years.")
    assert master.dimension == "age"


def test_one_named_ships_speed_given_two_ways_is_a_disagreement() -> None:
    report = report_of(
        (
            "The container ship Norra Vind was travelling at about 11 knots when it struck the "
            "tanker.",
            "2031-02-03T09:00",
        ),
        (
            "The Norra Vind was doing 17 knots, a pilot who heard the radio traffic said.",
            "2031-02-03T09:30",
        ),
        ("The Norra Vind and the tanker were towed into port at noon.", "2031-02-03T12:30"),
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"about 11 knots": ("a0",), "17 knots": ("a1",)}


def test_a_ships_speed_and_the_winds_are_not_compared() -> None:
    report = report_of(
        (
            "The container ship Norra Vind was travelling at about 11 knots when it struck the "
            "tanker outside Castrel harbour.",
            "2031-02-03T09:00",
        ),
        (
            "Winds of 40 knots were blowing as the Norra Vind neared Castrel harbour, the "
            "coastguard said.",
            "2031-02-03T09:30",
        ),
    )
    assert report.conflicts == ()


def test_a_peak_gust_reached_is_no_revision_so_a_lower_gust_disagrees() -> None:
    report = report_of(
        ("The storm's strongest gust, 84 mph, was measured at Holm Point.", "2031-02-03T09:00"),
        ("Gusts reached 94 mph at Holm Point, the weather service said.", "2031-02-03T15:30"),
    )
    assert report.updates == ()
    (conflict,) = report.conflicts
    assert sides(conflict) == {"84 mph": ("a0",), "94 mph": ("a1",)}


def test_a_wildfire_that_reached_more_hectares_later_is_an_update() -> None:
    report = report_of(
        (
            "The wildfire on Harrow Moor had burned 3,000 hectares by Monday morning.",
            "2031-06-02T09:00",
        ),
        ("By Monday night the Harrow Moor fire had reached 5,000 hectares.", "2031-06-02T22:30"),
    )
    assert report.conflicts == ()
    assert len(report.updates) == 1
