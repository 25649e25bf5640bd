"""A conflict's sides, and an update's, name every outlet that gives the value of the same
thing, and no outlet that gives an equal figure of something else. All texts are invented."""

from __future__ import annotations

from dated_reports import report_of, sides

# A sum the Estuary Recovery Fund's name ties to one report, Corvane Shipping's to the other:
# the first report is paired with the second (agreeing) but never with the third.
FUND = (
    "A freight barge sank in the Welbury estuary on Tuesday, spilling diesel along the shore.\n"
    "The Estuary Recovery Fund has been given £3m for the clean-up.\n"
    "Volunteers were out on the mudflats by noon."
)
SHIPPING = (
    "A barge went down in the Welbury estuary on Tuesday and diesel washed up along the shore.\n"
    "Corvane Shipping has put £3 million into the Estuary Recovery Fund to pay for the "
    "clean-up.\nBirds were being cleaned at a rescue centre."
)
PROMISED = (
    "Diesel from a sunken barge fouled the Welbury estuary on Tuesday.\n"
    "Corvane Shipping has promised £1.8m towards the clean-up.\n"
    "The harbour master said the channel was open again."
)


def test_an_outlet_agreeing_with_one_side_stands_on_it() -> None:
    report = report_of((FUND, None), (SHIPPING, None), (PROMISED, None))
    (conflict,) = report.conflicts
    assert sides(conflict) == {"£3m": ("a0", "a1"), "£1.8m": ("a2",)}


def test_an_equal_sum_of_another_thing_joins_no_side() -> None:
    for other in (
        "The Estuary Recovery Fund's new lifeboat station cost £3 million to build in 2019.",
        "The Estuary Recovery Fund pays £3m a year to keep the sea wall in repair.",
    ):
        third = f"A barge sank in the Welbury estuary on Tuesday.\n{other}\nVolunteers came."
        report = report_of((SHIPPING, None), (PROMISED, None), (third, None))
        (conflict,) = report.conflicts
        assert sides(conflict) == {"£3 million": ("a0",), "£1.8m": ("a1",)}


def test_a_sum_that_meets_both_sides_joins_neither_and_keeps_the_conflict() -> None:
    # 'about £2.4 million' meets £2.4m and, by the rounding of a round sum, '£3 million' too
    middle = (
        "A barge sank in the Welbury estuary on Tuesday.\n"
        "The barge operator has promised about £2.4 million towards the clean-up.\n"
        "Volunteers came."
    )
    lower = PROMISED.replace("£1.8m", "£2.4m")
    report = report_of((SHIPPING, None), (lower, None), (middle, None))
    (conflict,) = report.conflicts
    assert sides(conflict) == {"£3 million": ("a0",), "£2.4m": ("a1",)}


CAVES = (
    "About 40 people were stranded in the Harrowdeep caves on Sunday morning after a flash flood "
    "blocked the entrance, the Brenn county rescue service said.\nDivers went in at noon."
)
ALL_OUT = (
    "All 65 people who were stranded underground, up from the 40 first reported this morning, "
    "are now out, thanks to the pumps from Tullow.\nThe last of them walked out at dusk."
)


def test_an_outlet_giving_the_later_value_is_a_source_of_the_update() -> None:
    pumps = (
        "Crews brought pumps from Tullow as word came that 65 people were stranded.\n"
        "Divers went in at noon."
    )
    report = report_of(
        (CAVES, "2031-06-08T09:00"), (pumps, "2031-06-08T13:00"), (ALL_OUT, "2031-06-08T21:00")
    )
    (update,) = report.updates
    assert sides(update) == {"About 40": ("a0",), "65": ("a1", "a2")}


def test_an_equal_count_of_another_day_and_place_is_no_source_of_the_update() -> None:
    mine = (
        "Pumps were brought from Tullow to the caves on Sunday.\nOn Friday 65 people were "
        "stranded in the Tarnhollow mine, Orvel Gazette reporters were told."
    )
    report = report_of(
        (CAVES, "2031-06-08T09:00"), (mine, "2031-06-08T13:00"), (ALL_OUT, "2031-06-08T21:00")
    )
    (update,) = report.updates
    assert sides(update) == {"About 40": ("a0",), "65": ("a2",)}
