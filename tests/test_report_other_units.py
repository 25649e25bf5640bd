"""Report level (issue 7, units24): two outlets giving one measure in two units are cited
together for it and are no conflict; two giving two measures are a conflict, each value on its
own outlet. Every report is built once (a module-scoped fixture). All texts, places and outlets
are invented; each pair is worded apart, as two outlets write."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bylines.types import Report
from dated_reports import report_of, sides

PUBLISHED = "2031-06-17T10:00"


@dataclass(frozen=True)
class Measure:
    """Outlet 0's sentence, Outlet 1's giving the same measure in another unit, and Outlet 1's
    giving another measure (``other``, as written, replacing ``same``)."""

    name: str
    first: str
    second: str
    same: str
    other: str


CASES = (
    Measure(
        "feet_and_inches_vs_metres",
        "A lorry struck the 13ft 5in railway bridge at Carrowby on Tuesday, police said.",
        "The 4.1-metre bridge in Carrowby was hit by a lorry on Tuesday, the Harl Gazette said.",
        "4.1-metre",
        "5-metre",
    ),
    Measure(
        "whole_feet_vs_metres",
        "A lorry struck the 13ft railway bridge at Carrowby on Tuesday, police said.",
        "The 4.1-metre bridge in Carrowby was hit by a lorry on Tuesday, the Harl Gazette said.",
        "4.1-metre",
        "5-metre",
    ),
    Measure(
        "stone_vs_kilograms",
        "Firefighters freed a 20-stone man from the Wexley lift on Monday.",
        "A man weighing 127kg was stuck for hours in a lift in Wexley before crews got him out "
        "on Monday.",
        "127kg",
        "160kg",
    ),
    Measure(
        "pounds_and_ounces_vs_kilograms",
        "A baby girl weighing 7lb 8oz was born on the Ossby train on Tuesday, the rail firm said.",
        "The girl, born aboard a train near Ossby on Tuesday, weighed 3.4kg, the Kell Courier "
        "said.",
        "3.4kg",
        "3.9kg",
    ),
    Measure(
        "pounds_and_ounces_in_words_vs_kilograms",
        "A baby girl born on the Ossby train on Tuesday weighed seven pounds eight ounces, her "
        "father said.",
        "The girl, born aboard a train near Ossby on Tuesday, weighed 3.4kg, the Kell Courier "
        "said.",
        "3.4kg",
        "3.9kg",
    ),
    Measure(
        "square_feet_vs_square_metres",
        "The sinkhole that opened in Tarrow Street on Monday covers 43 sq ft, the council said.",
        "Engineers said on Monday that the Tarrow Street sinkhole is four square metres across.",
        "four square metres",
        "nine square metres",
    ),
    Measure(
        "celsius_vs_fahrenheit",
        "The temperature in Drumlow was minus 4C overnight on Monday, forecasters said.",
        "Drumlow recorded a temperature of 25F on Monday night, the Kell Courier reported.",
        "25F",
        "14F",
    ),
)


@pytest.fixture(scope="module")
def reports() -> dict[tuple[str, str], Report]:
    built = {}
    for case in CASES:
        built[(case.name, "same")] = report_of((case.first, PUBLISHED), (case.second, PUBLISHED))
        other = case.second.replace(case.same, case.other)
        built[(case.name, "other")] = report_of((case.first, PUBLISHED), (other, PUBLISHED))
    return built


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_one_measure_in_two_units_is_cited_together(
    case: Measure, reports: dict[tuple[str, str], Report]
) -> None:
    report = reports[(case.name, "same")]
    assert [claim.sources for claim in report.claims] == [("a0", "a1")] * len(report.claims)
    assert report.conflicts == ()


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_two_measures_in_two_units_are_a_conflict(
    case: Measure, reports: dict[tuple[str, str], Report]
) -> None:
    report = reports[(case.name, "other")]
    (conflict,) = report.conflicts
    assert sides(conflict)[case.other] == ("a1",)
    assert all(len(claim.sources) == 1 for claim in report.claims)


EVERY = "Trains now run every 20 minutes between Ossby and Kell, the operator said on Monday."
HOURLY = "From Monday {} trains an hour will run between Ossby and Kell, the Kell Courier reported."


def test_every_twenty_minutes_and_three_an_hour_are_cited_together() -> None:
    report = report_of((EVERY, PUBLISHED), (HOURLY.format("three"), PUBLISHED))
    assert [claim.sources for claim in report.claims] == [("a0", "a1")]
    assert report.conflicts == ()


def test_every_twenty_minutes_and_two_an_hour_are_not_cited_together() -> None:
    report = report_of((EVERY, PUBLISHED), (HOURLY.format("two"), PUBLISHED))
    assert [claim.sources for claim in report.claims] == [("a0",), ("a1",)]


LIMIT = "A van driver was caught on the Ossby road in a 60mph limit on Tuesday, police said."


def test_a_speed_limit_is_no_conflict_with_the_speed_driven() -> None:
    driven = (
        "Police said the van was travelling at 90mph on the Ossby road when it crashed on Tuesday."
    )
    assert report_of((LIMIT, PUBLISHED), (driven, PUBLISHED)).conflicts == ()


def test_two_speed_limits_of_one_road_are_a_conflict() -> None:
    other = (
        "A van driver was caught in a 40mph zone on the Ossby road on Tuesday, the Kell "
        "Courier said."
    )
    (conflict,) = report_of((LIMIT, PUBLISHED), (other, PUBLISHED)).conflicts
    assert sides(conflict) == {"60mph": ("a0",), "40mph": ("a1",)}
