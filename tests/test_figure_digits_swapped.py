"""Two values of one size whose digits are two neighbours struck in the other order ('23' /
'32', '£180,000' / '£810,000') are one figure mistyped: a conflict, not a count that grew
between two reports, and not two sums too far apart to be one. And where the reading must not
fire: values of other sizes, other digits, a change the report says in words. All texts are
invented."""

from __future__ import annotations

import pytest

from bylines.report.figure_pairs import digits_swapped
from dated_reports import report_of, sides


@pytest.mark.parametrize(
    ("one", "other"),
    [(23, 32), (46, 64), (3_400, 4_300), (180_000, 810_000), (12e6, 21e6), (4_260, 4_620)],
)
def test_two_neighbouring_digits_in_the_other_order_are_swapped(one: float, other: float) -> None:
    assert digits_swapped(one, other)
    assert digits_swapped(other, one)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (1.2e6, 2.1e9),  # '£1.2m' / '£2.1bn': the same digits, other sizes
        (120, 2_100),
        (12, 13),  # one digit other
        (9, 17),
        (212, 240),
        (123, 321),  # the digits reversed, not two neighbours swapped
        (32, 32),
    ],
)
def test_other_sizes_or_other_digits_are_not_swapped(one: float, other: float) -> None:
    assert not digits_swapped(one, other)


LEAD = "A water main burst under Cranmer Road in Dunwick early on Thursday, flooding {} homes."
REST = " Engineers from Dunwick Water worked through the night to repair the pipe."


def _homes(early: str, late: str) -> tuple[tuple[str, str], tuple[str, str]]:
    return (LEAD.format(early) + REST, "2031-11-23T07:10"), (
        LEAD.format(late) + REST,
        "2031-11-23T16:40",
    )


def test_a_later_count_with_its_digits_swapped_is_still_an_update() -> None:
    report = report_of(*_homes("23", "32"))
    assert report.conflicts == ()
    assert [sides(u) for u in report.updates] == [{"23": ("a0",), "32": ("a1",)}]


def test_a_later_count_that_grew_is_still_an_update() -> None:
    report = report_of(*_homes("23", "41"))
    assert report.conflicts == ()
    (update,) = report.updates
    assert sorted(s for side in sides(update).values() for s in side) == ["a0", "a1"]


def test_a_swapped_count_the_report_says_has_risen_is_still_an_update() -> None:
    early, _ = _homes("23", "32")
    late = (
        "The number of homes flooded after a water main burst under Cranmer Road in Dunwick "
        "has risen to 32." + REST,
        "2031-11-23T16:40",
    )
    report = report_of(early, late)
    assert report.conflicts == ()
    assert len(report.updates) == 1


REPAIR = (
    "The ice rink at Kestlow Arena was closed on Monday after an ammonia leak. "
    "The owners said repairs to the cooling plant would cost {}."
)


def test_two_sums_with_their_digits_swapped_are_one_sum_misreported() -> None:
    report = report_of(
        (REPAIR.format("about £180,000"), "2031-02-02T09:00"),
        (REPAIR.format("£810,000"), "2031-02-02T10:00"),
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict).values()) == {("a0",), ("a1",)}


def test_two_sums_far_apart_with_other_digits_stay_two_sums() -> None:
    report = report_of(
        (REPAIR.format("about £180,000"), "2031-02-02T09:00"),
        (REPAIR.format("£900,000"), "2031-02-02T10:00"),
    )
    assert report.conflicts == ()


def test_a_swapped_count_said_as_a_total_is_still_an_update() -> None:
    early, _ = _homes("23", "32")
    late = (
        "A second main burst under Cranmer Road in Dunwick on Thursday afternoon. In all, 32 "
        "homes were flooded." + REST,
        "2031-11-23T16:40",
    )
    report = report_of(early, late)
    assert report.conflicts == ()
    assert [sides(u) for u in report.updates] == [{"23": ("a0",), "32": ("a1",)}]
