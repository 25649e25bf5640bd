"""Figures read for what they are: a price per unit, a hyphenated fraction of a unit, a group
said by its strength, a difference of two counts, a lead time before an event, and a length of
another named thing. All texts are invented."""

from __future__ import annotations

from bylines.report.quantities import extract_quantities
from dated_reports import report_of, sides


def _only(text: str) -> tuple[float, str, str | None]:
    (quantity,) = extract_quantities(text)
    return quantity.value, quantity.unit, quantity.noun


def test_a_price_per_unit_is_a_rate_of_money_per_that_unit() -> None:
    assert _only("Farmers get EUR 180 for each ewe lost.") == (180.0, "EUR", "per ewe")
    assert _only("The board pays EUR 120 a head.") == (120.0, "EUR", "per unit")
    assert _only("Rooms cost 90 euros per night.") == (90.0, "EUR", "per night")
    assert _only("The stay cost 900 euros in all.") == (900.0, "EUR", None)
    # a sum by the year is a budget or a salary, given with and without its period
    assert _only("The contract costs £2.5m a year.") == (2_500_000.0, "GBP", None)
    # 'an hour later' is when, not a rate
    assert _only("The stake sold for $300 an hour later.") == (300.0, "USD", None)


def test_two_rates_for_the_same_animals_disagree() -> None:
    report = report_of(
        (
            "Sheep farmers in Corvath will be paid EUR 180 for each animal the wolves killed, "
            "the ministry said on Monday.",
            "2031-03-03T09:00",
        ),
        (
            "The ministry will pay Corvath sheep farmers EUR 120 a head for animals the wolves "
            "killed, it said on Monday.",
            "2031-03-03T09:30",
        ),
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"EUR 180": ("a0",), "EUR 120": ("a1",)}


def test_a_price_per_night_and_a_total_price_are_not_compared() -> None:
    report = report_of(
        (
            "Guests at the Pellow Inn in Darnmouth paid 90 euros per night, the owner said on "
            "Monday.",
            "2031-03-03T09:00",
        ),
        (
            "Guests at the Pellow Inn in Darnmouth paid 900 euros for the festival week, the "
            "owner said on Monday.",
            "2031-03-03T09:30",
        ),
    )
    assert report.conflicts == ()


def test_a_hyphenated_fraction_before_a_unit_is_a_quantity() -> None:
    half = _only("The half-tonne bomb lay under the quay.")
    assert half == (0.5, "tonne", "bomb")
    (mile,) = extract_quantities("Traffic stood in a three-quarter-mile queue.")
    assert (round(mile.value, 3), mile.unit, mile.noun) == (1.207, "km", "queue")
    (quarter,) = extract_quantities("a quarter-mile queue")
    assert round(quarter.value, 3) == 0.402


def test_a_half_tonne_bomb_and_a_250_kg_bomb_disagree() -> None:
    report = report_of(
        (
            "Army experts defused a half-tonne bomb found by builders on Quarry Lane in "
            "Tessington on Monday.",
            "2031-03-03T09:00",
        ),
        (
            "The 250 kg bomb found on Quarry Lane in Tessington was defused on Monday, the "
            "army said.",
            "2031-03-03T09:30",
        ),
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"half-tonne", "250 kg"}


def test_a_group_said_by_its_strength_counts_the_group() -> None:
    assert _only("The five-strong pack was seen near Ulvby.") == (5.0, "count", "pack")
    assert _only("A 40-strong crew worked through the night.") == (40.0, "count", "crew")
    # ...while another hyphenated count is still a size
    assert _only("The 12-seat council met.") == (12.0, "count", "seat-size")


def test_a_difference_of_two_counts_is_not_compared_with_a_total() -> None:
    report = report_of(
        (
            "Eight people were injured when a ride collapsed at Harlow Fair in Gantry on Monday, "
            "police said.",
            "2031-03-03T09:00",
        ),
        (
            "Eleven people were injured when the ride collapsed at Harlow Fair in Gantry on "
            "Monday.",
            "2031-03-03T12:30",
        ),
        (
            "Police in Gantry said three more were injured than was first reported when the ride "
            "collapsed at Harlow Fair on Monday.",
            "2031-03-03T14:30",
        ),
    )
    assert all("three" not in sides(conflict) for conflict in report.conflicts)


def test_three_more_buses_is_still_a_count_of_buses() -> None:
    # an addition with its noun, not a difference: the figures stage keeps reading it
    (buses,) = extract_quantities("The council sent three more buses to Gantry.")
    assert (buses.value, buses.dimension) == (3.0, "count")
    report = report_of(
        (
            "The council sent three more buses than planned to Harlow Fair in Gantry on Monday.",
            "2031-03-03T09:00",
        ),
        (
            "The council sent eight buses to Harlow Fair in Gantry on Monday.",
            "2031-03-03T09:30",
        ),
    )
    assert report.conflicts == ()


def test_two_lead_times_before_one_event_disagree() -> None:
    report = report_of(
        (
            "The papers for the Marrow Board's chemistry exam were posted online about 14 hours "
            "before the exam, the board said on Monday.",
            "2031-03-03T09:00",
        ),
        (
            "The Marrow Board said on Monday its chemistry papers were posted online two days "
            "before the exam.",
            "2031-03-03T09:30",
        ),
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"about 14 hours", "two days"}


def test_a_length_of_nothing_named_is_not_a_named_zones_length() -> None:
    report = report_of(
        (
            "The bomb found on Quarry Lane in Tessington was nearly four feet long, the army "
            "said on Monday.",
            "2031-03-03T09:00",
        ),
        (
            "Police set up a 400-metre exclusion zone around Quarry Lane in Tessington on Monday.",
            "2031-03-03T09:30",
        ),
    )
    assert report.conflicts == ()


def test_a_bridges_length_said_two_ways_still_disagrees() -> None:
    report = report_of(
        (
            "The Sallow bridge in Tessington, which closed on Monday, is 420 metres long.",
            "2031-03-03T09:00",
        ),
        (
            "The 380-metre Sallow bridge in Tessington closed on Monday.",
            "2031-03-03T09:30",
        ),
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"420 metres", "380-metre"}


def test_a_year_in_a_clause_describing_the_thing_does_not_date_the_figure() -> None:
    report = report_of(
        (
            "Engineers said it was a 300-kilogram shell, probably fired during a siege in 1871, "
            "found on Mallow Row in Ferrisby on Monday.",
            "2031-03-03T09:00",
        ),
        (
            "The 150 kg shell found on Mallow Row in Ferrisby on Monday was made safe, "
            "engineers said.",
            "2031-03-03T09:30",
        ),
    )
    (conflict,) = report.conflicts
    assert set(sides(conflict)) == {"300-kilogram", "150 kg"}


def test_a_year_before_the_figure_still_dates_it() -> None:
    report = report_of(
        (
            "In 1871 a 300-kilogram shell fell on Mallow Row in Ferrisby, engineers said on "
            "Monday.",
            "2031-03-03T09:00",
        ),
        (
            "The 150 kg shell found on Mallow Row in Ferrisby on Monday was made safe, "
            "engineers said.",
            "2031-03-03T09:30",
        ),
    )
    assert report.conflicts == ()


def test_a_rate_set_in_an_earlier_year_is_still_todays_rate() -> None:
    report = report_of(
        (
            "Goat keepers in Vellamoor get EUR 95 for each goat lost to lynx, the regional "
            "office said on Monday.",
            "2031-03-03T09:00",
        ),
        (
            "Goat keepers in Vellamoor receive EUR 70 a head for goats lost to lynx, a rate set "
            "in 2027 and unchanged since, the regional office said on Monday.",
            "2031-03-03T09:30",
        ),
    )
    (conflict,) = report.conflicts
    assert sides(conflict) == {"EUR 95": ("a0",), "EUR 70": ("a1",)}
